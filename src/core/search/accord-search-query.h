/* accord-search-query.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * AccordSearchQuery: a parsed query, immutable and shared by reference.
 */

#pragma once

#include <glib-object.h>

#include "accord-search-types.h"

G_BEGIN_DECLS

typedef struct _AccordSearchQuery AccordSearchQuery;

#define ACCORD_TYPE_SEARCH_QUERY (accord_search_query_get_type ())

GType              accord_search_query_get_type    (void) G_GNUC_CONST;
AccordSearchQuery *accord_search_query_parse       (const char        *text);
AccordSearchQuery *accord_search_query_ref         (AccordSearchQuery *self);
void               accord_search_query_unref       (AccordSearchQuery *self);
guint              accord_search_query_get_n_terms (AccordSearchQuery *self);
GArray            *accord_search_query_match_text  (AccordSearchQuery *self,
                                                    const char        *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AccordSearchQuery, accord_search_query_unref)

G_END_DECLS
