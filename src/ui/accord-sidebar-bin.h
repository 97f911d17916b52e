/* accord-sidebar-bin.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define ACCORD_TYPE_SIDEBAR_BIN (accord_sidebar_bin_get_type ())

G_DECLARE_FINAL_TYPE (AccordSidebarBin, accord_sidebar_bin, ACCORD, SIDEBAR_BIN, GtkWidget)

int  accord_sidebar_bin_get_width (AccordSidebarBin *self);
void accord_sidebar_bin_set_width (AccordSidebarBin *self,
                                   int               width);

G_END_DECLS
