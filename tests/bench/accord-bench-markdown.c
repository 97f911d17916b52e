/* accord-bench-markdown.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A briefing written in the Markdown dialect of docs/markdown-briefings.md,
 * for the benchmark: the synthetic JSON briefing becomes a Markdown one of
 * the same size class.  Every text is backslash-escaped, and every id,
 * reference and field is written explicitly, so that the Markdown loads to
 * a model that the JSON writer can write back; the benchmark then times
 * both files of that one model.  (The dialect links sections and events
 * both ways, so the synthetic file's one-way links become two-way.)
 */

#include "config.h"

#include <string.h>

#include "accord-actor.h"
#include "accord-bench-markdown.h"
#include "accord-briefing.h"
#include "accord-date.h"
#include "accord-event.h"
#include "accord-quote.h"
#include "accord-section.h"
#include "accord-source.h"

static void
escape (GString    *out,
        const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\n')
        {
          g_string_append_c (out, ' ');
          continue;
        }
      /* Commas stay: lists of tags are split on them. */
      if (g_ascii_ispunct (*p) && *p != ',' && *p != ' ')
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
}

static void
field (GString    *out,
       const char *indent,
       const char *key,
       const char *value)
{
  if (value == NULL)
    return;
  g_string_append_printf (out, "%s%s: ", indent, key);
  escape (out, value);
  g_string_append_c (out, '\n');
}

static void
write_section (GString       *out,
               AccordSection *section,
               guint          level)
{
  const char * const *list;
  GListModel *children = accord_section_get_children (section);

  g_string_append_printf (out, "\n%.*s ", (int) level, "######");
  escape (out, accord_section_get_title (section));
  g_string_append_printf (out, " {#%s}\n\n", accord_section_get_id (section));

  field (out, "", "Kind", accord_section_get_kind (section));
  field (out, "", "Summary", accord_section_get_summary (section));
  list = accord_section_get_tags (section);
  if (list[0] != NULL)
    {
      g_string_append (out, "Tags: ");
      for (guint i = 0; list[i] != NULL; i++)
        {
          if (i > 0)
            g_string_append (out, ", ");
          escape (out, list[i]);
        }
      g_string_append_c (out, '\n');
    }
  if (accord_section_get_n_actors (section) > 0)
    {
      g_string_append (out, "Actors: ");
      for (guint i = 0; i < accord_section_get_n_actors (section); i++)
        g_string_append_printf (out, "%s%s", i > 0 ? ", " : "",
                                accord_actor_get_id (accord_section_get_actor (section, i)));
      g_string_append_c (out, '\n');
    }
  /* Without fields, the paragraph that holds none keeps the key points
   * right under the heading. */
  g_string_append_c (out, '\n');

  list = accord_section_get_key_points (section);
  for (guint i = 0; list[i] != NULL; i++)
    {
      g_string_append (out, "- ");
      escape (out, list[i]);
      g_string_append_c (out, '\n');
    }
  if (list[0] != NULL)
    g_string_append_c (out, '\n');

  list = accord_section_get_body (section);
  for (guint i = 0; list[i] != NULL; i++)
    {
      escape (out, list[i]);
      g_string_append (out, "\n\n");
    }

  for (guint i = 0; i < accord_section_get_n_quotes (section); i++)
    {
      AccordQuote *quote = accord_section_get_quote (section, i);
      AccordSource *source = accord_quote_get_source (quote);

      g_string_append (out, "> ");
      escape (out, accord_quote_get_text (quote));
      g_string_append_printf (out, "\n\n— %s", accord_actor_get_id (accord_quote_get_speaker (quote)));
      if (accord_quote_get_note (quote) != NULL)
        {
          g_string_append (out, ": ");
          escape (out, accord_quote_get_note (quote));
        }
      if (source != NULL)
        g_string_append_printf (out, "[^%s]", accord_source_get_id (source));
      g_string_append (out, "\n\n");
    }

  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(AccordSection) child = g_list_model_get_item (children, i);

      write_section (out, child, level + 1);
    }
}

GBytes *
accord_bench_markdown_write (AccordBriefing *briefing)
{
  GString *out = g_string_new ("---\n");
  GListModel *model;

  g_string_append_printf (out, "id: %s\n", accord_briefing_get_id (briefing));
  if (accord_briefing_get_subtitle (briefing) != NULL)
    g_string_append_printf (out, "subtitle: %s\n", accord_briefing_get_subtitle (briefing));
  if (accord_briefing_get_language (briefing) != NULL)
    g_string_append_printf (out, "language: %s\n", accord_briefing_get_language (briefing));
  g_string_append (out, "---\n\n# ");
  escape (out, accord_briefing_get_title (briefing));
  g_string_append (out, "\n\n");
  if (accord_briefing_get_summary (briefing) != NULL)
    {
      escape (out, accord_briefing_get_summary (briefing));
      g_string_append (out, "\n");
    }

  model = accord_briefing_get_sections (briefing);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(AccordSection) section = g_list_model_get_item (model, i);

      write_section (out, section, 2);
    }

  g_string_append (out, "\n## Timeline\n\n");
  model = accord_briefing_get_events (briefing);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(AccordEvent) event = g_list_model_get_item (model, i);
      AccordDate *end = accord_event_get_end_date (event);
      AccordSource *source = accord_event_get_source (event);

      g_string_append_printf (out, "- %s: **", accord_date_get_text (accord_event_get_date (event)));
      escape (out, accord_event_get_title (event));
      g_string_append (out, "**");
      if (accord_event_get_summary (event) != NULL)
        {
          g_string_append (out, " — ");
          escape (out, accord_event_get_summary (event));
        }
      g_string_append_printf (out, "\n  Id: %s\n", accord_event_get_id (event));
      if (end != NULL)
        g_string_append_printf (out, "  End: %s\n", accord_date_get_text (end));
      field (out, "  ", "Place", accord_event_get_place (event));
      if (accord_event_get_n_sections (event) > 0)
        {
          g_string_append (out, "  Sections: ");
          for (guint j = 0; j < accord_event_get_n_sections (event); j++)
            g_string_append_printf (out, "%s%s", j > 0 ? ", " : "",
                                    accord_section_get_id (accord_event_get_section (event, j)));
          g_string_append_c (out, '\n');
        }
      if (accord_event_get_n_actors (event) > 0)
        {
          g_string_append (out, "  Actors: ");
          for (guint j = 0; j < accord_event_get_n_actors (event); j++)
            g_string_append_printf (out, "%s%s", j > 0 ? ", " : "",
                                    accord_actor_get_id (accord_event_get_actor (event, j)));
          g_string_append_c (out, '\n');
        }
      if (source != NULL)
        g_string_append_printf (out, "  Source: %s\n", accord_source_get_id (source));
      field (out, "  ", "Note", accord_event_get_date_note (event));
    }

  g_string_append (out, "\n## People\n\n");
  model = accord_briefing_get_actors (briefing);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(AccordActor) actor = g_list_model_get_item (model, i);

      g_string_append (out, "- **");
      escape (out, accord_actor_get_name (actor));
      g_string_append_printf (out, "**\n  Id: %s\n", accord_actor_get_id (actor));
      field (out, "  ", "Native name", accord_actor_get_native_name (actor));
      field (out, "  ", "Role", accord_actor_get_role (actor));
      field (out, "  ", "Organization", accord_actor_get_organization (actor));
      field (out, "  ", "Country", accord_actor_get_country (actor));
    }

  g_string_append (out, "\n## Sources\n\n");
  model = accord_briefing_get_sources (briefing);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(AccordSource) source = g_list_model_get_item (model, i);
      AccordDate *date = accord_source_get_date (source);

      g_string_append (out, "- ");
      escape (out, accord_source_get_title (source));
      g_string_append_printf (out, "\n  Id: %s\n", accord_source_get_id (source));
      field (out, "  ", "Publisher", accord_source_get_publisher (source));
      if (accord_source_get_url (source) != NULL)
        g_string_append_printf (out, "  URL: %s\n", accord_source_get_url (source));
      if (date != NULL)
        g_string_append_printf (out, "  Date: %s\n", accord_date_get_text (date));
      field (out, "  ", "Note", accord_source_get_note (source));
    }

  return g_string_free_to_bytes (out);
}
