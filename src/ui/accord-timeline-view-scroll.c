/* accord-timeline-view-scroll.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Scrolling the rows across the axis when they do not all fit: down in
 * the horizontal layout, sideways in the vertical one.  Only the lanes
 * move; the date bands, ticks, axis, gaps and era titles stay where they
 * are.  The offset is the view's own: the layout knows nothing of it.
 * An overlaid scrollbar shows it and moves it; the wheel moves it when
 * the rows overflow; selecting an event scrolls its lane into view, so
 * the focus never sits on a marker that cannot be seen.
 */

#define G_LOG_DOMAIN "accord-timeline-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "accord-timeline-view-private.h"

/* Room after the last lane, so that its labels are not flush with the
 * edge. */
#define END_PADDING 8

/* How far the lanes reach, across the axis, from where they start: the
 * length of the scrolled content. */
static double
content_extent (AccordTimelineView *self)
{
  guint n_lanes, n_rows;

  if (self->frame == NULL)
    return 0;

  n_lanes = accord_timeline_frame_get_n_lanes (self->frame);
  accord_timeline_frame_get_rows (self->frame, &n_rows);

  if (timeline_is_horizontal (self))
    return n_lanes * LANE_HEIGHT + n_rows * self->row_header + END_PADDING;

  return n_lanes * self->lane_size + END_PADDING;
}

static double
page_size (AccordTimelineView *self)
{
  return MAX (self->across - self->lanes_start, 1);
}

static double
max_offset (AccordTimelineView *self)
{
  return MAX (content_extent (self) - page_size (self), 0);
}

gboolean
_accord_timeline_view_rows_overflow (AccordTimelineView *self)
{
  return max_offset (self) >= 1;
}

static void
set_offset (AccordTimelineView *self,
            double              offset)
{
  offset = round (CLAMP (offset, 0, max_offset (self)));
  if (offset == self->cross_offset)
    return;

  self->cross_offset = offset;
  gtk_adjustment_set_value (self->rows_adjustment, offset);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static void
on_value_changed (GtkAdjustment      *adjustment,
                  AccordTimelineView *self)
{
  set_offset (self, gtk_adjustment_get_value (adjustment));
}

/* In size_allocate, once the frame and the lane size are known: the
 * adjustment follows the content, the offset stays within it, and the
 * scrollbar shows only when there is something to scroll. */
void
_accord_timeline_view_update_scroll (AccordTimelineView *self)
{
  gboolean horizontal = timeline_is_horizontal (self);
  GtkOrientation orientation = horizontal ? GTK_ORIENTATION_VERTICAL : GTK_ORIENTATION_HORIZONTAL;
  double page = page_size (self);
  double upper = MAX (content_extent (self), page);
  gboolean overflow;
  GtkAllocation alloc;
  int min_size;

  self->cross_offset = round (CLAMP (self->cross_offset, 0, upper - page));

  g_signal_handlers_block_by_func (self->rows_adjustment, on_value_changed, self);
  gtk_adjustment_configure (self->rows_adjustment, self->cross_offset, 0, upper,
                            horizontal ? LANE_HEIGHT : MAX (self->lane_size / 2, 30),
                            MAX (page - LANE_HEIGHT, LANE_HEIGHT), page);
  g_signal_handlers_unblock_by_func (self->rows_adjustment, on_value_changed, self);

  overflow = _accord_timeline_view_rows_overflow (self);
  gtk_widget_set_child_visible (self->rows_scrollbar, overflow);
  if (!overflow)
    return;

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->rows_scrollbar), orientation);
  gtk_widget_measure (self->rows_scrollbar, horizontal ? GTK_ORIENTATION_HORIZONTAL : GTK_ORIENTATION_VERTICAL,
                      -1, &min_size, NULL, NULL, NULL);
  min_size = MAX (min_size, 8);

  /* Over the lanes, at their far edge, as overlay scrollbars are. */
  if (horizontal)
    alloc = (GtkAllocation) { (int) self->length - min_size, (int) self->lanes_start,
                              min_size, (int) page };
  else
    alloc = (GtkAllocation) { (int) self->lanes_start, (int) self->length - min_size,
                              (int) page, min_size };
  gtk_widget_size_allocate (self->rows_scrollbar, &alloc, -1);
}

/* The wheel across the axis: FALSE when the rows all fit, so that the
 * wheel does what it did before. */
gboolean
_accord_timeline_view_scroll_rows_by (AccordTimelineView *self,
                                      double              delta)
{
  if (!_accord_timeline_view_rows_overflow (self))
    return FALSE;

  set_offset (self, self->cross_offset + delta);
  return TRUE;
}

/* Across the axis, in the scrolled content, where the item's marker
 * with its label lies. */
static void
item_extent (AccordTimelineView       *self,
             const AccordTimelineItem *item,
             double                   *c0,
             double                   *c1)
{
  double cross = timeline_item_cross (self, item) + self->cross_offset;

  if (timeline_is_horizontal (self))
    {
      /* A marker without its label is placed higher, at its least
       * height, and reaches lower than the lane. */
      *c0 = cross - LANE_HEIGHT / 2.0;
      *c1 = cross + LANE_HEIGHT / 2.0 + 8;
      /* The first lane of a row shows its title too. */
      if (self->row_header > 0)
        {
          const AccordTimelineRow *rows;
          guint n_rows;

          rows = accord_timeline_frame_get_rows (self->frame, &n_rows);
          if (item->row < n_rows && item->lane == rows[item->row].first_lane)
            *c0 -= self->row_header;
        }
    }
  else
    {
      *c0 = cross - MARKER_SIZE / 2.0 - 8;
      *c1 = self->lanes_start + (item->lane + 1) * self->lane_size;
    }
}

/* The least scroll that shows the selected event's lane whole. */
void
_accord_timeline_view_reveal_selected (AccordTimelineView *self)
{
  const AccordTimelineItem *items;
  guint n_items;
  double c0, c1, top, bottom, offset;

  _accord_timeline_view_ensure_frame (self);
  if (self->frame == NULL || self->selected == GTK_INVALID_LIST_POSITION)
    return;

  items = accord_timeline_frame_get_items (self->frame, &n_items);
  for (guint i = 0; i < n_items; i++)
    {
      if (!timeline_item_has_selected (self, &items[i]))
        continue;

      item_extent (self, &items[i], &c0, &c1);
      top = c0 - self->lanes_start;
      bottom = c1 - self->lanes_start;
      offset = self->cross_offset;
      if (bottom > offset + page_size (self))
        offset = bottom - page_size (self);
      if (top < offset)
        offset = top;
      set_offset (self, offset);
      return;
    }
}

/* Whether a child spanning c0…c1 across the axis can be seen at all. */
gboolean
_accord_timeline_view_cross_in_view (AccordTimelineView *self,
                                     double              c0,
                                     double              c1)
{
  double start = self->cross_offset > 0 ? self->lanes_start : 0;

  return c1 > start && c0 < self->across;
}

/* While scrolled, what lies in the lanes is clipped to them, so that it
 * never covers the axis and its labels. */
gboolean
_accord_timeline_view_push_lanes_clip (AccordTimelineView *self,
                                       GtkSnapshot        *snapshot)
{
  graphene_rect_t r;

  if (self->cross_offset <= 0)
    return FALSE;

  r = timeline_rect (self, -64, self->length + 64,
                     self->lanes_start - (timeline_is_horizontal (self) ? 2 : 4), self->across);
  gtk_snapshot_push_clip (snapshot, &r);
  return TRUE;
}

/* Thin until the pointer comes to it, as in a scrolled window. */
static void
on_scrollbar_enter (GtkEventControllerMotion *controller,
                    double                    x,
                    double                    y,
                    GtkWidget                *scrollbar)
{
  gtk_widget_add_css_class (scrollbar, "hovering");
}

static void
on_scrollbar_leave (GtkEventControllerMotion *controller,
                    GtkWidget                *scrollbar)
{
  gtk_widget_remove_css_class (scrollbar, "hovering");
}

void
_accord_timeline_view_init_scroll (AccordTimelineView *self)
{
  GtkEventController *motion;

  self->rows_adjustment = g_object_ref_sink (gtk_adjustment_new (0, 0, 1, 1, 1, 1));
  g_signal_connect (self->rows_adjustment, "value-changed", G_CALLBACK (on_value_changed), self);

  self->rows_scrollbar = gtk_scrollbar_new (GTK_ORIENTATION_VERTICAL, self->rows_adjustment);
  gtk_widget_add_css_class (self->rows_scrollbar, "overlay-indicator");
  gtk_widget_set_cursor_from_name (self->rows_scrollbar, "default");
  motion = gtk_event_controller_motion_new ();
  g_signal_connect (motion, "enter", G_CALLBACK (on_scrollbar_enter), self->rows_scrollbar);
  g_signal_connect (motion, "leave", G_CALLBACK (on_scrollbar_leave), self->rows_scrollbar);
  gtk_widget_add_controller (self->rows_scrollbar, motion);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->rows_scrollbar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  /* Translators: the scrollbar of the timeline's rows of groups */
                                  _("Timeline rows"),
                                  -1);
  gtk_widget_set_parent (self->rows_scrollbar, GTK_WIDGET (self));
  gtk_widget_set_child_visible (self->rows_scrollbar, FALSE);
}

void
_accord_timeline_view_dispose_scroll (AccordTimelineView *self)
{
  if (self->rows_adjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->rows_adjustment, on_value_changed, self);
  g_clear_pointer (&self->rows_scrollbar, gtk_widget_unparent);
  g_clear_object (&self->rows_adjustment);
}
