/* accord-search-result.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * AccordSearchResult: one object found by a query, with the snippet of
 * the field that matched best.
 */

#pragma once

#include <glib-object.h>

#include "accord-search-types.h"
#include "accord-types.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_SEARCH_RESULT (accord_search_result_get_type ())

G_DECLARE_FINAL_TYPE (AccordSearchResult, accord_search_result, ACCORD, SEARCH_RESULT, GObject)

AccordSearchKind         accord_search_result_get_kind      (AccordSearchResult *self);
GObject                 *accord_search_result_get_object    (AccordSearchResult *self);
AccordSection           *accord_search_result_get_section   (AccordSearchResult *self);
AccordSearchField        accord_search_result_get_field     (AccordSearchResult *self);
const char              *accord_search_result_get_snippet   (AccordSearchResult *self);
const AccordSearchRange *accord_search_result_get_ranges    (AccordSearchResult *self,
                                                             guint              *n_ranges);
guint                    accord_search_result_get_score     (AccordSearchResult *self);
guint                    accord_search_result_get_n_more    (AccordSearchResult *self);
char                    *accord_search_result_format_marked (AccordSearchResult *self,
                                                             const char         *open,
                                                             const char         *close);

G_END_DECLS
