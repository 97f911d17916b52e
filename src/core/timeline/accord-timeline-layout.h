/* accord-timeline-layout.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "accord-types.h"

G_BEGIN_DECLS

/*
 * AccordTimelineLayout turns dated events into geometry along one axis
 * ("px" is a position along it: x for the wide timeline, y for the narrow
 * vertical one).  It is pure arithmetic: no widgets, no Pango.  Text
 * widths are estimated from character counts and the caller's
 * AccordTimelineMetrics.char_width.
 *
 * Time is measured in days since 1970-01-01 (see accord-date.h) as doubles;
 * a day d covers [d, d + 1).  A point sits at the start of its day; a band
 * or bar covers [first_day, last_day + 1).
 *
 * The events are indexed once (sorted, with an interval tree), so that
 * accord_timeline_layout_compute() only touches the events that overlap the
 * visible range: O(log n + k) for k visible events.  Its output is bounded
 * by the length in px, whatever the number of events.
 *
 * Events in groups (AccordTimelineSpan.group, or accord_event_get_group())
 * are laid out in one row of lanes per group, in the groups' order, the
 * events in no group last (AccordTimelineRow); eras
 * (accord_timeline_layout_set_eras()) come back as bands clipped to the
 * visible range (AccordTimelineEraBand).  A renderer needs nothing else to
 * draw a frame: the view draws it with GtkSnapshot, an export can with
 * cairo.
 */

/* The shortest and longest visible spans that zooming allows.  The longest
 * shows every year EDTF level 0 can write (0000–9999) with some padding. */
#define ACCORD_TIMELINE_MIN_SPAN_DAYS 2.0
#define ACCORD_TIMELINE_MAX_SPAN_DAYS (12000 * 365.2425)
/* The smallest span accord_timeline_layout_fit() returns. */
#define ACCORD_TIMELINE_FIT_MIN_SPAN_DAYS 14.0

typedef enum
{
  ACCORD_TIMELINE_ITEM_POINT,   /* one day */
  ACCORD_TIMELINE_ITEM_BAND,    /* a whole month or year, not a day in it */
  ACCORD_TIMELINE_ITEM_BAR,     /* an interval: an end date or an EDTF "a/b" */
  ACCORD_TIMELINE_ITEM_CLUSTER, /* several events too dense to show apart */
} AccordTimelineItemKind;

/* LABEL_HIDDEN: the item only fits in its lane without its label (show
 * it in a tooltip); no room is reserved for the label. */
typedef enum
{
  ACCORD_TIMELINE_ITEM_FLAG_NONE         = 0,
  ACCORD_TIMELINE_ITEM_FLAG_APPROXIMATE  = 1 << 0,
  ACCORD_TIMELINE_ITEM_FLAG_UNCERTAIN    = 1 << 1,
  ACCORD_TIMELINE_ITEM_FLAG_LABEL_HIDDEN = 1 << 2,
} AccordTimelineItemFlags;

typedef enum
{
  ACCORD_TIMELINE_UNIT_DAY,
  ACCORD_TIMELINE_UNIT_WEEK,    /* ISO weeks, starting on Monday */
  ACCORD_TIMELINE_UNIT_MONTH,
  ACCORD_TIMELINE_UNIT_QUARTER,
  ACCORD_TIMELINE_UNIT_YEAR,    /* with a step of 1, 2, 5, 10, … years */
} AccordTimelineUnit;

/**
 * AccordTimelineSpan:
 * @first_day: first day covered
 * @last_day: last day covered (inclusive; equal to @first_day for a day)
 * @precision: precision of the start date
 * @qualifiers: qualifiers of either end
 * @is_interval: %TRUE for an end date or an EDTF interval (drawn as a bar)
 * @label_chars: length of the event's label in characters, to reserve room
 *   for it; 0 when the caller draws no label
 * @index: returned in AccordTimelineItem.index
 * @group: the event's group, counting from 1 (accord_group_get_index() + 1),
 *   or 0 for an event in no group
 *
 * One event as accord_timeline_layout_set_spans() takes it, so that callers
 * (and benchmarks) need not build AccordEvent objects.
 */
typedef struct
{
  gint64               first_day;
  gint64               last_day;
  AccordDatePrecision  precision;
  AccordDateQualifiers qualifiers;
  gboolean             is_interval;
  guint                label_chars;
  guint                index;
  guint                group;
} AccordTimelineSpan;

/**
 * AccordTimelineEraSpan:
 * @first_day: first day covered
 * @last_day: last day covered (inclusive)
 * @index: returned in AccordTimelineEraBand.index
 *
 * One era as accord_timeline_layout_set_era_spans() takes it.
 */
typedef struct
{
  gint64 first_day;
  gint64 last_day;
  guint  index;
} AccordTimelineEraSpan;

/**
 * AccordTimelineMetrics:
 * @char_width: estimated width of one character of label text, in px
 * @min_tick_spacing: least distance between two labelled ticks, in px
 * @marker_width: width of the marker drawn for a point or a cluster
 * @max_label_width: a label takes at most this much room (the view
 *   ellipsizes longer ones)
 * @item_spacing: room kept free after an item in its lane
 * @max_lanes: at most this many lanes in each row (each group of events);
 *   events that do not fit join a cluster
 * @min_point_distance: points closer than this merge into a cluster, when
 *   a day is narrower than this; when even that leaves more than
 *   @max_lanes lanes, all events merge by columns of
 *   MAX (@min_point_distance, @marker_width + @item_spacing) px
 * @label_padding: room kept on both sides of a tick or gap label
 *
 * An item reserves in its lane the room from its start to the end of its
 * extent or of its label, whichever is further, plus @item_spacing.  A
 * point or cluster reaches half a marker further each way and its label
 * starts after the marker; the label of a band or bar starts at its start.
 */
typedef struct
{
  double char_width;
  double min_tick_spacing;
  double marker_width;
  double max_label_width;
  double item_spacing;
  guint  max_lanes;
  double min_point_distance;
  double label_padding;
} AccordTimelineMetrics;

/**
 * AccordTimelineItem:
 * @kind: how to draw it
 * @flags: whether the date is approximate or uncertain, and whether the
 *   label fits
 * @index: the event's index (its position in the list given to
 *   accord_timeline_layout_set_events(), or AccordTimelineSpan.index); for
 *   a cluster, that of its first event
 * @count: number of events: 1, or more for a cluster
 * @lane: 0 for the lane nearest the axis
 * @start_px: where it starts
 * @end_px: where it ends; equal to @start_px for a point.  A cluster
 *   covers the days of its events, or when merged by columns the columns
 *   its events start in
 * @first_day: first day covered (for a cluster, by any of its events:
 *   zooming to @first_day … @last_day splits it)
 * @last_day: last day covered, inclusive
 * @row: the position of its row (its group) in
 *   accord_timeline_frame_get_rows(); @lane is counted over all rows, so
 *   that the lanes of row 0 come first
 *
 * Items come in increasing @start_px; those of one lane never overlap
 * (labels included, as AccordTimelineMetrics describes).  An event takes
 * the first lane with room for it and its label, else a new lane up to
 * AccordTimelineMetrics.max_lanes, else the first lane with room for it
 * alone (%ACCORD_TIMELINE_ITEM_FLAG_LABEL_HIDDEN), else it joins a
 * cluster.
 */
typedef struct
{
  AccordTimelineItemKind  kind;
  AccordTimelineItemFlags flags;
  guint                   index;
  guint                   count;
  guint                   lane;
  double                  start_px;
  double                  end_px;
  gint64                  first_day;
  gint64                  last_day;
  guint                   row;
} AccordTimelineItem;

/**
 * AccordTimelineRow:
 * @group: the group of its events, as in AccordTimelineSpan.group: 1 for
 *   the first group, 0 for the events in no group
 * @first_lane: its first lane
 * @n_lanes: how many lanes it takes, at least 1
 *
 * The events of one group, stacked in lanes of their own.  Rows come in
 * the order of their groups, the events in no group last; a group with no
 * event has no row.  Rows do not depend on the visible range, so that
 * panning never moves a group; only their number of lanes does.
 */
typedef struct
{
  guint group;
  guint first_lane;
  guint n_lanes;
} AccordTimelineRow;

/**
 * AccordTimelineEraBand:
 * @index: the era's index (its position in the list given to
 *   accord_timeline_layout_set_eras(), or AccordTimelineEraSpan.index)
 * @level: 0, or more where eras overlap: the eras of one level never do
 * @start_px: where the visible part of the band starts, at least 0
 * @end_px: where it ends, at most the length
 * @starts_before: %TRUE when the era starts before the visible range
 * @ends_after: %TRUE when it ends after it
 * @first_day: the era's first day
 * @last_day: its last day, inclusive
 *
 * An era, clipped to the visible range: draw its label from @start_px,
 * and it stays on screen while any of the era does.
 */
typedef struct
{
  guint    index;
  guint    level;
  double   start_px;
  double   end_px;
  gboolean starts_before;
  gboolean ends_after;
  gint64   first_day;
  gint64   last_day;
} AccordTimelineEraBand;

/**
 * AccordTimelineTick:
 * @px: position of the tick: the start of its day, week, month…
 * @day: that day
 * @unit: the unit of the ticks
 * @major: %TRUE when it also starts the next coarser unit (a month for
 *   days and weeks, a year for months and quarters, a decade…)
 * @label: the text, left-aligned at @px, in the current locale; %NULL if
 *   it would overlap the previous one
 */
typedef struct
{
  double              px;
  gint64              day;
  AccordTimelineUnit  unit;
  gboolean            major;
  char               *label;
} AccordTimelineTick;

/**
 * AccordTimelineGap:
 * @px: where to centre the label: the middle of the visible part of the gap
 * @start_px: where the gap starts (the end of everything before it)
 * @end_px: where it ends (the start of the next event)
 * @days: days from the last day of the events before to the next event
 * @label: e.g. "5 weeks later"
 *
 * The time between consecutive events in which nothing happens.
 */
typedef struct
{
  double  px;
  double  start_px;
  double  end_px;
  gint64  days;
  char   *label;
} AccordTimelineGap;

typedef struct _AccordTimelineFrame AccordTimelineFrame;

#define ACCORD_TYPE_TIMELINE_FRAME (accord_timeline_frame_get_type ())

GType                     accord_timeline_frame_get_type      (void) G_GNUC_CONST;
AccordTimelineFrame      *accord_timeline_frame_ref           (AccordTimelineFrame *frame);
void                      accord_timeline_frame_unref         (AccordTimelineFrame *frame);
const AccordTimelineItem *accord_timeline_frame_get_items     (AccordTimelineFrame *frame,
                                                               guint               *n_items);
const AccordTimelineTick *accord_timeline_frame_get_ticks     (AccordTimelineFrame *frame,
                                                               guint               *n_ticks);
const AccordTimelineGap  *accord_timeline_frame_get_gaps      (AccordTimelineFrame *frame,
                                                               guint               *n_gaps);
guint                     accord_timeline_frame_get_n_lanes   (AccordTimelineFrame *frame);
const AccordTimelineRow  *accord_timeline_frame_get_rows      (AccordTimelineFrame *frame,
                                                               guint               *n_rows);
const AccordTimelineEraBand *accord_timeline_frame_get_eras   (AccordTimelineFrame *frame,
                                                               guint               *n_eras);
guint                     accord_timeline_frame_get_n_era_levels (AccordTimelineFrame *frame);
AccordTimelineUnit        accord_timeline_frame_get_tick_unit (AccordTimelineFrame *frame,
                                                               guint               *step);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AccordTimelineFrame, accord_timeline_frame_unref)

void    accord_timeline_metrics_init (AccordTimelineMetrics *metrics);

double  accord_timeline_day_to_px    (double  day,
                                      double  start_day,
                                      double  end_day,
                                      double  length_px);
double  accord_timeline_px_to_day    (double  px,
                                      double  start_day,
                                      double  end_day,
                                      double  length_px);
void    accord_timeline_zoom         (double *start_day,
                                      double *end_day,
                                      double  length_px,
                                      double  anchor_px,
                                      double  factor);
void    accord_timeline_pan          (double *start_day,
                                      double *end_day,
                                      double  length_px,
                                      double  delta_px);

#define ACCORD_TYPE_TIMELINE_LAYOUT (accord_timeline_layout_get_type ())

G_DECLARE_FINAL_TYPE (AccordTimelineLayout, accord_timeline_layout, ACCORD, TIMELINE_LAYOUT, GObject)

AccordTimelineLayout *accord_timeline_layout_new          (void);
void                  accord_timeline_layout_set_events   (AccordTimelineLayout        *self,
                                                           GListModel                  *timeline_events);
void                  accord_timeline_layout_set_spans    (AccordTimelineLayout        *self,
                                                           const AccordTimelineSpan    *spans,
                                                           guint                        n_spans);
void                  accord_timeline_layout_set_eras     (AccordTimelineLayout        *self,
                                                           GListModel                  *eras);
void                  accord_timeline_layout_set_era_spans(AccordTimelineLayout        *self,
                                                           const AccordTimelineEraSpan *spans,
                                                           guint                        n_spans);
guint                 accord_timeline_layout_get_n_events (AccordTimelineLayout        *self);
guint                 accord_timeline_layout_get_n_rows   (AccordTimelineLayout        *self);
guint                 accord_timeline_layout_get_n_era_levels (AccordTimelineLayout    *self);
guint                 accord_timeline_layout_get_row_group(AccordTimelineLayout        *self,
                                                           guint                        row);
gboolean              accord_timeline_layout_get_extent   (AccordTimelineLayout        *self,
                                                           gint64                      *first_day,
                                                           gint64                      *last_day);
gboolean              accord_timeline_layout_fit          (AccordTimelineLayout        *self,
                                                           double                       length_px,
                                                           double                      *start_day,
                                                           double                      *end_day);
AccordTimelineFrame  *accord_timeline_layout_compute      (AccordTimelineLayout        *self,
                                                           double                       start_day,
                                                           double                       end_day,
                                                           double                       length_px,
                                                           const AccordTimelineMetrics *metrics);

G_END_DECLS
