/* test-export-notes.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Exports with the reader's notes: the PDF read back with poppler (the
 * passage followed by its number, the numbered note after its paragraph,
 * the passage drawn on the note's colour), and the notes-only memo, also
 * as printing lays it out.
 */

#include "config.h"

#include <cairo-pdf.h>
#include <string.h>

#include "accord-briefing.h"
#include "accord-export.h"
#include "accord-loader.h"
#include "accord-note-store.h"

#if __has_include (<poppler.h>)
# include <poppler.h>
#endif

#define PASSAGE "setting the legal framework"

static GPtrArray *
make_annotations (AccordBriefing *briefing)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/accord-test-notes.json");
  g_autoptr(AccordNoteStore) store = accord_note_store_new (file);
  const char *text = accord_note_get_field_text (briefing, ACCORD_NOTE_TARGET_SECTION, "signing",
                                                 ACCORD_NOTE_FIELD_BODY, 0);
  const char *p = strstr (text, PASSAGE);
  glong start = g_utf8_pointer_to_offset (text, p);
  g_autoptr(AccordNote) note = accord_note_new (ACCORD_NOTE_TARGET_SECTION, "signing",
                                                ACCORD_NOTE_FIELD_BODY, 0, text,
                                                start, start + strlen (PASSAGE));

  accord_note_store_add (store, note);
  accord_note_store_update (store, note, "Check the date in the statement.", ACCORD_NOTE_COLOUR_GREEN);
  return accord_notes_dup_export_annotations (store, briefing);
}

#if __has_include (<poppler.h>)
/* How many pixels under the @nth match of @words are @rgb, of how many. */
static void
count_colour (PopplerPage *page,
              const char  *words,
              guint        nth,
              guint32      rgb,
              guint       *matching,
              guint       *total)
{
  GList *found = poppler_page_find_text (page, words);
  PopplerRectangle *rect;
  cairo_surface_t *surface;
  cairo_t *cr;
  double width, height;

  g_assert_cmpuint (g_list_length (found), >, nth);
  rect = g_list_nth_data (found, nth);
  poppler_page_get_size (page, &width, &height);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) width, (int) height);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  poppler_page_render (page, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  *matching = *total = 0;
  /* poppler's rectangles are from the bottom of the page. */
  for (int y = (int) (height - rect->y2) + 1; y < (int) (height - rect->y1) - 1; y++)
    for (int x = (int) rect->x1 + 1; x < (int) rect->x2 - 1; x++)
      {
        guint32 pixel = ((guint32 *) (cairo_image_surface_get_data (surface)
                                      + y * cairo_image_surface_get_stride (surface)))[x] & 0xffffff;
        (*total)++;
        if (pixel == rgb)
          (*matching)++;
      }
  cairo_surface_destroy (surface);
  g_list_free_full (found, (GDestroyNotify) poppler_rectangle_free);
}

/* The first page that shows @words: the timeline figure on the first page
 * decides how much of the first section follows it there. */
static PopplerPage *
page_with (PopplerDocument *document,
           const char      *words)
{
  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      PopplerPage *page = poppler_document_get_page (document, i);
      GList *found = poppler_page_find_text (page, words);

      if (found != NULL)
        {
          g_list_free_full (found, (GDestroyNotify) poppler_rectangle_free);
          return page;
        }
      g_object_unref (page);
    }

  g_assert_not_reached ();
}
#endif

static void
test_pdf_with_notes (void)
{
#if __has_include (<poppler.h>)
  g_autoptr(AccordBriefing) briefing = accord_loader_load_bundled (NULL);
  g_autoptr(GPtrArray) annotations = make_annotations (briefing);
  g_autoptr(GBytes) bytes = NULL;
  PopplerDocument *document;
  PopplerPage *page;
  PopplerPage *passage_page;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  guint32 rgb = 0x8ff0a4;  /* green */
  guint matching = 0, total = 0;
  AccordExportOptions options;

  accord_export_options_init (&options);
  options.annotations = annotations;
  bytes = accord_export_to_bytes (briefing, NULL, ACCORD_EXPORT_FORMAT_PDF, &options,
                                  NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  document = poppler_document_new_from_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  page = poppler_document_get_page (document, 0);
  passage_page = page_with (document, "the legal framework[1]");
  {
    /* The note may follow its paragraph onto the second page. */
    PopplerPage *second = poppler_document_get_page (document, 1);
    g_autofree char *first_text = poppler_page_get_text (page);
    g_autofree char *second_text = poppler_page_get_text (second);

    text = g_strconcat (first_text, "\n", second_text, NULL);
    g_object_unref (second);
  }
  flat = g_strdelimit (g_strdup (text), "\n", ' ');

  g_assert_nonnull (strstr (flat, PASSAGE "[1]"));
  g_assert_nonnull (strstr (flat, "[1] Green: “" PASSAGE "”"));
  g_assert_nonnull (strstr (flat, "Check the date in the statement."));
  /* The note comes after the paragraph it belongs to. */
  g_assert_true (strstr (flat, PASSAGE "[1]") < strstr (flat, "[1] Green"));

  /* The passage is drawn on green: a good part of the box under it is
   * green (the rest is "the ", "[1]" and the letters); text not highlighted has none. */
  count_colour (passage_page, "the legal framework[1]", 0, rgb, &matching, &total);
  g_assert_cmpuint (total, >, 0);
  g_assert_cmpuint (matching * 3, >, total);
  /* The same words in the briefing's summary, not highlighted. */
  count_colour (page, "legal framework", 0, rgb, &matching, &total);
  g_assert_cmpuint (total, >, 0);
  g_assert_cmpuint (matching, ==, 0);
  count_colour (page, "defence ministers of Canada", 0, rgb, &matching, &total);
  g_assert_cmpuint (total, >, 0);
  g_assert_cmpuint (matching, ==, 0);

  g_object_unref (passage_page);
  g_object_unref (page);
  g_object_unref (document);
#else
  g_test_skip ("poppler-glib is missing");
#endif
}

static void
test_text_notes_only (void)
{
  g_autoptr(AccordBriefing) briefing = accord_loader_load_bundled (NULL);
  g_autoptr(GPtrArray) annotations = make_annotations (briefing);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  AccordExportOptions options;

  accord_export_options_init (&options);
  options.annotations = annotations;
  options.annotations_only = TRUE;
  bytes = accord_export_to_bytes (briefing, NULL, ACCORD_EXPORT_FORMAT_TEXT, &options,
                                  NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_nonnull (strstr (text, "\nCanada–Korea defence agreement\n"));
  g_assert_nonnull (strstr (text, "Reading notes"));
  g_assert_nonnull (strstr (text, "The signing and the joint statement"));
  g_assert_nonnull (strstr (text, "“" PASSAGE "”"));
  g_assert_nonnull (strstr (text, "[1] Green, "));
  /* Only the sections with notes, and none of their paragraphs. */
  g_assert_null (strstr (text, "Pillar 1"));
  g_assert_null (strstr (text, "deepened alliance"));
}

#if __has_include (<poppler.h>)
static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}
#endif

/* Printing lays out the notes as the export does: the memo on its page. */
static void
test_print_layout_notes_only (void)
{
#if __has_include (<poppler.h>)
  g_autoptr(AccordBriefing) briefing = accord_loader_load_bundled (NULL);
  g_autoptr(GPtrArray) annotations = make_annotations (briefing);
  g_autoptr(AccordExportLayout) layout = NULL;
  g_autoptr(AccordExportLayout) plain = NULL;
  g_autoptr(GByteArray) pdf = g_byte_array_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  PopplerDocument *document;
  PopplerPage *page;
  cairo_surface_t *surface;
  cairo_t *cr;
  AccordExportOptions options;

  accord_export_options_init (&options);
  options.annotations = annotations;
  options.annotations_only = TRUE;
  layout = accord_export_layout_new_with_options (briefing, NULL, &options, 595, 842);
  plain = accord_export_layout_new_with_options (briefing, NULL, NULL, 595, 842);
  g_assert_cmpuint (accord_export_layout_get_n_pages (layout), ==, 1);
  g_assert_cmpuint (accord_export_layout_get_n_pages (plain), >, 1);

  surface = cairo_pdf_surface_create_for_stream (append_bytes, pdf, 595, 842);
  cr = cairo_create (surface);
  accord_export_layout_draw_page (layout, cr, 0);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  bytes = g_byte_array_free_to_bytes (g_steal_pointer (&pdf));
  document = poppler_document_new_from_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  page = poppler_document_get_page (document, 0);
  text = poppler_page_get_text (page);
  g_assert_nonnull (strstr (text, "Reading notes"));
  g_assert_nonnull (strstr (text, "Check the date in the statement."));
  g_assert_null (strstr (text, "Pillar 1"));
  g_object_unref (page);
  g_object_unref (document);
#else
  g_test_skip ("poppler-glib is missing");
#endif
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export-notes/pdf", test_pdf_with_notes);
  g_test_add_func ("/export-notes/text-notes-only", test_text_notes_only);
  g_test_add_func ("/export-notes/print-layout-notes-only", test_print_layout_notes_only);

  return g_test_run ();
}
