/* test-markdown.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Markdown briefings: one test per rule of docs/markdown-briefings.md,
 * the bundled briefing's Markdown twin, files with no dialect at all, and
 * bad input.  The inputs in data/markdown/ are written for these tests.
 */

#define G_LOG_DOMAIN "test-markdown"

#include "config.h"

#include <string.h>

#include "accord-actor.h"
#include "accord-briefing.h"
#include "accord-date.h"
#include "accord-event.h"
#include "accord-loader.h"
#include "accord-markdown.h"
#include "accord-quote.h"
#include "accord-section.h"
#include "accord-source.h"
#include "accord-test-model.h"

static AccordBriefing *
load_file (const char  *path,
           const char  *name,
           GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return accord_loader_load_file (file, name, NULL, error);
}

static AccordBriefing *
load_data (const char *name)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "markdown", name, NULL);
  g_autoptr(GError) error = NULL;
  AccordBriefing *b = load_file (path, name, &error);

  g_assert_no_error (error);
  g_assert_cmpint (accord_briefing_get_file_format (b), ==, ACCORD_FILE_FORMAT_MARKDOWN);
  return b;
}

static AccordBriefing *
load_text (const char *text)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  AccordBriefing *b = accord_loader_load_bytes (bytes, "test.md", &error);

  g_assert_no_error (error);
  g_assert_nonnull (b);
  return b;
}

static void
assert_text_error (const char *name,
                   const char *text,
                   gssize      length,
                   int         code,
                   const char *expected)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, length < 0 ? strlen (text) : (gsize) length);
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordBriefing) b = accord_loader_load_bytes (bytes, name, &error);

  g_assert_null (b);
  g_assert_error (error, ACCORD_ERROR, code);
  g_assert_cmpstr (error->message, ==, expected);
}

static void
assert_file_error (const char *name,
                   const char *expected)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "markdown", name, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordBriefing) b = load_file (path, name, &error);

  g_assert_null (b);
  g_assert_nonnull (error);
  g_assert_cmpstr (error->message, ==, expected);
}

static AccordSection *
section (AccordBriefing *b,
         const char     *id)
{
  AccordSection *s = accord_briefing_lookup_section (b, id);

  if (s == NULL)
    g_error ("no section %s", id);
  return s;
}

/* The bundled briefing, written in Markdown, is the same briefing. */
static void
test_twin (void)
{
  g_autofree char *path = g_build_filename (ACCORD_DATA_DIR, "briefings", "canada-korea-2026.briefing.md", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordBriefing) json = accord_loader_load_bundled (&error);
  g_autoptr(AccordBriefing) markdown = NULL;

  g_assert_no_error (error);
  markdown = load_file (path, NULL, &error);
  g_assert_no_error (error);
  accord_test_assert_same_model (json, markdown);
}

static void
test_title_and_summary (void)
{
  g_autoptr(AccordBriefing) b = load_data ("dialect.briefing.md");

  g_assert_cmpstr (accord_briefing_get_title (b), ==, "The harbour wall");
  g_assert_cmpstr (accord_briefing_get_summary (b), ==, "How the town rebuilt it.");
}

static void
test_front_matter (void)
{
  g_autoptr(AccordBriefing) b = load_data ("dialect.briefing.md");

  g_assert_cmpstr (accord_briefing_get_id (b), ==, "harbour");
  g_assert_cmpstr (accord_briefing_get_subtitle (b), ==, "A test of every rule");
  g_assert_cmpstr (accord_briefing_get_language (b), ==, "en");
}

static void
test_headings_nest (void)
{
  g_autoptr(AccordBriefing) b = load_data ("dialect.briefing.md");
  AccordSection *works = section (b, "the-works");

  g_assert_cmpuint (g_list_model_get_n_items (accord_briefing_get_sections (b)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (accord_section_get_children (works)), ==, 2);
  g_assert_true (accord_section_get_parent (section (b, "survey")) == works);
  g_assert_cmpuint (accord_section_get_depth (section (b, "survey")), ==, 1);
}

static void
test_ids (void)
{
  g_autoptr(AccordBriefing) b = load_data ("dialect.briefing.md");
  g_autoptr(AccordBriefing) again = load_data ("dialect.briefing.md");

  /* From the heading, overridden with {#id}, unique, and the same each time. */
  g_assert_cmpstr (accord_section_get_title (section (b, "damage")), ==, "Damage");
  g_assert_cmpstr (accord_section_get_title (section (b, "the-works")), ==, "Works");
  g_assert_cmpstr (accord_section_get_title (section (b, "damage-2")), ==, "Damage");
  accord_test_assert_same_model (b, again);
}

static void
test_fields_key_points_body (void)
{
  g_autoptr(AccordBriefing) b = load_data ("dialect.briefing.md");
  AccordSection *damage = section (b, "damage");
  const char * const *points = accord_section_get_key_points (damage);
  const char * const *body = accord_section_get_body (damage);
  const char * const *tags = accord_section_get_tags (damage);

  g_assert_cmpstr (accord_section_get_kind (damage), ==, "context");
  g_assert_cmpstr (accord_section_get_summary (damage), ==, "What the storm did.");
  g_assert_cmpstr (tags[0], ==, "storm");
  g_assert_cmpstr (tags[1], ==, "quay");
  g_assert_cmpuint (accord_section_get_n_actors (damage), ==, 1);
  g_assert_cmpstr (points[0], ==, "Twelve metres of wall lost.");
  g_assert_cmpstr (points[1], ==, "The quay closed.");
  g_assert_null (points[2]);
  g_assert_cmpstr (body[0], ==, "The storm came at night. See the breach.");
  g_assert_null (body[1]);
}

static void
test_quote (void)
{
  g_autoptr(AccordBriefing) b = load_data ("dialect.briefing.md");
  AccordSection *damage = section (b, "damage");
  AccordQuote *quote;

  g_assert_cmpuint (accord_section_get_n_quotes (damage), ==, 1);
  quote = accord_section_get_quote (damage, 0);
  g_assert_cmpstr (accord_quote_get_text (quote), ==, "We will rebuild it stone by stone.");
  g_assert_cmpstr (accord_actor_get_id (accord_quote_get_speaker (quote)), ==, "ana-ruiz");
  g_assert_cmpstr (accord_quote_get_note (quote), ==, "at the council meeting");
  g_assert_cmpstr (accord_source_get_id (accord_quote_get_source (quote)), ==, "minutes");
}

static void
test_quote_unknown_speaker_and_nesting (void)
{
  g_autoptr(AccordBriefing) b = load_data ("nested-quotes.md");
  AccordSection *said = section (b, "said");
  AccordQuote *quote = accord_section_get_quote (said, 0);

  g_assert_cmpuint (accord_section_get_n_quotes (said), ==, 1);
  g_assert_cmpstr (accord_quote_get_text (quote), ==, "An inner quote.\n\nAn outer line.");
  g_assert_cmpstr (accord_actor_get_name (accord_quote_get_speaker (quote)), ==, "Ana Ruiz");
  g_assert_cmpstr (accord_section_get_body (said)[0], ==, "Unattributed words stay in the body.");
}

static void
test_people (void)
{
  g_autoptr(AccordBriefing) b = load_data ("dialect.briefing.md");
  AccordActor *ana = accord_briefing_lookup_actor (b, "ana-ruiz");
  AccordActor *board = accord_briefing_lookup_actor (b, "board");

  g_assert_nonnull (ana);
  g_assert_cmpstr (accord_actor_get_native_name (ana), ==, "Ana Ruíz");
  g_assert_cmpstr (accord_actor_get_role (ana), ==, "mayor");
  g_assert_cmpstr (accord_actor_get_country (ana), ==, "Spain");
  g_assert_nonnull (board);
  g_assert_cmpstr (accord_actor_get_name (board), ==, "Harbour board");
  g_assert_cmpstr (accord_actor_get_role (board), ==, "owner of the quay");
  g_assert_null (accord_briefing_lookup_section (b, "people"));
}

static void
test_sources (void)
{
  g_autoptr(AccordBriefing) b = load_data ("dialect.briefing.md");
  AccordSource *minutes = accord_briefing_lookup_source (b, "minutes");
  GListModel *sources = accord_briefing_get_sources (b);
  g_autoptr(AccordSource) paper = g_list_model_get_item (sources, 1);

  /* The footnote [^minutes] is the Sources entry of that id. */
  g_assert_cmpuint (g_list_model_get_n_items (sources), ==, 2);
  g_assert_cmpstr (accord_source_get_title (minutes), ==, "Council minutes");
  g_assert_cmpstr (accord_source_get_url (minutes), ==, "https://example.org/minutes");
  g_assert_cmpstr (accord_source_get_publisher (minutes), ==, "Town council");
  g_assert_cmpstr (accord_date_get_text (accord_source_get_date (minutes)), ==, "2019-11");
  g_assert_cmpstr (accord_source_get_title (paper), ==, "A report written on paper");
  g_assert_cmpstr (accord_source_get_note (paper), ==, "kept at the town archive");
}

static void
test_footnotes_are_sources (void)
{
  g_autoptr(AccordBriefing) b = load_text ("# T\n\n## S\n\nSaid somewhere.\n\n> Words.\n\n— Someone[^src]\n\n"
                                           "[^src]: [A report](https://example.org/r)\n    Publisher: Someone\n");
  AccordSource *source = accord_briefing_lookup_source (b, "src");

  g_assert_nonnull (source);
  g_assert_cmpstr (accord_source_get_title (source), ==, "A report");
  g_assert_cmpstr (accord_source_get_url (source), ==, "https://example.org/r");
  g_assert_true (accord_quote_get_source (accord_section_get_quote (section (b, "s"), 0)) == source);
}

/* cmark-gfm 0.29.0.gfm.6 read past a buffer for a footnote reference
 * whose caret is an entity, and put what lay there in the text: such a
 * bracket is text, as written, beside a real footnote. */
static void
test_entity_caret_is_text (void)
{
  g_autoptr(AccordBriefing) b = load_text ("# T\n\n## S\n\nA[^src] [&#94;a] [&Hat;b] [&#x5E;c] [&#0094;d] \\[&#94;e] [&#95;f].\n\n"
                                           "[^src]: A report\n");
  const char * const *body = accord_section_get_body (section (b, "s"));

  g_assert_nonnull (accord_briefing_lookup_source (b, "src"));
  g_assert_cmpstr (body[0], ==, "A [^a] [^b] [^c] [^d] [^e] [_f].");
}

static void
test_events (void)
{
  g_autoptr(AccordBriefing) b = load_data ("dialect.briefing.md");
  AccordEvent *breach = accord_briefing_lookup_event (b, "breach");
  AccordEvent *survey = accord_briefing_lookup_event (b, "survey-of-the-foundations");
  AccordEvent *reopened = accord_briefing_lookup_event (b, "wall-reopened");

  g_assert_cmpstr (accord_event_get_title (breach), ==, "The breach");
  g_assert_cmpstr (accord_event_get_summary (breach), ==, "waves open a gap");
  g_assert_cmpstr (accord_event_get_date_note (breach), ==, "the night of the storm");
  g_assert_cmpuint (accord_event_get_n_actors (breach), ==, 1);
  /* Mentioned by a link from a section. */
  g_assert_cmpuint (accord_event_get_n_sections (breach), ==, 1);
  g_assert_true (accord_event_get_section (breach, 0) == section (b, "damage"));
  /* A timeline under a section belongs to that section. */
  g_assert_cmpstr (accord_date_get_text (accord_event_get_date (survey)), ==, "2020-02/2020-06");
  g_assert_cmpstr (accord_event_get_place (survey), ==, "the harbour");
  g_assert_true (accord_event_get_section (survey, 0) == section (b, "damage-2"));
  g_assert_cmpstr (accord_source_get_id (accord_event_get_source (survey)), ==, "minutes");
  /* Sections: by id or by title. */
  g_assert_cmpuint (accord_event_get_n_sections (reopened), ==, 2);
  g_assert_true (accord_event_get_section (reopened, 0) == section (b, "the-works"));
  g_assert_true (accord_event_get_section (reopened, 1) == section (b, "damage"));
  g_assert_cmpuint (accord_date_get_qualifiers (accord_event_get_date (reopened)), ==,
                    ACCORD_DATE_QUALIFIER_UNCERTAIN);
}

/* Every way CommonMark writes a link to "#id" mentions the event: inline,
 * in angle brackets, after spaces or a line break, by reference, and with
 * the '#' written as an entity. */
static void
test_event_link_forms (void)
{
  /* The link, and the reference's definition that follows the paragraph */
  static const char *links[][2] = {
    { "[the breach](#breach)", "" },
    { "[the breach](<#breach>)", "" },
    { "[the breach](\n  #breach)", "" },
    { "[the breach][b]", "[b]: #breach" },
    { "[the breach][]", "[the breach]:\n   <#breach> \"title\"" },
    { "[the breach]", "[The Breach]: #breach" },
    { "[the breach](&#35;breach)", "" },
    { "[the breach](&num;breach)", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (links); i++)
    {
      g_autofree char *text = g_strdup_printf ("# T\n\n## Damage\n\nThe storm; %s.\n\n%s\n\n"
                                               "## Timeline\n\n- 2020-01-05: **The breach** — waves open a gap\n  Id: breach\n",
                                               links[i][0], links[i][1]);
      g_autoptr(AccordBriefing) b = load_text (text);
      AccordEvent *breach = accord_briefing_lookup_event (b, "breach");

      g_test_message ("%s %s", links[i][0], links[i][1]);
      g_assert_nonnull (breach);
      g_assert_cmpuint (accord_event_get_n_sections (breach), ==, 1);
      g_assert_true (accord_event_get_section (breach, 0) == section (b, "damage"));
    }
}

static void
test_no_dialect (void)
{
  g_autoptr(AccordBriefing) b = load_text ("Intro text with a [link](https://example.org/a) and `code`.\n\n"
                                           "# Usage\n\nRun *it*.\n\n## Options\n\n- one\n- two\n\n```\nmake\n```\n");
  GListModel *sections = accord_briefing_get_sections (b);
  g_autoptr(AccordSection) intro = g_list_model_get_item (sections, 0);
  g_autoptr(AccordSource) link = g_list_model_get_item (accord_briefing_get_sources (b), 0);

  g_assert_cmpstr (accord_briefing_get_title (b), ==, "test");
  g_assert_cmpstr (accord_section_get_title (intro), ==, "Introduction");
  g_assert_cmpstr (accord_section_get_body (intro)[0], ==, "Intro text with a link and code.");
  g_assert_cmpstr (accord_source_get_url (link), ==, "https://example.org/a");
  g_assert_cmpstr (accord_source_get_title (link), ==, "link");
  g_assert_cmpstr (accord_section_get_key_points (section (b, "options"))[1], ==, "two");
  g_assert_cmpstr (accord_section_get_body (section (b, "options"))[0], ==, "make");
  g_assert_true (accord_section_get_parent (section (b, "options")) == section (b, "usage"));
}

static void
test_only_title_and_deep (void)
{
  g_autoptr(AccordBriefing) only = load_data ("only-title.md");
  g_autoptr(AccordBriefing) deep = load_data ("deep-headings.md");
  AccordSection *five = section (deep, "five");

  g_assert_cmpuint (g_list_model_get_n_items (accord_briefing_get_sections (only)), ==, 1);
  g_assert_cmpuint (accord_section_get_depth (five), ==, 4);
  g_assert_cmpstr (accord_section_get_body (five)[0], ==,
                   "####### Six is not a heading in CommonMark: seven hashes are a paragraph.");
}

static void
test_table_html_image (void)
{
  g_autoptr(AccordBriefing) table = load_data ("table.md");
  g_autoptr(AccordBriefing) html = load_data ("html.md");
  const char * const *rows = accord_section_get_body (section (table, "budget"));
  const char * const *body = accord_section_get_body (section (html, "raw"));

  g_assert_cmpstr (rows[0], ==, "Item | Cost");
  g_assert_cmpstr (rows[2], ==, "Labour | 30");
  g_assert_cmpstr (body[0], ==, "Kept as text & never markup.");
  g_assert_cmpstr (body[1], ==, "A paragraph with inline tags and a link.");
  g_assert_cmpstr (body[2], ==, "A harbour at dawn");
  g_assert_null (body[3]);
}

static void
test_errors (void)
{
  assert_file_error ("bad-date.briefing.md",
                     "bad-date.briefing.md:6:3: Timeline: “Dec 2025” is not a date (write 2025-12)");
  assert_file_error ("feb-31.md",
                     "feb-31.md:5:3: Events: \"2025-02-31\" is not a valid date: February 2025 has 28 days");
  assert_file_error ("no-date-in-timeline.md",
                     "no-date-in-timeline.md:6:3: Timeline: an event starts with its date and a colon "
                     "(- 2025-12: What happened)");
  assert_file_error ("empty.md", "empty.md: the file is empty");
  assert_text_error ("dup.md", "# T\n\n## A {#x}\n\n## B {#x}\n", -1, ACCORD_ERROR_INVALID_BRIEFING,
                     "dup.md:5:1: B: the id “x” is used twice");
  assert_text_error ("who.md", "# T\n\n## A\n\nActors: Nobody\n", -1, ACCORD_ERROR_INVALID_BRIEFING,
                     "who.md:5:1: A: no one named “Nobody” in People");
  assert_text_error ("bin.md", "# T\n\0", 5, ACCORD_ERROR_UNSUPPORTED_FORMAT,
                     "bin.md:2:1: this is a binary file, not a briefing (it holds a NUL byte)");
  assert_text_error ("latin1.md", "# Caf\xe9\n", 7, ACCORD_ERROR_UNSUPPORTED_FORMAT,
                     "latin1.md:1:6: this is not text in UTF-8, so not a briefing");
  /* The title's id is held to the rule as a section's is (found by fuzzing:
   * its converted JSON did not load). */
  assert_text_error ("title.md", "# T {#tHe-works}\n\nText.\n", -1, ACCORD_ERROR_INVALID_BRIEFING,
                     "title.md:1:1: T: “tHe-works” is not a valid id (use lowercase letters, digits and hyphens)");
  assert_text_error ("fm.md", "---\nid: Not An Id\n---\n# T\n", -1, ACCORD_ERROR_INVALID_BRIEFING,
                     "fm.md:2:1: front matter: “Not An Id” is not a valid id (use lowercase letters, digits and hyphens)");
}

/* Positions after a front matter count its lines. */
static void
test_error_position_after_front_matter (void)
{
  assert_text_error ("fm.md", "---\nid: x\n---\n\n# T\n\n## Timeline\n\n- 2020: ok\n- May 2021: no\n", 57,
                     ACCORD_ERROR_INVALID_BRIEFING, "fm.md:10:3: Timeline: “May 2021” is not a date (write 2021-05)");
}

/* Loads "deep.md": @prefix, then @depth block quotes; it must be refused
 * as too deep.  Returns the error. */
static GError *
load_too_deep (const char *prefix,
               guint       depth)
{
  GString *text = g_string_new (prefix);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(AccordBriefing) b = NULL;
  GError *error = NULL;

  for (guint i = 0; i < depth; i++)
    g_string_append_c (text, '>');
  g_string_append (text, " bottom\n");
  bytes = g_string_free_to_bytes (text);
  b = accord_loader_load_bytes (bytes, "deep.md", &error);
  g_assert_null (b);
  g_assert_error (error, ACCORD_ERROR, ACCORD_ERROR_TOO_LARGE);
  return error;
}

static void
test_deep_nesting_refused (void)
{
  g_autoptr(GError) error = load_too_deep ("# Deep\n\n", 100000);

  g_assert_true (g_str_has_prefix (error->message, "deep.md:3:"));
  g_assert_nonnull (strstr (error->message, "nesting is deeper than 64 levels"));
}

/* Empty list items before the nesting do not make it shallower (they
 * did, and 200,000 block quotes then overflowed the stack). */
static void
test_deep_nesting_after_empty_items (void)
{
  g_autoptr(GString) prefix = g_string_new ("# Deep\n\n");
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 300; i++)
    g_string_append (prefix, "-\n");
  g_string_append_c (prefix, '\n');
  error = load_too_deep (prefix->str, 200);
  g_assert_cmpstr (error->message, ==, "deep.md:304:64: nesting is deeper than 64 levels");
}

/* Inputs that make naive Markdown parsers slow must not hang. */
static void
test_hostile_is_fast (void)
{
  const char *units[] = { "[", "*a", "<a ", "|", "- ", "`", "![", "[^x]", "_a_", "**" };

  for (guint u = 0; u < G_N_ELEMENTS (units); u++)
    {
      GString *text = g_string_new ("# H\n\n");
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(AccordBriefing) b = NULL;
      gint64 start;

      for (guint i = 0; i < 50000; i++)
        g_string_append (text, units[u]);
      if (u == 3)
        g_string_append (text, "\n|-|\n");
      bytes = g_string_free_to_bytes (text);
      start = g_get_monotonic_time ();
      b = accord_loader_load_bytes (bytes, "hostile.md", NULL);
      if (g_get_monotonic_time () - start > 2 * G_USEC_PER_SEC)
        g_error ("“%s” × 50000 took %" G_GINT64_FORMAT " ms", units[u],
                 (g_get_monotonic_time () - start) / 1000);
    }
}

static void
test_event_end (void)
{
  g_autoptr(AccordBriefing) b = load_text ("# T\n\n## Timeline\n\n- 2020-02: Works\n  End: 2020-04\n");
  AccordEvent *works = accord_briefing_lookup_event (b, "works");

  g_assert_cmpstr (accord_date_get_text (accord_event_get_end_date (works)), ==, "2020-04");
  assert_text_error ("end.md", "# T\n\n## Timeline\n\n- 2020-02: Works\n  End: 2019\n", -1,
                     ACCORD_ERROR_INVALID_BRIEFING,
                     "end.md:6:3: Timeline: the event ends (2019) before it starts (2020-02)");
}

/* cmark-gfm cuts the em dash of this unmatched footnote reference in two
 * (found by fuzz-markdown); the model still holds only valid UTF-8. */
static void
test_cut_character (void)
{
  g_autoptr(AccordBriefing) b = load_text ("# T\n\n## S\n\n[^x\n— Wh]\n\n[^x]: y\n");
  const char *text = accord_section_get_body (section (b, "s"))[0];

  g_assert_true (g_utf8_validate (text, -1, NULL));
  g_assert_true (g_str_has_prefix (text, "[^x"));
}

/* The same, when the autolinks take an address out of that reference's
 * text: the cut character is in the text after the address. */
static void
test_cut_character_after_address (void)
{
  g_autoptr(AccordBriefing) b = load_text ("# T\n\n## S\n\n[^a@b.co —\nxxxxxxxxxx]\n\n[^x]: y\n");
  const char *text = accord_section_get_body (section (b, "s"))[0];

  g_assert_true (g_utf8_validate (text, -1, NULL));
  g_assert_true (g_str_has_prefix (text, "[^a@b.co "));
}

/* The reader checks ASCII eight bytes at a time and the rest with glib:
 * what it refuses, and where it says the fault is, are glib's.  Faults
 * after ASCII runs of every length around eight, inside and at the end
 * of runs of other bytes. */
static void
test_utf8_check (void)
{
  const char *faults[] = { "\xff", "\xe2\x80", "\xe2\x80x", "\xed\xa0\x80", "\xc0\xaf", "\xf4\x90\x80\x80",
                           "\xea\xb5\xad\xe2", "\xea\xb5\xad\x00\xea\xb5\xad", "\x00", "\xea\xb5\xad" };

  for (guint f = 0; f < G_N_ELEMENTS (faults); f++)
    for (guint ascii = 0; ascii < 20; ascii++)
      {
        /* The fault's bytes: its NUL, if any, is one of them. */
        gsize fault_length = strlen (faults[f]) + (f == 7 ? 4 : f == 8 ? 1 : 0);
        GString *text = g_string_new ("# T\n\n국방 ok\n");
        g_autoptr(GError) error = NULL;
        g_autoptr(AccordBriefing) b = NULL;
        const char *end = NULL;
        guint line = 1, column = 1;

        for (guint i = 0; i < ascii; i++)
          g_string_append_c (text, 'a' + i % 26);
        g_string_append_len (text, faults[f], fault_length);
        g_string_append (text, " tail\n");

        b = accord_markdown_read (text->str, text->len, "u.md", NULL, &error);
        if (g_utf8_validate_len (text->str, text->len, &end))
          {
            g_assert_no_error (error);
            g_assert_nonnull (b);
          }
        else
          {
            g_autofree char *expected = NULL;

            for (const char *p = text->str; p < end; p = g_utf8_next_char (p))
              {
                line += *p == '\n';
                column = *p == '\n' ? 1 : column + 1;
              }
            expected = g_strdup_printf (*end == '\0' ? "u.md:%u:%u: this is a binary file, not a briefing (it holds a NUL byte)"
                                                      : "u.md:%u:%u: this is not text in UTF-8, so not a briefing",
                                        line, column);
            g_assert_null (b);
            g_assert_nonnull (error);
            g_assert_cmpstr (error->message, ==, expected);
          }
        g_string_free (text, TRUE);
      }
}

/* Content decides, the name only hints. */
static void
test_detection (void)
{
  g_autoptr(AccordBriefing) badge = load_text ("[![build](https://ci.example/b.svg)](https://ci.example)\n\n# Tool\n");
  g_autoptr(GBytes) bytes = g_bytes_new_static ("# Title\n\n## S\n", 14);
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordBriefing) named_json = accord_loader_load_bytes (bytes, "notes.txt", &error);

  g_assert_no_error (error);
  g_assert_cmpint (accord_briefing_get_file_format (named_json), ==, ACCORD_FILE_FORMAT_MARKDOWN);
  g_assert_cmpint (accord_briefing_get_file_format (badge), ==, ACCORD_FILE_FORMAT_MARKDOWN);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/markdown/twin", test_twin);
  g_test_add_func ("/markdown/title-and-summary", test_title_and_summary);
  g_test_add_func ("/markdown/front-matter", test_front_matter);
  g_test_add_func ("/markdown/headings-nest", test_headings_nest);
  g_test_add_func ("/markdown/ids", test_ids);
  g_test_add_func ("/markdown/fields-key-points-body", test_fields_key_points_body);
  g_test_add_func ("/markdown/quote", test_quote);
  g_test_add_func ("/markdown/quote-nested", test_quote_unknown_speaker_and_nesting);
  g_test_add_func ("/markdown/people", test_people);
  g_test_add_func ("/markdown/sources", test_sources);
  g_test_add_func ("/markdown/footnotes", test_footnotes_are_sources);
  g_test_add_func ("/markdown/entity-caret", test_entity_caret_is_text);
  g_test_add_func ("/markdown/events", test_events);
  g_test_add_func ("/markdown/event-link-forms", test_event_link_forms);
  g_test_add_func ("/markdown/no-dialect", test_no_dialect);
  g_test_add_func ("/markdown/only-title-and-deep", test_only_title_and_deep);
  g_test_add_func ("/markdown/table-html-image", test_table_html_image);
  g_test_add_func ("/markdown/errors", test_errors);
  g_test_add_func ("/markdown/error-after-front-matter", test_error_position_after_front_matter);
  g_test_add_func ("/markdown/deep-nesting", test_deep_nesting_refused);
  g_test_add_func ("/markdown/deep-nesting-after-empty-items", test_deep_nesting_after_empty_items);
  g_test_add_func ("/markdown/hostile-is-fast", test_hostile_is_fast);
  g_test_add_func ("/markdown/detection", test_detection);
  g_test_add_func ("/markdown/event-end", test_event_end);
  g_test_add_func ("/markdown/cut-character", test_cut_character);
  g_test_add_func ("/markdown/utf8-check", test_utf8_check);
  g_test_add_func ("/markdown/cut-character-after-address", test_cut_character_after_address);

  return g_test_run ();
}
