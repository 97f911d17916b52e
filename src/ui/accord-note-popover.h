/* accord-note-popover.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "accord-note-store.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_NOTE_POPOVER (accord_note_popover_get_type ())

G_DECLARE_FINAL_TYPE (AccordNotePopover, accord_note_popover, ACCORD, NOTE_POPOVER, GtkPopover)

GtkWidget  *accord_note_popover_new      (void);
void        accord_note_popover_set_note (AccordNotePopover *self,
                                          AccordNoteStore   *store,
                                          AccordNote        *note);
AccordNote *accord_note_popover_get_note (AccordNotePopover *self);

G_END_DECLS
