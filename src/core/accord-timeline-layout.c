/* accord-timeline-layout.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-timeline-layout"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>

#include "accord-date.h"
#include "accord-event.h"
#include "accord-timeline-layout.h"

/* Far enough for any range the zoom and pan limits allow, near enough that
 * every day maps to a year that fits an int. */
#define COMPUTE_DAY_LIMIT 1.0e8

/* Where panning stops: the years -2000 and 12000, around the years EDTF
 * level 0 can write. */
#define VIEW_MIN_DAY ((-2000 - 1970) * 365.2425)
#define VIEW_MAX_DAY ((12000 - 1970) * 365.2425)

/* No axis is this long; it only bounds the work a mistaken caller causes. */
#define MAX_TICKS 10000

#define MAX_LANES 256

/* A label longer than this is ellipsized anyway. */
#define MAX_LABEL_CHARS 1000

/* One event, as the index keeps it: sorted by first day. */
typedef struct
{
  gint64 first_day;
  gint64 last_day;
  guint  index;
  guint  label_chars;
  guint8 kind;
  guint8 flags;
  guint8 precision;
} Entry;

struct _AccordTimelineLayout
{
  GObject parent_instance;

  Entry  *entries;
  guint   n_entries;

  /* An implicit balanced tree over the sorted entries: the node of the
   * range [lo, hi) is its middle, and holds the latest last day of the
   * range, so that a query skips every subtree that ends before it. */
  gint64 *subtree_last;

  /* For each position, the latest last day and the latest visible end
   * (a point ends where it starts) of the entries up to it: what a gap
   * before the next entry is measured from. */
  gint64 *prefix_last;
  gint64 *prefix_end;

  /* The longest tick label of each unit in the current locale, in
   * characters; 0 until needed. */
  guint   tick_label_chars[ACCORD_TIMELINE_UNIT_YEAR + 1];
};

struct _AccordTimelineFrame
{
  double             start_day;
  double             end_day;
  double             length_px;
  GArray            *items;
  GArray            *ticks;
  GArray            *gaps;
  guint              n_lanes;
  AccordTimelineUnit tick_unit;
  guint              tick_step;
};

G_DEFINE_FINAL_TYPE (AccordTimelineLayout, accord_timeline_layout, G_TYPE_OBJECT)
G_DEFINE_BOXED_TYPE (AccordTimelineFrame, accord_timeline_frame,
                     accord_timeline_frame_ref, accord_timeline_frame_unref)

typedef struct
{
  AccordTimelineUnit unit;
  guint              step;
  /* The shortest such period, so that no two ticks come closer. */
  double             min_days;
} TickScale;

static const TickScale tick_scales[] = {
  { ACCORD_TIMELINE_UNIT_DAY, 1, 1 },
  { ACCORD_TIMELINE_UNIT_WEEK, 1, 7 },
  { ACCORD_TIMELINE_UNIT_MONTH, 1, 28 },
  { ACCORD_TIMELINE_UNIT_QUARTER, 1, 90 },
  { ACCORD_TIMELINE_UNIT_YEAR, 1, 365 },
  { ACCORD_TIMELINE_UNIT_YEAR, 2, 2 * 365 },
  { ACCORD_TIMELINE_UNIT_YEAR, 5, 5 * 365 },
  { ACCORD_TIMELINE_UNIT_YEAR, 10, 10 * 365 },
  { ACCORD_TIMELINE_UNIT_YEAR, 20, 20 * 365 },
  { ACCORD_TIMELINE_UNIT_YEAR, 50, 50 * 365 },
  { ACCORD_TIMELINE_UNIT_YEAR, 100, 100 * 365 },
  { ACCORD_TIMELINE_UNIT_YEAR, 200, 200 * 365 },
  { ACCORD_TIMELINE_UNIT_YEAR, 500, 500 * 365 },
  { ACCORD_TIMELINE_UNIT_YEAR, 1000, 1000 * 365 },
  { ACCORD_TIMELINE_UNIT_YEAR, 2000, 2000 * 365 },
  { ACCORD_TIMELINE_UNIT_YEAR, 5000, 5000 * 365 },
};

static gint64
floor_div (gint64 a,
           gint64 b)
{
  gint64 q = a / b;

  return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

static gint64
floor_mod (gint64 a,
           gint64 b)
{
  return a - floor_div (a, b) * b;
}

static double
to_px (double day,
       double start_day,
       double px_per_day)
{
  return (day - start_day) * px_per_day;
}

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
}

static AccordTimelineFrame *
frame_new (double start_day,
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

  return frame;
}

static void
clear_index (AccordTimelineLayout *self)
{
  g_clear_pointer (&self->entries, g_free);
  g_clear_pointer (&self->subtree_last, g_free);
  g_clear_pointer (&self->prefix_last, g_free);
  g_clear_pointer (&self->prefix_end, g_free);
  self->n_entries = 0;
}

/* Timeline order for spans: a month before its own first day, then the
 * shorter first, and the document decides the rest. */
static int
compare_entries_full (const void *a,
                      const void *b)
{
  const Entry *ea = a;
  const Entry *eb = b;

  if (ea->first_day != eb->first_day)
    return ea->first_day < eb->first_day ? -1 : 1;
  if (ea->precision != eb->precision)
    return ea->precision < eb->precision ? -1 : 1;
  if (ea->last_day != eb->last_day)
    return ea->last_day < eb->last_day ? -1 : 1;
  if (ea->index != eb->index)
    return ea->index < eb->index ? -1 : 1;
  return 0;
}

/* Events come in timeline order already; sorting by first day alone and
 * their position keeps that order, finer rules included. */
static int
compare_entries_by_first_day (const void *a,
                              const void *b)
{
  const Entry *ea = a;
  const Entry *eb = b;

  if (ea->first_day != eb->first_day)
    return ea->first_day < eb->first_day ? -1 : 1;
  if (ea->index != eb->index)
    return ea->index < eb->index ? -1 : 1;
  return 0;
}

static gint64
visible_end (const Entry *entry)
{
  if (entry->kind == ACCORD_TIMELINE_ITEM_POINT)
    return entry->first_day;

  return entry->last_day + 1;
}

static gint64
build_tree (AccordTimelineLayout *self,
            guint                 lo,
            guint                 hi)
{
  guint mid;
  gint64 last;
  gint64 left;
  gint64 right;

  if (lo >= hi)
    return G_MININT64;

  mid = lo + (hi - lo) / 2;
  left = build_tree (self, lo, mid);
  right = build_tree (self, mid + 1, hi);
  last = MAX (self->entries[mid].last_day, MAX (left, right));
  self->subtree_last[mid] = last;

  return last;
}

/* Takes ownership of entries. */
static void
set_entries (AccordTimelineLayout *self,
             Entry                *entries,
             guint                 n_entries,
             GCompareFunc          compare)
{
  clear_index (self);

  if (n_entries == 0)
    {
      g_free (entries);
      return;
    }

  /* A timeline model comes sorted already. */
  for (guint i = 1; i < n_entries; i++)
    {
      if (compare (&entries[i - 1], &entries[i]) > 0)
        {
          qsort (entries, n_entries, sizeof (Entry), compare);
          break;
        }
    }

  self->entries = entries;
  self->n_entries = n_entries;
  self->subtree_last = g_new (gint64, n_entries);
  self->prefix_last = g_new (gint64, n_entries);
  self->prefix_end = g_new (gint64, n_entries);

  build_tree (self, 0, n_entries);

  for (guint i = 0; i < n_entries; i++)
    {
      gint64 last = entries[i].last_day;
      gint64 end = visible_end (&entries[i]);

      if (i > 0)
        {
          last = MAX (last, self->prefix_last[i - 1]);
          end = MAX (end, self->prefix_end[i - 1]);
        }

      self->prefix_last[i] = last;
      self->prefix_end[i] = end;
    }
}

static void
fill_entry (Entry                *entry,
            gint64                first_day,
            gint64                last_day,
            AccordDatePrecision   precision,
            AccordDateQualifiers  qualifiers,
            gboolean              is_interval,
            guint                 label_chars,
            guint                 index)
{
  entry->first_day = first_day;
  entry->last_day = last_day;
  entry->index = index;
  entry->label_chars = MIN (label_chars, MAX_LABEL_CHARS);
  entry->precision = precision;

  if (is_interval)
    entry->kind = ACCORD_TIMELINE_ITEM_BAR;
  else if (precision == ACCORD_DATE_PRECISION_DAY && first_day == last_day)
    entry->kind = ACCORD_TIMELINE_ITEM_POINT;
  else if (precision == ACCORD_DATE_PRECISION_DAY)
    entry->kind = ACCORD_TIMELINE_ITEM_BAR;
  else
    entry->kind = ACCORD_TIMELINE_ITEM_BAND;

  entry->flags = ACCORD_TIMELINE_ITEM_FLAG_NONE;
  if (qualifiers & ACCORD_DATE_QUALIFIER_APPROXIMATE)
    entry->flags |= ACCORD_TIMELINE_ITEM_FLAG_APPROXIMATE;
  if (qualifiers & ACCORD_DATE_QUALIFIER_UNCERTAIN)
    entry->flags |= ACCORD_TIMELINE_ITEM_FLAG_UNCERTAIN;
}

/* First position whose first day is at or after day. */
static guint
lower_bound (AccordTimelineLayout *self,
             double                day)
{
  guint lo = 0;
  guint hi = self->n_entries;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if ((double) self->entries[mid].first_day < day)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

/* ---- Ticks ---------------------------------------------------------- */

static char *
format_civil (const char *format,
              int         year,
              int         month,
              int         day)
{
  g_autoptr(GDateTime) dt = NULL;

  /* GDateTime knows only the years 1 to 9999. */
  if (year < 1 || year > 9999)
    return NULL;

  dt = g_date_time_new_utc (year, month, day, 0, 0, 0);
  if (dt == NULL)
    return NULL;

  return g_date_time_format (dt, format);
}

static char *
format_tick_label (AccordTimelineUnit unit,
                   int                year,
                   int                month,
                   int                day)
{
  char *label = NULL;

  switch (unit)
    {
    case ACCORD_TIMELINE_UNIT_DAY:
      /* Translators: a day on the timeline axis, as a g_date_time_format()
       * string; keep it short */
      label = format_civil (C_("timeline day", "%-d %b"), year, month, day);
      if (label == NULL)
        label = g_strdup_printf ("%d-%02d-%02d", year, month, day);
      break;

    case ACCORD_TIMELINE_UNIT_WEEK:
      /* Translators: the first day of a week on the timeline axis, as a
       * g_date_time_format() string; keep it short */
      label = format_civil (C_("timeline week", "%-d %b"), year, month, day);
      if (label == NULL)
        label = g_strdup_printf ("%d-%02d-%02d", year, month, day);
      break;

    case ACCORD_TIMELINE_UNIT_MONTH:
      /* Translators: a month on the timeline axis, as a
       * g_date_time_format() string; keep it short */
      label = format_civil (C_("timeline month", "%b %Y"), year, month, 1);
      if (label == NULL)
        label = g_strdup_printf ("%d-%02d", year, month);
      break;

    case ACCORD_TIMELINE_UNIT_QUARTER:
      {
        /* Translators: a year on the timeline axis, as a
         * g_date_time_format() string */
        g_autofree char *year_text = format_civil (C_("timeline year", "%Y"), year, 1, 1);

        if (year_text == NULL)
          year_text = g_strdup_printf ("%d", year);

        /* Translators: a quarter of a year on the timeline axis: %d is the
         * quarter (1 to 4), %s the year */
        label = g_strdup_printf (C_("timeline quarter", "Q%d %s"),
                                 (month - 1) / 3 + 1, year_text);
      }
      break;

    case ACCORD_TIMELINE_UNIT_YEAR:
    default:
      label = format_civil (C_("timeline year", "%Y"), year, 1, 1);
      if (label == NULL)
        label = g_strdup_printf ("%d", year);
      break;
    }

  return label;
}

/* The widest label of a unit, whichever month it names. */
static guint
get_tick_label_chars (AccordTimelineLayout *self,
                      AccordTimelineUnit    unit)
{
  if (self->tick_label_chars[unit] == 0)
    {
      guint chars = 1;

      for (int month = 1; month <= 12; month++)
        {
          g_autofree char *label = format_tick_label (unit, 2000, month, 28);
          guint label_chars = g_utf8_strlen (label, -1);

          chars = MAX (chars, label_chars);
        }

      self->tick_label_chars[unit] = chars;
    }

  return self->tick_label_chars[unit];
}

static double
tick_spacing_needed (const AccordTimelineMetrics *metrics,
                     guint                        label_chars)
{
  return MAX (metrics->min_tick_spacing,
              label_chars * metrics->char_width + 2 * metrics->label_padding);
}

static gboolean
add_tick (AccordTimelineFrame *frame,
          gint64               day,
          AccordTimelineUnit   unit,
          gboolean             major,
          double               px_per_day)
{
  AccordTimelineTick tick;
  int year, month, mday;

  if (frame->ticks->len >= MAX_TICKS)
    return FALSE;

  accord_date_civil_from_days (day, &year, &month, &mday);

  /* The day lies in the visible range; rounding must not say otherwise. */
  tick.px = CLAMP (to_px (day, frame->start_day, px_per_day), 0, frame->length_px);
  tick.day = day;
  tick.unit = unit;
  tick.major = major;
  tick.label = format_tick_label (unit, year, month, mday);
  g_array_append_val (frame->ticks, tick);

  return TRUE;
}

static void
compute_ticks (AccordTimelineLayout        *self,
               AccordTimelineFrame         *frame,
               const AccordTimelineMetrics *metrics,
               double                       px_per_day)
{
  const TickScale *scale = &tick_scales[G_N_ELEMENTS (tick_scales) - 1];
  gint64 first = (gint64) ceil (frame->start_day);
  gint64 last = (gint64) floor (frame->end_day);
  int year, month, mday;
  double previous_px = 0;
  double previous_needed = 0;
  gboolean have_previous = FALSE;

  /* The finest unit whose labels do not overlap: only then are the ticks
   * few, whatever the span. */
  for (guint i = 0; i < G_N_ELEMENTS (tick_scales); i++)
    {
      double needed = tick_spacing_needed (metrics,
                                           get_tick_label_chars (self, tick_scales[i].unit));

      if (tick_scales[i].min_days * px_per_day >= needed)
        {
          scale = &tick_scales[i];
          break;
        }
    }

  frame->tick_unit = scale->unit;
  frame->tick_step = scale->step;

  if (first > last)
    return;

  accord_date_civil_from_days (first, &year, &month, &mday);

  switch (scale->unit)
    {
    case ACCORD_TIMELINE_UNIT_DAY:
      for (gint64 day = first; day <= last; day++)
        {
          accord_date_civil_from_days (day, NULL, NULL, &mday);
          if (!add_tick (frame, day, scale->unit, mday == 1, px_per_day))
            break;
        }
      break;

    case ACCORD_TIMELINE_UNIT_WEEK:
      /* 1970-01-01, day 0, was a Thursday: three days after a Monday. */
      for (gint64 day = first + floor_mod (7 - floor_mod (first + 3, 7), 7);
           day <= last;
           day += 7)
        {
          accord_date_civil_from_days (day, NULL, NULL, &mday);
          if (!add_tick (frame, day, scale->unit, mday <= 7, px_per_day))
            break;
        }
      break;

    case ACCORD_TIMELINE_UNIT_MONTH:
    case ACCORD_TIMELINE_UNIT_QUARTER:
      {
        int months = scale->unit == ACCORD_TIMELINE_UNIT_QUARTER ? 3 : 1;
        gint64 month_index = (gint64) year * 12 + (month - 1);

        if (mday != 1)
          month_index++;
        month_index = floor_div (month_index + months - 1, months) * months;

        for (;; month_index += months)
          {
            int y = (int) floor_div (month_index, 12);
            int m = (int) floor_mod (month_index, 12) + 1;
            gint64 day = accord_date_days_from_civil (y, m, 1);

            if (day > last || !add_tick (frame, day, scale->unit, m == 1, px_per_day))
              break;
          }
      }
      break;

    case ACCORD_TIMELINE_UNIT_YEAR:
    default:
      {
        gint64 step = scale->step;
        gint64 y = year;

        if (month != 1 || mday != 1)
          y++;
        y = floor_div (y + step - 1, step) * step;

        for (;; y += step)
          {
            gint64 day = accord_date_days_from_civil ((int) y, 1, 1);

            if (day > last ||
                !add_tick (frame, day, scale->unit,
                           floor_mod (y, step * 10) == 0, px_per_day))
              break;
          }
      }
      break;
    }

  /* The spacing above is for the widest label; a translation may still
   * produce a wider one, and a label must never cover another. */
  for (guint i = 0; i < frame->ticks->len; i++)
    {
      AccordTimelineTick *tick = &g_array_index (frame->ticks, AccordTimelineTick, i);
      guint chars = g_utf8_strlen (tick->label, -1);

      if (have_previous && tick->px - previous_px < previous_needed)
        {
          g_clear_pointer (&tick->label, g_free);
          continue;
        }

      have_previous = TRUE;
      previous_px = tick->px;
      previous_needed = tick_spacing_needed (metrics, chars);
    }
}

/* ---- Items and lanes ------------------------------------------------ */

typedef struct
{
  AccordTimelineItem item;
  guint              label_chars;
} Pending;

typedef struct
{
  AccordTimelineLayout        *self;
  AccordTimelineFrame         *frame;
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
  Pending                      group;
  /* Wider items met while a group is open wait for it, so that the lanes
   * see items in order. */
  GArray                      *waiting;
} ItemContext;

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
column_of (ItemContext *ctx,
           gint64       day)
{
  return (gint64) floor (day * ctx->px_per_day / ctx->column_px);
}

static double
column_start_px (ItemContext *ctx,
                 gint64       column)
{
  return column * ctx->column_px - ctx->frame->start_day * ctx->px_per_day;
}

static void
item_set_days (ItemContext        *ctx,
               AccordTimelineItem *item)
{
  item->start_px = to_px (item->first_day, ctx->frame->start_day, ctx->px_per_day);

  if (item->kind == ACCORD_TIMELINE_ITEM_POINT)
    item->end_px = item->start_px;
  else
    item->end_px = to_px (item->last_day + 1, ctx->frame->start_day, ctx->px_per_day);
}

/* The room an item takes in its lane, as AccordTimelineMetrics tells. */
static void
item_get_room (ItemContext              *ctx,
               const AccordTimelineItem *item,
               guint                     label_chars,
               double                   *room_start,
               double                   *room_end)
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
item_merge (ItemContext              *ctx,
            AccordTimelineItem       *into,
            const AccordTimelineItem *item)
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
first_free_lane (ItemContext *ctx,
                 double       room_start)
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
overflow_lane (ItemContext *ctx)
{
  GArray *items = ctx->frame->items;
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
hide_label_for (ItemContext *ctx,
                double       room_start)
{
  GArray *items = ctx->frame->items;

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
place_item (ItemContext   *ctx,
            const Pending *pending)
{
  AccordTimelineFrame *frame = ctx->frame;
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
      ctx->lane_last[lane] = frame->items->len;
      g_array_append_val (frame->items, item);
      return;
    }

  ctx->overflowed = TRUE;
  if (ctx->stop_on_overflow)
    return;

  lane = overflow_lane (ctx);
  target = &g_array_index (frame->items, AccordTimelineItem, ctx->lane_last[lane]);
  item_merge (ctx, target, &item);
  item_get_room (ctx, target, 0, &room_start, &room_end);
  ctx->lane_end[lane] = MAX (ctx->lane_end[lane], room_end);
}

static void
close_group (ItemContext *ctx)
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
    place_item (ctx, &g_array_index (ctx->waiting, Pending, i));
  g_array_set_size (ctx->waiting, 0);
}

static void
pending_init (ItemContext *ctx,
              Pending     *pending,
              const Entry *entry)
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
visit_entry (ItemContext *ctx,
             const Entry *entry)
{
  Pending pending;

  if (ctx->grouping &&
      (ctx->column_mode ||
       (visible_end (entry) - entry->first_day) * ctx->px_per_day < ctx->metrics->min_point_distance))
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
visit_range (ItemContext *ctx,
             guint        lo,
             guint        hi,
             double       from_day,
             double       to_day)
{
  AccordTimelineLayout *self = ctx->self;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      const Entry *entry = &self->entries[mid];

      if ((double) self->subtree_last[mid] + 1 < from_day ||
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
lay_out_items (ItemContext *ctx)
{
  const AccordTimelineMetrics *metrics = ctx->metrics;
  AccordTimelineFrame *frame = ctx->frame;
  /* An event that starts before the view can still reach into it with
   * its label or its column, and a marker right after it with its half. */
  double before_px = MAX (metrics->marker_width + metrics->max_label_width, ctx->column_px)
                     + metrics->item_spacing;
  double after_px = metrics->marker_width / 2;

  g_array_set_size (frame->items, 0);
  g_array_set_size (ctx->waiting, 0);
  ctx->group_open = FALSE;
  ctx->n_lanes = 0;
  ctx->overflowed = FALSE;

  visit_range (ctx, 0, ctx->self->n_entries,
               frame->start_day - before_px / ctx->px_per_day,
               frame->end_day + after_px / ctx->px_per_day);
  close_group (ctx);
}

static void
compute_items (AccordTimelineLayout        *self,
               AccordTimelineFrame         *frame,
               const AccordTimelineMetrics *metrics,
               double                       px_per_day)
{
  ItemContext ctx = { 0, };

  if (self->n_entries == 0)
    return;

  ctx.self = self;
  ctx.frame = frame;
  ctx.metrics = metrics;
  ctx.px_per_day = px_per_day;
  /* Once a day is narrower than the least distance, points closer than it
   * can no longer be told apart by their dates. */
  ctx.grouping = metrics->min_point_distance > 0 && px_per_day < metrics->min_point_distance;
  ctx.column_px = ctx.grouping ? metrics->min_point_distance : 1;
  ctx.lane_end = g_new0 (double, metrics->max_lanes);
  ctx.lane_last = g_new0 (guint, metrics->max_lanes);
  ctx.waiting = g_array_new (FALSE, FALSE, sizeof (Pending));

  ctx.stop_on_overflow = ctx.grouping;
  lay_out_items (&ctx);

  /* Where events never thin out, an event merged into whatever it
   * overlaps makes the next one overlap too, and a cluster would chain
   * across the whole axis.  Columns that each hold a cluster bound every
   * cluster to the columns its events start in. */
  if (ctx.grouping && ctx.overflowed)
    {
      ctx.column_mode = TRUE;
      ctx.stop_on_overflow = FALSE;
      ctx.column_px = MAX (metrics->min_point_distance,
                           metrics->marker_width + metrics->item_spacing);
      lay_out_items (&ctx);
    }

  frame->n_lanes = ctx.n_lanes;

  g_free (ctx.lane_end);
  g_free (ctx.lane_last);
  g_array_unref (ctx.waiting);
}

/* ---- Gaps ----------------------------------------------------------- */

static void
compute_gaps (AccordTimelineLayout        *self,
              AccordTimelineFrame         *frame,
              const AccordTimelineMetrics *metrics,
              double                       px_per_day)
{
  /* No label is shorter than one character: a cheap test that keeps the
   * formatting to the few gaps wide enough, whatever the number of
   * events. */
  double least_width = MAX (metrics->char_width + 2 * metrics->label_padding, 1);
  guint first = lower_bound (self, frame->start_day);

  for (guint p = MAX (first, 1); p < self->n_entries; p++)
    {
      gint64 end_before = self->prefix_end[p - 1];
      gint64 first_day = self->entries[p].first_day;
      gint64 days = first_day - self->prefix_last[p - 1];
      AccordTimelineGap gap;
      double shown_start, shown_end;
      double width;

      if ((double) end_before >= frame->end_day)
        break;

      if (days <= 0)
        continue;

      gap.start_px = to_px (end_before, frame->start_day, px_per_day);
      gap.end_px = to_px (first_day, frame->start_day, px_per_day);
      shown_start = MAX (gap.start_px, 0);
      shown_end = MIN (gap.end_px, frame->length_px);

      if (shown_end - shown_start < least_width)
        continue;

      gap.label = accord_date_format_gap (days);
      width = g_utf8_strlen (gap.label, -1) * metrics->char_width + 2 * metrics->label_padding;
      if (shown_end - shown_start < width)
        {
          g_free (gap.label);
          continue;
        }

      gap.px = (shown_start + shown_end) / 2;
      gap.days = days;
      g_array_append_val (frame->gaps, gap);
    }
}

/* ---- GObject -------------------------------------------------------- */

static void
accord_timeline_layout_finalize (GObject *object)
{
  AccordTimelineLayout *self = (AccordTimelineLayout *)object;

  clear_index (self);

  G_OBJECT_CLASS (accord_timeline_layout_parent_class)->finalize (object);
}

static void
accord_timeline_layout_class_init (AccordTimelineLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = accord_timeline_layout_finalize;
}

static void
accord_timeline_layout_init (AccordTimelineLayout *self)
{
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

/**
 * accord_timeline_metrics_init:
 *
 * Fills @metrics with values that suit a 7 px average character width.
 */
void
accord_timeline_metrics_init (AccordTimelineMetrics *metrics)
{
  g_return_if_fail (metrics != NULL);

  metrics->char_width = 7;
  metrics->min_tick_spacing = 80;
  metrics->marker_width = 12;
  metrics->max_label_width = 160;
  metrics->item_spacing = 8;
  metrics->max_lanes = 4;
  metrics->min_point_distance = 8;
  metrics->label_padding = 4;
}

double
accord_timeline_day_to_px (double day,
                           double start_day,
                           double end_day,
                           double length_px)
{
  g_return_val_if_fail (end_day > start_day, 0);

  return (day - start_day) * length_px / (end_day - start_day);
}

double
accord_timeline_px_to_day (double px,
                           double start_day,
                           double end_day,
                           double length_px)
{
  g_return_val_if_fail (length_px > 0, start_day);

  return start_day + px * (end_day - start_day) / length_px;
}

static void
clamp_range (double *start_day,
             double *end_day)
{
  double span = CLAMP (*end_day - *start_day,
                       ACCORD_TIMELINE_MIN_SPAN_DAYS, ACCORD_TIMELINE_MAX_SPAN_DAYS);

  if (*start_day < VIEW_MIN_DAY)
    *start_day = VIEW_MIN_DAY;
  if (*start_day + span > VIEW_MAX_DAY)
    *start_day = VIEW_MAX_DAY - span;

  *end_day = *start_day + span;
}

/**
 * accord_timeline_zoom:
 * @start_day: (inout): the visible range
 * @end_day: (inout):
 * @length_px: the length of the axis
 * @anchor_px: the position that keeps its day, e.g. under the pointer
 * @factor: above 1 zooms in, below 1 out
 *
 * Zooms, keeping between %ACCORD_TIMELINE_MIN_SPAN_DAYS and
 * %ACCORD_TIMELINE_MAX_SPAN_DAYS visible.
 */
void
accord_timeline_zoom (double *start_day,
                      double *end_day,
                      double  length_px,
                      double  anchor_px,
                      double  factor)
{
  double anchor_day;
  double span;
  double fraction;

  g_return_if_fail (start_day != NULL && end_day != NULL);
  g_return_if_fail (*end_day > *start_day);
  g_return_if_fail (length_px > 0);
  g_return_if_fail (factor > 0 && isfinite (factor));

  fraction = CLAMP (anchor_px / length_px, 0, 1);
  anchor_day = *start_day + fraction * (*end_day - *start_day);
  span = CLAMP ((*end_day - *start_day) / factor,
                ACCORD_TIMELINE_MIN_SPAN_DAYS, ACCORD_TIMELINE_MAX_SPAN_DAYS);

  *start_day = anchor_day - fraction * span;
  *end_day = *start_day + span;
  clamp_range (start_day, end_day);
}

/**
 * accord_timeline_pan:
 * @start_day: (inout): the visible range
 * @end_day: (inout):
 * @length_px: the length of the axis
 * @delta_px: how far to move: positive shows later days
 */
void
accord_timeline_pan (double *start_day,
                     double *end_day,
                     double  length_px,
                     double  delta_px)
{
  double shift;

  g_return_if_fail (start_day != NULL && end_day != NULL);
  g_return_if_fail (*end_day > *start_day);
  g_return_if_fail (length_px > 0);
  g_return_if_fail (isfinite (delta_px));

  shift = delta_px * (*end_day - *start_day) / length_px;
  *start_day += shift;
  *end_day += shift;
  clamp_range (start_day, end_day);
}

AccordTimelineLayout *
accord_timeline_layout_new (void)
{
  return g_object_new (ACCORD_TYPE_TIMELINE_LAYOUT, NULL);
}

/**
 * accord_timeline_layout_set_events:
 * @timeline_events: a list of #AccordEvent in timeline order, as
 *   accord_briefing_get_timeline() gives
 *
 * Indexes the events.  Items refer to them by their position in the list.
 * The list is read now and not watched: call again when it changes.
 */
void
accord_timeline_layout_set_events (AccordTimelineLayout *self,
                                   GListModel           *timeline_events)
{
  Entry *entries;
  guint n;

  g_return_if_fail (ACCORD_IS_TIMELINE_LAYOUT (self));
  g_return_if_fail (timeline_events == NULL || G_IS_LIST_MODEL (timeline_events));

  n = timeline_events != NULL ? g_list_model_get_n_items (timeline_events) : 0;
  entries = g_new0 (Entry, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (timeline_events, i);
      AccordEvent *event;
      AccordDate *date;
      AccordDate *end_date;
      AccordDateQualifiers qualifiers;
      const char *title;
      gint64 first_day;
      gint64 last_day;
      glong title_chars;

      if (!ACCORD_IS_EVENT (object))
        {
          g_critical ("%s: item %u is not an AccordEvent", G_STRFUNC, i);
          g_free (entries);
          clear_index (self);
          return;
        }

      event = ACCORD_EVENT (object);
      date = accord_event_get_date (event);
      end_date = accord_event_get_end_date (event);
      title = accord_event_get_title (event);
      title_chars = title != NULL ? g_utf8_strlen (title, -1) : 0;
      first_day = accord_event_get_first_day (event);
      last_day = accord_event_get_last_day (event);

      qualifiers = accord_date_get_qualifiers (date) | accord_date_get_end_qualifiers (date);
      if (end_date != NULL)
        qualifiers |= accord_date_get_qualifiers (end_date) | accord_date_get_end_qualifiers (end_date);

      fill_entry (&entries[i], first_day, MAX (last_day, first_day),
                  accord_date_get_precision (date), qualifiers,
                  accord_date_is_interval (date) || end_date != NULL,
                  (guint) MIN (title_chars, MAX_LABEL_CHARS), i);
    }

  set_entries (self, entries, n, compare_entries_by_first_day);
}

/**
 * accord_timeline_layout_set_spans:
 * @spans: (array length=n_spans): the events
 *
 * Indexes the events, sorting them in timeline order; equal ones keep the
 * order of their @index.  Each needs @last_day >= @first_day.
 */
void
accord_timeline_layout_set_spans (AccordTimelineLayout     *self,
                                  const AccordTimelineSpan *spans,
                                  guint                     n_spans)
{
  Entry *entries;

  g_return_if_fail (ACCORD_IS_TIMELINE_LAYOUT (self));
  g_return_if_fail (spans != NULL || n_spans == 0);

  for (guint i = 0; i < n_spans; i++)
    g_return_if_fail (spans[i].last_day >= spans[i].first_day);

  entries = g_new0 (Entry, MAX (n_spans, 1));

  for (guint i = 0; i < n_spans; i++)
    fill_entry (&entries[i], spans[i].first_day, spans[i].last_day,
                spans[i].precision, spans[i].qualifiers, spans[i].is_interval,
                spans[i].label_chars, spans[i].index);

  set_entries (self, entries, n_spans, compare_entries_full);
}

guint
accord_timeline_layout_get_n_events (AccordTimelineLayout *self)
{
  g_return_val_if_fail (ACCORD_IS_TIMELINE_LAYOUT (self), 0);

  return self->n_entries;
}

/**
 * accord_timeline_layout_get_extent:
 * @first_day: (out) (optional): the first day of the earliest event
 * @last_day: (out) (optional): the last day of the latest-ending event
 *
 * Returns: %FALSE when there are no events
 */
gboolean
accord_timeline_layout_get_extent (AccordTimelineLayout *self,
                                   gint64               *first_day,
                                   gint64               *last_day)
{
  g_return_val_if_fail (ACCORD_IS_TIMELINE_LAYOUT (self), FALSE);

  if (first_day != NULL)
    *first_day = self->n_entries > 0 ? self->entries[0].first_day : 0;
  if (last_day != NULL)
    *last_day = self->n_entries > 0 ? self->prefix_last[self->n_entries - 1] : 0;

  return self->n_entries > 0;
}

/**
 * accord_timeline_layout_fit:
 * @length_px: the length of the axis
 * @start_day: (out): the range that shows every event
 * @end_day: (out):
 *
 * Pads the events by 5% of their span on each side (more on a short axis,
 * so that the markers at the ends show whole), and shows at least
 * %ACCORD_TIMELINE_FIT_MIN_SPAN_DAYS.  Without events, the range is the
 * fortnight around today.
 *
 * Returns: %FALSE when there are no events
 */
gboolean
accord_timeline_layout_fit (AccordTimelineLayout *self,
                            double                length_px,
                            double               *start_day,
                            double               *end_day)
{
  const double margin_px = 16;
  double first, end;
  double span, pad;

  g_return_val_if_fail (ACCORD_IS_TIMELINE_LAYOUT (self), FALSE);
  g_return_val_if_fail (length_px > 0, FALSE);
  g_return_val_if_fail (start_day != NULL && end_day != NULL, FALSE);

  if (self->n_entries == 0)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      double today = accord_date_days_from_civil (g_date_time_get_year (now),
                                                  g_date_time_get_month (now),
                                                  g_date_time_get_day_of_month (now));

      *start_day = today - ACCORD_TIMELINE_FIT_MIN_SPAN_DAYS / 2;
      *end_day = today + ACCORD_TIMELINE_FIT_MIN_SPAN_DAYS / 2;
      return FALSE;
    }

  first = self->entries[0].first_day;
  end = self->prefix_end[self->n_entries - 1];
  span = end - first;

  pad = span * 0.05;
  /* Solves pad = margin_px * (span + 2 pad) / length_px. */
  if (length_px > 4 * margin_px)
    pad = MAX (pad, span * margin_px / (length_px - 2 * margin_px));

  *start_day = first - pad;
  *end_day = end + pad;

  if (*end_day - *start_day < ACCORD_TIMELINE_FIT_MIN_SPAN_DAYS)
    {
      double middle = (first + end) / 2;

      *start_day = middle - ACCORD_TIMELINE_FIT_MIN_SPAN_DAYS / 2;
      *end_day = middle + ACCORD_TIMELINE_FIT_MIN_SPAN_DAYS / 2;
    }

  clamp_range (start_day, end_day);

  return TRUE;
}

/**
 * accord_timeline_layout_compute:
 * @start_day: the day at position 0
 * @end_day: the day at @length_px
 * @length_px: the length of the axis
 * @metrics: (nullable): sizes to lay out with, or %NULL for
 *   accord_timeline_metrics_init()'s
 *
 * Lays out what is visible: the events in lanes, with clusters where they
 * are too dense; the ticks; the gaps.  Takes O(log n + k) for k visible
 * events and returns at most a few items per px.
 *
 * Returns: (transfer full): the layout
 */
AccordTimelineFrame *
accord_timeline_layout_compute (AccordTimelineLayout        *self,
                                double                       start_day,
                                double                       end_day,
                                double                       length_px,
                                const AccordTimelineMetrics *metrics)
{
  AccordTimelineMetrics m;
  AccordTimelineFrame *frame;
  double px_per_day;

  g_return_val_if_fail (ACCORD_IS_TIMELINE_LAYOUT (self), NULL);
  g_return_val_if_fail (isfinite (start_day) && isfinite (end_day), NULL);
  g_return_val_if_fail (start_day >= -COMPUTE_DAY_LIMIT && end_day <= COMPUTE_DAY_LIMIT, NULL);
  g_return_val_if_fail (end_day > start_day, NULL);
  g_return_val_if_fail (isfinite (length_px) && length_px > 0, NULL);

  if (metrics != NULL)
    m = *metrics;
  else
    accord_timeline_metrics_init (&m);

  /* Sizes that make no sense would make the loops below endless or the
   * output unbounded. */
  m.char_width = isfinite (m.char_width) ? MAX (m.char_width, 0) : 0;
  m.min_tick_spacing = isfinite (m.min_tick_spacing) ? MAX (m.min_tick_spacing, 1) : 1;
  m.marker_width = isfinite (m.marker_width) ? MAX (m.marker_width, 1) : 1;
  m.max_label_width = isfinite (m.max_label_width) ? MAX (m.max_label_width, 0) : 0;
  m.item_spacing = isfinite (m.item_spacing) ? MAX (m.item_spacing, 0) : 0;
  m.max_lanes = CLAMP (m.max_lanes, 1, MAX_LANES);
  m.min_point_distance = isfinite (m.min_point_distance) ? MAX (m.min_point_distance, 0) : 0;
  m.label_padding = isfinite (m.label_padding) ? MAX (m.label_padding, 0) : 0;

  px_per_day = length_px / (end_day - start_day);
  frame = frame_new (start_day, end_day, length_px);

  compute_ticks (self, frame, &m, px_per_day);
  compute_items (self, frame, &m, px_per_day);
  compute_gaps (self, frame, &m, px_per_day);

  return frame;
}
