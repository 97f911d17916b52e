/* accord-timeline-ticks.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-timeline-layout"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "accord-date.h"
#include "accord-timeline-layout-private.h"

/* No axis is this long; it only bounds the work a mistaken caller causes. */
#define MAX_TICKS 10000

typedef struct
{
  AccordTimelineUnit unit;
  guint              step;
  /* The shortest such period, so that no two ticks come closer. */
  double             min_days;
} AccordTimelineTickScale;

static const AccordTimelineTickScale tick_scales[] = {
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
  tick.px = CLAMP (_accord_timeline_to_px (day, frame->start_day, px_per_day), 0, frame->length_px);
  tick.day = day;
  tick.unit = unit;
  tick.major = major;
  tick.label = format_tick_label (unit, year, month, mday);
  g_array_append_val (frame->ticks, tick);

  return TRUE;
}

void
_accord_timeline_compute_ticks (AccordTimelineLayout        *self,
                                AccordTimelineFrame         *frame,
                                const AccordTimelineMetrics *metrics,
                                double                       px_per_day)
{
  const AccordTimelineTickScale *scale = &tick_scales[G_N_ELEMENTS (tick_scales) - 1];
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
