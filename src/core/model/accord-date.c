/* accord-date.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-date"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "accord-date-private.h"

G_DEFINE_BOXED_TYPE (AccordDate, accord_date, accord_date_ref, accord_date_unref)

/* Longer than any valid date ("2025-12-01%/2026-01-31%" is 23 bytes), so a
 * quoted text is only ever shortened when it is nonsense anyway. */
#define DISPLAY_MAX_CHARS 40

static gboolean
is_leap_year (int year)
{
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

static int
days_in_month (int year,
               int month)
{
  static const int lengths[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

  if (month == 2 && is_leap_year (year))
    return 29;

  return lengths[month - 1];
}

gint64
accord_date_days_from_civil (int year,
                             int month,
                             int day)
{
  gint64 y;
  gint64 era;
  gint64 year_of_era;
  gint64 day_of_year;
  gint64 day_of_era;

  g_return_val_if_fail (month >= 1 && month <= 12, 0);
  g_return_val_if_fail (day >= 1 && day <= 31, 0);

  /* Counting years from March puts the leap day at the very end of the
   * year, so the offset of each month no longer depends on the year and
   * follows the 153-days-per-5-months pattern of the Gregorian months. */
  y = (gint64) year - (month <= 2 ? 1 : 0);

  /* The calendar repeats exactly every 400 years (146097 days); working
   * within one such era keeps the divisions non-negative. */
  era = (y >= 0 ? y : y - 399) / 400;
  year_of_era = y - era * 400;
  day_of_year = (153 * ((month + 9) % 12) + 2) / 5 + day - 1;
  day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;

  /* 719468 is the number of days from 0000-03-01 to 1970-01-01. */
  return era * 146097 + day_of_era - 719468;
}

void
accord_date_civil_from_days (gint64  days,
                             int    *year,
                             int    *month,
                             int    *day)
{
  /* Beyond this the year would not fit in an int. */
  const gint64 limit = G_GINT64_CONSTANT (146097) * 5000000;
  gint64 z;
  gint64 era;
  gint64 day_of_era;
  gint64 year_of_era;
  gint64 day_of_year;
  gint64 shifted_month;
  gint64 y;
  int m;
  int d;

  if (year != NULL)
    *year = 0;
  if (month != NULL)
    *month = 0;
  if (day != NULL)
    *day = 0;

  g_return_if_fail (days > -limit && days < limit);

  z = days + 719468;
  era = (z >= 0 ? z : z - 146096) / 146097;
  day_of_era = z - era * 146097;

  /* Undo the leap-day corrections: one every 4 years (1460 days), except
   * every 100 years (36524 days), except every 400 years. */
  year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524
                 - day_of_era / 146096) / 365;
  day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  shifted_month = (5 * day_of_year + 2) / 153;

  d = (int) (day_of_year - (153 * shifted_month + 2) / 5 + 1);
  m = (int) (shifted_month < 10 ? shifted_month + 3 : shifted_month - 9);
  y = year_of_era + era * 400 + (m <= 2 ? 1 : 0);

  if (year != NULL)
    *year = (int) y;
  if (month != NULL)
    *month = m;
  if (day != NULL)
    *day = d;
}

/* The text goes into an error message, which must be valid UTF-8 and
 * should stay readable whatever was typed. */
static char *
make_display_text (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  GString *out = g_string_new (NULL);
  const char *p;
  glong n_chars = 0;

  for (p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (n_chars++ == DISPLAY_MAX_CHARS)
        {
          g_string_append (out, "…");
          break;
        }

      if (g_unichar_iscntrl (c))
        g_string_append_unichar (out, 0xFFFD);
      else
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/* The text is only made presentable when an error needs it. */
typedef struct
{
  const char *text;
  char       *display;
} AccordDateParser;

static const char *
parser_display (AccordDateParser *parser)
{
  if (parser->display == NULL)
    parser->display = make_display_text (parser->text);

  return parser->display;
}

static void
set_not_edtf (AccordDateParser  *parser,
              GError           **error)
{
  g_set_error (error, ACCORD_ERROR, ACCORD_ERROR_INVALID_DATE,
               _("\"%s\" is not an EDTF date (expected YYYY, YYYY-MM or YYYY-MM-DD)"),
               parser_display (parser));
}

static gboolean
is_qualifier (char c)
{
  return c == '?' || c == '~' || c == '%';
}

static gsize
count_digits (const char *p,
              const char *end)
{
  gsize n = 0;

  while (p + n < end && g_ascii_isdigit (p[n]))
    n++;

  return n;
}

static int
read_number (const char *p,
             gsize       n_digits)
{
  int value = 0;

  for (gsize i = 0; i < n_digits; i++)
    value = value * 10 + (p[i] - '0');

  return value;
}

/* A field that is merely short ("2025-1", "25") deserves a precise hint;
 * anything else is not the format at all. */
static gboolean
ends_field (const char *p,
            const char *end)
{
  return p == end || *p == '-' || is_qualifier (*p);
}

static gboolean
parse_part (AccordDateParser  *parser,
            const char        *p,
            const char        *end,
            AccordDatePart    *part,
            GError           **error)
{
  gboolean negative = FALSE;
  gsize n;

  memset (part, 0, sizeof *part);

  /* EDTF level 1's negative calendar year: "-0500" is 501 BCE, year 0000
   * being 1 BCE, as in ISO 8601.  TimelineJS timelines reach back that
   * far. */
  if (p < end && *p == '-')
    {
      negative = TRUE;
      p++;
    }

  n = count_digits (p, end);
  if (n != 4)
    {
      if (n > 0 && n < 4 && ends_field (p + n, end))
        g_set_error (error, ACCORD_ERROR, ACCORD_ERROR_INVALID_DATE,
                     _("\"%s\" is not a valid date: the year must have four digits"),
                     parser_display (parser));
      else
        set_not_edtf (parser, error);
      return FALSE;
    }

  part->year = negative ? -read_number (p, 4) : read_number (p, 4);
  part->precision = ACCORD_DATE_PRECISION_YEAR;
  p += 4;

  if (p < end && *p == '-')
    {
      p++;
      n = count_digits (p, end);
      if (n != 2)
        {
          if (n == 1 && ends_field (p + n, end))
            g_set_error (error, ACCORD_ERROR, ACCORD_ERROR_INVALID_DATE,
                         _("\"%s\" is not a valid date: the month must have two digits (01 to 12)"),
                         parser_display (parser));
          else
            set_not_edtf (parser, error);
          return FALSE;
        }

      part->month = read_number (p, 2);
      if (part->month < 1 || part->month > 12)
        {
          g_set_error (error, ACCORD_ERROR, ACCORD_ERROR_INVALID_DATE,
                       _("\"%s\" is not a valid date: month %02d does not exist"),
                       parser_display (parser), part->month);
          return FALSE;
        }

      part->precision = ACCORD_DATE_PRECISION_MONTH;
      p += 2;

      if (p < end && *p == '-')
        {
          int length;

          p++;
          n = count_digits (p, end);
          if (n != 2)
            {
              if (n == 1 && ends_field (p + n, end))
                g_set_error (error, ACCORD_ERROR, ACCORD_ERROR_INVALID_DATE,
                             _("\"%s\" is not a valid date: the day must have two digits"),
                             parser_display (parser));
              else
                set_not_edtf (parser, error);
              return FALSE;
            }

          part->day = read_number (p, 2);
          length = days_in_month (part->year, part->month);

          if (part->day == 0)
            {
              g_set_error (error, ACCORD_ERROR, ACCORD_ERROR_INVALID_DATE,
                           _("\"%s\" is not a valid date: day 00 does not exist"),
                           parser_display (parser));
              return FALSE;
            }

          if (part->day > length)
            {
              g_autofree char *month_name = _accord_date_format_part_plain (part);

              g_set_error (error, ACCORD_ERROR, ACCORD_ERROR_INVALID_DATE,
                           /* Translators: the second %s is a month and year,
                            * e.g. "February 2025" */
                           ngettext ("\"%s\" is not a valid date: %s has %d day",
                                     "\"%s\" is not a valid date: %s has %d days",
                                     length),
                           parser_display (parser), month_name, length);
              return FALSE;
            }

          part->precision = ACCORD_DATE_PRECISION_DAY;
          p += 2;
        }
    }

  if (p < end && is_qualifier (*p))
    {
      if (*p == '?')
        part->qualifiers = ACCORD_DATE_QUALIFIER_UNCERTAIN;
      else if (*p == '~')
        part->qualifiers = ACCORD_DATE_QUALIFIER_APPROXIMATE;
      else
        part->qualifiers = ACCORD_DATE_QUALIFIER_UNCERTAIN | ACCORD_DATE_QUALIFIER_APPROXIMATE;
      p++;

      if (p < end && is_qualifier (*p))
        {
          g_set_error (error, ACCORD_ERROR, ACCORD_ERROR_INVALID_DATE,
                       _("\"%s\" is not a valid date: only one of \"?\", \"~\" or \"%%\" may follow it"),
                       parser_display (parser));
          return FALSE;
        }
    }

  if (p < end)
    {
      if (*p == 'T' && part->precision == ACCORD_DATE_PRECISION_DAY)
        g_set_error (error, ACCORD_ERROR, ACCORD_ERROR_INVALID_DATE,
                     _("\"%s\" is not a valid date: a time of day is not allowed"),
                     parser_display (parser));
      else
        set_not_edtf (parser, error);
      return FALSE;
    }

  switch (part->precision)
    {
    case ACCORD_DATE_PRECISION_YEAR:
      part->first_day = accord_date_days_from_civil (part->year, 1, 1);
      part->last_day = accord_date_days_from_civil (part->year, 12, 31);
      break;

    case ACCORD_DATE_PRECISION_MONTH:
      part->first_day = accord_date_days_from_civil (part->year, part->month, 1);
      part->last_day = part->first_day + days_in_month (part->year, part->month) - 1;
      break;

    case ACCORD_DATE_PRECISION_DAY:
    default:
      part->first_day = accord_date_days_from_civil (part->year, part->month, part->day);
      part->last_day = part->first_day;
      break;
    }

  return TRUE;
}

/* An empty side is EDTF's "unknown" end and ".." its "open" end; neither
 * can be placed on a timeline. */
static gboolean
is_missing_end (const char *p,
                const char *end)
{
  gsize len = end - p;

  return len == 0 || (len == 2 && p[0] == '.' && p[1] == '.');
}

AccordDate *
accord_date_parse (const char  *text,
                   GError     **error)
{
  AccordDateParser parser = { text, NULL };
  const char *text_end;
  const char *slash;
  AccordDate *self = NULL;
  AccordDatePart start;
  AccordDatePart end;
  gsize len;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  len = strlen (text);
  text_end = text + len;

  if (len == 0)
    {
      g_set_error_literal (error, ACCORD_ERROR, ACCORD_ERROR_INVALID_DATE,
                           _("The date is empty (expected YYYY, YYYY-MM or YYYY-MM-DD)"));
      goto out;
    }

  if (g_ascii_isspace (text[0]) || g_ascii_isspace (text[len - 1]))
    {
      g_set_error (error, ACCORD_ERROR, ACCORD_ERROR_INVALID_DATE,
                   _("\"%s\" is not a valid date: it has spaces before or after it"),
                   parser_display (&parser));
      goto out;
    }

  slash = memchr (text, '/', len);

  if (slash == NULL)
    {
      if (!parse_part (&parser, text, text_end, &start, error))
        goto out;
      end = start;
    }
  else
    {
      if (memchr (slash + 1, '/', text_end - (slash + 1)) != NULL)
        {
          g_set_error (error, ACCORD_ERROR, ACCORD_ERROR_INVALID_DATE,
                       _("\"%s\" is not a valid date: an interval has exactly one \"/\""),
                       parser_display (&parser));
          goto out;
        }

      if (is_missing_end (text, slash) || is_missing_end (slash + 1, text_end))
        {
          g_set_error (error, ACCORD_ERROR, ACCORD_ERROR_INVALID_DATE,
                       _("\"%s\" is not a valid date: an interval needs both a start and an end"),
                       parser_display (&parser));
          goto out;
        }

      if (!parse_part (&parser, text, slash, &start, error) ||
          !parse_part (&parser, slash + 1, text_end, &end, error))
        goto out;

      if (end.first_day < start.first_day)
        {
          g_set_error (error, ACCORD_ERROR, ACCORD_ERROR_INVALID_DATE,
                       _("\"%s\": the interval ends before it starts"),
                       parser_display (&parser));
          goto out;
        }
    }

  self = g_atomic_rc_box_alloc0 (sizeof (AccordDate) + len + 1);
  self->is_interval = slash != NULL;
  self->start = start;
  self->end = end;
  memcpy (self->text, text, len + 1);

out:
  g_free (parser.display);

  return self;
}

AccordDate *
accord_date_ref (AccordDate *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_atomic_rc_box_acquire (self);
}

void
accord_date_unref (AccordDate *self)
{
  g_return_if_fail (self != NULL);

  g_atomic_rc_box_release (self);
}

const char *
accord_date_get_text (const AccordDate *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->text;
}

gboolean
accord_date_is_interval (const AccordDate *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->is_interval;
}

AccordDatePrecision
accord_date_get_precision (const AccordDate *self)
{
  g_return_val_if_fail (self != NULL, ACCORD_DATE_PRECISION_YEAR);

  return self->start.precision;
}

AccordDatePrecision
accord_date_get_end_precision (const AccordDate *self)
{
  g_return_val_if_fail (self != NULL, ACCORD_DATE_PRECISION_YEAR);

  return self->end.precision;
}

AccordDateQualifiers
accord_date_get_qualifiers (const AccordDate *self)
{
  g_return_val_if_fail (self != NULL, ACCORD_DATE_QUALIFIER_NONE);

  return self->start.qualifiers;
}

AccordDateQualifiers
accord_date_get_end_qualifiers (const AccordDate *self)
{
  g_return_val_if_fail (self != NULL, ACCORD_DATE_QUALIFIER_NONE);

  return self->end.qualifiers;
}

void
accord_date_get_start (const AccordDate *self,
                       int              *year,
                       int              *month,
                       int              *day)
{
  g_return_if_fail (self != NULL);

  if (year != NULL)
    *year = self->start.year;
  if (month != NULL)
    *month = self->start.month;
  if (day != NULL)
    *day = self->start.day;
}

gint64
accord_date_get_first_day (const AccordDate *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->start.first_day;
}

gint64
accord_date_get_last_day (const AccordDate *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->end.last_day;
}

int
accord_date_compare (const AccordDate *a,
                     const AccordDate *b)
{
  g_return_val_if_fail (a != NULL, 0);
  g_return_val_if_fail (b != NULL, 0);

  if (a->start.first_day != b->start.first_day)
    return a->start.first_day < b->start.first_day ? -1 : 1;

  /* A month starts on the same day as its first day, but the reader
   * should meet the vaguer statement first. */
  if (a->start.precision != b->start.precision)
    return a->start.precision < b->start.precision ? -1 : 1;

  if (a->end.last_day != b->end.last_day)
    return a->end.last_day < b->end.last_day ? -1 : 1;

  return 0;
}
