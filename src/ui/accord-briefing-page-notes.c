/* accord-briefing-page-notes.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reader's notes in the briefing page: the application's store for the
 * briefing handed to the section view and to the Notes view (built the
 * first time it is shown), a note activated there shown in its section
 * (or its event on the timeline), and notes on an event written from its
 * card.
 */

#define G_LOG_DOMAIN "accord-briefing-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "accord-briefing.h"
#include "accord-briefing-page-private.h"
#include "accord-note-stores.h"
#include "accord-event.h"
#include "accord-note-popover.h"
#include "accord-notes-page.h"
#include "accord-search-panel.h"
#include "accord-section.h"
#include "accord-section-view.h"

static void
on_note_activated (AccordBriefingPage *self,
                   AccordNote         *note)
{
  AccordSection *section;

  if (self->briefing != NULL && accord_note_get_target_kind (note) == ACCORD_NOTE_TARGET_EVENT)
    {
      AccordEvent *event = accord_briefing_lookup_event (self->briefing, accord_note_get_target_id (note));

      if (event != NULL)
        accord_briefing_page_show_event (self, event);
      return;
    }
  if (self->briefing == NULL)
    return;
  section = accord_briefing_lookup_section (self->briefing, accord_note_get_target_id (note));
  if (section == NULL)
    return;
  accord_briefing_page_show_section (self, section);
  accord_section_view_show_note (self->section_view, note);
}

static gboolean
unparent_popover (gpointer data)
{
  gtk_widget_unparent (GTK_WIDGET (data));
  return G_SOURCE_REMOVE;
}

static void
on_popover_closed (GtkWidget *popover)
{
  /* Unparented once closed (not while it emits "closed"). */
  g_idle_add (unparent_popover, popover);
}

/* notes.note-on-event (the event card's button): a note on the event, in
 * a popover beside the button. */
static void
note_on_event_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  AccordBriefingPage *self = ACCORD_BRIEFING_PAGE (widget);
  AccordEvent *event;
  g_autoptr(AccordNote) note = NULL;
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *anchor = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *popover;
  guint n;

  if (self->notes == NULL || self->briefing == NULL)
    return;
  event = accord_briefing_lookup_event (self->briefing, g_variant_get_string (parameter, NULL));
  if (event == NULL)
    return;

  /* One note an event: the one it has, else a new one. */
  n = g_list_model_get_n_items (G_LIST_MODEL (self->notes));
  for (guint i = 0; i < n && note == NULL; i++)
    {
      g_autoptr(AccordNote) other = g_list_model_get_item (G_LIST_MODEL (self->notes), i);

      if (accord_note_get_target_kind (other) == ACCORD_NOTE_TARGET_EVENT
          && accord_note_get_field (other) == NULL
          && g_strcmp0 (accord_note_get_target_id (other), accord_event_get_id (event)) == 0)
        note = g_steal_pointer (&other);
    }
  if (note == NULL)
    {
      note = accord_note_new (ACCORD_NOTE_TARGET_EVENT, accord_event_get_id (event), NULL, 0, NULL, 0, 0);
      accord_note_set_target_title (note, accord_event_get_title (event));
      accord_note_store_add (self->notes, note);
    }

  if (anchor == NULL || !gtk_widget_is_ancestor (anchor, widget))
    anchor = widget;
  popover = accord_note_popover_new ();
  gtk_widget_set_parent (popover, anchor);
  g_signal_connect (popover, "closed", G_CALLBACK (on_popover_closed), NULL);
  accord_note_popover_set_note (ACCORD_NOTE_POPOVER (popover), self->notes, note);
  gtk_popover_popup (GTK_POPOVER (popover));
}

void
_accord_briefing_page_notes_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "notes.note-on-event", "s", note_on_event_action);
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
  if (self->search_panel != NULL)
    accord_search_panel_set_notes (self->search_panel, store);
  if (self->notes_page != NULL)
    accord_notes_page_set_notes (self->notes_page, store, self->briefing);
}
