/* accord-timeline-picture.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The timeline as a picture: the frame that AccordTimelineLayout computes
 * for the screen, drawn with cairo and Pango in the light style, for SVG,
 * PNG, PDF and the figure of the briefing PDF.  The pieces are drawn in
 * the order a reader meets them: the title, the legend, the axis, then
 * the lanes; draw_legend() and draw_lanes() are where groups come in.
 */

#define G_LOG_DOMAIN "accord-timeline-picture"

#include "config.h"

#include <glib/gi18n.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "accord-briefing.h"
#include "accord-date.h"
#include "accord-event.h"
#include "accord-export.h"
#include "accord-text-clean.h"
#include "accord-timeline-picture.h"

#define MAX_BANDS 64
#define MAX_LANES 8
/* Titles are one line, and no layout needs more than this. */
#define MAX_TEXT_CHARS 300
/* A PNG at 2× of a picture taller than this is refused, not allocated. */
#define MAX_PIXELS (64 * 1024 * 1024)
#define CLEAN (ACCORD_TEXT_CLEAN_ONE_LINE | ACCORD_TEXT_CLEAN_STRIP | ACCORD_TEXT_CLEAN_REPLACE_NONCHARACTERS)

typedef struct
{
  double r, g, b;
} Colour;

/* The light style, whatever the desktop's: a picture goes on paper and
 * into documents. */
static const Colour ink    = { 0.13, 0.13, 0.15 };
static const Colour grey   = { 0.38, 0.38, 0.42 };
static const Colour accent = { 0.21, 0.52, 0.89 };
static const Colour paper  = { 1, 1, 1 };

/* Sizes in px at 1×: the normal picture, and the compact one of the
 * PDF's figure, which has a page's width and no title of its own. */
typedef struct
{
  double margin;
  double title_size;
  double label_size;
  double band_row;
  double tick_row;
  double gap_row;
  double lane_height;
  double marker;
  double max_label_width;
} Geometry;

static const Geometry normal_geometry  = { 24, 16, 9, 20, 16, 20, 28, 10, 200 };
static const Geometry compact_geometry = { 0, 0, 7.5, 16, 13, 16, 22, 8, 130 };

struct _AccordTimelinePicture
{
  GObject parent_instance;

  GListModel *events;
  AccordTimelineLayout *layout;
  PangoContext *context;
  char *title;

  gboolean have_range;
  double start_day;
  double end_day;
  gboolean compact;
};

G_DEFINE_FINAL_TYPE (AccordTimelinePicture, accord_timeline_picture, G_TYPE_OBJECT)

/* What one drawing needs: the frame for a width and where things go. */
typedef struct
{
  AccordTimelinePicture *self;
  const Geometry *g;
  AccordTimelineFrame *frame;
  double start_day;
  double end_day;
  double left;          /* where the axis starts */
  double length;        /* along the axis */
  double header;        /* title, range and legend */
  double axis;          /* y of the axis line */
  double lanes;         /* y of lane 0 */
  double height;
  gboolean tagged;      /* a PDF of its own: structure tags for the title */
} Drawing;

static void
accord_timeline_picture_finalize (GObject *object)
{
  AccordTimelinePicture *self = (AccordTimelinePicture *)object;

  g_clear_object (&self->events);
  g_clear_object (&self->layout);
  g_clear_object (&self->context);
  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (accord_timeline_picture_parent_class)->finalize (object);
}

static void
accord_timeline_picture_class_init (AccordTimelinePictureClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = accord_timeline_picture_finalize;
}

static void
accord_timeline_picture_init (AccordTimelinePicture *self)
{
}

static char *
clean_line (const char *text)
{
  g_autofree char *clean = accord_text_clean (text != NULL ? text : "", CLEAN);

  if (g_utf8_strlen (clean, -1) <= MAX_TEXT_CHARS)
    return g_steal_pointer (&clean);

  return g_utf8_substring (clean, 0, MAX_TEXT_CHARS);
}

/* As the PDF export does: points, no hinting, so that the picture is the
 * same on every surface and at every scale. */
static PangoContext *
make_context (const char *language)
{
  PangoContext *context;
  cairo_font_options_t *options;

  context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_cairo_context_set_resolution (context, 72.0);
  pango_context_set_round_glyph_positions (context, FALSE);
  if (language != NULL && language[0] != '\0')
    pango_context_set_language (context, pango_language_from_string (language));

  return context;
}

static PangoLayout *
make_layout (AccordTimelinePicture *self,
             const char            *text,
             const char            *family,
             double                 size,
             gboolean               bold,
             gboolean               italic,
             double                 max_width)
{
  PangoLayout *layout = pango_layout_new (self->context);
  PangoFontDescription *font = pango_font_description_from_string (family);

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_font_description_set_style (font, italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  if (max_width > 0)
    {
      pango_layout_set_width (layout, (int) (max_width * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  pango_layout_set_single_paragraph_mode (layout, TRUE);
  /* Plain text, never markup: titles are untrusted. */
  pango_layout_set_text (layout, text, -1);

  return layout;
}

static void
show_layout (cairo_t       *cr,
             PangoLayout   *layout,
             const Colour  *colour,
             double         alpha,
             double         x,
             double         y)
{
  cairo_set_source_rgba (cr, colour->r, colour->g, colour->b, alpha);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static void
fill_rect (cairo_t      *cr,
           const Colour *colour,
           double        alpha,
           double        x,
           double        y,
           double        width,
           double        height)
{
  cairo_set_source_rgba (cr, colour->r, colour->g, colour->b, alpha);
  cairo_rectangle (cr, x, y, width, height);
  cairo_fill (cr);
}

static void
fill_circle (cairo_t      *cr,
             const Colour *colour,
             double        alpha,
             double        x,
             double        y,
             double        radius)
{
  cairo_set_source_rgba (cr, colour->r, colour->g, colour->b, alpha);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x, y, radius, 0, 2 * G_PI);
  cairo_fill (cr);
}

static char *
format_day (gint64 day)
{
  g_autoptr(AccordDate) date = NULL;
  g_autofree char *text = NULL;
  int y, m, d;

  accord_date_civil_from_days (day, &y, &m, &d);
  text = g_strdup_printf ("%04d-%02d-%02d", y, m, d);
  if (y < 0 || y > 9999 || (date = accord_date_parse (text, NULL)) == NULL)
    return g_steal_pointer (&text);

  return accord_date_format (date);
}

static double
char_width (AccordTimelinePicture *self,
            double                 size)
{
  PangoFontDescription *font = pango_font_description_from_string ("Sans");
  PangoFontMetrics *metrics;
  double width;

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  metrics = pango_context_get_metrics (self->context, font, NULL);
  width = pango_font_metrics_get_approximate_char_width (metrics) / (double) PANGO_SCALE;
  pango_font_metrics_unref (metrics);
  pango_font_description_free (font);

  return width > 0 ? width : size * 0.55;
}

/* The legend of groups goes under the title: none yet, so no room. */
static double
legend_height (Drawing *d,
               double   width)
{
  return 0;
}

static void
draw_legend (Drawing *d,
             cairo_t *cr,
             double   y)
{
}

static void
drawing_clear (Drawing *d)
{
  g_clear_pointer (&d->frame, accord_timeline_frame_unref);
}

static void
drawing_init (Drawing               *d,
              AccordTimelinePicture *self,
              double                 width)
{
  AccordTimelineMetrics metrics;
  const Geometry *g = self->compact ? &compact_geometry : &normal_geometry;

  memset (d, 0, sizeof *d);
  d->self = self;
  d->g = g;
  d->left = g->margin;
  d->length = MAX (width - 2 * g->margin, 72);

  accord_timeline_metrics_init (&metrics);
  metrics.char_width = char_width (self, g->label_size);
  metrics.min_tick_spacing = self->compact ? 56 : 72;
  metrics.marker_width = g->marker + 8;
  metrics.max_label_width = g->max_label_width;
  metrics.item_spacing = self->compact ? 8 : 14;
  metrics.max_lanes = MAX_LANES;
  metrics.min_point_distance = 8;
  metrics.label_padding = 8;

  if (self->have_range)
    {
      d->start_day = self->start_day;
      d->end_day = self->end_day;
    }
  else
    {
      /* As the view fits: room after the last event for its label. */
      double after = MIN (g->max_label_width + g->marker + 8, d->length / 3);
      double scale;

      if (!accord_timeline_layout_fit (self->layout, d->length - after, &d->start_day, &d->end_day))
        {
          GDateTime *now = g_date_time_new_now_utc ();

          d->start_day = floor (g_date_time_to_unix (now) / 86400.0) - 180;
          d->end_day = d->start_day + 365;
          g_date_time_unref (now);
        }
      scale = (d->end_day - d->start_day) / (d->length - after);
      d->end_day += after * scale;
    }

  d->frame = accord_timeline_layout_compute (self->layout, d->start_day, d->end_day, d->length, &metrics);

  d->header = g->margin;
  if (!self->compact)
    d->header += g->title_size * 1.4 + 9.5 * 1.5 + 10;
  d->header += legend_height (d, width);
  d->axis = d->header + g->band_row + g->tick_row + 4;
  d->lanes = d->axis + 6 + g->gap_row;
  d->height = d->lanes + MAX (accord_timeline_frame_get_n_lanes (d->frame), 1) * g->lane_height + MAX (g->margin, 4);
}

static double
to_x (Drawing *d,
      double   px)
{
  return d->left + px;
}

static void
draw_header (Drawing *d,
             cairo_t *cr,
             double   width)
{
  AccordTimelinePicture *self = d->self;
  const Geometry *g = d->g;
  g_autoptr(PangoLayout) title = NULL;
  g_autoptr(PangoLayout) range = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autofree char *text = NULL;
  double y = g->margin;

  if (self->compact)
    return;

  title = make_layout (self, self->title, "Cantarell, Sans", g->title_size, TRUE, FALSE, width - 2 * g->margin);
  if (d->tagged)
    cairo_tag_begin (cr, "H1", "");
  show_layout (cr, title, &ink, 1, g->margin, y);
  if (d->tagged)
    cairo_tag_end (cr, "H1");
  y += g->title_size * 1.4;

  first = format_day ((gint64) floor (d->start_day));
  last = format_day ((gint64) ceil (d->end_day) - 1);
  /* Translators: under the title of an exported timeline: the dates it shows, first – last */
  text = g_strdup_printf (_("Timeline, %s – %s"), first, last);
  range = make_layout (self, text, "Sans", 9.5, FALSE, FALSE, width - 2 * g->margin);
  if (d->tagged)
    cairo_tag_begin (cr, "P", "");
  show_layout (cr, range, &grey, 1, g->margin, y);
  if (d->tagged)
    cairo_tag_end (cr, "P");

  draw_legend (d, cr, y + 9.5 * 1.5 + 10);
}

static char *
format_band (int    year,
             int    month,
             gint64 years)
{
  if (years == 0 && year >= 1 && year <= 9999)
    {
      g_autoptr(GDateTime) dt = g_date_time_new_utc (year, month, 1, 0, 0, 0);

      /* Translators: a month band on the timeline, as a g_date_time_format()
       * string; use %OB if your language needs the nominative month name */
      return g_date_time_format (dt, C_("timeline band", "%B %Y"));
    }

  if (years == 0)
    return g_strdup_printf ("%d-%02d", year, month);
  if (years == 1)
    return g_strdup_printf ("%d", year);

  /* Translators: a span of years on the timeline, such as "2010–2019" */
  return g_strdup_printf (C_("timeline band", "%d–%d"), year, (int) (year + years - 1));
}

static double
day_px (Drawing *d,
        double   day)
{
  return accord_timeline_day_to_px (day, d->start_day, d->end_day, d->length);
}

/* Stripes of the next coarser unit than the ticks', named, as on screen. */
static void
draw_bands (Drawing *d,
            cairo_t *cr)
{
  const Geometry *g = d->g;
  guint step = 1;
  AccordTimelineUnit unit = accord_timeline_frame_get_tick_unit (d->frame, &step);
  gint64 years = unit <= ACCORD_TIMELINE_UNIT_WEEK ? 0
                 : unit <= ACCORD_TIMELINE_UNIT_QUARTER ? 1
                 : step < 10 ? 10 : (gint64) step * 10;
  double bottom = d->height - MAX (g->margin, 4);
  gint64 ordinal;
  int year, month, day;

  accord_date_civil_from_days ((gint64) floor (d->start_day), &year, &month, &day);
  if (years == 0)
    ordinal = (gint64) year * 12 + month - 1;
  else
    ordinal = (year >= 0 ? year : year - years + 1) / years;

  for (guint i = 0; i < MAX_BANDS; i++, ordinal++)
    {
      int y0 = years == 0 ? (int) (ordinal >= 0 ? ordinal / 12 : (ordinal - 11) / 12) : (int) (ordinal * years);
      int m0 = years == 0 ? (int) (ordinal - (gint64) y0 * 12) + 1 : 1;
      double a0 = day_px (d, accord_date_days_from_civil (y0, m0, 1));
      double a1 = years == 0
                  ? day_px (d, accord_date_days_from_civil (m0 == 12 ? y0 + 1 : y0, m0 == 12 ? 1 : m0 + 1, 1))
                  : day_px (d, accord_date_days_from_civil ((int) (y0 + years), 1, 1));
      double v0 = MAX (a0, 0);
      double v1 = MIN (a1, d->length);
      g_autofree char *text = NULL;
      g_autoptr(PangoLayout) layout = NULL;
      int w, h;

      if (a0 > d->length)
        break;
      if (v1 <= v0)
        continue;

      if (ordinal % 2 == 0)
        fill_rect (cr, &ink, 0.035, to_x (d, v0), d->header, v1 - v0, bottom - d->header);
      if (a0 >= 0)
        fill_rect (cr, &ink, 0.10, to_x (d, a0), d->header, 0.75, bottom - d->header);

      text = format_band (y0, m0, years);
      layout = make_layout (d->self, text, "Sans", g->label_size, TRUE, FALSE, -1);
      pango_layout_get_pixel_size (layout, &w, &h);
      if (v1 - v0 >= w + 12)
        show_layout (cr, layout, &ink, 0.8, to_x (d, v0 + 5), d->header + (g->band_row - h) / 2.0);
    }
}

static void
draw_axis (Drawing *d,
           cairo_t *cr)
{
  const Geometry *g = d->g;
  const AccordTimelineTick *ticks;
  guint n_ticks;

  ticks = accord_timeline_frame_get_ticks (d->frame, &n_ticks);
  for (guint i = 0; i < n_ticks; i++)
    {
      const AccordTimelineTick *tick = &ticks[i];
      g_autoptr(PangoLayout) layout = NULL;
      int w, h;

      fill_rect (cr, &ink, 0.45, to_x (d, tick->px), d->axis - (tick->major ? 7 : 4), 0.75, tick->major ? 7 : 4);
      if (tick->label == NULL)
        continue;

      layout = make_layout (d->self, tick->label, "Sans", g->label_size, FALSE, FALSE, -1);
      pango_layout_get_pixel_size (layout, &w, &h);
      if (tick->px + 4 + w <= d->length)
        show_layout (cr, layout, &ink, 0.65, to_x (d, tick->px + 3), d->header + g->band_row + (g->tick_row - h) / 2.0 - 2);
    }

  fill_rect (cr, &ink, 0.35, d->left, d->axis - 0.75, d->length, 1.5);
}

static void
draw_gaps (Drawing *d,
           cairo_t *cr)
{
  const Geometry *g = d->g;
  const AccordTimelineGap *gaps;
  guint n_gaps;
  double c = d->axis + 6 + g->gap_row / 2.0;

  gaps = accord_timeline_frame_get_gaps (d->frame, &n_gaps);
  for (guint i = 0; i < n_gaps; i++)
    {
      const AccordTimelineGap *gap = &gaps[i];
      g_autoptr(PangoLayout) layout = make_layout (d->self, gap->label, "Sans", g->label_size, FALSE, TRUE, -1);
      double s = MAX (gap->start_px, 0) + 6;
      double e = MIN (gap->end_px, d->length) - 6;
      double l0;
      int w, h;

      pango_layout_get_pixel_size (layout, &w, &h);
      l0 = gap->px - w / 2.0;
      if (l0 - 6 > s)
        fill_rect (cr, &ink, 0.3, to_x (d, s), c - 0.5, l0 - 6 - s, 1);
      if (e > l0 + w + 6)
        fill_rect (cr, &ink, 0.3, to_x (d, l0 + w + 6), c - 0.5, e - l0 - w - 6, 1);
      show_layout (cr, layout, &ink, 0.6, to_x (d, l0), c - h / 2.0);
    }
}

static char *
item_label (AccordTimelinePicture    *self,
            const AccordTimelineItem *item)
{
  g_autoptr(AccordEvent) event = NULL;

  if (item->kind == ACCORD_TIMELINE_ITEM_CLUSTER)
    return g_strdup_printf (ngettext ("%u event", "%u events", item->count), item->count);

  event = g_list_model_get_item (self->events, item->index);
  return clean_line (accord_event_get_title (event));
}

static void
draw_item (Drawing                  *d,
           cairo_t                  *cr,
           const AccordTimelineItem *item,
           double                    cross)
{
  const Geometry *g = d->g;
  gboolean vague = (item->flags & (ACCORD_TIMELINE_ITEM_FLAG_APPROXIMATE | ACCORD_TIMELINE_ITEM_FLAG_UNCERTAIN)) != 0;
  gboolean is_span = item->kind == ACCORD_TIMELINE_ITEM_BAND || item->kind == ACCORD_TIMELINE_ITEM_BAR;
  double radius = g->marker / 2.0;
  double a = item->start_px;
  double label_x;
  g_autofree char *text = NULL;

  if (item->kind == ACCORD_TIMELINE_ITEM_CLUSTER && (item->flags & ACCORD_TIMELINE_ITEM_FLAG_LABEL_HIDDEN))
    a = (MAX (item->start_px, 0) + MIN (item->end_px, d->length)) / 2;

  /* The layout hands over what lies just outside the range too, for a
   * view that scrolls; a picture shows only what is in its range. */
  if (is_span ? item->end_px <= 0 || item->start_px >= d->length : a < 0 || a > d->length)
    return;

  /* The stem from the axis to the marker. */
  if (a >= 0 && a <= d->length)
    fill_rect (cr, &ink, 0.2, to_x (d, a) - 0.25, d->axis, 0.5, cross - d->axis);

  if (is_span)
    {
      double s = MAX (item->start_px, 0);
      double e = MIN (MAX (item->end_px, item->start_px + 2), d->length);
      double half = g->lane_height / 2.0 - 4;

      fill_rect (cr, &accent, 0.6, to_x (d, s), d->axis - 1.5, e - s, 3);
      fill_rect (cr, &accent, item->kind == ACCORD_TIMELINE_ITEM_BAND ? 0.2 : 0.32,
                 to_x (d, s), cross - half, e - s, 2 * half);
      if (item->kind == ACCORD_TIMELINE_ITEM_BAR)
        {
          fill_rect (cr, &accent, 1, to_x (d, s), cross - half, 2.5, 2 * half);
          fill_rect (cr, &accent, 1, to_x (d, e) - 2.5, cross - half, 2.5, 2 * half);
        }
      else
        fill_rect (cr, &accent, 0.9, to_x (d, s), cross - half, e - s, 2);
      label_x = s + 6;
    }
  else if (item->kind == ACCORD_TIMELINE_ITEM_POINT)
    {
      fill_circle (cr, &paper, 1, to_x (d, a), cross, radius + 2);
      fill_circle (cr, &accent, 1, to_x (d, a), cross, radius);
      if (vague)
        fill_circle (cr, &paper, 1, to_x (d, a), cross, radius - 2.5);
      label_x = a + radius + 5;
    }
  else
    {
      fill_circle (cr, &ink, 0.3, to_x (d, a) + 3, cross - 3, radius);
      fill_circle (cr, &paper, 1, to_x (d, a), cross, radius + 2);
      fill_circle (cr, &ink, 0.7, to_x (d, a), cross, radius);
      label_x = a + radius + 5;
    }

  if (item->flags & ACCORD_TIMELINE_ITEM_FLAG_LABEL_HIDDEN)
    return;

  text = item_label (d->self, item);
  if (text[0] != '\0' && label_x < d->length)
    {
      double room = MIN (g->max_label_width, d->length - label_x);
      g_autoptr(PangoLayout) layout = make_layout (d->self, text, "Sans", g->label_size, FALSE, FALSE, room);
      int w, h;

      pango_layout_get_pixel_size (layout, &w, &h);
      show_layout (cr, layout, &ink, 0.9, to_x (d, label_x), cross - h / 2.0);
    }
}

/* Lane by lane, nearest the axis first.  With groups, each group's lanes
 * get a band and a name of their own here. */
static void
draw_lanes (Drawing *d,
            cairo_t *cr)
{
  const AccordTimelineItem *items;
  guint n_items;

  items = accord_timeline_frame_get_items (d->frame, &n_items);
  for (guint i = 0; i < n_items; i++)
    {
      const AccordTimelineItem *item = &items[i];
      double cross = d->lanes + item->lane * d->g->lane_height + d->g->lane_height / 2.0;

      draw_item (d, cr, item, cross);
    }
}

static void
draw_empty (Drawing *d,
            cairo_t *cr)
{
  g_autoptr(PangoLayout) layout = make_layout (d->self, _("No dated events"), "Sans", d->g->label_size + 1,
                                               FALSE, FALSE, -1);
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  show_layout (cr, layout, &ink, 0.55, d->left + (d->length - w) / 2, d->lanes);
}

/**
 * accord_timeline_picture_new:
 * @timeline_events: the briefing's events in timeline order
 *   (accord_briefing_get_timeline())
 * @title: (nullable): shown at the top; untrusted text is fine
 * @language: (nullable): the briefing's language, for the fonts' choice
 */
AccordTimelinePicture *
accord_timeline_picture_new (GListModel *timeline_events,
                             const char *title,
                             const char *language)
{
  AccordTimelinePicture *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (timeline_events), NULL);

  self = g_object_new (ACCORD_TYPE_TIMELINE_PICTURE, NULL);
  self->events = g_object_ref (timeline_events);
  self->layout = accord_timeline_layout_new ();
  accord_timeline_layout_set_events (self->layout, timeline_events);
  self->context = make_context (language);
  self->title = clean_line (title);

  return self;
}

/**
 * accord_timeline_picture_set_range:
 *
 * Shows the days from @start_day to @end_day (as the view's range)
 * instead of the whole extent of the events.
 */
void
accord_timeline_picture_set_range (AccordTimelinePicture *self,
                                   double                 start_day,
                                   double                 end_day)
{
  g_return_if_fail (ACCORD_IS_TIMELINE_PICTURE (self));
  g_return_if_fail (end_day - start_day >= ACCORD_TIMELINE_MIN_SPAN_DAYS / 2);

  self->have_range = TRUE;
  self->start_day = start_day;
  self->end_day = MIN (end_day, start_day + ACCORD_TIMELINE_MAX_SPAN_DAYS);
}

/**
 * accord_timeline_picture_set_compact:
 *
 * Without a title or margins and in smaller type: a figure for a page.
 */
void
accord_timeline_picture_set_compact (AccordTimelinePicture *self,
                                     gboolean               compact)
{
  g_return_if_fail (ACCORD_IS_TIMELINE_PICTURE (self));

  self->compact = compact;
}

guint
accord_timeline_picture_get_n_events (AccordTimelinePicture *self)
{
  g_return_val_if_fail (ACCORD_IS_TIMELINE_PICTURE (self), 0);

  return accord_timeline_layout_get_n_events (self->layout);
}

/**
 * accord_timeline_picture_get_height:
 *
 * Returns: the height the picture needs at @width (both in px at 1×, or
 *   points)
 */
double
accord_timeline_picture_get_height (AccordTimelinePicture *self,
                                    double                 width)
{
  Drawing d;
  double height;

  g_return_val_if_fail (ACCORD_IS_TIMELINE_PICTURE (self), 0);

  drawing_init (&d, self, width);
  height = d.height;
  drawing_clear (&d);

  return height;
}

#define CAPTION_SIZE 8.5
#define CAPTION_LINE 12.0

/* With @caption (a PDF of its own), tagged: Document › H1 (the title), P
 * (the dates), Figure › Caption › P (one per event, drawn under the
 * picture), as the briefing PDF's figure is. */
static void
draw_picture (AccordTimelinePicture *self,
              cairo_t               *cr,
              double                 width,
              GPtrArray             *caption)
{
  Drawing d;

  drawing_init (&d, self, width);
  d.tagged = caption != NULL;

  cairo_save (cr);
  if (d.tagged)
    cairo_tag_begin (cr, "Document", "");
  draw_header (&d, cr, width);
  if (d.tagged)
    cairo_tag_begin (cr, "Figure", "");
  draw_bands (&d, cr);
  draw_axis (&d, cr);
  if (accord_timeline_picture_get_n_events (self) == 0)
    draw_empty (&d, cr);
  else
    {
      draw_gaps (&d, cr);
      draw_lanes (&d, cr);
    }

  if (d.tagged)
    {
      cairo_tag_begin (cr, "Caption", "");
      for (guint i = 0; i < caption->len; i++)
        {
          g_autoptr(PangoLayout) layout = make_layout (self, g_ptr_array_index (caption, i), "Sans",
                                                       CAPTION_SIZE, FALSE, FALSE, width - 2 * d.g->margin);

          cairo_tag_begin (cr, "P", "");
          show_layout (cr, layout, &grey, 1, d.g->margin, d.height + i * CAPTION_LINE);
          cairo_tag_end (cr, "P");
        }
      cairo_tag_end (cr, "Caption");
      cairo_tag_end (cr, "Figure");
      cairo_tag_end (cr, "Document");
    }
  cairo_restore (cr);

  drawing_clear (&d);
}

/**
 * accord_timeline_picture_draw:
 *
 * Draws the picture with its top left corner at the origin of @cr, on
 * whatever is there (a white page, or accord_timeline_picture_to_bytes()'s
 * white background).
 */
void
accord_timeline_picture_draw (AccordTimelinePicture *self,
                              cairo_t               *cr,
                              double                 width)
{
  g_return_if_fail (ACCORD_IS_TIMELINE_PICTURE (self));
  g_return_if_fail (cr != NULL);

  draw_picture (self, cr, width, NULL);
}

gboolean
accord_timeline_picture_format_from_string (const char                  *text,
                                            AccordTimelinePictureFormat *format)
{
  if (g_strcmp0 (text, "svg") == 0)
    *format = ACCORD_TIMELINE_PICTURE_SVG;
  else if (g_strcmp0 (text, "png") == 0)
    *format = ACCORD_TIMELINE_PICTURE_PNG;
  else if (g_strcmp0 (text, "pdf") == 0)
    *format = ACCORD_TIMELINE_PICTURE_PDF;
  else
    return FALSE;

  return TRUE;
}

const char *
accord_timeline_picture_format_get_extension (AccordTimelinePictureFormat format)
{
  static const char *extensions[] = { "svg", "png", "pdf" };

  g_return_val_if_fail (format <= ACCORD_TIMELINE_PICTURE_PDF, NULL);

  return extensions[format];
}

static cairo_status_t
append_to_array (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/**
 * accord_timeline_picture_describe:
 * @max_lines: list at most this many events
 *
 * The picture in words, for those who cannot see it: one line per event
 * it shows, "date — title", in timeline order, and a last line saying how
 * many more there are beyond @max_lines.
 *
 * Returns: (transfer full) (element-type utf8): the lines
 */
GPtrArray *
accord_timeline_picture_describe (AccordTimelinePicture *self,
                                  guint                  max_lines)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  guint n = g_list_model_get_n_items (self->events);
  guint more = 0;

  g_return_val_if_fail (ACCORD_IS_TIMELINE_PICTURE (self), lines);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AccordEvent) event = g_list_model_get_item (self->events, i);
      g_autofree char *date = NULL;
      g_autofree char *title = NULL;

      if (self->have_range &&
          (accord_event_get_last_day (event) < self->start_day ||
           accord_event_get_first_day (event) >= self->end_day))
        continue;
      if (lines->len >= max_lines)
        {
          more++;
          continue;
        }

      date = accord_event_format_date (event);
      title = clean_line (accord_event_get_title (event));
      /* Translators: an event in the text of an exported timeline: its date and its title */
      g_ptr_array_add (lines, g_strdup_printf (_("%s — %s"), date, title));
    }

  if (more > 0)
    g_ptr_array_add (lines, g_strdup_printf (ngettext ("and %u more event", "and %u more events", more), more));

  return lines;
}

/* cairo's SVG draws glyphs as shapes: a title and a description listing
 * the events make the picture's text readable and searchable, and give it
 * an accessible name. */
static GBytes *
add_svg_text (AccordTimelinePicture *self,
              GByteArray            *svg)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GPtrArray) lines = accord_timeline_picture_describe (self, G_MAXUINT);
  g_autofree char *title = g_markup_escape_text (self->title, -1);
  const char *start, *root, *end;

  g_byte_array_append (svg, (const guint8 *) "", 1);
  start = (const char *) svg->data;
  root = strstr (start, "<svg");
  end = root != NULL ? strchr (root, '>') : NULL;
  if (end == NULL)
    return NULL;

  g_string_append_len (text, start, end + 1 - start);
  g_string_append_printf (text, "\n<title>%s</title>\n<desc>", title);
  for (guint i = 0; i < lines->len; i++)
    {
      g_autofree char *line = g_markup_escape_text (g_ptr_array_index (lines, i), -1);

      g_string_append_printf (text, "%s%s", i > 0 ? "\n" : "", line);
    }
  g_string_append (text, "</desc>");
  g_string_append (text, end + 1);

  return g_string_free_to_bytes (g_steal_pointer (&text));
}

/**
 * accord_timeline_picture_suggest_filename:
 *
 * The export's file name with " — Timeline" and the format's extension:
 * "Canada–Korea defence agreement — Timeline.svg".
 */
char *
accord_timeline_picture_suggest_filename (AccordBriefing              *briefing,
                                          AccordTimelinePictureFormat  format)
{
  g_autofree char *base = NULL;
  const char *dot;

  g_return_val_if_fail (ACCORD_IS_BRIEFING (briefing), NULL);

  base = accord_export_suggest_filename (briefing, NULL, ACCORD_EXPORT_FORMAT_TEXT);
  dot = strrchr (base, '.');
  /* Translators: the file name of an exported timeline: the briefing's file name (without extension), then this */
  return g_strdup_printf (_("%.*s — Timeline.%s"), (int) (dot != NULL ? dot - base : (int) strlen (base)),
                          base, accord_timeline_picture_format_get_extension (format));
}

/**
 * accord_timeline_picture_to_bytes:
 * @width: in px (points for PDF) at 1×
 * @scale: for PNG, 1 or 2 (pixels per px); ignored otherwise
 *
 * Renders the picture in memory, on white, so that nothing is written
 * until it is complete (accord_export_write() writes it atomically).
 */
GBytes *
accord_timeline_picture_to_bytes (AccordTimelinePicture        *self,
                                  AccordTimelinePictureFormat   format,
                                  double                        width,
                                  double                        scale,
                                  GError                      **error)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  g_autoptr(GPtrArray) caption = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  double height;

  g_return_val_if_fail (ACCORD_IS_TIMELINE_PICTURE (self), NULL);
  g_return_val_if_fail (width >= 72 && width <= 20000, NULL);
  g_return_val_if_fail (scale >= 1 && scale <= 4, NULL);

  height = ceil (accord_timeline_picture_get_height (self, width));

  switch (format)
    {
    case ACCORD_TIMELINE_PICTURE_SVG:
      surface = cairo_svg_surface_create_for_stream (append_to_array, data, width, height);
      break;

    case ACCORD_TIMELINE_PICTURE_PDF:
      /* Tagged, with the events listed under the picture as its text
       * alternative, as in the briefing PDF. */
      caption = accord_timeline_picture_describe (self, 200);
      height += caption->len * CAPTION_LINE + 12;
      surface = cairo_pdf_surface_create_for_stream (append_to_array, data, width, height);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, self->title);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Accord");
      break;

    case ACCORD_TIMELINE_PICTURE_PNG:
      if (ceil (width * scale) * ceil (height * scale) > MAX_PIXELS)
        {
          g_set_error (error, ACCORD_ERROR, ACCORD_ERROR_EXPORT,
                       _("The timeline is too large for a PNG picture"));
          return NULL;
        }
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (width * scale),
                                            (int) ceil (height * scale));
      break;

    default:
      g_return_val_if_reached (NULL);
    }

  cr = cairo_create (surface);
  if (format == ACCORD_TIMELINE_PICTURE_PNG)
    cairo_scale (cr, scale, scale);
  cairo_set_source_rgb (cr, paper.r, paper.g, paper.b);
  cairo_paint (cr);
  draw_picture (self, cr, width, caption);
  status = cairo_status (cr);
  cairo_destroy (cr);

  if (status == CAIRO_STATUS_SUCCESS && format == ACCORD_TIMELINE_PICTURE_PNG)
    status = cairo_surface_write_to_png_stream (surface, append_to_array, data);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, ACCORD_ERROR, ACCORD_ERROR_EXPORT,
                   _("Could not draw the timeline: %s"), cairo_status_to_string (status));
      return NULL;
    }

  if (format == ACCORD_TIMELINE_PICTURE_SVG)
    {
      GBytes *svg = add_svg_text (self, data);

      if (svg == NULL)
        g_set_error (error, ACCORD_ERROR, ACCORD_ERROR_EXPORT,
                     _("Could not draw the timeline: %s"), "SVG");
      return svg;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}
