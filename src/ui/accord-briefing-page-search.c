/* accord-briefing-page-search.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The search in the briefing page's sidebar: the panel, made after the
 * first frame or when first needed, its results opened as places of the
 * reader's history, and the Search button bound to it.
 */

#define G_LOG_DOMAIN "accord-briefing-page"

#include "config.h"

#include <adwaita.h>

#include "accord-briefing-page-private.h"
#include "accord-search-panel.h"

/* A result opened from a search (so from the panel, which exists): the
 * search is a place of the history, before the result. */
static void
record_search (AccordBriefingPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (accord_search_panel_get_entry (self->search_panel)));

  if (text != NULL && text[0] != '\0')
    _accord_briefing_page_record (self, "search", text);
}

static void
on_panel_section_activated (AccordBriefingPage *self,
                            AccordSection      *section)
{
  record_search (self);
  accord_briefing_page_show_section (self, section);
}

static void
on_panel_event_activated (AccordBriefingPage *self,
                          AccordEvent        *event)
{
  record_search (self);
  accord_briefing_page_show_event (self, event);
}

static void
on_panel_person_activated (AccordBriefingPage *self,
                           AccordActor        *actor)
{
  record_search (self);
  accord_briefing_page_show_person (self, actor);
}

static void
on_search_mode_changed (AccordBriefingPage *self)
{
  /* Escape puts the reader back on the sections, where they were. */
  if (!accord_search_panel_get_search_mode (self->search_panel) &&
      gtk_widget_get_mapped (GTK_WIDGET (self->section_list)))
    _accord_briefing_page_focus_selected_row (self);
}

/* Once the panel is made, the button and its search mode are bound. */
static void
on_search_button_active (AccordBriefingPage *self)
{
  if (self->search_panel == NULL && gtk_toggle_button_get_active (self->search_button))
    accord_search_panel_set_search_mode (_accord_briefing_page_ensure_search_panel (self), TRUE);
}

/**
 * _accord_briefing_page_ensure_search_panel:
 *
 * The search panel (its entry, its results, its index) is no part of a
 * briefing's first frame, and making it was a third of the page's: it is
 * made just after that frame, or as soon as anything needs it.
 *
 * Returns: (transfer none): the panel
 */
AccordSearchPanel *
_accord_briefing_page_ensure_search_panel (AccordBriefingPage *self)
{
  AccordSearchPanel *panel;

  if (self->search_panel != NULL)
    return self->search_panel;

  g_clear_handle_id (&self->search_panel_source, g_source_remove);
  panel = self->search_panel = ACCORD_SEARCH_PANEL (accord_search_panel_new ());
  gtk_box_insert_child_after (GTK_BOX (self->sidebar), GTK_WIDGET (panel), self->sidebar_header);
  g_signal_connect_object (panel, "notify::search-mode", G_CALLBACK (on_search_mode_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (panel, "section-activated", G_CALLBACK (on_panel_section_activated), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (panel, "event-activated", G_CALLBACK (on_panel_event_activated), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (panel, "person-activated", G_CALLBACK (on_panel_person_activated), self, G_CONNECT_SWAPPED);
  g_object_bind_property (panel, "search-mode", self->search_button, "active",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_object_bind_property (panel, "searching", self->sections_pane, "visible",
                          G_BINDING_SYNC_CREATE | G_BINDING_INVERT_BOOLEAN);

  accord_search_panel_set_section_view (panel, self->section_view);
  accord_search_panel_set_key_capture_widget (panel, self->sidebar);
  if (self->briefing != NULL)
    accord_search_panel_set_briefing (panel, self->briefing);
  if (self->notes != NULL)
    accord_search_panel_set_notes (panel, self->notes);

  return panel;
}

static gboolean
make_search_panel_when_idle (gpointer data)
{
  AccordBriefingPage *self = data;

  self->search_panel_source = 0;
  _accord_briefing_page_ensure_search_panel (self);

  return G_SOURCE_REMOVE;
}

void
_accord_briefing_page_search_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_search_button_active);
}

void
_accord_briefing_page_init_search (AccordBriefingPage *self)
{
  self->search_panel_source = g_idle_add (make_search_panel_when_idle, self);
}

/* The panel holds the view: it lets it go before the template does. */
void
_accord_briefing_page_dispose_search (AccordBriefingPage *self)
{
  g_clear_handle_id (&self->search_panel_source, g_source_remove);
  if (self->search_panel != NULL)
    accord_search_panel_set_section_view (self->search_panel, NULL);
}

/**
 * accord_briefing_page_begin_search:
 * @text: (nullable): words to search for
 *
 * Opens the search in the sidebar (bringing it forward in a folded window)
 * with its entry focused.
 */
void
accord_briefing_page_begin_search (AccordBriefingPage *self,
                                   const char         *text)
{
  g_return_if_fail (ACCORD_IS_BRIEFING_PAGE (self));

  _accord_briefing_page_show_pane (self, GTK_WIDGET (self->sidebar_bin));
  accord_search_panel_begin (_accord_briefing_page_ensure_search_panel (self), text);
}

/**
 * accord_briefing_page_step_match:
 * @direction: 1 for the next match, -1 for the previous one
 */
void
accord_briefing_page_step_match (AccordBriefingPage *self,
                                 int                 direction)
{
  g_return_if_fail (ACCORD_IS_BRIEFING_PAGE (self));

  accord_search_panel_step_match (_accord_briefing_page_ensure_search_panel (self), direction);
}

/**
 * accord_briefing_page_get_search_panel:
 *
 * The panel is made just after the page's first frame; asked for before
 * that, it is made now.
 *
 * Returns: (transfer none): the search panel
 */
AccordSearchPanel *
accord_briefing_page_get_search_panel (AccordBriefingPage *self)
{
  g_return_val_if_fail (ACCORD_IS_BRIEFING_PAGE (self), NULL);

  return _accord_briefing_page_ensure_search_panel (self);
}
