/* accord-json-doc-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>

#include "accord-json-doc.h"

G_BEGIN_DECLS

/* Twelve bytes a node: a briefing is mostly strings, and their text lives
 * in AccordJsonDoc.text, decoded, once. */
typedef struct
{
  guint32 type;    /* AccordJsonType */
  guint32 length;  /* strings, numbers: bytes of text; arrays: elements; objects: members */
  guint32 offset;  /* strings, numbers: into text; arrays, objects: into children; booleans: the value */
} AccordJsonDocNode;

struct _AccordJsonDoc
{
  AccordJsonDocNode        *nodes;
  gsize           n_nodes;
  gsize           nodes_size;

  /* Each container's children side by side, so that an element is found
   * by its index: an array's elements, an object's key and value in turn. */
  AccordJsonNode *children;
  gsize           n_children;
  gsize           children_size;

  /* Decoded strings and the source text of numbers, each followed by a NUL.
   * Never larger than the input plus one byte (a string loses its quotes
   * to one NUL, escapes only shrink, a number is followed by at least one
   * byte unless it is the whole document), so it is allocated once. */
  char           *text;
  gsize           text_length;
  gsize           text_size;

  AccordJsonNode  root;

  /* While building: the children of every open container, innermost
   * last; a container takes its own when it closes. */
  AccordJsonNode *stack;
  gsize           n_stack;
  gsize           stack_size;
  GString        *scratch;
};

AccordJsonDoc  *_accord_json_doc_new         (gsize          length);
void            _accord_json_doc_grow_nodes  (AccordJsonDoc *doc);
void            _accord_json_doc_grow_stack  (AccordJsonDoc *doc);
void            _accord_json_doc_grow_text   (AccordJsonDoc *doc,
                                              gsize          extra);
AccordJsonNode  _accord_json_doc_add_escaped (AccordJsonDoc *doc,
                                              const guchar  *p,
                                              const guchar  *end);
AccordJsonNode  _accord_json_doc_add_number  (AccordJsonDoc *doc,
                                              const guchar  *p,
                                              const guchar  *end);
void            _accord_json_doc_close       (AccordJsonDoc *doc,
                                              AccordJsonNode node,
                                              gsize          mark);
void            _accord_json_doc_finish      (AccordJsonDoc *doc);

static inline AccordJsonNode
_accord_json_doc_add_node (AccordJsonDoc  *doc,
                           AccordJsonType  type,
                           guint32         length,
                           guint32         offset)
{
  AccordJsonDocNode *node;

  if (G_UNLIKELY (doc->n_nodes == doc->nodes_size))
    _accord_json_doc_grow_nodes (doc);

  node = &doc->nodes[doc->n_nodes];
  node->type = type;
  node->length = length;
  node->offset = offset;

  return (AccordJsonNode) doc->n_nodes++;
}

/* Makes @node a child of the innermost open container, or the root. */
static inline void
_accord_json_doc_attach (AccordJsonDoc  *doc,
                         AccordJsonNode  node,
                         gboolean        has_parent)
{
  if (!has_parent)
    {
      doc->root = node;
      return;
    }

  if (G_UNLIKELY (doc->n_stack == doc->stack_size))
    _accord_json_doc_grow_stack (doc);
  doc->stack[doc->n_stack++] = node;
}

/* Copies @length bytes and a NUL into the text; returns where they went. */
static inline guint32
_accord_json_doc_add_text (AccordJsonDoc *doc,
                           const guchar  *p,
                           gsize          length)
{
  gsize offset = doc->text_length;

  if (G_UNLIKELY (doc->text_size - offset < length + 1))
    _accord_json_doc_grow_text (doc, length + 1);

  memcpy (doc->text + offset, p, length);
  doc->text[offset + length] = '\0';
  doc->text_length = offset + length + 1;

  return (guint32) offset;
}

/* The string between the quotes at start and before end, which holds no
 * escape. */
static inline AccordJsonNode
_accord_json_doc_add_plain_string (AccordJsonDoc *doc,
                                   const guchar  *start,
                                   const guchar  *end)
{
  gsize length = end - start - 2;
  guint32 offset = _accord_json_doc_add_text (doc, start + 1, length);

  return _accord_json_doc_add_node (doc, ACCORD_JSON_STRING, (guint32) length, offset);
}

G_END_DECLS
