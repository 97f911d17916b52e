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

static gboolean
load_sources (AccordLoaderState *l,
              AccordJsonNode     root)
{
  AccordBriefing *b = l->briefing;
  AccordJsonNode array;
  guint n;

  if (!_accord_loader_read_array (l, root, "sources", FIELD_OPTIONAL, &array) || array == ACCORD_JSON_NODE_NONE)
    return l->error == NULL;

  n = array_length (l, array);
  _accord_loader_path_push_key (l, "sources");
  for (guint i = 0; i < n && l->error == NULL; i++)
    {
      g_autoptr(AccordSource) source = g_object_new (ACCORD_TYPE_SOURCE, NULL);
      AccordJsonNode object;

      _accord_loader_path_push_index (l, i);
      source->index = i;
      if ((object = _accord_loader_element_object (l, array, i)) != ACCORD_JSON_NODE_NONE &&
          _accord_loader_read_string (l, object, "id", FIELD_REQUIRED | FIELD_ID, &source->id) &&
          _accord_loader_read_string (l, object, "title", FIELD_REQUIRED, &source->title) &&
          _accord_loader_read_string (l, object, "publisher", FIELD_OPTIONAL, &source->publisher) &&
          _accord_loader_read_string (l, object, "url", FIELD_OPTIONAL, &source->url) &&
          _accord_loader_read_string (l, object, "note", FIELD_OPTIONAL, &source->note) &&
          _accord_loader_read_date (l, object, "date", FIELD_OPTIONAL, &source->date) &&
          _accord_loader_register_id (l, b->source_ids, source->id, source, ID_SOURCE))
        g_list_store_append (b->sources, source);
      _accord_loader_path_pop (l);
    }
  _accord_loader_path_pop (l);

  return l->error == NULL;
}

static gboolean
load_actors (AccordLoaderState *l,
             AccordJsonNode     root)
{
  AccordBriefing *b = l->briefing;
  AccordJsonNode array;
  guint n;

  if (!_accord_loader_read_array (l, root, "actors", FIELD_OPTIONAL, &array) || array == ACCORD_JSON_NODE_NONE)
    return l->error == NULL;

  n = array_length (l, array);
  _accord_loader_path_push_key (l, "actors");
  for (guint i = 0; i < n && l->error == NULL; i++)
    {
      g_autoptr(AccordActor) actor = g_object_new (ACCORD_TYPE_ACTOR, NULL);
      AccordJsonNode object;

      _accord_loader_path_push_index (l, i);
      actor->index = i;
      if ((object = _accord_loader_element_object (l, array, i)) != ACCORD_JSON_NODE_NONE &&
          _accord_loader_read_string (l, object, "id", FIELD_REQUIRED | FIELD_ID, &actor->id) &&
          _accord_loader_read_string (l, object, "name", FIELD_REQUIRED, &actor->name) &&
          _accord_loader_read_string (l, object, "native_name", FIELD_OPTIONAL, &actor->native_name) &&
          _accord_loader_read_string (l, object, "role", FIELD_OPTIONAL, &actor->role) &&
          _accord_loader_read_string (l, object, "organization", FIELD_OPTIONAL, &actor->organization) &&
          _accord_loader_read_string (l, object, "country", FIELD_OPTIONAL, &actor->country) &&
          _accord_loader_register_id (l, b->actor_ids, actor->id, actor, ID_ACTOR))
        g_list_store_append (b->actors, actor);
      _accord_loader_path_pop (l);
    }
  _accord_loader_path_pop (l);

  return l->error == NULL;
}

/* Groups give the timeline's lanes their order, titles and colours.  An
 * event names its group by id: an unknown one is an error, as any other
 * reference is, so that a typo never makes a lane of its own. */
static gboolean
load_groups (AccordLoaderState *l,
             AccordJsonNode     root)
{
  AccordBriefing *b = l->briefing;
  AccordJsonNode array;
  guint n;

  if (!_accord_loader_read_array (l, root, "groups", FIELD_OPTIONAL, &array) || array == ACCORD_JSON_NODE_NONE)
    return l->error == NULL;

  n = array_length (l, array);
  _accord_loader_path_push_key (l, "groups");
  for (guint i = 0; i < n && l->error == NULL; i++)
    {
      g_autoptr(AccordGroup) group = g_object_new (ACCORD_TYPE_GROUP, NULL);
      g_autofree char *color = NULL;
      AccordJsonNode object;

      _accord_loader_path_push_index (l, i);
      group->index = i;
      if ((object = _accord_loader_element_object (l, array, i)) != ACCORD_JSON_NODE_NONE &&
          _accord_loader_read_string (l, object, "id", FIELD_REQUIRED | FIELD_ID, &group->id) &&
          _accord_loader_read_string (l, object, "title", FIELD_REQUIRED, &group->title) &&
          _accord_loader_read_string (l, object, "color", FIELD_OPTIONAL, &color))
        {
          if (color != NULL &&
              (group->color = accord_group_color_from_name (color)) == ACCORD_GROUP_COLOR_NONE)
            {
              g_autofree char *names = accord_group_color_list_names ();

              _accord_loader_path_push_key (l, "color");
              /* Translators: the second %s lists the colour names, which
               * stay in English: they are what the file must say */
              _accord_loader_fail (l, ACCORD_ERROR_INVALID_BRIEFING,
                                   _("“%s” is not a colour Accord knows (use one of %s)"),
                                   color, names);
              _accord_loader_path_pop (l);
            }
          else if (_accord_loader_register_id (l, b->group_ids, group->id, group, ID_GROUP))
            g_list_store_append (b->groups, group);
        }
      _accord_loader_path_pop (l);
    }
  _accord_loader_path_pop (l);

  return l->error == NULL;
}

static gboolean
load_eras (AccordLoaderState *l,
           AccordJsonNode     root)
{
  AccordBriefing *b = l->briefing;
  AccordJsonNode array;
  guint n;

  if (!_accord_loader_read_array (l, root, "eras", FIELD_OPTIONAL, &array) || array == ACCORD_JSON_NODE_NONE)
    return l->error == NULL;

  n = array_length (l, array);
  _accord_loader_path_push_key (l, "eras");
  for (guint i = 0; i < n && l->error == NULL; i++)
    {
      g_autoptr(AccordEra) era = g_object_new (ACCORD_TYPE_ERA, NULL);
      AccordJsonNode object;

      _accord_loader_path_push_index (l, i);
      era->index = i;
      if ((object = _accord_loader_element_object (l, array, i)) != ACCORD_JSON_NODE_NONE &&
          _accord_loader_read_string (l, object, "id", FIELD_REQUIRED | FIELD_ID, &era->id) &&
          _accord_loader_read_string (l, object, "title", FIELD_REQUIRED, &era->title) &&
          _accord_loader_read_date (l, object, "date", FIELD_REQUIRED, &era->date) &&
          _accord_loader_register_id (l, b->era_ids, era->id, era, ID_ERA))
        g_list_store_append (b->eras, era);
      _accord_loader_path_pop (l);
    }
  _accord_loader_path_pop (l);

  return l->error == NULL;
}

static gboolean
load_quotes (AccordLoaderState *l,
             AccordJsonNode     object,
             AccordSection     *section)
{
  AccordBriefing *b = l->briefing;
  AccordJsonNode array;
  guint n;

  section->quotes = g_ptr_array_new_with_free_func (g_object_unref);

  if (!_accord_loader_read_array (l, object, "quotes", FIELD_OPTIONAL, &array) || array == ACCORD_JSON_NODE_NONE)
    return l->error == NULL;

  n = array_length (l, array);
  _accord_loader_path_push_key (l, "quotes");
  for (guint i = 0; i < n && l->error == NULL; i++)
    {
      g_autoptr(AccordQuote) quote = g_object_new (ACCORD_TYPE_QUOTE, NULL);
      AccordJsonNode qobject;
      gboolean ok = FALSE;

      _accord_loader_path_push_index (l, i);
      quote->index = i;
      quote->section = section;
      if ((qobject = _accord_loader_element_object (l, array, i)) != ACCORD_JSON_NODE_NONE &&
          _accord_loader_read_string (l, qobject, "text", FIELD_REQUIRED, &quote->text) &&
          _accord_loader_read_string (l, qobject, "note", FIELD_OPTIONAL, &quote->note))
        {
          quote->speaker = _accord_loader_read_reference (l, qobject, "speaker", FIELD_REQUIRED,
                                                          b->actor_ids, ID_ACTOR, &ok);
          if (ok)
            quote->source = _accord_loader_read_reference (l, qobject, "source", FIELD_OPTIONAL,
                                                           b->source_ids, ID_SOURCE, &ok);
        }
      if (ok)
        g_ptr_array_add (section->quotes, g_steal_pointer (&quote));
      _accord_loader_path_pop (l);
    }
  _accord_loader_path_pop (l);

  return l->error == NULL;
}

/* First pass over the sections: everything but the references to events,
 * which may be defined later in the file. */
static gboolean
load_sections (AccordLoaderState *l,
               AccordJsonNode     array,
               AccordSection     *parent,
               GListStore        *store)
{
  AccordBriefing *b = l->briefing;
  guint n = array_length (l, array);

  for (guint i = 0; i < n && l->error == NULL; i++)
    {
      g_autoptr(AccordSection) section = g_object_new (ACCORD_TYPE_SECTION, NULL);
      AccordJsonNode object;
      AccordJsonNode children;

      _accord_loader_path_push_index (l, i);

      section->parent = parent;
      section->depth = parent ? parent->depth + 1 : 0;
      section->index = l->n_sections++;
      section->children = g_list_store_new (ACCORD_TYPE_SECTION);
      section->events = g_ptr_array_new ();

      if ((object = _accord_loader_element_object (l, array, i)) != ACCORD_JSON_NODE_NONE &&
          _accord_loader_read_string (l, object, "id", FIELD_REQUIRED | FIELD_ID, &section->id) &&
          _accord_loader_read_string (l, object, "title", FIELD_REQUIRED, &section->title) &&
          _accord_loader_read_string (l, object, "kind", FIELD_OPTIONAL, &section->kind) &&
          _accord_loader_read_string (l, object, "summary", FIELD_OPTIONAL, &section->summary) &&
          _accord_loader_read_string_list (l, object, "body", FIELD_REQUIRED, &section->body) &&
          _accord_loader_read_string_list (l, object, "key_points", FIELD_OPTIONAL, &section->key_points) &&
          _accord_loader_read_string_list (l, object, "tags", FIELD_OPTIONAL, &section->tags) &&
          _accord_loader_read_references (l, object, "actors", b->actor_ids, ID_ACTOR, &section->actors) &&
          load_quotes (l, object, section) &&
          _accord_loader_register_id (l, b->section_ids, section->id, section, ID_SECTION) &&
          _accord_loader_read_array (l, object, "sections", FIELD_OPTIONAL, &children))
        {
          g_list_store_append (store, section);
          g_list_store_append (b->all_sections, section);

          if (children != ACCORD_JSON_NODE_NONE)
            {
              _accord_loader_path_push_key (l, "sections");
              load_sections (l, children, section, section->children);
              _accord_loader_path_pop (l);
            }
        }

      _accord_loader_path_pop (l);
    }

  return l->error == NULL;
}

/* Second pass: sections' events, walking the same JSON in the same order. */
static gboolean
link_sections (AccordLoaderState *l,
               AccordJsonNode     array,
               GListModel        *sections)
{
  AccordBriefing *b = l->briefing;
  guint n = array_length (l, array);

  g_assert (g_list_model_get_n_items (sections) == n);

  for (guint i = 0; i < n && l->error == NULL; i++)
    {
      g_autoptr(AccordSection) section = g_list_model_get_item (sections, i);
      AccordJsonNode object = array_element (l, array, i);
      AccordJsonNode children = ACCORD_JSON_NODE_NONE;

      _accord_loader_path_push_index (l, i);
      g_clear_pointer (&section->events, g_ptr_array_unref);
      if (_accord_loader_read_references (l, object, "events", b->event_ids, ID_EVENT, &section->events) &&
          _accord_loader_read_array (l, object, "sections", FIELD_OPTIONAL, &children) &&
          children != ACCORD_JSON_NODE_NONE)
        {
          _accord_loader_path_push_key (l, "sections");
          link_sections (l, children, G_LIST_MODEL (section->children));
          _accord_loader_path_pop (l);
        }
      _accord_loader_path_pop (l);
    }

  return l->error == NULL;
}

static gboolean
load_events (AccordLoaderState *l,
             AccordJsonNode     root)
{
  AccordBriefing *b = l->briefing;
  AccordJsonNode array;
  guint n;

  if (!_accord_loader_read_array (l, root, "events", FIELD_OPTIONAL, &array) || array == ACCORD_JSON_NODE_NONE)
    return l->error == NULL;

  n = array_length (l, array);
  _accord_loader_path_push_key (l, "events");
  for (guint i = 0; i < n && l->error == NULL; i++)
    {
      g_autoptr(AccordEvent) event = g_object_new (ACCORD_TYPE_EVENT, NULL);
      AccordJsonNode object;
      gboolean ok = FALSE;

      _accord_loader_path_push_index (l, i);
      event->index = i;
      if ((object = _accord_loader_element_object (l, array, i)) != ACCORD_JSON_NODE_NONE &&
          _accord_loader_read_string (l, object, "id", FIELD_REQUIRED | FIELD_ID, &event->id) &&
          _accord_loader_read_string (l, object, "title", FIELD_REQUIRED, &event->title) &&
          _accord_loader_read_date (l, object, "date", FIELD_REQUIRED, &event->date) &&
          _accord_loader_read_date (l, object, "end_date", FIELD_OPTIONAL, &event->end_date) &&
          _accord_loader_read_string (l, object, "place", FIELD_OPTIONAL, &event->place) &&
          _accord_loader_read_string (l, object, "summary", FIELD_OPTIONAL, &event->summary) &&
          _accord_loader_read_string (l, object, "date_note", FIELD_OPTIONAL, &event->date_note) &&
          _accord_loader_read_references (l, object, "sections", b->section_ids, ID_SECTION, &event->sections) &&
          _accord_loader_read_references (l, object, "actors", b->actor_ids, ID_ACTOR, &event->actors))
        {
          event->source = _accord_loader_read_reference (l, object, "source", FIELD_OPTIONAL,
                                                         b->source_ids, ID_SOURCE, &ok);
          if (ok)
            event->group = _accord_loader_read_reference (l, object, "group", FIELD_OPTIONAL,
                                                          b->group_ids, ID_GROUP, &ok);
        }

      if (ok && event->end_date != NULL &&
          accord_date_get_last_day (event->end_date) < accord_date_get_first_day (event->date))
        {
          _accord_loader_path_push_key (l, "end_date");
          _accord_loader_fail (l, ACCORD_ERROR_INVALID_BRIEFING,
                               _("the event ends (%s) before it starts (%s)"),
                               accord_date_get_text (event->end_date),
                               accord_date_get_text (event->date));
          _accord_loader_path_pop (l);
          ok = FALSE;
        }

      if (ok && event->end_date != NULL && accord_date_is_interval (event->date))
        {
          _accord_loader_path_push_key (l, "end_date");
          _accord_loader_fail (l, ACCORD_ERROR_INVALID_BRIEFING,
                               _("an event whose date is already an interval cannot also have an end date"));
          _accord_loader_path_pop (l);
          ok = FALSE;
        }

      if (ok && _accord_loader_register_id (l, b->event_ids, event->id, event, ID_EVENT))
        g_list_store_append (b->events, event);

      _accord_loader_path_pop (l);
    }
  _accord_loader_path_pop (l);

  return l->error == NULL;
}

static gboolean
check_format (AccordLoaderState *l,
              AccordJsonNode     root)
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
        {
          _accord_loader_path_push_key (l, "format");
          _accord_loader_fail (l, ACCORD_ERROR_INVALID_BRIEFING,
                               _("this is not an Accord briefing (expected \"format\": \"%s\")"),
                               ACCORD_BRIEFING_FORMAT);
          _accord_loader_path_pop (l);
        }
      else
        _accord_loader_fail (l, ACCORD_ERROR_INVALID_BRIEFING,
                             _("this is not an Accord briefing (expected \"format\": \"%s\") "
                               "nor a TimelineJS3 timeline (expected \"events\": […])"),
                             ACCORD_BRIEFING_FORMAT);
      return FALSE;
    }

  if (!_accord_loader_get_field (l, root, "version", FIELD_REQUIRED, &node))
    return FALSE;

  _accord_loader_path_push_key (l, "version");
  if (node_type (l, node) != ACCORD_JSON_INTEGER)
    {
      _accord_loader_fail (l, ACCORD_ERROR_INVALID_BRIEFING,
                           _("expected a whole number, found %s"), _accord_loader_describe_node (l, node));
      _accord_loader_path_pop (l);
      return FALSE;
    }

  version = accord_json_doc_get_int (l->doc, node);
  /* The number is formatted first: xgettext cannot read a string that
   * contains G_GINT64_FORMAT. */
  number = g_strdup_printf ("%" G_GINT64_FORMAT, version);
  if (version > ACCORD_BRIEFING_VERSION)
    _accord_loader_fail (l, ACCORD_ERROR_UNSUPPORTED_VERSION,
                         _("this briefing needs a newer Accord (it is format version %s; "
                         "this Accord reads version %d)"),
                         number, ACCORD_BRIEFING_VERSION);
  else if (version < 1)
    _accord_loader_fail (l, ACCORD_ERROR_INVALID_BRIEFING,
                         _("version %s does not exist (the first is 1)"), number);
  _accord_loader_path_pop (l);

  return l->error == NULL;
}

gboolean
_accord_loader_load_root (AccordLoaderState *l,
                          AccordJsonNode     root)
{
  AccordBriefing *b = l->briefing;
  AccordJsonNode sections;

  if (node_type (l, root) != ACCORD_JSON_OBJECT)
    {
      _accord_loader_fail (l, ACCORD_ERROR_INVALID_BRIEFING,
                           _("a briefing is a JSON object, but this file holds %s"),
                           _accord_loader_describe_node (l, root));
      return FALSE;
    }

  if (!check_format (l, root) ||
      !_accord_loader_read_string (l, root, "id", FIELD_REQUIRED | FIELD_ID, &b->id) ||
      !_accord_loader_read_string (l, root, "title", FIELD_REQUIRED, &b->title) ||
      !_accord_loader_read_string (l, root, "subtitle", FIELD_OPTIONAL, &b->subtitle) ||
      !_accord_loader_read_string (l, root, "language", FIELD_OPTIONAL, &b->language) ||
      !_accord_loader_read_string (l, root, "summary", FIELD_OPTIONAL, &b->summary) ||
      !load_sources (l, root) ||
      !load_actors (l, root) ||
      !load_groups (l, root) ||
      !load_eras (l, root) ||
      !_accord_loader_read_array (l, root, "sections", FIELD_REQUIRED, &sections))
    return FALSE;

  if (array_length (l, sections) == 0)
    {
      _accord_loader_path_push_key (l, "sections");
      _accord_loader_fail (l, ACCORD_ERROR_INVALID_BRIEFING, _("a briefing needs at least one section"));
      _accord_loader_path_pop (l);
      return FALSE;
    }

  _accord_loader_path_push_key (l, "sections");
  load_sections (l, sections, NULL, b->sections);
  _accord_loader_path_pop (l);
  if (l->error != NULL || !load_events (l, root))
    return FALSE;

  _accord_loader_path_push_key (l, "sections");
  link_sections (l, sections, G_LIST_MODEL (b->sections));
  _accord_loader_path_pop (l);
  if (l->error != NULL)
    return FALSE;

  _accord_briefing_finish (b);

  return TRUE;
}
