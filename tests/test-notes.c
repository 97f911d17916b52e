/* test-notes.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reader's notes: finding a passage again in an edited briefing
 * (offsets, context, exact text, or detached), the notes file (round trip,
 * atomic, damaged or newer files kept aside, two writers), and citations.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "accord-briefing.h"
#include "accord-citation.h"
#include "accord-loader.h"
#include "accord-note-store.h"
#include "accord-quote.h"
#include "accord-section.h"

/* A briefing with one section whose body is @body (JSON string contents). */
static AccordBriefing *
briefing_with_body (const char *body_json)
{
  g_autofree char *json = g_strdup_printf (
    "{\"format\":\"accord-briefing\",\"version\":1,\"id\":\"t\",\"title\":\"Test\","
    "\"sections\":[{\"id\":\"intro\",\"title\":\"Intro\",\"body\":[\"Before.\"]},"
    "{\"id\":\"s\",\"title\":\"The section\",\"body\":%s}]}", body_json);
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GError) error = NULL;
  AccordBriefing *briefing = accord_loader_load_bytes (bytes, "test.json", &error);

  g_assert_no_error (error);
  return briefing;
}

/* A note on the @nth occurrence (from 0) of @exact in body[@index]. */
static AccordNote *
note_on (AccordBriefing *briefing,
         guint           index,
         const char     *exact,
         guint           nth)
{
  const char *text = accord_note_get_field_text (briefing, ACCORD_NOTE_TARGET_SECTION, "s",
                                                 ACCORD_NOTE_FIELD_BODY, index);
  const char *p = strstr (text, exact);
  glong start;

  for (guint i = 0; i < nth; i++)
    p = strstr (p + 1, exact);
  g_assert_nonnull (p);
  start = g_utf8_pointer_to_offset (text, p);
  return accord_note_new (ACCORD_NOTE_TARGET_SECTION, "s", ACCORD_NOTE_FIELD_BODY, index,
                          text, start, start + g_utf8_strlen (exact, -1));
}

/* The text the note points at now. */
static char *
anchored_text (AccordNote     *note,
               AccordBriefing *briefing)
{
  const char *text = accord_note_get_field_text (briefing, accord_note_get_target_kind (note),
                                                 accord_note_get_target_id (note),
                                                 accord_note_get_field (note),
                                                 accord_note_get_index (note));
  const char *a = g_utf8_offset_to_pointer (text, accord_note_get_start (note));
  const char *b = g_utf8_offset_to_pointer (text, accord_note_get_end (note));

  return g_strndup (a, b - a);
}

static void
test_anchor_offsets_shift (void)
{
  g_autoptr(AccordBriefing) before = briefing_with_body ("[\"Talks began in Seoul. The passage that matters. End.\"]");
  g_autoptr(AccordBriefing) after = briefing_with_body ("[\"New opening words. Talks began in Seoul. The passage that matters. End.\"]");
  g_autoptr(AccordNote) note = note_on (before, 0, "The passage that matters", 0);
  g_autofree char *text = NULL;

  g_assert_cmpuint (accord_note_get_start (note), ==, 22);
  g_assert_false (accord_note_anchor (note, before));
  g_assert_true (accord_note_anchor (note, after));
  g_assert_false (accord_note_get_detached (note));
  g_assert_cmpuint (accord_note_get_start (note), ==, 22 + 19);
  text = anchored_text (note, after);
  g_assert_cmpstr (text, ==, "The passage that matters");
  g_assert_cmpstr (accord_note_get_prefix (note), ==, "ng words. Talks began in Seoul. ");
  g_assert_cmpstr (accord_note_get_target_title (note), ==, "The section");
}

static void
test_anchor_edited_around (void)
{
  g_autoptr(AccordBriefing) before = briefing_with_body ("[\"One.\", \"They signed the accord on Tuesday in Ottawa.\"]");
  /* A paragraph inserted before, and the words on both sides changed. */
  g_autoptr(AccordBriefing) after = briefing_with_body ("[\"One.\", \"Inserted.\", \"Officials signed the accord on a Wednesday.\"]");
  g_autoptr(AccordNote) note = note_on (before, 1, "signed the accord", 0);
  g_autofree char *text = NULL;

  g_assert_true (accord_note_anchor (note, after));
  g_assert_false (accord_note_get_detached (note));
  g_assert_cmpuint (accord_note_get_index (note), ==, 2);
  text = anchored_text (note, after);
  g_assert_cmpstr (text, ==, "signed the accord");
}

static void
test_anchor_deleted (void)
{
  g_autoptr(AccordBriefing) before = briefing_with_body ("[\"Keep this. Remove this sentence.\"]");
  g_autoptr(AccordBriefing) after = briefing_with_body ("[\"Keep this.\"]");
  g_autoptr(AccordBriefing) gone = NULL;
  g_autoptr(AccordNote) note = note_on (before, 0, "Remove this sentence", 0);

  g_assert_true (accord_note_anchor (note, after));
  g_assert_true (accord_note_get_detached (note));
  /* Kept, with what it quoted. */
  g_assert_cmpstr (accord_note_get_exact (note), ==, "Remove this sentence");

  /* Back in the briefing: attached again. */
  g_assert_true (accord_note_anchor (note, before));
  g_assert_false (accord_note_get_detached (note));

  /* The section itself gone: detached, under its old title. */
  {
    const char *json = "{\"format\":\"accord-briefing\",\"version\":1,\"id\":\"t\",\"title\":\"Test\","
                       "\"sections\":[{\"id\":\"intro\",\"title\":\"Intro\",\"body\":[\"x\"]}]}";
    g_autoptr(GBytes) bytes = g_bytes_new_static (json, strlen (json));
    gone = accord_loader_load_bytes (bytes, "gone.json", NULL);
  }
  g_assert_nonnull (gone);
  accord_note_anchor (note, gone);
  g_assert_true (accord_note_get_detached (note));
  g_assert_cmpstr (accord_note_get_target_title (note), ==, "The section");
}

static void
test_anchor_duplicates (void)
{
  g_autoptr(AccordBriefing) before = briefing_with_body ("[\"Alpha said yes. Beta said yes. Gamma said no.\"]");
  g_autoptr(AccordBriefing) after = briefing_with_body ("[\"Now: Alpha said yes. Beta said yes. Gamma said no.\"]");
  g_autoptr(AccordBriefing) reworded = briefing_with_body ("[\"Alpha said yes; then Beta said yes! Gamma said no.\"]");
  g_autoptr(AccordNote) note = note_on (before, 0, "said yes", 1);
  guint first;

  g_assert_true (accord_note_anchor (note, after));
  /* The second one, by its prefix and suffix, not the first. */
  g_assert_cmpuint (accord_note_get_start (note), ==, 26);

  /* Context edited on both sides: the closer context still wins. */
  g_assert_true (accord_note_anchor (note, reworded));
  first = strstr (accord_note_get_field_text (reworded, ACCORD_NOTE_TARGET_SECTION, "s",
                                              ACCORD_NOTE_FIELD_BODY, 0), "Beta said yes")
          - accord_note_get_field_text (reworded, ACCORD_NOTE_TARGET_SECTION, "s",
                                        ACCORD_NOTE_FIELD_BODY, 0);
  g_assert_cmpuint (accord_note_get_start (note), ==, first + 5);

  /* The other one now nearer the old offset: the context still decides. */
  {
    g_autoptr(AccordBriefing) b1 = briefing_with_body ("[\"X said yes. Beta said yes.\"]");
    g_autoptr(AccordBriefing) b2 = briefing_with_body ("[\"Words words words said yes. Beta said yes.\"]");
    g_autoptr(AccordNote) second = note_on (b1, 0, "said yes", 1);

    g_assert_cmpuint (accord_note_get_start (second), ==, 17);
    g_assert_true (accord_note_anchor (second, b2));
    g_assert_cmpuint (accord_note_get_start (second), ==, 33);
  }
}

static void
test_anchor_hangul_combining (void)
{
  /* Hangul: offsets are characters, not bytes. */
  g_autoptr(AccordBriefing) ko = briefing_with_body ("[\"서울에서 회담이 열렸다.\"]");
  g_autoptr(AccordBriefing) ko2 = briefing_with_body ("[\"어제 서울에서 회담이 열렸다.\"]");
  /* "cafe" + U+0301 is not "cafe": a passage never ends inside a character. */
  g_autoptr(AccordBriefing) fr = briefing_with_body ("[\"Le cafe\\u0301 et le cafe du coin.\"]");
  g_autoptr(AccordBriefing) fr2 = briefing_with_body ("[\"Un cafe\\u0301, un cafe !\"]");
  /* Decomposed Hangul: 하 (U+1112 U+1161) is not the start of 한 (+ U+11AB). */
  g_autoptr(AccordBriefing) jamo = briefing_with_body ("[\"\\u1112\\u1161\\u11ab \\u1112\\u1161.\"]");
  g_autoptr(AccordBriefing) jamo2 = briefing_with_body ("[\"x \\u1112\\u1161\\u11ab \\u1112\\u1161!\"]");
  g_autoptr(AccordNote) note = note_on (ko, 0, "회담이", 0);
  g_autoptr(AccordNote) cafe = note_on (fr, 0, "cafe du", 0);
  g_autoptr(AccordNote) ha = NULL;
  g_autofree char *text = NULL;

  g_assert_cmpuint (accord_note_get_start (note), ==, 5);
  g_assert_true (accord_note_anchor (note, ko2));
  g_assert_cmpuint (accord_note_get_start (note), ==, 8);
  text = anchored_text (note, ko2);
  g_assert_cmpstr (text, ==, "회담이");

  /* Only "cafe" is left of the passage in fr2: exact alone, and not the
   * "cafe" of "café". */
  g_object_unref (cafe);
  cafe = note_on (fr, 0, "cafe", 1);
  g_assert_true (accord_note_anchor (cafe, fr2));
  g_assert_false (accord_note_get_detached (cafe));
  g_assert_cmpuint (accord_note_get_start (cafe), ==, 13);

  ha = note_on (jamo, 0, "\xe1\x84\x92\xe1\x85\xa1", 1);
  g_assert_cmpuint (accord_note_get_start (ha), ==, 4);
  g_assert_true (accord_note_anchor (ha, jamo2));
  g_assert_cmpuint (accord_note_get_start (ha), ==, 6);

  /* Left only inside a syllable: not found there, detached. */
  {
    g_autoptr(AccordBriefing) jamo3 = briefing_with_body ("[\"\\u1112\\u1161\\u11ab, cafe\\u0301.\"]");
    g_assert_true (accord_note_anchor (ha, jamo3));
    g_assert_true (accord_note_get_detached (ha));
    g_assert_true (accord_note_anchor (cafe, jamo3));
    g_assert_true (accord_note_get_detached (cafe));
  }
}

/* Storage */

typedef struct
{
  char  *dir;
  GFile *file;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("accord-notes-XXXXXX", &error);
  g_assert_no_error (error);
  f->file = g_file_new_build_filename (f->dir, "notes", "t-0123456789abcdef.json", NULL);
}

static void
remove_tree (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  if (dir != NULL)
    g_dir_close (dir);
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  remove_tree (f->dir);
  g_free (f->dir);
  g_object_unref (f->file);
}

static GPtrArray *
list_dir (GFile *file)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *path = g_file_get_path (parent);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  if (dir != NULL)
    g_dir_close (dir);
  return names;
}

static void
test_store_round_trip (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(AccordBriefing) briefing = briefing_with_body ("[\"Tab\\there, \\\"quoted\\\", control \\u0001 and 서울.\"]");
  g_autoptr(AccordNoteStore) store = accord_note_store_new (f->file);
  g_autoptr(AccordNoteStore) again = accord_note_store_new (f->file);
  g_autoptr(AccordNote) note = note_on (briefing, 0, "\"quoted\", control", 0);
  g_autoptr(AccordNote) whole = accord_note_new (ACCORD_NOTE_TARGET_SECTION, "s", NULL, 0, NULL, 0, 0);
  g_autoptr(AccordNote) read = NULL;
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (accord_note_store_load (store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 0);

  accord_note_store_set_briefing_info (store, briefing);
  accord_note_store_add (store, note);
  accord_note_store_add (store, whole);
  accord_note_store_update (store, note, "My note: \"why\" \x01 서울", ACCORD_NOTE_COLOUR_PINK);
  g_assert_true (accord_note_store_get_dirty (store));
  g_assert_true (accord_note_store_save (store, &error));
  g_assert_no_error (error);
  g_assert_false (accord_note_store_get_dirty (store));

  /* Only the file: no temporary file is left beside it. */
  names = list_dir (f->file);
  g_assert_cmpuint (names->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (names, 0), ==, "t-0123456789abcdef.json");

  g_assert_true (accord_note_store_load (again, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (again)), ==, 2);
  read = g_list_model_get_item (G_LIST_MODEL (again), 0);
  g_assert_cmpstr (accord_note_get_id (read), ==, accord_note_get_id (note));
  g_assert_cmpstr (accord_note_get_exact (read), ==, "\"quoted\", control");
  g_assert_cmpstr (accord_note_get_prefix (read), ==, accord_note_get_prefix (note));
  g_assert_cmpstr (accord_note_get_suffix (read), ==, accord_note_get_suffix (note));
  g_assert_cmpstr (accord_note_get_body (read), ==, "My note: \"why\" \x01 서울");
  g_assert_cmpint (accord_note_get_colour (read), ==, ACCORD_NOTE_COLOUR_PINK);
  g_assert_cmpstr (accord_note_get_created (read), ==, accord_note_get_created (note));
  g_assert_cmpstr (accord_note_get_modified (read), ==, accord_note_get_modified (note));
  g_assert_cmpuint (accord_note_get_start (read), ==, accord_note_get_start (note));
  g_assert_cmpuint (accord_note_get_end (read), ==, accord_note_get_end (note));
  g_clear_object (&read);
  read = g_list_model_get_item (G_LIST_MODEL (again), 1);
  g_assert_null (accord_note_get_field (read));
  g_assert_cmpstr (accord_note_get_target_id (read), ==, "s");

  /* Deleting and saving leaves one. */
  accord_note_store_remove (again, accord_note_store_lookup (again, accord_note_get_id (note)));
  g_assert_true (accord_note_store_save (again, &error));
  g_assert_true (accord_note_store_load (store, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 1);
}

/* Writes @contents at the store's path, loads, and checks the file was
 * kept aside unchanged and the store started empty and can save. */
static void
check_kept_aside (Fixture    *f,
                  const char *contents,
                  int         code,
                  const char *message_part)
{
  g_autoptr(AccordNoteStore) store = accord_note_store_new (f->file);
  g_autoptr(AccordBriefing) briefing = briefing_with_body ("[\"Some text.\"]");
  g_autoptr(AccordNote) note = note_on (briefing, 0, "Some", 0);
  g_autoptr(GFile) parent = g_file_get_parent (f->file);
  g_autofree char *parent_path = g_file_get_path (parent);
  g_autofree char *path = g_file_get_path (f->file);
  g_autofree char *aside_path = NULL;
  g_autofree char *aside_contents = NULL;
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (parent_path, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));

  g_assert_false (accord_note_store_load (store, &error));
  g_assert_error (error, ACCORD_NOTES_ERROR, code);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, message_part));
  g_assert_nonnull (strstr (error->message, ".damaged-"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 0);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  names = list_dir (f->file);
  g_assert_cmpuint (names->len, ==, 1);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (names, 0), "t-0123456789abcdef.damaged-"));
  g_assert_true (g_str_has_suffix (g_ptr_array_index (names, 0), ".json"));
  aside_path = g_build_filename (parent_path, g_ptr_array_index (names, 0), NULL);
  g_assert_nonnull (strstr (error->message, aside_path));

  /* A new file is started; the one kept aside is left as it was. */
  accord_note_store_add (store, note);
  g_clear_error (&error);
  g_assert_true (accord_note_store_save (store, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (aside_path, &aside_contents, NULL, NULL));
  g_assert_cmpstr (aside_contents, ==, contents);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_unlink (aside_path);
}

static void
test_store_damaged (Fixture       *f,
                    gconstpointer  data)
{
  /* Truncated */
  check_kept_aside (f, "{\"format\":\"accord-notes\",\"version\":1,\"notes\":[{\"id\":\"a\"",
                    ACCORD_NOTES_ERROR_DAMAGED, ":1:");
  g_unlink (g_file_peek_path (f->file));
  /* Not JSON */
  check_kept_aside (f, "these are my notes\n", ACCORD_NOTES_ERROR_DAMAGED, ":1:1:");
  g_unlink (g_file_peek_path (f->file));
  /* JSON, but one note is wrong: none is dropped silently. */
  check_kept_aside (f, "{\"format\":\"accord-notes\",\"version\":1,\"notes\":[{\"id\":\"a\","
                       "\"created\":\"2026-01-01T00:00:00Z\",\"modified\":\"2026-01-01T00:00:00Z\","
                       "\"colour\":\"magenta\",\"target\":{\"section\":\"s\"}}]}",
                    ACCORD_NOTES_ERROR_DAMAGED, "note 1: “colour”");
}

static void
test_store_newer (Fixture       *f,
                  gconstpointer  data)
{
  check_kept_aside (f, "{\"format\":\"accord-notes\",\"version\":2,\"notes\":[],\"future\":true}",
                    ACCORD_NOTES_ERROR_NEWER, "newer version");
}

static void
test_store_two_writers (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(AccordBriefing) briefing = briefing_with_body ("[\"One two three four.\"]");
  g_autoptr(AccordNoteStore) a = accord_note_store_new (f->file);
  g_autoptr(AccordNoteStore) b = accord_note_store_new (f->file);
  g_autoptr(AccordNoteStore) check = accord_note_store_new (f->file);
  g_autoptr(AccordNote) one = note_on (briefing, 0, "One", 0);
  g_autoptr(AccordNote) two = note_on (briefing, 0, "two", 0);
  g_autoptr(GError) error = NULL;
  AccordNote *b_one;

  g_assert_true (accord_note_store_load (a, &error));
  g_assert_true (accord_note_store_load (b, &error));

  accord_note_store_add (a, one);
  g_assert_true (accord_note_store_save (a, &error));
  accord_note_store_add (b, two);
  g_assert_true (accord_note_store_save (b, &error));
  g_assert_no_error (error);

  /* B's save kept A's note. */
  g_assert_true (accord_note_store_load (check, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (check)), ==, 2);

  /* A edits its note, B (which has an older copy) saves: A's edit stays. */
  accord_note_store_update (a, one, "edited in A", ACCORD_NOTE_COLOUR_GREEN);
  g_assert_true (accord_note_store_save (a, &error));
  g_assert_true (accord_note_store_save (b, &error));
  g_assert_true (accord_note_store_load (check, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (check)), ==, 2);
  g_assert_cmpstr (accord_note_get_body (accord_note_store_lookup (check, accord_note_get_id (one))),
                   ==, "edited in A");
  b_one = accord_note_store_lookup (b, accord_note_get_id (one));
  g_assert_cmpstr (accord_note_get_body (b_one), ==, "edited in A");

  /* A deletes it; B saves again and does not bring it back. */
  accord_note_store_remove (a, one);
  g_assert_true (accord_note_store_save (a, &error));
  g_assert_true (accord_note_store_save (b, &error));
  g_assert_true (accord_note_store_load (check, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (check)), ==, 1);
  g_assert_null (accord_note_store_lookup (check, accord_note_get_id (one)));
  g_assert_no_error (error);
}

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (accord_note_store_load_finish (ACCORD_NOTE_STORE (source), result, &error));
  g_assert_no_error (error);
  *(gboolean *) data = TRUE;
}

static void
test_store_load_async (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(AccordBriefing) before = briefing_with_body ("[\"Talks began in Seoul. The passage that matters. End.\"]");
  g_autoptr(AccordBriefing) after = briefing_with_body ("[\"New opening words. Talks began in Seoul. The passage that matters. End.\"]");
  g_autoptr(AccordNoteStore) writer = accord_note_store_new (f->file);
  g_autoptr(AccordNoteStore) store = accord_note_store_new (f->file);
  g_autoptr(AccordNote) note = note_on (before, 0, "The passage that matters", 0);
  g_autoptr(AccordNote) meanwhile = note_on (after, 0, "Talks", 0);
  g_autoptr(AccordNote) read = NULL;
  g_autoptr(GError) error = NULL;
  gboolean done = FALSE;

  accord_note_store_add (writer, note);
  g_assert_true (accord_note_store_save (writer, &error));

  /* Read and anchored in a worker; a note added meanwhile is kept. */
  accord_note_store_load_async (store, after, NULL, on_loaded, &done);
  g_assert_false (accord_note_store_get_loaded (store));
  accord_note_store_add (store, meanwhile);
  while (!done)
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (accord_note_store_get_loaded (store));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 2);
  read = g_list_model_get_item (G_LIST_MODEL (store), 0);
  g_assert_cmpstr (accord_note_get_id (read), ==, accord_note_get_id (note));
  g_assert_cmpuint (accord_note_get_start (read), ==, 22 + 19);
  g_assert_nonnull (accord_note_store_lookup (store, accord_note_get_id (meanwhile)));
  /* The note added meanwhile, and the new anchor, are to be saved. */
  g_assert_true (accord_note_store_get_dirty (store));
}

static void
test_store_key (void)
{
  g_autoptr(AccordBriefing) briefing = briefing_with_body ("[\"x\"]");
  g_autoptr(AccordBriefing) bundled = accord_loader_load_bundled (NULL);
  g_autofree char *key = accord_notes_dup_key (briefing);
  g_autofree char *bundled_key = accord_notes_dup_key (bundled);
  g_autofree char *digest = g_compute_checksum_for_string (G_CHECKSUM_SHA256, "bundled", -1);
  g_autofree char *expected = g_strdup_printf ("%s-%.16s", accord_briefing_get_id (bundled), digest);
  g_autoptr(GFile) file = accord_notes_dup_file_for_briefing (bundled);
  g_autofree char *expected_path = NULL;

  g_assert_true (g_str_has_prefix (key, "t-"));
  g_assert_cmpuint (strlen (key), ==, 2 + 16);
  g_assert_cmpstr (bundled_key, ==, expected);
  expected_path = g_build_filename (g_get_user_data_dir (), "accord", "notes", NULL);
  g_assert_true (g_str_has_prefix (g_file_peek_path (file), expected_path));
  g_assert_true (g_str_has_suffix (g_file_peek_path (file), ".json"));
}

/* Citations */

static const char citation_json[] =
  "{\"format\":\"accord-briefing\",\"version\":1,\"id\":\"c\",\"title\":\"Canada & <Korea>\","
  "\"sources\":[{\"id\":\"src\",\"title\":\"Roundtable notes\",\"publisher\":\"APF Canada\","
  "\"url\":\"https://example.org/a?b=1&c=2\",\"date\":\"2026-02-11\"}],"
  "\"actors\":[{\"id\":\"kim\",\"name\":\"Jeehye Kim\",\"organization\":\"Asia Pacific Foundation of Canada\"}],"
  "\"sections\":[{\"id\":\"view\",\"title\":\"Expert view\",\"body\":[\"Plain text.\"],"
  "\"quotes\":[{\"text\":\"Trust is <built> slowly\",\"speaker\":\"kim\",\"source\":\"src\"}]}]}";

static AccordBriefing *
citation_briefing (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (citation_json, strlen (citation_json));
  g_autoptr(GError) error = NULL;
  AccordBriefing *briefing = accord_loader_load_bytes (bytes, "c.json", &error);

  g_assert_no_error (error);
  return briefing;
}

static void
test_citation_c (void)
{
  g_autoptr(AccordBriefing) briefing = citation_briefing ();
  AccordSection *section = accord_briefing_lookup_section (briefing, "view");
  AccordQuote *quote = accord_section_get_quote (section, 0);
  g_autofree char *html = NULL;
  g_autofree char *plain = accord_citation_format (briefing, NULL, quote, NULL, "is <built>", &html);
  g_autofree char *section_html = NULL;
  g_autofree char *section_plain = NULL;

  g_assert_cmpstr (plain, ==,
                   "“is <built>” — Jeehye Kim, Asia Pacific Foundation of Canada, in “Canada & <Korea>”, "
                   "Expert view (source: Roundtable notes, APF Canada, https://example.org/a?b=1&c=2, 2026-02-11)");
  g_assert_cmpstr (html, ==,
                   "<p>“is &lt;built&gt;” — Jeehye Kim, Asia Pacific Foundation of Canada, in “Canada &amp; &lt;Korea&gt;”, "
                   "Expert view (source: <a href=\"https://example.org/a?b=1&amp;c=2\">Roundtable notes</a>, APF Canada, 2026-02-11)</p>");

  /* A section's text: no speaker; the one source its quotes cite. */
  section_plain = accord_citation_format (briefing, section, NULL, NULL, "Plain\ntext.", &section_html);
  g_assert_cmpstr (section_plain, ==,
                   "“Plain text.”, in “Canada & <Korea>”, Expert view "
                   "(source: Roundtable notes, APF Canada, https://example.org/a?b=1&c=2, 2026-02-11)");
  g_assert_true (g_str_has_prefix (section_html, "<p>“Plain text.”, in “Canada &amp; &lt;Korea&gt;”"));
}

static void
test_citation_fr (void)
{
  g_autoptr(AccordBriefing) briefing = citation_briefing ();
  AccordSection *section = accord_briefing_lookup_section (briefing, "view");
  AccordQuote *quote = accord_section_get_quote (section, 0);
  g_autofree char *html = NULL;
  g_autofree char *plain = NULL;
  char *old = g_strdup (setlocale (LC_ALL, NULL));

  if (setlocale (LC_ALL, "fr_FR.UTF-8") == NULL)
    {
      g_free (old);
      g_test_skip ("no fr_FR.UTF-8 locale");
      return;
    }
  g_setenv ("LANGUAGE", "fr", TRUE);
  /* The catalog the build makes, not whatever is installed. */
  bindtextdomain (GETTEXT_PACKAGE, TEST_LOCALE_DIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* Whatever the translation's order and punctuation, every part is there,
   * once, and nothing of the format is left over. */
  plain = accord_citation_format (briefing, NULL, quote, NULL, "is <built>", &html);
  /* And it is the French form, as French publications cite: guillemets
   * with no-break spaces, "dans", a no-break space before the colon. */
  g_assert_cmpstr (plain, ==,
                   "«\u00a0is <built>\u00a0» — Jeehye Kim, Asia Pacific Foundation of Canada, "
                   "dans «\u00a0Canada & <Korea>\u00a0», Expert view (source\u00a0: Roundtable notes, "
                   "APF Canada, https://example.org/a?b=1&c=2, 2026-02-11)");
  g_assert_nonnull (strstr (plain, "is <built>"));
  g_assert_nonnull (strstr (plain, "Jeehye Kim"));
  g_assert_nonnull (strstr (plain, "Asia Pacific Foundation of Canada"));
  g_assert_nonnull (strstr (plain, "Canada & <Korea>"));
  g_assert_nonnull (strstr (plain, "Expert view"));
  g_assert_nonnull (strstr (plain, "https://example.org/a?b=1&c=2"));
  g_assert_nonnull (strstr (plain, "2026-02-11"));
  g_assert_null (strchr (plain, '%'));
  g_assert_null (strchr (plain, '\n'));
  g_assert_nonnull (strstr (html, "is &lt;built&gt;"));
  g_assert_nonnull (strstr (html, "Canada &amp; &lt;Korea&gt;"));
  g_assert_null (strstr (html, "<built>"));
  g_assert_null (strchr (html, '%'));

  setlocale (LC_ALL, old);
  g_setenv ("LANGUAGE", "", TRUE);
  g_free (old);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/notes/anchor/offsets-shift", test_anchor_offsets_shift);
  g_test_add_func ("/notes/anchor/edited-around", test_anchor_edited_around);
  g_test_add_func ("/notes/anchor/deleted", test_anchor_deleted);
  g_test_add_func ("/notes/anchor/duplicates", test_anchor_duplicates);
  g_test_add_func ("/notes/anchor/hangul-combining", test_anchor_hangul_combining);
  g_test_add ("/notes/store/round-trip", Fixture, NULL, fixture_set_up, test_store_round_trip, fixture_tear_down);
  g_test_add ("/notes/store/damaged", Fixture, NULL, fixture_set_up, test_store_damaged, fixture_tear_down);
  g_test_add ("/notes/store/newer", Fixture, NULL, fixture_set_up, test_store_newer, fixture_tear_down);
  g_test_add ("/notes/store/two-writers", Fixture, NULL, fixture_set_up, test_store_two_writers, fixture_tear_down);
  g_test_add ("/notes/store/load-async", Fixture, NULL, fixture_set_up, test_store_load_async, fixture_tear_down);
  g_test_add_func ("/notes/store/key", test_store_key);
  g_test_add_func ("/notes/citation/C", test_citation_c);
  g_test_add_func ("/notes/citation/fr", test_citation_fr);

  return g_test_run ();
}
