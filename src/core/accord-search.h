/* accord-search.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "accord-types.h"

G_BEGIN_DECLS

/**
 * AccordSearchKind:
 *
 * What kind of object a search result points at.
 */
typedef enum
{
  ACCORD_SEARCH_KIND_SECTION,
  ACCORD_SEARCH_KIND_QUOTE,
  ACCORD_SEARCH_KIND_ACTOR,
  ACCORD_SEARCH_KIND_EVENT,
} AccordSearchKind;

/**
 * AccordSearchField:
 *
 * Which text of the object matched.  Sections have TITLE, SUMMARY,
 * KEY_POINT and BODY; quotes QUOTE and SPEAKER (the speaker's name and
 * native name); actors NAME, NATIVE_NAME, ROLE and ORGANIZATION; events
 * TITLE, SUMMARY, PLACE and DATE (the date as formatted for people).
 */
typedef enum
{
  ACCORD_SEARCH_FIELD_TITLE,
  ACCORD_SEARCH_FIELD_SUMMARY,
  ACCORD_SEARCH_FIELD_KEY_POINT,
  ACCORD_SEARCH_FIELD_BODY,
  ACCORD_SEARCH_FIELD_QUOTE,
  ACCORD_SEARCH_FIELD_SPEAKER,
  ACCORD_SEARCH_FIELD_NAME,
  ACCORD_SEARCH_FIELD_NATIVE_NAME,
  ACCORD_SEARCH_FIELD_ROLE,
  ACCORD_SEARCH_FIELD_ORGANIZATION,
  ACCORD_SEARCH_FIELD_PLACE,
  ACCORD_SEARCH_FIELD_DATE,
} AccordSearchField;

/**
 * AccordSearchRange:
 * @start: byte offset of the first byte of the match
 * @end: byte offset just past the match
 */
typedef struct
{
  guint start;
  guint end;
} AccordSearchRange;

typedef struct _AccordSearchQuery AccordSearchQuery;

#define ACCORD_TYPE_SEARCH_KIND   (accord_search_kind_get_type ())
#define ACCORD_TYPE_SEARCH_FIELD  (accord_search_field_get_type ())
#define ACCORD_TYPE_SEARCH_QUERY  (accord_search_query_get_type ())
#define ACCORD_TYPE_SEARCH_RESULT (accord_search_result_get_type ())
#define ACCORD_TYPE_SEARCH_RESULTS (accord_search_results_get_type ())
#define ACCORD_TYPE_SEARCH_INDEX  (accord_search_index_get_type ())

GType accord_search_kind_get_type  (void) G_GNUC_CONST;
GType accord_search_field_get_type (void) G_GNUC_CONST;

G_DECLARE_FINAL_TYPE (AccordSearchResult, accord_search_result, ACCORD, SEARCH_RESULT, GObject)
G_DECLARE_FINAL_TYPE (AccordSearchResults, accord_search_results, ACCORD, SEARCH_RESULTS, GObject)
G_DECLARE_FINAL_TYPE (AccordSearchIndex, accord_search_index, ACCORD, SEARCH_INDEX, GObject)

GType                    accord_search_query_get_type       (void) G_GNUC_CONST;
AccordSearchQuery       *accord_search_query_parse          (const char           *text);
AccordSearchQuery       *accord_search_query_ref            (AccordSearchQuery    *self);
void                     accord_search_query_unref          (AccordSearchQuery    *self);
guint                    accord_search_query_get_n_terms    (AccordSearchQuery    *self);
GArray                  *accord_search_query_match_text     (AccordSearchQuery    *self,
                                                             const char           *text);

AccordSearchIndex       *accord_search_index_new            (AccordBriefing       *briefing);
void                     accord_search_index_new_async      (AccordBriefing       *briefing,
                                                             GCancellable         *cancellable,
                                                             GAsyncReadyCallback   callback,
                                                             gpointer              user_data);
AccordSearchIndex       *accord_search_index_new_finish     (GAsyncResult         *result,
                                                             GError              **error);
AccordBriefing          *accord_search_index_get_briefing   (AccordSearchIndex    *self);
AccordSearchResults     *accord_search_index_query          (AccordSearchIndex    *self,
                                                             AccordSearchQuery    *query,
                                                             guint                 max_results,
                                                             guint                *total);

AccordSearchKind         accord_search_result_get_kind      (AccordSearchResult   *self);
GObject                 *accord_search_result_get_object    (AccordSearchResult   *self);
AccordSection           *accord_search_result_get_section   (AccordSearchResult   *self);
AccordSearchField        accord_search_result_get_field     (AccordSearchResult   *self);
const char              *accord_search_result_get_snippet   (AccordSearchResult   *self);
const AccordSearchRange *accord_search_result_get_ranges    (AccordSearchResult   *self,
                                                             guint                *n_ranges);
guint                    accord_search_result_get_score     (AccordSearchResult   *self);

guint                    accord_search_results_get_total    (AccordSearchResults  *self);
AccordSearchKind         accord_search_results_get_kind     (AccordSearchResults  *self,
                                                             guint                 position);
AccordSearchResults     *accord_search_results_filter_kind  (AccordSearchResults  *self,
                                                             AccordSearchKind      kind);
char                    *accord_search_result_format_marked (AccordSearchResult   *self,
                                                             const char           *open,
                                                             const char           *close);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AccordSearchQuery, accord_search_query_unref)

G_END_DECLS
