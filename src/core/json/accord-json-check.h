/* accord-json-check.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * A strict, iterative RFC 8259 checker.  It refuses whatever any JSON reader
 * might misread, json-glib 1.6 in particular (which overflows its stack on
 * deep nesting, accepts comments, hex and "010", produces invalid UTF-8 from
 * lone surrogates, truncates at \u0000 and is quadratic on duplicate keys).
 * accord_json_doc_parse() (accord-json-doc.h) runs the same check and builds
 * a document in the same pass.
 */

typedef struct
{
  guint  max_depth;   /* nesting of arrays and objects, e.g. 64 */
  gsize  max_values;  /* every value, member and element counted once */
} AccordJsonLimits;

typedef struct
{
  guint line;    /* 1-based */
  guint column;  /* 1-based, in characters (not bytes) */
} AccordJsonPosition;

typedef enum
{
  ACCORD_JSON_CHECK_OK,
  ACCORD_JSON_CHECK_SYNTAX,      /* not RFC 8259 JSON */
  ACCORD_JSON_CHECK_ENCODING,    /* not UTF-8, NUL bytes, lone surrogates, \u0000 */
  ACCORD_JSON_CHECK_DUPLICATE,   /* a key repeated in one object */
  ACCORD_JSON_CHECK_LIMIT,       /* too deep, too many values, number out of range */
} AccordJsonCheckResult;

/*
 * accord_json_check() reports the first problem only: *position is where it
 * lies (the end of the data for an unexpected end of file; a leading UTF-8
 * BOM is not counted as a column) and *message a translated sentence for
 * people, to be freed with g_free().  On success *position is {0, 0} and
 * *message NULL.
 *
 * accord_json_locate() takes JSON that has passed the check and a path such
 * as "sections[3].quotes[0].speaker" ("" is the root) and gives the position
 * of the value there; when there is none it returns FALSE and the position
 * of the deepest value on the path that exists.
 */
AccordJsonCheckResult accord_json_check  (const char               *data,
                                          gsize                     length,
                                          const AccordJsonLimits   *limits,
                                          AccordJsonPosition       *position,
                                          char                    **message);
gboolean              accord_json_locate (const char               *data,
                                          gsize                     length,
                                          const char               *path,
                                          AccordJsonPosition       *position);

G_END_DECLS
