/* fuzz-date.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Any text to the EDTF parser.  A date it accepts must behave as a date:
 * its text survives a round trip, it spans at least one day, and ordering
 * is consistent.  An input holding a newline is also read as two dates to
 * be compared with each other.
 */

#define G_LOG_DOMAIN "fuzz-date"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "accord-date.h"
#include "fuzz-common.h"

static int
sign (int value)
{
  return (value > 0) - (value < 0);
}

static AccordDate *
parse_and_check (const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordDate) date = NULL;
  g_autoptr(AccordDate) again = NULL;
  g_autofree char *formatted = NULL;
  g_autofree char *described = NULL;
  g_autofree char *gap = NULL;
  int year;
  int month;
  int day;
  int y2;
  int m2;
  int d2;
  AccordDatePrecision precision;
  gint64 first;
  gint64 last;

  date = accord_date_parse (text, &error);
  if (date == NULL)
    {
      /* Error messages quote the input back to the reader. */
      g_assert_nonnull (error);
      g_assert_true (error->domain == ACCORD_ERROR);
      g_assert_cmpint (error->code, ==, ACCORD_ERROR_INVALID_DATE);
      fuzz_check_required_text (error->message);
      return NULL;
    }
  g_assert_no_error (error);

  g_assert_cmpstr (accord_date_get_text (date), ==, text);
  /* A date the parser accepts is ASCII. */
  fuzz_check_required_text (text);

  formatted = accord_date_format (date);
  fuzz_check_required_text (formatted);
  g_assert_cmpuint (strlen (formatted), >, 0);
  described = accord_date_describe_precision (date);
  fuzz_check_required_text (described);

  first = accord_date_get_first_day (date);
  last = accord_date_get_last_day (date);
  g_assert_cmpint (first, <=, last);
  gap = accord_date_format_gap (last - first);
  fuzz_check_required_text (gap);
  g_free (gap);
  gap = accord_date_format_gap (first - last);
  fuzz_check_required_text (gap);

  /* The start fields and the first day are two views of one thing. */
  accord_date_get_start (date, &year, &month, &day);
  precision = accord_date_get_precision (date);
  g_assert_cmpint (year, >=, 0);
  g_assert_cmpint (year, <=, 9999);
  g_assert_cmpint (precision, <=, ACCORD_DATE_PRECISION_DAY);
  g_assert_cmpint (accord_date_get_end_precision (date), <=, ACCORD_DATE_PRECISION_DAY);
  g_assert_cmpint (accord_date_get_qualifiers (date) & ~3, ==, 0);
  g_assert_cmpint (accord_date_get_end_qualifiers (date) & ~3, ==, 0);
  if (precision == ACCORD_DATE_PRECISION_YEAR)
    g_assert_true (month == 0 && day == 0);
  else if (precision == ACCORD_DATE_PRECISION_MONTH)
    g_assert_true (month >= 1 && month <= 12 && day == 0);
  else
    g_assert_true (month >= 1 && month <= 12 && day >= 1 && day <= 31);
  g_assert_cmpint (accord_date_days_from_civil (year, MAX (month, 1), MAX (day, 1)), ==, first);
  accord_date_civil_from_days (first, &y2, &m2, &d2);
  g_assert_cmpint (y2, ==, year);
  g_assert_cmpint (m2, ==, MAX (month, 1));
  g_assert_cmpint (d2, ==, MAX (day, 1));

  if (!accord_date_is_interval (date))
    {
      g_assert_cmpint (accord_date_get_end_precision (date), ==, precision);
      g_assert_cmpint (accord_date_get_end_qualifiers (date), ==, accord_date_get_qualifiers (date));
      g_assert_null (strchr (text, '/'));
    }
  else
    g_assert_nonnull (strchr (text, '/'));

  g_assert_cmpint (accord_date_compare (date, date), ==, 0);
  again = accord_date_parse (accord_date_get_text (date), NULL);
  g_assert_nonnull (again);
  g_assert_cmpint (accord_date_compare (date, again), ==, 0);

  return g_steal_pointer (&date);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = NULL;
  g_autoptr(AccordDate) whole = NULL;
  g_autoptr(AccordDate) a = NULL;
  g_autoptr(AccordDate) b = NULL;
  g_autoptr(AccordDate) reference = NULL;
  char *newline;

  /* Dates are short; long inputs only slow the search down. */
  if (size > 256)
    return 0;

  text = fuzz_dup_string (data, size);
  whole = parse_and_check (text);

  reference = accord_date_parse ("2026-01-20", NULL);
  g_assert_nonnull (reference);
  if (whole != NULL)
    g_assert_cmpint (sign (accord_date_compare (whole, reference)), ==,
                     -sign (accord_date_compare (reference, whole)));

  newline = strchr (text, '\n');
  if (newline == NULL)
    return 0;

  *newline = '\0';
  a = parse_and_check (text);
  b = parse_and_check (newline + 1);
  if (a != NULL && b != NULL)
    {
      int ab = accord_date_compare (a, b);

      g_assert_cmpint (sign (ab), ==, -sign (accord_date_compare (b, a)));
      /* Ordering follows the first day before anything else. */
      if (accord_date_get_first_day (a) < accord_date_get_first_day (b))
        g_assert_cmpint (ab, <, 0);
    }

  return 0;
}
