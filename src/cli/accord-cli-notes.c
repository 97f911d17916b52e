/* accord-cli-notes.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * accord --list-notes [FILE]: the reader's notes on a briefing, one a
 * line, in document order: section (or event) title, tab, quoted text,
 * tab, note.  And the notes for --export=… --notes / --notes-only.
 */

#define G_LOG_DOMAIN "accord-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "accord-briefing.h"
#include "accord-cli.h"
#include "accord-export.h"
#include "accord-note-store.h"

/**
 * accord_cli_load_notes:
 *
 * The notes of @briefing, anchored in it.  A notes file that cannot be
 * read is said on standard error (it has been kept aside).
 *
 * Returns: (transfer full) (nullable): the store, or %NULL if the notes
 *   could not be read at all
 */
AccordNoteStore *
accord_cli_load_notes (AccordBriefing *briefing)
{
  g_autoptr(GFile) file = accord_notes_dup_file_for_briefing (briefing);
  g_autoptr(AccordNoteStore) store = accord_note_store_new (file);
  g_autoptr(GError) error = NULL;

  if (!accord_note_store_load (store, &error))
    {
      g_printerr ("accord: %s\n", error->message);
      if (!g_error_matches (error, ACCORD_NOTES_ERROR, ACCORD_NOTES_ERROR_DAMAGED)
          && !g_error_matches (error, ACCORD_NOTES_ERROR, ACCORD_NOTES_ERROR_NEWER))
        return NULL;
    }
  /* Anchored for this run only: the command line does not write the
   * notes file (the window does when it next opens the briefing). */
  accord_note_store_anchor (store, briefing);
  return g_steal_pointer (&store);
}

int
accord_cli_list_notes (const char * const *files)
{
  g_autoptr(AccordBriefing) briefing = accord_cli_load_briefing (files);
  g_autoptr(AccordNoteStore) store = NULL;
  g_autoptr(GPtrArray) notes = NULL;

  if (briefing == NULL)
    return 1;
  store = accord_cli_load_notes (briefing);
  if (store == NULL)
    return 1;

  notes = accord_note_store_list_in_order (store, briefing);
  for (guint i = 0; i < notes->len; i++)
    {
      AccordNote *note = g_ptr_array_index (notes, i);
      const char *where = accord_note_get_target_title (note);
      g_autofree char *title = accord_text_clean (where != NULL ? where : accord_note_get_target_id (note),
                                                  ACCORD_CLI_CLEAN);
      g_autofree char *exact = accord_text_clean (accord_note_get_field (note) != NULL
                                                  ? accord_note_get_exact (note) : "",
                                                  ACCORD_CLI_CLEAN);
      g_autofree char *body = accord_text_clean (accord_note_get_body (note) != NULL
                                                 ? accord_note_get_body (note) : "",
                                                 ACCORD_CLI_CLEAN);

      /* Raw UTF-8 bytes: g_print() would convert to the locale's charset. */
      fprintf (stdout, "%s\t%s\t%s%s\n", title, exact, body,
               /* Translators: after a note, in accord --list-notes */
               accord_note_get_detached (note) ? _(" (no longer in the briefing)") : "");
    }

  return 0;
}
