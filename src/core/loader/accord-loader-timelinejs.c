/* accord-loader-timelinejs.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A TimelineJS3 timeline as a briefing.  The format is TimelineJS3's
 * published JSON: {"title": slide, "events": [slide…], "eras": [era…],
 * "scale": "human"|"cosmological"}; a slide has "start_date" and
 * "end_date" (objects of year, month, day, hour, minute, second,
 * millisecond, display_date, each a number or a string, possibly empty or
 * zero-padded), "text" {"headline", "text"} in HTML, "media" {"url",
 * "caption", "credit", "thumbnail"}, "group", "display_date", "unique_id",
 * "background", "autolink".
 *
 * The mapping (docs/timelinejs.md says it for users):
 *  - the title slide's headline and text: the briefing's title and summary;
 *  - each event: an event; its dates to EDTF at the precision given (a
 *    negative year is BCE; a time of day, finer than Accord's dates, goes
 *    into the date note), its headline to the title, its HTML text to
 *    plain text in the summary, its display_date to the date note, its
 *    unique_id (made an id) to the id;
 *  - media with a web address: a source (caption as title, credit as
 *    publisher), the event's source;
 *  - groups: one section each, in the order they first appear, holding
 *    their events; events without a group go to an "Events" section;
 *    each group is also a group of the timeline (a lane), in that order,
 *    and an event without one is in no group;
 *  - eras: an era each, its headline as title (its start and end dates
 *    if it has none), its dates as an EDTF interval (an era that ends
 *    before it begins is an error).
 */

#define G_LOG_DOMAIN "accord-loader"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "accord-html-text.h"
#include "accord-json-doc.h"
#include "accord-loader-private.h"
#include "accord-model-private.h"
#include "accord-slug.h"
#include "accord-text-clean.h"

#define MAX_YEAR 9999

typedef struct
{
  AccordLoaderState *l;
  GHashTable        *source_urls;  /* url -> AccordSource, unowned */
  GHashTable        *taken_ids[ID_ERA + 1]; /* by AccordLoaderIdKind: owned strings */
  GHashTable        *groups;       /* name -> AccordSection, unowned */
  GPtrArray         *group_order;  /* AccordSection, owned */
  GPtrArray         *group_events; /* GPtrArray of AccordEvent per group */
  GHashTable        *lanes;        /* name -> AccordGroup, unowned */
} TimelineReader;

/* A date field's value: a whole number, or a string of one, possibly
 * padded or empty.  *present is FALSE for an empty or absent field. */
static gboolean
read_date_number (AccordLoaderState *l,
                  AccordJsonNode     object,
                  const char        *key,
                  gboolean          *present,
                  gint64            *value)
{
  AccordJsonNode node = get_member (l, object, key);
  gboolean ok = TRUE;

  *present = FALSE;
  *value = 0;
  if (node == ACCORD_JSON_NODE_NONE || node_type (l, node) == ACCORD_JSON_NULL)
    return TRUE;

  _accord_loader_path_push_key (l, key);
  switch (node_type (l, node))
    {
    case ACCORD_JSON_INTEGER:
      *value = accord_json_doc_get_int (l->doc, node);
      *present = TRUE;
      break;

    case ACCORD_JSON_DOUBLE:
      {
        double d = accord_json_doc_get_double (l->doc, node);

        /* In range first: casting a double beyond gint64 is undefined. */
        if (!(d >= G_MININT32 && d <= G_MAXINT32) || d != (double) (gint64) d)
          {
            _accord_loader_fail (l, ACCORD_ERROR_INVALID_BRIEFING,
                                 _("expected a whole number, found %g"), d);
            ok = FALSE;
          }
        else
          {
            *value = (gint64) d;
            *present = TRUE;
          }
      }
      break;

    case ACCORD_JSON_STRING:
      {
        g_autofree char *text = g_strstrip (g_strdup (node_string (l, node, NULL)));
        const char *digits = text;
        char *end = NULL;
        gint64 number;

        if (text[0] == '\0')
          break;
        if (*digits == '-' || *digits == '+')
          digits++;
        number = g_ascii_strtoll (text, &end, 10);
        if (!g_ascii_isdigit (*digits) || end == NULL || *end != '\0')
          {
            g_autofree char *shown = accord_text_clean (text, ACCORD_TEXT_CLEAN_ESCAPE);

            _accord_loader_fail (l, ACCORD_ERROR_INVALID_BRIEFING,
                                 _("“%s” is not a whole number"), shown);
            ok = FALSE;
          }
        else
          {
            *value = number;
            *present = TRUE;
          }
      }
      break;

    default:
      _accord_loader_fail (l, ACCORD_ERROR_INVALID_BRIEFING,
                           _("expected a number or a string, found %s"),
                           _accord_loader_describe_node (l, node));
      ok = FALSE;
      break;
    }
  _accord_loader_path_pop (l);

  return ok;
}

/* An optional text member, HTML made plain, on one line or in paragraphs. */
static gboolean
read_html (AccordLoaderState  *l,
           AccordJsonNode      object,
           const char         *key,
           gboolean            one_line,
           char              **out)
{
  AccordJsonNode node = get_member (l, object, key);
  g_autofree char *text = NULL;
  gsize length;
  const char *html;

  *out = NULL;
  if (node == ACCORD_JSON_NODE_NONE || node_type (l, node) == ACCORD_JSON_NULL)
    return TRUE;

  if (!node_is_string (l, node))
    {
      _accord_loader_path_push_key (l, key);
      _accord_loader_fail (l, ACCORD_ERROR_INVALID_BRIEFING,
                           _("expected a string, found %s"), _accord_loader_describe_node (l, node));
      _accord_loader_path_pop (l);
      return FALSE;
    }

  html = node_string (l, node, &length);
  text = accord_html_to_text (html, length);
  if (one_line)
    {
      char *line = accord_text_clean (text, ACCORD_TEXT_CLEAN_ONE_LINE);

      g_free (text);
      text = line;
    }

  if (text[0] != '\0')
    *out = g_steal_pointer (&text);

  return TRUE;
}

/* An optional member that must be an object when present. */
static gboolean
get_object (AccordLoaderState *l,
            AccordJsonNode     object,
            const char        *key,
            AccordJsonNode    *out)
{
  *out = get_member (l, object, key);
  if (*out == ACCORD_JSON_NODE_NONE || node_type (l, *out) == ACCORD_JSON_NULL)
    {
      *out = ACCORD_JSON_NODE_NONE;
      return TRUE;
    }

  if (node_type (l, *out) != ACCORD_JSON_OBJECT)
    {
      _accord_loader_path_push_key (l, key);
      _accord_loader_fail (l, ACCORD_ERROR_INVALID_BRIEFING,
                           _("expected an object, found %s"), _accord_loader_describe_node (l, *out));
      _accord_loader_path_pop (l);
      *out = ACCORD_JSON_NODE_NONE;
      return FALSE;
    }

  return TRUE;
}

/* A TimelineJS date object as an EDTF date.  *out stays NULL when the
 * object is absent or has no field at all (spreadsheets export empty end
 * dates); a time of day is returned as "HH:MM" in *time. */
static gboolean
read_date (AccordLoaderState  *l,
           AccordJsonNode      slide,
           const char         *key,
           AccordDate        **out,
           char              **time)
{
  static const char * const fields[] = { "year", "month", "day", "hour", "minute", "second" };
  gboolean present[G_N_ELEMENTS (fields)];
  gint64 value[G_N_ELEMENTS (fields)];
  g_autoptr(GError) date_error = NULL;
  g_autofree char *text = NULL;
  AccordJsonNode object;
  gboolean any = FALSE;

  *out = NULL;
  *time = NULL;

  if (!get_object (l, slide, key, &object))
    return FALSE;
  if (object == ACCORD_JSON_NODE_NONE)
    return TRUE;

  _accord_loader_path_push_key (l, key);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      if (!read_date_number (l, object, fields[i], &present[i], &value[i]))
        goto out;
      any = any || present[i];
    }

  if (!any)
    goto out;

  if (!present[0])
    {
      _accord_loader_fail (l, ACCORD_ERROR_INVALID_BRIEFING, _("the date has no year"));
      goto out;
    }

  if (value[0] > MAX_YEAR || value[0] < -MAX_YEAR)
    {
      g_autofree char *year = g_strdup_printf ("%" G_GINT64_FORMAT, value[0]);

      _accord_loader_path_push_key (l, "year");
      _accord_loader_fail (l, ACCORD_ERROR_INVALID_BRIEFING,
                           _("year %s is beyond the years Accord shows (-%d to %d)"),
                           year, MAX_YEAR, MAX_YEAR);
      _accord_loader_path_pop (l);
      goto out;
    }

  if (present[2] && !present[1])
    {
      _accord_loader_path_push_key (l, "day");
      _accord_loader_fail (l, ACCORD_ERROR_INVALID_BRIEFING, _("a day is given but no month"));
      _accord_loader_path_pop (l);
      goto out;
    }

  if ((present[1] && (value[1] < 1 || value[1] > 12)) ||
      (present[2] && (value[2] < 1 || value[2] > 31)))
    {
      gboolean month = present[1] && (value[1] < 1 || value[1] > 12);
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, month ? value[1] : value[2]);

      _accord_loader_path_push_key (l, month ? "month" : "day");
      _accord_loader_fail (l, ACCORD_ERROR_INVALID_BRIEFING,
                           month ? _("month %s does not exist (1 to 12)")
                                 : _("day %s does not exist (1 to 31)"),
                           number);
      _accord_loader_path_pop (l);
      goto out;
    }

  text = g_strdup_printf ("%s%04d", value[0] < 0 ? "-" : "", (int) ABS (value[0]));
  if (present[1])
    {
      char *with_month = g_strdup_printf ("%s-%02d", text, (int) value[1]);

      g_free (text);
      text = with_month;
    }
  if (present[2])
    {
      char *with_day = g_strdup_printf ("%s-%02d", text, (int) value[2]);

      g_free (text);
      text = with_day;
    }

  /* accord_date_parse() says why 2025-02-31 is not a date. */
  *out = accord_date_parse (text, &date_error);
  if (*out == NULL)
    {
      _accord_loader_fail (l, ACCORD_ERROR_INVALID_BRIEFING, "%s", date_error->message);
      goto out;
    }

  if (present[2] && present[3])
    {
      if (value[3] < 0 || value[3] > 23 || (present[4] && (value[4] < 0 || value[4] > 59)))
        {
          _accord_loader_path_push_key (l, value[3] < 0 || value[3] > 23 ? "hour" : "minute");
          _accord_loader_fail (l, ACCORD_ERROR_INVALID_BRIEFING, _("this time of day does not exist"));
          _accord_loader_path_pop (l);
          g_clear_pointer (out, accord_date_unref);
          goto out;
        }
      *time = g_strdup_printf ("%02d:%02d", (int) value[3], present[4] ? (int) value[4] : 0);
    }

out:
  _accord_loader_path_pop (l);
  return l->error == NULL;
}

static char *
unique_id (TimelineReader     *r,
           AccordLoaderIdKind  kind,
           const char         *text,
           const char         *fallback)
{
  g_autofree char *slug = text != NULL ? accord_slug_from_text (text, -1) : NULL;

  return accord_slug_unique (r->taken_ids[kind], slug, fallback);
}

/* The media's web address, if it has one, as a source; the same address
 * twice is one source. */
static gboolean
read_media (TimelineReader  *r,
            AccordJsonNode   slide,
            AccordSource   **out)
{
  AccordLoaderState *l = r->l;
  g_autofree char *url = NULL;
  g_autofree char *caption = NULL;
  g_autofree char *credit = NULL;
  g_autoptr(AccordSource) source = NULL;
  AccordJsonNode media;

  *out = NULL;
  if (!get_object (l, slide, "media", &media))
    return FALSE;
  if (media == ACCORD_JSON_NODE_NONE)
    return TRUE;

  _accord_loader_path_push_key (l, "media");
  if (!read_html (l, media, "url", TRUE, &url) ||
      !read_html (l, media, "caption", TRUE, &caption) ||
      !read_html (l, media, "credit", TRUE, &credit))
    {
      _accord_loader_path_pop (l);
      return FALSE;
    }
  _accord_loader_path_pop (l);

  /* Media may also be embed code or an image of the timeline's own: only
   * a web address can be a source. */
  if (url == NULL ||
      (g_ascii_strncasecmp (url, "http://", 7) != 0 && g_ascii_strncasecmp (url, "https://", 8) != 0) ||
      strchr (url, ' ') != NULL)
    return TRUE;

  *out = g_hash_table_lookup (r->source_urls, url);
  if (*out != NULL)
    return TRUE;

  source = g_object_new (ACCORD_TYPE_SOURCE, NULL);
  source->title = g_strdup (caption != NULL ? caption : credit != NULL ? credit : url);
  source->publisher = caption != NULL ? g_steal_pointer (&credit) : NULL;
  source->url = g_steal_pointer (&url);
  source->id = unique_id (r, ID_SOURCE, source->title, "source");
  _accord_briefing_add_source (l->briefing, source);
  g_hash_table_insert (r->source_urls, source->url, source);
  *out = source;

  return TRUE;
}

static AccordSection *
group_section (TimelineReader *r,
               const char     *name)
{
  AccordSection *section;
  const char *key = name != NULL ? name : "";

  section = g_hash_table_lookup (r->groups, key);
  if (section != NULL)
    return section;

  section = _accord_section_new_empty ();
  section->title = g_strdup (name != NULL ? name : _("Events"));
  section->id = unique_id (r, ID_SECTION, name != NULL ? name : "events", "group");
  g_ptr_array_add (r->group_order, section);
  g_ptr_array_add (r->group_events, g_ptr_array_new ());
  g_hash_table_insert (r->groups, g_strdup (key), section);

  return section;
}

static char *
join_notes (const char *a,
            const char *b)
{
  if (a == NULL)
    return g_strdup (b);
  if (b == NULL)
    return g_strdup (a);
  return g_strdup_printf ("%s; %s", a, b);
}

static gboolean
read_event (TimelineReader *r,
            AccordJsonNode  slide)
{
  AccordLoaderState *l = r->l;
  g_autoptr(AccordEvent) event = _accord_event_new_empty ();
  g_autofree char *start_time = NULL;
  g_autofree char *end_time = NULL;
  g_autofree char *display_date = NULL;
  g_autofree char *group = NULL;
  g_autofree char *unique = NULL;
  g_autofree char *time_note = NULL;
  AccordJsonNode text;
  AccordSection *section;

  if (node_type (l, slide) != ACCORD_JSON_OBJECT)
    {
      _accord_loader_fail (l, ACCORD_ERROR_INVALID_BRIEFING,
                           _("expected an object, found %s"), _accord_loader_describe_node (l, slide));
      return FALSE;
    }

  if (!read_date (l, slide, "start_date", &event->date, &start_time) ||
      !read_date (l, slide, "end_date", &event->end_date, &end_time) ||
      !get_object (l, slide, "text", &text))
    return FALSE;

  if (text != ACCORD_JSON_NODE_NONE)
    {
      _accord_loader_path_push_key (l, "text");
      if (read_html (l, text, "headline", TRUE, &event->title))
        read_html (l, text, "text", FALSE, &event->summary);
      _accord_loader_path_pop (l);
      if (l->error != NULL)
        return FALSE;
    }

  if (!read_html (l, slide, "display_date", TRUE, &display_date) ||
      !read_html (l, slide, "group", TRUE, &group) ||
      !read_html (l, slide, "unique_id", TRUE, &unique) ||
      !read_media (r, slide, &event->source))
    return FALSE;

  if (event->date == NULL)
    {
      _accord_loader_fail (l, ACCORD_ERROR_INVALID_BRIEFING,
                           _("the event has no start_date (only the title slide may have none)"));
      return FALSE;
    }

  if (event->end_date != NULL &&
      accord_date_get_last_day (event->end_date) < accord_date_get_first_day (event->date))
    {
      _accord_loader_path_push_key (l, "end_date");
      _accord_loader_fail (l, ACCORD_ERROR_INVALID_BRIEFING,
                           _("the event ends (%s) before it starts (%s)"),
                           accord_date_get_text (event->end_date),
                           accord_date_get_text (event->date));
      _accord_loader_path_pop (l);
      return FALSE;
    }

  /* An end on the start's own day or month adds nothing Accord can show. */
  if (event->end_date != NULL &&
      g_strcmp0 (accord_date_get_text (event->end_date), accord_date_get_text (event->date)) == 0)
    g_clear_pointer (&event->end_date, accord_date_unref);

  if (event->title == NULL)
    {
      /* The first words of the text, or else the date: TimelineJS shows a
       * slide without a headline, the sidebar needs a name. */
      if (event->summary != NULL)
        {
          g_autofree char *line = accord_text_clean (event->summary, ACCORD_TEXT_CLEAN_ONE_LINE);

          event->title = g_utf8_substring (line, 0, MIN (g_utf8_strlen (line, -1), 80));
        }
      else
        event->title = g_strdup (accord_date_get_text (event->date));
    }

  if (start_time != NULL || end_time != NULL)
    time_note = end_time == NULL ? g_strdup_printf (_("at %s"), start_time)
              : start_time == NULL ? g_strdup_printf (_("until %s"), end_time)
              : g_strdup_printf (_("from %s to %s"), start_time, end_time);
  event->date_note = join_notes (display_date, time_note);

  event->id = g_steal_pointer (&unique);
  if (event->id != NULL && !g_hash_table_contains (r->taken_ids[ID_EVENT], event->id) &&
      accord_slug_is_id (event->id))
    g_hash_table_add (r->taken_ids[ID_EVENT], g_strdup (event->id));
  else
    {
      g_autofree char *wanted = g_steal_pointer (&event->id);

      event->id = unique_id (r, ID_EVENT, wanted != NULL ? wanted : event->title, "event");
    }

  section = group_section (r, group);
  if (group != NULL)
    {
      event->group = g_hash_table_lookup (r->lanes, group);
      if (event->group == NULL)
        {
          g_autoptr(AccordGroup) lane = g_object_new (ACCORD_TYPE_GROUP, NULL);

          lane->title = g_strdup (group);
          lane->id = unique_id (r, ID_GROUP, group, "group");
          _accord_briefing_add_group (l->briefing, lane);
          g_hash_table_insert (r->lanes, g_strdup (group), lane);
          event->group = lane;
        }
    }
  _accord_briefing_add_event (l->briefing, event);
  for (guint i = 0; i < r->group_order->len; i++)
    if (g_ptr_array_index (r->group_order, i) == section)
      g_ptr_array_add (g_ptr_array_index (r->group_events, i), event);

  return TRUE;
}

static gboolean
read_era (TimelineReader *r,
          AccordJsonNode  era)
{
  AccordLoaderState *l = r->l;
  g_autoptr(AccordDate) start = NULL;
  g_autoptr(AccordDate) end = NULL;
  g_autoptr(AccordEra) result = NULL;
  g_autoptr(GError) date_error = NULL;
  g_autofree char *start_time = NULL;
  g_autofree char *end_time = NULL;
  g_autofree char *interval = NULL;
  g_autofree char *headline = NULL;
  AccordJsonNode text;

  if (node_type (l, era) != ACCORD_JSON_OBJECT)
    {
      _accord_loader_fail (l, ACCORD_ERROR_INVALID_BRIEFING,
                           _("expected an object, found %s"), _accord_loader_describe_node (l, era));
      return FALSE;
    }

  if (!read_date (l, era, "start_date", &start, &start_time) ||
      !read_date (l, era, "end_date", &end, &end_time))
    return FALSE;

  if (start == NULL || end == NULL)
    {
      if (start == NULL)
        _accord_loader_fail (l, ACCORD_ERROR_INVALID_BRIEFING, _("an era needs a start_date"));
      else
        {
          _accord_loader_fail (l, ACCORD_ERROR_INVALID_BRIEFING, _("an era needs an end_date"));
        }
      return FALSE;
    }

  if (accord_date_get_last_day (end) < accord_date_get_first_day (start))
    {
      _accord_loader_path_push_key (l, "end_date");
      _accord_loader_fail (l, ACCORD_ERROR_INVALID_BRIEFING,
                           _("the era ends (%s) before it begins (%s)"),
                           accord_date_get_text (end), accord_date_get_text (start));
      _accord_loader_path_pop (l);
      return FALSE;
    }

  if (!get_object (l, era, "text", &text))
    return FALSE;
  if (text != ACCORD_JSON_NODE_NONE)
    {
      _accord_loader_path_push_key (l, "text");
      read_html (l, text, "headline", TRUE, &headline);
      _accord_loader_path_pop (l);
      if (l->error != NULL)
        return FALSE;
    }

  if (g_strcmp0 (accord_date_get_text (start), accord_date_get_text (end)) == 0)
    interval = g_strdup (accord_date_get_text (start));
  else
    interval = g_strdup_printf ("%s/%s", accord_date_get_text (start), accord_date_get_text (end));

  result = g_object_new (ACCORD_TYPE_ERA, NULL);
  /* Both ends parsed alone, so their interval parses too; the check keeps
   * a mistake here from reaching the model. */
  result->date = accord_date_parse (interval, &date_error);
  if (result->date == NULL)
    {
      _accord_loader_fail (l, ACCORD_ERROR_INVALID_BRIEFING, "%s", date_error->message);
      return FALSE;
    }
  result->title = headline != NULL ? g_steal_pointer (&headline) : g_strdup (interval);
  result->id = unique_id (r, ID_ERA, result->title, "era");
  _accord_briefing_add_era (l->briefing, result);

  return TRUE;
}

static char *
title_from_name (const char *display_name)
{
  g_autofree char *base = g_path_get_basename (display_name);
  char *dot = strrchr (base, '.');

  if (dot != NULL && dot != base)
    *dot = '\0';

  return accord_text_clean (base, ACCORD_TEXT_CLEAN_ONE_LINE);
}

static gboolean
read_title_slide (TimelineReader *r,
                  AccordJsonNode  root)
{
  AccordLoaderState *l = r->l;
  AccordBriefing *b = l->briefing;
  AccordJsonNode slide;
  AccordJsonNode text = ACCORD_JSON_NODE_NONE;
  AccordSource *source;

  if (!get_object (l, root, "title", &slide))
    return FALSE;

  if (slide != ACCORD_JSON_NODE_NONE)
    {
      _accord_loader_path_push_key (l, "title");
      if (get_object (l, slide, "text", &text) && text != ACCORD_JSON_NODE_NONE)
        {
          _accord_loader_path_push_key (l, "text");
          if (read_html (l, text, "headline", TRUE, &b->title))
            read_html (l, text, "text", FALSE, &b->summary);
          _accord_loader_path_pop (l);
        }
      if (l->error == NULL)
        read_media (r, slide, &source);
      _accord_loader_path_pop (l);
      if (l->error != NULL)
        return FALSE;
    }

  if (b->title == NULL)
    b->title = title_from_name (l->display_name);
  if (b->title[0] == '\0')
    {
      g_free (b->title);
      b->title = g_strdup (_("Timeline"));
    }

  b->id = accord_slug_from_text (b->title, -1);
  if (b->id[0] == '\0')
    {
      g_free (b->id);
      b->id = g_strdup ("timeline");
    }

  return TRUE;
}

static gboolean
check_scale (AccordLoaderState *l,
             AccordJsonNode     root)
{
  AccordJsonNode scale = get_member (l, root, "scale");

  if (scale != ACCORD_JSON_NODE_NONE && node_is_string (l, scale) &&
      g_ascii_strcasecmp (node_string (l, scale, NULL), "cosmological") == 0)
    {
      _accord_loader_path_push_key (l, "scale");
      _accord_loader_fail (l, ACCORD_ERROR_UNSUPPORTED_FORMAT,
                           _("this TimelineJS timeline is on the cosmological scale; "
                             "Accord reads timelines of years -9999 to 9999"));
      _accord_loader_path_pop (l);
      return FALSE;
    }

  return TRUE;
}

gboolean
_accord_loader_load_timelinejs (AccordLoaderState *l,
                                AccordJsonNode     root)
{
  TimelineReader r = { l };
  AccordJsonNode events;
  AccordJsonNode eras;
  guint n;

  l->briefing->file_format = ACCORD_FILE_FORMAT_TIMELINEJS;

  if (!check_scale (l, root))
    return FALSE;

  r.source_urls = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < G_N_ELEMENTS (r.taken_ids); i++)
    r.taken_ids[i] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  r.groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  r.group_order = g_ptr_array_new_with_free_func (g_object_unref);
  r.group_events = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  r.lanes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (!read_title_slide (&r, root) ||
      !_accord_loader_read_array (l, root, "events", FIELD_REQUIRED, &events))
    goto out;

  n = array_length (l, events);
  _accord_loader_path_push_key (l, "events");
  for (guint i = 0; i < n && l->error == NULL; i++)
    {
      _accord_loader_path_push_index (l, i);
      read_event (&r, array_element (l, events, i));
      _accord_loader_path_pop (l);
    }
  _accord_loader_path_pop (l);
  if (l->error != NULL)
    goto out;

  if (_accord_loader_read_array (l, root, "eras", FIELD_OPTIONAL, &eras) && eras != ACCORD_JSON_NODE_NONE)
    {
      n = array_length (l, eras);
      _accord_loader_path_push_key (l, "eras");
      for (guint i = 0; i < n && l->error == NULL; i++)
        {
          _accord_loader_path_push_index (l, i);
          read_era (&r, array_element (l, eras, i));
          _accord_loader_path_pop (l);
        }
      _accord_loader_path_pop (l);
    }
  if (l->error != NULL)
    goto out;

  /* A timeline with no events still needs a section to show. */
  if (r.group_order->len == 0)
    group_section (&r, NULL);

  for (guint i = 0; i < r.group_order->len; i++)
    {
      AccordSection *section = g_ptr_array_index (r.group_order, i);
      GPtrArray *events_of_group = g_ptr_array_index (r.group_events, i);

      _accord_briefing_add_section (l->briefing, NULL, section);
      for (guint j = 0; j < events_of_group->len; j++)
        _accord_section_link_event (section, g_ptr_array_index (events_of_group, j));
    }

  _accord_briefing_finish (l->briefing);

out:
  g_hash_table_unref (r.source_urls);
  for (guint i = 0; i < G_N_ELEMENTS (r.taken_ids); i++)
    g_hash_table_unref (r.taken_ids[i]);
  g_hash_table_unref (r.groups);
  g_ptr_array_unref (r.group_events);
  g_ptr_array_unref (r.group_order);
  g_hash_table_unref (r.lanes);

  return l->error == NULL;
}
