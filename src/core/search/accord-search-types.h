/* accord-search-types.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the search classes share: kinds of result, fields, match ranges.
 */

#pragma once

#include <glib-object.h>

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

#define ACCORD_TYPE_SEARCH_KIND   (accord_search_kind_get_type ())
#define ACCORD_TYPE_SEARCH_FIELD  (accord_search_field_get_type ())

GType accord_search_kind_get_type  (void) G_GNUC_CONST;
GType accord_search_field_get_type (void) G_GNUC_CONST;

G_END_DECLS
