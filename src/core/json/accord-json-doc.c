/* accord-json-doc.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-json-doc"

#include "config.h"

#include <glib/gi18n.h>

#include <string.h>

#include "accord-json-check-private.h"
#include "accord-json-doc-private.h"

/* Building: called by the checker (accord-json-check.c) as it goes. */

AccordJsonDoc *
_accord_json_doc_new (gsize length)
{
  AccordJsonDoc *doc = g_new0 (AccordJsonDoc, 1);

  /* A briefing holds about one node (a value or a key) per 55 bytes; the
   * arrays double from a guess a little above that, so a typical file never
   * reallocates them. */
  doc->nodes_size = CLAMP (length / 48, 16, ACCORD_JSON_DOC_MAX_LENGTH);
  doc->nodes = g_new (AccordJsonDocNode, doc->nodes_size);
  doc->children_size = doc->nodes_size;
  doc->children = g_new (AccordJsonNode, doc->children_size);
  doc->stack_size = 64;
  doc->stack = g_new (AccordJsonNode, doc->stack_size);
  doc->text_size = length + 2;
  doc->text = g_malloc (doc->text_size);
  doc->root = ACCORD_JSON_NODE_NONE;

  return doc;
}

/* Input is at most ACCORD_JSON_DOC_MAX_LENGTH bytes, and a value takes at
 * least a byte, a key three: no count reaches ACCORD_JSON_NODE_NONE. */
static gsize
grown_size (gsize size,
            gsize needed)
{
  gsize grown = size <= G_MAXUINT32 / 2 ? MAX (size * 2, needed) : needed;

  g_assert (needed < G_MAXUINT32);
  return MIN (grown, (gsize) G_MAXUINT32);
}

void
_accord_json_doc_grow_nodes (AccordJsonDoc *doc)
{
  doc->nodes_size = grown_size (doc->nodes_size, doc->n_nodes + 1);
  doc->nodes = g_renew (AccordJsonDocNode, doc->nodes, doc->nodes_size);
}

void
_accord_json_doc_grow_stack (AccordJsonDoc *doc)
{
  doc->stack_size = grown_size (doc->stack_size, doc->n_stack + 1);
  doc->stack = g_renew (AccordJsonNode, doc->stack, doc->stack_size);
}

void
_accord_json_doc_grow_text (AccordJsonDoc *doc,
                            gsize          extra)
{
  /* Not reached when the bound on the text holds; kept so that a mistake
   * in it costs a copy, not memory safety. */
  doc->text_size = grown_size (doc->text_size, doc->text_length + extra);
  doc->text = g_realloc (doc->text, doc->text_size);
}

AccordJsonNode
_accord_json_doc_add_escaped (AccordJsonDoc *doc,
                              const guchar  *start,
                              const guchar  *end)
{
  guint32 offset;

  if (doc->scratch == NULL)
    doc->scratch = g_string_new (NULL);

  g_string_truncate (doc->scratch, 0);
  _accord_json_decode_string (doc->scratch, start + 1, end - 1);
  offset = _accord_json_doc_add_text (doc, (const guchar *) doc->scratch->str, doc->scratch->len);

  return _accord_json_doc_add_node (doc, ACCORD_JSON_STRING, (guint32) doc->scratch->len, offset);
}

/* The checker has accepted the number, so it is an integer in gint64's
 * range unless it has a fraction or an exponent. */
AccordJsonNode
_accord_json_doc_add_number (AccordJsonDoc *doc,
                             const guchar  *start,
                             const guchar  *end)
{
  AccordJsonType type = ACCORD_JSON_INTEGER;
  guint32 offset;

  for (const guchar *q = start; q < end; q++)
    if (*q == '.' || *q == 'e' || *q == 'E')
      {
        type = ACCORD_JSON_DOUBLE;
        break;
      }

  offset = _accord_json_doc_add_text (doc, start, end - start);

  return _accord_json_doc_add_node (doc, type, (guint32) (end - start), offset);
}

void
_accord_json_doc_close (AccordJsonDoc  *doc,
                        AccordJsonNode  node,
                        gsize           mark)
{
  AccordJsonDocNode *container = &doc->nodes[node];
  gsize n = doc->n_stack - mark;

  if (doc->children_size - doc->n_children < n)
    {
      doc->children_size = grown_size (doc->children_size, doc->n_children + n);
      doc->children = g_renew (AccordJsonNode, doc->children, doc->children_size);
    }

  if (n > 0)
    memcpy (doc->children + doc->n_children, doc->stack + mark, n * sizeof (AccordJsonNode));

  container->offset = (guint32) doc->n_children;
  container->length = (guint32) (container->type == ACCORD_JSON_OBJECT ? n / 2 : n);
  doc->n_children += n;
  doc->n_stack = mark;
}

void
_accord_json_doc_finish (AccordJsonDoc *doc)
{
  g_assert (doc->n_stack == 0);
  g_assert (doc->root != ACCORD_JSON_NODE_NONE);

  g_clear_pointer (&doc->stack, g_free);
  doc->stack_size = 0;
  if (doc->scratch != NULL)
    {
      g_string_free (doc->scratch, TRUE);
      doc->scratch = NULL;
    }
}

/* Public API */

/**
 * accord_json_doc_parse:
 * @data: the bytes, at most %ACCORD_JSON_DOC_MAX_LENGTH
 * @length: their length
 * @limits: as for accord_json_check()
 * @doc: (out) (transfer full): the document, or %NULL on failure
 * @position: (out) (optional): as for accord_json_check()
 * @message: (out) (optional) (transfer full): as for accord_json_check()
 *
 * Returns: the first problem found, or %ACCORD_JSON_CHECK_OK
 */
AccordJsonCheckResult
accord_json_doc_parse (const char              *data,
                       gsize                    length,
                       const AccordJsonLimits  *limits,
                       AccordJsonDoc          **doc,
                       AccordJsonPosition      *position,
                       char                   **message)
{
  g_autoptr(AccordJsonDoc) built = NULL;
  AccordJsonCheckResult result;

  g_return_val_if_fail (doc != NULL, ACCORD_JSON_CHECK_SYNTAX);
  *doc = NULL;
  g_return_val_if_fail (data != NULL || length == 0, ACCORD_JSON_CHECK_SYNTAX);
  g_return_val_if_fail (limits != NULL, ACCORD_JSON_CHECK_SYNTAX);
  g_return_val_if_fail (length <= ACCORD_JSON_DOC_MAX_LENGTH, ACCORD_JSON_CHECK_LIMIT);

  built = _accord_json_doc_new (length);
  result = _accord_json_check_run (data, length, limits, built, position, message);
  if (result == ACCORD_JSON_CHECK_OK)
    *doc = g_steal_pointer (&built);

  return result;
}

void
accord_json_doc_free (AccordJsonDoc *doc)
{
  if (doc == NULL)
    return;

  g_free (doc->nodes);
  g_free (doc->children);
  g_free (doc->text);
  g_free (doc->stack);
  if (doc->scratch != NULL)
    g_string_free (doc->scratch, TRUE);
  g_free (doc);
}

static inline gboolean
node_has_type (const AccordJsonDoc *doc,
               AccordJsonNode       node,
               AccordJsonType       type)
{
  return node < doc->n_nodes && doc->nodes[node].type == type;
}

static inline gboolean
node_is_container (const AccordJsonDoc *doc,
                   AccordJsonNode       node)
{
  return node_has_type (doc, node, ACCORD_JSON_ARRAY)
         || node_has_type (doc, node, ACCORD_JSON_OBJECT);
}

AccordJsonNode
accord_json_doc_get_root (const AccordJsonDoc *doc)
{
  g_return_val_if_fail (doc != NULL, ACCORD_JSON_NODE_NONE);

  return doc->root;
}

AccordJsonType
accord_json_doc_get_node_type (const AccordJsonDoc *doc,
                               AccordJsonNode       node)
{
  g_return_val_if_fail (doc != NULL, ACCORD_JSON_NULL);
  g_return_val_if_fail (node < doc->n_nodes, ACCORD_JSON_NULL);

  return doc->nodes[node].type;
}

guint
accord_json_doc_get_length (const AccordJsonDoc *doc,
                            AccordJsonNode       node)
{
  g_return_val_if_fail (doc != NULL, 0);
  g_return_val_if_fail (node_is_container (doc, node), 0);

  return doc->nodes[node].length;
}

AccordJsonNode
accord_json_doc_get_element (const AccordJsonDoc *doc,
                             AccordJsonNode       array,
                             guint                index)
{
  const AccordJsonDocNode *node;

  g_return_val_if_fail (doc != NULL, ACCORD_JSON_NODE_NONE);
  g_return_val_if_fail (node_has_type (doc, array, ACCORD_JSON_ARRAY), ACCORD_JSON_NODE_NONE);

  node = &doc->nodes[array];
  g_return_val_if_fail (index < node->length, ACCORD_JSON_NODE_NONE);

  return doc->children[node->offset + index];
}

AccordJsonNode
accord_json_doc_get_member (const AccordJsonDoc *doc,
                            AccordJsonNode       object,
                            const char          *key)
{
  const AccordJsonDocNode *node;
  const AccordJsonNode *member;
  gsize key_length;

  g_return_val_if_fail (doc != NULL, ACCORD_JSON_NODE_NONE);
  g_return_val_if_fail (node_has_type (doc, object, ACCORD_JSON_OBJECT), ACCORD_JSON_NODE_NONE);
  g_return_val_if_fail (key != NULL, ACCORD_JSON_NODE_NONE);

  node = &doc->nodes[object];
  member = doc->children + node->offset;
  key_length = strlen (key);

  for (guint i = 0; i < node->length; i++, member += 2)
    {
      const AccordJsonDocNode *k = &doc->nodes[member[0]];

      if (k->length == key_length
          && memcmp (doc->text + k->offset, key, key_length) == 0)
        return member[1];
    }

  return ACCORD_JSON_NODE_NONE;
}

AccordJsonNode
accord_json_doc_get_member_key (const AccordJsonDoc *doc,
                                AccordJsonNode       object,
                                guint                index)
{
  const AccordJsonDocNode *node;

  g_return_val_if_fail (doc != NULL, ACCORD_JSON_NODE_NONE);
  g_return_val_if_fail (node_has_type (doc, object, ACCORD_JSON_OBJECT), ACCORD_JSON_NODE_NONE);

  node = &doc->nodes[object];
  g_return_val_if_fail (index < node->length, ACCORD_JSON_NODE_NONE);

  return doc->children[node->offset + 2 * (gsize) index];
}

AccordJsonNode
accord_json_doc_get_member_value (const AccordJsonDoc *doc,
                                  AccordJsonNode       object,
                                  guint                index)
{
  const AccordJsonDocNode *node;

  g_return_val_if_fail (doc != NULL, ACCORD_JSON_NODE_NONE);
  g_return_val_if_fail (node_has_type (doc, object, ACCORD_JSON_OBJECT), ACCORD_JSON_NODE_NONE);

  node = &doc->nodes[object];
  g_return_val_if_fail (index < node->length, ACCORD_JSON_NODE_NONE);

  return doc->children[node->offset + 2 * (gsize) index + 1];
}

const char *
accord_json_doc_get_string (const AccordJsonDoc *doc,
                            AccordJsonNode       node,
                            gsize               *length)
{
  g_return_val_if_fail (doc != NULL, NULL);
  g_return_val_if_fail (node_has_type (doc, node, ACCORD_JSON_STRING), NULL);

  if (length != NULL)
    *length = doc->nodes[node].length;

  return doc->text + doc->nodes[node].offset;
}

gint64
accord_json_doc_get_int (const AccordJsonDoc *doc,
                         AccordJsonNode       node)
{
  const char *p;
  gboolean negative;
  guint64 magnitude = 0;

  g_return_val_if_fail (doc != NULL, 0);
  g_return_val_if_fail (node_has_type (doc, node, ACCORD_JSON_INTEGER), 0);

  /* At most 19 digits, checked against gint64's range by the checker. */
  p = doc->text + doc->nodes[node].offset;
  negative = *p == '-';
  if (negative)
    p++;
  for (; *p != '\0'; p++)
    magnitude = magnitude * 10 + (guint64) (*p - '0');

  if (negative)
    return magnitude == 0 ? 0 : -(gint64) (magnitude - 1) - 1;
  return (gint64) magnitude;
}

double
accord_json_doc_get_double (const AccordJsonDoc *doc,
                            AccordJsonNode       node)
{
  g_return_val_if_fail (doc != NULL, 0.0);
  g_return_val_if_fail (node_has_type (doc, node, ACCORD_JSON_DOUBLE)
                        || node_has_type (doc, node, ACCORD_JSON_INTEGER), 0.0);

  return g_ascii_strtod (doc->text + doc->nodes[node].offset, NULL);
}

gboolean
accord_json_doc_get_boolean (const AccordJsonDoc *doc,
                             AccordJsonNode       node)
{
  g_return_val_if_fail (doc != NULL, FALSE);
  g_return_val_if_fail (node_has_type (doc, node, ACCORD_JSON_BOOLEAN), FALSE);

  return doc->nodes[node].offset != 0;
}
