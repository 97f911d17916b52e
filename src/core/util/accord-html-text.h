/* accord-html-text.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

GPtrArray *accord_html_to_paragraphs (const char *html,
                                      gssize      length);
char      *accord_html_to_text       (const char *html,
                                      gssize      length);

G_END_DECLS
