/* accord-citation.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A passage with where it comes from, for a memo:
 *
 *   “passage” — Speaker, Organization, in “Briefing”, Section
 *   (source: Title, Publisher, URL, date)
 *
 * The speaker is given for a quote; the source is the quote's or the
 * event's, or the one source a section's quotes and events cite (none if
 * they cite several: a citation must not name the wrong one).  Each
 * format is one translatable string, so a language can reorder it; the
 * HTML is the same string with every part escaped, and the source's title
 * a link when its URL is http(s).
 */

#define G_LOG_DOMAIN "accord-notes"

#include "config.h"

#include <glib/gi18n.h>

#include "accord-actor.h"
#include "accord-briefing.h"
#include "accord-citation.h"
#include "accord-date.h"
#include "accord-event.h"
#include "accord-quote.h"
#include "accord-section.h"
#include "accord-source.h"
#include "accord-text-clean.h"

static char *
clean (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  return accord_text_clean (valid, ACCORD_TEXT_CLEAN_CONTROLS_TO_SPACE | ACCORD_TEXT_CLEAN_ONE_LINE);
}

static char *
escape (const char *text)
{
  g_autofree char *plain = clean (text);
  return g_markup_escape_text (plain, -1);
}

static AccordSource *
section_source (AccordSection *section)
{
  AccordSource *found = NULL;

  for (guint i = 0; i < accord_section_get_n_quotes (section); i++)
    {
      AccordSource *s = accord_quote_get_source (accord_section_get_quote (section, i));
      if (s != NULL && found != NULL && s != found)
        return NULL;
      if (s != NULL)
        found = s;
    }
  for (guint i = 0; i < accord_section_get_n_events (section); i++)
    {
      AccordSource *s = accord_event_get_source (accord_section_get_event (section, i));
      if (s != NULL && found != NULL && s != found)
        return NULL;
      if (s != NULL)
        found = s;
    }
  return found;
}

/* "Title, Publisher, URL, date", plain or as HTML. */
static char *
format_source (AccordSource *source,
               gboolean      html)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *title = accord_source_get_title (source);
  const char *url = accord_source_get_url (source);
  gboolean link = url != NULL && (g_str_has_prefix (url, "https://") || g_str_has_prefix (url, "http://"));

  if (title != NULL)
    {
      if (html && link)
        {
          g_autofree char *u = escape (url);
          g_autofree char *t = escape (title);
          g_ptr_array_add (parts, g_strdup_printf ("<a href=\"%s\">%s</a>", u, t));
        }
      else
        g_ptr_array_add (parts, html ? escape (title) : clean (title));
    }
  if (accord_source_get_publisher (source) != NULL)
    g_ptr_array_add (parts, (html ? escape : clean) (accord_source_get_publisher (source)));
  if (url != NULL && !(html && link && title != NULL))
    {
      if (html && link)
        {
          g_autofree char *u = escape (url);
          g_ptr_array_add (parts, g_strdup_printf ("<a href=\"%s\">%s</a>", u, u));
        }
      else
        g_ptr_array_add (parts, (html ? escape : clean) (url));
    }
  if (accord_source_get_date (source) != NULL)
    g_ptr_array_add (parts, (html ? escape : clean) (accord_date_get_text (accord_source_get_date (source))));

  if (parts->len == 0)
    return NULL;
  g_ptr_array_add (parts, NULL);
  /* Translators: separates the parts of a source in a citation: title,
   * publisher, address, date */
  return g_strjoinv (_(", "), (char **) parts->pdata);
}

static char *
format_one (AccordBriefing *briefing,
            AccordSection  *section,
            AccordActor    *speaker,
            AccordSource   *source,
            const char     *passage,
            gboolean        html)
{
  char *(*conv) (const char *) = html ? escape : clean;
  g_autofree char *p = conv (passage);
  g_autofree char *b = conv (accord_briefing_get_title (briefing));
  g_autofree char *s = section != NULL ? conv (accord_section_get_title (section)) : NULL;
  g_autofree char *src = source != NULL ? format_source (source, html) : NULL;
  g_autofree char *main = NULL;

  if (speaker != NULL)
    {
      g_autofree char *who = NULL;

      if (accord_actor_get_organization (speaker) != NULL)
        {
          g_autofree char *name = conv (accord_actor_get_name (speaker));
          g_autofree char *org = conv (accord_actor_get_organization (speaker));
          /* Translators: a speaker and their organization, in a citation */
          who = g_strdup_printf (_("%1$s, %2$s"), name, org);
        }
      else
        who = conv (accord_actor_get_name (speaker));

      if (s != NULL)
        /* Translators: a citation of a quote: the passage, its speaker,
         * the briefing's title, the section's title */
        main = g_strdup_printf (_("“%1$s” — %2$s, in “%3$s”, %4$s"), p, who, b, s);
      else
        /* Translators: a citation of a quote: the passage, its speaker,
         * the briefing's title */
        main = g_strdup_printf (_("“%1$s” — %2$s, in “%3$s”"), p, who, b);
    }
  else if (s != NULL)
    /* Translators: a citation: the passage, the briefing's title, the
     * section's (or event's) title */
    main = g_strdup_printf (_("“%1$s”, in “%2$s”, %3$s"), p, b, s);
  else
    /* Translators: a citation: the passage, the briefing's title */
    main = g_strdup_printf (_("“%1$s”, in “%2$s”"), p, b);

  if (src != NULL)
    /* Translators: a citation followed by its source (title, publisher,
     * address, date) */
    return g_strdup_printf (_("%1$s (source: %2$s)"), main, src);
  return g_steal_pointer (&main);
}

/**
 * accord_citation_format:
 * @section: (nullable): the section the passage is in
 * @quote: (nullable): the quote it is in, for its speaker and source
 * @event: (nullable): the event it is in, when not in a section
 * @html: (out) (optional): the same as HTML, escaped
 *
 * Returns: (transfer full): the passage with its citation, as plain text
 *   on one line
 */
char *
accord_citation_format (AccordBriefing *briefing,
                        AccordSection  *section,
                        AccordQuote    *quote,
                        AccordEvent    *event,
                        const char     *passage,
                        char          **html)
{
  AccordActor *speaker = NULL;
  AccordSource *source = NULL;
  g_autofree char *inner = NULL;

  g_return_val_if_fail (ACCORD_IS_BRIEFING (briefing), NULL);
  g_return_val_if_fail (passage != NULL, NULL);

  if (quote != NULL)
    {
      speaker = accord_quote_get_speaker (quote);
      source = accord_quote_get_source (quote);
      if (section == NULL)
        section = accord_quote_get_section (quote);
    }
  else if (event != NULL)
    source = accord_event_get_source (event);
  else if (section != NULL)
    source = section_source (section);

  if (html != NULL)
    {
      if (section == NULL && event != NULL)
        {
          /* An event is cited by its title where a section would be. */
          g_autofree char *p = escape (passage);
          g_autofree char *b = escape (accord_briefing_get_title (briefing));
          g_autofree char *t = escape (accord_event_get_title (event));
          g_autofree char *src = source != NULL ? format_source (source, TRUE) : NULL;
          g_autofree char *m = g_strdup_printf (_("“%1$s”, in “%2$s”, %3$s"), p, b, t);
          inner = src != NULL ? g_strdup_printf (_("%1$s (source: %2$s)"), m, src) : g_steal_pointer (&m);
        }
      else
        inner = format_one (briefing, section, speaker, source, passage, TRUE);
      *html = g_strdup_printf ("<p>%s</p>", inner);
    }

  if (section == NULL && event != NULL)
    {
      g_autofree char *p = clean (passage);
      g_autofree char *b = clean (accord_briefing_get_title (briefing));
      g_autofree char *t = clean (accord_event_get_title (event));
      g_autofree char *src = source != NULL ? format_source (source, FALSE) : NULL;
      g_autofree char *m = g_strdup_printf (_("“%1$s”, in “%2$s”, %3$s"), p, b, t);
      return src != NULL ? g_strdup_printf (_("%1$s (source: %2$s)"), m, src) : g_steal_pointer (&m);
    }

  return format_one (briefing, section, speaker, source, passage, FALSE);
}
