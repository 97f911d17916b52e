/* accord-export-notes.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Include my notes", shared by Export… and Print: the reader's choice is
 * kept for the session (the dialog remembers nothing else either), and
 * until it is made, notes are included when the briefing has any.  The
 * notes come from the application's store, as the window shows them, and
 * go to the export as the command line's --notes gives them.
 */

#define G_LOG_DOMAIN "accord-export"

#include "config.h"

#include "accord-briefing.h"
#include "accord-export-notes.h"
#include "accord-note-stores.h"

/* -1 until the reader chooses; then FALSE or TRUE. */
static int include_choice = -1;

/**
 * accord_export_notes_get_include:
 * @has_notes: whether the briefing has notes
 *
 * Whether to include the notes: never without any; otherwise as the
 * reader last chose in this session, or yes.
 */
gboolean
accord_export_notes_get_include (gboolean has_notes)
{
  return has_notes && include_choice != FALSE;
}

void
accord_export_notes_set_include (gboolean include)
{
  include_choice = !!include;
}

static AccordNoteStore *
get_store (AccordBriefing *briefing)
{
  return accord_note_stores_get (g_application_get_default (), briefing);
}

gboolean
accord_export_notes_has_notes (AccordBriefing *briefing)
{
  AccordNoteStore *store;

  g_return_val_if_fail (ACCORD_IS_BRIEFING (briefing), FALSE);

  store = get_store (briefing);
  return store != NULL && g_list_model_get_n_items (G_LIST_MODEL (store)) > 0;
}

/**
 * accord_export_notes_dup_annotations:
 *
 * Returns: (transfer full) (nullable): the notes of @briefing for an
 *   export (#AccordExportAnnotation), or %NULL if it has none
 */
GPtrArray *
accord_export_notes_dup_annotations (AccordBriefing *briefing)
{
  AccordNoteStore *store;

  g_return_val_if_fail (ACCORD_IS_BRIEFING (briefing), NULL);

  if (!accord_export_notes_has_notes (briefing))
    return NULL;
  store = get_store (briefing);
  return accord_notes_dup_export_annotations (store, briefing);
}
