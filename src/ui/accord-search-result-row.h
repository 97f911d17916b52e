/* accord-search-result-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define ACCORD_TYPE_SEARCH_RESULT_ROW (accord_search_result_row_get_type ())

G_DECLARE_FINAL_TYPE (AccordSearchResultRow, accord_search_result_row, ACCORD, SEARCH_RESULT_ROW, GtkWidget)

GtkWidget *accord_search_result_row_new      (void);
gboolean   accord_search_result_row_set_item (AccordSearchResultRow *self,
                                              GObject               *item);

G_END_DECLS
