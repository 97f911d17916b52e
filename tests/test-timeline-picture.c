/* test-timeline-picture.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The timeline as a picture: sizes at 1× and 2×, SVG that parses and
 * carries the events' text, a range, and no events at all.
 */

#define G_LOG_DOMAIN "test-timeline-picture"

#include "config.h"

#include <math.h>
#include <string.h>

#include "accord-briefing.h"
#include "accord-date.h"
#include "accord-export.h"
#include "accord-loader.h"
#include "accord-timeline-picture.h"

#if __has_include (<poppler.h>)
# include <poppler.h>
# define HAVE_POPPLER 1
#else
# define HAVE_POPPLER 0
#endif

static const char hostile_json[] =
  "{ \"format\": \"accord-briefing\", \"version\": 1, \"id\": \"pic\",\n"
  "  \"title\": \"<b>Tom & Jerry</b> \\u202Eevil\", \"sections\": [ { \"id\": \"s\", \"title\": \"S\", \"body\": [ \"B\" ] } ],\n"
  "  \"events\": [\n"
  "    { \"id\": \"a\", \"date\": \"2024-03-01\", \"title\": \"First <x> & \\\"quoted\\\"\" },\n"
  "    { \"id\": \"b\", \"date\": \"2024-05\", \"title\": \"A month\" },\n"
  "    { \"id\": \"c\", \"date\": \"2024-06-10/2024-07-20\", \"title\": \"An interval\" },\n"
  "    { \"id\": \"d\", \"date\": \"2024-09-01~\", \"title\": \"Roughly then\" }\n"
  "  ] }\n";

static AccordBriefing *
load_json (const char *json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, strlen (json));
  AccordBriefing *briefing = accord_loader_load_bytes (bytes, "picture.json", &error);

  g_assert_no_error (error);
  g_assert_nonnull (briefing);
  return briefing;
}

static AccordTimelinePicture *
picture_for (AccordBriefing *briefing)
{
  return accord_timeline_picture_new (accord_briefing_get_timeline (briefing),
                                      accord_briefing_get_title (briefing),
                                      accord_briefing_get_language (briefing));
}

static GBytes *
render (AccordTimelinePicture       *picture,
        AccordTimelinePictureFormat  format,
        double                       scale)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = accord_timeline_picture_to_bytes (picture, format, ACCORD_TIMELINE_PICTURE_WIDTH,
                                                    scale, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return bytes;
}

/* The width and height in a PNG's IHDR chunk. */
static void
png_size (GBytes *png,
          guint  *width,
          guint  *height)
{
  gsize length;
  const guint8 *data = g_bytes_get_data (png, &length);

  g_assert_cmpuint (length, >, 24);
  g_assert_true (memcmp (data, "\x89PNG\r\n\x1a\n", 8) == 0);
  g_assert_true (memcmp (data + 12, "IHDR", 4) == 0);
  *width = (guint) data[16] << 24 | data[17] << 16 | data[18] << 8 | data[19];
  *height = (guint) data[20] << 24 | data[21] << 16 | data[22] << 8 | data[23];
}

static void
test_png_scale (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordBriefing) briefing = accord_loader_load_bundled (&error);
  g_autoptr(AccordTimelinePicture) picture = picture_for (briefing);
  g_autoptr(GBytes) one = render (picture, ACCORD_TIMELINE_PICTURE_PNG, 1);
  g_autoptr(GBytes) two = render (picture, ACCORD_TIMELINE_PICTURE_PNG, 2);
  double height = accord_timeline_picture_get_height (picture, ACCORD_TIMELINE_PICTURE_WIDTH);
  guint w1, h1, w2, h2;

  png_size (one, &w1, &h1);
  png_size (two, &w2, &h2);
  g_assert_cmpuint (w1, ==, 1200);
  g_assert_cmpuint (h1, ==, (guint) ceil (height));
  /* Title, axis and one lane at least; not a page of empty lanes. */
  g_assert_cmpuint (h1, >, 120);
  g_assert_cmpuint (h1, <, 400);
  g_assert_cmpuint (w2, ==, 2 * w1);
  g_assert_cmpuint (h2, ==, 2 * h1);
}

typedef struct
{
  GString *text;
  gboolean in_text_element;
  guint n_elements;
} SvgState;

static void
svg_start (GMarkupParseContext  *context,
           const char           *name,
           const char          **attribute_names,
           const char          **attribute_values,
           gpointer              data,
           GError              **error)
{
  SvgState *state = data;

  state->n_elements++;
  state->in_text_element = g_str_equal (name, "title") || g_str_equal (name, "desc");
}

static void
svg_end (GMarkupParseContext  *context,
         const char           *name,
         gpointer              data,
         GError              **error)
{
  ((SvgState *) data)->in_text_element = FALSE;
}

static void
svg_text (GMarkupParseContext  *context,
          const char           *text,
          gsize                 length,
          gpointer              data,
          GError              **error)
{
  SvgState *state = data;

  if (state->in_text_element)
    g_string_append_len (state->text, text, length);
}

/* Parsed as XML, strictly: GMarkup refuses what is not well-formed.
 * Returns the text of <title> and <desc>, unescaped. */
static char *
svg_parse (GBytes *svg)
{
  static const GMarkupParser parser = { svg_start, svg_end, svg_text, NULL, NULL };
  g_autoptr(GError) error = NULL;
  SvgState state = { g_string_new (NULL), FALSE, 0 };
  GMarkupParseContext *context = g_markup_parse_context_new (&parser, G_MARKUP_PREFIX_ERROR_POSITION, &state, NULL);
  gsize length;
  const char *data = g_bytes_get_data (svg, &length);
  const char *start = strstr (data, "<svg");

  /* GMarkup takes no XML declaration. */
  g_assert_nonnull (start);
  g_assert_true (g_str_has_prefix (data, "<?xml"));
  g_markup_parse_context_parse (context, start, length - (start - data), &error);
  g_assert_no_error (error);
  g_markup_parse_context_end_parse (context, &error);
  g_assert_no_error (error);
  g_markup_parse_context_free (context);
  g_assert_cmpuint (state.n_elements, >, 10);

  return g_string_free (state.text, FALSE);
}

static void
test_svg (void)
{
  g_autoptr(AccordBriefing) briefing = load_json (hostile_json);
  g_autoptr(AccordTimelinePicture) picture = picture_for (briefing);
  g_autoptr(GBytes) svg = render (picture, ACCORD_TIMELINE_PICTURE_SVG, 1);
  g_autofree char *text = svg_parse (svg);

  g_test_message ("%s", text);
  /* Unescaped again, and without the bidi override. */
  g_assert_true (g_str_has_prefix (text, "<b>Tom & Jerry</b> evil"));
  g_assert_nonnull (strstr (text, "1 March 2024 — First <x> & \"quoted\"\n"));
  g_assert_nonnull (strstr (text, "May 2024 — A month\n"));
  g_assert_nonnull (strstr (text, "— An interval\n"));
  g_assert_nonnull (strstr (text, "— Roughly then"));
  g_assert_null (strstr (text, "\u202E"));
}

static void
test_range (void)
{
  g_autoptr(AccordBriefing) briefing = load_json (hostile_json);
  g_autoptr(AccordTimelinePicture) picture = picture_for (briefing);
  g_autoptr(GPtrArray) all = accord_timeline_picture_describe (picture, G_MAXUINT);
  g_autoptr(GPtrArray) some = NULL;
  g_autoptr(GPtrArray) capped = accord_timeline_picture_describe (picture, 2);
  g_autoptr(GBytes) png = NULL;
  guint w, h;

  g_assert_cmpuint (all->len, ==, 4);
  g_assert_cmpuint (capped->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (capped, 2), ==, "and 2 more events");

  /* May and June 2024: the month and the interval that starts in June. */
  accord_timeline_picture_set_range (picture, accord_date_days_from_civil (2024, 5, 1),
                                     accord_date_days_from_civil (2024, 7, 1));
  some = accord_timeline_picture_describe (picture, G_MAXUINT);
  g_assert_cmpuint (some->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (some, 0), ==, "May 2024 — A month");
  g_assert_true (g_str_has_suffix (g_ptr_array_index (some, 1), "— An interval"));

  png = render (picture, ACCORD_TIMELINE_PICTURE_PNG, 1);
  png_size (png, &w, &h);
  g_assert_cmpuint (w, ==, 1200);
}

/* Dark pixels, to tell a drawing from a blank page. */
static gsize
count_ink (AccordTimelinePicture *picture,
           double                 width)
{
  double height = ceil (accord_timeline_picture_get_height (picture, width));
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) width, (int) height);
  cairo_t *cr = cairo_create (surface);
  const guchar *pixels;
  gsize dark = 0;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  accord_timeline_picture_draw (picture, cr, width);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_flush (surface);
  pixels = cairo_image_surface_get_data (surface);
  for (int y = 0; y < (int) height; y++)
    for (int x = 0; x < (int) width; x++)
      dark += pixels[y * cairo_image_surface_get_stride (surface) + x * 4] < 128;
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  return dark;
}

static void
test_empty_and_compact (void)
{
  g_autoptr(AccordBriefing) none = load_json ("{ \"format\": \"accord-briefing\", \"version\": 1, \"id\": \"e\", \"title\": \"Empty\", \"sections\": [ { \"id\": \"s\", \"title\": \"S\", \"body\": [ \"B\" ] } ] }");
  g_autoptr(AccordBriefing) some = load_json (hostile_json);
  g_autoptr(AccordTimelinePicture) empty = picture_for (none);
  g_autoptr(AccordTimelinePicture) compact = picture_for (some);
  g_autoptr(GBytes) pdf = NULL;

  g_assert_cmpuint (accord_timeline_picture_get_n_events (empty), ==, 0);
  g_assert_cmpuint (count_ink (empty, 600), >, 100);
  pdf = render (empty, ACCORD_TIMELINE_PICTURE_PDF, 1);
  g_assert_true (memcmp (g_bytes_get_data (pdf, NULL), "%PDF-", 5) == 0);

  /* A figure on a page: no title, so less tall, and still drawn. */
  accord_timeline_picture_set_compact (compact, TRUE);
  g_assert_cmpfloat (accord_timeline_picture_get_height (compact, 451), <, 150);
  g_assert_cmpuint (count_ink (compact, 451), >, 100);
}

#if HAVE_POPPLER
/* The kinds of the structure tree, depth first, indented; content left out. */
static void
collect_kinds (PopplerStructureElementIter *iter,
               GString                     *out,
               guint                        depth)
{
  g_autoptr(GEnumClass) kinds = g_type_class_ref (POPPLER_TYPE_STRUCTURE_ELEMENT_KIND);

  do
    {
      PopplerStructureElement *element = poppler_structure_element_iter_get_element (iter);
      PopplerStructureElementIter *child;

      if (!poppler_structure_element_is_content (element))
        {
          for (guint i = 0; i < depth; i++)
            g_string_append (out, "  ");
          g_string_append_printf (out, "%s\n", g_enum_get_value (kinds, poppler_structure_element_get_kind (element))->value_nick);
          child = poppler_structure_element_iter_get_child (iter);
          if (child != NULL)
            {
              collect_kinds (child, out, depth + 1);
              poppler_structure_element_iter_free (child);
            }
        }
      g_object_unref (element);
    }
  while (poppler_structure_element_iter_next (iter));
}

/* A PDF of its own is tagged like the briefing's figure: the title, then
 * the figure with its caption listing the events. */
static void
test_pdf_tagged (void)
{
  g_autoptr(AccordBriefing) briefing = load_json (hostile_json);
  g_autoptr(AccordTimelinePicture) picture = picture_for (briefing);
  g_autoptr(GBytes) pdf = render (picture, ACCORD_TIMELINE_PICTURE_PDF, 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) kinds = g_string_new (NULL);
  PopplerDocument *document = poppler_document_new_from_bytes (pdf, NULL, &error);
  PopplerStructureElementIter *iter;
  PopplerPage *page;
  char *text;

  g_assert_no_error (error);
  iter = poppler_structure_element_iter_new (document);
  g_assert_nonnull (iter);
  collect_kinds (iter, kinds, 0);
  poppler_structure_element_iter_free (iter);
  g_assert_cmpstr (kinds->str, ==,
                   "document\n"
                   "  heading-1\n"
                   "  paragraph\n"
                   "  figure\n"
                   "    caption\n"
                   "      paragraph\n"
                   "      paragraph\n"
                   "      paragraph\n"
                   "      paragraph\n");

  page = poppler_document_get_page (document, 0);
  text = poppler_page_get_text (page);
  g_assert_nonnull (strstr (text, "1 March 2024 — First <x> & \"quoted\"\nMay 2024 — A month\n"));
  g_free (text);
  g_object_unref (page);
  g_object_unref (document);
}
#endif

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/timeline-picture/png-scale", test_png_scale);
  g_test_add_func ("/timeline-picture/svg", test_svg);
  g_test_add_func ("/timeline-picture/range", test_range);
  g_test_add_func ("/timeline-picture/empty-and-compact", test_empty_and_compact);
#if HAVE_POPPLER
  g_test_add_func ("/timeline-picture/pdf-tagged", test_pdf_tagged);
#endif

  return g_test_run ();
}
