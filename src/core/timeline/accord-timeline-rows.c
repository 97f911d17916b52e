/* accord-timeline-rows.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The timeline in groups and eras: the events of each group in a row of
 * lanes of its own, and the eras as bands behind them.  Pure arithmetic,
 * as the rest of the layout.
 */

#define G_LOG_DOMAIN "accord-timeline-layout"

#include "config.h"

#include <stdlib.h>

#include "accord-timeline-layout-private.h"

/* Where more eras overlap than this, the rest share the last level. */
#define MAX_ERA_LEVELS 4

/* At most this many bands in a frame: eras are a few phases, and a file of
 * thousands of them must not make a frame that grows with the file. */
#define MAX_ERA_BANDS 256

gint64
_accord_timeline_build_tree (const AccordTimelineEntry *entries,
                             gint64                    *subtree_last,
                             guint                      lo,
                             guint                      hi)
{
  /* The recursion's depth is the logarithm of the number of events. */
  guint mid;
  gint64 left, right, last;

  if (lo >= hi)
    return G_MININT64;

  mid = lo + (hi - lo) / 2;
  left = _accord_timeline_build_tree (entries, subtree_last, lo, mid);
  right = _accord_timeline_build_tree (entries, subtree_last, mid + 1, hi);
  last = MAX (entries[mid].last_day, MAX (left, right));
  subtree_last[mid] = last;

  return last;
}

void
_accord_timeline_clear_rows (AccordTimelineLayout *self)
{
  for (guint r = 0; r < self->n_rows; r++)
    {
      if (self->rows[r].borrowed)
        continue;
      g_free (self->rows[r].entries);
      g_free (self->rows[r].subtree_last);
    }
  g_clear_pointer (&self->rows, g_free);
  self->n_rows = 0;
}

static int
compare_groups (const void *a,
                const void *b)
{
  guint ga = *(const guint *) a;
  guint gb = *(const guint *) b;

  /* The events in no group come last. */
  if (ga == 0 || gb == 0)
    return (ga == 0) - (gb == 0);

  return (ga > gb) - (ga < gb);
}

/* Splits the sorted entries into one row per group, in the groups' order;
 * each row keeps the entries' order, so it is sorted too. */
void
_accord_timeline_build_rows (AccordTimelineLayout *self)
{
  g_autoptr(GHashTable) row_of = NULL;
  g_autofree guint *row_by_group = NULL;
  g_autofree guint *entry_row = NULL;
  g_autofree guint *groups = NULL;
  g_autofree guint *filled = NULL;
  guint max_group;
  guint n_groups = 0;
  gboolean one_group = TRUE;

  _accord_timeline_clear_rows (self);

  if (self->n_entries == 0)
    return;

  for (guint i = 1; i < self->n_entries && one_group; i++)
    one_group = self->entries[i].group == self->entries[0].group;

  if (one_group)
    {
      /* The common case, no groups at all: the row is the index. */
      self->rows = g_new0 (AccordTimelineRowIndex, 1);
      self->rows[0].group = self->entries[0].group;
      self->rows[0].entries = self->entries;
      self->rows[0].subtree_last = self->subtree_last;
      self->rows[0].n_entries = self->n_entries;
      self->rows[0].borrowed = TRUE;
      self->n_rows = 1;
      return;
    }

  /* A row number per group number: an array while the numbers are dense
   * (from a briefing they count its groups), a table when they are not
   * (set_spans takes any). */
  max_group = 0;
  for (guint i = 0; i < self->n_entries; i++)
    max_group = MAX (max_group, self->entries[i].group);

  if (max_group <= MAX (4 * self->n_entries, 1024))
    {
      row_by_group = g_new (guint, (gsize) max_group + 1);
      for (guint g = 0; g <= max_group; g++)
        row_by_group[g] = G_MAXUINT;
    }
  else
    row_of = g_hash_table_new (NULL, NULL);

  groups = g_new (guint, self->n_entries);
  for (guint i = 0; i < self->n_entries; i++)
    {
      guint group = self->entries[i].group;

      if (row_by_group != NULL && row_by_group[group] == G_MAXUINT)
        {
          row_by_group[group] = 0;
          groups[n_groups++] = group;
        }
      else if (row_of != NULL && !g_hash_table_contains (row_of, GUINT_TO_POINTER (group + 1)))
        {
          g_hash_table_insert (row_of, GUINT_TO_POINTER (group + 1), NULL);
          groups[n_groups++] = group;
        }
    }
  qsort (groups, n_groups, sizeof (guint), compare_groups);

  self->rows = g_new0 (AccordTimelineRowIndex, n_groups);
  self->n_rows = n_groups;
  for (guint r = 0; r < n_groups; r++)
    {
      self->rows[r].group = groups[r];
      if (row_by_group != NULL)
        row_by_group[groups[r]] = r;
      else
        g_hash_table_insert (row_of, GUINT_TO_POINTER (groups[r] + 1), GUINT_TO_POINTER (r));
    }

  /* Each entry's row, found once. */
  entry_row = g_new (guint, self->n_entries);
  for (guint i = 0; i < self->n_entries; i++)
    {
      guint group = self->entries[i].group;
      guint r = row_by_group != NULL
                ? row_by_group[group]
                : GPOINTER_TO_UINT (g_hash_table_lookup (row_of, GUINT_TO_POINTER (group + 1)));

      entry_row[i] = r;
      self->rows[r].n_entries++;
    }

  filled = g_new0 (guint, n_groups);
  for (guint r = 0; r < n_groups; r++)
    {
      self->rows[r].entries = g_new (AccordTimelineEntry, self->rows[r].n_entries);
      self->rows[r].subtree_last = g_new (gint64, self->rows[r].n_entries);
    }

  for (guint i = 0; i < self->n_entries; i++)
    {
      guint r = entry_row[i];

      self->rows[r].entries[filled[r]++] = self->entries[i];
    }

  for (guint r = 0; r < n_groups; r++)
    _accord_timeline_build_tree (self->rows[r].entries, self->rows[r].subtree_last,
                                 0, self->rows[r].n_entries);
}

static int
compare_eras (const void *a,
              const void *b)
{
  const AccordTimelineEraEntry *ea = a;
  const AccordTimelineEraEntry *eb = b;

  if (ea->first_day != eb->first_day)
    return ea->first_day < eb->first_day ? -1 : 1;
  if (ea->last_day != eb->last_day)
    return ea->last_day > eb->last_day ? -1 : 1;
  return (ea->index > eb->index) - (ea->index < eb->index);
}

/* Takes ownership of eras.  Levels are given once, over the whole
 * timeline: first fit, the longer of two eras that start together first. */
void
_accord_timeline_set_eras (AccordTimelineLayout   *self,
                           AccordTimelineEraEntry *eras,
                           guint                   n_eras)
{
  gint64 level_end[MAX_ERA_LEVELS];

  g_clear_pointer (&self->eras, g_free);
  self->n_eras = 0;
  self->n_era_levels = 0;

  if (n_eras == 0)
    {
      g_free (eras);
      return;
    }

  qsort (eras, n_eras, sizeof (AccordTimelineEraEntry), compare_eras);

  for (guint i = 0; i < n_eras; i++)
    {
      guint level = G_MAXUINT;
      gboolean shared = FALSE;

      for (guint l = 0; l < self->n_era_levels; l++)
        {
          if (level_end[l] < eras[i].first_day)
            {
              level = l;
              break;
            }
        }

      if (level == G_MAXUINT && self->n_era_levels < MAX_ERA_LEVELS)
        level = self->n_era_levels++;
      else if (level == G_MAXUINT)
        {
          level = MAX_ERA_LEVELS - 1;
          shared = TRUE;
        }

      eras[i].level = level;
      level_end[level] = shared ? MAX (level_end[level], eras[i].last_day) : eras[i].last_day;
    }

  self->eras = eras;
  self->n_eras = n_eras;
}

void
_accord_timeline_compute_eras (AccordTimelineLayout *self,
                               AccordTimelineFrame  *frame,
                               double                px_per_day)
{
  frame->n_era_levels = self->n_era_levels;

  for (guint i = 0; i < self->n_eras && frame->eras->len < MAX_ERA_BANDS; i++)
    {
      const AccordTimelineEraEntry *era = &self->eras[i];
      AccordTimelineEraBand band;
      double start, end;

      /* Sorted by first day: everything after starts later still. */
      if ((double) era->first_day >= frame->end_day)
        break;
      if ((double) era->last_day + 1 <= frame->start_day)
        continue;

      start = _accord_timeline_to_px (era->first_day, frame->start_day, px_per_day);
      end = _accord_timeline_to_px (era->last_day + 1, frame->start_day, px_per_day);

      band.index = era->index;
      band.level = era->level;
      band.first_day = era->first_day;
      band.last_day = era->last_day;
      band.starts_before = start < 0;
      band.ends_after = end > frame->length_px;
      band.start_px = MAX (start, 0);
      band.end_px = MIN (end, frame->length_px);
      g_array_append_val (frame->eras, band);
    }
}
