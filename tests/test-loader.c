/* test-loader.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-loader"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include "accord-actor.h"
#include "accord-briefing.h"
#include "accord-date.h"
#include "accord-event.h"
#include "accord-loader.h"
#include "accord-quote.h"
#include "accord-section.h"
#include "accord-source.h"
#include "accord-test-unprivileged.h"

#define MiB (1024 * 1024)

static char *
data_path (const char *name)
{
#ifdef TEST_DATA_DIR
  return g_build_filename (TEST_DATA_DIR, name, NULL);
#else
  return g_test_build_filename (G_TEST_DIST, "data", name, NULL);
#endif
}

static GBytes *
bundled_bytes (void)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = g_resources_lookup_data (ACCORD_BUNDLED_BRIEFING,
                                           G_RESOURCE_LOOKUP_FLAGS_NONE, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);

  return bytes;
}

/* A fresh folder for each test that needs one; removed with what it holds. */
static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("accord-test-loader-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_temp_dir (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        remove_temp_dir (path);
      else
        g_assert_cmpint (g_unlink (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static char *
write_bundled_copy (const char *dir,
                    const char *name)
{
  g_autoptr(GBytes) bytes = bundled_bytes ();
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  g_file_set_contents (path, data, length, &error);
  g_assert_no_error (error);

  return path;
}

static void
assert_section_ids (GListModel         *model,
                    const char * const *expected)
{
  guint n = g_list_model_get_n_items (model);

  g_assert_cmpuint (n, ==, g_strv_length ((char **) expected));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AccordSection) section = g_list_model_get_item (model, i);

      g_assert_cmpstr (accord_section_get_id (section), ==, expected[i]);
    }
}

/* The bundled briefing, as every part of the app sees it. */
static void
check_bundled (AccordBriefing *briefing)
{
  static const char * const section_ids[] = {
    "signing", "pillar-1", "pillar-2", "pillar-3", "pillar-4", "roundtable",
    "middle-powers", NULL
  };
  static const char * const event_ids[] = {
    "roundtable-2025-12", "davos-2026-01-20", "signing-2026-02-25", NULL
  };
  static const char * const signing_sections[] = {
    "signing", "pillar-1", "pillar-2", "pillar-3", "pillar-4", NULL
  };
  GListModel *sections = accord_briefing_get_sections (briefing);
  GListModel *timeline = accord_briefing_get_timeline (briefing);
  AccordSection *signing;
  AccordSection *middle_powers;
  AccordEvent *event;
  AccordActor *actor;
  AccordQuote *quote;
  guint n_quotes = 0;

  g_assert_cmpstr (accord_briefing_get_id (briefing), ==, "canada-korea-2026");
  g_assert_nonnull (accord_briefing_get_title (briefing));
  g_assert_cmpstr (accord_briefing_get_language (briefing), ==, "en");

  assert_section_ids (sections, section_ids);
  /* No section of the bundled briefing has children. */
  assert_section_ids (accord_briefing_get_all_sections (briefing), section_ids);

  g_assert_cmpuint (g_list_model_get_n_items (timeline), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (accord_briefing_get_events (briefing)), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(AccordEvent) e = g_list_model_get_item (timeline, i);

      g_assert_cmpstr (accord_event_get_id (e), ==, event_ids[i]);
      g_assert_true (accord_briefing_lookup_event (briefing, event_ids[i]) == e);
    }

  /* "December 2025" stays a month: never the first of December. */
  event = accord_briefing_lookup_event (briefing, "roundtable-2025-12");
  g_assert_cmpstr (accord_date_get_text (accord_event_get_date (event)), ==, "2025-12");
  g_assert_cmpint (accord_date_get_precision (accord_event_get_date (event)), ==,
                   ACCORD_DATE_PRECISION_MONTH);
  g_assert_null (accord_event_get_end_date (event));
  g_assert_cmpint (accord_event_get_first_day (event), ==,
                   accord_date_days_from_civil (2025, 12, 1));
  g_assert_cmpint (accord_event_get_last_day (event), ==,
                   accord_date_days_from_civil (2025, 12, 31));
  g_assert_true (accord_event_get_source (event) ==
                 accord_briefing_lookup_source (briefing, "article"));

  event = accord_briefing_lookup_event (briefing, "davos-2026-01-20");
  g_assert_cmpint (accord_date_get_precision (accord_event_get_date (event)), ==,
                   ACCORD_DATE_PRECISION_DAY);
  g_assert_cmpstr (accord_event_get_place (event), ==, "Davos");

  /* The signing event points at its five sections, in order, and they back. */
  event = accord_briefing_lookup_event (briefing, "signing-2026-02-25");
  g_assert_cmpstr (accord_event_get_place (event), ==, "Ottawa");
  g_assert_cmpuint (accord_event_get_n_sections (event), ==, 5);
  for (guint i = 0; i < 5; i++)
    {
      AccordSection *section = accord_event_get_section (event, i);

      g_assert_true (ACCORD_IS_SECTION (section));
      g_assert_true (section == accord_briefing_lookup_section (briefing, signing_sections[i]));
      g_assert_cmpuint (accord_section_get_n_events (section), ==, 1);
      g_assert_true (accord_section_get_event (section, 0) == event);
    }
  g_assert_cmpuint (accord_event_get_n_actors (event), ==, 3);
  g_assert_true (accord_event_get_actor (event, 0) ==
                 accord_briefing_lookup_actor (briefing, "ahn-gyu-back"));
  g_assert_true (accord_event_get_source (event) ==
                 accord_briefing_lookup_source (briefing, "public-reporting"));

  signing = accord_briefing_lookup_section (briefing, "signing");
  g_assert_cmpuint (accord_section_get_n_actors (signing), ==, 3);
  g_assert_cmpstr (accord_actor_get_id (accord_section_get_actor (signing, 1)), ==, "david-mcguinty");
  g_assert_null (accord_section_get_parent (signing));
  g_assert_cmpuint (accord_section_get_depth (signing), ==, 0);
  g_assert_nonnull (accord_section_get_body (signing));
  g_assert_nonnull (accord_section_get_body (signing)[0]);

  middle_powers = accord_briefing_lookup_section (briefing, "middle-powers");
  g_assert_cmpuint (accord_section_get_index (middle_powers), ==, 6);
  g_assert_cmpuint (accord_section_get_n_quotes (middle_powers), ==, 1);
  quote = accord_section_get_quote (middle_powers, 0);
  g_assert_true (ACCORD_IS_ACTOR (accord_quote_get_speaker (quote)));
  g_assert_cmpstr (accord_actor_get_name (accord_quote_get_speaker (quote)), ==, "Mark Carney");
  g_assert_true (accord_quote_get_section (quote) == middle_powers);

  /* Every quote of every section has a real speaker from this briefing. */
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(AccordSection) section = g_list_model_get_item (sections, i);

      for (guint j = 0; j < accord_section_get_n_quotes (section); j++)
        {
          AccordActor *speaker = accord_quote_get_speaker (accord_section_get_quote (section, j));

          g_assert_true (ACCORD_IS_ACTOR (speaker));
          g_assert_true (speaker == accord_briefing_lookup_actor (briefing, accord_actor_get_id (speaker)));
          n_quotes++;
        }
    }
  g_assert_cmpuint (n_quotes, ==, 7);

  actor = accord_briefing_lookup_actor (briefing, "ahn-gyu-back");
  g_assert_true (ACCORD_IS_ACTOR (actor));
  g_assert_cmpstr (accord_actor_get_name (actor), ==, "Ahn Gyu-back");
  g_assert_cmpstr (accord_actor_get_native_name (actor), ==, "안규백");
  g_assert_cmpstr (accord_actor_get_country (actor), ==, "Republic of Korea");
  g_assert_null (accord_actor_get_organization (actor));

  g_assert_cmpuint (g_list_model_get_n_items (accord_briefing_get_actors (briefing)), ==, 6);
  g_assert_cmpuint (g_list_model_get_n_items (accord_briefing_get_sources (briefing)), ==, 2);
  g_assert_null (accord_briefing_lookup_section (briefing, "nope"));
  g_assert_null (accord_briefing_lookup_actor (briefing, "mcguinty"));
}

static void
test_bundled (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordBriefing) briefing = accord_loader_load_bundled (&error);

  g_assert_no_error (error);
  g_assert_true (ACCORD_IS_BRIEFING (briefing));
  check_bundled (briefing);
  g_assert_cmpstr (accord_briefing_get_display_name (briefing), ==,
                   "canada-korea-2026.briefing.json");
  g_assert_null (accord_briefing_get_file (briefing));

  g_assert_finalize_object (g_steal_pointer (&briefing));
}

static void
test_load_file (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = write_bundled_copy (dir, "copy.briefing.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  AccordBriefing *briefing;

  /* Without a display name, errors and the title bar use the base name. */
  briefing = accord_loader_load_file (file, NULL, NULL, &error);
  g_assert_no_error (error);
  check_bundled (briefing);
  g_assert_true (g_file_equal (accord_briefing_get_file (briefing), file));
  g_assert_cmpstr (accord_briefing_get_display_name (briefing), ==, "copy.briefing.json");
  g_assert_finalize_object (briefing);

  briefing = accord_loader_load_file (file, "Shown name", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (accord_briefing_get_display_name (briefing), ==, "Shown name");
  g_assert_finalize_object (briefing);

  remove_temp_dir (dir);
}

static void
test_load_bytes (void)
{
  g_autoptr(GBytes) bytes = bundled_bytes ();
  g_autoptr(GError) error = NULL;
  AccordBriefing *briefing = accord_loader_load_bytes (bytes, "bytes.json", &error);

  g_assert_no_error (error);
  check_bundled (briefing);
  g_assert_null (accord_briefing_get_file (briefing));
  g_assert_cmpstr (accord_briefing_get_display_name (briefing), ==, "bytes.json");
  g_assert_finalize_object (briefing);
}

typedef struct
{
  GMainLoop      *loop;
  AccordBriefing *briefing;
  GError         *error;
} AsyncResult;

static void
load_async_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  AsyncResult *async = user_data;

  g_assert_null (object);
  async->briefing = accord_loader_load_file_finish (result, &async->error);
  g_main_loop_quit (async->loop);
}

static void
load_async (GFile        *file,
            const char   *display_name,
            GCancellable *cancellable,
            AsyncResult  *async)
{
  async->loop = g_main_loop_new (NULL, FALSE);
  async->briefing = NULL;
  async->error = NULL;

  accord_loader_load_file_async (file, display_name, cancellable, load_async_cb, async);
  g_main_loop_run (async->loop);
  g_main_loop_unref (async->loop);
}

static void
test_load_async (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = write_bundled_copy (dir, "async.briefing.json");
  g_autofree char *missing_path = g_build_filename (dir, "missing.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) missing = g_file_new_for_path (missing_path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  AsyncResult async;

  load_async (file, NULL, NULL, &async);
  g_assert_no_error (async.error);
  check_bundled (async.briefing);
  g_assert_true (g_file_equal (accord_briefing_get_file (async.briefing), file));
  g_assert_cmpstr (accord_briefing_get_display_name (async.briefing), ==, "async.briefing.json");
  g_assert_finalize_object (async.briefing);

  load_async (missing, "Missing", NULL, &async);
  g_assert_null (async.briefing);
  g_assert_error (async.error, ACCORD_ERROR, ACCORD_ERROR_NOT_FOUND);
  /* Said as a person would, naming the file once. */
  g_assert_cmpstr (async.error->message, ==, "Missing: No such file");
  g_clear_error (&async.error);

  /* A cancelled load is not a failure to report: the window ignores it. */
  g_cancellable_cancel (cancellable);
  load_async (file, NULL, cancellable, &async);
  g_assert_null (async.briefing);
  g_assert_error (async.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&async.error);

  remove_temp_dir (dir);
}

static void
test_cancelled (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = write_bundled_copy (dir, "cancelled.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordBriefing) briefing = NULL;

  g_cancellable_cancel (cancellable);
  briefing = accord_loader_load_file (file, NULL, cancellable, &error);
  g_assert_null (briefing);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  remove_temp_dir (dir);
}

/* A briefing that uses every field, nesting, references in both
 * directions, and keys that this version does not know. */
static const char full_briefing[] =
  "{\n"
  "  \"format\": \"accord-briefing\", \"version\": 1, \"id\": \"full\",\n"
  "  \"title\": \"Full\", \"subtitle\": \"\", \"future\": {\"x\": [1, 2.5, null, true]},\n"
  "  \"sources\": [ { \"id\": \"src\", \"title\": \"Source\", \"date\": \"2025-12~\" } ],\n"
  "  \"actors\": [ { \"id\": \"a\", \"name\": \"A\", \"role\": \"R\", \"unknown\": 1 },\n"
  "              { \"id\": \"b\", \"name\": \"B\" } ],\n"
  "  \"sections\": [\n"
  "    { \"id\": \"top\", \"title\": \"Top\", \"body\": [], \"events\": [\"late\"],\n"
  "      \"sections\": [\n"
  "        { \"id\": \"child\", \"title\": \"Child\", \"body\": [\"P1\", \"P2\"], \"key_points\": [\"K\"],\n"
  "          \"tags\": [\"t\"], \"actors\": [\"b\", \"a\"], \"events\": [\"early\", \"late\"],\n"
  "          \"quotes\": [ { \"text\": \"Q\", \"speaker\": \"b\", \"source\": \"src\", \"note\": \"N\" } ] } ] },\n"
  "    { \"id\": \"second\", \"title\": \"Second\", \"kind\": \"context\", \"body\": [\"S\"] }\n"
  "  ],\n"
  "  \"events\": [\n"
  "    { \"id\": \"late\", \"title\": \"Late\", \"date\": \"2026-02-25\", \"sections\": [\"child\", \"top\"] },\n"
  "    { \"id\": \"early\", \"title\": \"Early\", \"date\": \"2025-12\", \"end_date\": \"2026-01-20\",\n"
  "      \"actors\": [\"a\"], \"source\": \"src\" },\n"
  "    { \"id\": \"same-day\", \"title\": \"Same day\", \"date\": \"2026-02-25\" }\n"
  "  ]\n"
  "}\n";

static void
test_full (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (full_briefing, sizeof full_briefing - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordBriefing) briefing = accord_loader_load_bytes (bytes, "full.json", &error);
  static const char * const top_ids[] = { "top", "second", NULL };
  static const char * const all_ids[] = { "top", "child", "second", NULL };
  static const char * const child_ids[] = { "child", NULL };
  AccordSection *top;
  AccordSection *child;
  AccordEvent *early;
  AccordEvent *late;
  AccordQuote *quote;
  GListModel *timeline;

  g_assert_no_error (error);
  /* An empty optional string counts as absent. */
  g_assert_null (accord_briefing_get_subtitle (briefing));
  g_assert_null (accord_briefing_get_summary (briefing));
  assert_section_ids (accord_briefing_get_sections (briefing), top_ids);
  assert_section_ids (accord_briefing_get_all_sections (briefing), all_ids);

  top = accord_briefing_lookup_section (briefing, "top");
  child = accord_briefing_lookup_section (briefing, "child");
  assert_section_ids (accord_section_get_children (top), child_ids);
  g_assert_true (accord_section_get_parent (child) == top);
  g_assert_cmpuint (accord_section_get_depth (child), ==, 1);
  g_assert_cmpuint (accord_section_get_index (child), ==, 1);
  g_assert_cmpuint (accord_section_get_index (accord_briefing_lookup_section (briefing, "second")), ==, 2);
  g_assert_cmpstr (accord_section_get_kind (accord_briefing_lookup_section (briefing, "second")), ==, "context");
  g_assert_cmpstr (accord_section_get_body (child)[1], ==, "P2");
  g_assert_null (accord_section_get_body (child)[2]);
  g_assert_cmpstr (accord_section_get_key_points (child)[0], ==, "K");
  g_assert_cmpstr (accord_section_get_tags (child)[0], ==, "t");
  g_assert_cmpuint (accord_section_get_n_actors (child), ==, 2);
  g_assert_cmpstr (accord_actor_get_id (accord_section_get_actor (child, 0)), ==, "b");

  early = accord_briefing_lookup_event (briefing, "early");
  late = accord_briefing_lookup_event (briefing, "late");
  /* A section's events are resolved although they come later in the file. */
  g_assert_cmpuint (accord_section_get_n_events (top), ==, 1);
  g_assert_true (accord_section_get_event (top, 0) == late);
  g_assert_cmpuint (accord_section_get_n_events (child), ==, 2);
  g_assert_true (accord_section_get_event (child, 0) == early);
  g_assert_true (accord_event_get_section (late, 0) == child);
  g_assert_true (accord_event_get_section (late, 1) == top);
  g_assert_cmpstr (accord_date_get_text (accord_event_get_end_date (early)), ==, "2026-01-20");
  g_assert_true (accord_event_get_source (early) == accord_briefing_lookup_source (briefing, "src"));
  g_assert_null (accord_event_get_source (late));
  g_assert_cmpint (accord_date_get_qualifiers (accord_source_get_date (accord_briefing_lookup_source (briefing, "src"))), ==,
                   ACCORD_DATE_QUALIFIER_APPROXIMATE);

  quote = accord_section_get_quote (child, 0);
  g_assert_cmpstr (accord_quote_get_text (quote), ==, "Q");
  g_assert_cmpstr (accord_quote_get_note (quote), ==, "N");
  g_assert_true (accord_quote_get_speaker (quote) == accord_briefing_lookup_actor (briefing, "b"));
  g_assert_true (accord_quote_get_source (quote) == accord_briefing_lookup_source (briefing, "src"));

  /* Timeline: by date, equal dates in document order. */
  timeline = accord_briefing_get_timeline (briefing);
  g_assert_cmpuint (g_list_model_get_n_items (timeline), ==, 3);
  {
    g_autoptr(AccordEvent) e0 = g_list_model_get_item (timeline, 0);
    g_autoptr(AccordEvent) e1 = g_list_model_get_item (timeline, 1);
    g_autoptr(AccordEvent) e2 = g_list_model_get_item (timeline, 2);

    g_assert_cmpstr (accord_event_get_id (e0), ==, "early");
    g_assert_cmpstr (accord_event_get_id (e1), ==, "late");
    g_assert_cmpstr (accord_event_get_id (e2), ==, "same-day");
  }

  g_assert_finalize_object (g_steal_pointer (&briefing));
}

typedef struct
{
  const char  *file;
  AccordError  code;
  const char  *message;
} InvalidCase;

/* Each file is a minimal briefing with one defect.  The messages were read
 * one by one against the files: the line and column point at the offending
 * value, or at the object that lacks a field, or at 1:1 for the root. */
static const InvalidCase invalid_cases[] = {
  { "actor-name-boolean.json", ACCORD_ERROR_INVALID_BRIEFING,
    "actor-name-boolean.json:15:15: actors[0].name: expected a string, found a boolean" },
  { "dangling-event-actor.json", ACCORD_ERROR_INVALID_BRIEFING,
    "dangling-event-actor.json:50:9: events[0].actors[0]: no actor “bob”" },
  { "dangling-event-section.json", ACCORD_ERROR_INVALID_BRIEFING,
    "dangling-event-section.json:46:9: events[0].sections[0]: no section “two”" },
  { "dangling-event-source.json", ACCORD_ERROR_INVALID_BRIEFING,
    "dangling-event-source.json:48:17: events[0].source: no source “blog”" },
  { "dangling-quote-source.json", ACCORD_ERROR_INVALID_BRIEFING,
    "dangling-quote-source.json:35:21: sections[0].quotes[0].source: no source “blog”" },
  { "dangling-quote-speaker.json", ACCORD_ERROR_INVALID_BRIEFING,
    "dangling-quote-speaker.json:34:22: sections[0].quotes[0].speaker: no actor “mcguinty”" },
  { "dangling-section-actor.json", ACCORD_ERROR_INVALID_BRIEFING,
    "dangling-section-actor.json:27:9: sections[0].actors[1]: no actor “bob”" },
  { "dangling-section-event.json", ACCORD_ERROR_INVALID_BRIEFING,
    "dangling-section-event.json:30:9: sections[0].events[1]: no event “signing”" },
  { "date-empty.json", ACCORD_ERROR_INVALID_BRIEFING,
    "date-empty.json:44:15: events[0].date: must not be empty" },
  { "date-feb-30.json", ACCORD_ERROR_INVALID_BRIEFING,
    "date-feb-30.json:44:15: events[0].date: \"2025-02-30\" is not a valid date: February 2025 has 28 days" },
  { "date-month-13.json", ACCORD_ERROR_INVALID_BRIEFING,
    "date-month-13.json:44:15: events[0].date: \"2025-13\" is not a valid date: month 13 does not exist" },
  { "date-time.json", ACCORD_ERROR_INVALID_BRIEFING,
    "date-time.json:44:15: events[0].date: \"2025-12-01T10:00\" is not a valid date: a time of day is not allowed" },
  { "date-words.json", ACCORD_ERROR_INVALID_BRIEFING,
    "date-words.json:44:15: events[0].date: \"December 2025\" is not an EDTF date (expected YYYY, YYYY-MM or YYYY-MM-DD)" },
  { "duplicate-actor.json", ACCORD_ERROR_INVALID_BRIEFING,
    "duplicate-actor.json:18:13: actors[1].id: duplicate actor id “alice”" },
  { "duplicate-event.json", ACCORD_ERROR_INVALID_BRIEFING,
    "duplicate-event.json:51:13: events[1].id: duplicate event id “meeting”" },
  { "duplicate-section-nested-later.json", ACCORD_ERROR_INVALID_BRIEFING,
    "duplicate-section-nested-later.json:50:17: sections[1].sections[1].id: duplicate section id “one”" },
  { "duplicate-section-nested.json", ACCORD_ERROR_INVALID_BRIEFING,
    "duplicate-section-nested.json:47:13: sections[1].id: duplicate section id “two”" },
  { "duplicate-section.json", ACCORD_ERROR_INVALID_BRIEFING,
    "duplicate-section.json:40:13: sections[1].id: duplicate section id “one”" },
  { "duplicate-source.json", ACCORD_ERROR_INVALID_BRIEFING,
    "duplicate-source.json:12:13: sources[1].id: duplicate source id “article”" },
  { "end-date-before-date.json", ACCORD_ERROR_INVALID_BRIEFING,
    "end-date-before-date.json:49:19: events[0].end_date: the event ends (2025-11) before it starts (2025-12-01)" },
  { "end-date-with-interval.json", ACCORD_ERROR_INVALID_BRIEFING,
    "end-date-with-interval.json:49:19: events[0].end_date: an event whose date is already an interval cannot also have an end date" },
  { "event-date-missing.json", ACCORD_ERROR_INVALID_BRIEFING,
    "event-date-missing.json:41:5: events[0]: missing required field “date”" },
  { "event-date-number.json", ACCORD_ERROR_INVALID_BRIEFING,
    "event-date-number.json:44:15: events[0].date: expected a string, found a number" },
  { "format-missing.json", ACCORD_ERROR_INVALID_BRIEFING,
    "format-missing.json:1:1: this is not an Accord briefing (expected \"format\": \"accord-briefing\") nor a TimelineJS3 timeline (expected \"events\": […])" },
  { "format-wrong.json", ACCORD_ERROR_INVALID_BRIEFING,
    "format-wrong.json:2:13: format: this is not an Accord briefing (expected \"format\": \"accord-briefing\")" },
  { "id-leading-hyphen.json", ACCORD_ERROR_INVALID_BRIEFING,
    "id-leading-hyphen.json:42:13: events[0].id: “-meeting” is not a valid id (use lowercase letters, digits and hyphens)" },
  { "id-space.json", ACCORD_ERROR_INVALID_BRIEFING,
    "id-space.json:14:13: actors[0].id: “alice smith” is not a valid id (use lowercase letters, digits and hyphens)" },
  { "id-uppercase.json", ACCORD_ERROR_INVALID_BRIEFING,
    "id-uppercase.json:20:13: sections[0].id: “One” is not a valid id (use lowercase letters, digits and hyphens)" },
  { "quote-speaker-array.json", ACCORD_ERROR_INVALID_BRIEFING,
    "quote-speaker-array.json:34:22: sections[0].quotes[0].speaker: expected a string, found an array" },
  { "quote-speaker-missing.json", ACCORD_ERROR_INVALID_BRIEFING,
    "quote-speaker-missing.json:32:9: sections[0].quotes[0]: missing required field “speaker”" },
  { "quote-text-missing.json", ACCORD_ERROR_INVALID_BRIEFING,
    "quote-text-missing.json:32:9: sections[0].quotes[0]: missing required field “text”" },
  { "reference-number.json", ACCORD_ERROR_INVALID_BRIEFING,
    "reference-number.json:26:9: sections[0].actors[0]: expected an id (a string), found a number" },
  { "root-array.json", ACCORD_ERROR_INVALID_BRIEFING,
    "root-array.json:1:1: a briefing is a JSON object, but this file holds an array" },
  { "root-id-missing.json", ACCORD_ERROR_INVALID_BRIEFING,
    "root-id-missing.json:1:1: missing required field “id”" },
  { "root-title-empty.json", ACCORD_ERROR_INVALID_BRIEFING,
    "root-title-empty.json:5:12: title: must not be empty" },
  { "root-title-missing.json", ACCORD_ERROR_INVALID_BRIEFING,
    "root-title-missing.json:1:1: missing required field “title”" },
  { "root-title-number.json", ACCORD_ERROR_INVALID_BRIEFING,
    "root-title-number.json:5:12: title: expected a string, found a number" },
  { "section-body-missing.json", ACCORD_ERROR_INVALID_BRIEFING,
    "section-body-missing.json:19:5: sections[0]: missing required field “body”" },
  { "section-body-number.json", ACCORD_ERROR_INVALID_BRIEFING,
    "section-body-number.json:24:9: sections[0].body[1]: expected a string, found a number" },
  { "section-body-string.json", ACCORD_ERROR_INVALID_BRIEFING,
    "section-body-string.json:22:15: sections[0].body: expected an array, found a string" },
  { "section-id-missing.json", ACCORD_ERROR_INVALID_BRIEFING,
    "section-id-missing.json:19:5: sections[0]: missing required field “id”" },
  { "section-not-object.json", ACCORD_ERROR_INVALID_BRIEFING,
    "section-not-object.json:19:5: sections[0]: expected an object, found a string" },
  { "section-tags-object.json", ACCORD_ERROR_INVALID_BRIEFING,
    "section-tags-object.json:40:9: sections[0].tags[1]: expected a string, found an object" },
  { "section-title-null.json", ACCORD_ERROR_INVALID_BRIEFING,
    "section-title-null.json:21:16: sections[0].title: expected a string, found null" },
  { "sections-empty.json", ACCORD_ERROR_INVALID_BRIEFING,
    "sections-empty.json:18:15: sections: a briefing needs at least one section" },
  { "sections-missing.json", ACCORD_ERROR_INVALID_BRIEFING,
    "sections-missing.json:1:1: missing required field “sections”" },
  { "sections-object.json", ACCORD_ERROR_INVALID_BRIEFING,
    "sections-object.json:18:15: sections: expected an array, found an object" },
  { "source-date-invalid.json", ACCORD_ERROR_INVALID_BRIEFING,
    "source-date-invalid.json:10:15: sources[0].date: \"2025-00\" is not a valid date: month 00 does not exist" },
  { "syntax-comment.json", ACCORD_ERROR_NOT_JSON,
    "syntax-comment.json:3:17: comments are not allowed in JSON" },
  { "syntax-leading-zero.json", ACCORD_ERROR_NOT_JSON,
    "syntax-leading-zero.json:3:14: numbers must not have leading zeros" },
  { "syntax-missing-colon.json", ACCORD_ERROR_NOT_JSON,
    "syntax-missing-colon.json:4:8: expected ':' after an object key, found '\"'" },
  { "syntax-single-quotes.json", ACCORD_ERROR_NOT_JSON,
    "syntax-single-quotes.json:5:3: strings must use double quotes" },
  { "syntax-trailing-comma.json", ACCORD_ERROR_NOT_JSON,
    "syntax-trailing-comma.json:24:7: trailing commas are not allowed in JSON" },
  { "syntax-unclosed.json", ACCORD_ERROR_NOT_JSON,
    "syntax-unclosed.json:51:1: unexpected end of file: the object opened at line 1, column 1 is not closed" },
  { "version-0.json", ACCORD_ERROR_INVALID_BRIEFING,
    "version-0.json:3:14: version: version 0 does not exist (the first is 1)" },
  { "version-2.json", ACCORD_ERROR_UNSUPPORTED_VERSION,
    "version-2.json:3:14: version: this briefing needs a newer Accord (it is format version 2; this Accord reads version 1)" },
  { "version-float.json", ACCORD_ERROR_INVALID_BRIEFING,
    "version-float.json:3:14: version: expected a whole number, found a number" },
  { "version-missing.json", ACCORD_ERROR_INVALID_BRIEFING,
    "version-missing.json:1:1: missing required field “version”" },
  { "version-string.json", ACCORD_ERROR_INVALID_BRIEFING,
    "version-string.json:3:14: version: expected a whole number, found a string" },
};

static void
test_invalid (gconstpointer data)
{
  const InvalidCase *c = data;
  g_autofree char *relative = NULL;
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordBriefing) briefing = NULL;
  g_autofree char *other_name = NULL;
  g_autofree char *other_message = NULL;
  gsize length;

  relative = g_build_filename ("invalid", c->file, NULL);
  path = data_path (relative);
  file = g_file_new_for_path (path);

  /* From a file, named by its base name. */
  briefing = accord_loader_load_file (file, NULL, NULL, &error);
  g_assert_null (briefing);
  g_assert_error (error, ACCORD_ERROR, (int) c->code);
  g_assert_cmpstr (error->message, ==, c->message);
  g_clear_error (&error);

  /* From bytes: the same error. */
  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  briefing = accord_loader_load_bytes (bytes, c->file, &error);
  g_assert_null (briefing);
  g_assert_error (error, ACCORD_ERROR, (int) c->code);
  g_assert_cmpstr (error->message, ==, c->message);
  g_clear_error (&error);

  /* The display name is used as given, even with colons and spaces. */
  other_name = g_strdup_printf ("some dir/v2: %s", c->file);
  other_message = g_strdup_printf ("some dir/v2: %s", c->message);
  briefing = accord_loader_load_file (file, other_name, NULL, &error);
  g_assert_null (briefing);
  g_assert_error (error, ACCORD_ERROR, (int) c->code);
  g_assert_cmpstr (error->message, ==, other_message);
}

/* Every file in tests/data/invalid/ has a row in the table, and the other way. */
static void
test_invalid_table_complete (void)
{
  g_autofree char *dir_path = data_path ("invalid");
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  g_autoptr(GHashTable) listed = g_hash_table_new (g_str_hash, g_str_equal);
  const char *name;
  guint n_files = 0;

  g_assert_nonnull (dir);
  for (guint i = 0; i < G_N_ELEMENTS (invalid_cases); i++)
    {
      g_assert_true (g_str_has_prefix (invalid_cases[i].message, invalid_cases[i].file));
      g_assert_true (g_hash_table_add (listed, (gpointer) invalid_cases[i].file));
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      if (!g_hash_table_contains (listed, name))
        g_error ("tests/data/invalid/%s has no row in invalid_cases", name);
      n_files++;
    }
  g_assert_cmpuint (n_files, ==, G_N_ELEMENTS (invalid_cases));
}

static void
assert_load_error (GFile       *file,
                   const char  *display_name,
                   AccordError  code,
                   const char  *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordBriefing) briefing = accord_loader_load_file (file, display_name, NULL, &error);

  g_assert_null (briefing);
  g_assert_error (error, ACCORD_ERROR, (int) code);
  if (g_str_has_suffix (expected, "*"))
    {
      g_autofree char *prefix = g_strndup (expected, strlen (expected) - 1);

      if (!g_str_has_prefix (error->message, prefix))
        g_error ("“%s” does not start with “%s”", error->message, prefix);
    }
  else
    g_assert_cmpstr (error->message, ==, expected);
}

static void
test_not_a_file (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *fifo_path = g_build_filename (dir, "fifo.json", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GFile) fifo = g_file_new_for_path (fifo_path);
  g_autoptr(GFile) zero = g_file_new_for_path ("/dev/zero");

  assert_load_error (folder, "Folder", ACCORD_ERROR_NOT_A_FILE,
                     "Folder: this is a folder, not a briefing file");

  /* Opening a FIFO would block until a writer comes: it must not be opened.
   * The alarm turns a hang into a failure. */
  g_assert_cmpint (mkfifo (fifo_path, 0600), ==, 0);
  alarm (30);
  assert_load_error (fifo, NULL, ACCORD_ERROR_NOT_A_FILE,
                     "fifo.json: this is not a regular file");
  /* Never reads past the cap: /dev/zero has no end. */
  assert_load_error (zero, NULL, ACCORD_ERROR_NOT_A_FILE,
                     "zero: this is not a regular file");
  alarm (0);

  remove_temp_dir (dir);
}

static void
test_not_found (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *missing_path = g_build_filename (dir, "missing.json", NULL);
  g_autofree char *dangling_path = g_build_filename (dir, "dangling.json", NULL);
  g_autofree char *loop_a_path = g_build_filename (dir, "loop-a.json", NULL);
  g_autofree char *loop_b_path = g_build_filename (dir, "loop-b.json", NULL);
  g_autoptr(GFile) missing = g_file_new_for_path (missing_path);
  g_autoptr(GFile) dangling = g_file_new_for_path (dangling_path);
  g_autofree char *bundled_path = write_bundled_copy (dir, "target.json");
  g_autofree char *link_path = g_build_filename (dir, "link.json", NULL);
  g_autoptr(GFile) loop = g_file_new_for_path (loop_a_path);
  g_autoptr(GFile) link = g_file_new_for_path (link_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordBriefing) briefing = NULL;

  assert_load_error (missing, NULL, ACCORD_ERROR_NOT_FOUND, "missing.json: *");
  assert_load_error (missing, "My briefing", ACCORD_ERROR_NOT_FOUND, "My briefing: *");

  /* GIO reports a dangling link, or a loop, as the link itself. */
  g_assert_cmpint (symlink (missing_path, dangling_path), ==, 0);
  assert_load_error (dangling, NULL, ACCORD_ERROR_NOT_FOUND,
                     "dangling.json: this link is broken (what it points to does not exist, "
                     "or the links form a loop)");

  g_assert_cmpint (symlink (loop_b_path, loop_a_path), ==, 0);
  g_assert_cmpint (symlink (loop_a_path, loop_b_path), ==, 0);
  assert_load_error (loop, NULL, ACCORD_ERROR_NOT_FOUND,
                     "loop-a.json: this link is broken (what it points to does not exist, "
                     "or the links form a loop)");

  /* A link to a briefing is followed. */
  g_assert_cmpint (symlink (bundled_path, link_path), ==, 0);
  briefing = accord_loader_load_file (link, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (accord_briefing_get_display_name (briefing), ==, "link.json");

  remove_temp_dir (dir);
}

/* As root, in a child that becomes an unprivileged user first: root reads
 * a file without read permission. */
static void
test_unreadable (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *why_not = NULL;
  g_autoptr(GFile) file = NULL;

  if (g_test_subprocess ())
    {
      accord_test_unprivileged_become ();
      file = g_file_new_for_path (g_getenv ("ACCORD_TEST_FILE"));
      assert_load_error (file, NULL, ACCORD_ERROR_IO, "unreadable.json: *");
      return;
    }

  if (!accord_test_unprivileged_possible (&why_not))
    {
      g_test_skip (why_not);
      return;
    }

  dir = make_temp_dir ();
  path = write_bundled_copy (dir, "unreadable.json");
  accord_test_unprivileged_give (dir);
  accord_test_unprivileged_give (path);
  g_assert_cmpint (g_chmod (path, 0), ==, 0);

  g_setenv ("ACCORD_TEST_FILE", path, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  g_unsetenv ("ACCORD_TEST_FILE");

  remove_temp_dir (dir);
}

static void
make_sparse (const char *path,
             goffset     size)
{
  g_autoptr(GError) error = NULL;

  /* Nothing is written but the length: the test costs no disk. */
  g_file_set_contents (path, "", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (truncate (path, size), ==, 0);
}

static void
test_too_large (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *big_path = g_build_filename (dir, "big.json", NULL);
  g_autofree char *over_path = g_build_filename (dir, "over.json", NULL);
  g_autofree char *cap_path = g_build_filename (dir, "cap.json", NULL);
  g_autoptr(GFile) big = g_file_new_for_path (big_path);
  g_autoptr(GFile) over = g_file_new_for_path (over_path);
  g_autoptr(GFile) cap = g_file_new_for_path (cap_path);

  g_assert_cmpint (ACCORD_LOADER_MAX_FILE_SIZE, ==, 64 * MiB);

  make_sparse (big_path, 65 * MiB + 1);
  assert_load_error (big, NULL, ACCORD_ERROR_TOO_LARGE,
                     "big.json: the file is 68.2\u00a0MB; Accord opens briefings of up to 67.1\u00a0MB");

  /* One byte over: the rounded sizes alone would read as equal. */
  make_sparse (over_path, 64 * MiB + 1);
  assert_load_error (over, NULL, ACCORD_ERROR_TOO_LARGE,
                     "over.json: the file is 67.1\u00a0MB (67108865 bytes); "
                     "Accord opens briefings of up to 67.1\u00a0MB (67108864 bytes)");

  /* Exactly the cap is read, and then found to be no JSON (all NUL bytes). */
  make_sparse (cap_path, 64 * MiB);
  assert_load_error (cap, NULL, ACCORD_ERROR_NOT_JSON,
                     "cap.json:1:1: the file contains a NUL byte");

  remove_temp_dir (dir);
}

static void
test_too_large_bytes (void)
{
  gsize size = 64 * MiB + 1;
  g_autoptr(GBytes) bytes = g_bytes_new_take (g_malloc0 (size), size);
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordBriefing) briefing = accord_loader_load_bytes (bytes, "huge", &error);

  g_assert_null (briefing);
  g_assert_error (error, ACCORD_ERROR, ACCORD_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==,
                   "huge: the file is 67.1\u00a0MB (67108865 bytes); "
                   "Accord opens briefings of up to 67.1\u00a0MB (67108864 bytes)");
}

/* A regular file whose size the system reports as 0 is still read to the end. */
static void
test_proc_file (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/proc/self/stat");
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordBriefing) briefing = NULL;

  if (!g_file_test ("/proc/self/stat", G_FILE_TEST_IS_REGULAR))
    {
      g_test_skip ("no /proc");
      return;
    }

  /* Text that is not JSON is a Markdown briefing: its one paragraph holds
   * every one of the 52 fields of the line, so all of it was read. */
  briefing = accord_loader_load_file (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (accord_briefing_get_file_format (briefing), ==, ACCORD_FILE_FORMAT_MARKDOWN);
  {
    g_autoptr(AccordSection) section = g_list_model_get_item (accord_briefing_get_sections (briefing), 0);
    g_auto(GStrv) fields = g_strsplit (accord_section_get_body (section)[0], " ", -1);

    g_assert_cmpuint (g_strv_length (fields), >=, 52);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/loader/bundled", test_bundled);
  g_test_add_func ("/loader/file", test_load_file);
  g_test_add_func ("/loader/bytes", test_load_bytes);
  g_test_add_func ("/loader/async", test_load_async);
  g_test_add_func ("/loader/cancelled", test_cancelled);
  g_test_add_func ("/loader/full", test_full);
  g_test_add_func ("/loader/invalid/table-complete", test_invalid_table_complete);
  for (guint i = 0; i < G_N_ELEMENTS (invalid_cases); i++)
    {
      g_autofree char *name = g_strndup (invalid_cases[i].file,
                                         strlen (invalid_cases[i].file) - strlen (".json"));
      g_autofree char *test_path = g_strdup_printf ("/loader/invalid/%s", name);

      g_test_add_data_func (test_path, &invalid_cases[i], test_invalid);
    }
  g_test_add_func ("/loader/not-a-file", test_not_a_file);
  g_test_add_func ("/loader/not-found", test_not_found);
  g_test_add_func ("/loader/unreadable", test_unreadable);
  g_test_add_func ("/loader/too-large", test_too_large);
  g_test_add_func ("/loader/too-large-bytes", test_too_large_bytes);
  g_test_add_func ("/loader/proc-file", test_proc_file);

  return g_test_run ();
}
