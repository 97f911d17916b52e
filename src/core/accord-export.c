/* accord-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-export"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "accord-actor.h"
#include "accord-briefing.h"
#include "accord-date.h"
#include "accord-event.h"
#include "accord-export-private.h"
#include "accord-quote.h"
#include "accord-section.h"
#include "accord-source.h"

/* Points, as cairo's PDF surface counts them. */
#define A4_WIDTH      595.2756
#define A4_HEIGHT     841.8898
#define LETTER_WIDTH  612.0
#define LETTER_HEIGHT 792.0

/* A file name stays under NAME_MAX (255 bytes) with room for the
 * extension and for the ".XXXXXX" of the temporary file. */
#define MAX_FILENAME_BYTES 200

typedef struct
{
  AccordBriefing *briefing;
  GPtrArray *sections;
  AccordExportFormat format;
  AccordExportOptions options;
  GFile *file;
  AccordExportProgressFunc progress;
  gpointer progress_data;
  GDestroyNotify progress_data_free;
  GMutex lock;
  double fraction;
  gboolean pending;
  gboolean done;         /* main context only */
} ExportTask;

/* Text policy.
 *
 * Briefings come from anywhere, and their text reaches terminals, editors
 * and PDF viewers.  Every exporter therefore takes text through
 * _accord_export_clean(), which
 *  - replaces invalid UTF-8 (Pango would warn, terminals would guess);
 *  - removes the C0 and C1 control characters except newline and tab, so
 *    that an escape sequence (ESC, CSI, OSC…) cannot drive a terminal that
 *    shows a text or Markdown export, and a carriage return cannot hide a
 *    line;
 *  - removes the bidirectional embeddings, overrides and isolates
 *    (U+202A–U+202E, U+2066–U+2069), which can make text display in an
 *    order other than the one it is read in ("Trojan Source").  The implicit
 *    marks U+200E/U+200F, and the zero-width joiner and non-joiner that some
 *    scripts need, are kept;
 *  - turns the Unicode line and paragraph separators into newlines.
 */
static gboolean
is_unwanted_char (gunichar c)
{
  if (c == '\n' || c == '\t')
    return FALSE;
  if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
    return TRUE;
  if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069))
    return TRUE;
  return FALSE;
}

char *
_accord_export_clean (const char *text)
{
  g_autofree char *valid = NULL;
  GString *out;

  if (text == NULL)
    return g_strdup ("");

  valid = g_utf8_make_valid (text, -1);
  out = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_unwanted_char (c))
        continue;
      if (c == 0x2028 || c == 0x2029)
        g_string_append_c (out, '\n');
      else
        g_string_append_unichar (out, c);
    }

  return g_strstrip (g_string_free (out, FALSE));
}

char *
_accord_export_clean_line (const char *text)
{
  g_autofree char *clean = _accord_export_clean (text);
  GString *out = g_string_sized_new (strlen (clean));
  gboolean space = FALSE;

  for (const char *p = clean; *p != '\0'; p++)
    {
      if (*p == ' ' || *p == '\n' || *p == '\t')
        {
          space = TRUE;
          continue;
        }
      if (space && out->len > 0)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

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

void
_accord_export_progress (AccordExportProgress *progress,
                         double                fraction)
{
  if (progress == NULL || progress->func == NULL)
    return;

  fraction = CLAMP (fraction, 0.0, 1.0);

  /* Every percent is plenty for a progress bar. */
  if (progress->last >= 0 && fraction < 1.0 && fraction < progress->last + 0.01)
    return;
  if (fraction <= progress->last)
    return;

  progress->last = fraction;
  progress->func (fraction, progress->data);
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
static GPtrArray *
choose_sections (AccordBriefing *briefing,
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

static gboolean
sections_belong (AccordBriefing *briefing,
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

static void
block_free (gpointer data)
{
  AccordExportBlock *block = data;

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
                       _accord_export_clean_line (accord_section_get_title (section)));
  if (heading == NULL)
    /* A title that was all control characters still deserves a heading. */
    heading = add_block (document, ACCORD_BLOCK_HEADING, g_strdup (accord_section_get_id (section)));
  heading->level = level;
  heading->in_outline = TRUE;
  heading->outline_parent = parent;
  g_hash_table_insert (headings, section, GINT_TO_POINTER (document->blocks->len - 1));
  document->n_sections++;

  add_block (document, ACCORD_BLOCK_LEAD, _accord_export_clean (accord_section_get_summary (section)));

  strv = accord_section_get_key_points (section);
  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    g_ptr_array_add (items, _accord_export_clean (strv[i]));
  add_list (document, _("Key points"), items);
  g_ptr_array_set_size (items, 0);

  strv = accord_section_get_body (section);
  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    add_block (document, ACCORD_BLOCK_PARAGRAPH, _accord_export_clean (strv[i]));

  for (guint i = 0; i < accord_section_get_n_quotes (section); i++)
    {
      AccordQuote *quote = accord_section_get_quote (section, i);
      g_autofree char *text = _accord_export_clean (accord_quote_get_text (quote));
      g_autofree char *who = accord_actor_dup_attribution (accord_quote_get_speaker (quote));
      g_autofree char *attribution = NULL;
      AccordExportBlock *block;

      /* Translators: a quotation set apart; use your language's quotation marks */
      block = add_block (document, ACCORD_BLOCK_QUOTE, g_strdup_printf (_("“%s”"), text));
      /* Translators: the speaker's name and role, under a quotation */
      attribution = g_strdup_printf (_("— %s"), who);
      block->attribution = _accord_export_clean_line (attribution);
      block->note = non_empty (_accord_export_clean (accord_quote_get_note (quote)));
    }

  for (guint i = 0; i < accord_section_get_n_actors (section); i++)
    {
      g_autofree char *text = describe_actor (accord_section_get_actor (section, i));
      g_ptr_array_add (items, _accord_export_clean_line (text));
    }
  add_list (document, _("People"), items);
  g_ptr_array_set_size (items, 0);

  for (guint i = 0; i < accord_section_get_n_events (section); i++)
    {
      g_autofree char *text = describe_event (accord_section_get_event (section, i));
      g_ptr_array_add (items, _accord_export_clean_line (text));
    }
  add_list (document, _("Related events"), items);
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

  heading = add_block (document, ACCORD_BLOCK_HEADING, g_strdup (_("Sources")));
  heading->level = 1;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AccordSource) source = g_list_model_get_item (sources, i);
      GString *str = g_string_new (accord_source_get_title (source));
      g_autofree char *url = _accord_export_clean_line (accord_source_get_url (source));
      AccordExportBlock *block;

      if (accord_source_get_publisher (source) != NULL)
        g_string_append_printf (str, " — %s", accord_source_get_publisher (source));
      if (accord_source_get_date (source) != NULL)
        {
          g_autofree char *date = accord_date_format (accord_source_get_date (source));
          g_string_append_printf (str, ", %s", date);
        }

      block = add_block (document, ACCORD_BLOCK_ITEM, _accord_export_clean_line (str->str));
      g_string_free (str, TRUE);
      if (block == NULL)
        continue;
      block->note = non_empty (_accord_export_clean (accord_source_get_note (source)));
      if (_accord_export_is_web_url (url))
        block->url = g_steal_pointer (&url);
    }
}

AccordExportDocument *
_accord_export_document_new (AccordBriefing *briefing,
                             GPtrArray      *sections)
{
  AccordExportDocument *document = g_new0 (AccordExportDocument, 1);
  g_autoptr(GPtrArray) chosen = choose_sections (briefing, sections);
  g_autoptr(GHashTable) headings = g_hash_table_new (NULL, NULL);
  GListModel *all = accord_briefing_get_all_sections (briefing);
  gboolean whole = chosen->len == g_list_model_get_n_items (all);

  document->blocks = g_ptr_array_new_with_free_func (block_free);
  document->title = _accord_export_clean_line (accord_briefing_get_title (briefing));
  document->subtitle = _accord_export_clean_line (accord_briefing_get_subtitle (briefing));
  document->language = g_strdup (accord_briefing_get_language (briefing));

  add_block (document, ACCORD_BLOCK_TITLE, g_strdup (document->title));
  add_block (document, ACCORD_BLOCK_SUBTITLE, g_strdup (document->subtitle));
  /* The briefing's own summary introduces the whole, not an excerpt. */
  if (whole)
    add_block (document, ACCORD_BLOCK_LEAD, _accord_export_clean (accord_briefing_get_summary (briefing)));

  for (guint i = 0; i < chosen->len; i++)
    add_section (document, g_ptr_array_index (chosen, i), headings);

  add_sources (document, briefing);

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
  g_free (document);
}

gboolean
accord_export_format_from_string (const char         *text,
                                  AccordExportFormat *format)
{
  static const struct { const char *name; AccordExportFormat format; } names[] = {
    { "pdf", ACCORD_EXPORT_FORMAT_PDF },
    { "txt", ACCORD_EXPORT_FORMAT_TEXT },
    { "text", ACCORD_EXPORT_FORMAT_TEXT },
    { "md", ACCORD_EXPORT_FORMAT_MARKDOWN },
    { "markdown", ACCORD_EXPORT_FORMAT_MARKDOWN },
  };

  g_return_val_if_fail (text != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      if (g_ascii_strcasecmp (text, names[i].name) == 0)
        {
          if (format != NULL)
            *format = names[i].format;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
accord_export_format_get_extension (AccordExportFormat format)
{
  switch (format)
    {
    case ACCORD_EXPORT_FORMAT_TEXT:
      return "txt";
    case ACCORD_EXPORT_FORMAT_MARKDOWN:
      return "md";
    case ACCORD_EXPORT_FORMAT_PDF:
      return "pdf";
    default:
      g_return_val_if_reached (NULL);
    }
}

void
accord_export_options_init (AccordExportOptions *options)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  options->paper_size = ACCORD_PAPER_SIZE_AUTO;
}

/* The countries whose locales use US Letter paper (as glibc's LC_PAPER
 * data has them). */
static AccordPaperSize
paper_size_from_locale (void)
{
  static const char * const letter[] = {
    "US", "CA", "MX", "CL", "CO", "CR", "DO", "GT", "NI", "PA", "PH", "PR", "SV", "VE",
  };
  const char *name = NULL;
  const char *territory;

#ifdef LC_PAPER
  name = setlocale (LC_PAPER, NULL);
#endif
  if (name == NULL)
    name = setlocale (LC_CTYPE, NULL);
  if (name == NULL || (territory = strchr (name, '_')) == NULL)
    return ACCORD_PAPER_SIZE_A4;

  territory++;
  for (guint i = 0; i < G_N_ELEMENTS (letter); i++)
    if (strncmp (territory, letter[i], 2) == 0 &&
        (territory[2] == '\0' || territory[2] == '.' || territory[2] == '@'))
      return ACCORD_PAPER_SIZE_LETTER;

  return ACCORD_PAPER_SIZE_A4;
}

/**
 * accord_export_paper_size_get_points:
 *
 * The page size in points, portrait; %ACCORD_PAPER_SIZE_AUTO is resolved
 * from the current LC_PAPER locale.
 */
void
accord_export_paper_size_get_points (AccordPaperSize  paper_size,
                                     double          *width,
                                     double          *height)
{
  g_return_if_fail (width != NULL && height != NULL);

  if (paper_size == ACCORD_PAPER_SIZE_AUTO)
    paper_size = paper_size_from_locale ();

  if (paper_size == ACCORD_PAPER_SIZE_LETTER)
    {
      *width = LETTER_WIDTH;
      *height = LETTER_HEIGHT;
    }
  else
    {
      *width = A4_WIDTH;
      *height = A4_HEIGHT;
    }
}

static char *
short_title (AccordSection *section)
{
  g_autofree char *title = _accord_export_clean_line (accord_section_get_title (section));
  const char *dash = strstr (title, " — ");

  if (dash != NULL && dash > title)
    return g_strndup (title, dash - title);

  return g_steal_pointer (&title);
}

/**
 * accord_export_suggest_filename:
 *
 * A file name for the export: the briefing's title, followed for an
 * excerpt by the short name of its section ("Canada–Korea defence
 * agreement — Pillar 3.pdf").  Never contains a slash or a control
 * character, never starts with a dot, and stays well under 255 bytes.
 */
char *
accord_export_suggest_filename (AccordBriefing     *briefing,
                                GPtrArray          *sections,
                                AccordExportFormat  format)
{
  g_autoptr(GPtrArray) chosen = NULL;
  g_autoptr(GString) name = NULL;
  g_autofree char *base = NULL;
  GListModel *all;
  const char *end;

  g_return_val_if_fail (ACCORD_IS_BRIEFING (briefing), NULL);
  g_return_val_if_fail (sections_belong (briefing, sections), NULL);

  all = accord_briefing_get_all_sections (briefing);
  chosen = choose_sections (briefing, sections);
  name = g_string_new (NULL);
  base = _accord_export_clean_line (accord_briefing_get_title (briefing));
  g_string_append (name, base);

  if (chosen->len < g_list_model_get_n_items (all))
    {
      g_autoptr(GString) part = g_string_new (NULL);

      for (guint i = 0; i < chosen->len && chosen->len <= 3; i++)
        {
          g_autofree char *title = short_title (g_ptr_array_index (chosen, i));

          if (i > 0)
            g_string_append (part, ", ");
          g_string_append (part, title);
        }

      if (chosen->len > 3 || g_utf8_strlen (part->str, -1) > 60)
        {
          g_string_truncate (part, 0);
          g_string_printf (part, ngettext ("%u section", "%u sections", chosen->len), chosen->len);
        }

      g_string_append_printf (name, " — %s", part->str);
    }

  for (gsize i = 0; i < name->len; i++)
    if (name->str[i] == '/' || name->str[i] == '\\')
      name->str[i] = '-';

  while (name->len > 0 && (name->str[0] == '.' || name->str[0] == ' '))
    g_string_erase (name, 0, 1);

  if (name->len > MAX_FILENAME_BYTES)
    {
      g_utf8_validate (name->str, MAX_FILENAME_BYTES, &end);
      g_string_truncate (name, end - name->str);
    }
  while (name->len > 0 && name->str[name->len - 1] == ' ')
    g_string_truncate (name, name->len - 1);

  if (name->len == 0)
    g_string_assign (name, _("Briefing"));

  g_string_append_printf (name, ".%s", accord_export_format_get_extension (format));

  return g_string_free (g_steal_pointer (&name), FALSE);
}

/**
 * accord_export_to_bytes:
 * @sections: (nullable) (element-type AccordSection): what to export, in
 *   any order; %NULL or empty for the whole briefing
 * @options: (nullable): %NULL for the defaults
 * @progress: (nullable): called in this thread as the work advances
 *
 * Renders the export in memory.  Cancellation is checked before starting
 * and between sections and pages.
 *
 * Returns: (transfer full): the file's contents, or %NULL with @error set
 */
GBytes *
accord_export_to_bytes (AccordBriefing            *briefing,
                        GPtrArray                 *sections,
                        AccordExportFormat         format,
                        const AccordExportOptions *options,
                        AccordExportProgressFunc   progress,
                        gpointer                   progress_data,
                        GCancellable              *cancellable,
                        GError                   **error)
{
  g_autoptr(AccordExportDocument) document = NULL;
  AccordExportProgress report = { progress, progress_data, -1.0 };
  AccordPaperSize paper_size = options ? options->paper_size : ACCORD_PAPER_SIZE_AUTO;
  GBytes *bytes = NULL;
  double width, height;

  g_return_val_if_fail (ACCORD_IS_BRIEFING (briefing), NULL);
  g_return_val_if_fail (sections_belong (briefing, sections), NULL);
  g_return_val_if_fail (format <= ACCORD_EXPORT_FORMAT_PDF, NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  _accord_export_progress (&report, 0.0);
  document = _accord_export_document_new (briefing, sections);

  switch (format)
    {
    case ACCORD_EXPORT_FORMAT_TEXT:
      bytes = _accord_export_text (document, &report, cancellable, error);
      break;

    case ACCORD_EXPORT_FORMAT_MARKDOWN:
      bytes = _accord_export_markdown (document, &report, cancellable, error);
      break;

    case ACCORD_EXPORT_FORMAT_PDF:
      accord_export_paper_size_get_points (paper_size, &width, &height);
      bytes = _accord_export_pdf (document, width, height, &report, cancellable, error);
      break;

    default:
      g_assert_not_reached ();
    }

  if (bytes != NULL)
    _accord_export_progress (&report, 1.0);

  return bytes;
}

static const char *
describe_file_error (const GError *error)
{
  if (error->domain != G_FILE_ERROR)
    return error->message;

  switch (error->code)
    {
    case G_FILE_ERROR_NOENT:
      return _("The folder does not exist");
    case G_FILE_ERROR_NOTDIR:
      return _("A part of the path is not a folder");
    case G_FILE_ERROR_ACCES:
    case G_FILE_ERROR_PERM:
      return _("Permission denied");
    case G_FILE_ERROR_ROFS:
      return _("The disk is read-only");
    case G_FILE_ERROR_NOSPC:
      return _("The disk is full");
    case G_FILE_ERROR_ISDIR:
      return _("It is a folder");
    case G_FILE_ERROR_NAMETOOLONG:
      return _("The name is too long");
    default:
      return error->message;
    }
}

/**
 * accord_export_write:
 *
 * Writes @bytes to @file atomically: into a temporary file beside it that
 * is synced and then renamed over the target.  On any failure the file
 * that was there is left as it was (g_file_replace_contents() is not used:
 * on a full disk it renames the partial file over the original).
 */
gboolean
accord_export_write (GBytes  *bytes,
                     GFile   *file,
                     GError **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *display = NULL;
  const char *path;
  const char *data;
  gsize length;

  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  path = g_file_peek_path (file);
  if (path == NULL)
    {
      display = g_file_get_parse_name (file);
      g_set_error (error, ACCORD_ERROR, ACCORD_ERROR_EXPORT,
                   _("Could not write “%s”: only local files can be written"), display);
      return FALSE;
    }

  data = g_bytes_get_data (bytes, &length);
  if (g_file_set_contents_full (path, data != NULL ? data : "", length,
                                G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                0666, &local_error))
    return TRUE;

  display = g_filename_display_name (path);
  g_set_error (error, ACCORD_ERROR, ACCORD_ERROR_EXPORT,
               _("Could not write “%s”: %s"), display, describe_file_error (local_error));
  return FALSE;
}

static void
export_task_free (gpointer data)
{
  ExportTask *self = data;

  g_clear_object (&self->briefing);
  g_clear_pointer (&self->sections, g_ptr_array_unref);
  g_clear_object (&self->file);
  g_assert (self->progress_data_free == NULL);
  g_mutex_clear (&self->lock);
  g_free (self);
}

static gboolean
deliver_progress (gpointer data)
{
  GTask *task = data;
  ExportTask *self = g_task_get_task_data (task);
  double fraction;

  g_mutex_lock (&self->lock);
  fraction = self->fraction;
  self->pending = FALSE;
  g_mutex_unlock (&self->lock);

  /* Nothing may arrive after the caller has been told the result. */
  if (!self->done)
    self->progress (fraction, self->progress_data);

  return G_SOURCE_REMOVE;
}

/* Runs in the worker; coalesces reports until the main context has
 * taken the previous one, so a slow main loop is never flooded.  An idle
 * source rather than g_main_context_invoke(), which would call back in
 * the worker when no thread owns the context. */
static void
worker_progress (double   fraction,
                 gpointer data)
{
  GTask *task = data;
  ExportTask *self = g_task_get_task_data (task);

  g_mutex_lock (&self->lock);
  self->fraction = fraction;
  if (!self->pending)
    {
      g_autoptr(GSource) source = g_idle_source_new ();

      self->pending = TRUE;
      g_source_set_priority (source, G_PRIORITY_DEFAULT);
      g_source_set_callback (source, deliver_progress, g_object_ref (task), g_object_unref);
      g_source_set_static_name (source, "[accord] export progress");
      g_source_attach (source, g_task_get_context (task));
    }
  g_mutex_unlock (&self->lock);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportTask *self = task_data;
  g_autoptr(GBytes) bytes = NULL;
  GError *error = NULL;

  bytes = accord_export_to_bytes (self->briefing, self->sections, self->format,
                                  &self->options,
                                  self->progress != NULL ? worker_progress : NULL, task,
                                  cancellable, &error);

  if (bytes == NULL ||
      g_cancellable_set_error_if_cancelled (cancellable, &error) ||
      !accord_export_write (bytes, self->file, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/* Back in the caller's context: the progress data is released here, not
 * in whichever thread drops the worker task last, and before the caller
 * hears the result. */
static void
export_done (GObject      *source_object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) outer = user_data;
  ExportTask *self = g_task_get_task_data (G_TASK (result));
  GError *error = NULL;

  self->done = TRUE;
  if (self->progress_data_free != NULL)
    self->progress_data_free (self->progress_data);
  self->progress_data_free = NULL;
  self->progress_data = NULL;

  if (g_task_propagate_boolean (G_TASK (result), &error))
    g_task_return_boolean (outer, TRUE);
  else
    g_task_return_error (outer, error);
}

/**
 * accord_export_to_file_async:
 * @progress: (nullable): called in the thread-default main context of the
 *   caller, never after @callback
 * @progress_data_free: (nullable): called in that context too, before
 *   @callback
 *
 * Renders and writes the export in a worker thread.  The briefing and its
 * objects must not change meanwhile (they never do once loaded).  Once
 * the file is written, the result is success even if @cancellable was
 * cancelled in the meantime.
 */
void
accord_export_to_file_async (AccordBriefing            *briefing,
                             GPtrArray                 *sections,
                             AccordExportFormat         format,
                             const AccordExportOptions *options,
                             GFile                     *file,
                             AccordExportProgressFunc   progress,
                             gpointer                   progress_data,
                             GDestroyNotify             progress_data_free,
                             GCancellable              *cancellable,
                             GAsyncReadyCallback        callback,
                             gpointer                   user_data)
{
  g_autoptr(GTask) task = NULL;
  GTask *outer;
  ExportTask *self;

  g_return_if_fail (ACCORD_IS_BRIEFING (briefing));
  g_return_if_fail (sections_belong (briefing, sections));
  g_return_if_fail (format <= ACCORD_EXPORT_FORMAT_PDF);
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  self = g_new0 (ExportTask, 1);
  g_mutex_init (&self->lock);
  self->briefing = g_object_ref (briefing);
  if (sections != NULL)
    {
      self->sections = g_ptr_array_new_full (sections->len, g_object_unref);
      for (guint i = 0; i < sections->len; i++)
        g_ptr_array_add (self->sections, g_object_ref (g_ptr_array_index (sections, i)));
    }
  self->format = format;
  if (options != NULL)
    self->options = *options;
  else
    accord_export_options_init (&self->options);

  /* The locale is read here, not in the worker. */
  if (self->options.paper_size == ACCORD_PAPER_SIZE_AUTO)
    self->options.paper_size = paper_size_from_locale ();
  self->file = g_object_ref (file);
  self->progress = progress;
  self->progress_data = progress_data;
  self->progress_data_free = progress_data_free;

  outer = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (outer, accord_export_to_file_async);
  g_task_set_check_cancellable (outer, FALSE);

  task = g_task_new (NULL, cancellable, export_done, outer);
  g_task_set_source_tag (task, export_thread);
  g_task_set_name (task, "[accord] export");
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, self, export_task_free);
  g_task_run_in_thread (task, export_thread);
}

gboolean
accord_export_to_file_finish (GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == accord_export_to_file_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
