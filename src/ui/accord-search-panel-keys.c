/* accord-search-panel-keys.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The search panel by keyboard: Down from the entry to the results, a
 * results list that hands its focus to its first result, Escape.
 */

#define G_LOG_DOMAIN "accord-search-panel"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "accord-briefing.h"
#include "accord-search.h"
#include "accord-search-panel-private.h"
#include "accord-section.h"

/* The first result row on screen (not a group's header). */
static GtkWidget *
find_first_result_row (AccordSearchPanel *self)
{
  GtkWidget *best = NULL;
  double best_y = G_MAXDOUBLE;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->result_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *box = gtk_widget_get_first_child (row);
      graphene_point_t point;

      if (box == NULL || gtk_widget_has_css_class (box, "result-header") ||
          !gtk_widget_get_child_visible (row) ||
          !gtk_widget_compute_point (row, GTK_WIDGET (self->result_list), &GRAPHENE_POINT_INIT (0, 0), &point))
        continue;
      if (point.y < best_y)
        {
          best = row;
          best_y = point.y;
        }
    }

  return best;
}

gboolean
_accord_search_panel_focus_first_result (AccordSearchPanel *self)
{
  GtkWidget *row;

  if (accord_search_panel_get_state (self) != ACCORD_SEARCH_PANEL_RESULTS)
    return FALSE;

  row = find_first_result_row (self);
  return row != NULL && gtk_widget_grab_focus (row);
}

/* Down in the entry goes to the results, as in GNOME's own search. */
gboolean
_accord_search_panel_entry_key_pressed (GtkEventControllerKey *controller,
                                        guint                  keyval,
                                        guint                  keycode,
                                        GdkModifierType        state,
                                        AccordSearchPanel     *self)
{
  if ((keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down) &&
      (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) == 0)
    return _accord_search_panel_focus_first_result (self);

  return FALSE;
}

/* Escape in the results closes the search, as it does in the entry. */
gboolean
_accord_search_panel_results_key_pressed (GtkEventControllerKey *controller,
                                          guint                  keyval,
                                          guint                  keycode,
                                          GdkModifierType        state,
                                          AccordSearchPanel     *self)
{
  if (keyval != GDK_KEY_Escape)
    return FALSE;

  accord_search_panel_set_search_mode (self, FALSE);
  return TRUE;
}

/* A list view that takes the focus itself has no row to act on: the focus
 * goes on to its first result, where Up, Down and Enter work.  (From an
 * idle: the focus is being moved when "enter" is emitted.) */
static gboolean
focus_first_result_when_idle (gpointer data)
{
  AccordSearchPanel *self = data;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (root != NULL && gtk_root_get_focus (root) == GTK_WIDGET (self->result_list))
    _accord_search_panel_focus_first_result (self);

  return G_SOURCE_REMOVE;
}

void
_accord_search_panel_list_focus_enter (GtkEventControllerFocus *controller,
                                       AccordSearchPanel       *self)
{
  if (gtk_event_controller_focus_is_focus (controller))
    g_idle_add_full (G_PRIORITY_HIGH_IDLE, focus_first_result_when_idle,
                     g_object_ref (self), g_object_unref);
}
