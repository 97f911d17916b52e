/* accord-web-link.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

gboolean accord_web_link_is_web      (const char *url);
void     accord_web_link_connect     (GtkButton  *button,
                                      const char *url);

G_END_DECLS
