/* test-date.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-date"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "accord-date.h"

static AccordDate *
parse_ok (const char *text)
{
  g_autoptr(GError) error = NULL;
  AccordDate *date = accord_date_parse (text, &error);

  g_assert_no_error (error);
  g_assert_nonnull (date);
  g_assert_cmpstr (accord_date_get_text (date), ==, text);

  return date;
}

static void
assert_invalid (const char *text,
                const char *expected_part)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordDate) date = accord_date_parse (text, &error);

  if (date != NULL)
    g_error ("\"%s\" was accepted", text);

  g_assert_error (error, ACCORD_ERROR, ACCORD_ERROR_INVALID_DATE);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  if (strstr (error->message, expected_part) == NULL)
    g_error ("error for \"%s\" was \"%s\", expected it to contain \"%s\"",
             text, error->message, expected_part);

  /* Callers that do not want the message must not crash. */
  g_assert_null (accord_date_parse (text, NULL));
}

static void
assert_start (const AccordDate *date,
              int               year,
              int               month,
              int               day)
{
  int y = -1, m = -1, d = -1;

  accord_date_get_start (date, &y, &m, &d);
  g_assert_cmpint (y, ==, year);
  g_assert_cmpint (m, ==, month);
  g_assert_cmpint (d, ==, day);
}

static void
test_parse_year (void)
{
  g_autoptr(AccordDate) date = parse_ok ("2025");

  g_assert_false (accord_date_is_interval (date));
  g_assert_cmpint (accord_date_get_precision (date), ==, ACCORD_DATE_PRECISION_YEAR);
  g_assert_cmpint (accord_date_get_end_precision (date), ==, ACCORD_DATE_PRECISION_YEAR);
  g_assert_cmpint (accord_date_get_qualifiers (date), ==, ACCORD_DATE_QUALIFIER_NONE);
  g_assert_cmpint (accord_date_get_end_qualifiers (date), ==, ACCORD_DATE_QUALIFIER_NONE);
  assert_start (date, 2025, 0, 0);

  /* Out-parameters are optional. */
  accord_date_get_start (date, NULL, NULL, NULL);
}

static void
test_parse_month (void)
{
  g_autoptr(AccordDate) date = parse_ok ("2025-12");

  g_assert_false (accord_date_is_interval (date));
  g_assert_cmpint (accord_date_get_precision (date), ==, ACCORD_DATE_PRECISION_MONTH);
  g_assert_cmpint (accord_date_get_end_precision (date), ==, ACCORD_DATE_PRECISION_MONTH);
  assert_start (date, 2025, 12, 0);
}

static void
test_parse_day (void)
{
  g_autoptr(AccordDate) date = parse_ok ("2026-01-20");

  g_assert_false (accord_date_is_interval (date));
  g_assert_cmpint (accord_date_get_precision (date), ==, ACCORD_DATE_PRECISION_DAY);
  g_assert_cmpint (accord_date_get_end_precision (date), ==, ACCORD_DATE_PRECISION_DAY);
  assert_start (date, 2026, 1, 20);
}

static void
test_parse_extremes (void)
{
  const char *valid[] = {
    "0000", "9999", "0000-01-01", "9999-12-31", "0001-01", "2025-01-31",
    "2025-04-30", "2025-12-31", "0000-02-29", "2400-02-29",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (valid); i++)
    {
      g_autoptr(AccordDate) date = parse_ok (valid[i]);
    }

  {
    g_autoptr(AccordDate) date = parse_ok ("0000-02-29");

    assert_start (date, 0, 2, 29);
    g_assert_cmpint (accord_date_get_first_day (date), ==,
                     accord_date_days_from_civil (0, 2, 29));
  }
}

static void
test_parse_leap_days (void)
{
  g_autoptr(AccordDate) leap_2024 = parse_ok ("2024-02-29");
  g_autoptr(AccordDate) leap_2000 = parse_ok ("2000-02-29");

  assert_start (leap_2024, 2024, 2, 29);
  assert_start (leap_2000, 2000, 2, 29);

  assert_invalid ("1900-02-29", "February 1900 has 28 days");
  assert_invalid ("2025-02-29", "February 2025 has 28 days");
  assert_invalid ("2024-02-30", "February 2024 has 29 days");
  assert_invalid ("2025-04-31", "April 2025 has 30 days");
  assert_invalid ("2025-01-32", "January 2025 has 31 days");
}

static void
test_parse_invalid (void)
{
  const char *expected_format = "is not an EDTF date (expected YYYY, YYYY-MM or YYYY-MM-DD)";

  assert_invalid ("2025-13", "\"2025-13\" is not a valid date: month 13 does not exist");
  assert_invalid ("2025-00", "\"2025-00\" is not a valid date: month 00 does not exist");
  assert_invalid ("2025-02-30", "\"2025-02-30\" is not a valid date: February 2025 has 28 days");
  assert_invalid ("2025-12-00", "\"2025-12-00\" is not a valid date: day 00 does not exist");
  assert_invalid ("December 2025", "\"December 2025\" is not an EDTF date (expected YYYY, YYYY-MM or YYYY-MM-DD)");
  assert_invalid ("2025-12-01T10:00", "\"2025-12-01T10:00\" is not a valid date: a time of day is not allowed");
  assert_invalid ("25", "\"25\" is not a valid date: the year must have four digits");
  assert_invalid ("+2025", "\"+2025\" " "is not an EDTF date");
  assert_invalid ("--2025", expected_format);
  assert_invalid ("-25", "\"-25\" is not a valid date: the year must have four digits");
  assert_invalid ("2025-1", "\"2025-1\" is not a valid date: the month must have two digits");
  assert_invalid ("2025-12-1", "\"2025-12-1\" is not a valid date: the day must have two digits");
  assert_invalid ("2025/", "\"2025/\" is not a valid date: an interval needs both a start and an end");
  assert_invalid ("/2025", "\"/2025\" is not a valid date: an interval needs both a start and an end");
  assert_invalid ("2025/..", "an interval needs both a start and an end");
  assert_invalid ("../2025", "an interval needs both a start and an end");
  assert_invalid ("/", "an interval needs both a start and an end");
  assert_invalid ("..", expected_format);
  assert_invalid ("", "The date is empty");
  assert_invalid (" 2025", "\" 2025\" is not a valid date: it has spaces before or after it");
  assert_invalid ("2025 ", "it has spaces before or after it");
  assert_invalid ("2025\n", "it has spaces before or after it");
  assert_invalid ("2025??", "\"2025??\" is not a valid date: only one of \"?\", \"~\" or \"%\" may follow it");
  assert_invalid ("2025?~", "only one of");
  assert_invalid ("2025-12-01%%", "only one of");
  assert_invalid ("2025-12?-01", expected_format);
  assert_invalid ("?2025", expected_format);
  assert_invalid ("20251", expected_format);
  assert_invalid ("20251201", expected_format);
  assert_invalid ("2025-012", expected_format);
  assert_invalid ("2025-12-011", expected_format);
  assert_invalid ("2025-", expected_format);
  assert_invalid ("2025-12-", expected_format);
  assert_invalid ("2025 12", expected_format);
  assert_invalid ("2025-12-01Z", expected_format);
  assert_invalid ("2025/2026/2027", "an interval has exactly one \"/\"");
  assert_invalid ("2025 / 2026", expected_format);

  /* Non-ASCII look-alikes: fullwidth digits, a Unicode hyphen, an
   * Arabic-Indic year. */
  assert_invalid ("２０２５", "\"２０２５\" is not an EDTF date");
  assert_invalid ("2025‐12", expected_format);
  assert_invalid ("٢٠٢٥", expected_format);
  assert_invalid ("2025-12\xc2\xa0", expected_format);

  /* Invalid UTF-8 still yields a valid UTF-8 message (checked in
   * assert_invalid). */
  assert_invalid ("20\xff" "25", expected_format);
  assert_invalid ("\xff", expected_format);

  /* Control characters are not echoed into the message. */
  assert_invalid ("20\x01" "25", "\"20\xef\xbf\xbd" "25\"");
}

static void
test_parse_long_text (void)
{
  g_autofree char *text = g_strnfill (100000, '9');
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordDate) date = accord_date_parse (text, &error);

  g_assert_null (date);
  g_assert_error (error, ACCORD_ERROR, ACCORD_ERROR_INVALID_DATE);
  /* The message quotes a shortened text rather than all of it. */
  g_assert_cmpuint (strlen (error->message), <, 200);
  g_assert_nonnull (strstr (error->message, "…"));
}

static void
test_parse_null (void)
{
  AccordDate *date;

  g_test_expect_message ("accord-date", G_LOG_LEVEL_CRITICAL, "*text != NULL*");
  date = accord_date_parse (NULL, NULL);
  g_test_assert_expected_messages ();
  g_assert_null (date);
}

static void
test_qualifiers (void)
{
  struct
  {
    const char          *text;
    AccordDateQualifiers qualifiers;
    AccordDatePrecision  precision;
  } cases[] = {
    { "2025?", ACCORD_DATE_QUALIFIER_UNCERTAIN, ACCORD_DATE_PRECISION_YEAR },
    { "2025~", ACCORD_DATE_QUALIFIER_APPROXIMATE, ACCORD_DATE_PRECISION_YEAR },
    { "2025%", ACCORD_DATE_QUALIFIER_UNCERTAIN | ACCORD_DATE_QUALIFIER_APPROXIMATE, ACCORD_DATE_PRECISION_YEAR },
    { "2025-12?", ACCORD_DATE_QUALIFIER_UNCERTAIN, ACCORD_DATE_PRECISION_MONTH },
    { "2025-12~", ACCORD_DATE_QUALIFIER_APPROXIMATE, ACCORD_DATE_PRECISION_MONTH },
    { "2025-12%", ACCORD_DATE_QUALIFIER_UNCERTAIN | ACCORD_DATE_QUALIFIER_APPROXIMATE, ACCORD_DATE_PRECISION_MONTH },
    { "2026-01-20?", ACCORD_DATE_QUALIFIER_UNCERTAIN, ACCORD_DATE_PRECISION_DAY },
    { "2026-01-20~", ACCORD_DATE_QUALIFIER_APPROXIMATE, ACCORD_DATE_PRECISION_DAY },
    { "2026-01-20%", ACCORD_DATE_QUALIFIER_UNCERTAIN | ACCORD_DATE_QUALIFIER_APPROXIMATE, ACCORD_DATE_PRECISION_DAY },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(AccordDate) date = parse_ok (cases[i].text);

      g_assert_cmpint (accord_date_get_qualifiers (date), ==, cases[i].qualifiers);
      g_assert_cmpint (accord_date_get_end_qualifiers (date), ==, cases[i].qualifiers);
      g_assert_cmpint (accord_date_get_precision (date), ==, cases[i].precision);
    }

  /* A qualifier does not move the date. */
  {
    g_autoptr(AccordDate) plain = parse_ok ("2025-12");
    g_autoptr(AccordDate) vague = parse_ok ("2025-12%");

    g_assert_cmpint (accord_date_get_first_day (plain), ==, accord_date_get_first_day (vague));
    g_assert_cmpint (accord_date_get_last_day (plain), ==, accord_date_get_last_day (vague));
    g_assert_cmpint (accord_date_compare (plain, vague), ==, 0);
  }
}

static void
test_interval (void)
{
  g_autoptr(AccordDate) date = parse_ok ("2025-12~/2026-02-25?");

  g_assert_true (accord_date_is_interval (date));
  g_assert_cmpint (accord_date_get_precision (date), ==, ACCORD_DATE_PRECISION_MONTH);
  g_assert_cmpint (accord_date_get_end_precision (date), ==, ACCORD_DATE_PRECISION_DAY);
  g_assert_cmpint (accord_date_get_qualifiers (date), ==, ACCORD_DATE_QUALIFIER_APPROXIMATE);
  g_assert_cmpint (accord_date_get_end_qualifiers (date), ==, ACCORD_DATE_QUALIFIER_UNCERTAIN);
  assert_start (date, 2025, 12, 0);
  g_assert_cmpint (accord_date_get_first_day (date), ==, accord_date_days_from_civil (2025, 12, 1));
  g_assert_cmpint (accord_date_get_last_day (date), ==, accord_date_days_from_civil (2026, 2, 25));
}

static void
test_interval_order (void)
{
  assert_invalid ("2026-02/2025-12", "\"2026-02/2025-12\": the interval ends before it starts");
  assert_invalid ("2025-12-02/2025-12-01", "the interval ends before it starts");
  /* The end's first day (2025-01-01) is before the start's. */
  assert_invalid ("2025-12/2025", "the interval ends before it starts");
  assert_invalid ("2025-13/2026", "month 13 does not exist");
  assert_invalid ("2025/2026-02-30", "February 2026 has 28 days");
  assert_invalid ("2025/December 2026", "is not an EDTF date");

  {
    g_autoptr(AccordDate) same = parse_ok ("2025-12-01/2025-12-01");

    g_assert_true (accord_date_is_interval (same));
    g_assert_cmpint (accord_date_get_last_day (same) - accord_date_get_first_day (same), ==, 0);
  }

  {
    /* Equal first days are allowed even though the end is finer. */
    g_autoptr(AccordDate) date = parse_ok ("2025/2025-01-01");

    g_assert_cmpint (accord_date_get_first_day (date), ==, accord_date_days_from_civil (2025, 1, 1));
    g_assert_cmpint (accord_date_get_last_day (date), ==, accord_date_days_from_civil (2025, 1, 1));
  }

  {
    g_autoptr(AccordDate) date = parse_ok ("2025/2026");

    g_assert_cmpint (accord_date_get_first_day (date), ==, accord_date_days_from_civil (2025, 1, 1));
    g_assert_cmpint (accord_date_get_last_day (date), ==, accord_date_days_from_civil (2026, 12, 31));
  }
}

static void
test_first_last_day (void)
{
  g_autoptr(AccordDate) year = parse_ok ("2025");
  g_autoptr(AccordDate) month = parse_ok ("2025-12");
  g_autoptr(AccordDate) february = parse_ok ("2024-02");
  g_autoptr(AccordDate) day = parse_ok ("2026-01-20");

  g_assert_cmpint (accord_date_get_first_day (year), ==, accord_date_days_from_civil (2025, 1, 1));
  g_assert_cmpint (accord_date_get_last_day (year), ==, accord_date_days_from_civil (2025, 12, 31));
  g_assert_cmpint (accord_date_get_first_day (month), ==, accord_date_days_from_civil (2025, 12, 1));
  g_assert_cmpint (accord_date_get_last_day (month), ==, accord_date_days_from_civil (2025, 12, 31));
  g_assert_cmpint (accord_date_get_last_day (february), ==, accord_date_days_from_civil (2024, 2, 29));
  g_assert_cmpint (accord_date_get_first_day (day), ==, accord_date_days_from_civil (2026, 1, 20));
  g_assert_cmpint (accord_date_get_last_day (day), ==, accord_date_get_first_day (day));

  /* Spans, inclusive of both ends. */
  g_assert_cmpint (accord_date_get_last_day (month) - accord_date_get_first_day (month) + 1, ==, 31);
  g_assert_cmpint (accord_date_get_last_day (year) - accord_date_get_first_day (year) + 1, ==, 365);

  /* Absolute values, independent of days_from_civil. */
  g_assert_cmpint (accord_date_get_first_day (month), ==, 20423);
  g_assert_cmpint (accord_date_get_first_day (day), ==, 20473);
}

static void
test_days_from_civil (void)
{
  g_assert_cmpint (accord_date_days_from_civil (1970, 1, 1), ==, 0);
  g_assert_cmpint (accord_date_days_from_civil (1970, 1, 2), ==, 1);
  g_assert_cmpint (accord_date_days_from_civil (1969, 12, 31), ==, -1);
  g_assert_cmpint (accord_date_days_from_civil (2000, 3, 1), ==, 11017);
  g_assert_cmpint (accord_date_days_from_civil (2000, 2, 29), ==, 11016);
  g_assert_cmpint (accord_date_days_from_civil (2025, 12, 1), ==, 20423);
  g_assert_cmpint (accord_date_days_from_civil (1900, 3, 1) - accord_date_days_from_civil (1900, 2, 28), ==, 1);
  g_assert_cmpint (accord_date_days_from_civil (0, 1, 1), ==, -719528);
  g_assert_cmpint (accord_date_days_from_civil (0, 3, 1), ==, -719468);
  g_assert_cmpint (accord_date_days_from_civil (9999, 12, 31), ==, 2932896);
  g_assert_cmpint (accord_date_days_from_civil (2026, 2, 25) - accord_date_days_from_civil (2026, 1, 20), ==, 36);
}

static void
test_civil_round_trip (void)
{
  const gint64 first = accord_date_days_from_civil (0, 1, 1);
  const gint64 last = accord_date_days_from_civil (2200, 12, 31);
  int year = 0, month = 1, day = 1;

  g_assert_cmpint (last - first, >, 800000);

  /* Walk the calendar one day at a time alongside the conversion, so
   * every month length and leap rule is exercised independently. */
  for (gint64 days = first; days <= last; days++)
    {
      int y, m, d;
      int length;

      accord_date_civil_from_days (days, &y, &m, &d);
      if (y != year || m != month || d != day)
        g_error ("day %" G_GINT64_FORMAT ": got %04d-%02d-%02d, expected %04d-%02d-%02d",
                 days, y, m, d, year, month, day);
      if (accord_date_days_from_civil (y, m, d) != days)
        g_error ("%04d-%02d-%02d did not map back to %" G_GINT64_FORMAT, y, m, d, days);

      if (month == 2)
        length = ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0) ? 29 : 28;
      else if (month == 4 || month == 6 || month == 9 || month == 11)
        length = 30;
      else
        length = 31;

      if (++day > length)
        {
          day = 1;
          if (++month > 12)
            {
              month = 1;
              year++;
            }
        }
    }

  /* Far from the epoch and before year 0 too. */
  {
    int y, m, d;

    accord_date_civil_from_days (accord_date_days_from_civil (9999, 12, 31), &y, &m, &d);
    g_assert_cmpint (y, ==, 9999);
    g_assert_cmpint (m, ==, 12);
    g_assert_cmpint (d, ==, 31);

    accord_date_civil_from_days (accord_date_days_from_civil (-1, 12, 31), &y, &m, &d);
    g_assert_cmpint (y, ==, -1);
    g_assert_cmpint (m, ==, 12);
    g_assert_cmpint (d, ==, 31);
    g_assert_cmpint (accord_date_days_from_civil (-1, 12, 31), ==, -719529);

    accord_date_civil_from_days (-719468, &y, &m, &d);
    g_assert_cmpint (y, ==, 0);
    g_assert_cmpint (m, ==, 3);
    g_assert_cmpint (d, ==, 1);

    accord_date_civil_from_days (0, NULL, NULL, NULL);
  }
}

static int
compare_dates (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  const AccordDate *date_a = *(const AccordDate * const *) a;
  const AccordDate *date_b = *(const AccordDate * const *) b;

  return accord_date_compare (date_a, date_b);
}

static void
test_compare (void)
{
  g_autoptr(AccordDate) year = parse_ok ("2025");
  g_autoptr(AccordDate) month = parse_ok ("2025-12");
  g_autoptr(AccordDate) first = parse_ok ("2025-12-01");
  g_autoptr(AccordDate) span = parse_ok ("2025-12/2026-01");
  g_autoptr(AccordDate) day_span = parse_ok ("2025-12-01/2025-12-05");

  g_assert_cmpint (accord_date_compare (month, first), <, 0);
  g_assert_cmpint (accord_date_compare (first, month), >, 0);
  g_assert_cmpint (accord_date_compare (year, month), <, 0);
  g_assert_cmpint (accord_date_compare (month, month), ==, 0);
  /* Same start and precision: the shorter one first. */
  g_assert_cmpint (accord_date_compare (month, span), <, 0);
  g_assert_cmpint (accord_date_compare (span, month), >, 0);
  g_assert_cmpint (accord_date_compare (first, day_span), <, 0);
}

static void
test_sort (void)
{
  const char *input[] = {
    "2026-02-25", "2025-12", "2026-01-20", "2025-12-01", "2025",
  };
  const char *expected[] = {
    "2025", "2025-12", "2025-12-01", "2026-01-20", "2026-02-25",
  };
  g_autoptr(GPtrArray) dates = g_ptr_array_new_with_free_func ((GDestroyNotify) accord_date_unref);

  for (gsize i = 0; i < G_N_ELEMENTS (input); i++)
    g_ptr_array_add (dates, parse_ok (input[i]));

  g_ptr_array_sort_with_data (dates, compare_dates, NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (accord_date_get_text (g_ptr_array_index (dates, i)), ==, expected[i]);
}

static void
test_sort_stable (void)
{
  /* Equal dates keep the order in which they were written. */
  const char *input[] = { "2025-12~", "2025-12", "2025-12?", "2025" };
  const char *expected[] = { "2025", "2025-12~", "2025-12", "2025-12?" };
  g_autoptr(GPtrArray) dates = g_ptr_array_new_with_free_func ((GDestroyNotify) accord_date_unref);

  for (gsize i = 0; i < G_N_ELEMENTS (input); i++)
    g_ptr_array_add (dates, parse_ok (input[i]));

  g_ptr_array_sort_with_data (dates, compare_dates, NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (accord_date_get_text (g_ptr_array_index (dates, i)), ==, expected[i]);
}

static void
test_gap_between_events (void)
{
  g_autoptr(AccordDate) davos = parse_ok ("2026-01-20");
  g_autoptr(AccordDate) signing = parse_ok ("2026-02-25");
  g_autofree char *gap = NULL;
  gint64 days;

  days = accord_date_get_first_day (signing) - accord_date_get_first_day (davos);
  g_assert_cmpint (days, ==, 36);

  gap = accord_date_format_gap (days);
  g_assert_cmpstr (gap, ==, "5 weeks later");
}

static void
assert_format (const char *text,
               const char *expected)
{
  g_autoptr(AccordDate) date = parse_ok (text);
  g_autofree char *formatted = accord_date_format (date);

  g_assert_cmpstr (formatted, ==, expected);
}

static void
test_format (void)
{
  assert_format ("2025", "2025");
  assert_format ("2025-12", "December 2025");
  assert_format ("2025-12-01", "1 December 2025");
  assert_format ("2026-01-20", "20 January 2026");
  assert_format ("2025~", "about 2025");
  assert_format ("2025?", "2025 (uncertain)");
  assert_format ("2025%", "about 2025 (uncertain)");
  assert_format ("2025-12~", "about December 2025");
  assert_format ("2026-01-20?", "20 January 2026 (uncertain)");
  assert_format ("2025-12/2026-02", "December 2025 – February 2026");
  assert_format ("2025~/2026-01-20?", "about 2025 – 20 January 2026 (uncertain)");
  assert_format ("0999-07-04", "4 July 999");
  assert_format ("9999-12-31", "31 December 9999");
}

/* EDTF level 1's negative years, which TimelineJS timelines use for BCE. */
static void
test_parse_negative_year (void)
{
  g_autoptr(AccordDate) year = accord_date_parse ("-0500", NULL);
  g_autoptr(AccordDate) interval = accord_date_parse ("-0500-03/-0044-03-15", NULL);
  g_autoptr(AccordDate) zero = accord_date_parse ("0000", NULL);
  int y, m, d;

  g_assert_nonnull (year);
  accord_date_get_start (year, &y, &m, &d);
  g_assert_cmpint (y, ==, -500);
  g_assert_cmpint (accord_date_get_last_day (year) + 1, ==, accord_date_days_from_civil (-499, 1, 1));
  g_assert_nonnull (interval);
  g_assert_true (accord_date_is_interval (interval));
  g_assert_cmpint (accord_date_get_first_day (interval), <, accord_date_get_first_day (zero));
  g_assert_cmpint (accord_date_get_last_day (interval), ==, accord_date_days_from_civil (-44, 3, 15));
  g_assert_cmpint (accord_date_compare (year, zero), <, 0);
}

static void
test_format_year_zero (void)
{
  assert_format ("0000", "0");
  assert_format ("0000-12", "December 0");
  assert_format ("0000-02-29", "29 February 0");
  assert_format ("0000~/0001", "about 0 – 1");
  assert_invalid ("0000-02-30", "February 0 has 29 days");
}

static void
assert_description (const char *text,
                    const char *expected)
{
  g_autoptr(AccordDate) date = parse_ok (text);
  g_autofree char *description = accord_date_describe_precision (date);

  g_assert_cmpstr (description, ==, expected);
}

static void
test_describe_precision (void)
{
  assert_description ("2025", "year known, month and day not given");
  assert_description ("2025-12", "month known, day not given");
  assert_description ("2026-01-20", "exact day");
  assert_description ("2025-12/2026-02", "a span of time");
  assert_description ("2025~", "year known, month and day not given, approximate");
  assert_description ("2025-12?", "month known, day not given, uncertain");
  assert_description ("2026-01-20%", "exact day, approximate, uncertain");
  assert_description ("2025-12/2026-02~", "a span of time, approximate");
  assert_description ("2025-12?/2026-02~", "a span of time, approximate, uncertain");
}

static void
assert_gap (gint64      days,
            const char *expected)
{
  g_autofree char *gap = accord_date_format_gap (days);

  g_assert_cmpstr (gap, ==, expected);
}

static void
test_format_gap (void)
{
  assert_gap (0, "same day");
  assert_gap (1, "1 day later");
  assert_gap (2, "2 days later");
  assert_gap (5, "5 days later");
  assert_gap (13, "13 days later");
  assert_gap (14, "2 weeks later");
  assert_gap (17, "2 weeks later");
  assert_gap (18, "3 weeks later");
  assert_gap (36, "5 weeks later");
  assert_gap (62, "9 weeks later");
  assert_gap (63, "2 months later");
  assert_gap (100, "3 months later");
  assert_gap (365, "12 months later");
  assert_gap (729, "24 months later");
  assert_gap (730, "2 years later");
  assert_gap (800, "2 years later");
  assert_gap (3653, "10 years later");

  assert_gap (-1, "1 day earlier");
  assert_gap (-5, "5 days earlier");
  assert_gap (-36, "5 weeks earlier");
  assert_gap (-100, "3 months earlier");
  assert_gap (-800, "2 years earlier");

  /* Extremes must not overflow. */
  {
    g_autofree char *gap = accord_date_format_gap (G_MININT64);

    g_assert_true (g_str_has_suffix (gap, " years earlier"));
    g_clear_pointer (&gap, g_free);
    gap = accord_date_format_gap (G_MAXINT64);
    g_assert_true (g_str_has_suffix (gap, " years later"));
  }
}

static void
test_refcount (void)
{
  AccordDate *date = parse_ok ("2025-12");
  AccordDate *copy;
  const char *text = accord_date_get_text (date);

  g_assert_true (accord_date_ref (date) == date);
  accord_date_unref (date);

  copy = g_boxed_copy (ACCORD_TYPE_DATE, date);
  g_assert_true (copy == date);
  g_boxed_free (ACCORD_TYPE_DATE, copy);

  /* Still alive: the text pointer stays valid. */
  g_assert_cmpstr (text, ==, "2025-12");
  g_assert_true (G_TYPE_IS_BOXED (ACCORD_TYPE_DATE));
  g_assert_cmpstr (g_type_name (ACCORD_TYPE_DATE), ==, "AccordDate");

  accord_date_unref (date);
}

static void
test_boxed_value (void)
{
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(AccordDate) date = parse_ok ("2026-01-20");
  AccordDate *held;

  g_value_init (&value, ACCORD_TYPE_DATE);
  g_value_set_boxed (&value, date);
  held = g_value_get_boxed (&value);
  g_assert_true (held == date);
  g_assert_cmpstr (accord_date_get_text (held), ==, "2026-01-20");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/date/parse/year", test_parse_year);
  g_test_add_func ("/date/parse/month", test_parse_month);
  g_test_add_func ("/date/parse/day", test_parse_day);
  g_test_add_func ("/date/parse/extremes", test_parse_extremes);
  g_test_add_func ("/date/parse/leap-days", test_parse_leap_days);
  g_test_add_func ("/date/parse/negative-year", test_parse_negative_year);
  g_test_add_func ("/date/parse/invalid", test_parse_invalid);
  g_test_add_func ("/date/parse/long-text", test_parse_long_text);
  g_test_add_func ("/date/parse/null", test_parse_null);
  g_test_add_func ("/date/qualifiers", test_qualifiers);
  g_test_add_func ("/date/interval/ends", test_interval);
  g_test_add_func ("/date/interval/order", test_interval_order);
  g_test_add_func ("/date/days/first-last", test_first_last_day);
  g_test_add_func ("/date/days/from-civil", test_days_from_civil);
  g_test_add_func ("/date/days/round-trip", test_civil_round_trip);
  g_test_add_func ("/date/compare", test_compare);
  g_test_add_func ("/date/sort", test_sort);
  g_test_add_func ("/date/sort-stable", test_sort_stable);
  g_test_add_func ("/date/gap-between-events", test_gap_between_events);
  g_test_add_func ("/date/format", test_format);
  g_test_add_func ("/date/format-year-zero", test_format_year_zero);
  g_test_add_func ("/date/describe-precision", test_describe_precision);
  g_test_add_func ("/date/format-gap", test_format_gap);
  g_test_add_func ("/date/refcount", test_refcount);
  g_test_add_func ("/date/boxed-value", test_boxed_value);

  return g_test_run ();
}
