/* test-timeline-picture.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The timeline as a picture: sizes at 1× and 2×, SVG that parses and
 * carries the events' text, a range, and no events at all; groups in
 * titled rows of their colours with a legend, and eras.
 */

#define G_LOG_DOMAIN "test-timeline-picture"

#include "config.h"

#include <math.h>
#include <string.h>

#include "accord-briefing.h"
#include "accord-date.h"
#include "accord-export.h"
#include "accord-group.h"
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


static AccordBriefing *
load_river_treaty (void)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "groups", "river-treaty.briefing.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  AccordBriefing *briefing = accord_loader_load_file (file, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (briefing);
  return briefing;
}

/* The picture on white, as a PNG would hold it, in pixels at 1×. */
static cairo_surface_t *
paint (AccordTimelinePicture *picture,
       double                 width)
{
  double height = ceil (accord_timeline_picture_get_height (picture, width));
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) width, (int) height);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  accord_timeline_picture_draw (picture, cr, width);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

static guint32
pixel (cairo_surface_t *surface,
       int              x,
       int              y)
{
  const guchar *data = cairo_image_surface_get_data (surface);

  return *(const guint32 *) (data + y * cairo_image_surface_get_stride (surface) + x * 4) & 0xffffff;
}

static guint32
light_rgb (AccordGroupColor color)
{
  double r, g, b;

  accord_group_color_get_rgb (color, FALSE, &r, &g, &b);
  return (guint32) lround (r * 255) << 16 | (guint32) lround (g * 255) << 8 | (guint32) lround (b * 255);
}

/* Which of the palette's light shades @rgb is exactly, or 0. */
static AccordGroupColor
palette_color (guint32 rgb)
{
  for (AccordGroupColor c = ACCORD_GROUP_COLOR_BLUE; c < ACCORD_GROUP_COLOR_BLUE + ACCORD_GROUP_N_COLORS; c++)
    if (light_rgb (c) == rgb)
      return c;

  return ACCORD_GROUP_COLOR_NONE;
}

/* The runs of solid palette colours met along a line of pixels from
 * @from on, in order, as "blue orange …", with where the first run starts
 * in @first. */
static char *
colour_runs (cairo_surface_t *surface,
             gboolean         down,
             int              at,
             int              from,
             int             *first,
             GArray          *starts)
{
  GString *runs = g_string_new (NULL);
  int n = down ? cairo_image_surface_get_height (surface) : cairo_image_surface_get_width (surface);
  AccordGroupColor last = ACCORD_GROUP_COLOR_NONE;

  *first = -1;
  for (int i = from; i < n; i++)
    {
      AccordGroupColor c = palette_color (pixel (surface, down ? at : i, down ? i : at));

      if (c != ACCORD_GROUP_COLOR_NONE && c != last)
        {
          if (*first < 0)
            *first = i;
          if (starts != NULL)
            g_array_append_val (starts, i);
          g_string_append_printf (runs, "%s%s", runs->len > 0 ? " " : "", accord_group_color_to_name (c));
        }
      last = c;
    }

  return g_string_free (runs, FALSE);
}

/* Each group in a titled row of its colour, in the briefing's order, the
 * events in no group last in grey; a legend of the same colours in the
 * same order above them; eras as titled bands; each event's group in the
 * text. */
static void
test_groups (void)
{
  g_autoptr(AccordBriefing) briefing = load_river_treaty ();
  g_autoptr(AccordTimelinePicture) picture = picture_for (briefing);
  g_autoptr(AccordTimelinePicture) without_eras = picture_for (briefing);
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GBytes) svg = NULL;
  g_autofree char *text = NULL;
  g_autofree char *stripes = NULL;
  g_autofree char *legend = NULL;
  g_autofree char *legend_first = NULL;
  cairo_surface_t *surface;
  int stripes_top, legend_top, legend_left;

  accord_timeline_picture_set_eras (picture, accord_briefing_get_eras (briefing));

  /* The legend under the title: one line, its first swatch at the start
   * (the margin is 24 px; the rows' stripes are 4 px wide), then the
   * others along that line. */
  surface = paint (picture, ACCORD_TIMELINE_PICTURE_WIDTH);
  legend_first = colour_runs (surface, TRUE, 32, 0, &legend_top, NULL);
  g_test_message ("legend's first swatches: %s", legend_first);
  g_assert_cmpstr (legend_first, ==, "blue");
  g_assert_cmpint (legend_top, >, 40);
  legend = colour_runs (surface, FALSE, legend_top + 3, 0, &legend_left, NULL);
  g_test_message ("legend: %s", legend);
  g_assert_cmpstr (legend, ==, "blue orange yellow grey");
  g_assert_cmpint (legend_left, ==, 24);

  /* Under it, the stripe at the start of each row. */
  stripes = colour_runs (surface, TRUE, 25, legend_top + 16, &stripes_top, NULL);
  g_test_message ("stripes: %s", stripes);
  g_assert_cmpstr (stripes, ==, "blue orange yellow grey");
  g_assert_cmpint (stripes_top, >, legend_top + 40);

  /* Events in their group's colour: a marker in Southtown's orange
   * somewhere below the first row's title. */
  {
    gboolean found = FALSE;

    for (int y = stripes_top + 20; y < cairo_image_surface_get_height (surface) && !found; y++)
      for (int x = 40; x < cairo_image_surface_get_width (surface) && !found; x++)
        found = pixel (surface, x, y) == light_rgb (ACCORD_GROUP_COLOR_ORANGE);
    g_assert_true (found);
  }
  cairo_surface_destroy (surface);

  /* The eras (none overlaps another) take a row above the axis. */
  g_assert_cmpfloat (accord_timeline_picture_get_height (picture, ACCORD_TIMELINE_PICTURE_WIDTH), >,
                     accord_timeline_picture_get_height (without_eras, ACCORD_TIMELINE_PICTURE_WIDTH) + 10);

  lines = accord_timeline_picture_describe (picture, G_MAXUINT);
  g_assert_cmpuint (lines->len, ==, 13);
  g_assert_cmpstr (g_ptr_array_index (lines, 0), ==, "August 2019 — The river runs dry at the mill (Northtown)");
  g_assert_cmpstr (g_ptr_array_index (lines, 2), ==,
                   "1 April 2020 – 30 June 2020 — The commission surveys the riverbed (River Commission)");
  /* In no group: as it was. */
  g_assert_cmpstr (g_ptr_array_index (lines, 9), ==, "20 June 2022 — The treaty is signed");

  svg = render (picture, ACCORD_TIMELINE_PICTURE_SVG, 1);
  text = svg_parse (svg);
  g_assert_nonnull (strstr (text, "\n2 October 2019 — Southtown complains of the weir (Southtown)\n"));
}

/* More groups than one line holds: the legend wraps, and lists them all
 * in their order. */
static void
test_legend_wraps (void)
{
  g_autoptr(GString) json = g_string_new ("{ \"format\": \"accord-briefing\", \"version\": 1, \"id\": \"many\", \"title\": \"Many\",\n"
                                          "  \"sections\": [ { \"id\": \"s\", \"title\": \"S\", \"body\": [ \"B\" ] } ],\n"
                                          "  \"groups\": [");
  g_autoptr(GString) expected = g_string_new (NULL);
  g_autoptr(GString) legend = g_string_new (NULL);
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(AccordBriefing) briefing = NULL;
  g_autoptr(AccordTimelinePicture) picture = NULL;
  g_autofree char *first = NULL;
  cairo_surface_t *surface;
  int top;

  for (guint i = 0; i < 12; i++)
    g_string_append_printf (json, "%s{ \"id\": \"g%u\", \"title\": \"The group numbered %u, with a long title\" }",
                            i > 0 ? ", " : "", i, i);
  g_string_append (json, " ],\n  \"events\": [");
  for (guint i = 0; i < 12; i++)
    g_string_append_printf (json, "%s{ \"id\": \"e%u\", \"date\": \"2024-%02u-15\", \"title\": \"E%u\", \"group\": \"g%u\" }",
                            i > 0 ? ", " : "", i, i + 1, i, i);
  g_string_append (json, " ] }");

  briefing = load_json (json->str);
  picture = picture_for (briefing);
  for (guint i = 0; i < 12; i++)
    g_string_append_printf (expected, "%s%s", i > 0 ? " " : "",
                            accord_group_color_to_name (ACCORD_GROUP_COLOR_BLUE + i % ACCORD_GROUP_N_COLORS));

  /* Each line's first swatch at the start; along the lines, every group. */
  surface = paint (picture, ACCORD_TIMELINE_PICTURE_WIDTH);
  first = colour_runs (surface, TRUE, 32, 0, &top, starts);
  g_test_message ("the legend's lines start with: %s", first);
  g_assert_cmpuint (starts->len, >=, 2);
  for (guint i = 0; i < starts->len; i++)
    {
      g_autofree char *line = colour_runs (surface, FALSE, g_array_index (starts, int, i) + 3, 0, &top, NULL);

      g_string_append_printf (legend, "%s%s", i > 0 ? " " : "", line);
    }
  g_test_message ("legend: %s", legend->str);
  g_assert_cmpstr (legend->str, ==, expected->str);
  cairo_surface_destroy (surface);
}

/* Without groups, the picture is as it was: no legend, no titled rows,
 * nothing in a group's colour, the text without groups; and a list of
 * groups that no event is in changes nothing. */
static void
test_no_groups (void)
{
  g_autoptr(GString) with_list = g_string_new (hostile_json);
  g_autoptr(AccordBriefing) plain = load_json (hostile_json);
  g_autoptr(AccordBriefing) listed = NULL;
  g_autoptr(AccordTimelinePicture) picture = picture_for (plain);
  g_autoptr(AccordTimelinePicture) listed_picture = NULL;
  g_autoptr(GBytes) png = render (picture, ACCORD_TIMELINE_PICTURE_PNG, 1);
  g_autoptr(GBytes) listed_png = NULL;
  g_autoptr(GPtrArray) lines = accord_timeline_picture_describe (picture, G_MAXUINT);
  cairo_surface_t *surface;
  int width, height;

  g_string_replace (with_list, "\"events\": [", "\"groups\": [ { \"id\": \"idle\", \"title\": \"Idle\", \"color\": \"blue\" } ],\n  \"events\": [", 1);
  listed = load_json (with_list->str);
  g_assert_cmpuint (g_list_model_get_n_items (accord_briefing_get_groups (listed)), ==, 1);
  listed_picture = picture_for (listed);
  accord_timeline_picture_set_eras (listed_picture, accord_briefing_get_eras (listed));
  listed_png = render (listed_picture, ACCORD_TIMELINE_PICTURE_PNG, 1);
  g_assert_true (g_bytes_equal (png, listed_png));

  g_assert_cmpstr (g_ptr_array_index (lines, 1), ==, "May 2024 — A month");

  /* A first group with no event has no row and no place in the legend;
   * the second keeps its colour (the palette's second). */
  {
    g_autoptr(GString) second_only = g_string_new (hostile_json);
    g_autoptr(AccordBriefing) briefing = NULL;
    g_autoptr(AccordTimelinePicture) second_picture = NULL;
    g_autofree char *legend = NULL;
    int top, left;

    g_string_replace (second_only, "\"events\": [",
                      "\"groups\": [ { \"id\": \"idle\", \"title\": \"Idle\" }, { \"id\": \"busy\", \"title\": \"Busy\" } ],\n  \"events\": [", 1);
    g_string_replace (second_only, "\"title\": \"A month\"", "\"title\": \"A month\", \"group\": \"busy\"", 1);
    briefing = load_json (second_only->str);
    second_picture = picture_for (briefing);
    surface = paint (second_picture, ACCORD_TIMELINE_PICTURE_WIDTH);
    g_free (colour_runs (surface, TRUE, 32, 0, &top, NULL));
    legend = colour_runs (surface, FALSE, top + 3, 0, &left, NULL);
    g_assert_cmpstr (legend, ==, "green grey");
    cairo_surface_destroy (surface);
  }

  surface = paint (picture, ACCORD_TIMELINE_PICTURE_WIDTH);
  width = cairo_image_surface_get_width (surface);
  height = cairo_image_surface_get_height (surface);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      if (palette_color (pixel (surface, x, y)) != ACCORD_GROUP_COLOR_NONE)
        g_error ("a group's colour at %d, %d without groups", x, y);
  cairo_surface_destroy (surface);
}

/* A crowd in four groups: each row may stack lanes, which in a figure on
 * a page must stop at the height it is given. */
static void
test_max_height (void)
{
  g_autoptr(GString) json = g_string_new ("{ \"format\": \"accord-briefing\", \"version\": 1, \"id\": \"crowd\", \"title\": \"Crowd\",\n"
                                          "  \"sections\": [ { \"id\": \"s\", \"title\": \"S\", \"body\": [ \"B\" ] } ],\n"
                                          "  \"groups\": [ { \"id\": \"a\", \"title\": \"A\" }, { \"id\": \"b\", \"title\": \"B\" },"
                                          " { \"id\": \"c\", \"title\": \"C\" }, { \"id\": \"d\", \"title\": \"D\" } ],\n"
                                          "  \"events\": [");
  g_autoptr(AccordBriefing) briefing = NULL;
  g_autoptr(AccordTimelinePicture) picture = NULL;
  double free_height, capped_height;

  /* In one month: days wide enough that events stack rather than merge. */
  for (guint i = 0; i < 200; i++)
    g_string_append_printf (json, "%s{ \"id\": \"e%u\", \"date\": \"2023-05-%02u\", \"title\": \"Event %u with a title\", \"group\": \"%c\" }",
                            i > 0 ? ", " : "", i, 1 + (i * 7) % 28, i, 'a' + i % 4);
  g_string_append (json, " ] }");
  briefing = load_json (json->str);
  picture = picture_for (briefing);
  accord_timeline_picture_set_compact (picture, TRUE);

  free_height = accord_timeline_picture_get_height (picture, 451);
  accord_timeline_picture_set_max_height (picture, 420);
  capped_height = accord_timeline_picture_get_height (picture, 451);
  g_test_message ("%g px free, %g px within 420", free_height, capped_height);
  g_assert_cmpfloat (free_height, >, 420);
  g_assert_cmpfloat (capped_height, <=, 420);
  /* Still every row, each with a lane at least. */
  g_assert_cmpfloat (capped_height, >, 4 * (13 + 22));
  g_assert_cmpuint (count_ink (picture, 451), >, 1000);
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
/* The eras' titles are drawn as text in a PDF, so a reader finds them
 * there: once set, and only then. */
static void
test_pdf_eras (void)
{
  g_autoptr(AccordBriefing) briefing = load_river_treaty ();
  g_autoptr(AccordTimelinePicture) picture = picture_for (briefing);
  g_autoptr(AccordTimelinePicture) without = picture_for (briefing);
  GBytes *pdfs[2];
  char *texts[2];

  accord_timeline_picture_set_eras (picture, accord_briefing_get_eras (briefing));
  pdfs[0] = render (picture, ACCORD_TIMELINE_PICTURE_PDF, 1);
  pdfs[1] = render (without, ACCORD_TIMELINE_PICTURE_PDF, 1);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GError) error = NULL;
      PopplerDocument *document = poppler_document_new_from_bytes (pdfs[i], NULL, &error);
      PopplerPage *page;

      g_assert_no_error (error);
      page = poppler_document_get_page (document, 0);
      texts[i] = poppler_page_get_text (page);
      g_object_unref (page);
      g_object_unref (document);
      g_bytes_unref (pdfs[i]);
    }

  g_test_message ("%s", texts[0]);
  g_assert_nonnull (strstr (texts[0], "The drought years"));
  g_assert_nonnull (strstr (texts[0], "Negotiations"));
  g_assert_null (strstr (texts[1], "The drought years"));
  g_assert_null (strstr (texts[1], "Negotiations"));
  /* The legend and the rows' titles are there with or without eras. */
  g_assert_nonnull (strstr (texts[1], "River Commission"));
  g_assert_nonnull (strstr (texts[1], "Other events"));
  g_free (texts[0]);
  g_free (texts[1]);
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
  g_test_add_func ("/timeline-picture/groups", test_groups);
  g_test_add_func ("/timeline-picture/legend-wraps", test_legend_wraps);
  g_test_add_func ("/timeline-picture/no-groups", test_no_groups);
  g_test_add_func ("/timeline-picture/max-height", test_max_height);
#if HAVE_POPPLER
  g_test_add_func ("/timeline-picture/pdf-tagged", test_pdf_tagged);
  g_test_add_func ("/timeline-picture/pdf-eras", test_pdf_eras);
#endif

  return g_test_run ();
}
