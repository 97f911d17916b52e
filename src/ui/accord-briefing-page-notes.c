/* accord-briefing-page-notes.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reader's notes in the briefing page: the application's store for the
 * briefing handed to the section view and to the Notes view (built the
 * first time it is shown), and a note activated there shown in its
 * section.
 */

#define G_LOG_DOMAIN "accord-briefing-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "accord-briefing.h"
#include "accord-briefing-page-private.h"
#include "accord-note-stores.h"
#include "accord-notes-page.h"
#include "accord-search-panel.h"
#include "accord-section.h"
#include "accord-section-view.h"

static void
on_note_activated (AccordBriefingPage *self,
                   AccordNote         *note)
{
  AccordSection *section;

  if (self->briefing == NULL || accord_note_get_target_kind (note) != ACCORD_NOTE_TARGET_SECTION)
    return;
  section = accord_briefing_lookup_section (self->briefing, accord_note_get_target_id (note));
  if (section == NULL)
    return;
  accord_briefing_page_show_section (self, section);
  accord_section_view_show_note (self->section_view, note);
}

void
_accord_briefing_page_ensure_notes_page (AccordBriefingPage *self)
{
  if (self->notes_page != NULL)
    return;

  self->notes_page = ACCORD_NOTES_PAGE (accord_notes_page_new ());
  g_signal_connect_object (self->notes_page, "note-activated",
                           G_CALLBACK (on_note_activated), self, G_CONNECT_SWAPPED);
  accord_notes_page_set_notes (self->notes_page, self->notes, self->briefing);
  adw_bin_set_child (self->notes_bin, GTK_WIDGET (self->notes_page));
}

/* Called whenever a briefing is shown, reloads included: the notes are
 * anchored again in it. */
void
_accord_briefing_page_update_notes (AccordBriefingPage *self)
{
  AccordNoteStore *store;

  store = accord_note_stores_get (g_application_get_default (), self->briefing);
  g_set_object (&self->notes, store);
  accord_section_view_set_notes (self->section_view, store, self->briefing);
  accord_search_panel_set_notes (self->search_panel, store);
  if (self->notes_page != NULL)
    accord_notes_page_set_notes (self->notes_page, store, self->briefing);
}
