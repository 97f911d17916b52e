/* test-convert.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What `accord --convert` writes loads back to the same model, for every
 * test input that loads at all: Markdown, TimelineJS3 timelines, briefing
 * JSON (hostile text included: bidi controls, combining marks, escapes).
 */

#define G_LOG_DOMAIN "test-convert"

#include "config.h"

#include <string.h>

#include "accord-briefing.h"
#include "accord-briefing-writer.h"
#include "accord-loader.h"
#include "accord-test-model.h"

static void
assert_round_trip (AccordBriefing *briefing)
{
  g_autoptr(GBytes) json = accord_briefing_write_json (briefing);
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordBriefing) again = accord_loader_load_bytes (json, "converted.json", &error);
  g_autoptr(GBytes) json_again = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (accord_briefing_get_file_format (again), ==, ACCORD_FILE_FORMAT_BRIEFING);
  accord_test_assert_same_model (briefing, again);

  /* And writing is stable: the converted file converts to itself. */
  json_again = accord_briefing_write_json (again);
  g_assert_true (g_bytes_equal (json, json_again));
}

static void
test_folder (gconstpointer data)
{
  const char *folder = data;
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  guint n_loaded = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(AccordBriefing) briefing = NULL;

      if (!g_str_has_suffix (name, ".json") && !g_str_has_suffix (name, ".md"))
        continue;
      briefing = accord_loader_load_file (file, name, NULL, NULL);
      if (briefing == NULL)
        continue;

      g_test_message ("%s", path);
      assert_round_trip (briefing);
      n_loaded++;
    }

  g_assert_cmpuint (n_loaded, >, 0);
}

static void
test_output_is_briefing_json (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordBriefing) bundled = accord_loader_load_bundled (&error);
  g_autoptr(GBytes) json = accord_briefing_write_json (bundled);
  const char *text = g_bytes_get_data (json, NULL);

  g_assert_true (g_str_has_prefix (text, "{\n  \"format\" : \"accord-briefing\",\n  \"version\" : 1,"));
  g_assert_true (g_utf8_validate (text, g_bytes_get_size (json), NULL));
}

/* Found by fuzz-markdown: json-glib wrote U+001F raw into a string. */
static void
test_control_characters (void)
{
  static const char text[] = "# T\n\n## S\n\nA \x1f unit separator, a \x01 and a\ttab.\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, sizeof text - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordBriefing) briefing = accord_loader_load_bytes (bytes, "controls.md", &error);

  g_assert_no_error (error);
  assert_round_trip (briefing);
}

int
main (int   argc,
      char *argv[])
{
  static const char *folders[] = {
    TEST_DATA_DIR "/markdown",
    TEST_DATA_DIR "/timelinejs",
    TEST_DATA_DIR "/hostile",
    TEST_DATA_DIR "/window",
    TEST_DATA_DIR "/groups",
    ACCORD_DATA_DIR "/briefings",
  };

  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (folders); i++)
    {
      g_autofree char *base = g_path_get_basename (folders[i]);
      g_autofree char *test_path = g_strdup_printf ("/convert/round-trip/%s", base);

      g_test_add_data_func (test_path, folders[i], test_folder);
    }
  g_test_add_func ("/convert/output", test_output_is_briefing_json);
  g_test_add_func ("/convert/control-characters", test_control_characters);

  return g_test_run ();
}
