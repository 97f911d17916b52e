/* accord-markdown-events.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Timeline section: "- 2025-12: **Title** — what happened", with the
 * dates checked, and the people, sources and sections the events name.
 */

#define G_LOG_DOMAIN "accord-markdown"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "accord-markdown-private.h"
#include "accord-text-clean.h"

/* A group is named by its title; the first event that names it makes it,
 * so the timeline's lanes come in the order the file first mentions
 * them. */
static AccordGroup *
group_for (AccordMarkdownReader *r,
           AccordMarkdownEntry  *e)
{
  g_autofree char *title = _accord_markdown_entry_field (e, "group");
  g_autoptr(AccordGroup) group = NULL;
  AccordGroup *found;

  if (title == NULL)
    return NULL;

  found = g_hash_table_lookup (r->group_titles, title);
  if (found != NULL)
    return found;

  group = g_object_new (ACCORD_TYPE_GROUP, NULL);
  group->id = _accord_markdown_take_id (r, MD_ID_GROUP, title, "group");
  group->title = g_steal_pointer (&title);
  _accord_briefing_add_group (r->briefing, group);
  g_hash_table_insert (r->group_titles, g_strdup (group->title), group);

  return group;
}

static const char * const event_keys[] = { "id", "end", "place", "group", "sections", "actors", "source", "note", NULL };

/* The text before an entry's first ": ", if it starts like a date. */
static gboolean
split_date (const char  *head,
            char       **date,
            const char **rest)
{
  const char *colon = strstr (head, ": ");

  if (colon == NULL)
    {
      gsize n = strlen (head);

      if (n > 0 && head[n - 1] == ':')
        colon = head + n - 1;
      else
        return FALSE;
    }

  *date = g_strstrip (g_strndup (head, colon - head));
  *rest = colon + 1;
  while (**rest == ' ')
    (*rest)++;

  return TRUE;
}

static gboolean
starts_like_date (const char *text)
{
  if (*text == '-')
    text++;
  return g_ascii_isdigit (text[0]) && g_ascii_isdigit (text[1]) &&
         g_ascii_isdigit (text[2]) && g_ascii_isdigit (text[3]);
}

gboolean
_accord_markdown_list_is_dated (AccordMarkdownReader *r,
                                cmark_node           *list)
{
  for (cmark_node *item = cmark_node_first_child (list); item != NULL; item = cmark_node_next (item))
    {
      cmark_node *paragraph = cmark_node_first_child (item);
      cmark_node *text = paragraph != NULL ? cmark_node_first_child (paragraph) : NULL;
      const char *literal;

      if (text != NULL && cmark_node_get_type (text) == CMARK_NODE_TEXT &&
          (literal = cmark_node_get_literal (text)) != NULL && starts_like_date (literal))
        return TRUE;
    }

  return FALSE;
}

/* "Dec 2025" or "20 January 2026" as what to write instead. */
static char *
suggest_date (const char *text)
{
  static const char * const months[] = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
  };
  g_auto(GStrv) words = g_strsplit_set (text, " ,.", -1);
  int year = 0;
  int month = 0;
  int day = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *w = words[i];
      gsize n = strlen (w);

      if (n == 0)
        continue;
      if (n == 4 && g_ascii_isdigit (w[0]) && g_ascii_isdigit (w[3]))
        year = atoi (w);
      else if (n <= 2 && g_ascii_isdigit (w[0]))
        day = atoi (w);
      else if (n >= 3)
        {
          for (guint m = 0; m < G_N_ELEMENTS (months); m++)
            if (g_ascii_strncasecmp (w, months[m], 3) == 0)
              month = m + 1;
          if (month == 0)
            return NULL;
        }
    }

  if (year == 0 || month == 0)
    return NULL;
  if (day >= 1 && day <= 31)
    return g_strdup_printf ("%04d-%02d-%02d", year, month, day);

  return g_strdup_printf ("%04d-%02d", year, month);
}

static AccordSection *
find_section (AccordMarkdownReader *r,
              const char           *name)
{
  AccordSection *section;
  const char *id = name[0] == '#' ? name + 1 : name;
  GListModel *all = G_LIST_MODEL (r->briefing->all_sections);

  section = g_hash_table_lookup (r->briefing->section_ids, id);
  if (section != NULL)
    return section;

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(AccordSection) candidate = g_list_model_get_item (all, i);

      if (g_utf8_collate (candidate->title, name) == 0)
        return candidate;
    }

  return NULL;
}

static gboolean
read_event (AccordMarkdownReader *r,
            cmark_node           *item,
            const char           *context,
            AccordSection        *parent)
{
  g_autoptr(AccordEvent) event = _accord_event_new_empty ();
  g_autoptr(GError) date_error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *id = NULL;
  g_autofree char *sections = NULL;
  g_autofree char *actors = NULL;
  cmark_node *paragraph = cmark_node_first_child (item);
  cmark_node *strong = NULL;
  GString *summary = g_string_new (NULL);
  const char *rest = NULL;
  gboolean ok = FALSE;
  guint line, column;
  AccordMarkdownEntry e;

  if (!_accord_markdown_entry_read_item (r, item, event_keys, &e))
    {
      _accord_markdown_fail_at (r, item, context, _("an event is a line: - 2025-12: What happened"));
      g_string_free (summary, TRUE);
      return FALSE;
    }

  if (!split_date (e.head->str, &date, &rest))
    {
      _accord_markdown_fail (r, e.line, e.column, context,
                             _("an event starts with its date and a colon (- 2025-12: What happened)"));
      goto out;
    }

  event->date = accord_date_parse (date, &date_error);
  if (event->date == NULL)
    {
      g_autofree char *suggestion = suggest_date (date);
      g_autofree char *shown = accord_text_clean (date, ACCORD_TEXT_CLEAN_ESCAPE | ACCORD_TEXT_CLEAN_ONE_LINE);

      if (suggestion != NULL || !starts_like_date (date))
        _accord_markdown_fail (r, e.line, e.column, context,
                               suggestion != NULL ? _("“%s” is not a date (write %s)")
                                                  : _("“%s” is not a date (write 2025, 2025-12 or 2025-12-20)"),
                               shown, suggestion);
      else
        _accord_markdown_fail (r, e.line, e.column, context, "%s", date_error->message);
      goto out;
    }

  {
    g_autofree char *end = _accord_markdown_entry_field (&e, "end");

    if (end != NULL)
      {
        g_autoptr(GError) end_error = NULL;

        _accord_markdown_entry_field_position (&e, "end", &line, &column);
        event->end_date = accord_date_parse (end, &end_error);
        if (event->end_date == NULL)
          {
            _accord_markdown_fail (r, line, column, context, "%s", end_error->message);
            goto out;
          }
        if (accord_date_is_interval (event->date))
          {
            _accord_markdown_fail (r, line, column, context,
                                   _("an event whose date is already an interval cannot also have an end"));
            goto out;
          }
        if (accord_date_get_last_day (event->end_date) < accord_date_get_first_day (event->date))
          {
            _accord_markdown_fail (r, line, column, context, _("the event ends (%s) before it starts (%s)"),
                                   accord_date_get_text (event->end_date), accord_date_get_text (event->date));
            goto out;
          }
      }
  }

  /* "**Title** — summary", "Title — summary" or "Title". */
  for (cmark_node *n = cmark_node_first_child (paragraph); n != NULL; n = cmark_node_next (n))
    if (cmark_node_get_type (n) == CMARK_NODE_STRONG)
      {
        strong = n;
        break;
      }
  if (strong != NULL)
    {
      g_autofree char *title = _accord_markdown_plain_text (r, strong);
      const char *found = strstr (rest, title);

      if (found != NULL && title[0] != '\0')
        {
          event->title = g_steal_pointer (&title);
          rest = found + strlen (event->title);
        }
    }
  if (event->title == NULL)
    {
      const char *dash = strstr (rest, " — ");

      event->title = dash != NULL ? g_strndup (rest, dash - rest) : g_strdup (rest);
      rest = dash != NULL ? dash : rest + strlen (rest);
    }
  g_strstrip (event->title);
  while (g_str_has_prefix (rest, " ") || g_str_has_prefix (rest, "—") || g_str_has_prefix (rest, "–") ||
         g_str_has_prefix (rest, ":") || g_str_has_prefix (rest, "."))
    rest = g_utf8_next_char (rest);
  g_string_append (summary, rest);
  for (guint i = 0; i < e.more->len; i++)
    {
      if (summary->len > 0)
        g_string_append (summary, "\n\n");
      g_string_append (summary, g_ptr_array_index (e.more, i));
    }

  if (event->title[0] == '\0')
    {
      _accord_markdown_fail (r, e.line, e.column, context, _("the event needs a title after its date"));
      goto out;
    }

  g_strstrip (summary->str);
  if (summary->str[0] != '\0')
    event->summary = g_strdup (summary->str);
  event->place = _accord_markdown_entry_field (&e, "place");
  event->group = group_for (r, &e);
  event->date_note = _accord_markdown_entry_field (&e, "note");
  if (e.in.sources != NULL && e.in.sources->len > 0)
    event->source = g_ptr_array_index (e.in.sources, 0);

  {
    g_autofree char *source = _accord_markdown_entry_field (&e, "source");

    if (source != NULL && event->source == NULL)
      {
        event->source = g_hash_table_lookup (r->briefing->source_ids, source);
        if (event->source == NULL)
          {
            _accord_markdown_entry_field_position (&e, "source", &line, &column);
            _accord_markdown_fail (r, line, column, context, _("no source “%s” (give its id, or cite a footnote)"), source);
            goto out;
          }
      }
  }

  actors = _accord_markdown_entry_field (&e, "actors");
  if (actors != NULL)
    {
      g_auto(GStrv) names = _accord_markdown_split_list (actors);

      for (guint i = 0; names[i] != NULL; i++)
        {
          AccordActor *actor = _accord_markdown_find_actor (r, names[i]);

          if (actor == NULL)
            {
              _accord_markdown_entry_field_position (&e, "actors", &line, &column);
              _accord_markdown_fail (r, line, column, context, _("no one named “%s” in People"), names[i]);
              goto out;
            }
          if (!g_ptr_array_find (event->actors, actor, NULL))
            g_ptr_array_add (event->actors, actor);
        }
    }

  id = _accord_markdown_entry_field (&e, "id");
  if (id != NULL)
    {
      _accord_markdown_entry_field_position (&e, "id", &line, &column);
      event->id = _accord_markdown_take_given_id (r, MD_ID_EVENT, id, line, column, context);
      if (event->id == NULL)
        goto out;
    }
  else
    event->id = _accord_markdown_take_id (r, MD_ID_EVENT, event->title, "event");

  _accord_briefing_add_event (r->briefing, event);

  sections = _accord_markdown_entry_field (&e, "sections");
  if (sections != NULL)
    {
      g_auto(GStrv) names = _accord_markdown_split_list (sections);

      for (guint i = 0; names[i] != NULL; i++)
        {
          AccordSection *section = find_section (r, names[i]);

          if (section == NULL)
            {
              _accord_markdown_entry_field_position (&e, "sections", &line, &column);
              _accord_markdown_fail (r, line, column, context, _("no section “%s” (give its id or its title)"), names[i]);
              goto out;
            }
          _accord_section_link_event (section, event);
        }
    }
  else if (parent != NULL)
    _accord_section_link_event (parent, event);

  ok = TRUE;

out:
  g_string_free (summary, TRUE);
  _accord_markdown_entry_clear (&e);

  return ok && r->error == NULL;
}

/*   - 2025-12: **Title** — what happened */
gboolean
_accord_markdown_read_events (AccordMarkdownReader *r,
                              cmark_node           *list,
                              const char           *context,
                              AccordSection        *parent)
{
  for (cmark_node *item = cmark_node_first_child (list); item != NULL && r->error == NULL; item = cmark_node_next (item))
    read_event (r, item, context, parent);

  return r->error == NULL;
}
