/* accord-column-bin.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define ACCORD_TYPE_COLUMN_BIN (accord_column_bin_get_type ())

G_DECLARE_FINAL_TYPE (AccordColumnBin, accord_column_bin, ACCORD, COLUMN_BIN, GtkWidget)

G_END_DECLS
