/* test-groups.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Groups and eras, in every format Accord reads: briefing JSON (with its
 * errors, each at its line and column), TimelineJS3 and Markdown, and
 * what the writer makes of them.
 */

#define G_LOG_DOMAIN "test-groups"

#include "config.h"

#include <string.h>

#include "accord-briefing.h"
#include "accord-briefing-writer.h"
#include "accord-date.h"
#include "accord-era.h"
#include "accord-event.h"
#include "accord-group.h"
#include "accord-loader.h"
#include "accord-test-model.h"

static AccordBriefing *
load_text (const char  *text,
           const char  *name,
           GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return accord_loader_load_bytes (bytes, name, error);
}

/* A briefing whose third line is @top (top-level members, each followed by
 * a comma) and whose one event ends with @event (members, each led by a
 * comma), so that an error's line and column can be read off the text. */
static char *
briefing_with (const char *top,
               const char *event)
{
  return g_strdup_printf ("{\"format\":\"accord-briefing\",\"version\":1,\"id\":\"b\",\"title\":\"B\",\n"
                          "\"sections\":[{\"id\":\"s\",\"title\":\"S\",\"body\":[]}],\n"
                          "%s\n"
                          "\"events\":[{\"id\":\"e\",\"title\":\"E\",\"date\":\"2020\"%s}]}\n",
                          top, event);
}

static AccordBriefing *
load_ok (const char *top,
         const char *event)
{
  g_autofree char *text = briefing_with (top, event);
  g_autoptr(GError) error = NULL;
  AccordBriefing *briefing = load_text (text, "g.json", &error);

  g_assert_no_error (error);
  return briefing;
}

static void
assert_error (const char *top,
              const char *event,
              const char *expected)
{
  g_autofree char *text = briefing_with (top, event);
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordBriefing) briefing = load_text (text, "g.json", &error);

  g_assert_null (briefing);
  g_assert_error (error, ACCORD_ERROR, ACCORD_ERROR_INVALID_BRIEFING);
  g_assert_cmpstr (error->message, ==, expected);
}

static gpointer
item_at (GListModel *model,
         guint       position)
{
  g_autoptr(GObject) item = g_list_model_get_item (model, position);

  g_assert_nonnull (item);
  /* The briefing keeps it alive. */
  return item;
}

static void
test_json (void)
{
  g_autoptr(AccordBriefing) b = NULL;
  GListModel *groups;
  GListModel *eras;
  AccordGroup *group;
  AccordEra *era;
  AccordEvent *event;

  b = load_ok ("\"groups\":[{\"id\":\"north\",\"title\":\"North\",\"color\":\"red\"},"
               "{\"id\":\"south\",\"title\":\"South\"},{\"id\":\"east\",\"title\":\"East\",\"color\":\"gray\"}],"
               "\"eras\":[{\"id\":\"talks\",\"title\":\"Talks\",\"date\":\"2019-03/2020-06\"},"
               "{\"id\":\"year\",\"title\":\"A year\",\"date\":\"2021\"}],",
               ",\"group\":\"south\"");
  groups = accord_briefing_get_groups (b);
  eras = accord_briefing_get_eras (b);

  g_assert_cmpuint (g_list_model_get_n_items (groups), ==, 3);
  group = item_at (groups, 0);
  g_assert_cmpstr (accord_group_get_id (group), ==, "north");
  g_assert_cmpstr (accord_group_get_title (group), ==, "North");
  g_assert_cmpint (accord_group_get_color (group), ==, ACCORD_GROUP_COLOR_RED);
  g_assert_cmpint (accord_group_get_shown_color (group), ==, ACCORD_GROUP_COLOR_RED);
  g_assert_cmpuint (accord_group_get_index (group), ==, 0);

  /* Without a colour, the palette's in turn by position. */
  group = item_at (groups, 1);
  g_assert_cmpint (accord_group_get_color (group), ==, ACCORD_GROUP_COLOR_NONE);
  g_assert_cmpint (accord_group_get_shown_color (group), ==, ACCORD_GROUP_COLOR_GREEN);
  g_assert_cmpuint (accord_group_get_index (group), ==, 1);
  g_assert_true (accord_briefing_lookup_group (b, "south") == group);
  g_assert_null (accord_briefing_lookup_group (b, "west"));

  /* "gray" is read as grey, and written as grey. */
  g_assert_cmpint (accord_group_get_color (item_at (groups, 2)), ==, ACCORD_GROUP_COLOR_GREY);

  event = accord_briefing_lookup_event (b, "e");
  g_assert_true (accord_event_get_group (event) == group);

  g_assert_cmpuint (g_list_model_get_n_items (eras), ==, 2);
  era = item_at (eras, 0);
  g_assert_cmpstr (accord_era_get_id (era), ==, "talks");
  g_assert_cmpstr (accord_era_get_title (era), ==, "Talks");
  g_assert_cmpstr (accord_date_get_text (accord_era_get_date (era)), ==, "2019-03/2020-06");
  g_assert_cmpint (accord_era_get_first_day (era), ==, accord_date_days_from_civil (2019, 3, 1));
  g_assert_cmpint (accord_era_get_last_day (era), ==, accord_date_days_from_civil (2020, 6, 30));
  /* One date covers its whole year. */
  era = item_at (eras, 1);
  g_assert_cmpuint (accord_era_get_index (era), ==, 1);
  g_assert_cmpint (accord_era_get_first_day (era), ==, accord_date_days_from_civil (2021, 1, 1));
  g_assert_cmpint (accord_era_get_last_day (era), ==, accord_date_days_from_civil (2021, 12, 31));
}

static void
test_json_none (void)
{
  g_autoptr(AccordBriefing) b = load_ok ("", "");

  g_assert_cmpuint (g_list_model_get_n_items (accord_briefing_get_groups (b)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (accord_briefing_get_eras (b)), ==, 0);
  g_assert_null (accord_event_get_group (accord_briefing_lookup_event (b, "e")));
}

static void
test_json_errors (void)
{
  /* An event names a group the briefing does not list: an error, so that
   * a typo never makes a lane of its own. */
  assert_error ("\"groups\":[{\"id\":\"north\",\"title\":\"North\"}],", ",\"group\":\"nroth\"",
                "g.json:4:55: events[0].group: no group “nroth” (list it in the briefing’s “groups”)");
  assert_error ("", ",\"group\":\"north\"",
                "g.json:4:55: events[0].group: no group “north” (list it in the briefing’s “groups”)");
  assert_error ("", ",\"group\":7",
                "g.json:4:55: events[0].group: expected a string, found a number");
  assert_error ("\"groups\":[{\"id\":\"a\",\"title\":\"A\"},{\"id\":\"a\",\"title\":\"B\"}],", "",
                "g.json:3:40: groups[1].id: duplicate group id “a”");
  assert_error ("\"groups\":[{\"id\":\"a\",\"title\":\"A\",\"color\":\"teal\"}],", "",
                "g.json:3:41: groups[0].color: “teal” is not a colour Accord knows "
                "(use one of blue, green, yellow, orange, red, purple, brown, grey)");
  assert_error ("\"groups\":[{\"id\":\"a\",\"title\":\"A\",\"color\":\"Blue\"}],", "",
                "g.json:3:41: groups[0].color: “Blue” is not a colour Accord knows "
                "(use one of blue, green, yellow, orange, red, purple, brown, grey)");
  assert_error ("\"groups\":[{\"id\":\"a\",\"title\":\"A\",\"color\":[255,0,0]}],", "",
                "g.json:3:41: groups[0].color: expected a string, found an array");
  assert_error ("\"groups\":[{\"id\":\"a\"}],", "",
                "g.json:3:11: groups[0]: missing required field “title”");
  assert_error ("\"groups\":[{\"id\":\"A b\",\"title\":\"A\"}],", "",
                "g.json:3:17: groups[0].id: “A b” is not a valid id (use lowercase letters, digits and hyphens)");
  assert_error ("\"groups\":[\"north\"],", "",
                "g.json:3:11: groups[0]: expected an object, found a string");
  assert_error ("\"groups\":{\"id\":\"a\"},", "",
                "g.json:3:10: groups: expected an array, found an object");
  assert_error ("\"eras\":[{\"id\":\"t\",\"title\":\"T\"}],", "",
                "g.json:3:9: eras[0]: missing required field “date”");
  assert_error ("\"eras\":[{\"id\":\"t\",\"title\":\"T\",\"date\":\"2020/2019\"}],", "",
                "g.json:3:38: eras[0].date: \"2020/2019\": the interval ends before it starts");
  assert_error ("\"eras\":[{\"id\":\"t\",\"title\":\"T\",\"date\":\"the nineties\"}],", "",
                "g.json:3:38: eras[0].date: \"the nineties\" is not an EDTF date (expected YYYY, YYYY-MM or YYYY-MM-DD)");
  assert_error ("\"eras\":[{\"id\":\"t\",\"title\":\"T\",\"date\":\"2020\"},{\"id\":\"t\",\"title\":\"U\",\"date\":\"2021\"}],", "",
                "g.json:3:52: eras[1].id: duplicate era id “t”");
  assert_error ("\"eras\":[{\"id\":\"t\",\"title\":\"\",\"date\":\"2020\"}],", "",
                "g.json:3:27: eras[0].title: must not be empty");
  assert_error ("\"eras\":null,", "",
                "g.json:3:8: eras: expected an array, found null");
}

/* Many groups, and markup in their titles, load as plain data in linear
 * time; a file of 20,000 groups loads like any other. */
static void
test_json_hostile (void)
{
  GString *top = g_string_new ("\"groups\":[");
  g_autoptr(AccordBriefing) b = NULL;
  AccordGroup *group;

  for (guint i = 0; i < 20000; i++)
    g_string_append_printf (top, "%s{\"id\":\"g%u\",\"title\":\"<b>%u</b> & \\u202e\"}", i > 0 ? "," : "", i, i);
  g_string_append (top, "],\"eras\":[");
  for (guint i = 0; i < 20000; i++)
    g_string_append_printf (top, "%s{\"id\":\"e%u\",\"title\":\"E\",\"date\":\"-9999/9999\"}", i > 0 ? "," : "", i);
  g_string_append (top, "],");

  b = load_ok (top->str, ",\"group\":\"g19999\"");
  g_assert_cmpuint (g_list_model_get_n_items (accord_briefing_get_groups (b)), ==, 20000);
  g_assert_cmpuint (g_list_model_get_n_items (accord_briefing_get_eras (b)), ==, 20000);
  group = accord_event_get_group (accord_briefing_lookup_event (b, "e"));
  g_assert_cmpstr (accord_group_get_title (group), ==, "<b>19999</b> & \u202e");
  g_assert_cmpuint (accord_group_get_index (group), ==, 19999);

  /* And the writer gives it back. */
  {
    g_autoptr(GBytes) json = accord_briefing_write_json (b);
    g_autoptr(GError) error = NULL;
    g_autoptr(AccordBriefing) again = accord_loader_load_bytes (json, "again.json", &error);

    g_assert_no_error (error);
    accord_test_assert_same_model (b, again);
  }
  g_string_free (top, TRUE);
}

static void
test_writer (void)
{
  g_autoptr(AccordBriefing) b = NULL;
  g_autoptr(GBytes) json = NULL;
  const char *text;

  b = load_ok ("\"groups\":[{\"id\":\"north\",\"title\":\"North\",\"color\":\"gray\"},{\"id\":\"south\",\"title\":\"South\"}],"
               "\"eras\":[{\"id\":\"talks\",\"title\":\"Talks\",\"date\":\"2019-03/2020-06~\"}],",
               ",\"group\":\"north\"");
  json = accord_briefing_write_json (b);
  text = g_bytes_get_data (json, NULL);

  g_assert_nonnull (strstr (text, "\"groups\" : [\n    {\n      \"id\" : \"north\",\n      \"title\" : \"North\",\n      \"color\" : \"grey\"\n    },"));
  /* No colour given, none written. */
  g_assert_nonnull (strstr (text, "\"id\" : \"south\",\n      \"title\" : \"South\"\n    }"));
  g_assert_nonnull (strstr (text, "\"date\" : \"2019-03/2020-06~\""));
  g_assert_nonnull (strstr (text, "\"group\" : \"north\""));
}

static const char timelinejs[] =
  "{\"title\":{\"text\":{\"headline\":\"Works\"}},\n"
  "\"events\":[\n"
  "{\"start_date\":{\"year\":2020},\"text\":{\"headline\":\"A\"},\"group\":\"Crew & <i>Co</i>\"},\n"
  "{\"start_date\":{\"year\":2021},\"text\":{\"headline\":\"B\"}},\n"
  "{\"start_date\":{\"year\":2019},\"text\":{\"headline\":\"C\"},\"group\":\"Board\"},\n"
  "{\"start_date\":{\"year\":2022},\"text\":{\"headline\":\"D\"},\"group\":\"Crew & <i>Co</i>\"}],\n"
  "\"eras\":[\n"
  "{\"start_date\":{\"year\":2019,\"month\":11},\"end_date\":{\"year\":2022,\"month\":7},\"text\":{\"headline\":\"Quay <b>closed</b>\"}},\n"
  "{\"start_date\":{\"year\":2020},\"end_date\":{\"year\":2020}}]}\n";

static void
test_timelinejs (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordBriefing) b = load_text (timelinejs, "t.json", &error);
  GListModel *groups;
  GListModel *eras;
  GListModel *events;
  AccordGroup *crew;

  g_assert_no_error (error);
  groups = accord_briefing_get_groups (b);
  eras = accord_briefing_get_eras (b);
  events = accord_briefing_get_events (b);

  /* In the order they first appear, their HTML made plain text. */
  g_assert_cmpuint (g_list_model_get_n_items (groups), ==, 2);
  crew = item_at (groups, 0);
  g_assert_cmpstr (accord_group_get_title (crew), ==, "Crew & Co");
  g_assert_cmpstr (accord_group_get_id (crew), ==, "crew-co");
  g_assert_cmpint (accord_group_get_color (crew), ==, ACCORD_GROUP_COLOR_NONE);
  g_assert_cmpstr (accord_group_get_title (item_at (groups, 1)), ==, "Board");

  g_assert_true (accord_event_get_group (item_at (events, 0)) == crew);
  g_assert_null (accord_event_get_group (item_at (events, 1)));
  g_assert_true (accord_event_get_group (item_at (events, 2)) == item_at (groups, 1));
  g_assert_true (accord_event_get_group (item_at (events, 3)) == crew);

  g_assert_cmpuint (g_list_model_get_n_items (eras), ==, 2);
  g_assert_cmpstr (accord_era_get_title (item_at (eras, 0)), ==, "Quay closed");
  g_assert_cmpstr (accord_era_get_id (item_at (eras, 0)), ==, "quay-closed");
  g_assert_cmpstr (accord_date_get_text (accord_era_get_date (item_at (eras, 0))), ==, "2019-11/2022-07");
  /* No headline: its dates name it; one year is no interval. */
  g_assert_cmpstr (accord_era_get_title (item_at (eras, 1)), ==, "2020");
  g_assert_cmpstr (accord_date_get_text (accord_era_get_date (item_at (eras, 1))), ==, "2020");
}

static const char markdown[] =
  "# Works\n"
  "\n"
  "## Timeline\n"
  "\n"
  "- 2020: **A**\n"
  "  Group: Crew & Co\n"
  "- 2021: **B**\n"
  "- 2019: **C**\n"
  "  Group: Board\n"
  "- 2022: **D**\n"
  "  Group: Crew & Co\n";

static void
test_markdown (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordBriefing) b = load_text (markdown, "m.md", &error);
  GListModel *groups;
  GListModel *events;

  g_assert_no_error (error);
  g_assert_cmpint (accord_briefing_get_file_format (b), ==, ACCORD_FILE_FORMAT_MARKDOWN);
  groups = accord_briefing_get_groups (b);
  events = accord_briefing_get_events (b);

  g_assert_cmpuint (g_list_model_get_n_items (groups), ==, 2);
  g_assert_cmpstr (accord_group_get_title (item_at (groups, 0)), ==, "Crew & Co");
  g_assert_cmpstr (accord_group_get_id (item_at (groups, 0)), ==, "crew-co");
  g_assert_cmpstr (accord_group_get_title (item_at (groups, 1)), ==, "Board");
  g_assert_true (accord_event_get_group (item_at (events, 0)) == item_at (groups, 0));
  g_assert_null (accord_event_get_group (item_at (events, 1)));
  g_assert_true (accord_event_get_group (item_at (events, 2)) == item_at (groups, 1));
  g_assert_true (accord_event_get_group (item_at (events, 3)) == item_at (groups, 0));
}

static void
test_palette (void)
{
  double r, g, b, dr, dg, db;

  for (guint c = ACCORD_GROUP_COLOR_BLUE; c <= ACCORD_GROUP_COLOR_GREY; c++)
    {
      const char *name = accord_group_color_to_name (c);

      g_assert_nonnull (name);
      g_assert_cmpint (accord_group_color_from_name (name), ==, c);
      accord_group_color_get_rgb (c, FALSE, &r, &g, &b);
      accord_group_color_get_rgb (c, TRUE, &dr, &dg, &db);
      /* The dark style's shade is the lighter one. */
      g_assert_cmpfloat (0.2126 * dr + 0.7152 * dg + 0.0722 * db, >, 0.2126 * r + 0.7152 * g + 0.0722 * b);
    }
  g_assert_null (accord_group_color_to_name (ACCORD_GROUP_COLOR_NONE));
  g_assert_cmpint (accord_group_color_from_name (""), ==, ACCORD_GROUP_COLOR_NONE);
  g_assert_cmpint (accord_group_color_from_name ("teal"), ==, ACCORD_GROUP_COLOR_NONE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/groups/json", test_json);
  g_test_add_func ("/groups/json-none", test_json_none);
  g_test_add_func ("/groups/json-errors", test_json_errors);
  g_test_add_func ("/groups/json-hostile", test_json_hostile);
  g_test_add_func ("/groups/writer", test_writer);
  g_test_add_func ("/groups/timelinejs", test_timelinejs);
  g_test_add_func ("/groups/markdown", test_markdown);
  g_test_add_func ("/groups/palette", test_palette);

  return g_test_run ();
}
