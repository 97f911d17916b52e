/* accord-export.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

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

typedef struct
{
  AccordPaperSize paper_size;
} AccordExportOptions;

/**
 * AccordExportProgressFunc:
 * @fraction: work done so far, from 0 to 1
 *
 * Called in the thread (or, for the async API, the main context) of the
 * caller, never from a worker thread.
 */
typedef void (*AccordExportProgressFunc) (double   fraction,
                                          gpointer user_data);

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

/*
 * AccordExportLayout: the paginated PDF document, shared with printing.
 * Sizes are in points; draw_page expects a cairo_t whose user space is the
 * page in points with the origin at the top left.
 */
#define ACCORD_TYPE_EXPORT_LAYOUT (accord_export_layout_get_type ())

G_DECLARE_FINAL_TYPE (AccordExportLayout, accord_export_layout, ACCORD, EXPORT_LAYOUT, GObject)

AccordExportLayout *accord_export_layout_new         (AccordBriefing     *briefing,
                                                      GPtrArray          *sections,
                                                      double              page_width,
                                                      double              page_height);
guint               accord_export_layout_get_n_pages (AccordExportLayout *self);
void                accord_export_layout_draw_page   (AccordExportLayout *self,
                                                      cairo_t            *cr,
                                                      guint               page);

G_END_DECLS
