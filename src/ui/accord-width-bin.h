/* accord-width-bin.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define ACCORD_TYPE_WIDTH_BIN (accord_width_bin_get_type ())

G_DECLARE_FINAL_TYPE (AccordWidthBin, accord_width_bin, ACCORD, WIDTH_BIN, GtkWidget)

int  accord_width_bin_get_width (AccordWidthBin *self);
void accord_width_bin_set_width (AccordWidthBin *self,
                                   int               width);

G_END_DECLS
