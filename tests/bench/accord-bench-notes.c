/* accord-bench-notes.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reader's notes at scale: N notes (10,000 by default) on passages of
 * a briefing, deterministic; the notes file saved and loaded; the notes
 * anchored; and opening the briefing with its notes (load, read the notes,
 * anchor them) against opening it without: as the window does it (the
 * notes read and anchored in a worker thread: only starting it is on the
 * way to the first frame) and all in one thread (the time until the notes
 * are shown).  Medians of --runs runs, then one JSON line: notes,
 * notes_file_mb, save_ms, load_ms, anchor_ms, open_ms, open_window_ms,
 * open_ratio (the window's ÷ without), notes_ready_ms, notes_ready_ratio.
 *
 * Usage: accord-bench-notes [--runs=N] [--notes=N] FILE
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>

#include "accord-briefing.h"
#include "accord-loader.h"
#include "accord-note-store.h"
#include "accord-section.h"

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

static double
median (GArray *times)
{
  g_array_sort (times, compare_double);
  return g_array_index (times, double, times->len / 2);
}

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

typedef struct
{
  const char *id;
  const char *field;
  guint index;
  const char *text;
} Field;

static void
collect (AccordBriefing *briefing,
         GArray         *fields)
{
  GListModel *all = accord_briefing_get_all_sections (briefing);

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(AccordSection) section = g_list_model_get_item (all, i);
      const char * const *body = accord_section_get_body (section);
      const char * const *points = accord_section_get_key_points (section);
      Field f;

      for (guint j = 0; body != NULL && body[j] != NULL; j++)
        {
          f = (Field) { accord_section_get_id (section), ACCORD_NOTE_FIELD_BODY, j, body[j] };
          g_array_append_val (fields, f);
        }
      for (guint j = 0; points != NULL && points[j] != NULL; j++)
        {
          f = (Field) { accord_section_get_id (section), ACCORD_NOTE_FIELD_KEY_POINTS, j, points[j] };
          g_array_append_val (fields, f);
        }
    }
}

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  g_autoptr(GError) error = NULL;

  if (!accord_note_store_load_finish (ACCORD_NOTE_STORE (source), result, &error))
    g_error ("%s", error->message);
  *(gboolean *) data = TRUE;
}

static AccordBriefing *
load (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  AccordBriefing *briefing = accord_loader_load_file (file, path, NULL, &error);

  if (briefing == NULL)
    g_error ("%s", error->message);
  return briefing;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("FILE");
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordBriefing) briefing = NULL;
  g_autoptr(AccordNoteStore) store = NULL;
  g_autoptr(GArray) fields = g_array_new (FALSE, FALSE, sizeof (Field));
  g_autoptr(GArray) save_t = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) load_t = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) anchor_t = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) open_t = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) open_notes_t = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) open_async_t = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GFile) notes_file = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (2026);
  g_autofree char *dir = NULL;
  g_autofree char *notes_path = NULL;
  int runs = 5, n_notes = 10000;
  GOptionEntry entries[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Timed runs (median)", "N" },
    { "notes", 0, 0, G_OPTION_ARG_INT, &n_notes, "Notes to make", "N" },
    { NULL }
  };
  GStatBuf st;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2)
    {
      g_printerr ("usage: accord-bench-notes [--runs=N] [--notes=N] FILE\n");
      return 2;
    }

  briefing = load (argv[1]);
  collect (briefing, fields);
  if (fields->len == 0)
    g_error ("%s has no paragraphs to note", argv[1]);

  dir = g_dir_make_tmp ("accord-bench-notes-XXXXXX", NULL);
  notes_path = g_build_filename (dir, "notes.json", NULL);
  notes_file = g_file_new_for_path (notes_path);
  store = accord_note_store_new (notes_file);
  accord_note_store_set_briefing_info (store, briefing);

  for (int i = 0; i < n_notes; i++)
    {
      const Field *f = &g_array_index (fields, Field, g_rand_int_range (rand, 0, fields->len));
      glong length = g_utf8_strlen (f->text, -1);
      glong span = MIN (length, g_rand_int_range (rand, 12, 80));
      glong start = length > span ? g_rand_int_range (rand, 0, length - span) : 0;
      g_autoptr(AccordNote) note = accord_note_new (ACCORD_NOTE_TARGET_SECTION, f->id, f->field, f->index,
                                                    f->text, start, start + span);
      g_autofree char *body = g_strdup_printf ("Note %d: to check against the statement and the minutes, "
                                               "and to quote in the memo of the week.", i);

      accord_note_store_add (store, note);
      accord_note_store_update (store, note, body, i % ACCORD_NOTE_N_COLOURS);
    }

  for (int r = 0; r < runs; r++)
    {
      g_autoptr(AccordNoteStore) loaded = accord_note_store_new (notes_file);
      g_autoptr(AccordNote) first = g_list_model_get_item (G_LIST_MODEL (store), 0);
      g_autofree char *body = g_strdup_printf ("Edited %d", r);
      double t0, t1;

      /* A change, so that each save writes. */
      accord_note_store_update (store, first, body, ACCORD_NOTE_COLOUR_BLUE);
      t0 = now_ms ();
      if (!accord_note_store_save (store, &error))
        g_error ("%s", error->message);
      t1 = now_ms ();
      g_array_append_val (save_t, (double) { t1 - t0 });

      t0 = now_ms ();
      if (!accord_note_store_load (loaded, &error))
        g_error ("%s", error->message);
      t1 = now_ms ();
      g_array_append_val (load_t, (double) { t1 - t0 });
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (loaded)), ==, n_notes);

      t0 = now_ms ();
      accord_note_store_anchor (loaded, briefing);
      t1 = now_ms ();
      g_array_append_val (anchor_t, (double) { t1 - t0 });
    }

  /* Opening: the briefing alone, then with its notes read and anchored,
   * alternating. */
  for (int r = 0; r < runs; r++)
    {
      double t0, t1;

      t0 = now_ms ();
      {
        g_autoptr(AccordBriefing) b = load (argv[1]);
      }
      t1 = now_ms ();
      g_array_append_val (open_t, (double) { t1 - t0 });

      t0 = now_ms ();
      {
        g_autoptr(AccordBriefing) b = load (argv[1]);
        g_autoptr(AccordNoteStore) s = accord_note_store_new (notes_file);

        if (!accord_note_store_load (s, &error))
          g_error ("%s", error->message);
        accord_note_store_anchor (s, b);
      }
      t1 = now_ms ();
      g_array_append_val (open_notes_t, (double) { t1 - t0 });

      /* The window's way: the briefing, and the notes' worker started. */
      {
        g_autoptr(AccordBriefing) b = NULL;
        g_autoptr(AccordNoteStore) s = accord_note_store_new (notes_file);
        gboolean done = FALSE;

        t0 = now_ms ();
        b = load (argv[1]);
        accord_note_store_load_async (s, b, NULL, on_loaded, &done);
        t1 = now_ms ();
        g_array_append_val (open_async_t, (double) { t1 - t0 });
        while (!done)
          g_main_context_iteration (NULL, TRUE);
      }
    }

  g_stat (notes_path, &st);
  g_print ("notes                      %d\n", n_notes);
  g_print ("notes file                 %.2f MB\n", st.st_size / 1e6);
  g_print ("save (atomic, synced)      %.1f ms\n", median (save_t));
  g_print ("load                       %.1f ms\n", median (load_t));
  g_print ("anchor                     %.1f ms\n", median (anchor_t));
  g_print ("open without notes         %.1f ms\n", median (open_t));
  g_print ("open with notes, window    %.1f ms  (notes read in a worker)\n", median (open_async_t));
  g_print ("ratio (target <= 1.10)     %.3f\n", median (open_async_t) / median (open_t));
  g_print ("notes ready, one thread    %.1f ms  (ratio %.3f)\n", median (open_notes_t),
           median (open_notes_t) / median (open_t));
  g_print ("{\"notes\": %d, \"notes_file_mb\": %.2f, \"save_ms\": %.1f, \"load_ms\": %.1f, "
           "\"anchor_ms\": %.1f, \"open_ms\": %.1f, \"open_window_ms\": %.1f, \"open_ratio\": %.3f, "
           "\"notes_ready_ms\": %.1f, \"notes_ready_ratio\": %.3f}\n",
           n_notes, st.st_size / 1e6, median (save_t), median (load_t), median (anchor_t),
           median (open_t), median (open_async_t), median (open_async_t) / median (open_t),
           median (open_notes_t), median (open_notes_t) / median (open_t));

  g_unlink (notes_path);
  g_rmdir (dir);
  return 0;
}
