/* accord-briefing-writer.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Any briefing, whatever it was read from, as briefing JSON
 * (data/briefing.schema.json), for `accord --convert` and the window's
 * "Save as Briefing…".  Written with json-glib's JsonBuilder and
 * JsonGenerator, the writer GNOME programs use, which escapes what JSON
 * must escape and writes UTF-8.  Every field of the model is written, in
 * the model's order, so that the file loads back to the same model; what
 * is absent is left out rather than written empty (an empty string would
 * be refused on the way back in).
 */

#define G_LOG_DOMAIN "accord-writer"

#include "config.h"

#include <json-glib/json-glib.h>

#include "accord-actor.h"
#include "accord-briefing.h"
#include "accord-briefing-writer.h"
#include "accord-date.h"
#include "accord-era.h"
#include "accord-event.h"
#include "accord-group.h"
#include "accord-quote.h"
#include "accord-section.h"
#include "accord-source.h"

static void
add_string (JsonBuilder *builder,
            const char  *key,
            const char  *value)
{
  if (value == NULL || value[0] == '\0')
    return;

  json_builder_set_member_name (builder, key);
  json_builder_add_string_value (builder, value);
}

static void
add_date (JsonBuilder *builder,
          const char  *key,
          AccordDate  *date)
{
  if (date != NULL)
    add_string (builder, key, accord_date_get_text (date));
}

static void
add_strv (JsonBuilder        *builder,
          const char         *key,
          const char * const *values,
          gboolean            always)
{
  if (!always && (values == NULL || values[0] == NULL))
    return;

  json_builder_set_member_name (builder, key);
  json_builder_begin_array (builder);
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    json_builder_add_string_value (builder, values[i]);
  json_builder_end_array (builder);
}

typedef const char *(*GetId) (gpointer object);

/* A list of ids, from an object's count and getter. */
static void
add_ids (JsonBuilder *builder,
         const char  *key,
         gpointer     owner,
         guint        n,
         gpointer   (*get) (gpointer owner, guint position),
         GetId        get_id)
{
  if (n == 0)
    return;

  json_builder_set_member_name (builder, key);
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    json_builder_add_string_value (builder, get_id (get (owner, i)));
  json_builder_end_array (builder);
}

static void
add_sources (JsonBuilder *builder,
             GListModel  *sources)
{
  guint n = g_list_model_get_n_items (sources);

  if (n == 0)
    return;

  json_builder_set_member_name (builder, "sources");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AccordSource) source = g_list_model_get_item (sources, i);

      json_builder_begin_object (builder);
      add_string (builder, "id", accord_source_get_id (source));
      add_string (builder, "title", accord_source_get_title (source));
      add_string (builder, "publisher", accord_source_get_publisher (source));
      add_string (builder, "url", accord_source_get_url (source));
      add_date (builder, "date", accord_source_get_date (source));
      add_string (builder, "note", accord_source_get_note (source));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_groups (JsonBuilder *builder,
            GListModel  *groups)
{
  guint n = g_list_model_get_n_items (groups);

  if (n == 0)
    return;

  json_builder_set_member_name (builder, "groups");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AccordGroup) group = g_list_model_get_item (groups, i);

      json_builder_begin_object (builder);
      add_string (builder, "id", accord_group_get_id (group));
      add_string (builder, "title", accord_group_get_title (group));
      add_string (builder, "color", accord_group_color_to_name (accord_group_get_color (group)));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_eras (JsonBuilder *builder,
          GListModel  *eras)
{
  guint n = g_list_model_get_n_items (eras);

  if (n == 0)
    return;

  json_builder_set_member_name (builder, "eras");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AccordEra) era = g_list_model_get_item (eras, i);

      json_builder_begin_object (builder);
      add_string (builder, "id", accord_era_get_id (era));
      add_string (builder, "title", accord_era_get_title (era));
      add_date (builder, "date", accord_era_get_date (era));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_actors (JsonBuilder *builder,
            GListModel  *actors)
{
  guint n = g_list_model_get_n_items (actors);

  if (n == 0)
    return;

  json_builder_set_member_name (builder, "actors");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AccordActor) actor = g_list_model_get_item (actors, i);

      json_builder_begin_object (builder);
      add_string (builder, "id", accord_actor_get_id (actor));
      add_string (builder, "name", accord_actor_get_name (actor));
      add_string (builder, "native_name", accord_actor_get_native_name (actor));
      add_string (builder, "role", accord_actor_get_role (actor));
      add_string (builder, "organization", accord_actor_get_organization (actor));
      add_string (builder, "country", accord_actor_get_country (actor));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_quotes (JsonBuilder   *builder,
            AccordSection *section)
{
  guint n = accord_section_get_n_quotes (section);

  if (n == 0)
    return;

  json_builder_set_member_name (builder, "quotes");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      AccordQuote *quote = accord_section_get_quote (section, i);
      AccordSource *source = accord_quote_get_source (quote);

      json_builder_begin_object (builder);
      add_string (builder, "text", accord_quote_get_text (quote));
      add_string (builder, "speaker", accord_actor_get_id (accord_quote_get_speaker (quote)));
      if (source != NULL)
        add_string (builder, "source", accord_source_get_id (source));
      add_string (builder, "note", accord_quote_get_note (quote));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_sections (JsonBuilder *builder,
              GListModel  *sections)
{
  guint n = g_list_model_get_n_items (sections);

  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AccordSection) section = g_list_model_get_item (sections, i);
      GListModel *children = accord_section_get_children (section);

      json_builder_begin_object (builder);
      add_string (builder, "id", accord_section_get_id (section));
      add_string (builder, "title", accord_section_get_title (section));
      add_string (builder, "kind", accord_section_get_kind (section));
      add_string (builder, "summary", accord_section_get_summary (section));
      add_strv (builder, "body", accord_section_get_body (section), TRUE);
      add_strv (builder, "key_points", accord_section_get_key_points (section), FALSE);
      add_quotes (builder, section);
      add_ids (builder, "actors", section, accord_section_get_n_actors (section),
               (gpointer) accord_section_get_actor, (GetId) accord_actor_get_id);
      add_ids (builder, "events", section, accord_section_get_n_events (section),
               (gpointer) accord_section_get_event, (GetId) accord_event_get_id);
      add_strv (builder, "tags", accord_section_get_tags (section), FALSE);
      if (g_list_model_get_n_items (children) > 0)
        {
          json_builder_set_member_name (builder, "sections");
          add_sections (builder, children);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_events (JsonBuilder *builder,
            GListModel  *events)
{
  guint n = g_list_model_get_n_items (events);

  if (n == 0)
    return;

  json_builder_set_member_name (builder, "events");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AccordEvent) event = g_list_model_get_item (events, i);
      AccordSource *source = accord_event_get_source (event);

      json_builder_begin_object (builder);
      add_string (builder, "id", accord_event_get_id (event));
      add_string (builder, "title", accord_event_get_title (event));
      add_date (builder, "date", accord_event_get_date (event));
      add_date (builder, "end_date", accord_event_get_end_date (event));
      add_string (builder, "place", accord_event_get_place (event));
      add_string (builder, "summary", accord_event_get_summary (event));
      add_ids (builder, "sections", event, accord_event_get_n_sections (event),
               (gpointer) accord_event_get_section, (GetId) accord_section_get_id);
      add_ids (builder, "actors", event, accord_event_get_n_actors (event),
               (gpointer) accord_event_get_actor, (GetId) accord_actor_get_id);
      if (source != NULL)
        add_string (builder, "source", accord_source_get_id (source));
      if (accord_event_get_group (event) != NULL)
        add_string (builder, "group", accord_group_get_id (accord_event_get_group (event)));
      add_string (builder, "date_note", accord_event_get_date_note (event));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/**
 * accord_briefing_write_json:
 *
 * Returns: (transfer full): the briefing as briefing JSON, indented, in
 *   UTF-8, ending with a newline
 */
GBytes *
accord_briefing_write_json (AccordBriefing *briefing)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  GString *generated;
  GString *text;

  g_return_val_if_fail (ACCORD_IS_BRIEFING (briefing), NULL);

  json_builder_begin_object (builder);
  add_string (builder, "format", ACCORD_BRIEFING_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, ACCORD_BRIEFING_VERSION);
  add_string (builder, "id", accord_briefing_get_id (briefing));
  add_string (builder, "title", accord_briefing_get_title (briefing));
  add_string (builder, "subtitle", accord_briefing_get_subtitle (briefing));
  add_string (builder, "language", accord_briefing_get_language (briefing));
  add_string (builder, "summary", accord_briefing_get_summary (briefing));
  add_sources (builder, accord_briefing_get_sources (briefing));
  add_actors (builder, accord_briefing_get_actors (briefing));
  add_groups (builder, accord_briefing_get_groups (briefing));
  add_eras (builder, accord_briefing_get_eras (briefing));
  json_builder_set_member_name (builder, "sections");
  add_sections (builder, accord_briefing_get_sections (briefing));
  add_events (builder, accord_briefing_get_events (briefing));
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);

  generated = g_string_new (NULL);
  json_generator_to_gstring (generator, generated);

  /* json-glib 1.6 escapes \b \f \n \r \t in strings but writes the
   * other control characters raw, which JSON forbids (and Accord's own
   * check refuses).  Outside strings its indented output has only spaces
   * and newlines, and inside them a newline is always escaped: so every
   * other byte below 0x20 is in a string, and is escaped here. */
  text = g_string_sized_new (generated->len + 1);
  for (gsize i = 0; i < generated->len; i++)
    {
      guchar c = generated->str[i];

      if (c < 0x20 && c != '\n')
        g_string_append_printf (text, "\\u%04x", c);
      else
        g_string_append_c (text, c);
    }
  g_string_append_c (text, '\n');
  g_string_free (generated, TRUE);

  return g_string_free_to_bytes (text);
}
