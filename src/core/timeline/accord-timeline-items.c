/* accord-timeline-items.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-timeline-layout"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "accord-timeline-layout-private.h"

/* ---- Items and lanes ------------------------------------------------ */

typedef struct
{
  AccordTimelineItem item;
  guint              label_chars;
} AccordTimelinePending;

typedef struct
{
  AccordTimelineLayout        *self;
  AccordTimelineFrame         *frame;
  /* The row being laid out, and its items: a row starts again from
   * nothing when it falls back to columns. */
  const AccordTimelineRowIndex *row;
  GArray                      *items;
  const AccordTimelineMetrics *metrics;
  double                       px_per_day;

  /* At a zoom too coarse to tell days apart, events gather in columns of
   * column_px: the small ones only, or in column mode all of them. */
  gboolean                     grouping;
  gboolean                     column_mode;
  double                       column_px;

  guint                        n_lanes;
  double                      *lane_end;
  guint                       *lane_last;
  gboolean                     overflowed;
  /* When an overflow means starting again in column mode, the rest of the
   * first attempt is wasted work. */
  gboolean                     stop_on_overflow;

  gboolean                     group_open;
  gint64                       group_column;
  AccordTimelinePending                      group;
  /* Wider items met while a group is open wait for it, so that the lanes
   * see items in order. */
  GArray                      *waiting;
} AccordTimelineItemContext;

static guint
count_digits (guint n)
{
  guint digits = 1;

  while (n >= 10)
    {
      n /= 10;
      digits++;
    }

  return digits;
}

/* Columns count from day 0, not from the edge of the view, so that
 * panning does not regroup the events. */
static gint64
column_of (AccordTimelineItemContext *ctx,
           gint64                     day)
{
  return (gint64) floor (day * ctx->px_per_day / ctx->column_px);
}

static double
column_start_px (AccordTimelineItemContext *ctx,
                 gint64                     column)
{
  return column * ctx->column_px - ctx->frame->start_day * ctx->px_per_day;
}

static void
item_set_days (AccordTimelineItemContext *ctx,
               AccordTimelineItem        *item)
{
  item->start_px = _accord_timeline_to_px (item->first_day, ctx->frame->start_day, ctx->px_per_day);

  if (item->kind == ACCORD_TIMELINE_ITEM_POINT)
    item->end_px = item->start_px;
  else
    item->end_px = _accord_timeline_to_px (item->last_day + 1, ctx->frame->start_day, ctx->px_per_day);
}

/* The room an item takes in its lane, as AccordTimelineMetrics tells. */
static void
item_get_room (AccordTimelineItemContext *ctx,
               const AccordTimelineItem  *item,
               guint                      label_chars,
               double                    *room_start,
               double                    *room_end)
{
  const AccordTimelineMetrics *metrics = ctx->metrics;
  double label_start;
  double label_width;
  double end;

  if (item->flags & ACCORD_TIMELINE_ITEM_FLAG_LABEL_HIDDEN)
    label_chars = 0;
  else if (item->kind == ACCORD_TIMELINE_ITEM_CLUSTER)
    /* Room for "N events" or its translation. */
    label_chars = count_digits (item->count) + 7;

  label_width = label_chars > 0
                ? MIN (label_chars * metrics->char_width, metrics->max_label_width)
                : 0;

  if (item->kind == ACCORD_TIMELINE_ITEM_CLUSTER && ctx->column_mode)
    {
      /* It covers its columns exactly, so that the next column fits
       * right after it. */
      *room_start = item->start_px;
      label_start = item->start_px;
      end = item->end_px;
    }
  else if (item->kind == ACCORD_TIMELINE_ITEM_POINT ||
           item->kind == ACCORD_TIMELINE_ITEM_CLUSTER)
    {
      *room_start = item->start_px - metrics->marker_width / 2;
      label_start = item->start_px + metrics->marker_width / 2;
      end = item->end_px + metrics->marker_width / 2;
    }
  else
    {
      *room_start = item->start_px;
      label_start = item->start_px;
      end = item->end_px;
    }

  /* However thin, an item takes a pixel: a lane never holds more items
   * than the axis has pixels. */
  *room_end = MAX (MAX (end, label_start + label_width) + metrics->item_spacing,
                   *room_start + 1);

  /* The room covers the event's column too, so that the event can turn
   * into a cluster of its column in place. */
  if (ctx->column_mode)
    {
      double column_start = column_start_px (ctx, column_of (ctx, item->first_day));

      *room_start = MIN (*room_start, column_start);
      *room_end = MAX (*room_end, column_start + ctx->column_px);
    }
}

/* Items are merged in order of their start: item starts no earlier than
 * any event already in into. */
static void
item_merge (AccordTimelineItemContext *ctx,
            AccordTimelineItem        *into,
            const AccordTimelineItem  *item)
{
  gboolean was_cluster = into->kind == ACCORD_TIMELINE_ITEM_CLUSTER;

  into->kind = ACCORD_TIMELINE_ITEM_CLUSTER;
  /* A cluster is neither approximate nor uncertain as a whole. */
  into->flags &= ACCORD_TIMELINE_ITEM_FLAG_LABEL_HIDDEN;
  into->count += item->count;
  into->first_day = MIN (into->first_day, item->first_day);
  into->last_day = MAX (into->last_day, item->last_day);

  if (ctx->column_mode)
    {
      /* The columns its events start in, less the spacing before the
       * next column. */
      double width = ctx->column_px - ctx->metrics->item_spacing;
      double end = column_start_px (ctx, column_of (ctx, item->first_day)) + width;

      into->start_px = column_start_px (ctx, column_of (ctx, into->first_day));
      if (was_cluster)
        into->end_px = MAX (end, into->end_px);
      else
        into->end_px = MAX (end, into->start_px + width);
    }
  else
    {
      item_set_days (ctx, into);
    }
}

static guint
first_free_lane (AccordTimelineItemContext *ctx,
                 double                     room_start)
{
  for (guint l = 0; l < ctx->n_lanes; l++)
    {
      if (ctx->lane_end[l] <= room_start)
        return l;
    }

  return G_MAXUINT;
}

/* The lane whose last item an event joins when no lane has room for it:
 * preferably one that is a cluster already, so that the overflow gathers
 * in one place, then the lane that frees up first, then the lane furthest
 * from the axis. */
static guint
overflow_lane (AccordTimelineItemContext *ctx)
{
  GArray *items = ctx->items;
  guint lane = 0;

  for (guint l = 1; l < ctx->n_lanes; l++)
    {
      gboolean is_cluster = g_array_index (items, AccordTimelineItem, ctx->lane_last[l]).kind
                            == ACCORD_TIMELINE_ITEM_CLUSTER;
      gboolean best_is_cluster = g_array_index (items, AccordTimelineItem, ctx->lane_last[lane]).kind
                                 == ACCORD_TIMELINE_ITEM_CLUSTER;

      if (is_cluster != best_is_cluster)
        {
          if (is_cluster)
            lane = l;
        }
      else if (ctx->lane_end[l] <= ctx->lane_end[lane])
        {
          lane = l;
        }
    }

  return lane;
}

/* Makes room in a lane for an item starting at room_start by hiding the
 * label of the lane's last item, when only that label is in the way. */
static guint
hide_label_for (AccordTimelineItemContext *ctx,
                double                     room_start)
{
  GArray *items = ctx->items;

  for (guint l = 0; l < ctx->n_lanes; l++)
    {
      AccordTimelineItem *last = &g_array_index (items, AccordTimelineItem, ctx->lane_last[l]);
      AccordTimelineItem bare = *last;
      double bare_start, bare_end;

      if (last->flags & ACCORD_TIMELINE_ITEM_FLAG_LABEL_HIDDEN)
        continue;

      bare.flags |= ACCORD_TIMELINE_ITEM_FLAG_LABEL_HIDDEN;
      item_get_room (ctx, &bare, 0, &bare_start, &bare_end);
      if (bare_end <= room_start)
        {
          last->flags |= ACCORD_TIMELINE_ITEM_FLAG_LABEL_HIDDEN;
          ctx->lane_end[l] = bare_end;
          return l;
        }
    }

  return G_MAXUINT;
}

/* Greedy first fit: items arrive in order of their start, so the end of
 * the last item in each lane is all that is needed.  Labels give way to
 * events: an event hides its own label, or the label before it, rather
 * than join a cluster. */
static void
place_item (AccordTimelineItemContext   *ctx,
            const AccordTimelinePending *pending)
{
  AccordTimelineItem item = pending->item;
  AccordTimelineItem *target;
  double room_start, room_end;
  guint lane;

  item_get_room (ctx, &item, pending->label_chars, &room_start, &room_end);
  lane = first_free_lane (ctx, room_start);

  /* Columns side by side stay in one row rather than climb the lanes. */
  if (lane == G_MAXUINT && ctx->column_mode)
    lane = hide_label_for (ctx, room_start);

  if (lane == G_MAXUINT && ctx->n_lanes < ctx->metrics->max_lanes)
    lane = ctx->n_lanes++;

  if (lane == G_MAXUINT)
    {
      AccordTimelineItem bare = item;
      double bare_start, bare_end;

      bare.flags |= ACCORD_TIMELINE_ITEM_FLAG_LABEL_HIDDEN;
      item_get_room (ctx, &bare, 0, &bare_start, &bare_end);
      lane = first_free_lane (ctx, bare_start);
      if (lane != G_MAXUINT)
        {
          item = bare;
          room_end = bare_end;
        }
    }

  if (lane == G_MAXUINT)
    lane = hide_label_for (ctx, room_start);

  if (lane != G_MAXUINT)
    {
      item.lane = lane;
      ctx->lane_end[lane] = room_end;
      ctx->lane_last[lane] = ctx->items->len;
      g_array_append_val (ctx->items, item);
      return;
    }

  ctx->overflowed = TRUE;
  if (ctx->stop_on_overflow)
    return;

  lane = overflow_lane (ctx);
  target = &g_array_index (ctx->items, AccordTimelineItem, ctx->lane_last[lane]);
  item_merge (ctx, target, &item);
  item_get_room (ctx, target, 0, &room_start, &room_end);
  ctx->lane_end[lane] = MAX (ctx->lane_end[lane], room_end);
}

static void
close_group (AccordTimelineItemContext *ctx)
{
  AccordTimelineItem *group = &ctx->group.item;

  if (!ctx->group_open)
    return;

  ctx->group_open = FALSE;

  if (group->count > 1 && ctx->column_mode)
    {
      /* Its column, less the spacing before the next one. */
      group->start_px = column_start_px (ctx, ctx->group_column);
      group->end_px = group->start_px + ctx->column_px - ctx->metrics->item_spacing;
    }
  else if (group->count > 1)
    {
      item_set_days (ctx, group);
    }

  place_item (ctx, &ctx->group);

  for (guint i = 0; i < ctx->waiting->len; i++)
    place_item (ctx, &g_array_index (ctx->waiting, AccordTimelinePending, i));
  g_array_set_size (ctx->waiting, 0);
}

static void
pending_init (AccordTimelineItemContext *ctx,
              AccordTimelinePending     *pending,
              const AccordTimelineEntry *entry)
{
  pending->label_chars = entry->label_chars;
  pending->item.kind = entry->kind;
  pending->item.flags = entry->flags;
  pending->item.index = entry->index;
  pending->item.count = 1;
  pending->item.lane = 0;
  pending->item.first_day = entry->first_day;
  pending->item.last_day = entry->last_day;
  item_set_days (ctx, &pending->item);
}

static void
visit_entry (AccordTimelineItemContext *ctx,
             const AccordTimelineEntry *entry)
{
  AccordTimelinePending pending;

  if (ctx->grouping &&
      (ctx->column_mode ||
       (_accord_timeline_visible_end (entry) - entry->first_day) * ctx->px_per_day < ctx->metrics->min_point_distance))
    {
      gint64 column = column_of (ctx, entry->first_day);

      if (ctx->group_open && column == ctx->group_column)
        {
          /* The hot path when zoomed out: the geometry waits until the
           * group is complete. */
          AccordTimelineItem *group = &ctx->group.item;

          group->kind = ACCORD_TIMELINE_ITEM_CLUSTER;
          /* A cluster is neither approximate nor uncertain as a whole. */
          group->flags = ACCORD_TIMELINE_ITEM_FLAG_NONE;
          group->count++;
          group->last_day = MAX (group->last_day, entry->last_day);
          return;
        }

      close_group (ctx);
      pending_init (ctx, &ctx->group, entry);
      ctx->group_open = TRUE;
      ctx->group_column = column;
      return;
    }

  pending_init (ctx, &pending, entry);

  if (ctx->group_open)
    g_array_append_val (ctx->waiting, pending);
  else
    place_item (ctx, &pending);
}

/* Visits, in timeline order, the entries in [lo, hi) that overlap
 * [from_day, to_day]. */
static void
visit_range (AccordTimelineItemContext *ctx,
             guint                      lo,
             guint                      hi,
             double                     from_day,
             double                     to_day)
{
  const AccordTimelineRowIndex *row = ctx->row;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      const AccordTimelineEntry *entry = &row->entries[mid];

      if ((double) row->subtree_last[mid] + 1 < from_day ||
          (ctx->overflowed && ctx->stop_on_overflow))
        return;

      visit_range (ctx, lo, mid, from_day, to_day);

      /* Everything further right starts later still. */
      if ((double) entry->first_day > to_day)
        return;

      if ((double) entry->last_day + 1 >= from_day)
        visit_entry (ctx, entry);

      lo = mid + 1;
    }
}

static void
lay_out_items (AccordTimelineItemContext *ctx)
{
  const AccordTimelineMetrics *metrics = ctx->metrics;
  AccordTimelineFrame *frame = ctx->frame;
  /* An event that starts before the view can still reach into it with
   * its label or its column, and a marker right after it with its half. */
  double before_px = MAX (metrics->marker_width + metrics->max_label_width, ctx->column_px)
                     + metrics->item_spacing;
  double after_px = metrics->marker_width / 2;

  g_array_set_size (ctx->items, 0);
  g_array_set_size (ctx->waiting, 0);
  ctx->group_open = FALSE;
  ctx->n_lanes = 0;
  ctx->overflowed = FALSE;

  visit_range (ctx, 0, ctx->row->n_entries,
               frame->start_day - before_px / ctx->px_per_day,
               frame->end_day + after_px / ctx->px_per_day);
  close_group (ctx);
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const AccordTimelineItem *ia = a;
  const AccordTimelineItem *ib = b;

  if (ia->start_px != ib->start_px)
    return ia->start_px < ib->start_px ? -1 : 1;
  if (ia->row != ib->row)
    return ia->row < ib->row ? -1 : 1;
  return (ia->lane > ib->lane) - (ia->lane < ib->lane);
}

/* One row: its lanes count from 0 here. */
static void
compute_row (AccordTimelineItemContext *ctx)
{
  const AccordTimelineMetrics *metrics = ctx->metrics;

  ctx->column_mode = FALSE;
  ctx->column_px = ctx->grouping ? metrics->min_point_distance : 1;
  ctx->stop_on_overflow = ctx->grouping;
  lay_out_items (ctx);

  /* Where events never thin out, an event merged into whatever it
   * overlaps makes the next one overlap too, and a cluster would chain
   * across the whole axis.  Columns that each hold a cluster bound every
   * cluster to the columns its events start in. */
  if (ctx->grouping && ctx->overflowed)
    {
      ctx->column_mode = TRUE;
      ctx->stop_on_overflow = FALSE;
      ctx->column_px = MAX (metrics->min_point_distance,
                            metrics->marker_width + metrics->item_spacing);
      lay_out_items (ctx);
    }
}

void
_accord_timeline_compute_items (AccordTimelineLayout        *self,
                                AccordTimelineFrame         *frame,
                                const AccordTimelineMetrics *metrics,
                                double                       px_per_day)
{
  AccordTimelineItemContext ctx = { 0, };
  guint n_lanes = 0;

  if (self->n_entries == 0)
    return;

  ctx.self = self;
  ctx.frame = frame;
  ctx.metrics = metrics;
  ctx.px_per_day = px_per_day;
  /* Once a day is narrower than the least distance, points closer than it
   * can no longer be told apart by their dates. */
  ctx.grouping = metrics->min_point_distance > 0 && px_per_day < metrics->min_point_distance;
  ctx.lane_end = g_new0 (double, metrics->max_lanes);
  ctx.lane_last = g_new0 (guint, metrics->max_lanes);
  ctx.waiting = g_array_new (FALSE, FALSE, sizeof (AccordTimelinePending));
  ctx.items = self->n_rows > 1 ? g_array_new (FALSE, FALSE, sizeof (AccordTimelineItem)) : frame->items;

  for (guint r = 0; r < self->n_rows; r++)
    {
      AccordTimelineRow row;

      ctx.row = &self->rows[r];
      compute_row (&ctx);

      /* A row keeps a lane when nothing of it is in view, so that the
       * rows below it stay where they were. */
      row.group = ctx.row->group;
      row.first_lane = n_lanes;
      row.n_lanes = MAX (ctx.n_lanes, 1);
      g_array_append_val (frame->rows, row);

      for (guint i = 0; i < ctx.items->len; i++)
        {
          AccordTimelineItem *item = &g_array_index (ctx.items, AccordTimelineItem, i);

          item->row = r;
          item->lane += n_lanes;
        }
      if (ctx.items != frame->items)
        g_array_append_vals (frame->items, ctx.items->data, ctx.items->len);

      n_lanes += row.n_lanes;
    }

  /* Each row's items come in order; together they must too. */
  if (self->n_rows > 1)
    {
      g_array_sort (frame->items, compare_items);
      g_array_unref (ctx.items);
    }

  frame->n_lanes = self->n_rows > 1 ? n_lanes : ctx.n_lanes;

  g_free (ctx.lane_end);
  g_free (ctx.lane_last);
  g_array_unref (ctx.waiting);
}
