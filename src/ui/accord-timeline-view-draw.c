/* accord-timeline-view-draw.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Draws the timeline from the frame the layout computed: month or year
 * bands, ticks, the axis, the gaps between events and the markers under
 * the child widgets.  Colours come from the theme, so light and dark both
 * work; text is plain, never markup.  Everything drawn is bounded by the
 * frame, itself bounded by the length of the axis.
 */

#define G_LOG_DOMAIN "accord-timeline-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "accord-date.h"
#include "accord-timeline-view-private.h"

#define MAX_BANDS 64

typedef struct
{
  GdkRGBA fg;
  GdkRGBA accent;     /* accent_bg_color: fills */
  GdkRGBA accent_fg;  /* text on an accent fill */
  GdkRGBA bg;
} Palette;

typedef struct
{
  double a0;
  double a1;
} Span;

static void
lookup_palette (AccordTimelineView *self,
                Palette            *p)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));

  gtk_style_context_get_color (context, &p->fg);
  if (!gtk_style_context_lookup_color (context, "accent_bg_color", &p->accent))
    gdk_rgba_parse (&p->accent, "#3584e4");
  if (!gtk_style_context_lookup_color (context, "accent_fg_color", &p->accent_fg))
    gdk_rgba_parse (&p->accent_fg, "#ffffff");
  if (!gtk_style_context_lookup_color (context, "view_bg_color", &p->bg))
    gdk_rgba_parse (&p->bg, "#ffffff");
}

static void
fill (GtkSnapshot           *snapshot,
      const GdkRGBA         *color,
      double                 alpha,
      const graphene_rect_t *rect)
{
  GdkRGBA c = *color;

  c.alpha *= alpha;
  gtk_snapshot_append_color (snapshot, &c, rect);
}

static void
fill_rounded (GtkSnapshot           *snapshot,
              const GdkRGBA         *color,
              double                 alpha,
              const graphene_rect_t *rect,
              double                 radius)
{
  GskRoundedRect rr;

  gsk_rounded_rect_init_from_rect (&rr, rect, MIN (radius, MIN (rect->size.width, rect->size.height) / 2));
  gtk_snapshot_push_rounded_clip (snapshot, &rr);
  fill (snapshot, color, alpha, rect);
  gtk_snapshot_pop (snapshot);
}

static void
circle (GtkSnapshot   *snapshot,
        const GdkRGBA *color,
        double         alpha,
        double         x,
        double         y,
        double         radius)
{
  graphene_rect_t r = GRAPHENE_RECT_INIT (x - radius, y - radius, 2 * radius, 2 * radius);

  fill_rounded (snapshot, color, alpha, &r, radius);
}

static PangoLayout *
make_layout (AccordTimelineView *self,
             const char         *text,
             gboolean            bold,
             gboolean            italic,
             int                *width,
             int                *height)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs, pango_attr_scale_new (0.83));
  pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum=1"));
  if (bold)
    pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  if (italic)
    pango_attr_list_insert (attrs, pango_attr_style_new (PANGO_STYLE_ITALIC));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_size (layout, width, height);

  return layout;
}

static void
draw_layout (GtkSnapshot   *snapshot,
             PangoLayout   *layout,
             const GdkRGBA *color,
             double         alpha,
             double         x,
             double         y)
{
  GdkRGBA c = *color;

  c.alpha *= alpha;
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (round (x), round (y)));
  gtk_snapshot_append_layout (snapshot, layout, &c);
  gtk_snapshot_restore (snapshot);
}

static double
px (AccordTimelineView *self,
    double              day)
{
  return accord_timeline_day_to_px (day, self->start_day, self->end_day, self->length);
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

  /* Translators: a band of years on the timeline, first–last */
  /* Translators: a span of years on the timeline, such as "2010–2019" */
  return g_strdup_printf (C_("timeline band", "%d–%d"), year, (int) (year + years - 1));
}

/* Months behind day and week ticks, years behind months and quarters,
 * decades (and so on) behind years: the next coarser unit, in stripes. */
static guint
draw_bands (AccordTimelineView *self,
            GtkSnapshot        *snapshot,
            const Palette      *p,
            Span               *labels)
{
  gboolean horizontal = timeline_is_horizontal (self);
  guint step = 1;
  AccordTimelineUnit unit = accord_timeline_frame_get_tick_unit (self->frame, &step);
  gint64 years = unit <= ACCORD_TIMELINE_UNIT_WEEK ? 0
                 : unit <= ACCORD_TIMELINE_UNIT_QUARTER ? 1
                 : step < 10 ? 10 : (gint64) step * 10;
  gint64 ordinal;
  guint n_labels = 0;
  int year, month, day;

  accord_date_civil_from_days ((gint64) floor (self->start_day), &year, &month, &day);
  if (years == 0)
    ordinal = (gint64) year * 12 + month - 1;
  else
    ordinal = (year >= 0 ? year : year - years + 1) / years;

  for (guint i = 0; i < MAX_BANDS; i++, ordinal++)
    {
      int y0 = years == 0 ? (int) (ordinal >= 0 ? ordinal / 12 : (ordinal - 11) / 12) : (int) (ordinal * years);
      int m0 = years == 0 ? (int) (ordinal - (gint64) y0 * 12) + 1 : 1;
      double a0 = px (self, accord_date_days_from_civil (y0, m0, 1));
      double a1 = years == 0
                  ? px (self, accord_date_days_from_civil (m0 == 12 ? y0 + 1 : y0, m0 == 12 ? 1 : m0 + 1, 1))
                  : px (self, accord_date_days_from_civil ((int) (y0 + years), 1, 1));
      double v0 = MAX (a0, 0);
      double v1 = MIN (a1, self->length);
      g_autofree char *text = NULL;
      g_autoptr(PangoLayout) layout = NULL;
      graphene_rect_t r;
      int w, h;

      if (a0 > self->length)
        break;
      if (v1 <= v0)
        continue;

      /* The parity of the period, not of its place on screen, so that
       * panning does not make the stripes flicker. */
      if (ordinal % 2 == 0)
        {
          r = timeline_rect (self, v0, v1, 0, self->across);
          fill (snapshot, &p->fg, 0.035, &r);
        }
      if (a0 >= 0)
        {
          r = timeline_rect (self, a0, a0 + 1, 0, self->across);
          fill (snapshot, &p->fg, 0.10, &r);
        }

      text = format_band (y0, m0, years);
      layout = make_layout (self, text, TRUE, FALSE, &w, &h);
      if (horizontal && v1 - v0 >= w + 12)
        {
          /* Sticks to the left edge while its band is in view. */
          double x = MIN (v0 + 6, v1 - w - 6);

          draw_layout (snapshot, layout, &p->fg, 0.8, x, (BAND_ROW - h) / 2.0 + 1);
        }
      else if (!horizontal && v1 - v0 >= h + 8)
        {
          double y = MIN (v0 + 4, v1 - h - 4);

          draw_layout (snapshot, layout, &p->fg, 0.8, 6, y);
          labels[n_labels].a0 = y - 2;
          labels[n_labels].a1 = y + h + 2;
          n_labels++;
        }
    }

  return n_labels;
}

static void
draw_ticks (AccordTimelineView *self,
            GtkSnapshot        *snapshot,
            const Palette      *p,
            const Span         *band_labels,
            guint               n_band_labels)
{
  gboolean horizontal = timeline_is_horizontal (self);
  const AccordTimelineTick *ticks;
  guint n_ticks;
  graphene_rect_t r;

  ticks = accord_timeline_frame_get_ticks (self->frame, &n_ticks);
  for (guint i = 0; i < n_ticks; i++)
    {
      const AccordTimelineTick *tick = &ticks[i];
      g_autoptr(PangoLayout) layout = NULL;
      gboolean covered = FALSE;
      int w, h;

      r = timeline_rect (self, tick->px, tick->px + 1, self->axis_pos, self->across);
      fill (snapshot, &p->fg, tick->major ? 0.09 : 0.045, &r);
      r = timeline_rect (self, tick->px, tick->px + 1, self->axis_pos - (tick->major ? 9 : 5), self->axis_pos);
      fill (snapshot, &p->fg, 0.45, &r);

      if (tick->label == NULL)
        continue;

      layout = make_layout (self, tick->label, FALSE, FALSE, &w, &h);
      if (horizontal)
        {
          if (tick->px + 4 + w > self->length)
            continue;
          draw_layout (snapshot, layout, &p->fg, 0.65, tick->px + 4, BAND_ROW + (TICK_ROW - h) / 2.0);
          continue;
        }

      /* Beside the axis, under its tick, unless a band name is there. */
      for (guint b = 0; b < n_band_labels && !covered; b++)
        covered = tick->px + 1 < band_labels[b].a1 && tick->px + 1 + h > band_labels[b].a0;
      if (!covered && tick->px + 1 + h <= self->length)
        draw_layout (snapshot, layout, &p->fg, 0.65, self->axis_pos - 10 - w, tick->px + 1);
    }

  r = timeline_rect (self, 0, self->length, self->axis_pos - 1, self->axis_pos + 1);
  fill (snapshot, &p->fg, 0.35, &r);
}

static void
draw_gaps (AccordTimelineView *self,
           GtkSnapshot        *snapshot,
           const Palette      *p)
{
  gboolean horizontal = timeline_is_horizontal (self);
  const AccordTimelineGap *gaps;
  guint n_gaps;

  gaps = accord_timeline_frame_get_gaps (self->frame, &n_gaps);
  for (guint i = 0; i < n_gaps; i++)
    {
      const AccordTimelineGap *gap = &gaps[i];
      g_autoptr(PangoLayout) layout = make_layout (self, gap->label, FALSE, TRUE, NULL, NULL);
      double s = MAX (gap->start_px, 0) + 6;
      double e = MIN (gap->end_px, self->length) - 6;
      double text_len, l0, c;
      graphene_rect_t r;
      int w, h;

      pango_layout_get_pixel_size (layout, &w, &h);
      text_len = horizontal ? w : h;
      l0 = gap->px - text_len / 2;

      /* A dim line from the end of what came before to the next event,
       * broken by the label. */
      c = horizontal ? self->axis_pos + 6 + GAP_ROW / 2.0 : self->lanes_start + 2;
      if (l0 - 6 > s)
        {
          r = timeline_rect (self, s, l0 - 6, c - 0.5, c + 0.5);
          fill (snapshot, &p->fg, 0.3, &r);
        }
      if (e > l0 + text_len + 6)
        {
          r = timeline_rect (self, l0 + text_len + 6, e, c - 0.5, c + 0.5);
          fill (snapshot, &p->fg, 0.3, &r);
        }
      if (gap->start_px >= 0)
        {
          r = timeline_rect (self, s, s + 1, c - 4, c + 4);
          fill (snapshot, &p->fg, 0.3, &r);
        }
      if (gap->end_px <= self->length)
        {
          r = timeline_rect (self, e - 1, e, c - 4, c + 4);
          fill (snapshot, &p->fg, 0.3, &r);
        }

      if (horizontal)
        draw_layout (snapshot, layout, &p->fg, 0.6, l0, c - h / 2.0);
      else
        draw_layout (snapshot, layout, &p->fg, 0.6, c - w / 2.0 < self->lanes_start ? c + 4 : c - w / 2.0, l0);
    }
}

/* "~" approximate, "?" uncertain, as EDTF writes them. */
static void
draw_badge (AccordTimelineView       *self,
            GtkSnapshot              *snapshot,
            const Palette            *p,
            const AccordTimelineItem *item,
            double                    cross)
{
  const char *text;
  g_autoptr(PangoLayout) layout = NULL;
  graphene_rect_t r;
  double x, y;
  int w, h;

  if ((item->flags & ACCORD_TIMELINE_ITEM_FLAG_APPROXIMATE) && (item->flags & ACCORD_TIMELINE_ITEM_FLAG_UNCERTAIN))
    text = "~?";
  else if (item->flags & ACCORD_TIMELINE_ITEM_FLAG_APPROXIMATE)
    text = "~";
  else if (item->flags & ACCORD_TIMELINE_ITEM_FLAG_UNCERTAIN)
    text = "?";
  else
    return;

  layout = make_layout (self, text, TRUE, FALSE, &w, &h);
  if (timeline_is_horizontal (self))
    {
      x = item->kind == ACCORD_TIMELINE_ITEM_POINT ? item->start_px + 3 : MAX (item->start_px, 0) + 3;
      y = cross - BUTTON_HEIGHT / 2.0 - h / 2.0 + 1;
    }
  else
    {
      x = cross + 3;
      y = MAX (item->start_px, 0) - h - 1;
    }

  r = GRAPHENE_RECT_INIT (x - 4, y, w + 8, h);
  fill_rounded (snapshot, &p->accent, 1, &r, h / 2.0);
  draw_layout (snapshot, layout, &p->accent_fg, 1, x, y);
}

/* A cluster with no room for its label shows its count on the marker:
 * "12", "347", "3.5k", "12k". */
static void
draw_count_badge (AccordTimelineView       *self,
                  GtkSnapshot              *snapshot,
                  const Palette            *p,
                  const AccordTimelineItem *item,
                  double                    x,
                  double                    y,
                  gboolean                  selected)
{
  g_autoptr(PangoLayout) layout = NULL;
  g_autofree char *text = NULL;
  graphene_rect_t r;
  int tw, w, h;

  if (item->count < 1000)
    text = g_strdup_printf ("%u", item->count);
  else if (item->count < 10000)
    /* Translators: a count of events in thousands, on a cluster of the timeline */
    text = g_strdup_printf (C_("timeline cluster", "%.1fk"), item->count / 1000.0);
  else
    text = g_strdup_printf ("%uk", item->count / 1000);

  layout = make_layout (self, text, TRUE, FALSE, &tw, &h);
  w = MAX (tw + 8, h);
  r = GRAPHENE_RECT_INIT (x - w / 2.0 - 2, y - h / 2.0 - 2, w + 4, h + 4);
  fill_rounded (snapshot, &p->bg, 1, &r, h);
  if (selected)
    fill_rounded (snapshot, &p->accent, 0.35, &r, h);
  r = GRAPHENE_RECT_INIT (x - w / 2.0, y - h / 2.0, w, h);
  fill_rounded (snapshot, selected ? &p->accent : &p->fg, selected ? 1 : 0.65, &r, h / 2.0);
  draw_layout (snapshot, layout, selected ? &p->accent_fg : &p->bg, 1, x - tw / 2.0, y - h / 2.0);
}

static void
draw_span (AccordTimelineView       *self,
           GtkSnapshot              *snapshot,
           const Palette            *p,
           const AccordTimelineItem *item,
           double                    cross,
           gboolean                  selected)
{
  gboolean horizontal = timeline_is_horizontal (self);
  gboolean vague = (item->flags & TIMELINE_VAGUE) != 0;
  double half = horizontal ? BUTTON_HEIGHT / 2.0 - 2 : 4;
  double s = MAX (item->start_px, -8);
  double e = MIN (MAX (item->end_px, item->start_px + 2), self->length + 8);
  double alpha = (item->kind == ACCORD_TIMELINE_ITEM_BAND ? 0.2 : 0.32) + (selected ? 0.12 : 0);
  graphene_rect_t r = timeline_rect (self, s, e, cross - half, cross + half);
  graphene_rect_t on_axis = timeline_rect (self, s, e, self->axis_pos - 2, self->axis_pos + 2);

  fill (snapshot, &p->accent, 0.6, &on_axis);

  if (vague && e - s > 8)
    {
      /* Vague ends fade out instead of stopping at a hard edge. */
      double f = MIN (0.3, 28 / (e - s));
      GdkRGBA solid = p->accent, clear = p->accent;
      GskColorStop stops[4];
      GskRoundedRect rr;

      solid.alpha *= alpha;
      clear.alpha = 0;
      stops[0] = (GskColorStop) { 0, item->start_px >= -8 ? clear : solid };
      stops[1] = (GskColorStop) { f, solid };
      stops[2] = (GskColorStop) { 1 - f, solid };
      stops[3] = (GskColorStop) { 1, item->end_px <= self->length + 8 ? clear : solid };

      gsk_rounded_rect_init_from_rect (&rr, &r, MIN (6, half));
      gtk_snapshot_push_rounded_clip (snapshot, &rr);
      gtk_snapshot_append_linear_gradient (snapshot, &r,
                                           horizontal ? &GRAPHENE_POINT_INIT (s, cross) : &GRAPHENE_POINT_INIT (cross, s),
                                           horizontal ? &GRAPHENE_POINT_INIT (e, cross) : &GRAPHENE_POINT_INIT (cross, e),
                                           stops, G_N_ELEMENTS (stops));
      gtk_snapshot_pop (snapshot);
      return;
    }

  fill_rounded (snapshot, &p->accent, alpha, &r, MIN (6, half));

  if (item->kind == ACCORD_TIMELINE_ITEM_BAR)
    {
      /* A bar has definite ends. */
      r = timeline_rect (self, s, s + 3, cross - half, cross + half);
      fill (snapshot, &p->accent, 1, &r);
      r = timeline_rect (self, e - 3, e, cross - half, cross + half);
      fill (snapshot, &p->accent, 1, &r);
    }
  else
    {
      /* A band is a whole month or year: a bracket along it. */
      r = timeline_rect (self, s, e, cross - half, cross - half + 2);
      fill (snapshot, &p->accent, 0.9, &r);
    }
}

static void
draw_items (AccordTimelineView *self,
            GtkSnapshot        *snapshot,
            const Palette      *p)
{
  gboolean horizontal = timeline_is_horizontal (self);
  gboolean titled = _accord_timeline_view_rows_have_titles (self);
  const AccordTimelineItem *items;
  const Palette *shown = p;
  Palette in_group = *p;
  guint n_items;

  items = accord_timeline_frame_get_items (self->frame, &n_items);
  for (guint i = 0; i < n_items; i++)
    {
      const AccordTimelineItem *item = &items[i];
      gboolean selected = timeline_item_has_selected (self, item);
      double cross = timeline_item_cross (self, item);
      double a = timeline_item_marker_px (self, item);
      double x = horizontal ? a : cross;
      double y = horizontal ? cross : a;
      graphene_rect_t stem;
      gboolean clipped;

      /* Scrolled out of view across the axis: nothing of it shows. */
      if (cross < self->lanes_start - LANE_HEIGHT || cross > self->across + LANE_HEIGHT)
        continue;

      /* In groups, an event takes its group's colour; the selection keeps
       * the accent around it. */
      if (titled)
        {
          _accord_timeline_view_group_color (self, _accord_timeline_view_get_row_group (self, item->row),
                                             &p->fg, &in_group.accent);
          shown = &in_group;
        }

      if (a >= -MARKER_SIZE && a <= self->length + MARKER_SIZE && cross >= self->lanes_start)
        {
          stem = timeline_rect (self, a - (selected ? 1 : 0.5), a + (selected ? 1 : 0.5), self->axis_pos, cross);
          fill (snapshot, selected ? &p->accent : &p->fg, selected ? 0.9 : 0.2, &stem);
        }

      clipped = _accord_timeline_view_push_lanes_clip (self, snapshot);
      switch (item->kind)
        {
        case ACCORD_TIMELINE_ITEM_POINT:
          if (selected)
            circle (snapshot, &p->accent, 0.3, x, y, MARKER_SIZE / 2.0 + 5);
          circle (snapshot, &p->bg, 1, x, y, MARKER_SIZE / 2.0 + 2);
          circle (snapshot, &shown->accent, 1, x, y, MARKER_SIZE / 2.0);
          if (item->flags & TIMELINE_VAGUE)
            circle (snapshot, &p->bg, 1, x, y, MARKER_SIZE / 2.0 - 2.5);
          break;

        case ACCORD_TIMELINE_ITEM_BAND:
        case ACCORD_TIMELINE_ITEM_BAR:
          draw_span (self, snapshot, shown, item, cross, selected);
          break;

        case ACCORD_TIMELINE_ITEM_CLUSTER:
        default:
          /* A small stack: several events in one place, over the days
           * they cover when that is wider. */
          if (item->end_px - item->start_px > MARKER_SIZE)
            {
              graphene_rect_t r = timeline_rect (self, MAX (item->start_px, -8),
                                                 MIN (item->end_px, self->length + 8),
                                                 cross - 4, cross + 4);

              fill_rounded (snapshot, &p->fg, 0.15, &r, 4);
            }
          if (timeline_label_hidden (item))
            {
              draw_count_badge (self, snapshot, p, item, x, y, selected);
              break;
            }
          if (selected)
            circle (snapshot, &p->accent, 0.3, x, y, MARKER_SIZE / 2.0 + 5);
          circle (snapshot, &p->fg, 0.3, x + 3, y - 3, MARKER_SIZE / 2.0);
          circle (snapshot, &p->bg, 1, x, y, MARKER_SIZE / 2.0 + 2);
          circle (snapshot, &p->fg, 0.7, x, y, MARKER_SIZE / 2.0);
          break;
        }

      draw_badge (self, snapshot, p, item, cross);
      if (clipped)
        gtk_snapshot_pop (snapshot);
    }
}

static void
draw_empty (AccordTimelineView *self,
            GtkSnapshot        *snapshot,
            const Palette      *p)
{
  g_autoptr(PangoLayout) layout = NULL;
  int w, h;

  layout = make_layout (self, _("No dated events"), FALSE, FALSE, &w, &h);
  draw_layout (snapshot, layout, &p->fg, 0.55,
               (gtk_widget_get_width (GTK_WIDGET (self)) - w) / 2.0,
               (gtk_widget_get_height (GTK_WIDGET (self)) - h) / 2.0);
}

void
_accord_timeline_view_snapshot (GtkWidget   *widget,
                                GtkSnapshot *snapshot)
{
  AccordTimelineView *self = ACCORD_TIMELINE_VIEW (widget);
  Span band_labels[MAX_BANDS];
  guint n_band_labels;
  gboolean clipped;
  Palette p;

  lookup_palette (self, &p);

  if (self->frame == NULL || timeline_n_events (self) == 0)
    {
      draw_empty (self, snapshot, &p);
      return;
    }

  n_band_labels = draw_bands (self, snapshot, &p, band_labels);
  _accord_timeline_view_draw_eras (self, snapshot, &p.fg, &p.bg);
  if (_accord_timeline_view_push_lanes_clip (self, snapshot))
    {
      _accord_timeline_view_draw_rows (self, snapshot, &p.fg, &p.bg);
      gtk_snapshot_pop (snapshot);
    }
  else
    _accord_timeline_view_draw_rows (self, snapshot, &p.fg, &p.bg);
  draw_ticks (self, snapshot, &p, band_labels, n_band_labels);
  draw_gaps (self, snapshot, &p);
  draw_items (self, snapshot, &p);

  /* Scrolled, the lanes pass under the axis and its labels. */
  clipped = _accord_timeline_view_push_lanes_clip (self, snapshot);
  for (guint i = 0; i < self->markers->len; i++)
    {
      AccordTimelineMarker *marker = g_ptr_array_index (self->markers, i);

      if (marker->in_use)
        gtk_widget_snapshot_child (widget, GTK_WIDGET (marker), snapshot);
    }
  if (clipped)
    gtk_snapshot_pop (snapshot);

  gtk_widget_snapshot_child (widget, self->rows_scrollbar, snapshot);

  /* The canvas itself holds the focus only while the selected event is
   * out of view; say so, since no marker shows it. */
  if (gtk_widget_has_focus (widget))
    {
      GskRoundedRect rr;
      GdkRGBA ring = p.accent;
      float widths[4] = { 2, 2, 2, 2 };
      GdkRGBA colors[4];

      ring.alpha = 0.6;
      for (guint i = 0; i < 4; i++)
        colors[i] = ring;
      gsk_rounded_rect_init_from_rect (&rr, &GRAPHENE_RECT_INIT (1, 1, gtk_widget_get_width (widget) - 2,
                                                                 gtk_widget_get_height (widget) - 2), 4);
      gtk_snapshot_append_border (snapshot, &rr, widths, colors);
    }
}
