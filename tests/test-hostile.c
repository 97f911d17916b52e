/* test-hostile.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the hostile corpus (tests/data/hostile/MANIFEST) through the loader:
 * each file must get its verdict, its error code and its message, within a
 * time bound.  The large files are written at test time by
 * tests/gen-hostile.py into a temporary folder, or taken from
 * $ACCORD_HOSTILE_DIR when the build made them already.
 *
 * ACCORD_TEST_NO_TIME_LIMITS=1 turns the time bounds off (for valgrind).
 */

#define G_LOG_DOMAIN "test-hostile"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "accord-actor.h"
#include "accord-briefing.h"
#include "accord-event.h"
#include "accord-loader.h"
#include "accord-quote.h"
#include "accord-section.h"
#include "accord-source.h"

#define DEFAULT_MAX_SECONDS 2.0

typedef struct
{
  char     *file;        /* as in the manifest, "@" and all */
  gboolean  generated;
  gboolean  valid;
  gint64    n_sections;   /* how many a valid file loads, or -1 */
  gint64    n_events;
  char     *code;        /* "*" when unchecked */
  gboolean  has_position;
  gboolean  check_position;
  guint     line;
  guint     column;
  char     *message;     /* "*" when unchecked */
  double    max_seconds;
  char     *todo;
} HostileCase;

static char *hostile_dir;     /* the small files */
static char *generated_dir;   /* the large ones */
static gboolean generated_is_temporary;
static gboolean generator_failed;

static const struct
{
  const char  *name;
  AccordError  code;
} error_codes[] = {
  { "NOT_JSON", ACCORD_ERROR_NOT_JSON },
  { "INVALID_BRIEFING", ACCORD_ERROR_INVALID_BRIEFING },
  { "UNSUPPORTED_VERSION", ACCORD_ERROR_UNSUPPORTED_VERSION },
  { "TOO_LARGE", ACCORD_ERROR_TOO_LARGE },
  { "NOT_A_FILE", ACCORD_ERROR_NOT_A_FILE },
  { "IO", ACCORD_ERROR_IO },
  { "NOT_FOUND", ACCORD_ERROR_NOT_FOUND },
};

static int
code_from_name (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (error_codes); i++)
    if (g_str_equal (error_codes[i].name, name))
      return (int) error_codes[i].code;

  g_error ("MANIFEST: unknown error code “%s”", name);
  return -1;
}

static void
hostile_case_free (HostileCase *c)
{
  g_free (c->file);
  g_free (c->code);
  g_free (c->message);
  g_free (c->todo);
  g_free (c);
}

static HostileCase *
parse_line (const char *line,
            guint       line_number)
{
  g_auto(GStrv) fields = g_strsplit (line, "\t", -1);
  guint n = g_strv_length (fields);
  HostileCase *c;

  if (n < 5 || n > 6)
    g_error ("MANIFEST:%u: expected 5 or 6 tab-separated fields, found %u", line_number, n);

  c = g_new0 (HostileCase, 1);
  c->generated = fields[0][0] == '@';
  c->file = g_strdup (fields[0]);
  c->max_seconds = DEFAULT_MAX_SECONDS;
  c->n_sections = c->n_events = -1;

  if (g_str_equal (fields[1], "valid"))
    c->valid = TRUE;
  else if (!g_str_equal (fields[1], "invalid"))
    g_error ("MANIFEST:%u: the verdict is valid or invalid, not “%s”", line_number, fields[1]);

  c->code = g_strdup (fields[2]);
  if (!c->valid && !g_str_equal (c->code, "*"))
    code_from_name (c->code);

  if (g_str_equal (fields[3], "*"))
    c->check_position = FALSE;
  else if (g_str_equal (fields[3], "-"))
    c->check_position = TRUE;
  else if (sscanf (fields[3], "%u:%u", &c->line, &c->column) == 2)
    c->check_position = c->has_position = TRUE;
  else
    g_error ("MANIFEST:%u: bad position “%s”", line_number, fields[3]);

  c->message = g_strdup (fields[4]);

  if (n == 6)
    {
      g_auto(GStrv) flags = NULL;
      char *todo = strstr (fields[5], "todo=");

      /* todo= comes last and takes the rest of the field, commas and all. */
      if (todo != NULL)
        {
          c->todo = g_strdup (todo + strlen ("todo="));
          *todo = '\0';
        }

      flags = g_strsplit (fields[5], ",", -1);
      for (guint i = 0; flags[i] != NULL; i++)
        {
          if (flags[i][0] == '\0')
            continue;
          if (g_str_has_prefix (flags[i], "max-seconds="))
            c->max_seconds = g_ascii_strtod (flags[i] + strlen ("max-seconds="), NULL);
          else if (g_str_has_prefix (flags[i], "sections="))
            c->n_sections = g_ascii_strtoll (flags[i] + strlen ("sections="), NULL, 10);
          else if (g_str_has_prefix (flags[i], "events="))
            c->n_events = g_ascii_strtoll (flags[i] + strlen ("events="), NULL, 10);
          else
            g_error ("MANIFEST:%u: unknown flag “%s”", line_number, flags[i]);
        }
    }

  return c;
}

static GPtrArray *
read_manifest (void)
{
  g_autofree char *path = g_build_filename (hostile_dir, "MANIFEST", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *cases = g_ptr_array_new_with_free_func ((GDestroyNotify) hostile_case_free);

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (lines[i][0] == '\0' || lines[i][0] == '#')
        continue;
      g_ptr_array_add (cases, parse_line (lines[i], i + 1));
    }

  return cases;
}

static char *
case_path (const HostileCase *c)
{
  if (c->generated)
    return g_build_filename (generated_dir, c->file + 1, NULL);
  return g_build_filename (hostile_dir, c->file, NULL);
}

/* Text from a briefing must be valid UTF-8, whatever the file held. */
static void
assert_text (const char *text)
{
  if (text != NULL)
    g_assert_true (g_utf8_validate (text, -1, NULL));
}

static void
assert_strv (const char * const *strv)
{
  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    assert_text (strv[i]);
}

static void
assert_briefing_text (AccordBriefing *briefing)
{
  GListModel *sections = accord_briefing_get_all_sections (briefing);
  GListModel *events = accord_briefing_get_events (briefing);
  GListModel *actors = accord_briefing_get_actors (briefing);

  assert_text (accord_briefing_get_title (briefing));
  assert_text (accord_briefing_get_subtitle (briefing));
  assert_text (accord_briefing_get_summary (briefing));

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(AccordSection) section = g_list_model_get_item (sections, i);

      assert_text (accord_section_get_title (section));
      assert_text (accord_section_get_summary (section));
      assert_strv (accord_section_get_body (section));
      for (guint j = 0; j < accord_section_get_n_quotes (section); j++)
        assert_text (accord_quote_get_text (accord_section_get_quote (section, j)));
    }

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(AccordEvent) event = g_list_model_get_item (events, i);

      assert_text (accord_event_get_title (event));
      assert_text (accord_event_get_summary (event));
    }

  for (guint i = 0; i < g_list_model_get_n_items (actors); i++)
    {
      g_autoptr(AccordActor) actor = g_list_model_get_item (actors, i);

      assert_text (accord_actor_get_name (actor));
    }
}

static void
test_case (gconstpointer data)
{
  const HostileCase *c = data;
  g_autofree char *path = NULL;
  g_autofree char *display_name = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordBriefing) briefing = NULL;
  gint64 start;
  double seconds;

  if (c->todo != NULL)
    {
      g_test_incomplete (c->todo);
      return;
    }

  if (c->generated && generator_failed)
    {
      g_test_skip ("tests/gen-hostile.py could not be run");
      return;
    }

  path = case_path (c);
  display_name = g_path_get_basename (path);
  file = g_file_new_for_path (path);

  start = g_get_monotonic_time ();
  briefing = accord_loader_load_file (file, NULL, NULL, &error);
  seconds = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
  g_test_message ("%s: %.3f s", c->file, seconds);

  /* Every valid case says how much it holds. */
  if (c->valid)
    g_assert_true (c->n_sections >= 0 && c->n_events >= 0);

  if (c->valid)
    {
      g_assert_no_error (error);
      g_assert_true (ACCORD_IS_BRIEFING (briefing));
      assert_briefing_text (briefing);
      /* Everything the file holds is there: nothing dropped on the way. */
      if (c->n_sections >= 0)
        g_assert_cmpint (g_list_model_get_n_items (accord_briefing_get_all_sections (briefing)), ==, c->n_sections);
      if (c->n_events >= 0)
        g_assert_cmpint (g_list_model_get_n_items (accord_briefing_get_events (briefing)), ==, c->n_events);
    }
  else
    {
      g_autofree char *prefix = NULL;
      const char *rest;

      g_assert_null (briefing);
      g_assert_nonnull (error);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      if (g_str_equal (c->code, "*"))
        g_assert_true (error->domain == ACCORD_ERROR);
      else
        g_assert_error (error, ACCORD_ERROR, code_from_name (c->code));

      /* Every message starts with the file's name, then the position when
       * there is one: FILE:LINE:COLUMN: message. */
      if (!c->check_position)
        prefix = g_strdup_printf ("%s:", display_name);
      else if (c->has_position)
        prefix = g_strdup_printf ("%s:%u:%u: ", display_name, c->line, c->column);
      else
        prefix = g_strdup_printf ("%s: ", display_name);

      if (!g_str_has_prefix (error->message, prefix))
        g_error ("“%s” does not start with “%s”", error->message, prefix);
      rest = error->message + strlen (prefix);

      if (!g_str_equal (c->message, "*") && strstr (rest, c->message) == NULL)
        g_error ("“%s” does not contain “%s”", error->message, c->message);

      /* One line: a crafted file cannot add lines to the report. */
      g_assert_null (strchr (error->message, '\n'));
    }

  if (g_getenv ("ACCORD_TEST_NO_TIME_LIMITS") == NULL && seconds > c->max_seconds)
    g_error ("%s took %.2f s; the bound is %.1f s", c->file, seconds, c->max_seconds);
}

/* Text that looks like markup, or that reorders or hides characters, is
 * kept as it is: only the views decide how to show it. */
static void
test_markup_kept (void)
{
  g_autofree char *path = g_build_filename (hostile_dir, "markup.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordBriefing) briefing = accord_loader_load_file (file, NULL, NULL, &error);
  static const char * const markup[] = {
    "<b>Tom & Jerry</b>",
    "<span size='2147483647'>big</span>",
    "<a href='file:///etc/passwd'>click</a>",
    "&amp; &lt; &#0; &bogus;",
    "</i>unbalanced<i>",
    "%s %n %x",
  };
  AccordSource *source;
  AccordActor *actor;
  AccordSection *section;
  AccordSection *child;
  AccordQuote *quote;
  AccordEvent *event;
  const char * const *body;

  g_assert_no_error (error);

  g_assert_cmpstr (accord_briefing_get_title (briefing), ==, markup[0]);
  g_assert_cmpstr (accord_briefing_get_subtitle (briefing), ==, markup[1]);
  g_assert_cmpstr (accord_briefing_get_summary (briefing), ==, markup[2]);

  source = accord_briefing_lookup_source (briefing, "src");
  g_assert_cmpstr (accord_source_get_title (source), ==, markup[3]);
  g_assert_cmpstr (accord_source_get_publisher (source), ==, markup[4]);
  g_assert_cmpstr (accord_source_get_url (source), ==, "javascript:alert(1)");
  g_assert_cmpstr (accord_source_get_note (source), ==, markup[5]);

  actor = accord_briefing_lookup_actor (briefing, "a");
  g_assert_cmpstr (accord_actor_get_name (actor), ==, markup[0]);
  g_assert_cmpstr (accord_actor_get_native_name (actor), ==, markup[1]);
  g_assert_cmpstr (accord_actor_get_role (actor), ==, markup[2]);
  g_assert_cmpstr (accord_actor_get_organization (actor), ==, markup[3]);
  g_assert_cmpstr (accord_actor_get_country (actor), ==, markup[4]);

  section = accord_briefing_lookup_section (briefing, "s");
  g_assert_cmpstr (accord_section_get_title (section), ==, markup[5]);
  g_assert_cmpstr (accord_section_get_kind (section), ==, markup[0]);
  g_assert_cmpstr (accord_section_get_summary (section), ==, markup[1]);
  body = accord_section_get_body (section);
  for (guint i = 0; i < G_N_ELEMENTS (markup); i++)
    g_assert_cmpstr (body[i], ==, markup[i]);
  g_assert_null (body[G_N_ELEMENTS (markup)]);
  g_assert_cmpstr (accord_section_get_key_points (section)[0], ==, markup[2]);
  g_assert_cmpstr (accord_section_get_key_points (section)[1], ==, markup[3]);
  g_assert_cmpstr (accord_section_get_tags (section)[0], ==, markup[4]);

  quote = accord_section_get_quote (section, 0);
  g_assert_cmpstr (accord_quote_get_text (quote), ==, markup[5]);
  g_assert_cmpstr (accord_quote_get_note (quote), ==, markup[0]);
  g_assert_true (accord_quote_get_speaker (quote) == actor);

  child = accord_briefing_lookup_section (briefing, "t");
  g_assert_true (accord_section_get_parent (child) == section);
  g_assert_cmpstr (accord_section_get_title (child), ==, markup[1]);
  g_assert_cmpstr (accord_section_get_body (child)[0], ==, markup[2]);

  event = accord_briefing_lookup_event (briefing, "e");
  g_assert_cmpstr (accord_event_get_title (event), ==, markup[3]);
  g_assert_cmpstr (accord_event_get_place (event), ==, markup[4]);
  g_assert_cmpstr (accord_event_get_summary (event), ==, markup[5]);
  g_assert_cmpstr (accord_event_get_date_note (event), ==, markup[0]);
}

static void
test_invisible_kept (void)
{
  static const char * const names[] = { "bidi.json", "bidi-escaped.json" };

  /* The same text, raw in one file and as \u escapes in the other. */
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (hostile_dir, names[i], NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(AccordBriefing) briefing = accord_loader_load_file (file, NULL, NULL, &error);
      AccordSection *section;
      AccordActor *actor;

      g_assert_no_error (error);
      g_assert_cmpstr (accord_briefing_get_title (briefing), ==,
                       "zero\u200Bwidth\u200C\u200D\u2060");
      g_assert_cmpstr (accord_briefing_get_subtitle (briefing), ==,
                       "\u2066isolate\u2069 \u2067rtl\u2069 \u2068first\u2069");
      g_assert_cmpstr (accord_briefing_get_summary (briefing), ==, "\u200Fmark\u200E");

      section = accord_briefing_lookup_section (briefing, "s");
      g_assert_cmpstr (accord_section_get_title (section), ==, "\u202Eevil\u202C");
      actor = accord_briefing_lookup_actor (briefing, "a");
      g_assert_cmpstr (accord_actor_get_organization (actor), ==, "\uFEFFbom inside");
      g_assert_cmpstr (accord_actor_get_country (actor), ==, "\u061Cletter mark");
    }
}

static void
test_escapes_kept (void)
{
  g_autofree char *path = g_build_filename (hostile_dir, "terminal-escapes.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordBriefing) briefing = accord_loader_load_file (file, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (accord_briefing_get_title (briefing), ==,
                   "\033[31mred\033[0m \033]0;title\007 \xc2\x9b" "2J");
}

/* Each file in tests/data/hostile/ is in the MANIFEST, and the other way. */
static void
test_manifest_complete (gconstpointer data)
{
  const GPtrArray *cases = data;
  g_autoptr(GHashTable) listed = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GDir) dir = g_dir_open (hostile_dir, 0, NULL);
  const char *name;
  guint n_small = 0;
  guint n_files = 0;

  for (guint i = 0; i < cases->len; i++)
    {
      const HostileCase *c = g_ptr_array_index (cases, i);

      if (!g_hash_table_add (listed, c->file))
        g_error ("MANIFEST lists %s twice", c->file);
      if (!c->generated)
        {
          g_autofree char *path = case_path (c);

          if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
            g_error ("MANIFEST lists %s, which is not in tests/data/hostile/", c->file);
          n_small++;
        }
    }

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      if (g_str_equal (name, "MANIFEST"))
        continue;
      if (!g_hash_table_contains (listed, name))
        g_error ("tests/data/hostile/%s is not in the MANIFEST", name);
      n_files++;
    }

  g_assert_cmpuint (n_files, ==, n_small);
  /* The issue asks for at least 40. */
  g_assert_cmpuint (cases->len, >=, 40);
}

static void
generate (void)
{
  const char *prepared = g_getenv ("ACCORD_HOSTILE_DIR");
  g_autofree char *script = NULL;
  g_autofree char *python = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (prepared != NULL && prepared[0] != '\0')
    {
      generated_dir = g_strdup (prepared);
      return;
    }

#ifdef TEST_DATA_DIR
  script = g_build_filename (TEST_DATA_DIR, "..", "gen-hostile.py", NULL);
#else
  script = g_test_build_filename (G_TEST_DIST, "gen-hostile.py", NULL);
#endif
  python = g_find_program_in_path ("python3");
  generated_dir = g_dir_make_tmp ("accord-hostile-XXXXXX", &error);
  g_assert_no_error (error);
  generated_is_temporary = TRUE;

  if (python == NULL)
    {
      generator_failed = TRUE;
      return;
    }

  {
    const char *argv[] = { python, script, generated_dir, NULL };

    if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                       NULL, NULL, &status, &error) ||
        !g_spawn_check_wait_status (status, &error))
      {
        g_printerr ("# gen-hostile.py: %s\n", error->message);
        generator_failed = TRUE;
      }
  }
}

static void
remove_generated (void)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (!generated_is_temporary)
    return;

  dir = g_dir_open (generated_dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (generated_dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (generated_dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) cases = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

#ifdef TEST_DATA_DIR
  hostile_dir = g_build_filename (TEST_DATA_DIR, "hostile", NULL);
#else
  hostile_dir = g_test_build_filename (G_TEST_DIST, "data", "hostile", NULL);
#endif
  cases = read_manifest ();
  generate ();

  g_test_add_data_func ("/hostile/manifest-complete", cases, test_manifest_complete);
  g_test_add_func ("/hostile/markup-kept", test_markup_kept);
  g_test_add_func ("/hostile/invisible-kept", test_invisible_kept);
  g_test_add_func ("/hostile/escapes-kept", test_escapes_kept);
  for (guint i = 0; i < cases->len; i++)
    {
      const HostileCase *c = g_ptr_array_index (cases, i);
      const char *name = c->generated ? c->file + 1 : c->file;
      g_autofree char *test_path = g_strdup_printf ("/hostile/%s/%s",
                                                    c->generated ? "large" : "small", name);

      g_test_add_data_func (test_path, c, test_case);
    }

  status = g_test_run ();

  remove_generated ();
  g_free (generated_dir);
  g_free (hostile_dir);

  return status;
}
