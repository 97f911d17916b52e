/* accord-timeline-view-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by accord-timeline-view.c and the files that split it by concern:
 * accord-timeline-view-input.c (child widgets, focus, keys, pointer) and
 * accord-timeline-view-draw.c (snapshot).
 */

#pragma once

#include "accord-timeline-marker.h"
#include "accord-timeline-view.h"

G_BEGIN_DECLS

#define MARKER_SIZE      12
#define LANE_HEIGHT      38   /* horizontal: one lane */
#define BUTTON_HEIGHT    30
#define BAND_ROW         24   /* horizontal: month or year names */
#define TICK_ROW         20
#define GAP_ROW          24
#define SIDE_COLUMN      116  /* vertical: tick labels left of the axis */
#define LINE_HEIGHT      28   /* vertical: one marker with its label */
#define MIN_LANE_WIDTH   150
#define MAX_LANES        6
#define MAX_LANES_NARROW 3
#define ROW_HEADER       18   /* horizontal: a group's title above its lanes */
#define ERA_ROW          20   /* horizontal: one level of era titles, above the axis */
#define ERA_COLUMN       18   /* vertical: one level of era bars, beside the axis */

struct _AccordTimelineView
{
  GtkWidget              parent_instance;

  GtkOrientation         orientation;
  gboolean               adaptive;

  GListModel            *events;
  GHashTable            *positions;   /* AccordEvent → position + 1 */
  GListModel            *groups;      /* AccordGroup: the rows' titles and colours */
  GListModel            *eras;        /* AccordEra */
  AccordTimelineLayout  *layout;

  double                 start_day;
  double                 end_day;
  gboolean               have_range;
  gboolean               fitted;      /* the range follows the size until the user moves it */

  AccordTimelineMetrics  metrics;
  double                 char_width;
  double                 length;      /* along the axis */
  double                 across;
  double                 axis_pos;    /* across the axis: where its line is */
  double                 lanes_start; /* across the axis: where lane 0 begins */
  double                 lane_size;
  double                 cross_offset; /* across the axis: how far the lanes are scrolled */
  GtkAdjustment         *rows_adjustment;
  GtkWidget             *rows_scrollbar;
  double                 row_header;  /* horizontal: ROW_HEADER when the rows have titles */
  guint                  lane_budget; /* horizontal: the lanes that fit, over all rows */
  guint                  even_lanes;  /* …shared evenly between the rows */
  guint                  n_era_levels;

  AccordTimelineFrame   *frame;
  gboolean               frame_dirty;
  GPtrArray             *markers;     /* AccordTimelineMarker: the pool */

  guint                  selected;
  gint64                 selected_first;
  gint64                 selected_last;
  guint                  selected_group; /* as AccordTimelineRow.group */
  gboolean               scroll_pending;
  gboolean               focus_pending;
  gboolean               moving_focus;

  double                 pointer[2];
  gboolean               has_pointer;
  double                 drag_range[2];
  double                 zoom_scale;
  GtkWidget             *cluster_popover; /* lists the events of a one-day cluster */
};

static inline gboolean
timeline_is_horizontal (AccordTimelineView *self)
{
  return self->orientation == GTK_ORIENTATION_HORIZONTAL;
}

static inline guint
timeline_n_events (AccordTimelineView *self)
{
  return self->events != NULL ? g_list_model_get_n_items (self->events) : 0;
}

/* A rectangle given along and across the axis. */
static inline graphene_rect_t
timeline_rect (AccordTimelineView *self,
               double              a0,
               double              a1,
               double              c0,
               double              c1)
{
  graphene_rect_t r;

  if (timeline_is_horizontal (self))
    graphene_rect_init (&r, a0, c0, a1 - a0, c1 - c0);
  else
    graphene_rect_init (&r, c0, a0, c1 - c0, a1 - a0);

  return r;
}

/* Across the axis: the middle of an item's marker. */
static inline double
timeline_item_cross (AccordTimelineView       *self,
                     const AccordTimelineItem *item)
{
  double start = self->lanes_start - self->cross_offset;

  if (timeline_is_horizontal (self))
    return start + item->lane * LANE_HEIGHT + (item->row + 1) * self->row_header + LANE_HEIGHT / 2.0;

  return start + item->lane * self->lane_size + MARKER_SIZE / 2.0 + 4;
}

#define TIMELINE_VAGUE (ACCORD_TIMELINE_ITEM_FLAG_APPROXIMATE | ACCORD_TIMELINE_ITEM_FLAG_UNCERTAIN)

static inline gboolean
timeline_label_hidden (const AccordTimelineItem *item)
{
  return (item->flags & ACCORD_TIMELINE_ITEM_FLAG_LABEL_HIDDEN) != 0;
}

/* Along the axis: where the marker of a point or cluster goes.  A cluster
 * without a label, or that starts before the view, sits in the middle of
 * the visible part of the days (or columns) it covers; else at its start,
 * before its label. */
static inline double
timeline_item_marker_px (AccordTimelineView       *self,
                         const AccordTimelineItem *item)
{
  /* A cluster that reaches in from before the view shows its marker in
   * view too, where it can be seen and clicked; but where too little of it
   * is in view for its marker, the marker stays at that edge, mostly out of
   * view, rather than cover its neighbour. */
  if (item->kind == ACCORD_TIMELINE_ITEM_CLUSTER &&
      (timeline_label_hidden (item) || item->start_px < 0))
    {
      double v0 = MAX (item->start_px, 0);
      double v1 = MIN (item->end_px, self->length);
      double need = timeline_label_hidden (item) ? 30 : MARKER_SIZE + 8;

      if (v1 - v0 >= need || (item->start_px >= 0 && item->end_px <= self->length))
        return (v0 + v1) / 2;
      if (item->start_px < 0)
        return v1 - need / 2;
      return v0 + need / 2;
    }

  return item->start_px;
}

/* A cluster holds the selected event when it covers its first day. */
static inline gboolean
timeline_item_has_selected (AccordTimelineView       *self,
                            const AccordTimelineItem *item)
{
  if (self->selected == GTK_INVALID_LIST_POSITION)
    return FALSE;
  if (item->kind != ACCORD_TIMELINE_ITEM_CLUSTER)
    return item->index == self->selected;

  /* …and is in the row of its group: clusters of other groups may cover
   * the same days. */
  return self->selected_first >= item->first_day && self->selected_first <= item->last_day &&
         item->row < accord_timeline_layout_get_n_rows (self->layout) &&
         accord_timeline_layout_get_row_group (self->layout, item->row) == self->selected_group;
}

/* accord-timeline-view.c */
void                  _accord_timeline_view_ensure_frame      (AccordTimelineView       *self);
void                  _accord_timeline_view_set_range         (AccordTimelineView       *self,
                                                               double                    start_day,
                                                               double                    end_day);
void                  _accord_timeline_view_zoom_at           (AccordTimelineView       *self,
                                                               double                    factor,
                                                               double                    anchor_px);
void                  _accord_timeline_view_pan_by            (AccordTimelineView       *self,
                                                               double                    delta_px);
double                _accord_timeline_view_keyboard_anchor   (AccordTimelineView       *self);
void                  _accord_timeline_view_scroll_to_selected(AccordTimelineView       *self);
void                  _accord_timeline_view_set_selected      (AccordTimelineView       *self,
                                                               guint                     position);
void                  _accord_timeline_view_activate_item     (AccordTimelineView       *self,
                                                               const AccordTimelineItem *item);

/* accord-timeline-view-input.c */
void                  _accord_timeline_view_sync_markers      (AccordTimelineView       *self);
void                  _accord_timeline_view_allocate_markers  (AccordTimelineView       *self);
void                  _accord_timeline_view_unbind_markers    (AccordTimelineView       *self);
AccordTimelineMarker *_accord_timeline_view_find_marker       (AccordTimelineView       *self,
                                                               guint                     position);
void                  _accord_timeline_view_focus_selected    (AccordTimelineView       *self);
void                  _accord_timeline_view_class_init_input  (GtkWidgetClass           *widget_class);
void                  _accord_timeline_view_init_input        (AccordTimelineView       *self);

/* accord-timeline-view-groups.c */
AccordGroup          *_accord_timeline_view_get_row_group     (AccordTimelineView       *self,
                                                               guint                     row);
gboolean              _accord_timeline_view_rows_have_titles  (AccordTimelineView       *self);
void                  _accord_timeline_view_group_color       (AccordTimelineView       *self,
                                                               AccordGroup              *group,
                                                               const GdkRGBA            *fg,
                                                               GdkRGBA                  *color);
void                  _accord_timeline_view_draw_rows         (AccordTimelineView       *self,
                                                               GtkSnapshot              *snapshot,
                                                               const GdkRGBA            *fg,
                                                               const GdkRGBA            *bg);
void                  _accord_timeline_view_draw_eras         (AccordTimelineView       *self,
                                                               GtkSnapshot              *snapshot,
                                                               const GdkRGBA            *fg,
                                                               const GdkRGBA            *bg);
gboolean              _accord_timeline_view_move_lane         (AccordTimelineView       *self,
                                                               int                       delta);

/* accord-timeline-view-scroll.c */
void                  _accord_timeline_view_init_scroll       (AccordTimelineView       *self);
void                  _accord_timeline_view_dispose_scroll    (AccordTimelineView       *self);
void                  _accord_timeline_view_update_scroll     (AccordTimelineView       *self);
gboolean              _accord_timeline_view_rows_overflow     (AccordTimelineView       *self);
gboolean              _accord_timeline_view_scroll_rows_by    (AccordTimelineView       *self,
                                                               double                    delta);
void                  _accord_timeline_view_reveal_selected   (AccordTimelineView       *self);
gboolean              _accord_timeline_view_cross_in_view     (AccordTimelineView       *self,
                                                               double                    c0,
                                                               double                    c1);
gboolean              _accord_timeline_view_push_lanes_clip   (AccordTimelineView       *self,
                                                               GtkSnapshot              *snapshot);

/* accord-timeline-view-cluster.c */
void                  _accord_timeline_view_open_cluster      (AccordTimelineView       *self,
                                                               const AccordTimelineItem *item);

/* accord-timeline-view-draw.c */
void                  _accord_timeline_view_snapshot          (GtkWidget                *widget,
                                                               GtkSnapshot              *snapshot);

G_END_DECLS
