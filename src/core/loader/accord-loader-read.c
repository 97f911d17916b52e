/* accord-loader-read.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading typed values out of the checked document, with the JSON path kept
 * for errors: every node's type is checked here, explicitly.
 */

#define G_LOG_DOMAIN "accord-loader"

#include "config.h"

#include <glib/gi18n.h>

#include "accord-json-check.h"
#include "accord-json-doc.h"
#include "accord-loader-private.h"
#include "accord-slug.h"
#include "accord-model-private.h"

void
_accord_loader_path_push_key (AccordLoaderState *l,
                              const char        *key)
{
  AccordLoaderPathSegment seg = { key, 0 };
  g_array_append_val (l->path, seg);
}

void
_accord_loader_path_push_index (AccordLoaderState *l,
                                guint              index)
{
  AccordLoaderPathSegment seg = { NULL, index };
  g_array_append_val (l->path, seg);
}

void
_accord_loader_path_pop (AccordLoaderState *l)
{
  g_assert (l->path->len > 0);
  g_array_set_size (l->path, l->path->len - 1);
}

char *
_accord_loader_path_to_string (AccordLoaderState *l)
{
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < l->path->len; i++)
    {
      const AccordLoaderPathSegment *seg = &g_array_index (l->path, AccordLoaderPathSegment, i);

      if (seg->key != NULL)
        {
          if (str->len > 0)
            g_string_append_c (str, '.');
          g_string_append (str, seg->key);
        }
      else
        g_string_append_printf (str, "[%u]", seg->index);
    }

  return g_string_free (str, FALSE);
}

/* Only the first error counts; everything after it is noise. */
void
_accord_loader_fail (AccordLoaderState     *l,
                     int         code,
                     const char *format,
                     ...)
{
  g_autofree char *message = NULL;
  g_autofree char *path = NULL;
  AccordJsonPosition pos = { 1, 1 };
  va_list args;

  if (l->error != NULL)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  path = _accord_loader_path_to_string (l);
  if (l->data != NULL)
    accord_json_locate (l->data, l->length, path, &pos);

  if (path[0] != '\0')
    g_set_error (&l->error, ACCORD_ERROR, code, "%s:%u:%u: %s: %s",
                 l->display_name, pos.line, pos.column, path, message);
  else
    g_set_error (&l->error, ACCORD_ERROR, code, "%s:%u:%u: %s",
                 l->display_name, pos.line, pos.column, message);
}

const char *
_accord_loader_describe_node (AccordLoaderState *l,
                              AccordJsonNode     node)
{
  switch (node_type (l, node))
    {
    case ACCORD_JSON_OBJECT:
      return _("an object");
    case ACCORD_JSON_ARRAY:
      return _("an array");
    case ACCORD_JSON_NULL:
      return _("null");
    case ACCORD_JSON_STRING:
      return _("a string");
    case ACCORD_JSON_BOOLEAN:
      return _("a boolean");
    case ACCORD_JSON_INTEGER:
    case ACCORD_JSON_DOUBLE:
    default:
      return _("a number");
    }
}

/* Looks up a member; *out is ACCORD_JSON_NODE_NONE when it is absent, which
 * is an error only for a required one. */
gboolean
_accord_loader_get_field (AccordLoaderState      *l,
                          AccordJsonNode          object,
                          const char             *key,
                          AccordLoaderFieldFlags  flags,
                          AccordJsonNode         *out)
{
  *out = get_member (l, object, key);
  if (*out == ACCORD_JSON_NODE_NONE && (flags & FIELD_REQUIRED))
    {
      _accord_loader_fail (l, ACCORD_ERROR_INVALID_BRIEFING,
                           _("missing required field “%s”"), key);
      return FALSE;
    }

  return TRUE;
}

/* Reads a string member into *out (which must be NULL).  A missing optional
 * member leaves *out NULL; an empty optional string is treated as absent. */
gboolean
_accord_loader_read_string (AccordLoaderState       *l,
                            AccordJsonNode           object,
                            const char              *key,
                            AccordLoaderFieldFlags   flags,
                            char                   **out)
{
  AccordJsonNode node;
  const char *value;
  gsize length;

  g_assert (*out == NULL);

  if (!_accord_loader_get_field (l, object, key, flags, &node))
    return FALSE;
  if (node == ACCORD_JSON_NODE_NONE)
    return TRUE;

  _accord_loader_path_push_key (l, key);

  if (!node_is_string (l, node))
    {
      _accord_loader_fail (l, ACCORD_ERROR_INVALID_BRIEFING,
                           _("expected a string, found %s"), _accord_loader_describe_node (l, node));
      _accord_loader_path_pop (l);
      return FALSE;
    }

  value = node_string (l, node, &length);

  if (length == 0)
    {
      if (flags & FIELD_REQUIRED)
        {
          _accord_loader_fail (l, ACCORD_ERROR_INVALID_BRIEFING, _("must not be empty"));
          _accord_loader_path_pop (l);
          return FALSE;
        }
      _accord_loader_path_pop (l);
      return TRUE;
    }

  if ((flags & FIELD_ID) && !accord_slug_is_id (value))
    {
      _accord_loader_fail (l, ACCORD_ERROR_INVALID_BRIEFING,
                           _("“%s” is not a valid id (use lowercase letters, digits and hyphens)"),
                           value);
      _accord_loader_path_pop (l);
      return FALSE;
    }

  _accord_loader_path_pop (l);
  *out = g_strndup (value, length);

  return TRUE;
}

/* An optional array member; *out is ACCORD_JSON_NODE_NONE when it is
 * absent. */
gboolean
_accord_loader_read_array (AccordLoaderState      *l,
                           AccordJsonNode          object,
                           const char             *key,
                           AccordLoaderFieldFlags  flags,
                           AccordJsonNode         *out)
{
  AccordJsonNode node;

  *out = ACCORD_JSON_NODE_NONE;

  if (!_accord_loader_get_field (l, object, key, flags, &node))
    return FALSE;
  if (node == ACCORD_JSON_NODE_NONE)
    return TRUE;

  if (node_type (l, node) != ACCORD_JSON_ARRAY)
    {
      _accord_loader_path_push_key (l, key);
      _accord_loader_fail (l, ACCORD_ERROR_INVALID_BRIEFING,
                           _("expected an array, found %s"), _accord_loader_describe_node (l, node));
      _accord_loader_path_pop (l);
      return FALSE;
    }

  *out = node;

  return TRUE;
}

/* On an error *out holds the strings before it. */
gboolean
_accord_loader_read_string_list (AccordLoaderState      *l,
                                 AccordJsonNode          object,
                                 const char             *key,
                                 AccordLoaderFieldFlags  flags,
                                 GStrv                  *out)
{
  AccordJsonNode array;
  GStrv strv;
  guint n;
  guint i;

  g_assert (*out == NULL);

  if (!_accord_loader_read_array (l, object, key, flags, &array))
    return FALSE;
  if (array == ACCORD_JSON_NODE_NONE)
    return TRUE;

  n = array_length (l, array);
  strv = g_new (char *, n + 1);

  _accord_loader_path_push_key (l, key);
  for (i = 0; i < n; i++)
    {
      AccordJsonNode node = array_element (l, array, i);
      const char *value;
      gsize length;

      if (!node_is_string (l, node))
        {
          _accord_loader_path_push_index (l, i);
          _accord_loader_fail (l, ACCORD_ERROR_INVALID_BRIEFING,
                               _("expected a string, found %s"), _accord_loader_describe_node (l, node));
          _accord_loader_path_pop (l);
          break;
        }

      value = node_string (l, node, &length);
      strv[i] = g_strndup (value, length);
    }
  _accord_loader_path_pop (l);

  strv[i] = NULL;
  *out = strv;

  return l->error == NULL;
}

/* The index-th element of array, if it is an object; else
 * ACCORD_JSON_NODE_NONE, and an error. */
AccordJsonNode
_accord_loader_element_object (AccordLoaderState *l,
                               AccordJsonNode     array,
                               guint              index)
{
  AccordJsonNode node = array_element (l, array, index);

  if (node_type (l, node) != ACCORD_JSON_OBJECT)
    {
      _accord_loader_fail (l, ACCORD_ERROR_INVALID_BRIEFING,
                           _("expected an object, found %s"), _accord_loader_describe_node (l, node));
      return ACCORD_JSON_NODE_NONE;
    }

  return node;
}

gboolean
_accord_loader_read_date (AccordLoaderState       *l,
                          AccordJsonNode           object,
                          const char              *key,
                          AccordLoaderFieldFlags   flags,
                          AccordDate             **out)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  if (!_accord_loader_read_string (l, object, key, flags, &text))
    return FALSE;
  if (text == NULL)
    return TRUE;

  *out = accord_date_parse (text, &error);
  if (*out == NULL)
    {
      _accord_loader_path_push_key (l, key);
      _accord_loader_fail (l, ACCORD_ERROR_INVALID_BRIEFING, "%s", error->message);
      _accord_loader_path_pop (l);
      return FALSE;
    }

  return TRUE;
}


/* One message per kind, so that translators never assemble a sentence from
 * an English noun. */
static const struct
{
  const char *missing;
  const char *duplicate;
} id_messages[] = {
  [ID_SOURCE]  = { N_("no source “%s”"),  N_("duplicate source id “%s”") },
  [ID_ACTOR]   = { N_("no actor “%s”"),   N_("duplicate actor id “%s”") },
  [ID_SECTION] = { N_("no section “%s”"), N_("duplicate section id “%s”") },
  [ID_EVENT]   = { N_("no event “%s”"),   N_("duplicate event id “%s”") },
  [ID_GROUP]   = { N_("no group “%s” (list it in the briefing’s “groups”)"),
                   N_("duplicate group id “%s”") },
  [ID_ERA]     = { N_("no era “%s”"),     N_("duplicate era id “%s”") },
};

void
_accord_loader_fail_missing (AccordLoaderState  *l,
                             AccordLoaderIdKind  kind,
                             const char         *id)
{
  _accord_loader_fail (l, ACCORD_ERROR_INVALID_BRIEFING, _(id_messages[kind].missing), id);
}

void
_accord_loader_fail_duplicate (AccordLoaderState  *l,
                               AccordLoaderIdKind  kind,
                               const char         *id)
{
  _accord_loader_fail (l, ACCORD_ERROR_INVALID_BRIEFING, _(id_messages[kind].duplicate), id);
}

/* Resolves a list of ids into unowned pointers, each through @table. */
gboolean
_accord_loader_read_references (AccordLoaderState   *l,
                                AccordJsonNode       object,
                                const char          *key,
                                GHashTable          *table,
                                AccordLoaderIdKind   kind,
                                GPtrArray          **out)
{
  AccordJsonNode array;
  guint n;

  *out = g_ptr_array_new ();

  if (!_accord_loader_read_array (l, object, key, FIELD_OPTIONAL, &array))
    return FALSE;
  if (array == ACCORD_JSON_NODE_NONE)
    return TRUE;

  n = array_length (l, array);
  _accord_loader_path_push_key (l, key);
  for (guint i = 0; i < n && l->error == NULL; i++)
    {
      AccordJsonNode node = array_element (l, array, i);
      gpointer target;

      _accord_loader_path_push_index (l, i);
      if (!node_is_string (l, node))
        _accord_loader_fail (l, ACCORD_ERROR_INVALID_BRIEFING,
                             _("expected an id (a string), found %s"), _accord_loader_describe_node (l, node));
      else if ((target = g_hash_table_lookup (table, node_string (l, node, NULL))) == NULL)
        _accord_loader_fail_missing (l, kind, node_string (l, node, NULL));
      else
        g_ptr_array_add (*out, target);
      _accord_loader_path_pop (l);
    }
  _accord_loader_path_pop (l);

  return l->error == NULL;
}

gpointer
_accord_loader_read_reference (AccordLoaderState      *l,
                               AccordJsonNode          object,
                               const char             *key,
                               AccordLoaderFieldFlags  flags,
                               GHashTable             *table,
                               AccordLoaderIdKind      kind,
                               gboolean               *ok)
{
  g_autofree char *id = NULL;
  gpointer target;

  *ok = _accord_loader_read_string (l, object, key, flags, &id);
  if (!*ok || id == NULL)
    return NULL;

  target = g_hash_table_lookup (table, id);
  if (target == NULL)
    {
      _accord_loader_path_push_key (l, key);
      _accord_loader_fail_missing (l, kind, id);
      _accord_loader_path_pop (l);
      *ok = FALSE;
    }

  return target;
}

gboolean
_accord_loader_register_id (AccordLoaderState  *l,
                            GHashTable         *table,
                            const char         *id,
                            gpointer            object,
                            AccordLoaderIdKind  kind)
{
  if (g_hash_table_contains (table, id))
    {
      _accord_loader_path_push_key (l, "id");
      _accord_loader_fail_duplicate (l, kind, id);
      _accord_loader_path_pop (l);
      return FALSE;
    }

  g_hash_table_insert (table, (gpointer)id, object);

  return TRUE;
}
