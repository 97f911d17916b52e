/* accord-readable-label.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void accord_readable_label_setup    (GtkLabel   *label);
void accord_readable_label_set_text (GtkLabel   *label,
                                     const char *text);

G_END_DECLS
