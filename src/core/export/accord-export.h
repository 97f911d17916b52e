/* accord-export.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "accord-export-layout.h"
#include "accord-export-progress.h"
#include "accord-types.h"

G_BEGIN_DECLS

typedef enum
{
  ACCORD_EXPORT_FORMAT_TEXT,
  ACCORD_EXPORT_FORMAT_MARKDOWN,
  ACCORD_EXPORT_FORMAT_PDF,
} AccordExportFormat;

/**
 * AccordPaperSize:
 * @ACCORD_PAPER_SIZE_AUTO: US Letter where the LC_PAPER locale uses it,
 *   A4 elsewhere
 */
typedef enum
{
  ACCORD_PAPER_SIZE_AUTO,
  ACCORD_PAPER_SIZE_A4,
  ACCORD_PAPER_SIZE_LETTER,
} AccordPaperSize;

/**
 * AccordExportAnnotation:
 *
 * One of the reader's highlights or notes, for "Include my notes" and
 * "Notes only" (accord_notes_dup_export_annotations() makes them from the
 * notes).  @field and @exact are %NULL for a note on a whole section;
 * @body is %NULL for a highlight without a note.
 */
typedef struct
{
  char    *section_id;
  char    *section_title;  /* for a note whose section is gone */
  char    *field;
  guint    index;
  char    *exact;
  char    *body;
  char    *colour_label;   /* "Yellow", translated */
  guint32  rgb;            /* 0xRRGGBB */
  char    *date;           /* when it was written, YYYY-MM-DD */
  gboolean detached;
} AccordExportAnnotation;

void accord_export_annotation_free (AccordExportAnnotation *annotation);

typedef struct
{
  AccordPaperSize paper_size;
  /* AccordExportAnnotation, in document order, or NULL for no notes */
  GPtrArray *annotations;
  /* Only the notes, with their passages, as a reading memo */
  gboolean annotations_only;
} AccordExportOptions;

gboolean    accord_export_format_from_string   (const char                *text,
                                                AccordExportFormat        *format);
const char *accord_export_format_get_extension (AccordExportFormat         format);
void        accord_export_options_init         (AccordExportOptions       *options);
void        accord_export_paper_size_get_points (AccordPaperSize           paper_size,
                                                double                    *width,
                                                double                    *height);
char       *accord_export_suggest_filename     (AccordBriefing            *briefing,
                                                GPtrArray                 *sections,
                                                AccordExportFormat         format);
GBytes     *accord_export_to_bytes             (AccordBriefing            *briefing,
                                                GPtrArray                 *sections,
                                                AccordExportFormat         format,
                                                const AccordExportOptions *options,
                                                AccordExportProgressFunc   progress,
                                                gpointer                   progress_data,
                                                GCancellable              *cancellable,
                                                GError                   **error);
gboolean    accord_export_write                (GBytes                    *bytes,
                                                GFile                     *file,
                                                GError                   **error);
void        accord_export_to_file_async        (AccordBriefing            *briefing,
                                                GPtrArray                 *sections,
                                                AccordExportFormat         format,
                                                const AccordExportOptions *options,
                                                GFile                     *file,
                                                AccordExportProgressFunc   progress,
                                                gpointer                   progress_data,
                                                GDestroyNotify             progress_data_free,
                                                GCancellable              *cancellable,
                                                GAsyncReadyCallback        callback,
                                                gpointer                   user_data);
gboolean    accord_export_to_file_finish       (GAsyncResult              *result,
                                                GError                   **error);

/* Here, not in accord-export-layout.h: it needs AccordExportOptions. */
AccordExportLayout *accord_export_layout_new_with_options (AccordBriefing            *briefing,
                                                           GPtrArray                 *sections,
                                                           const AccordExportOptions *options,
                                                           double                     page_width,
                                                           double                     page_height);

G_END_DECLS
