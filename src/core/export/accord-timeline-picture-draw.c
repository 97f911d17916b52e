/* accord-timeline-picture-draw.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Drawing the timeline as a picture: the frame that AccordTimelineLayout
 * computes for the screen, drawn with cairo and Pango in the light style.
 * The pieces are drawn in the order a reader meets them: the title, the
 * legend of groups, the axis with the eras, then the rows of lanes, each
 * group's titled and tinted in its colour as on screen
 * (src/ui/accord-timeline-view-groups.c), in the palette's light shades.
 */

#define G_LOG_DOMAIN "accord-timeline-picture"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "accord-date.h"
#include "accord-era.h"
#include "accord-event.h"
#include "accord-group.h"
#include "accord-timeline-picture-private.h"

#define MAX_BANDS 64
#define MAX_LANES 8

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
  double row_header;    /* a group's title above its lanes */
  double era_row;       /* one level of era titles, above the axis */
  double legend_line;
} Geometry;

static const Geometry normal_geometry  = { 24, 16, 9, 20, 16, 20, 28, 10, 200, 17, 18, 17 };
static const Geometry compact_geometry = { 0, 0, 7.5, 16, 13, 16, 22, 8, 130, 13, 14, 13 };

/* Room between two entries of the legend, and the most one title takes. */
#define LEGEND_SPACING 18
#define LEGEND_MAX_TITLE 240

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
  double legend;        /* y of the legend */
  double axis;          /* y of the axis line */
  double lanes;         /* y of lane 0 (of the first row's title with groups) */
  double row_header;    /* a row's title: 0 without groups */
  guint n_era_levels;
  double height;
  gboolean tagged;      /* a PDF of its own: structure tags for the title */
} Drawing;

/* As the PDF export does: points, no hinting, so that the picture is the
 * same on every surface and at every scale. */
PangoContext *
_accord_timeline_picture_make_context (const char *language)
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

static void
rounded_rect (cairo_t *cr,
              double   x,
              double   y,
              double   width,
              double   height,
              double   radius)
{
  radius = MIN (radius, MIN (width, height) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static void
fill_rounded (cairo_t      *cr,
              const Colour *colour,
              double        alpha,
              double        x,
              double        y,
              double        width,
              double        height,
              double        radius)
{
  cairo_set_source_rgba (cr, colour->r, colour->g, colour->b, alpha);
  rounded_rect (cr, x, y, width, height, radius);
  cairo_fill (cr);
}

/* The row's group, or %NULL for the events in no group. */
static AccordGroup *
row_group (Drawing *d,
           guint    row)
{
  return _accord_timeline_picture_get_group (d->self, accord_timeline_layout_get_row_group (d->self->layout, row));
}

static char *
row_title (Drawing *d,
           guint    row)
{
  AccordGroup *group = row_group (d, row);

  if (group != NULL)
    return _accord_timeline_picture_clean_line (accord_group_get_title (group));

  /* Translators: the timeline's row of the events that belong to no group */
  return g_strdup (_("Other events"));
}

/* The palette's light shade, whatever the desktop's style; the events in
 * no group are grey, as on screen. */
static Colour
row_colour (Drawing *d,
            guint    row)
{
  AccordGroup *group = row_group (d, row);
  Colour colour;

  accord_group_color_get_rgb (group != NULL ? accord_group_get_shown_color (group) : ACCORD_GROUP_COLOR_GREY,
                              FALSE, &colour.r, &colour.g, &colour.b);

  return colour;
}

/* The legend of groups: a swatch of each row's colour and its title, in
 * the rows' order, wrapped into as many lines as the width needs.  With
 * @cr %NULL it only measures, so that the room it takes and what it draws
 * cannot disagree.  Returns its height, with the space under it. */
static double
flow_legend (Drawing *d,
             cairo_t *cr)
{
  const Geometry *g = d->g;
  guint n_rows = accord_timeline_layout_get_n_rows (d->self->layout);
  double size = g->label_size + 0.5;
  double swatch = round (size * 1.1);
  double x = 0;
  guint line = 0;

  if (d->row_header == 0)
    return 0;

  for (guint r = 0; r < n_rows; r++)
    {
      g_autofree char *title = row_title (d, r);
      g_autoptr(PangoLayout) layout = make_layout (d->self, title, "Sans", size, FALSE, FALSE,
                                                   MIN (LEGEND_MAX_TITLE, d->length - swatch - 6));
      double top;
      int w, h;

      pango_layout_get_pixel_size (layout, &w, &h);
      if (x > 0 && x + swatch + 6 + w > d->length)
        {
          x = 0;
          line++;
        }

      if (cr != NULL)
        {
          Colour colour = row_colour (d, r);

          top = d->legend + line * g->legend_line;
          fill_rounded (cr, &colour, 1, d->left + x, top + (g->legend_line - swatch) / 2.0, swatch, swatch, 2);
          show_layout (cr, layout, &ink, 0.85, d->left + x + swatch + 6, top + (g->legend_line - h) / 2.0);
        }
      x += swatch + 6 + w + LEGEND_SPACING;
    }

  return (line + 1) * g->legend_line + (d->self->compact ? 4 : 6);
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

  d->row_header = _accord_timeline_picture_has_groups (self) ? g->row_header : 0;
  d->legend = g->margin;
  if (!self->compact)
    d->legend += g->title_size * 1.4 + 9.5 * 1.5 + 10;
  d->header = d->legend + flow_legend (d, NULL);

  /* Each group's row may stack up to MAX_LANES lanes: within a height,
   * fewer each, and the rest of a crowd in clusters. */
  if (self->max_height > 0)
    {
      guint n_rows = MAX (accord_timeline_layout_get_n_rows (self->layout), 1);
      double fixed = d->header + g->band_row + g->tick_row + 4 +
                     accord_timeline_layout_get_n_era_levels (self->layout) * g->era_row +
                     6 + g->gap_row + n_rows * d->row_header + MAX (g->margin, 4);
      double lanes = floor ((self->max_height - fixed) / g->lane_height / n_rows);

      metrics.max_lanes = (guint) CLAMP (lanes, 1, MAX_LANES);
    }

  d->frame = accord_timeline_layout_compute (self->layout, d->start_day, d->end_day, d->length, &metrics);
  d->n_era_levels = accord_timeline_frame_get_n_era_levels (d->frame);
  d->axis = d->header + g->band_row + g->tick_row + 4 + d->n_era_levels * g->era_row;
  d->lanes = d->axis + 6 + g->gap_row;
  d->height = d->lanes + MAX (accord_timeline_frame_get_n_lanes (d->frame), 1) * g->lane_height +
              accord_timeline_layout_get_n_rows (self->layout) * d->row_header + MAX (g->margin, 4);
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

/* Each era: a faint band behind everything from the axis down, lines at
 * its ends, and a titled bar in the row of its level above the axis, as
 * on screen.  The layout clips the bands to the range. */
static void
draw_eras (Drawing *d,
           cairo_t *cr)
{
  const Geometry *g = d->g;
  const AccordTimelineEraBand *bands;
  double bottom = d->height - MAX (g->margin, 4);
  guint n_bands;

  if (d->self->eras == NULL)
    return;

  bands = accord_timeline_frame_get_eras (d->frame, &n_bands);
  for (guint i = 0; i < n_bands; i++)
    {
      const AccordTimelineEraBand *band = &bands[i];
      g_autoptr(AccordEra) era = NULL;
      double a0 = band->start_px, a1 = band->end_px;
      double top = d->header + g->band_row + g->tick_row + 2 + band->level * g->era_row;

      if (band->index >= g_list_model_get_n_items (d->self->eras) || a1 - a0 < 1)
        continue;
      era = g_list_model_get_item (d->self->eras, band->index);

      fill_rect (cr, &ink, 0.045, to_x (d, a0), d->axis, a1 - a0, bottom - d->axis);
      if (!band->starts_before)
        fill_rect (cr, &ink, 0.25, to_x (d, a0), top, 0.75, bottom - top);
      if (!band->ends_after)
        fill_rect (cr, &ink, 0.12, to_x (d, a1) - 0.75, d->axis, 0.75, bottom - d->axis);

      fill_rounded (cr, &ink, 0.14, to_x (d, a0 + (band->starts_before ? 0 : 1)), top,
                    MAX (a1 - a0 - 2, 1), g->era_row - 4, band->starts_before || band->ends_after ? 2 : 5);
      if (a1 - a0 >= 24)
        {
          g_autofree char *title = _accord_timeline_picture_clean_line (accord_era_get_title (era));
          g_autoptr(PangoLayout) layout = make_layout (d->self, title, "Sans", g->label_size, TRUE, FALSE,
                                                       a1 - a0 - 12);
          int w, h;

          pango_layout_get_pixel_size (layout, &w, &h);
          show_layout (cr, layout, &ink, 0.9, to_x (d, a0 + 6), top + (g->era_row - 4 - h) / 2.0);
        }
    }
}

/* Where a row starts, its title first: its lanes follow the rows above. */
static double
row_top (Drawing                 *d,
         const AccordTimelineRow *rows,
         guint                    row)
{
  return d->lanes + rows[row].first_lane * d->g->lane_height + row * d->row_header;
}

/* Each group's row: a faint tint of its colour on every other row, a
 * stripe of it at the start, and its title above its lanes, as on
 * screen.  All groups, the ones hidden on screen too: the picture is of
 * the briefing, not of the window's filter. */
static void
draw_rows (Drawing *d,
           cairo_t *cr)
{
  const Geometry *g = d->g;
  const AccordTimelineRow *rows;
  guint n_rows;

  if (d->row_header == 0)
    return;

  rows = accord_timeline_frame_get_rows (d->frame, &n_rows);
  for (guint r = 0; r < n_rows; r++)
    {
      Colour colour = row_colour (d, r);
      g_autofree char *title = row_title (d, r);
      g_autoptr(PangoLayout) layout = make_layout (d->self, title, "Sans", g->label_size, TRUE, FALSE,
                                                   MAX (d->length - 24, 40));
      double c0 = row_top (d, rows, r);
      double c1 = c0 + d->row_header + rows[r].n_lanes * g->lane_height;
      int w, h;

      if (r % 2 == 0)
        fill_rect (cr, &colour, 0.05, d->left, c0, d->length, c1 - c0);
      fill_rect (cr, &colour, 1, d->left, c0 + 2, d->self->compact ? 3 : 4, c1 - c0 - 4);

      pango_layout_get_pixel_size (layout, &w, &h);
      show_layout (cr, layout, &ink, 1, d->left + (d->self->compact ? 8 : 10), c0 + (d->row_header - h) / 2.0 + 1);
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
  return _accord_timeline_picture_clean_line (accord_event_get_title (event));
}

/* Where the item's marker or bar is, along the axis. */
static double
item_marker_px (Drawing                  *d,
                const AccordTimelineItem *item)
{
  if (item->kind == ACCORD_TIMELINE_ITEM_CLUSTER && (item->flags & ACCORD_TIMELINE_ITEM_FLAG_LABEL_HIDDEN))
    return (MAX (item->start_px, 0) + MIN (item->end_px, d->length)) / 2;

  return item->start_px;
}

/* Where the item starts to be drawn: the edge the label before it in its
 * lane must stop at. */
static double
item_start_edge (Drawing                  *d,
                 const AccordTimelineItem *item)
{
  if (item->kind == ACCORD_TIMELINE_ITEM_BAND || item->kind == ACCORD_TIMELINE_ITEM_BAR)
    return MAX (item->start_px, 0);

  return item_marker_px (d, item) - d->g->marker / 2.0 - 2;
}

/* @colour: the accent, or the item's group's colour
 * @next_edge: where the next item of its lane starts, if any */
static void
draw_item (Drawing                  *d,
           cairo_t                  *cr,
           const AccordTimelineItem *item,
           const Colour             *colour,
           double                    cross,
           double                    next_edge)
{
  const Geometry *g = d->g;
  gboolean vague = (item->flags & (ACCORD_TIMELINE_ITEM_FLAG_APPROXIMATE | ACCORD_TIMELINE_ITEM_FLAG_UNCERTAIN)) != 0;
  gboolean is_span = item->kind == ACCORD_TIMELINE_ITEM_BAND || item->kind == ACCORD_TIMELINE_ITEM_BAR;
  double radius = g->marker / 2.0;
  double a = item_marker_px (d, item);
  double label_x;
  g_autofree char *text = NULL;

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

      fill_rect (cr, colour, 0.6, to_x (d, s), d->axis - 1.5, e - s, 3);
      fill_rect (cr, colour, item->kind == ACCORD_TIMELINE_ITEM_BAND ? 0.2 : 0.32,
                 to_x (d, s), cross - half, e - s, 2 * half);
      if (item->kind == ACCORD_TIMELINE_ITEM_BAR)
        {
          fill_rect (cr, colour, 1, to_x (d, s), cross - half, 2.5, 2 * half);
          fill_rect (cr, colour, 1, to_x (d, e) - 2.5, cross - half, 2.5, 2 * half);
        }
      else
        fill_rect (cr, colour, 0.9, to_x (d, s), cross - half, e - s, 2);
      label_x = s + 6;
    }
  else if (item->kind == ACCORD_TIMELINE_ITEM_POINT)
    {
      fill_circle (cr, &paper, 1, to_x (d, a), cross, radius + 2);
      fill_circle (cr, colour, 1, to_x (d, a), cross, radius);
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

  /* As on screen, a label has the room up to the next item of its lane
   * (the layout reserved at least its estimated width there), so that a
   * title shows whole where nothing follows it. */
  text = item_label (d->self, item);
  if (text[0] != '\0' && MIN (next_edge - 6, d->length) - label_x >= 3 * g->label_size)
    {
      double room = MIN (next_edge - 6, d->length) - label_x;
      g_autoptr(PangoLayout) layout = make_layout (d->self, text, "Sans", g->label_size, FALSE, FALSE, room);
      int w, h;

      pango_layout_get_pixel_size (layout, &w, &h);
      show_layout (cr, layout, &ink, 0.9, to_x (d, label_x), cross - h / 2.0);
    }
}

/* Lane by lane, nearest the axis first; with groups, under their row's
 * title and in its colour. */
static void
draw_lanes (Drawing *d,
            cairo_t *cr)
{
  const AccordTimelineItem *items;
  guint n_items;
  guint n_lanes = MAX (accord_timeline_frame_get_n_lanes (d->frame), 1);
  g_autofree double *next_edge = NULL;
  g_autofree double *lane_edge = g_new (double, n_lanes);

  items = accord_timeline_frame_get_items (d->frame, &n_items);

  /* Each item's next in its lane, from the last one back. */
  next_edge = g_new (double, MAX (n_items, 1));
  for (guint l = 0; l < n_lanes; l++)
    lane_edge[l] = G_MAXDOUBLE;
  for (guint i = n_items; i-- > 0;)
    {
      guint lane = MIN (items[i].lane, n_lanes - 1);

      next_edge[i] = lane_edge[lane];
      lane_edge[lane] = MIN (lane_edge[lane], item_start_edge (d, &items[i]));
    }

  for (guint i = 0; i < n_items; i++)
    {
      const AccordTimelineItem *item = &items[i];
      double cross = d->lanes + item->lane * d->g->lane_height + d->g->lane_height / 2.0;
      Colour colour = accent;

      if (d->row_header > 0)
        {
          cross += (item->row + 1) * d->row_header;
          colour = row_colour (d, item->row);
        }
      draw_item (d, cr, item, &colour, cross, next_edge[i]);
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

double
_accord_timeline_picture_measure (AccordTimelinePicture *self,
                                  double                 width)
{
  Drawing d;
  double height;

  drawing_init (&d, self, width);
  height = d.height;
  drawing_clear (&d);

  return height;
}

#define CAPTION_SIZE 8.5

/* With @caption (a PDF of its own), tagged: Document › H1 (the title), P
 * (the dates), Figure › Caption › P (one per event, drawn under the
 * picture), as the briefing PDF's figure is. */
void
_accord_timeline_picture_render (AccordTimelinePicture *self,
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
  /* Part of the figure: it says what its colours are. */
  flow_legend (&d, cr);
  draw_bands (&d, cr);
  draw_eras (&d, cr);
  draw_rows (&d, cr);
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
          show_layout (cr, layout, &grey, 1, d.g->margin, d.height + i * ACCORD_TIMELINE_PICTURE_CAPTION_LINE);
          cairo_tag_end (cr, "P");
        }
      cairo_tag_end (cr, "Caption");
      cairo_tag_end (cr, "Figure");
      cairo_tag_end (cr, "Document");
    }
  cairo_restore (cr);

  drawing_clear (&d);
}
