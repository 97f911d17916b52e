/* accord-timeline-frame.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-timeline-layout"

#include "config.h"

#include <glib/gi18n.h>

#include "accord-timeline-layout-private.h"

G_DEFINE_BOXED_TYPE (AccordTimelineFrame, accord_timeline_frame,
                     accord_timeline_frame_ref, accord_timeline_frame_unref)

static void
tick_clear (gpointer data)
{
  AccordTimelineTick *tick = data;

  g_clear_pointer (&tick->label, g_free);
}

static void
gap_clear (gpointer data)
{
  AccordTimelineGap *gap = data;

  g_clear_pointer (&gap->label, g_free);
}

static void
frame_free (gpointer data)
{
  AccordTimelineFrame *frame = data;

  g_array_unref (frame->items);
  g_array_unref (frame->ticks);
  g_array_unref (frame->gaps);
  g_array_unref (frame->rows);
  g_array_unref (frame->eras);
}

AccordTimelineFrame *
_accord_timeline_frame_new (double start_day,
                            double end_day,
                            double length_px)
{
  AccordTimelineFrame *frame = g_rc_box_new0 (AccordTimelineFrame);

  frame->start_day = start_day;
  frame->end_day = end_day;
  frame->length_px = length_px;
  frame->items = g_array_new (FALSE, FALSE, sizeof (AccordTimelineItem));
  frame->ticks = g_array_new (FALSE, FALSE, sizeof (AccordTimelineTick));
  g_array_set_clear_func (frame->ticks, tick_clear);
  frame->gaps = g_array_new (FALSE, FALSE, sizeof (AccordTimelineGap));
  g_array_set_clear_func (frame->gaps, gap_clear);
  frame->rows = g_array_new (FALSE, FALSE, sizeof (AccordTimelineRow));
  frame->eras = g_array_new (FALSE, FALSE, sizeof (AccordTimelineEraBand));

  return frame;
}

/* ---- Public API ----------------------------------------------------- */

AccordTimelineFrame *
accord_timeline_frame_ref (AccordTimelineFrame *frame)
{
  g_return_val_if_fail (frame != NULL, NULL);

  return g_rc_box_acquire (frame);
}

void
accord_timeline_frame_unref (AccordTimelineFrame *frame)
{
  g_return_if_fail (frame != NULL);

  g_rc_box_release_full (frame, frame_free);
}

/**
 * accord_timeline_frame_get_items:
 * @n_items: (out): the number of items
 *
 * The events and clusters to draw, in increasing start position; some may
 * start before 0 or end after the length, when they reach into the view.
 */
const AccordTimelineItem *
accord_timeline_frame_get_items (AccordTimelineFrame *frame,
                                 guint               *n_items)
{
  g_return_val_if_fail (frame != NULL, NULL);
  g_return_val_if_fail (n_items != NULL, NULL);

  *n_items = frame->items->len;
  return (const AccordTimelineItem *) frame->items->data;
}

/**
 * accord_timeline_frame_get_ticks:
 * @n_ticks: (out): the number of ticks
 *
 * The ticks within the visible range, left to right.
 */
const AccordTimelineTick *
accord_timeline_frame_get_ticks (AccordTimelineFrame *frame,
                                 guint               *n_ticks)
{
  g_return_val_if_fail (frame != NULL, NULL);
  g_return_val_if_fail (n_ticks != NULL, NULL);

  *n_ticks = frame->ticks->len;
  return (const AccordTimelineTick *) frame->ticks->data;
}

/**
 * accord_timeline_frame_get_gaps:
 * @n_gaps: (out): the number of gaps
 *
 * The empty stretches between events whose label fits in the visible part
 * of them, left to right.
 */
const AccordTimelineGap *
accord_timeline_frame_get_gaps (AccordTimelineFrame *frame,
                                guint               *n_gaps)
{
  g_return_val_if_fail (frame != NULL, NULL);
  g_return_val_if_fail (n_gaps != NULL, NULL);

  *n_gaps = frame->gaps->len;
  return (const AccordTimelineGap *) frame->gaps->data;
}

guint
accord_timeline_frame_get_n_lanes (AccordTimelineFrame *frame)
{
  g_return_val_if_fail (frame != NULL, 0);

  return frame->n_lanes;
}

/**
 * accord_timeline_frame_get_rows:
 * @n_rows: (out): the number of rows
 *
 * The rows, one per group that has events, in order; their lanes follow
 * each other.  None without events.
 */
const AccordTimelineRow *
accord_timeline_frame_get_rows (AccordTimelineFrame *frame,
                                guint               *n_rows)
{
  g_return_val_if_fail (frame != NULL, NULL);
  g_return_val_if_fail (n_rows != NULL, NULL);

  *n_rows = frame->rows->len;
  return (const AccordTimelineRow *) frame->rows->data;
}

/**
 * accord_timeline_frame_get_eras:
 * @n_eras: (out): the number of bands
 *
 * The eras that overlap the visible range, clipped to it, in order of
 * their first day.
 */
const AccordTimelineEraBand *
accord_timeline_frame_get_eras (AccordTimelineFrame *frame,
                                guint               *n_eras)
{
  g_return_val_if_fail (frame != NULL, NULL);
  g_return_val_if_fail (n_eras != NULL, NULL);

  *n_eras = frame->eras->len;
  return (const AccordTimelineEraBand *) frame->eras->data;
}

/**
 * accord_timeline_frame_get_n_era_levels:
 *
 * Returns: how many levels the eras take (over the whole timeline, not
 *   only the visible range, so that panning never changes it)
 */
guint
accord_timeline_frame_get_n_era_levels (AccordTimelineFrame *frame)
{
  g_return_val_if_fail (frame != NULL, 0);

  return frame->n_era_levels;
}

/**
 * accord_timeline_frame_get_tick_unit:
 * @step: (out) (optional): how many units lie between two ticks
 *
 * The unit the ticks were chosen in, e.g. to draw a grid.
 */
AccordTimelineUnit
accord_timeline_frame_get_tick_unit (AccordTimelineFrame *frame,
                                     guint               *step)
{
  g_return_val_if_fail (frame != NULL, ACCORD_TIMELINE_UNIT_DAY);

  if (step != NULL)
    *step = frame->tick_step;

  return frame->tick_unit;
}
