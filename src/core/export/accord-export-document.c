/* accord-export-document.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What an export says, whatever its format: the chosen sections turned
 * into a flat list of blocks, through the text policy below.  The writers
 * (text, Markdown, PDF) render this document and nothing else.
 */

#define G_LOG_DOMAIN "accord-export"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "accord-actor.h"
#include "accord-briefing.h"
#include "accord-date.h"
#include "accord-event.h"
#include "accord-export-document.h"
#include "accord-export-people.h"
#include "accord-heading.h"
#include "accord-quote.h"
#include "accord-section.h"
#include "accord-source.h"

gboolean
_accord_export_is_web_url (const char *url)
{
  const char *rest;

  if (url == NULL)
    return FALSE;

  if (g_ascii_strncasecmp (url, "https://", 8) == 0)
    rest = url + 8;
  else if (g_ascii_strncasecmp (url, "http://", 7) == 0)
    rest = url + 7;
  else
    return FALSE;

  if (*rest == '\0' || !g_utf8_validate (url, -1, NULL))
    return FALSE;

  for (const char *p = url; *p != '\0'; p++)
    if ((guchar) *p <= ' ' || *p == 0x7f || *p == '<' || *p == '>' || *p == '"')
      return FALSE;

  return TRUE;
}

static int
compare_sections (gconstpointer a,
                  gconstpointer b)
{
  AccordSection *sa = *(AccordSection **)a;
  AccordSection *sb = *(AccordSection **)b;
  guint ia = accord_section_get_index (sa);
  guint ib = accord_section_get_index (sb);

  return ia < ib ? -1 : ia > ib;
}

/* The sections to export, in briefing order whatever order they were
 * given in, each once; NULL or empty means all of them. */
GPtrArray *
_accord_export_choose_sections (AccordBriefing *briefing,
                                GPtrArray      *sections)
{
  GPtrArray *chosen = g_ptr_array_new_with_free_func (g_object_unref);

  if (sections == NULL || sections->len == 0)
    {
      GListModel *all = accord_briefing_get_all_sections (briefing);
      guint n = g_list_model_get_n_items (all);

      for (guint i = 0; i < n; i++)
        g_ptr_array_add (chosen, g_list_model_get_item (all, i));
      return chosen;
    }

  for (guint i = 0; i < sections->len; i++)
    g_ptr_array_add (chosen, g_object_ref (g_ptr_array_index (sections, i)));
  g_ptr_array_sort (chosen, compare_sections);

  for (guint i = 1; i < chosen->len;)
    {
      if (g_ptr_array_index (chosen, i) == g_ptr_array_index (chosen, i - 1))
        g_ptr_array_remove_index (chosen, i);
      else
        i++;
    }

  return chosen;
}

gboolean
_accord_export_sections_belong (AccordBriefing *briefing,
                                GPtrArray      *sections)
{
  if (sections == NULL)
    return TRUE;

  for (guint i = 0; i < sections->len; i++)
    {
      AccordSection *section = g_ptr_array_index (sections, i);

      if (!ACCORD_IS_SECTION (section) ||
          accord_briefing_lookup_section (briefing, accord_section_get_id (section)) != section)
        return FALSE;
    }

  return TRUE;
}

void
_accord_export_block_free (gpointer data)
{
  AccordExportBlock *block = data;

  g_clear_pointer (&block->marks, g_array_unref);
  g_free (block->text);
  g_free (block->attribution);
  g_free (block->note);
  g_free (block->url);
  g_free (block);
}

/* Takes @text; drops the block when nothing is left of it. */
static AccordExportBlock *
add_block (AccordExportDocument *document,
           AccordBlockKind       kind,
           char                 *text)
{
  AccordExportBlock *block;

  if (text == NULL || text[0] == '\0')
    {
      g_free (text);
      return NULL;
    }

  block = g_new0 (AccordExportBlock, 1);
  block->kind = kind;
  block->text = text;
  block->outline_parent = -1;
  g_ptr_array_add (document->blocks, block);

  return block;
}

/* For the reader's notes: which field of which section a block shows. */
static void
set_origin (AccordExportBlock *block,
            AccordSection     *section,
            const char        *field,
            guint              index)
{
  if (block == NULL)
    return;
  block->origin_section = accord_section_get_id (section);
  block->origin_field = field;
  block->origin_index = index;
}

/* Takes @text; NULL when nothing is left of it. */
static char *
non_empty (char *text)
{
  if (text != NULL && text[0] == '\0')
    g_clear_pointer (&text, g_free);
  return text;
}

static void
add_list (AccordExportDocument *document,
          const char           *label,
          GPtrArray            *items)
{
  if (items->len == 0)
    return;

  add_block (document, ACCORD_BLOCK_LABEL, g_strdup (label));
  for (guint i = 0; i < items->len; i++)
    add_block (document, ACCORD_BLOCK_ITEM, g_strdup (g_ptr_array_index (items, i)));
}

/* Whether @phrase occurs in @text as whole words. */
static gboolean
contains_phrase (const char *text,
                 const char *phrase)
{
  gsize length = strlen (phrase);

  for (const char *p = strstr (text, phrase); p != NULL; p = strstr (p + 1, phrase))
    {
      gboolean starts = p == text || !g_unichar_isalnum (g_utf8_get_char (g_utf8_prev_char (p)));
      gboolean ends = p[length] == '\0' || !g_unichar_isalnum (g_utf8_get_char (p + length));

      if (starts && ends)
        return TRUE;
    }

  return FALSE;
}

static char *
describe_actor (AccordActor *actor)
{
  GString *str = g_string_new (accord_actor_get_name (actor));
  const char *details[] = {
    accord_actor_get_role (actor),
    accord_actor_get_organization (actor),
    accord_actor_get_country (actor),
  };
  gboolean first = TRUE;

  if (accord_actor_get_native_name (actor) != NULL)
    g_string_append_printf (str, " (%s)", accord_actor_get_native_name (actor));

  for (guint i = 0; i < G_N_ELEMENTS (details); i++)
    {
      /* "Prime Minister of Canada, Canada" would say it twice. */
      if (details[i] == NULL || contains_phrase (str->str, details[i]))
        continue;
      g_string_append (str, first ? " — " : ", ");
      g_string_append (str, details[i]);
      first = FALSE;
    }

  return g_string_free (str, FALSE);
}

static char *
describe_event (AccordEvent *event)
{
  g_autofree char *date = accord_event_format_date (event);
  const char *place = accord_event_get_place (event);

  /* "… Forum, Davos (Davos)" would say it twice. */
  if (place != NULL && !contains_phrase (accord_event_get_title (event), place))
    /* Translators: a related event: its date, its title, (its place) */
    return g_strdup_printf (_("%s — %s (%s)"), date, accord_event_get_title (event), place);

  /* Translators: a related event: its date and its title */
  return g_strdup_printf (_("%s — %s"), date, accord_event_get_title (event));
}

static void
add_section (AccordExportDocument *document,
             AccordSection        *section,
             GHashTable           *headings)
{
  AccordExportBlock *heading;
  const char * const *strv;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  guint level = 1;
  guint first;
  int parent = -1;

  for (AccordSection *up = accord_section_get_parent (section);
       up != NULL;
       up = accord_section_get_parent (up))
    {
      gpointer index;

      if (!g_hash_table_lookup_extended (headings, up, NULL, &index))
        continue;
      if (parent < 0)
        parent = GPOINTER_TO_INT (index);
      level++;
    }

  heading = add_block (document, ACCORD_BLOCK_HEADING,
                       accord_text_clean (accord_section_get_title (section), ACCORD_EXPORT_CLEAN_LINE));
  if (heading == NULL)
    /* A title that was all control characters still deserves a heading. */
    heading = add_block (document, ACCORD_BLOCK_HEADING, g_strdup (accord_section_get_id (section)));
  heading->level = level;
  heading->in_outline = TRUE;
  heading->outline_parent = parent;
  g_hash_table_insert (headings, section, GINT_TO_POINTER (document->blocks->len - 1));
  document->n_sections++;

  set_origin (heading, section, "title", 0);
  set_origin (add_block (document, ACCORD_BLOCK_LEAD, accord_text_clean (accord_section_get_summary (section), ACCORD_EXPORT_CLEAN)),
              section, "summary", 0);

  strv = accord_section_get_key_points (section);
  first = document->blocks->len + 1;
  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    g_ptr_array_add (items, accord_text_clean (strv[i], ACCORD_EXPORT_CLEAN));
  add_list (document, accord_heading_get_title (ACCORD_HEADING_KEY_POINTS), items);
  /* Empty items were dropped: the blocks follow the non-empty ones. */
  for (guint i = 0; i < items->len && first < document->blocks->len; i++)
    if (((char *) g_ptr_array_index (items, i))[0] != '\0')
      set_origin (g_ptr_array_index (document->blocks, first++), section, "key-points", i);
  g_ptr_array_set_size (items, 0);

  strv = accord_section_get_body (section);
  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    set_origin (add_block (document, ACCORD_BLOCK_PARAGRAPH, accord_text_clean (strv[i], ACCORD_EXPORT_CLEAN)),
                section, "body", i);

  for (guint i = 0; i < accord_section_get_n_quotes (section); i++)
    {
      AccordQuote *quote = accord_section_get_quote (section, i);
      g_autofree char *text = accord_text_clean (accord_quote_get_text (quote), ACCORD_EXPORT_CLEAN);
      g_autofree char *who = accord_actor_dup_attribution (accord_quote_get_speaker (quote));
      g_autofree char *attribution = NULL;
      AccordExportBlock *block;

      /* Translators: a quotation set apart; use your language's quotation marks */
      block = add_block (document, ACCORD_BLOCK_QUOTE, g_strdup_printf (_("“%s”"), text));
      set_origin (block, section, "quotes", i);
      /* Translators: the speaker's name and role, under a quotation */
      attribution = g_strdup_printf (_("— %s"), who);
      block->attribution = accord_text_clean (attribution, ACCORD_EXPORT_CLEAN_LINE);
      block->note = non_empty (accord_text_clean (accord_quote_get_note (quote), ACCORD_EXPORT_CLEAN));
    }

  for (guint i = 0; i < accord_section_get_n_actors (section); i++)
    {
      g_autofree char *text = describe_actor (accord_section_get_actor (section, i));
      g_ptr_array_add (items, accord_text_clean (text, ACCORD_EXPORT_CLEAN_LINE));
    }
  add_list (document, accord_heading_get_title (ACCORD_HEADING_PEOPLE), items);
  g_ptr_array_set_size (items, 0);

  for (guint i = 0; i < accord_section_get_n_events (section); i++)
    {
      g_autofree char *text = describe_event (accord_section_get_event (section, i));
      g_ptr_array_add (items, accord_text_clean (text, ACCORD_EXPORT_CLEAN_LINE));
    }
  add_list (document, accord_heading_get_title (ACCORD_HEADING_RELATED_EVENTS), items);
}

static void
add_sources (AccordExportDocument *document,
             AccordBriefing       *briefing)
{
  GListModel *sources = accord_briefing_get_sources (briefing);
  guint n = g_list_model_get_n_items (sources);
  AccordExportBlock *heading;

  if (n == 0)
    return;

  heading = add_block (document, ACCORD_BLOCK_HEADING, g_strdup (accord_heading_get_title (ACCORD_HEADING_SOURCES)));
  heading->level = 1;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AccordSource) source = g_list_model_get_item (sources, i);
      GString *str = g_string_new (accord_source_get_title (source));
      g_autofree char *url = accord_text_clean (accord_source_get_url (source), ACCORD_EXPORT_CLEAN_LINE);
      AccordExportBlock *block;

      if (accord_source_get_publisher (source) != NULL)
        g_string_append_printf (str, " — %s", accord_source_get_publisher (source));
      if (accord_source_get_date (source) != NULL)
        {
          g_autofree char *date = accord_date_format (accord_source_get_date (source));
          g_string_append_printf (str, ", %s", date);
        }

      block = add_block (document, ACCORD_BLOCK_ITEM, accord_text_clean (str->str, ACCORD_EXPORT_CLEAN_LINE));
      g_string_free (str, TRUE);
      if (block == NULL)
        continue;
      block->note = non_empty (accord_text_clean (accord_source_get_note (source), ACCORD_EXPORT_CLEAN));
      if (_accord_export_is_web_url (url))
        block->url = g_steal_pointer (&url);
    }
}

AccordExportDocument *
_accord_export_document_new (AccordBriefing *briefing,
                             GPtrArray      *sections)
{
  AccordExportDocument *document = g_new0 (AccordExportDocument, 1);
  g_autoptr(GPtrArray) chosen = _accord_export_choose_sections (briefing, sections);
  g_autoptr(GHashTable) headings = g_hash_table_new (NULL, NULL);
  GListModel *all = accord_briefing_get_all_sections (briefing);
  gboolean whole = chosen->len == g_list_model_get_n_items (all);

  document->blocks = g_ptr_array_new_with_free_func (_accord_export_block_free);
  document->title = accord_text_clean (accord_briefing_get_title (briefing), ACCORD_EXPORT_CLEAN_LINE);
  document->subtitle = accord_text_clean (accord_briefing_get_subtitle (briefing), ACCORD_EXPORT_CLEAN_LINE);
  document->language = g_strdup (accord_briefing_get_language (briefing));

  add_block (document, ACCORD_BLOCK_TITLE, g_strdup (document->title));
  add_block (document, ACCORD_BLOCK_SUBTITLE, g_strdup (document->subtitle));
  /* The briefing's own summary introduces the whole, not an excerpt. */
  if (whole)
    add_block (document, ACCORD_BLOCK_LEAD, accord_text_clean (accord_briefing_get_summary (briefing), ACCORD_EXPORT_CLEAN));
  if (whole && g_list_model_get_n_items (accord_briefing_get_timeline (briefing)) > 0)
    {
      document->timeline = g_object_ref (accord_briefing_get_timeline (briefing));
      document->eras = g_object_ref (accord_briefing_get_eras (briefing));
    }

  for (guint i = 0; i < chosen->len; i++)
    add_section (document, g_ptr_array_index (chosen, i), headings);

  add_sources (document, briefing);

  document->people = _accord_export_people_collect (briefing, document->blocks, &document->finder);
  document->index_start = document->blocks->len;
  _accord_export_people_append (document->blocks, document->people, document->title);

  return document;
}

void
_accord_export_document_free (AccordExportDocument *document)
{
  if (document == NULL)
    return;

  g_free (document->title);
  g_free (document->subtitle);
  g_free (document->language);
  g_ptr_array_unref (document->blocks);
  g_clear_object (&document->timeline);
  g_clear_object (&document->eras);
  g_clear_pointer (&document->people, g_ptr_array_unref);
  g_clear_object (&document->finder);
  g_free (document);
}

/**
 * _accord_export_document_next_block:
 *
 * The writers call this for each block: at a section's heading it
 * reports progress and stops a cancelled export.
 *
 * Returns: %FALSE with @error set when the export was cancelled
 */
gboolean
_accord_export_document_next_block (AccordExportDocument  *document,
                                    guint                  index,
                                    AccordExportProgress  *progress,
                                    GCancellable          *cancellable,
                                    GError               **error)
{
  const AccordExportBlock *block = g_ptr_array_index (document->blocks, index);

  if (block->kind != ACCORD_BLOCK_HEADING)
    return TRUE;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  _accord_export_progress_report (progress, (double) index / document->blocks->len);

  return TRUE;
}
