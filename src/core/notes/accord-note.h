/* accord-note.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "accord-types.h"

G_BEGIN_DECLS

/* The colours a highlight can have: a small fixed set, named in the file
 * by accord_note_colour_to_string(). */
typedef enum
{
  ACCORD_NOTE_COLOUR_YELLOW,
  ACCORD_NOTE_COLOUR_GREEN,
  ACCORD_NOTE_COLOUR_BLUE,
  ACCORD_NOTE_COLOUR_PINK,
  ACCORD_NOTE_COLOUR_PURPLE,
  ACCORD_NOTE_N_COLOURS,
} AccordNoteColour;

typedef enum
{
  ACCORD_NOTE_TARGET_SECTION,
  ACCORD_NOTE_TARGET_EVENT,
} AccordNoteTargetKind;

/* The fields a passage can be in.  A note without a field is on the whole
 * section or event.  body, key-points and quotes are lists: the note has
 * an index into them. */
#define ACCORD_NOTE_FIELD_TITLE      "title"
#define ACCORD_NOTE_FIELD_SUMMARY    "summary"
#define ACCORD_NOTE_FIELD_BODY       "body"
#define ACCORD_NOTE_FIELD_KEY_POINTS "key-points"
#define ACCORD_NOTE_FIELD_QUOTES     "quotes"

/* Characters of context kept on each side of a passage. */
#define ACCORD_NOTE_CONTEXT_LENGTH 32

#define ACCORD_TYPE_NOTE (accord_note_get_type ())

G_DECLARE_FINAL_TYPE (AccordNote, accord_note, ACCORD, NOTE, GObject)

AccordNote           *accord_note_new                (AccordNoteTargetKind  kind,
                                                      const char           *target_id,
                                                      const char           *field,
                                                      guint                 index,
                                                      const char           *field_text,
                                                      guint                 start,
                                                      guint                 end);
AccordNote           *accord_note_copy               (AccordNote           *self);

const char           *accord_note_get_id             (AccordNote           *self);
AccordNoteTargetKind  accord_note_get_target_kind    (AccordNote           *self);
const char           *accord_note_get_target_id      (AccordNote           *self);
const char           *accord_note_get_target_title   (AccordNote           *self);
void                  accord_note_set_target_title   (AccordNote           *self,
                                                      const char           *title);
const char           *accord_note_get_field          (AccordNote           *self);
guint                 accord_note_get_index          (AccordNote           *self);
const char           *accord_note_get_exact          (AccordNote           *self);
const char           *accord_note_get_prefix         (AccordNote           *self);
const char           *accord_note_get_suffix         (AccordNote           *self);
guint                 accord_note_get_start          (AccordNote           *self);
guint                 accord_note_get_end            (AccordNote           *self);
const char           *accord_note_get_body           (AccordNote           *self);
AccordNoteColour      accord_note_get_colour         (AccordNote           *self);
const char           *accord_note_get_created        (AccordNote           *self);
const char           *accord_note_get_modified       (AccordNote           *self);
gboolean              accord_note_get_detached       (AccordNote           *self);

gboolean              accord_note_anchor             (AccordNote           *self,
                                                      AccordBriefing       *briefing);
const char           *accord_note_get_field_text     (AccordBriefing       *briefing,
                                                      AccordNoteTargetKind  kind,
                                                      const char           *target_id,
                                                      const char           *field,
                                                      guint                 index);
int                   accord_note_compare            (AccordNote           *a,
                                                      AccordNote           *b,
                                                      AccordBriefing       *briefing);

const char           *accord_note_colour_to_string   (AccordNoteColour      colour);
gboolean              accord_note_colour_from_string (const char           *text,
                                                      AccordNoteColour     *colour);
const char           *accord_note_colour_get_label   (AccordNoteColour      colour);
guint32               accord_note_colour_get_rgb     (AccordNoteColour      colour);

G_END_DECLS
