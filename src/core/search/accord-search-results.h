/* accord-search-results.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * AccordSearchResults: the results of one query, a GListModel of
 * AccordSearchResult, best first.
 */

#pragma once

#include <gio/gio.h>

#include "accord-search-types.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_SEARCH_RESULTS (accord_search_results_get_type ())

G_DECLARE_FINAL_TYPE (AccordSearchResults, accord_search_results, ACCORD, SEARCH_RESULTS, GObject)

guint                accord_search_results_get_total   (AccordSearchResults *self);
AccordSearchKind     accord_search_results_get_kind    (AccordSearchResults *self,
                                                        guint                position);
AccordSearchResults *accord_search_results_filter_kind (AccordSearchResults *self,
                                                        AccordSearchKind     kind);

G_END_DECLS
