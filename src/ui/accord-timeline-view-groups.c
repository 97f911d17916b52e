/* accord-timeline-view-groups.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The timeline in groups and eras: each group's row with its title and
 * colour, the eras as titled bands behind the axis, and Up/Down from lane
 * to lane.  The layout says where rows and bands are
 * (accord_timeline_frame_get_rows(), _get_eras()); this draws them.
 */

#define G_LOG_DOMAIN "accord-timeline-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "accord-era.h"
#include "accord-group.h"
#include "accord-timeline-view-private.h"

/* The row's group, or %NULL for the events in no group. */
AccordGroup *
_accord_timeline_view_get_row_group (AccordTimelineView *self,
                                     guint               row)
{
  g_autoptr(AccordGroup) group = NULL;
  guint number;

  if (row >= accord_timeline_layout_get_n_rows (self->layout) || self->groups == NULL)
    return NULL;

  number = accord_timeline_layout_get_row_group (self->layout, row);
  if (number == 0)
    return NULL;

  /* The list holds it; the briefing keeps both alive. */
  group = g_list_model_get_item (self->groups, number - 1);
  return group;
}

/* Rows are titled once there are groups at all: a timeline without them
 * looks as it always did. */
gboolean
_accord_timeline_view_rows_have_titles (AccordTimelineView *self)
{
  guint n_rows = accord_timeline_layout_get_n_rows (self->layout);

  return self->groups != NULL && g_list_model_get_n_items (self->groups) > 0 &&
         (n_rows > 1 || (n_rows == 1 && accord_timeline_layout_get_row_group (self->layout, 0) != 0));
}

/* The palette's shade for the style: the light one on a light
 * background, the lighter one when the text is light. */
void
_accord_timeline_view_group_color (AccordTimelineView *self,
                                   AccordGroup        *group,
                                   const GdkRGBA      *fg,
                                   GdkRGBA            *color)
{
  gboolean dark = 0.2126 * fg->red + 0.7152 * fg->green + 0.0722 * fg->blue > 0.5;
  double r, g, b;

  accord_group_color_get_rgb (group != NULL ? accord_group_get_shown_color (group) : ACCORD_GROUP_COLOR_GREY,
                              dark, &r, &g, &b);
  color->red = r;
  color->green = g;
  color->blue = b;
  color->alpha = 1;
}

static PangoLayout *
caption_layout (AccordTimelineView *self,
                const char         *text,
                int                *width,
                int                *height)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs, pango_attr_scale_new (0.83));
  pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  /* Plain text: titles come from the file. */
  pango_layout_set_text (layout, text, -1);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_single_paragraph_mode (layout, TRUE);
  pango_layout_get_pixel_size (layout, width, height);

  return layout;
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
draw_text (GtkSnapshot   *snapshot,
           PangoLayout   *layout,
           const GdkRGBA *color,
           double         x,
           double         y)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (round (x), round (y)));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

static char *
row_title (AccordTimelineView *self,
           guint               row)
{
  AccordGroup *group = _accord_timeline_view_get_row_group (self, row);

  if (group != NULL)
    return g_strdup (accord_group_get_title (group));

  /* Translators: the timeline's row of the events that belong to no group */
  return g_strdup (_("Other events"));
}

/* Each group's row: a faint tint of its colour across its lanes, a stripe
 * of it at the start, and its title, which stays at the start of the
 * view (horizontal) or at its top (vertical) whatever the range. */
void
_accord_timeline_view_draw_rows (AccordTimelineView *self,
                                 GtkSnapshot        *snapshot,
                                 const GdkRGBA      *fg,
                                 const GdkRGBA      *bg)
{
  gboolean horizontal = timeline_is_horizontal (self);
  const AccordTimelineRow *rows;
  guint n_rows;

  if (self->frame == NULL || !_accord_timeline_view_rows_have_titles (self))
    return;

  rows = accord_timeline_frame_get_rows (self->frame, &n_rows);
  for (guint r = 0; r < n_rows; r++)
    {
      AccordGroup *group = _accord_timeline_view_get_row_group (self, r);
      g_autofree char *title = row_title (self, r);
      g_autoptr(PangoLayout) layout = NULL;
      GdkRGBA color;
      graphene_rect_t rect;
      double c0, c1;
      int w, h;

      _accord_timeline_view_group_color (self, group, fg, &color);

      if (horizontal)
        {
          c0 = self->lanes_start - self->cross_offset + rows[r].first_lane * LANE_HEIGHT + r * self->row_header;
          c1 = c0 + self->row_header + rows[r].n_lanes * LANE_HEIGHT;
          if (c0 >= self->across)
            break;
          if (c1 <= self->lanes_start - 2)
            continue;

          if (r % 2 == 0)
            {
              rect = GRAPHENE_RECT_INIT (0, c0, self->length, c1 - c0);
              fill (snapshot, &color, 0.05, &rect);
            }
          rect = GRAPHENE_RECT_INIT (0, c0 + 2, 4, c1 - c0 - 4);
          fill (snapshot, &color, 1, &rect);

          layout = caption_layout (self, title, &w, &h);
          pango_layout_set_width (layout, (int) MAX (self->length - 24, 40) * PANGO_SCALE);
          pango_layout_get_pixel_size (layout, &w, &h);
          draw_text (snapshot, layout, fg, 10, c0 + (self->row_header - h) / 2.0 + 1);
        }
      else
        {
          double lane_size = self->lane_size;

          c0 = self->lanes_start - self->cross_offset + rows[r].first_lane * lane_size;
          c1 = c0 + rows[r].n_lanes * lane_size;
          if (c0 >= self->across)
            break;
          if (c1 <= self->lanes_start - 4)
            continue;

          if (r % 2 == 0)
            {
              rect = GRAPHENE_RECT_INIT (c0 - 2, 0, c1 - c0, self->length);
              fill (snapshot, &color, 0.05, &rect);
            }
          rect = GRAPHENE_RECT_INIT (c0 - 2, 0, c1 - c0 - 4, 3);
          fill (snapshot, &color, 1, &rect);

          /* A pill at the top: the lanes scroll under it. */
          layout = caption_layout (self, title, &w, &h);
          pango_layout_set_width (layout, (int) MAX (c1 - c0 - 16, 20) * PANGO_SCALE);
          pango_layout_get_pixel_size (layout, &w, &h);
          rect = GRAPHENE_RECT_INIT (c0, 5, w + 12, h + 4);
          fill_rounded (snapshot, bg, 0.92, &rect, 6);
          fill_rounded (snapshot, &color, 0.18, &rect, 6);
          draw_text (snapshot, layout, fg, c0 + 6, 7);
        }
    }
}

/* Eras: a faint band over the whole height (or width) behind the lanes,
 * and a titled bar for each, in a row of its level between the ticks and
 * the axis (horizontal) or a column beside the axis (vertical, with the
 * title at the top of the band).  Titles stick to the start of the view
 * while their era is in it. */
void
_accord_timeline_view_draw_eras (AccordTimelineView *self,
                                 GtkSnapshot        *snapshot,
                                 const GdkRGBA      *fg,
                                 const GdkRGBA      *bg)
{
  gboolean horizontal = timeline_is_horizontal (self);
  const AccordTimelineEraBand *bands;
  guint n_bands;

  if (self->frame == NULL || self->eras == NULL)
    return;

  bands = accord_timeline_frame_get_eras (self->frame, &n_bands);
  for (guint i = 0; i < n_bands; i++)
    {
      const AccordTimelineEraBand *band = &bands[i];
      g_autoptr(AccordEra) era = NULL;
      g_autoptr(PangoLayout) layout = NULL;
      graphene_rect_t rect;
      double a0 = band->start_px, a1 = band->end_px;
      int w, h;

      if (band->index >= g_list_model_get_n_items (self->eras) || a1 - a0 < 1)
        continue;
      era = g_list_model_get_item (self->eras, band->index);

      /* Behind everything from the axis on. */
      rect = timeline_rect (self, a0, a1, self->axis_pos, self->across);
      fill (snapshot, fg, 0.045, &rect);
      if (!band->starts_before)
        {
          rect = timeline_rect (self, a0, a0 + 1, self->axis_pos - (horizontal ? ERA_ROW * (self->n_era_levels - band->level) : 0),
                                self->across);
          fill (snapshot, fg, 0.25, &rect);
        }
      if (!band->ends_after)
        {
          rect = timeline_rect (self, a1 - 1, a1, self->axis_pos, self->across);
          fill (snapshot, fg, 0.12, &rect);
        }

      layout = caption_layout (self, accord_era_get_title (era), &w, &h);
      if (horizontal)
        {
          double c = BAND_ROW + TICK_ROW + 4 + band->level * ERA_ROW;

          rect = GRAPHENE_RECT_INIT (a0 + (band->starts_before ? 0 : 1), c, MAX (a1 - a0 - 2, 1), ERA_ROW - 4);
          fill_rounded (snapshot, fg, 0.14, &rect, band->starts_before || band->ends_after ? 2 : 5);
          if (a1 - a0 >= 24)
            {
              pango_layout_set_width (layout, (int) (a1 - a0 - 12) * PANGO_SCALE);
              draw_text (snapshot, layout, fg, a0 + 6, c + (ERA_ROW - 4 - h) / 2.0);
            }
        }
      else
        {
          double c = SIDE_COLUMN + 6 + band->level * ERA_COLUMN;

          rect = GRAPHENE_RECT_INIT (c, a0 + (band->starts_before ? 0 : 1), ERA_COLUMN - 3, MAX (a1 - a0 - 2, 1));
          fill_rounded (snapshot, fg, 0.14, &rect, band->starts_before || band->ends_after ? 2 : 5);
          if (a1 - a0 >= 24)
            {
              /* Along its bar, read from top to bottom. */
              pango_layout_set_width (layout, (int) (a1 - a0 - 12) * PANGO_SCALE);
              pango_layout_get_pixel_size (layout, &w, &h);
              gtk_snapshot_save (snapshot);
              gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (round (c + (ERA_COLUMN - 3 + h) / 2.0), round (a0 + 6)));
              gtk_snapshot_rotate (snapshot, 90);
              gtk_snapshot_append_layout (snapshot, layout, fg);
              gtk_snapshot_restore (snapshot);
            }
        }
    }
}

/* Up and Down in the horizontal layout: to the item of the lane above or
 * below nearest in time to the selected one, skipping lanes with nothing
 * in view.  FALSE when there is none, so that the key leaves the view. */
gboolean
_accord_timeline_view_move_lane (AccordTimelineView *self,
                                 int                 delta)
{
  const AccordTimelineItem *items;
  const AccordTimelineItem *from = NULL;
  guint n_items, n_lanes;
  double at;

  _accord_timeline_view_ensure_frame (self);
  if (self->frame == NULL)
    return FALSE;

  items = accord_timeline_frame_get_items (self->frame, &n_items);
  n_lanes = accord_timeline_frame_get_n_lanes (self->frame);
  for (guint i = 0; i < n_items && from == NULL; i++)
    if (timeline_item_has_selected (self, &items[i]))
      from = &items[i];

  if (from == NULL)
    return FALSE;

  at = timeline_item_marker_px (self, from);
  for (int lane = (int) from->lane + delta; lane >= 0 && lane < (int) n_lanes; lane += delta)
    {
      const AccordTimelineItem *best = NULL;
      double best_distance = G_MAXDOUBLE;

      for (guint i = 0; i < n_items; i++)
        {
          double m = timeline_item_marker_px (self, &items[i]);
          double distance = fabs (m - at);

          if ((int) items[i].lane != lane || m < 0 || m > self->length)
            continue;
          if (distance < best_distance)
            {
              best = &items[i];
              best_distance = distance;
            }
        }

      if (best != NULL)
        {
          /* A cluster is selected by its first event, which it holds. */
          accord_timeline_view_select (self, best->index, TRUE);
          return TRUE;
        }
    }

  return FALSE;
}
