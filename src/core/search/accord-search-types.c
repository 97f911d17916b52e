/* accord-search-types.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-search"

#include "config.h"

#include "accord-search-types.h"

G_DEFINE_ENUM_TYPE (AccordSearchKind, accord_search_kind,
                    G_DEFINE_ENUM_VALUE (ACCORD_SEARCH_KIND_SECTION, "section"),
                    G_DEFINE_ENUM_VALUE (ACCORD_SEARCH_KIND_QUOTE, "quote"),
                    G_DEFINE_ENUM_VALUE (ACCORD_SEARCH_KIND_ACTOR, "actor"),
                    G_DEFINE_ENUM_VALUE (ACCORD_SEARCH_KIND_EVENT, "event"))

G_DEFINE_ENUM_TYPE (AccordSearchField, accord_search_field,
                    G_DEFINE_ENUM_VALUE (ACCORD_SEARCH_FIELD_TITLE, "title"),
                    G_DEFINE_ENUM_VALUE (ACCORD_SEARCH_FIELD_SUMMARY, "summary"),
                    G_DEFINE_ENUM_VALUE (ACCORD_SEARCH_FIELD_KEY_POINT, "key-point"),
                    G_DEFINE_ENUM_VALUE (ACCORD_SEARCH_FIELD_BODY, "body"),
                    G_DEFINE_ENUM_VALUE (ACCORD_SEARCH_FIELD_QUOTE, "quote"),
                    G_DEFINE_ENUM_VALUE (ACCORD_SEARCH_FIELD_SPEAKER, "speaker"),
                    G_DEFINE_ENUM_VALUE (ACCORD_SEARCH_FIELD_NAME, "name"),
                    G_DEFINE_ENUM_VALUE (ACCORD_SEARCH_FIELD_NATIVE_NAME, "native-name"),
                    G_DEFINE_ENUM_VALUE (ACCORD_SEARCH_FIELD_ROLE, "role"),
                    G_DEFINE_ENUM_VALUE (ACCORD_SEARCH_FIELD_ORGANIZATION, "organization"),
                    G_DEFINE_ENUM_VALUE (ACCORD_SEARCH_FIELD_PLACE, "place"),
                    G_DEFINE_ENUM_VALUE (ACCORD_SEARCH_FIELD_DATE, "date"))
