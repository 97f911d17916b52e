/* accord-notes-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "accord-note-store.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_NOTES_PAGE (accord_notes_page_get_type ())

G_DECLARE_FINAL_TYPE (AccordNotesPage, accord_notes_page, ACCORD, NOTES_PAGE, GtkWidget)

GtkWidget *accord_notes_page_new       (void);
void       accord_notes_page_set_notes (AccordNotesPage *self,
                                        AccordNoteStore *notes,
                                        AccordBriefing  *briefing);
void       accord_notes_page_focus     (AccordNotesPage *self);

G_END_DECLS
