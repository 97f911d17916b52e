/* accord-loader-model.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-loader"

#include "config.h"

#include <glib/gi18n.h>

#include "accord-json-check.h"
#include "accord-json-doc.h"
#include "accord-loader-private.h"
#include "accord-model-private.h"

static void
path_push_key (Loader     *l,
               const char *key)
{
  PathSegment seg = { key, 0 };
  g_array_append_val (l->path, seg);
}

static void
path_push_index (Loader *l,
                 guint   index)
{
  PathSegment seg = { NULL, index };
  g_array_append_val (l->path, seg);
}

static void
path_pop (Loader *l)
{
  g_assert (l->path->len > 0);
  g_array_set_size (l->path, l->path->len - 1);
}

static char *
path_to_string (Loader *l)
{
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < l->path->len; i++)
    {
      const PathSegment *seg = &g_array_index (l->path, PathSegment, i);

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
G_GNUC_PRINTF (3, 4)
static void
fail (Loader     *l,
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

  path = path_to_string (l);
  if (l->data != NULL)
    accord_json_locate (l->data, l->length, path, &pos);

  if (path[0] != '\0')
    g_set_error (&l->error, ACCORD_ERROR, code, "%s:%u:%u: %s: %s",
                 l->display_name, pos.line, pos.column, path, message);
  else
    g_set_error (&l->error, ACCORD_ERROR, code, "%s:%u:%u: %s",
                 l->display_name, pos.line, pos.column, message);
}

static inline AccordJsonType
node_type (Loader         *l,
           AccordJsonNode  node)
{
  return accord_json_doc_get_node_type (l->doc, node);
}

static const char *
describe_node (Loader         *l,
               AccordJsonNode  node)
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

static inline gboolean
node_is_string (Loader         *l,
                AccordJsonNode  node)
{
  return node_type (l, node) == ACCORD_JSON_STRING;
}

static inline const char *
node_string (Loader         *l,
             AccordJsonNode  node,
             gsize          *length)
{
  return accord_json_doc_get_string (l->doc, node, length);
}

static inline AccordJsonNode
get_member (Loader         *l,
            AccordJsonNode  object,
            const char     *key)
{
  return accord_json_doc_get_member (l->doc, object, key);
}

static inline guint
array_length (Loader         *l,
              AccordJsonNode  array)
{
  return accord_json_doc_get_length (l->doc, array);
}

static inline AccordJsonNode
array_element (Loader         *l,
               AccordJsonNode  array,
               guint           index)
{
  return accord_json_doc_get_element (l->doc, array, index);
}

static gboolean
id_is_valid (const char *id)
{
  if (!g_ascii_islower (*id) && !g_ascii_isdigit (*id))
    return FALSE;

  for (const char *p = id; *p; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
      return FALSE;

  return TRUE;
}

typedef enum
{
  FIELD_OPTIONAL = 0,
  FIELD_REQUIRED = 1 << 0,
  FIELD_ID       = 1 << 1,
} FieldFlags;

/* Reads a string member into *out (which must be NULL).  A missing optional
 * member leaves *out NULL; an empty optional string is treated as absent. */
static gboolean
read_string (Loader          *l,
             AccordJsonNode   object,
             const char      *key,
             FieldFlags       flags,
             char           **out)
{
  AccordJsonNode node;
  const char *value;
  gsize length;

  g_assert (*out == NULL);

  node = get_member (l, object, key);
  if (node == ACCORD_JSON_NODE_NONE)
    {
      if (flags & FIELD_REQUIRED)
        {
          fail (l, ACCORD_ERROR_INVALID_BRIEFING,
                _("missing required field “%s”"), key);
          return FALSE;
        }
      return TRUE;
    }

  path_push_key (l, key);

  if (!node_is_string (l, node))
    {
      fail (l, ACCORD_ERROR_INVALID_BRIEFING,
            _("expected a string, found %s"), describe_node (l, node));
      path_pop (l);
      return FALSE;
    }

  value = node_string (l, node, &length);

  if (length == 0)
    {
      if (flags & FIELD_REQUIRED)
        {
          fail (l, ACCORD_ERROR_INVALID_BRIEFING, _("must not be empty"));
          path_pop (l);
          return FALSE;
        }
      path_pop (l);
      return TRUE;
    }

  if ((flags & FIELD_ID) && !id_is_valid (value))
    {
      fail (l, ACCORD_ERROR_INVALID_BRIEFING,
            _("“%s” is not a valid id (use lowercase letters, digits and hyphens)"),
            value);
      path_pop (l);
      return FALSE;
    }

  path_pop (l);
  *out = g_strndup (value, length);

  return TRUE;
}

/* An optional array member; *out is ACCORD_JSON_NODE_NONE when it is
 * absent. */
static gboolean
read_array (Loader         *l,
            AccordJsonNode  object,
            const char     *key,
            FieldFlags      flags,
            AccordJsonNode *out)
{
  AccordJsonNode node;

  *out = ACCORD_JSON_NODE_NONE;

  node = get_member (l, object, key);
  if (node == ACCORD_JSON_NODE_NONE)
    {
      if (flags & FIELD_REQUIRED)
        {
          fail (l, ACCORD_ERROR_INVALID_BRIEFING,
                _("missing required field “%s”"), key);
          return FALSE;
        }
      return TRUE;
    }

  if (node_type (l, node) != ACCORD_JSON_ARRAY)
    {
      path_push_key (l, key);
      fail (l, ACCORD_ERROR_INVALID_BRIEFING,
            _("expected an array, found %s"), describe_node (l, node));
      path_pop (l);
      return FALSE;
    }

  *out = node;

  return TRUE;
}

/* On an error *out holds the strings before it. */
static gboolean
read_string_list (Loader         *l,
                  AccordJsonNode  object,
                  const char     *key,
                  FieldFlags      flags,
                  GStrv          *out)
{
  AccordJsonNode array;
  GStrv strv;
  guint n;
  guint i;

  g_assert (*out == NULL);

  if (!read_array (l, object, key, flags, &array))
    return FALSE;
  if (array == ACCORD_JSON_NODE_NONE)
    return TRUE;

  n = array_length (l, array);
  strv = g_new (char *, n + 1);

  path_push_key (l, key);
  for (i = 0; i < n; i++)
    {
      AccordJsonNode node = array_element (l, array, i);
      const char *value;
      gsize length;

      if (!node_is_string (l, node))
        {
          path_push_index (l, i);
          fail (l, ACCORD_ERROR_INVALID_BRIEFING,
                _("expected a string, found %s"), describe_node (l, node));
          path_pop (l);
          break;
        }

      value = node_string (l, node, &length);
      strv[i] = g_strndup (value, length);
    }
  path_pop (l);

  strv[i] = NULL;
  *out = strv;

  return l->error == NULL;
}

/* The index-th element of array, if it is an object; else
 * ACCORD_JSON_NODE_NONE, and an error. */
static AccordJsonNode
element_object (Loader         *l,
                AccordJsonNode  array,
                guint           index)
{
  AccordJsonNode node = array_element (l, array, index);

  if (node_type (l, node) != ACCORD_JSON_OBJECT)
    {
      fail (l, ACCORD_ERROR_INVALID_BRIEFING,
            _("expected an object, found %s"), describe_node (l, node));
      return ACCORD_JSON_NODE_NONE;
    }

  return node;
}

static gboolean
read_date (Loader          *l,
           AccordJsonNode   object,
           const char      *key,
           FieldFlags       flags,
           AccordDate     **out)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  if (!read_string (l, object, key, flags, &text))
    return FALSE;
  if (text == NULL)
    return TRUE;

  *out = accord_date_parse (text, &error);
  if (*out == NULL)
    {
      path_push_key (l, key);
      fail (l, ACCORD_ERROR_INVALID_BRIEFING, "%s", error->message);
      path_pop (l);
      return FALSE;
    }

  return TRUE;
}

typedef enum
{
  ID_SOURCE,
  ID_ACTOR,
  ID_SECTION,
  ID_EVENT,
} IdKind;

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
};

static void
fail_missing (Loader     *l,
              IdKind      kind,
              const char *id)
{
  fail (l, ACCORD_ERROR_INVALID_BRIEFING, _(id_messages[kind].missing), id);
}

static void
fail_duplicate (Loader     *l,
                IdKind      kind,
                const char *id)
{
  fail (l, ACCORD_ERROR_INVALID_BRIEFING, _(id_messages[kind].duplicate), id);
}

/* Resolves a list of ids into unowned pointers, each through @table. */
static gboolean
read_references (Loader          *l,
                 AccordJsonNode   object,
                 const char      *key,
                 GHashTable      *table,
                 IdKind           kind,
                 GPtrArray      **out)
{
  AccordJsonNode array;
  guint n;

  *out = g_ptr_array_new ();

  if (!read_array (l, object, key, FIELD_OPTIONAL, &array))
    return FALSE;
  if (array == ACCORD_JSON_NODE_NONE)
    return TRUE;

  n = array_length (l, array);
  path_push_key (l, key);
  for (guint i = 0; i < n && l->error == NULL; i++)
    {
      AccordJsonNode node = array_element (l, array, i);
      gpointer target;

      path_push_index (l, i);
      if (!node_is_string (l, node))
        fail (l, ACCORD_ERROR_INVALID_BRIEFING,
              _("expected an id (a string), found %s"), describe_node (l, node));
      else if ((target = g_hash_table_lookup (table, node_string (l, node, NULL))) == NULL)
        fail_missing (l, kind, node_string (l, node, NULL));
      else
        g_ptr_array_add (*out, target);
      path_pop (l);
    }
  path_pop (l);

  return l->error == NULL;
}

static gpointer
read_reference (Loader         *l,
                AccordJsonNode  object,
                const char     *key,
                FieldFlags      flags,
                GHashTable     *table,
                IdKind          kind,
                gboolean       *ok)
{
  g_autofree char *id = NULL;
  gpointer target;

  *ok = read_string (l, object, key, flags, &id);
  if (!*ok || id == NULL)
    return NULL;

  target = g_hash_table_lookup (table, id);
  if (target == NULL)
    {
      path_push_key (l, key);
      fail_missing (l, kind, id);
      path_pop (l);
      *ok = FALSE;
    }

  return target;
}

static gboolean
register_id (Loader     *l,
             GHashTable *table,
             const char *id,
             gpointer    object,
             IdKind      kind)
{
  if (g_hash_table_contains (table, id))
    {
      path_push_key (l, "id");
      fail_duplicate (l, kind, id);
      path_pop (l);
      return FALSE;
    }

  g_hash_table_insert (table, (gpointer)id, object);

  return TRUE;
}

static gboolean
load_sources (Loader         *l,
              AccordJsonNode  root)
{
  AccordBriefing *b = l->briefing;
  AccordJsonNode array;
  guint n;

  if (!read_array (l, root, "sources", FIELD_OPTIONAL, &array) || array == ACCORD_JSON_NODE_NONE)
    return l->error == NULL;

  n = array_length (l, array);
  path_push_key (l, "sources");
  for (guint i = 0; i < n && l->error == NULL; i++)
    {
      g_autoptr(AccordSource) source = g_object_new (ACCORD_TYPE_SOURCE, NULL);
      AccordJsonNode object;

      path_push_index (l, i);
      source->index = i;
      if ((object = element_object (l, array, i)) != ACCORD_JSON_NODE_NONE &&
          read_string (l, object, "id", FIELD_REQUIRED | FIELD_ID, &source->id) &&
          read_string (l, object, "title", FIELD_REQUIRED, &source->title) &&
          read_string (l, object, "publisher", FIELD_OPTIONAL, &source->publisher) &&
          read_string (l, object, "url", FIELD_OPTIONAL, &source->url) &&
          read_string (l, object, "note", FIELD_OPTIONAL, &source->note) &&
          read_date (l, object, "date", FIELD_OPTIONAL, &source->date) &&
          register_id (l, b->source_ids, source->id, source, ID_SOURCE))
        g_list_store_append (b->sources, source);
      path_pop (l);
    }
  path_pop (l);

  return l->error == NULL;
}

static gboolean
load_actors (Loader         *l,
             AccordJsonNode  root)
{
  AccordBriefing *b = l->briefing;
  AccordJsonNode array;
  guint n;

  if (!read_array (l, root, "actors", FIELD_OPTIONAL, &array) || array == ACCORD_JSON_NODE_NONE)
    return l->error == NULL;

  n = array_length (l, array);
  path_push_key (l, "actors");
  for (guint i = 0; i < n && l->error == NULL; i++)
    {
      g_autoptr(AccordActor) actor = g_object_new (ACCORD_TYPE_ACTOR, NULL);
      AccordJsonNode object;

      path_push_index (l, i);
      actor->index = i;
      if ((object = element_object (l, array, i)) != ACCORD_JSON_NODE_NONE &&
          read_string (l, object, "id", FIELD_REQUIRED | FIELD_ID, &actor->id) &&
          read_string (l, object, "name", FIELD_REQUIRED, &actor->name) &&
          read_string (l, object, "native_name", FIELD_OPTIONAL, &actor->native_name) &&
          read_string (l, object, "role", FIELD_OPTIONAL, &actor->role) &&
          read_string (l, object, "organization", FIELD_OPTIONAL, &actor->organization) &&
          read_string (l, object, "country", FIELD_OPTIONAL, &actor->country) &&
          register_id (l, b->actor_ids, actor->id, actor, ID_ACTOR))
        g_list_store_append (b->actors, actor);
      path_pop (l);
    }
  path_pop (l);

  return l->error == NULL;
}

static gboolean
load_quotes (Loader         *l,
             AccordJsonNode  object,
             AccordSection  *section)
{
  AccordBriefing *b = l->briefing;
  AccordJsonNode array;
  guint n;

  section->quotes = g_ptr_array_new_with_free_func (g_object_unref);

  if (!read_array (l, object, "quotes", FIELD_OPTIONAL, &array) || array == ACCORD_JSON_NODE_NONE)
    return l->error == NULL;

  n = array_length (l, array);
  path_push_key (l, "quotes");
  for (guint i = 0; i < n && l->error == NULL; i++)
    {
      g_autoptr(AccordQuote) quote = g_object_new (ACCORD_TYPE_QUOTE, NULL);
      AccordJsonNode qobject;
      gboolean ok = FALSE;

      path_push_index (l, i);
      quote->index = i;
      quote->section = section;
      if ((qobject = element_object (l, array, i)) != ACCORD_JSON_NODE_NONE &&
          read_string (l, qobject, "text", FIELD_REQUIRED, &quote->text) &&
          read_string (l, qobject, "note", FIELD_OPTIONAL, &quote->note))
        {
          quote->speaker = read_reference (l, qobject, "speaker", FIELD_REQUIRED,
                                           b->actor_ids, ID_ACTOR, &ok);
          if (ok)
            quote->source = read_reference (l, qobject, "source", FIELD_OPTIONAL,
                                            b->source_ids, ID_SOURCE, &ok);
        }
      if (ok)
        g_ptr_array_add (section->quotes, g_steal_pointer (&quote));
      path_pop (l);
    }
  path_pop (l);

  return l->error == NULL;
}

/* First pass over the sections: everything but the references to events,
 * which may be defined later in the file. */
static gboolean
load_sections (Loader         *l,
               AccordJsonNode  array,
               AccordSection  *parent,
               GListStore     *store)
{
  AccordBriefing *b = l->briefing;
  guint n = array_length (l, array);

  for (guint i = 0; i < n && l->error == NULL; i++)
    {
      g_autoptr(AccordSection) section = g_object_new (ACCORD_TYPE_SECTION, NULL);
      AccordJsonNode object;
      AccordJsonNode children;

      path_push_index (l, i);

      section->parent = parent;
      section->depth = parent ? parent->depth + 1 : 0;
      section->index = l->n_sections++;
      section->children = g_list_store_new (ACCORD_TYPE_SECTION);
      section->events = g_ptr_array_new ();

      if ((object = element_object (l, array, i)) != ACCORD_JSON_NODE_NONE &&
          read_string (l, object, "id", FIELD_REQUIRED | FIELD_ID, &section->id) &&
          read_string (l, object, "title", FIELD_REQUIRED, &section->title) &&
          read_string (l, object, "kind", FIELD_OPTIONAL, &section->kind) &&
          read_string (l, object, "summary", FIELD_OPTIONAL, &section->summary) &&
          read_string_list (l, object, "body", FIELD_REQUIRED, &section->body) &&
          read_string_list (l, object, "key_points", FIELD_OPTIONAL, &section->key_points) &&
          read_string_list (l, object, "tags", FIELD_OPTIONAL, &section->tags) &&
          read_references (l, object, "actors", b->actor_ids, ID_ACTOR, &section->actors) &&
          load_quotes (l, object, section) &&
          register_id (l, b->section_ids, section->id, section, ID_SECTION) &&
          read_array (l, object, "sections", FIELD_OPTIONAL, &children))
        {
          g_list_store_append (store, section);
          g_list_store_append (b->all_sections, section);

          if (children != ACCORD_JSON_NODE_NONE)
            {
              path_push_key (l, "sections");
              load_sections (l, children, section, section->children);
              path_pop (l);
            }
        }

      path_pop (l);
    }

  return l->error == NULL;
}

/* Second pass: sections' events, walking the same JSON in the same order. */
static gboolean
link_sections (Loader         *l,
               AccordJsonNode  array,
               GListModel     *sections)
{
  AccordBriefing *b = l->briefing;
  guint n = array_length (l, array);

  g_assert (g_list_model_get_n_items (sections) == n);

  for (guint i = 0; i < n && l->error == NULL; i++)
    {
      g_autoptr(AccordSection) section = g_list_model_get_item (sections, i);
      AccordJsonNode object = array_element (l, array, i);
      AccordJsonNode children = ACCORD_JSON_NODE_NONE;

      path_push_index (l, i);
      g_clear_pointer (&section->events, g_ptr_array_unref);
      if (read_references (l, object, "events", b->event_ids, ID_EVENT, &section->events) &&
          read_array (l, object, "sections", FIELD_OPTIONAL, &children) &&
          children != ACCORD_JSON_NODE_NONE)
        {
          path_push_key (l, "sections");
          link_sections (l, children, G_LIST_MODEL (section->children));
          path_pop (l);
        }
      path_pop (l);
    }

  return l->error == NULL;
}

static gboolean
load_events (Loader         *l,
             AccordJsonNode  root)
{
  AccordBriefing *b = l->briefing;
  AccordJsonNode array;
  guint n;

  if (!read_array (l, root, "events", FIELD_OPTIONAL, &array) || array == ACCORD_JSON_NODE_NONE)
    return l->error == NULL;

  n = array_length (l, array);
  path_push_key (l, "events");
  for (guint i = 0; i < n && l->error == NULL; i++)
    {
      g_autoptr(AccordEvent) event = g_object_new (ACCORD_TYPE_EVENT, NULL);
      AccordJsonNode object;
      gboolean ok = FALSE;

      path_push_index (l, i);
      event->index = i;
      if ((object = element_object (l, array, i)) != ACCORD_JSON_NODE_NONE &&
          read_string (l, object, "id", FIELD_REQUIRED | FIELD_ID, &event->id) &&
          read_string (l, object, "title", FIELD_REQUIRED, &event->title) &&
          read_date (l, object, "date", FIELD_REQUIRED, &event->date) &&
          read_date (l, object, "end_date", FIELD_OPTIONAL, &event->end_date) &&
          read_string (l, object, "place", FIELD_OPTIONAL, &event->place) &&
          read_string (l, object, "summary", FIELD_OPTIONAL, &event->summary) &&
          read_string (l, object, "date_note", FIELD_OPTIONAL, &event->date_note) &&
          read_references (l, object, "sections", b->section_ids, ID_SECTION, &event->sections) &&
          read_references (l, object, "actors", b->actor_ids, ID_ACTOR, &event->actors))
        {
          event->source = read_reference (l, object, "source", FIELD_OPTIONAL,
                                          b->source_ids, ID_SOURCE, &ok);
        }

      if (ok && event->end_date != NULL &&
          accord_date_get_last_day (event->end_date) < accord_date_get_first_day (event->date))
        {
          path_push_key (l, "end_date");
          fail (l, ACCORD_ERROR_INVALID_BRIEFING,
                _("the event ends (%s) before it starts (%s)"),
                accord_date_get_text (event->end_date),
                accord_date_get_text (event->date));
          path_pop (l);
          ok = FALSE;
        }

      if (ok && event->end_date != NULL && accord_date_is_interval (event->date))
        {
          path_push_key (l, "end_date");
          fail (l, ACCORD_ERROR_INVALID_BRIEFING,
                _("an event whose date is already an interval cannot also have an end date"));
          path_pop (l);
          ok = FALSE;
        }

      if (ok && register_id (l, b->event_ids, event->id, event, ID_EVENT))
        g_list_store_append (b->events, event);

      path_pop (l);
    }
  path_pop (l);

  return l->error == NULL;
}

static gboolean
check_format (Loader         *l,
              AccordJsonNode  root)
{
  AccordJsonNode node;
  g_autofree char *number = NULL;
  gint64 version;

  node = get_member (l, root, "format");
  if (node == ACCORD_JSON_NODE_NONE ||
      !node_is_string (l, node) ||
      g_strcmp0 (node_string (l, node, NULL), ACCORD_BRIEFING_FORMAT) != 0)
    {
      if (node != ACCORD_JSON_NODE_NONE)
        path_push_key (l, "format");
      fail (l, ACCORD_ERROR_INVALID_BRIEFING,
            _("this is not an Accord briefing (expected \"format\": \"%s\")"),
            ACCORD_BRIEFING_FORMAT);
      if (node != ACCORD_JSON_NODE_NONE)
        path_pop (l);
      return FALSE;
    }

  node = get_member (l, root, "version");
  if (node == ACCORD_JSON_NODE_NONE)
    {
      fail (l, ACCORD_ERROR_INVALID_BRIEFING, _("missing required field “%s”"), "version");
      return FALSE;
    }

  path_push_key (l, "version");
  if (node_type (l, node) != ACCORD_JSON_INTEGER)
    {
      fail (l, ACCORD_ERROR_INVALID_BRIEFING,
            _("expected a whole number, found %s"), describe_node (l, node));
      path_pop (l);
      return FALSE;
    }

  version = accord_json_doc_get_int (l->doc, node);
  /* The number is formatted first: xgettext cannot read a string that
   * contains G_GINT64_FORMAT. */
  number = g_strdup_printf ("%" G_GINT64_FORMAT, version);
  if (version > ACCORD_BRIEFING_VERSION)
    fail (l, ACCORD_ERROR_UNSUPPORTED_VERSION,
          _("this briefing needs a newer Accord (it is format version %s; "
            "this Accord reads version %d)"),
          number, ACCORD_BRIEFING_VERSION);
  else if (version < 1)
    fail (l, ACCORD_ERROR_INVALID_BRIEFING,
          _("version %s does not exist (the first is 1)"), number);
  path_pop (l);

  return l->error == NULL;
}

gboolean
_accord_loader_load_root (Loader         *l,
                          AccordJsonNode  root)
{
  AccordBriefing *b = l->briefing;
  AccordJsonNode sections;

  if (node_type (l, root) != ACCORD_JSON_OBJECT)
    {
      fail (l, ACCORD_ERROR_INVALID_BRIEFING,
            _("a briefing is a JSON object, but this file holds %s"),
            describe_node (l, root));
      return FALSE;
    }

  if (!check_format (l, root) ||
      !read_string (l, root, "id", FIELD_REQUIRED | FIELD_ID, &b->id) ||
      !read_string (l, root, "title", FIELD_REQUIRED, &b->title) ||
      !read_string (l, root, "subtitle", FIELD_OPTIONAL, &b->subtitle) ||
      !read_string (l, root, "language", FIELD_OPTIONAL, &b->language) ||
      !read_string (l, root, "summary", FIELD_OPTIONAL, &b->summary) ||
      !load_sources (l, root) ||
      !load_actors (l, root) ||
      !read_array (l, root, "sections", FIELD_REQUIRED, &sections))
    return FALSE;

  if (array_length (l, sections) == 0)
    {
      path_push_key (l, "sections");
      fail (l, ACCORD_ERROR_INVALID_BRIEFING, _("a briefing needs at least one section"));
      path_pop (l);
      return FALSE;
    }

  path_push_key (l, "sections");
  load_sections (l, sections, NULL, b->sections);
  path_pop (l);
  if (l->error != NULL || !load_events (l, root))
    return FALSE;

  path_push_key (l, "sections");
  link_sections (l, sections, G_LIST_MODEL (b->sections));
  path_pop (l);
  if (l->error != NULL)
    return FALSE;

  _accord_briefing_finish (b);

  return TRUE;
}
