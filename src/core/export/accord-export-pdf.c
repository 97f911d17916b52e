/* accord-export-pdf.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The PDF writer: the export layout's pages drawn onto cairo's PDF
 * surface, in memory, with metadata, an outline and a structure tree
 * (tagged PDF, so that screen readers get headings and reading order).
 */

#define G_LOG_DOMAIN "accord-export-pdf"

#include "config.h"

#include <glib/gi18n.h>
#include <cairo-pdf.h>

#include "accord-export-layout-private.h"
#include "accord-export-writers.h"

static cairo_status_t
append_to_array (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static void
set_metadata (cairo_surface_t      *surface,
              AccordExportDocument *document)
{
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *date = NULL;
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  gint64 seconds;

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, document->title);
  if (document->subtitle != NULL && document->subtitle[0] != '\0')
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, document->subtitle);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Accord");

  /* Reproducible builds set this to make files byte-identical. */
  if (epoch != NULL && g_ascii_string_to_signed (epoch, 10, 0, G_MAXINT64, &seconds, NULL))
    now = g_date_time_new_from_unix_utc (seconds);
  if (now == NULL)
    now = g_date_time_new_now_utc ();
  date = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
}

/* Rendered in memory: cairo_pdf_surface_create() on a path would write
 * in place and leave a truncated file on a full disk. */
GBytes *
_accord_export_pdf (AccordExportDocument  *document,
                    double                 page_width,
                    double                 page_height,
                    AccordExportProgress  *progress,
                    GCancellable          *cancellable,
                    GError               **error)
{
  g_autoptr(AccordExportLayout) self = NULL;
  g_autoptr(GByteArray) data = NULL;
  g_autoptr(AccordExportTagger) tagger = _accord_export_tagger_new ();
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  gboolean cancelled = FALSE;
  guint n_pages;

  self = _accord_export_layout_new_for_document (document, page_width, page_height,
                                                 progress, cancellable, error);
  if (self == NULL)
    return NULL;

  data = g_byte_array_new ();
  surface = cairo_pdf_surface_create_for_stream (append_to_array, data, page_width, page_height);
  cr = cairo_create (surface);
  set_metadata (surface, document);
  n_pages = accord_export_layout_get_n_pages (self);

  for (guint page = 0; page < n_pages; page++)
    {
      if ((cancelled = g_cancellable_set_error_if_cancelled (cancellable, error)))
        break;

      _accord_export_layout_draw_page_tagged (self, cr, page, tagger);
      /* Every element ends on the last page, not on a new empty one. */
      if (page + 1 == n_pages)
        _accord_export_tagger_close_all (tagger, cr);
      cairo_show_page (cr);
      _accord_export_progress_report (progress, 0.6 + 0.4 * (page + 1) / n_pages);
    }

  if (cancelled)
    {
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
      return NULL;
    }

  _accord_export_layout_add_outline (self, surface);
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, ACCORD_ERROR, ACCORD_ERROR_EXPORT,
                   _("Could not make the PDF: %s"), cairo_status_to_string (status));
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

