/* accord-loader.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Turns bytes into an AccordBriefing.  The bytes are checked strictly by
 * accord-json-check before json-glib sees them (see PITFALLS.md: json-glib
 * 1.6 alone overflows its stack, accepts non-JSON and misreads strings);
 * then every node's type is checked here, explicitly, while the model is
 * built.  Errors name the file, the line and column, and the JSON path.
 */

#define G_LOG_DOMAIN "accord-loader"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "accord-json-check.h"
#include "accord-loader.h"
#include "accord-model-private.h"

typedef struct
{
  const char *key;   /* NULL for an array element */
  guint       index;
} PathSegment;

typedef struct
{
  const char     *display_name;
  const char     *data;
  gsize           length;
  AccordBriefing *briefing;
  GArray         *path;
  GError         *error;
  guint           n_sections;
} Loader;

/* The id tables are filled from the file, so they must not hash with
 * g_str_hash: it is unkeyed, and ids that collide under it are easy to make
 * (even from lowercase letters, digits and hyphens: "ao" and "c-" collide, and
 * so does every string made of such pairs).  With every key in one chain,
 * each insertion and lookup walks all the others: 40,000 such events took 20
 * seconds to load.  SipHash-2-4 with a key drawn once per process cannot be
 * aimed at. */
static guint64 id_hash_key[2];

#define ID_ROTL(x, b) (((x) << (b)) | ((x) >> (64 - (b))))

static inline void
id_hash_round (guint64 *v)
{
  v[0] += v[1]; v[1] = ID_ROTL (v[1], 13); v[1] ^= v[0]; v[0] = ID_ROTL (v[0], 32);
  v[2] += v[3]; v[3] = ID_ROTL (v[3], 16); v[3] ^= v[2];
  v[0] += v[3]; v[3] = ID_ROTL (v[3], 21); v[3] ^= v[0];
  v[2] += v[1]; v[1] = ID_ROTL (v[1], 17); v[1] ^= v[2]; v[2] = ID_ROTL (v[2], 32);
}

static guint
id_hash (gconstpointer key)
{
  const guchar *bytes = key;
  gsize length = strlen (key);
  guint64 v[4] = {
    id_hash_key[0] ^ G_GUINT64_CONSTANT (0x736f6d6570736575),
    id_hash_key[1] ^ G_GUINT64_CONSTANT (0x646f72616e646f6d),
    id_hash_key[0] ^ G_GUINT64_CONSTANT (0x6c7967656e657261),
    id_hash_key[1] ^ G_GUINT64_CONSTANT (0x7465646279746573),
  };
  guint64 m;
  gsize i;

  for (i = 0; i + 8 <= length; i += 8)
    {
      memcpy (&m, bytes + i, 8);
      m = GUINT64_FROM_LE (m);
      v[3] ^= m;
      id_hash_round (v);
      id_hash_round (v);
      v[0] ^= m;
    }

  m = (guint64) length << 56;
  for (guint j = 0; i + j < length; j++)
    m |= (guint64) bytes[i + j] << (8 * j);
  v[3] ^= m;
  id_hash_round (v);
  id_hash_round (v);
  v[0] ^= m;

  v[2] ^= 0xff;
  for (guint j = 0; j < 4; j++)
    id_hash_round (v);

  m = v[0] ^ v[1] ^ v[2] ^ v[3];
  return (guint) (m ^ (m >> 32));
}

static void
use_keyed_id_table (GHashTable **table)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      id_hash_key[0] = ((guint64) g_random_int () << 32) | g_random_int ();
      id_hash_key[1] = ((guint64) g_random_int () << 32) | g_random_int ();
      g_once_init_leave (&initialized, 1);
    }

  /* Keys are the objects' own id strings, as in the table it replaces. */
  g_assert (g_hash_table_size (*table) == 0);
  g_hash_table_unref (*table);
  *table = g_hash_table_new (id_hash, g_str_equal);
}

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

static const char *
describe_node (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      return _("an object");
    case JSON_NODE_ARRAY:
      return _("an array");
    case JSON_NODE_NULL:
      return _("null");
    case JSON_NODE_VALUE:
    default:
      break;
    }

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return _("a string");
    case G_TYPE_BOOLEAN:
      return _("a boolean");
    default:
      return _("a number");
    }
}

static gboolean
node_is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) &&
         json_node_get_value_type (node) == G_TYPE_STRING;
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
read_string (Loader      *l,
             JsonObject  *object,
             const char  *key,
             FieldFlags   flags,
             char       **out)
{
  JsonNode *node;
  const char *value;

  g_assert (*out == NULL);

  node = json_object_get_member (object, key);
  if (node == NULL)
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

  if (!node_is_string (node))
    {
      fail (l, ACCORD_ERROR_INVALID_BRIEFING,
            _("expected a string, found %s"), describe_node (node));
      path_pop (l);
      return FALSE;
    }

  value = json_node_get_string (node);

  if (value[0] == '\0')
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
  *out = g_strdup (value);

  return TRUE;
}

/* An optional array member; *out is NULL when it is absent. */
static gboolean
read_array (Loader      *l,
            JsonObject  *object,
            const char  *key,
            FieldFlags   flags,
            JsonArray  **out)
{
  JsonNode *node;

  *out = NULL;

  node = json_object_get_member (object, key);
  if (node == NULL)
    {
      if (flags & FIELD_REQUIRED)
        {
          fail (l, ACCORD_ERROR_INVALID_BRIEFING,
                _("missing required field “%s”"), key);
          return FALSE;
        }
      return TRUE;
    }

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      path_push_key (l, key);
      fail (l, ACCORD_ERROR_INVALID_BRIEFING,
            _("expected an array, found %s"), describe_node (node));
      path_pop (l);
      return FALSE;
    }

  *out = json_node_get_array (node);

  return TRUE;
}

static gboolean
read_string_list (Loader      *l,
                  JsonObject  *object,
                  const char  *key,
                  FieldFlags   flags,
                  GStrv       *out)
{
  JsonArray *array;
  GStrvBuilder *builder;
  guint n;

  g_assert (*out == NULL);

  if (!read_array (l, object, key, flags, &array))
    return FALSE;
  if (array == NULL)
    return TRUE;

  n = json_array_get_length (array);
  builder = g_strv_builder_new ();

  path_push_key (l, key);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (!node_is_string (node))
        {
          path_push_index (l, i);
          fail (l, ACCORD_ERROR_INVALID_BRIEFING,
                _("expected a string, found %s"), describe_node (node));
          path_pop (l);
          break;
        }

      g_strv_builder_add (builder, json_node_get_string (node));
    }
  path_pop (l);

  *out = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);

  return l->error == NULL;
}

static JsonObject *
element_object (Loader    *l,
                JsonArray *array,
                guint      index)
{
  JsonNode *node = json_array_get_element (array, index);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      fail (l, ACCORD_ERROR_INVALID_BRIEFING,
            _("expected an object, found %s"), describe_node (node));
      return NULL;
    }

  return json_node_get_object (node);
}

static gboolean
read_date (Loader      *l,
           JsonObject  *object,
           const char  *key,
           FieldFlags   flags,
           AccordDate **out)
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

/* Resolves a list of ids into unowned pointers, each through @table. */
static gboolean
read_references (Loader      *l,
                 JsonObject  *object,
                 const char  *key,
                 GHashTable  *table,
                 const char  *kind,
                 GPtrArray  **out)
{
  JsonArray *array;
  guint n;

  *out = g_ptr_array_new ();

  if (!read_array (l, object, key, FIELD_OPTIONAL, &array))
    return FALSE;
  if (array == NULL)
    return TRUE;

  n = json_array_get_length (array);
  path_push_key (l, key);
  for (guint i = 0; i < n && l->error == NULL; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      gpointer target;

      path_push_index (l, i);
      if (!node_is_string (node))
        fail (l, ACCORD_ERROR_INVALID_BRIEFING,
              _("expected an id (a string), found %s"), describe_node (node));
      else if ((target = g_hash_table_lookup (table, json_node_get_string (node))) == NULL)
        /* Translators: the first %s is a kind of object ("actor"), the second an id */
        fail (l, ACCORD_ERROR_INVALID_BRIEFING, _("no %s “%s”"),
              kind, json_node_get_string (node));
      else
        g_ptr_array_add (*out, target);
      path_pop (l);
    }
  path_pop (l);

  return l->error == NULL;
}

static gpointer
read_reference (Loader     *l,
                JsonObject *object,
                const char *key,
                FieldFlags  flags,
                GHashTable *table,
                const char *kind,
                gboolean   *ok)
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
      fail (l, ACCORD_ERROR_INVALID_BRIEFING, _("no %s “%s”"), kind, id);
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
             const char *kind)
{
  if (g_hash_table_contains (table, id))
    {
      path_push_key (l, "id");
      /* Translators: the first %s is a kind of object ("section"), the second an id */
      fail (l, ACCORD_ERROR_INVALID_BRIEFING, _("duplicate %s id “%s”"), kind, id);
      path_pop (l);
      return FALSE;
    }

  g_hash_table_insert (table, (gpointer)id, object);

  return TRUE;
}

static gboolean
load_sources (Loader     *l,
              JsonObject *root)
{
  AccordBriefing *b = l->briefing;
  JsonArray *array;
  guint n;

  if (!read_array (l, root, "sources", FIELD_OPTIONAL, &array) || array == NULL)
    return l->error == NULL;

  n = json_array_get_length (array);
  path_push_key (l, "sources");
  for (guint i = 0; i < n && l->error == NULL; i++)
    {
      g_autoptr(AccordSource) source = g_object_new (ACCORD_TYPE_SOURCE, NULL);
      JsonObject *object;

      path_push_index (l, i);
      source->index = i;
      if ((object = element_object (l, array, i)) != NULL &&
          read_string (l, object, "id", FIELD_REQUIRED | FIELD_ID, &source->id) &&
          read_string (l, object, "title", FIELD_REQUIRED, &source->title) &&
          read_string (l, object, "publisher", FIELD_OPTIONAL, &source->publisher) &&
          read_string (l, object, "url", FIELD_OPTIONAL, &source->url) &&
          read_string (l, object, "note", FIELD_OPTIONAL, &source->note) &&
          read_date (l, object, "date", FIELD_OPTIONAL, &source->date) &&
          register_id (l, b->source_ids, source->id, source, "source"))
        g_list_store_append (b->sources, source);
      path_pop (l);
    }
  path_pop (l);

  return l->error == NULL;
}

static gboolean
load_actors (Loader     *l,
             JsonObject *root)
{
  AccordBriefing *b = l->briefing;
  JsonArray *array;
  guint n;

  if (!read_array (l, root, "actors", FIELD_OPTIONAL, &array) || array == NULL)
    return l->error == NULL;

  n = json_array_get_length (array);
  path_push_key (l, "actors");
  for (guint i = 0; i < n && l->error == NULL; i++)
    {
      g_autoptr(AccordActor) actor = g_object_new (ACCORD_TYPE_ACTOR, NULL);
      JsonObject *object;

      path_push_index (l, i);
      actor->index = i;
      if ((object = element_object (l, array, i)) != NULL &&
          read_string (l, object, "id", FIELD_REQUIRED | FIELD_ID, &actor->id) &&
          read_string (l, object, "name", FIELD_REQUIRED, &actor->name) &&
          read_string (l, object, "native_name", FIELD_OPTIONAL, &actor->native_name) &&
          read_string (l, object, "role", FIELD_OPTIONAL, &actor->role) &&
          read_string (l, object, "organization", FIELD_OPTIONAL, &actor->organization) &&
          read_string (l, object, "country", FIELD_OPTIONAL, &actor->country) &&
          register_id (l, b->actor_ids, actor->id, actor, "actor"))
        g_list_store_append (b->actors, actor);
      path_pop (l);
    }
  path_pop (l);

  return l->error == NULL;
}

static gboolean
load_quotes (Loader        *l,
             JsonObject    *object,
             AccordSection *section)
{
  AccordBriefing *b = l->briefing;
  JsonArray *array;
  guint n;

  section->quotes = g_ptr_array_new_with_free_func (g_object_unref);

  if (!read_array (l, object, "quotes", FIELD_OPTIONAL, &array) || array == NULL)
    return l->error == NULL;

  n = json_array_get_length (array);
  path_push_key (l, "quotes");
  for (guint i = 0; i < n && l->error == NULL; i++)
    {
      g_autoptr(AccordQuote) quote = g_object_new (ACCORD_TYPE_QUOTE, NULL);
      JsonObject *qobject;
      gboolean ok = FALSE;

      path_push_index (l, i);
      quote->index = i;
      quote->section = section;
      if ((qobject = element_object (l, array, i)) != NULL &&
          read_string (l, qobject, "text", FIELD_REQUIRED, &quote->text) &&
          read_string (l, qobject, "note", FIELD_OPTIONAL, &quote->note))
        {
          quote->speaker = read_reference (l, qobject, "speaker", FIELD_REQUIRED,
                                           b->actor_ids, "actor", &ok);
          if (ok)
            quote->source = read_reference (l, qobject, "source", FIELD_OPTIONAL,
                                            b->source_ids, "source", &ok);
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
load_sections (Loader        *l,
               JsonArray     *array,
               AccordSection *parent,
               GListStore    *store)
{
  AccordBriefing *b = l->briefing;
  guint n = json_array_get_length (array);

  for (guint i = 0; i < n && l->error == NULL; i++)
    {
      g_autoptr(AccordSection) section = g_object_new (ACCORD_TYPE_SECTION, NULL);
      JsonObject *object;
      JsonArray *children;

      path_push_index (l, i);

      section->parent = parent;
      section->depth = parent ? parent->depth + 1 : 0;
      section->index = l->n_sections++;
      section->children = g_list_store_new (ACCORD_TYPE_SECTION);
      section->events = g_ptr_array_new ();

      if ((object = element_object (l, array, i)) != NULL &&
          read_string (l, object, "id", FIELD_REQUIRED | FIELD_ID, &section->id) &&
          read_string (l, object, "title", FIELD_REQUIRED, &section->title) &&
          read_string (l, object, "kind", FIELD_OPTIONAL, &section->kind) &&
          read_string (l, object, "summary", FIELD_OPTIONAL, &section->summary) &&
          read_string_list (l, object, "body", FIELD_REQUIRED, &section->body) &&
          read_string_list (l, object, "key_points", FIELD_OPTIONAL, &section->key_points) &&
          read_string_list (l, object, "tags", FIELD_OPTIONAL, &section->tags) &&
          read_references (l, object, "actors", b->actor_ids, "actor", &section->actors) &&
          load_quotes (l, object, section) &&
          register_id (l, b->section_ids, section->id, section, "section") &&
          read_array (l, object, "sections", FIELD_OPTIONAL, &children))
        {
          g_list_store_append (store, section);
          g_list_store_append (b->all_sections, section);

          if (children != NULL)
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
link_sections (Loader     *l,
               JsonArray  *array,
               GListModel *sections)
{
  AccordBriefing *b = l->briefing;
  guint n = json_array_get_length (array);

  g_assert (g_list_model_get_n_items (sections) == n);

  for (guint i = 0; i < n && l->error == NULL; i++)
    {
      g_autoptr(AccordSection) section = g_list_model_get_item (sections, i);
      JsonObject *object = json_array_get_object_element (array, i);
      JsonArray *children = NULL;

      path_push_index (l, i);
      g_clear_pointer (&section->events, g_ptr_array_unref);
      if (read_references (l, object, "events", b->event_ids, "event", &section->events) &&
          read_array (l, object, "sections", FIELD_OPTIONAL, &children) &&
          children != NULL)
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
load_events (Loader     *l,
             JsonObject *root)
{
  AccordBriefing *b = l->briefing;
  JsonArray *array;
  guint n;

  if (!read_array (l, root, "events", FIELD_OPTIONAL, &array) || array == NULL)
    return l->error == NULL;

  n = json_array_get_length (array);
  path_push_key (l, "events");
  for (guint i = 0; i < n && l->error == NULL; i++)
    {
      g_autoptr(AccordEvent) event = g_object_new (ACCORD_TYPE_EVENT, NULL);
      JsonObject *object;
      gboolean ok = FALSE;

      path_push_index (l, i);
      event->index = i;
      if ((object = element_object (l, array, i)) != NULL &&
          read_string (l, object, "id", FIELD_REQUIRED | FIELD_ID, &event->id) &&
          read_string (l, object, "title", FIELD_REQUIRED, &event->title) &&
          read_date (l, object, "date", FIELD_REQUIRED, &event->date) &&
          read_date (l, object, "end_date", FIELD_OPTIONAL, &event->end_date) &&
          read_string (l, object, "place", FIELD_OPTIONAL, &event->place) &&
          read_string (l, object, "summary", FIELD_OPTIONAL, &event->summary) &&
          read_string (l, object, "date_note", FIELD_OPTIONAL, &event->date_note) &&
          read_references (l, object, "sections", b->section_ids, "section", &event->sections) &&
          read_references (l, object, "actors", b->actor_ids, "actor", &event->actors))
        {
          event->source = read_reference (l, object, "source", FIELD_OPTIONAL,
                                          b->source_ids, "source", &ok);
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

      if (ok && register_id (l, b->event_ids, event->id, event, "event"))
        g_list_store_append (b->events, event);

      path_pop (l);
    }
  path_pop (l);

  return l->error == NULL;
}

static gboolean
check_format (Loader     *l,
              JsonObject *root)
{
  JsonNode *node;
  gint64 version;

  node = json_object_get_member (root, "format");
  if (node == NULL ||
      !node_is_string (node) ||
      g_strcmp0 (json_node_get_string (node), ACCORD_BRIEFING_FORMAT) != 0)
    {
      if (node != NULL)
        path_push_key (l, "format");
      fail (l, ACCORD_ERROR_INVALID_BRIEFING,
            _("this is not an Accord briefing (expected \"format\": \"%s\")"),
            ACCORD_BRIEFING_FORMAT);
      if (node != NULL)
        path_pop (l);
      return FALSE;
    }

  node = json_object_get_member (root, "version");
  if (node == NULL)
    {
      fail (l, ACCORD_ERROR_INVALID_BRIEFING, _("missing required field “%s”"), "version");
      return FALSE;
    }

  path_push_key (l, "version");
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    {
      fail (l, ACCORD_ERROR_INVALID_BRIEFING,
            _("expected a whole number, found %s"), describe_node (node));
      path_pop (l);
      return FALSE;
    }

  version = json_node_get_int (node);
  if (version > ACCORD_BRIEFING_VERSION)
    fail (l, ACCORD_ERROR_UNSUPPORTED_VERSION,
          _("this briefing needs a newer Accord (it is format version %" G_GINT64_FORMAT
            "; this Accord reads version %d)"),
          version, ACCORD_BRIEFING_VERSION);
  else if (version < 1)
    fail (l, ACCORD_ERROR_INVALID_BRIEFING,
          _("version %" G_GINT64_FORMAT " does not exist (the first is 1)"), version);
  path_pop (l);

  return l->error == NULL;
}

static gboolean
load_root (Loader   *l,
           JsonNode *root_node)
{
  AccordBriefing *b = l->briefing;
  JsonObject *root;
  JsonArray *sections;

  if (!JSON_NODE_HOLDS_OBJECT (root_node))
    {
      fail (l, ACCORD_ERROR_INVALID_BRIEFING,
            _("a briefing is a JSON object, but this file holds %s"),
            describe_node (root_node));
      return FALSE;
    }

  root = json_node_get_object (root_node);

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

  if (json_array_get_length (sections) == 0)
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

static void
set_too_large_error (GError     **error,
                     const char  *display_name,
                     guint64      length)
{
  g_autofree char *size = g_format_size (length);
  g_autofree char *max = g_format_size (ACCORD_LOADER_MAX_FILE_SIZE);

  /* Just over the cap, both round to "67.1 MB", which reads as if the file
   * were not too large at all: then give the bytes as well. */
  if (g_strcmp0 (size, max) == 0)
    {
      g_free (size);
      g_free (max);
      size = g_format_size_full (length, G_FORMAT_SIZE_LONG_FORMAT);
      max = g_format_size_full (ACCORD_LOADER_MAX_FILE_SIZE, G_FORMAT_SIZE_LONG_FORMAT);
    }

  g_set_error (error, ACCORD_ERROR, ACCORD_ERROR_TOO_LARGE,
               _("%s: the file is %s; Accord opens briefings of up to %s"),
               display_name, size, max);
}

static AccordBriefing *
load_data (const char  *data,
           gsize        length,
           const char  *display_name,
           GFile       *file,
           GError     **error)
{
  static const AccordJsonLimits limits = {
    ACCORD_LOADER_MAX_DEPTH,
    ACCORD_LOADER_MAX_VALUES,
  };
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) parse_error = NULL;
  g_autofree char *message = NULL;
  AccordJsonPosition pos = { 1, 1 };
  AccordJsonCheckResult result;
  Loader l = { 0 };

  if (length > ACCORD_LOADER_MAX_FILE_SIZE)
    {
      set_too_large_error (error, display_name, length);
      return NULL;
    }

  result = accord_json_check (data, length, &limits, &pos, &message);
  if (result != ACCORD_JSON_CHECK_OK)
    {
      g_set_error (error, ACCORD_ERROR,
                   result == ACCORD_JSON_CHECK_LIMIT ? ACCORD_ERROR_TOO_LARGE : ACCORD_ERROR_NOT_JSON,
                   "%s:%u:%u: %s", display_name, pos.line, pos.column, message);
      return NULL;
    }

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, length, &parse_error))
    {
      /* The strict check above should make this unreachable. */
      g_set_error (error, ACCORD_ERROR, ACCORD_ERROR_NOT_JSON,
                   "%s: %s", display_name, parse_error->message);
      return NULL;
    }

  l.display_name = display_name;
  l.data = data;
  l.length = length;
  l.briefing = _accord_briefing_new ();
  use_keyed_id_table (&l.briefing->source_ids);
  use_keyed_id_table (&l.briefing->actor_ids);
  use_keyed_id_table (&l.briefing->section_ids);
  use_keyed_id_table (&l.briefing->event_ids);
  l.briefing->display_name = g_strdup (display_name);
  g_set_object (&l.briefing->file, file);
  l.path = g_array_new (FALSE, FALSE, sizeof (PathSegment));

  load_root (&l, json_parser_get_root (parser));

  g_array_unref (l.path);

  if (l.error != NULL)
    {
      g_propagate_error (error, l.error);
      g_object_unref (l.briefing);
      return NULL;
    }

  return l.briefing;
}

/**
 * accord_loader_load_bytes:
 * @bytes: the file's contents
 * @display_name: how errors name the file
 *
 * Returns: (transfer full): the briefing, or %NULL with @error set
 */
AccordBriefing *
accord_loader_load_bytes (GBytes      *bytes,
                          const char  *display_name,
                          GError     **error)
{
  gsize length;
  const char *data;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  data = g_bytes_get_data (bytes, &length);

  return load_data (data, length, display_name, NULL, error);
}

static char *
default_display_name (GFile *file)
{
  return g_file_get_basename (file);
}

/* Cancellation stays G_IO_ERROR_CANCELLED, so that callers can tell it
 * from a failure and stay silent about it. */
static void
set_io_error (GError     **error,
              const char  *display_name,
              GError      *io_error)
{
  if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, io_error->message);
  else
    g_set_error (error, ACCORD_ERROR,
                 g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND)
                   ? ACCORD_ERROR_NOT_FOUND : ACCORD_ERROR_IO,
                 "%s: %s", display_name, io_error->message);
}

/* Reads a regular file of bounded size.  The type is checked before
 * opening, so a FIFO never blocks and /dev/zero never grows. */
static GBytes *
read_file (GFile         *file,
           const char    *display_name,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GByteArray) buffer = NULL;
  GFileType type;
  gsize chunk = 256 * 1024;

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                            G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE,
                            cancellable, &local_error);
  if (info == NULL)
    {
      set_io_error (error, display_name, local_error);
      return NULL;
    }

  type = g_file_info_get_file_type (info);

  /* Links are followed, so a link that is still one here leads nowhere:
   * GIO reports a dangling link or a loop of links as the link itself. */
  if (type == G_FILE_TYPE_SYMBOLIC_LINK)
    {
      g_set_error (error, ACCORD_ERROR, ACCORD_ERROR_NOT_FOUND,
                   _("%s: this link is broken (what it points to does not exist, or the links form a loop)"),
                   display_name);
      return NULL;
    }

  if (type != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, ACCORD_ERROR, ACCORD_ERROR_NOT_A_FILE,
                   type == G_FILE_TYPE_DIRECTORY
                     ? _("%s: this is a folder, not a briefing file")
                     : _("%s: this is not a regular file"),
                   display_name);
      return NULL;
    }

  if (g_file_info_get_size (info) > ACCORD_LOADER_MAX_FILE_SIZE)
    {
      set_too_large_error (error, display_name, g_file_info_get_size (info));
      return NULL;
    }

  stream = g_file_read (file, cancellable, &local_error);
  if (stream == NULL)
    {
      set_io_error (error, display_name, local_error);
      return NULL;
    }

  /* The file may grow after it was measured: never read past the cap. */
  buffer = g_byte_array_sized_new (MIN ((gsize)g_file_info_get_size (info) + 1,
                                        ACCORD_LOADER_MAX_FILE_SIZE + 1));
  for (;;)
    {
      gsize old_len = buffer->len;
      gsize n_read = 0;

      g_byte_array_set_size (buffer, old_len + chunk);
      if (!g_input_stream_read_all (G_INPUT_STREAM (stream),
                                    buffer->data + old_len, chunk,
                                    &n_read, cancellable, &local_error))
        {
          set_io_error (error, display_name, local_error);
          return NULL;
        }
      g_byte_array_set_size (buffer, old_len + n_read);

      if (buffer->len > ACCORD_LOADER_MAX_FILE_SIZE)
        {
          g_autofree char *max = g_format_size (ACCORD_LOADER_MAX_FILE_SIZE);

          g_set_error (error, ACCORD_ERROR, ACCORD_ERROR_TOO_LARGE,
                       _("%s: the file is larger than %s, the most Accord opens"),
                       display_name, max);
          return NULL;
        }

      if (n_read < chunk)
        break;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}

/**
 * accord_loader_load_file:
 * @display_name: (nullable): how errors name the file; its base name if %NULL
 *
 * Returns: (transfer full): the briefing, or %NULL with @error set
 */
AccordBriefing *
accord_loader_load_file (GFile         *file,
                         const char    *display_name,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_autofree char *fallback_name = NULL;
  g_autoptr(GBytes) bytes = NULL;
  const char *data;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (display_name == NULL)
    display_name = fallback_name = default_display_name (file);

  bytes = read_file (file, display_name, cancellable, error);
  if (bytes == NULL)
    return NULL;

  data = g_bytes_get_data (bytes, &length);

  return load_data (data, length, display_name, file, error);
}

AccordBriefing *
accord_loader_load_resource (const char  *path,
                             GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  name = g_path_get_basename (path);
  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;

  return accord_loader_load_bytes (bytes, name, error);
}

/**
 * accord_loader_load_bundled:
 *
 * Returns: (transfer full): the briefing that ships with Accord
 */
AccordBriefing *
accord_loader_load_bundled (GError **error)
{
  return accord_loader_load_resource (ACCORD_BUNDLED_BRIEFING, error);
}

typedef struct
{
  GFile *file;
  char  *display_name;
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_clear_object (&data->file);
  g_free (data->display_name);
  g_free (data);
}

static void
load_file_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  LoadData *data = task_data;
  AccordBriefing *briefing;
  GError *error = NULL;

  briefing = accord_loader_load_file (data->file, data->display_name, cancellable, &error);
  if (briefing == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, briefing, g_object_unref);
}

/**
 * accord_loader_load_file_async:
 *
 * Loads in a worker thread, so that a large briefing never blocks a frame.
 */
void
accord_loader_load_file_async (GFile               *file,
                               const char          *display_name,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  LoadData *data;

  g_return_if_fail (G_IS_FILE (file));

  data = g_new0 (LoadData, 1);
  data->file = g_object_ref (file);
  data->display_name = display_name ? g_strdup (display_name) : default_display_name (file);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, accord_loader_load_file_async);
  g_task_set_task_data (task, data, (GDestroyNotify)load_data_free);
  g_task_run_in_thread (task, load_file_thread);
}

AccordBriefing *
accord_loader_load_file_finish (GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
