/* accord-search-index.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * AccordSearchIndex: a briefing's text, folded and indexed for queries.
 */

#pragma once

#include <gio/gio.h>

#include "accord-search-query.h"
#include "accord-search-results.h"
#include "accord-types.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_SEARCH_INDEX (accord_search_index_get_type ())

G_DECLARE_FINAL_TYPE (AccordSearchIndex, accord_search_index, ACCORD, SEARCH_INDEX, GObject)

AccordSearchIndex   *accord_search_index_new          (AccordBriefing      *briefing);
void                 accord_search_index_new_async    (AccordBriefing      *briefing,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
AccordSearchIndex   *accord_search_index_new_finish   (GAsyncResult        *result,
                                                       GError             **error);
AccordBriefing      *accord_search_index_get_briefing (AccordSearchIndex   *self);
AccordSearchResults *accord_search_index_query        (AccordSearchIndex   *self,
                                                       AccordSearchQuery   *query,
                                                       guint                max_results,
                                                       guint               *total);

G_END_DECLS
