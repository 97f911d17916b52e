/* accord-timeline-layout-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "accord-timeline-layout.h"

G_BEGIN_DECLS

/* One event, as the index keeps it: sorted by first day. */
typedef struct
{
  gint64 first_day;
  gint64 last_day;
  guint  index;
  guint  label_chars;
  guint  group;
  guint8 kind;
  guint8 flags;
  guint8 precision;
} AccordTimelineEntry;

/* The events of one row (one group), sorted as the whole index is, with
 * a tree of their own: a row is laid out by itself. */
typedef struct
{
  guint                group;
  AccordTimelineEntry *entries;
  gint64              *subtree_last;
  guint                n_entries;
  gboolean             borrowed;   /* the whole index's own arrays */
} AccordTimelineRowIndex;

/* An era with its level, sorted by first day. */
typedef struct
{
  gint64 first_day;
  gint64 last_day;
  guint  index;
  guint  level;
} AccordTimelineEraEntry;

struct _AccordTimelineLayout
{
  GObject parent_instance;

  AccordTimelineEntry  *entries;
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

  AccordTimelineRowIndex *rows;
  guint   n_rows;

  AccordTimelineEraEntry *eras;
  guint   n_eras;
  guint   n_era_levels;
};

struct _AccordTimelineFrame
{
  double             start_day;
  double             end_day;
  double             length_px;
  GArray            *items;
  GArray            *ticks;
  GArray            *gaps;
  GArray            *rows;
  GArray            *eras;
  guint              n_lanes;
  guint              n_era_levels;
  AccordTimelineUnit tick_unit;
  guint              tick_step;
};

AccordTimelineFrame *_accord_timeline_frame_new     (double                       start_day,
                                                     double                       end_day,
                                                     double                       length_px);
void                 _accord_timeline_compute_ticks (AccordTimelineLayout        *self,
                                                     AccordTimelineFrame         *frame,
                                                     const AccordTimelineMetrics *metrics,
                                                     double                       px_per_day);
void                 _accord_timeline_build_rows    (AccordTimelineLayout        *self);
void                 _accord_timeline_clear_rows    (AccordTimelineLayout        *self);
void                 _accord_timeline_set_eras      (AccordTimelineLayout        *self,
                                                     AccordTimelineEraEntry      *eras,
                                                     guint                        n_eras);
void                 _accord_timeline_compute_eras  (AccordTimelineLayout        *self,
                                                     AccordTimelineFrame         *frame,
                                                     double                       px_per_day);
gint64               _accord_timeline_build_tree    (const AccordTimelineEntry   *entries,
                                                     gint64                      *subtree_last,
                                                     guint                        lo,
                                                     guint                        hi);
void                 _accord_timeline_compute_items (AccordTimelineLayout        *self,
                                                     AccordTimelineFrame         *frame,
                                                     const AccordTimelineMetrics *metrics,
                                                     double                       px_per_day);

static inline double
_accord_timeline_to_px (double day,
                        double start_day,
                        double px_per_day)
{
  return (day - start_day) * px_per_day;
}

static inline gint64
_accord_timeline_visible_end (const AccordTimelineEntry *entry)
{
  if (entry->kind == ACCORD_TIMELINE_ITEM_POINT)
    return entry->first_day;

  return entry->last_day + 1;
}

G_END_DECLS
