/* accord-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The export API: formats and options, file names, rendering to bytes
 * through one of the writers, and the worker thread.  What an export says
 * is built in accord-export-document.c; the writers are
 * accord-export-text.c, accord-export-markdown.c and accord-export-pdf.c
 * (whose pages are laid out in accord-export-layout.c); the atomic write is
 * accord-export-write.c.
 */

#define G_LOG_DOMAIN "accord-export"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "accord-briefing.h"
#include "accord-export.h"
#include "accord-export-writers.h"
#include "accord-section.h"

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
} AccordExportTask;

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
  g_autofree char *title = accord_text_clean (accord_section_get_title (section), ACCORD_EXPORT_CLEAN_LINE);
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
  g_return_val_if_fail (_accord_export_sections_belong (briefing, sections), NULL);

  all = accord_briefing_get_all_sections (briefing);
  chosen = _accord_export_choose_sections (briefing, sections);
  name = g_string_new (NULL);
  base = accord_text_clean (accord_briefing_get_title (briefing), ACCORD_EXPORT_CLEAN_LINE);
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
  g_return_val_if_fail (_accord_export_sections_belong (briefing, sections), NULL);
  g_return_val_if_fail (format <= ACCORD_EXPORT_FORMAT_PDF, NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  _accord_export_progress_report (&report, 0.0);
  document = _accord_export_document_new (briefing, sections);
  if (options != NULL && options->annotations != NULL)
    _accord_export_document_annotate (document, options->annotations, options->annotations_only);

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
    _accord_export_progress_report (&report, 1.0);

  return bytes;
}


static void
export_task_free (gpointer data)
{
  AccordExportTask *self = data;

  g_clear_object (&self->briefing);
  g_clear_pointer (&self->sections, g_ptr_array_unref);
  g_clear_pointer (&self->options.annotations, g_ptr_array_unref);
  g_clear_object (&self->file);
  g_assert (self->progress_data_free == NULL);
  g_mutex_clear (&self->lock);
  g_free (self);
}

static gboolean
deliver_progress (gpointer data)
{
  GTask *task = data;
  AccordExportTask *self = g_task_get_task_data (task);
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
  AccordExportTask *self = g_task_get_task_data (task);

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
  AccordExportTask *self = task_data;
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
  AccordExportTask *self = g_task_get_task_data (G_TASK (result));
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
  AccordExportTask *self;

  g_return_if_fail (ACCORD_IS_BRIEFING (briefing));
  g_return_if_fail (_accord_export_sections_belong (briefing, sections));
  g_return_if_fail (format <= ACCORD_EXPORT_FORMAT_PDF);
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  self = g_new0 (AccordExportTask, 1);
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
  /* The worker reads the notes after the caller has returned. */
  if (self->options.annotations != NULL)
    g_ptr_array_ref (self->options.annotations);

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
