/* accord-note-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "accord-note.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_NOTE_ROW (accord_note_row_get_type ())

G_DECLARE_FINAL_TYPE (AccordNoteRow, accord_note_row, ACCORD, NOTE_ROW, GtkWidget)

GtkWidget *accord_note_row_new      (void);
void       accord_note_row_set_note (AccordNoteRow *self,
                                     AccordNote    *note,
                                     gboolean       first_of_section);

G_END_DECLS
