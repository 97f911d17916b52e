/* accord-accessible.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void accord_accessible_name_from_text    (GtkWidget *button);
void accord_accessible_name_group_lists  (GtkWidget *root);
void accord_accessible_name_scrolled_windows
                                         (GtkWidget  *root,
                                          const char *name);

void accord_accessible_name_button_showing
                                         (GtkWidget  *root,
                                          const char *text,
                                          const char *name);
void accord_accessible_name_icon_buttons (GtkWidget  *root,
                                          const char *fallback);

G_END_DECLS
