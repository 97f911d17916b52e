/* accord-notes-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by the note, its anchoring, the store and the store's file.
 */

#pragma once

#include "accord-note.h"

G_BEGIN_DECLS

struct _AccordNote
{
  GObject parent_instance;

  char *id;
  AccordNoteTargetKind kind;
  char *target_id;
  char *target_title;   /* the section's title when it was last seen */
  char *field;          /* NULL: the whole section or event */
  guint index;
  char *exact;
  char *prefix;
  char *suffix;
  guint start;          /* in characters of the field's text */
  guint end;
  char *body;
  AccordNoteColour colour;
  char *created;        /* ISO 8601, UTC */
  char *modified;
  gboolean detached;
};

AccordNote *_accord_note_new_empty (void);
char       *_accord_note_now       (void);
void        _accord_note_set_context (AccordNote *self,
                                      const char *field_text,
                                      guint       start,
                                      guint       end);

G_END_DECLS
