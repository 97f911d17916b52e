/* accord-json-doc.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "accord-json-check.h"

G_BEGIN_DECLS

/*
 * A compact, read-only JSON document, built by the strict checker in the
 * same pass that validates the bytes, so that a file is read once and no
 * json-glib tree is ever made: about 1.25 times the size of a typical
 * briefing, where json-glib's tree takes three times.  Nodes are numbered
 * (an AccordJsonNode is valid as long as its document).  Strings are
 * decoded, NUL-terminated and valid UTF-8 without NUL (the checker refuses
 * \u0000 and lone surrogates); objects keep their members in document order
 * and have no duplicate keys.
 */

typedef struct _AccordJsonDoc AccordJsonDoc;

typedef guint32 AccordJsonNode;

#define ACCORD_JSON_NODE_NONE ((AccordJsonNode) G_MAXUINT32)

/* Documents are indexed with 32 bits: longer input is refused. */
#define ACCORD_JSON_DOC_MAX_LENGTH ((gsize) G_MAXUINT32 - 16)

typedef enum
{
  ACCORD_JSON_NULL,
  ACCORD_JSON_BOOLEAN,
  ACCORD_JSON_INTEGER,  /* no fraction, no exponent: fits a gint64 */
  ACCORD_JSON_DOUBLE,   /* a fraction or an exponent: a finite double */
  ACCORD_JSON_STRING,
  ACCORD_JSON_ARRAY,
  ACCORD_JSON_OBJECT,
} AccordJsonType;

/*
 * accord_json_doc_parse() is accord_json_check() (same results, positions
 * and messages) that also gives, on success, the document in *doc (free it
 * with accord_json_doc_free()); on failure *doc is NULL.  The document does
 * not refer to @data.
 */
AccordJsonCheckResult accord_json_doc_parse            (const char               *data,
                                                        gsize                     length,
                                                        const AccordJsonLimits   *limits,
                                                        AccordJsonDoc           **doc,
                                                        AccordJsonPosition       *position,
                                                        char                    **message);
void                  accord_json_doc_free             (AccordJsonDoc            *doc);

AccordJsonNode        accord_json_doc_get_root         (const AccordJsonDoc      *doc);
AccordJsonType        accord_json_doc_get_node_type    (const AccordJsonDoc      *doc,
                                                        AccordJsonNode            node);

/* Arrays: elements; objects: members. */
guint                 accord_json_doc_get_length       (const AccordJsonDoc      *doc,
                                                        AccordJsonNode            node);
AccordJsonNode        accord_json_doc_get_element      (const AccordJsonDoc      *doc,
                                                        AccordJsonNode            array,
                                                        guint                     index);

/* The value of the member named @key, or ACCORD_JSON_NODE_NONE.  A linear
 * search: meant for the few known keys of a record, not as a map. */
AccordJsonNode        accord_json_doc_get_member       (const AccordJsonDoc      *doc,
                                                        AccordJsonNode            object,
                                                        const char               *key);
/* The key (a string node) and the value of the @index-th member. */
AccordJsonNode        accord_json_doc_get_member_key   (const AccordJsonDoc      *doc,
                                                        AccordJsonNode            object,
                                                        guint                     index);
AccordJsonNode        accord_json_doc_get_member_value (const AccordJsonDoc      *doc,
                                                        AccordJsonNode            object,
                                                        guint                     index);

/* NUL-terminated; @length (may be NULL) excludes the NUL. */
const char           *accord_json_doc_get_string       (const AccordJsonDoc      *doc,
                                                        AccordJsonNode            node,
                                                        gsize                    *length);
gint64                accord_json_doc_get_int          (const AccordJsonDoc      *doc,
                                                        AccordJsonNode            node);
/* Integers too. */
double                accord_json_doc_get_double       (const AccordJsonDoc      *doc,
                                                        AccordJsonNode            node);
gboolean              accord_json_doc_get_boolean      (const AccordJsonDoc      *doc,
                                                        AccordJsonNode            node);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AccordJsonDoc, accord_json_doc_free)

G_END_DECLS
