/* accord-note-store.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "accord-note.h"

G_BEGIN_DECLS

#define ACCORD_NOTES_FORMAT  "accord-notes"
#define ACCORD_NOTES_VERSION 1

/* Notes files are read with the JSON check's bounds, scaled to notes. */
#define ACCORD_NOTES_MAX_FILE_SIZE (64 * 1024 * 1024)

typedef enum
{
  ACCORD_NOTES_ERROR_DAMAGED,  /* not a notes file we can read: kept aside */
  ACCORD_NOTES_ERROR_NEWER,    /* from a newer Accord: kept aside */
} AccordNotesError;

#define ACCORD_NOTES_ERROR (accord_notes_error_quark ())
GQuark accord_notes_error_quark (void);

#define ACCORD_TYPE_NOTE_STORE (accord_note_store_get_type ())

G_DECLARE_FINAL_TYPE (AccordNoteStore, accord_note_store, ACCORD, NOTE_STORE, GObject)

char            *accord_notes_dup_key                 (AccordBriefing    *briefing);
GFile           *accord_notes_dup_file_for_briefing   (AccordBriefing    *briefing);

AccordNoteStore *accord_note_store_new                (GFile             *file);
GFile           *accord_note_store_get_file           (AccordNoteStore   *self);
gboolean         accord_note_store_load               (AccordNoteStore   *self,
                                                       GError           **error);
void             accord_note_store_load_async         (AccordNoteStore   *self,
                                                       AccordBriefing    *briefing,
                                                       GCancellable      *cancellable,
                                                       GAsyncReadyCallback callback,
                                                       gpointer           user_data);
gboolean         accord_note_store_load_finish        (AccordNoteStore   *self,
                                                       GAsyncResult      *result,
                                                       GError           **error);
gboolean         accord_note_store_get_loaded         (AccordNoteStore   *self);
gboolean         accord_note_store_save               (AccordNoteStore   *self,
                                                       GError           **error);
gboolean         accord_note_store_get_dirty          (AccordNoteStore   *self);
void             accord_note_store_set_briefing_info  (AccordNoteStore   *self,
                                                       AccordBriefing    *briefing);

void             accord_note_store_add                (AccordNoteStore   *self,
                                                       AccordNote        *note);
void             accord_note_store_remove             (AccordNoteStore   *self,
                                                       AccordNote        *note);
void             accord_note_store_update             (AccordNoteStore   *self,
                                                       AccordNote        *note,
                                                       const char        *body,
                                                       AccordNoteColour   colour);
AccordNote      *accord_note_store_lookup             (AccordNoteStore   *self,
                                                       const char        *id);
void             accord_note_store_anchor             (AccordNoteStore   *self,
                                                       AccordBriefing    *briefing);
GPtrArray       *accord_note_store_list_in_order      (AccordNoteStore   *self,
                                                       AccordBriefing    *briefing);

GPtrArray       *accord_notes_dup_export_annotations  (AccordNoteStore   *self,
                                                       AccordBriefing    *briefing);

/* For the file's reader and writer, and the fuzzer. */
GPtrArray       *accord_notes_parse                   (const char        *data,
                                                       gsize              length,
                                                       const char        *display_name,
                                                       GError           **error);
GBytes          *accord_notes_serialize               (GPtrArray         *notes,
                                                       const char        *briefing_id,
                                                       const char        *briefing_source);

G_END_DECLS
