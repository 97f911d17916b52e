/* test-timelinejs.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TimelineJS3 timelines as briefings, one test per rule of the mapping
 * (src/core/loader/accord-loader-timelinejs.c, docs/timelinejs.md), and
 * the other JSON shapes named in their errors.  The inputs in
 * data/timelinejs/ are written for these tests from TimelineJS3's
 * published format description.
 */

#define G_LOG_DOMAIN "test-timelinejs"

#include "config.h"

#include <string.h>

#include "accord-briefing.h"
#include "accord-date.h"
#include "accord-event.h"
#include "accord-html-text.h"
#include "accord-loader.h"
#include "accord-section.h"
#include "accord-source.h"

static AccordBriefing *
load (const char  *name,
      GError     **error)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "timelinejs", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return accord_loader_load_file (file, name, NULL, error);
}

static AccordBriefing *
load_ok (const char *name)
{
  g_autoptr(GError) error = NULL;
  AccordBriefing *briefing = load (name, &error);

  g_assert_no_error (error);
  g_assert_nonnull (briefing);
  g_assert_cmpint (accord_briefing_get_file_format (briefing), ==, ACCORD_FILE_FORMAT_TIMELINEJS);

  return briefing;
}

static void
assert_error (const char *name,
              int         code,
              const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordBriefing) briefing = load (name, &error);

  g_assert_null (briefing);
  g_assert_error (error, ACCORD_ERROR, code);
  g_assert_cmpstr (error->message, ==, expected);
}

static AccordEvent *
event_at (AccordBriefing *briefing,
          guint           position)
{
  g_autoptr(AccordEvent) event = g_list_model_get_item (accord_briefing_get_events (briefing), position);

  g_assert_nonnull (event);
  return event; /* the briefing keeps it */
}

static AccordSection *
section_at (AccordBriefing *briefing,
            guint           position)
{
  g_autoptr(AccordSection) section = g_list_model_get_item (accord_briefing_get_sections (briefing), position);

  g_assert_nonnull (section);
  return section;
}

static void
test_title_slide (void)
{
  g_autoptr(AccordBriefing) b = load_ok ("harbour-works.json");

  g_assert_cmpstr (accord_briefing_get_title (b), ==, "Rebuilding the harbour wall");
  g_assert_cmpstr (accord_briefing_get_id (b), ==, "rebuilding-the-harbour-wall");
  g_assert_cmpstr (accord_briefing_get_summary (b), ==,
                   "How a small town rebuilt its harbour wall after the storm.\n\n"
                   "Compiled from the council’s minutes (https://example.org/minutes).");
}

static void
test_headline_and_text (void)
{
  g_autoptr(AccordBriefing) b = load_ok ("harbour-works.json");
  AccordEvent *storm = event_at (b, 0);

  g_assert_cmpstr (accord_event_get_title (storm), ==, "Storm breaches the wall");
  g_assert_cmpstr (accord_event_get_summary (storm), ==,
                   "Waves open a gap of twelve metres.\n\nThe quay is closed.");
}

/* A line break in a headline parts two words, as on TimelineJS's slide. */
static void
test_headline_line_breaks (void)
{
  g_autoptr(AccordBriefing) b = load_ok ("line-breaks.json");

  g_assert_cmpstr (accord_briefing_get_title (b), ==, "The harbour wall");
  g_assert_cmpstr (accord_event_get_title (event_at (b, 0)), ==, "Storm and flood at night");
}

static void
test_dates_at_their_precision (void)
{
  g_autoptr(AccordBriefing) b = load_ok ("harbour-works.json");

  /* Strings, zero-padded. */
  g_assert_cmpstr (accord_date_get_text (accord_event_get_date (event_at (b, 0))), ==, "2019-11-03");
  /* Numbers, to the month, with an end. */
  g_assert_cmpstr (accord_date_get_text (accord_event_get_date (event_at (b, 1))), ==, "2020-02");
  g_assert_cmpstr (accord_date_get_text (accord_event_get_end_date (event_at (b, 1))), ==, "2020-06");
  /* Padded with spaces, empty fields, and an end date with nothing in it. */
  g_assert_cmpstr (accord_date_get_text (accord_event_get_date (event_at (b, 2))), ==, "2021");
  g_assert_null (accord_event_get_end_date (event_at (b, 2)));
  /* A time of day: the date keeps the day, the note the time. */
  g_assert_cmpstr (accord_date_get_text (accord_event_get_date (event_at (b, 3))), ==, "2022-07-14");
  g_assert_cmpstr (accord_event_get_date_note (event_at (b, 3)), ==, "at 15:30");
  /* display_date is how the timeline shows the date. */
  g_assert_cmpstr (accord_event_get_date_note (event_at (b, 1)), ==, "Spring 2020");
}

static void
test_bce (void)
{
  g_autoptr(AccordBriefing) b = load_ok ("ancient.json");
  g_autoptr(AccordEvent) first = g_list_model_get_item (accord_briefing_get_timeline (b), 0);

  g_assert_cmpstr (accord_date_get_text (accord_event_get_date (event_at (b, 0))), ==, "-0490-09");
  g_assert_cmpstr (accord_date_get_text (accord_event_get_date (event_at (b, 1))), ==, "-0044-03-15");
  g_assert_cmpstr (accord_date_get_text (accord_event_get_date (event_at (b, 2))), ==, "0000");
  g_assert_true (first == event_at (b, 0));
  /* No title slide: the title comes from the file's name. */
  g_assert_cmpstr (accord_briefing_get_title (b), ==, "ancient");
}

static void
test_unique_ids (void)
{
  g_autoptr(AccordBriefing) b = load_ok ("harbour-works.json");

  g_assert_cmpstr (accord_event_get_id (event_at (b, 0)), ==, "storm-2019");
  g_assert_cmpstr (accord_event_get_id (event_at (b, 1)), ==, "survey-of-the-foundations");
  /* Made an id, and a repeated one made unique. */
  g_assert_cmpstr (accord_event_get_id (event_at (b, 2)), ==, "stone-delivered");
  g_assert_cmpstr (accord_event_get_id (event_at (b, 3)), ==, "storm-2019-2");
}

static void
test_groups_are_sections (void)
{
  g_autoptr(AccordBriefing) b = load_ok ("harbour-works.json");
  GListModel *sections = accord_briefing_get_sections (b);
  AccordSection *works;

  g_assert_cmpuint (g_list_model_get_n_items (sections), ==, 3);
  g_assert_cmpstr (accord_section_get_title (section_at (b, 0)), ==, "Damage");
  works = section_at (b, 1);
  g_assert_cmpstr (accord_section_get_title (works), ==, "Works");
  g_assert_cmpstr (accord_section_get_id (works), ==, "works");
  g_assert_cmpuint (accord_section_get_n_events (works), ==, 2);
  g_assert_true (accord_section_get_event (works, 1) == event_at (b, 2));
  g_assert_true (accord_event_get_section (event_at (b, 2), 0) == works);
  /* Events without a group. */
  g_assert_cmpstr (accord_section_get_title (section_at (b, 2)), ==, "Events");
  g_assert_cmpuint (accord_section_get_n_events (section_at (b, 2)), ==, 1);
}

static void
test_group_with_markup (void)
{
  g_autoptr(AccordBriefing) b = load_ok ("group-markup.json");

  g_assert_cmpuint (g_list_model_get_n_items (accord_briefing_get_sections (b)), ==, 2);
  g_assert_cmpstr (accord_section_get_title (section_at (b, 0)), ==, "Navy & Army");
  g_assert_cmpstr (accord_section_get_id (section_at (b, 0)), ==, "navy-army");
  g_assert_cmpuint (accord_section_get_n_events (section_at (b, 0)), ==, 2);
  g_assert_cmpstr (accord_event_get_title (event_at (b, 0)), ==, "Exercise");
}

static void
test_media_as_source (void)
{
  g_autoptr(AccordBriefing) b = load_ok ("harbour-works.json");
  GListModel *sources = accord_briefing_get_sources (b);
  g_autoptr(AccordSource) photo = g_list_model_get_item (sources, 0);
  AccordSource *survey = accord_event_get_source (event_at (b, 1));

  g_assert_cmpuint (g_list_model_get_n_items (sources), ==, 2);
  g_assert_cmpstr (accord_source_get_title (photo), ==, "The wall after the storm");
  g_assert_cmpstr (accord_source_get_publisher (photo), ==, "Town archive");
  g_assert_cmpstr (accord_source_get_url (photo), ==, "https://example.org/photos/wall.jpg");
  g_assert_nonnull (survey);
  g_assert_cmpstr (accord_source_get_title (survey), ==, "Harbour board");
  g_assert_cmpstr (accord_source_get_url (survey), ==, "https://example.org/survey.pdf");
  g_assert_null (accord_event_get_source (event_at (b, 0)));
}

static void
test_no_events (void)
{
  g_autoptr(AccordBriefing) b = load_ok ("no-events.json");

  g_assert_cmpstr (accord_briefing_get_title (b), ==, "Nothing yet");
  g_assert_cmpuint (g_list_model_get_n_items (accord_briefing_get_sections (b)), ==, 1);
  g_assert_cmpstr (accord_section_get_title (section_at (b, 0)), ==, "Events");
}

static void
test_errors (void)
{
  assert_error ("no-date.json", ACCORD_ERROR_INVALID_BRIEFING,
                "no-date.json:4:5: events[1]: the event has no start_date (only the title slide may have none)");
  assert_error ("era-backwards.json", ACCORD_ERROR_INVALID_BRIEFING,
                "era-backwards.json:6:51: eras[0].end_date: the era ends (2005) before it begins (2010)");
  assert_error ("february-31.json", ACCORD_ERROR_INVALID_BRIEFING,
                "february-31.json:3:21: events[0].start_date: \"2023-02-31\" is not a valid date: February 2023 has 28 days");
  assert_error ("ends-before.json", ACCORD_ERROR_INVALID_BRIEFING,
                "ends-before.json:3:63: events[0].end_date: the event ends (2020-04) before it starts (2020-05)");
  assert_error ("year-words.json", ACCORD_ERROR_INVALID_BRIEFING,
                "year-words.json:3:48: events[0].start_date.month: “July” is not a whole number");
  /* Beyond gint64 (found by fuzzing, under UBSan: the cast came first). */
  assert_error ("year-too-large.json", ACCORD_ERROR_INVALID_BRIEFING,
                "year-too-large.json:3:31: events[0].start_date.year: expected a whole number, found 2e+20");
  assert_error ("cosmological.json", ACCORD_ERROR_UNSUPPORTED_FORMAT,
                "cosmological.json:2:12: scale: this TimelineJS timeline is on the cosmological scale; "
                "Accord reads timelines of years -9999 to 9999");
}

static void
test_other_shapes (void)
{
  assert_error ("timelinejs2.json", ACCORD_ERROR_UNSUPPORTED_FORMAT,
                "timelinejs2.json:2:15: timeline: this is a timeline in the older TimelineJS2 format "
                "(\"timeline\": {\"date\": […]}); Accord reads TimelineJS3 timelines (\"events\": […])");
  assert_error ("storymap.json", ACCORD_ERROR_UNSUPPORTED_FORMAT,
                "storymap.json:2:15: storymap: this is a StoryMapJS story map, not a briefing or a timeline; "
                "Accord reads briefing JSON, Markdown and TimelineJS3 timelines");
  assert_error ("other.json", ACCORD_ERROR_INVALID_BRIEFING,
                "other.json:1:1: this is not an Accord briefing (expected \"format\": \"accord-briefing\") "
                "nor a TimelineJS3 timeline (expected \"events\": […])");
}

static void
test_strict_check_first (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new_static ("{\"events\": [], \"events\": []}", 28);
  g_autoptr(AccordBriefing) b = accord_loader_load_bytes (bytes, "twice.json", &error);

  g_assert_null (b);
  g_assert_error (error, ACCORD_ERROR, ACCORD_ERROR_NOT_JSON);
  g_assert_nonnull (strstr (error->message, "twice.json:1:"));
}

static void
assert_html (const char *html,
             const char *expected)
{
  g_autofree char *text = accord_html_to_text (html, -1);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_html_to_text (void)
{
  assert_html ("<p>One</p><p>Two &amp; three</p>", "One\n\nTwo & three");
  assert_html ("a <a href=\"https://x.example/\">link</a>.", "a link (https://x.example/).");
  assert_html ("<a href=\"https://x.example/\">https://x.example/</a>", "https://x.example/");
  assert_html ("<a href=\"javascript:alert(1)\">click</a>", "click");
  assert_html ("<script>var a = '<p>';</script>after", "after");
  assert_html ("<img src=x alt=\"A map\"> of it", "A map of it");
  assert_html ("1 < 2 and 3 > 2", "1 < 2 and 3 > 2");
  assert_html ("&#72;&#x69; &unknown; &#0; &#xD800;", "Hi &unknown; \xef\xbf\xbd \xef\xbf\xbd");
  assert_html ("<!-- hidden -->shown<br/>next", "shown\n\nnext");
  assert_html ("<b title='a > b'>bold</b>", "bold");
  assert_html ("<b title='never closed>text", "text");
  assert_html ("<<<<", "<<<<");
  assert_html ("  spaced \n  out  ", "spaced out");
}

/* Unterminated tags and quotes stay linear: a quadratic pass would take
 * minutes here. */
static void
test_html_hostile_is_linear (void)
{
  GString *html = g_string_new (NULL);
  g_autofree char *text = NULL;
  gint64 start;

  for (guint i = 0; i < 200000; i++)
    g_string_append (html, "<a '");
  g_string_append_c (html, '>');
  start = g_get_monotonic_time ();
  text = accord_html_to_text (html->str, html->len);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 2 * G_USEC_PER_SEC);
  g_string_free (html, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/timelinejs/title-slide", test_title_slide);
  g_test_add_func ("/timelinejs/headline-and-text", test_headline_and_text);
  g_test_add_func ("/timelinejs/headline-line-breaks", test_headline_line_breaks);
  g_test_add_func ("/timelinejs/dates", test_dates_at_their_precision);
  g_test_add_func ("/timelinejs/bce", test_bce);
  g_test_add_func ("/timelinejs/unique-ids", test_unique_ids);
  g_test_add_func ("/timelinejs/groups", test_groups_are_sections);
  g_test_add_func ("/timelinejs/group-with-markup", test_group_with_markup);
  g_test_add_func ("/timelinejs/media", test_media_as_source);
  g_test_add_func ("/timelinejs/no-events", test_no_events);
  g_test_add_func ("/timelinejs/errors", test_errors);
  g_test_add_func ("/timelinejs/other-shapes", test_other_shapes);
  g_test_add_func ("/timelinejs/strict-check-first", test_strict_check_first);
  g_test_add_func ("/html/to-text", test_html_to_text);
  g_test_add_func ("/html/hostile-is-linear", test_html_hostile_is_linear);

  return g_test_run ();
}
