/* accord-window-search.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Search in the sidebar: the query, its results, and stepping through the
 * matches of the section shown.
 */

#define G_LOG_DOMAIN "accord-window"

#include "config.h"

#include <glib/gi18n.h>

#include "accord-window-private.h"

void
accord_window_begin_search (AccordWindow *self,
                            const char   *query)
{
  g_return_if_fail (ACCORD_IS_WINDOW (self));

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  if (query != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), query);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
on_search_changed (AccordWindow *self)
{
}

void
on_search_activate (AccordWindow *self)
{
}

void
on_search_stop (AccordWindow *self)
{
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  gtk_stack_set_visible_child_name (self->sidebar_stack, "sections");
}

void
on_result_activated (AccordWindow *self,
                     guint         position)
{
}

void
_accord_window_search_briefing_changed (AccordWindow *self)
{
}

void
_accord_window_search_section_changed (AccordWindow *self)
{
}

void
_accord_window_init_search (AccordWindow *self)
{
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self->sidebar));
}

void
_accord_window_search_dispose (AccordWindow *self)
{
}

void
_accord_window_class_init_search_actions (GtkWidgetClass *widget_class)
{
}
