/* test-i18n.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The real window in French and in Korean, from the catalogs the build
 * makes: translated headings and page titles, and dates in the locale.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "accord-date.h"
#include "accord-section.h"
#include "accord-section-view.h"
#include "accord-test-ui.h"
#include "accord-window.h"

typedef struct
{
  const char *locale;         /* for setlocale () */
  const char *key_points;     /* the "Key Points" heading */
  const char *timeline;       /* the "Timeline" view-stack page */
  const char *sections;       /* the sidebar title */
  const char *search;         /* the search entry's placeholder */
  const char *year;           /* "2025" */
  const char *month;          /* "2025-12" */
  const char *day;            /* "2026-01-20" */
  const char *interval;       /* "2025-12/2026-02" */
  const char *one_day_later;  /* accord_date_format_gap (1) */
  const char *days_later;     /* accord_date_format_gap (5) */
} Language;

static const Language french = {
  .locale = "fr_FR.UTF-8",
  .key_points = "Points clés",
  .timeline = "Chronologie",
  .sections = "Sections",
  .search = "Rechercher dans la note d’information",
  .year = "2025",
  .month = "décembre 2025",
  .day = "20 janvier 2026",
  .interval = "décembre 2025 – février 2026",
  .one_day_later = "1 jour plus tard",
  .days_later = "5 jours plus tard",
};

static const Language korean = {
  .locale = "ko_KR.UTF-8",
  .key_points = "핵심 내용",
  .timeline = "타임라인",
  .sections = "섹션",
  .search = "브리핑 검색",
  .year = "2025년",
  .month = "2025년 12월",
  .day = "2026년 1월 20일",
  .interval = "2025년 12월 ~ 2026년 2월",
  .one_day_later = "1일 후",
  .days_later = "5일 후",
};

static gboolean
briefing_shown (gpointer data)
{
  AccordWindow *window = data;

  return g_strcmp0 (accord_window_get_visible_page (window), "briefing") == 0;
}

static char *
format_date (const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordDate) date = accord_date_parse (text, &error);

  g_assert_no_error (error);
  g_assert_nonnull (date);

  return accord_date_format (date);
}

/* Switches the process to @lang; FALSE if the system lacks the locale.
 * gettext follows LC_MESSAGES once LANGUAGE is out of the way (main()
 * clears it), and g_date_time_format() follows LC_TIME. */
static gboolean
use_language (const Language *lang)
{
  return setlocale (LC_ALL, lang->locale) != NULL;
}

static void
restore_language (void)
{
  g_assert_nonnull (setlocale (LC_ALL, "C.UTF-8"));
}

static void
check_dates (const Language *lang)
{
  g_autofree char *year = format_date ("2025");
  g_autofree char *month = format_date ("2025-12");
  g_autofree char *day = format_date ("2026-01-20");
  g_autofree char *interval = format_date ("2025-12/2026-02");
  g_autofree char *one_day = accord_date_format_gap (1);
  g_autofree char *five_days = accord_date_format_gap (5);

  g_assert_cmpstr (year, ==, lang->year);
  g_assert_cmpstr (month, ==, lang->month);
  g_assert_cmpstr (day, ==, lang->day);
  g_assert_cmpstr (interval, ==, lang->interval);
  g_assert_cmpstr (one_day, ==, lang->one_day_later);
  g_assert_cmpstr (five_days, ==, lang->days_later);
}

static void
check_window (const Language *lang)
{
  AccordWindow *window = accord_test_new_window (1100, 760);
  AccordBriefingPage *page;
  AccordSectionView *view;
  g_autofree char *placeholder = NULL;
  g_autofree char *month = format_date ("2025-12");

  accord_window_open_bundled (window);
  accord_test_wait_until (briefing_shown, window);
  accord_test_settle ();

  page = accord_window_get_briefing_page (window);
  view = accord_briefing_page_get_section_view (page);

  /* Strings from the pages' templates, as shown: the view switcher's tab
   * and the search entry's placeholder. */
  accord_test_wait_for_label (GTK_WIDGET (window), lang->timeline);
  g_object_get (accord_search_panel_get_entry (accord_briefing_page_get_search_panel (page)),
                "placeholder-text", &placeholder, NULL);
  g_assert_cmpstr (placeholder, ==, lang->search);

  /* The sidebar's title. */
  accord_test_wait_for_label (GTK_WIDGET (window), lang->sections);

  /* The roundtable section has key points and a related event dated to
   * the month: the heading is translated, the date in the locale, and the
   * briefing's own text stays in its own language. */
  g_assert_true (accord_window_select_section (window, "roundtable"));
  accord_test_settle ();
  g_assert_nonnull (accord_test_find_label (GTK_WIDGET (view), lang->key_points, FALSE));
  g_assert_null (accord_test_find_label (GTK_WIDGET (view), "Key Points", FALSE));
  g_assert_nonnull (accord_test_find_label (GTK_WIDGET (view), month, FALSE));
  g_assert_cmpstr (month, ==, lang->month);
  g_assert_null (accord_test_find_label (GTK_WIDGET (view), "December 2025", FALSE));
  g_assert_nonnull (accord_section_view_find_label (view,
                                                    accord_section_get_title (accord_window_get_section (window))));
  g_assert_nonnull (accord_section_view_find_label (view,
                                                    "Asia Pacific Foundation of Canada roundtable on the Canada–Korea partnership"));

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *)&window);
  gtk_window_destroy (GTK_WINDOW (window));
  accord_test_settle ();
  g_assert_null (window);
}

static void
test_i18n_language (gconstpointer data)
{
  const Language *lang = data;

  /* A missing locale is a broken test machine, not a pass:
   * build-aux/accord-dev generates the two. */
  if (!use_language (lang))
    {
      g_test_fail_printf ("the %s locale is not installed (locale-gen %s)", lang->locale, lang->locale);
      return;
    }

  /* Each string checked as shown must differ from the English one, or
   * an untranslated window would pass; French spells "Sections" the same,
   * so the sidebar title proves nothing there and the other strings carry
   * the check. */
  g_assert_cmpstr (lang->key_points, !=, "Key Points");
  g_assert_cmpstr (lang->timeline, !=, "Timeline");
  g_assert_cmpstr (lang->search, !=, "Search the briefing");

  /* A missing catalog shows here first, with a plain message. */
  g_assert_cmpstr (_("Key Points"), ==, lang->key_points);

  check_dates (lang);
  check_window (lang);

  restore_language ();
}

int
main (int   argc,
      char *argv[])
{
  /* LANGUAGE would override the locale each test sets; the environment
   * can only be changed safely now, before GTK starts any thread. */
  g_unsetenv ("LANGUAGE");

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  /* The catalogs as the build leaves them: <build>/po/LANG/LC_MESSAGES. */
  bindtextdomain (GETTEXT_PACKAGE, TEST_LOCALE_DIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_add_data_func ("/i18n/french", &french, test_i18n_language);
  g_test_add_data_func ("/i18n/korean", &korean, test_i18n_language);

  return g_test_run ();
}
