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
#include "accord-era.h"
#include "accord-event.h"
#include "accord-group.h"
#include "accord-timeline-layout-private.h"

/* Far enough for any range the zoom and pan limits allow, near enough that
 * every day maps to a year that fits an int. */
#define COMPUTE_DAY_LIMIT 1.0e8

/* Where panning stops: the years -2000 and 12000, around the years EDTF
 * level 0 can write. */
#define VIEW_MIN_DAY ((-2000 - 1970) * 365.2425)
#define VIEW_MAX_DAY ((12000 - 1970) * 365.2425)

#define MAX_LANES 256

/* A label longer than this is ellipsized anyway. */
#define MAX_LABEL_CHARS 1000

G_DEFINE_FINAL_TYPE (AccordTimelineLayout, accord_timeline_layout, G_TYPE_OBJECT)

static void
clear_index (AccordTimelineLayout *self)
{
  _accord_timeline_clear_rows (self);
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
  const AccordTimelineEntry *ea = a;
  const AccordTimelineEntry *eb = b;

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
  const AccordTimelineEntry *ea = a;
  const AccordTimelineEntry *eb = b;

  if (ea->first_day != eb->first_day)
    return ea->first_day < eb->first_day ? -1 : 1;
  if (ea->index != eb->index)
    return ea->index < eb->index ? -1 : 1;
  return 0;
}

/* Takes ownership of entries. */
static void
set_entries (AccordTimelineLayout *self,
             AccordTimelineEntry  *entries,
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
          qsort (entries, n_entries, sizeof (AccordTimelineEntry), compare);
          break;
        }
    }

  self->entries = entries;
  self->n_entries = n_entries;
  self->subtree_last = g_new (gint64, n_entries);
  self->prefix_last = g_new (gint64, n_entries);
  self->prefix_end = g_new (gint64, n_entries);

  _accord_timeline_build_tree (entries, self->subtree_last, 0, n_entries);

  for (guint i = 0; i < n_entries; i++)
    {
      gint64 last = entries[i].last_day;
      gint64 end = _accord_timeline_visible_end (&entries[i]);

      if (i > 0)
        {
          last = MAX (last, self->prefix_last[i - 1]);
          end = MAX (end, self->prefix_end[i - 1]);
        }

      self->prefix_last[i] = last;
      self->prefix_end[i] = end;
    }

  _accord_timeline_build_rows (self);
}

static void
fill_entry (AccordTimelineEntry  *entry,
            gint64                first_day,
            gint64                last_day,
            AccordDatePrecision   precision,
            AccordDateQualifiers  qualifiers,
            gboolean              is_interval,
            guint                 label_chars,
            guint                 index,
            guint                 group)
{
  entry->first_day = first_day;
  entry->group = group;
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

      gap.start_px = _accord_timeline_to_px (end_before, frame->start_day, px_per_day);
      gap.end_px = _accord_timeline_to_px (first_day, frame->start_day, px_per_day);
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
  g_clear_pointer (&self->eras, g_free);

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
 * Indexes the events, each in the row of its group
 * (accord_event_get_group()).  Items refer to them by their position in the
 * list.  The list is read now and not watched: call again when it changes.
 */
void
accord_timeline_layout_set_events (AccordTimelineLayout *self,
                                   GListModel           *timeline_events)
{
  AccordTimelineEntry *entries;
  guint n;

  g_return_if_fail (ACCORD_IS_TIMELINE_LAYOUT (self));
  g_return_if_fail (timeline_events == NULL || G_IS_LIST_MODEL (timeline_events));

  n = timeline_events != NULL ? g_list_model_get_n_items (timeline_events) : 0;
  entries = g_new0 (AccordTimelineEntry, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (timeline_events, i);
      AccordEvent *event;
      AccordGroup *group;
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
      group = accord_event_get_group (event);

      qualifiers = accord_date_get_qualifiers (date) | accord_date_get_end_qualifiers (date);
      if (end_date != NULL)
        qualifiers |= accord_date_get_qualifiers (end_date) | accord_date_get_end_qualifiers (end_date);

      fill_entry (&entries[i], first_day, MAX (last_day, first_day),
                  accord_date_get_precision (date), qualifiers,
                  accord_date_is_interval (date) || end_date != NULL,
                  (guint) MIN (title_chars, MAX_LABEL_CHARS), i,
                  group != NULL ? accord_group_get_index (group) + 1 : 0);
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
  AccordTimelineEntry *entries;

  g_return_if_fail (ACCORD_IS_TIMELINE_LAYOUT (self));
  g_return_if_fail (spans != NULL || n_spans == 0);

  for (guint i = 0; i < n_spans; i++)
    g_return_if_fail (spans[i].last_day >= spans[i].first_day);

  entries = g_new0 (AccordTimelineEntry, MAX (n_spans, 1));

  for (guint i = 0; i < n_spans; i++)
    fill_entry (&entries[i], spans[i].first_day, spans[i].last_day,
                spans[i].precision, spans[i].qualifiers, spans[i].is_interval,
                spans[i].label_chars, spans[i].index, spans[i].group);

  set_entries (self, entries, n_spans, compare_entries_full);
}

/**
 * accord_timeline_layout_set_eras:
 * @eras: (nullable): a list of #AccordEra, as accord_briefing_get_eras()
 *   gives
 *
 * Sets the eras to draw behind the events.  Bands refer to them by their
 * position in the list, which is read now and not watched.
 */
void
accord_timeline_layout_set_eras (AccordTimelineLayout *self,
                                 GListModel           *eras)
{
  AccordTimelineEraEntry *entries;
  guint n;

  g_return_if_fail (ACCORD_IS_TIMELINE_LAYOUT (self));
  g_return_if_fail (eras == NULL || G_IS_LIST_MODEL (eras));

  n = eras != NULL ? g_list_model_get_n_items (eras) : 0;
  entries = g_new0 (AccordTimelineEraEntry, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (eras, i);

      if (!ACCORD_IS_ERA (object))
        {
          g_critical ("%s: item %u is not an AccordEra", G_STRFUNC, i);
          g_free (entries);
          _accord_timeline_set_eras (self, NULL, 0);
          return;
        }

      entries[i].first_day = accord_era_get_first_day (ACCORD_ERA (object));
      entries[i].last_day = MAX (accord_era_get_last_day (ACCORD_ERA (object)), entries[i].first_day);
      entries[i].index = i;
    }

  _accord_timeline_set_eras (self, entries, n);
}

/**
 * accord_timeline_layout_set_era_spans:
 * @spans: (array length=n_spans): the eras
 *
 * As accord_timeline_layout_set_eras(), without #AccordEra objects.  Each
 * needs @last_day >= @first_day.
 */
void
accord_timeline_layout_set_era_spans (AccordTimelineLayout        *self,
                                      const AccordTimelineEraSpan *spans,
                                      guint                        n_spans)
{
  AccordTimelineEraEntry *entries;

  g_return_if_fail (ACCORD_IS_TIMELINE_LAYOUT (self));
  g_return_if_fail (spans != NULL || n_spans == 0);

  for (guint i = 0; i < n_spans; i++)
    g_return_if_fail (spans[i].last_day >= spans[i].first_day);

  entries = g_new0 (AccordTimelineEraEntry, MAX (n_spans, 1));
  for (guint i = 0; i < n_spans; i++)
    {
      entries[i].first_day = spans[i].first_day;
      entries[i].last_day = spans[i].last_day;
      entries[i].index = spans[i].index;
    }

  _accord_timeline_set_eras (self, entries, n_spans);
}

/**
 * accord_timeline_layout_get_n_rows:
 *
 * Returns: the number of rows: one per group that has events (the events
 *   in no group make one too), 0 without events
 */
guint
accord_timeline_layout_get_n_rows (AccordTimelineLayout *self)
{
  g_return_val_if_fail (ACCORD_IS_TIMELINE_LAYOUT (self), 0);

  return self->n_rows;
}

/**
 * accord_timeline_layout_get_n_era_levels:
 *
 * Returns: how many levels the eras take, as every frame says
 */
guint
accord_timeline_layout_get_n_era_levels (AccordTimelineLayout *self)
{
  g_return_val_if_fail (ACCORD_IS_TIMELINE_LAYOUT (self), 0);

  return self->n_era_levels;
}

/**
 * accord_timeline_layout_get_row_group:
 *
 * Returns: the group of a row, as in AccordTimelineSpan.group (0 for the
 *   events in no group)
 */
guint
accord_timeline_layout_get_row_group (AccordTimelineLayout *self,
                                      guint                 row)
{
  g_return_val_if_fail (ACCORD_IS_TIMELINE_LAYOUT (self), 0);
  g_return_val_if_fail (row < self->n_rows, 0);

  return self->rows[row].group;
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
 * Lays out what is visible: the events in rows by group, each in lanes,
 * with clusters where they are too dense; the ticks; the gaps; the eras.  Takes O(log n + k) for k visible
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
  frame = _accord_timeline_frame_new (start_day, end_day, length_px);

  _accord_timeline_compute_ticks (self, frame, &m, px_per_day);
  _accord_timeline_compute_items (self, frame, &m, px_per_day);
  compute_gaps (self, frame, &m, px_per_day);
  _accord_timeline_compute_eras (self, frame, px_per_day);

  return frame;
}
