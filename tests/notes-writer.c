/* notes-writer.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For test-cli-notes.py's kill test: loads the notes file FILE, adds N
 * notes, each with a note of some length, and saves it, as the window
 * does.  Exit status 0 once saved.
 *
 * Usage: notes-writer FILE N
 */

#include "config.h"

#include <stdlib.h>

#include "accord-note-store.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(AccordNoteStore) store = NULL;
  g_autoptr(GError) error = NULL;
  static const char text[] = "A paragraph of the briefing, with a passage in it.";
  guint n;

  if (argc != 3)
    {
      g_printerr ("usage: notes-writer FILE N\n");
      return 2;
    }
  file = g_file_new_for_commandline_arg (argv[1]);
  n = atoi (argv[2]);
  store = accord_note_store_new (file);
  if (!accord_note_store_load (store, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AccordNote) note = accord_note_new (ACCORD_NOTE_TARGET_SECTION, "signing",
                                                    ACCORD_NOTE_FIELD_BODY, 0, text, 2, 11);
      g_autofree char *body = g_strdup_printf ("Note %u: %s %s %s", i, text, text, text);

      accord_note_store_add (store, note);
      accord_note_store_update (store, note, body, i % ACCORD_NOTE_N_COLOURS);
    }
  if (!accord_note_store_save (store, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  return 0;
}
