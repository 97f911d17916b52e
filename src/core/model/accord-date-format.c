/* accord-date-format.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-date"

#include "config.h"

#include <glib/gi18n.h>

#include "accord-date-private.h"

/* Only the fields the precision covers are meaningful: while an invalid
 * day is being reported, the part still has month precision. */
static int
month_or_first (const AccordDatePart *part)
{
  return part->precision >= ACCORD_DATE_PRECISION_MONTH ? part->month : 1;
}

static int
day_or_first (const AccordDatePart *part)
{
  return part->precision >= ACCORD_DATE_PRECISION_DAY ? part->day : 1;
}

/* GDateTime stops at year 1, but EDTF allows year 0; the year itself is
 * then written into the format, and a year with the same leap status
 * provides the month and day names. */
static char *
format_year_zero (const char           *format,
                  const AccordDatePart *part)
{
  g_autoptr(GDateTime) dt = NULL;
  g_autoptr(GString) expanded = g_string_new (NULL);
  const char *p;

  for (p = format; *p != '\0'; p++)
    {
      if (p[0] == '%' && p[1] == 'Y')
        {
          g_string_append_printf (expanded, "%d", part->year);
          p++;
        }
      else if (p[0] == '%' && p[1] != '\0')
        {
          g_string_append_len (expanded, p, 2);
          p++;
        }
      else
        g_string_append_c (expanded, *p);
    }

  dt = g_date_time_new_utc (2000, month_or_first (part), day_or_first (part),
                            0, 0, 0);
  if (dt == NULL)
    return NULL;

  return g_date_time_format (dt, expanded->str);
}

char *
_accord_date_format_part_plain (const AccordDatePart *part)
{
  const char *format;
  char *result = NULL;

  switch (part->precision)
    {
    case ACCORD_DATE_PRECISION_YEAR:
      /* Translators: a date known only to the year, as a
       * g_date_time_format() string */
      format = C_("date with year precision", "%Y");
      break;

    case ACCORD_DATE_PRECISION_MONTH:
      /* Translators: a date known to the month but not the day, as a
       * g_date_time_format() string; never add a day number here.  Use %OB
       * instead of %B if your language needs the nominative month name. */
      format = C_("date with month precision", "%B %Y");
      break;

    case ACCORD_DATE_PRECISION_DAY:
    default:
      /* Translators: a date known to the day, as a g_date_time_format()
       * string */
      format = C_("date with day precision", "%-d %B %Y");
      break;
    }

  if (part->year >= 1)
    {
      g_autoptr(GDateTime) dt = g_date_time_new_utc (part->year,
                                                     month_or_first (part),
                                                     day_or_first (part),
                                                     0, 0, 0);

      if (dt != NULL)
        result = g_date_time_format (dt, format);
    }
  else
    {
      result = format_year_zero (format, part);
    }

  /* A broken translation must not lose the date. */
  if (result == NULL)
    {
      switch (part->precision)
        {
        case ACCORD_DATE_PRECISION_YEAR:
          result = g_strdup_printf ("%04d", part->year);
          break;
        case ACCORD_DATE_PRECISION_MONTH:
          result = g_strdup_printf ("%04d-%02d", part->year, part->month);
          break;
        case ACCORD_DATE_PRECISION_DAY:
        default:
          result = g_strdup_printf ("%04d-%02d-%02d", part->year, part->month, part->day);
          break;
        }
    }

  return result;
}

static char *
format_part (const AccordDatePart *part)
{
  g_autofree char *plain = _accord_date_format_part_plain (part);
  gboolean uncertain = (part->qualifiers & ACCORD_DATE_QUALIFIER_UNCERTAIN) != 0;
  gboolean approximate = (part->qualifiers & ACCORD_DATE_QUALIFIER_APPROXIMATE) != 0;

  if (uncertain && approximate)
    /* Translators: %s is a date that is both approximate and uncertain */
    return g_strdup_printf (_("about %s (uncertain)"), plain);
  if (approximate)
    /* Translators: %s is an approximate date, e.g. "about 2025" */
    return g_strdup_printf (_("about %s"), plain);
  if (uncertain)
    /* Translators: %s is a date that may be wrong */
    return g_strdup_printf (_("%s (uncertain)"), plain);

  return g_steal_pointer (&plain);
}

char *
accord_date_format (const AccordDate *self)
{
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  start = format_part (&self->start);
  if (!self->is_interval)
    return g_steal_pointer (&start);

  end = format_part (&self->end);

  /* Translators: a span of time from the first date to the second; keep
   * the spaces around the en dash unless your language writes it otherwise */
  return g_strdup_printf (_("%s – %s"), start, end);
}

char *
accord_date_describe_precision (const AccordDate *self)
{
  AccordDateQualifiers qualifiers;
  GString *description;

  g_return_val_if_fail (self != NULL, NULL);

  if (self->is_interval)
    description = g_string_new (_("a span of time"));
  else if (self->start.precision == ACCORD_DATE_PRECISION_YEAR)
    description = g_string_new (_("year known, month and day not given"));
  else if (self->start.precision == ACCORD_DATE_PRECISION_MONTH)
    description = g_string_new (_("month known, day not given"));
  else
    description = g_string_new (_("exact day"));

  /* Either end of a span being vague makes the whole span vague. */
  qualifiers = self->start.qualifiers | self->end.qualifiers;

  if (qualifiers & ACCORD_DATE_QUALIFIER_APPROXIMATE)
    g_string_append (description, _(", approximate"));
  if (qualifiers & ACCORD_DATE_QUALIFIER_UNCERTAIN)
    g_string_append (description, _(", uncertain"));

  return g_string_free (description, FALSE);
}

char *
accord_date_format_gap (gint64 days)
{
  gboolean later = days > 0;
  /* Negating through guint64 keeps G_MININT64 defined. */
  guint64 n = days < 0 ? -(guint64) days : (guint64) days;
  guint64 count;

  if (n == 0)
    return g_strdup (_("same day"));

  if (n < 14)
    {
      count = n;
      return g_strdup_printf (later
                              ? ngettext ("%d day later", "%d days later", count)
                              : ngettext ("%d day earlier", "%d days earlier", count),
                              (int) count);
    }

  if (n < 63)
    {
      count = (n + 3) / 7;
      return g_strdup_printf (later
                              ? ngettext ("%d week later", "%d weeks later", count)
                              : ngettext ("%d week earlier", "%d weeks earlier", count),
                              (int) count);
    }

  if (n < 730)
    {
      /* 30.44 days is the average Gregorian month. */
      count = (guint64) ((double) n / 30.44 + 0.5);
      return g_strdup_printf (later
                              ? ngettext ("%d month later", "%d months later", count)
                              : ngettext ("%d month earlier", "%d months earlier", count),
                              (int) count);
    }

  /* The count must fit the "%d"; no real timeline gets near this. */
  count = MIN ((guint64) ((double) n / 365.2425 + 0.5), (guint64) G_MAXINT);
  return g_strdup_printf (later
                          ? ngettext ("%d year later", "%d years later", count)
                          : ngettext ("%d year earlier", "%d years earlier", count),
                          (int) count);
}
