/* accord-window-timeline.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The timeline page of the window: a small toolbar, the timeline and the
 * card of the selected event below it.
 */

#define G_LOG_DOMAIN "accord-window"

#include "config.h"

#include <glib/gi18n.h>

#include "accord-briefing.h"
#include "accord-event.h"
#include "accord-event-card.h"
#include "accord-section.h"
#include "accord-timeline-view.h"
#include "accord-window-private.h"

static AccordEventCard *
get_card (AccordWindow *self)
{
  return g_object_get_data (G_OBJECT (self->timeline_view), "accord-event-card");
}

static void
on_selected_event_changed (AccordWindow *self)
{
  g_autoptr(AccordEvent) event = NULL;

  event = accord_timeline_view_get_selected_event (ACCORD_TIMELINE_VIEW (self->timeline_view));
  accord_event_card_set_event (get_card (self), event);
}

/* Enter on an event opens the first section it belongs to. */
static void
on_timeline_event_activated (AccordWindow *self,
                             AccordEvent  *event)
{
  if (accord_event_get_n_sections (event) == 0)
    {
      accord_window_add_toast (self, adw_toast_new (_("This event belongs to no section")));
      return;
    }

  accord_window_select_section (self, accord_section_get_id (accord_event_get_section (event, 0)));
}

static void
on_card_section_activated (AccordWindow  *self,
                           AccordSection *section)
{
  accord_window_select_section (self, accord_section_get_id (section));
}

static GtkWidget *
make_tool_button (const char *icon_name,
                  const char *tooltip,
                  GCallback   callback,
                  GtkWidget  *view)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "flat");
  g_signal_connect_swapped (button, "clicked", callback, view);

  return button;
}

void
accord_window_show_event (AccordWindow *self,
                          AccordEvent  *event)
{
  g_return_if_fail (ACCORD_IS_WINDOW (self));
  g_return_if_fail (event == NULL || ACCORD_IS_EVENT (event));

  _accord_window_ensure_briefing_page (self);
  adw_view_stack_set_visible_child_name (self->view_stack, "timeline");
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);

  if (event != NULL && self->timeline_view != NULL)
    accord_timeline_view_select_event (ACCORD_TIMELINE_VIEW (self->timeline_view), event, TRUE);
}

void
_accord_window_timeline_briefing_changed (AccordWindow *self)
{
  if (self->timeline_view == NULL)
    return;

  /* Setting the events fits them all in view. */
  accord_timeline_view_set_events (ACCORD_TIMELINE_VIEW (self->timeline_view),
                                   self->briefing != NULL ? accord_briefing_get_timeline (self->briefing) : NULL);
}

/* The page is built the first time it is shown: a window that is only
 * read never pays for it, and start-up does not measure it. */
static void
ensure_timeline (AccordWindow *self)
{
  GtkWidget *toolbar;
  GtkWidget *hint;
  GtkWidget *view;
  GtkWidget *card;
  GtkWidget *scroller;

  if (self->timeline_view != NULL)
    return;

  view = accord_timeline_view_new ();
  gtk_widget_set_vexpand (view, TRUE);
  gtk_widget_set_hexpand (view, TRUE);
  accord_timeline_view_set_adaptive (ACCORD_TIMELINE_VIEW (view), TRUE);
  self->timeline_view = view;

  toolbar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);
  gtk_widget_add_css_class (toolbar, "toolbar");
  gtk_widget_add_css_class (toolbar, "timeline-toolbar");
  gtk_box_append (GTK_BOX (toolbar),
                  make_tool_button ("zoom-out-symbolic", _("Zoom Out (−)"),
                                    G_CALLBACK (accord_timeline_view_zoom_out), view));
  gtk_box_append (GTK_BOX (toolbar),
                  make_tool_button ("zoom-in-symbolic", _("Zoom In (+)"),
                                    G_CALLBACK (accord_timeline_view_zoom_in), view));
  gtk_box_append (GTK_BOX (toolbar),
                  make_tool_button ("zoom-fit-best-symbolic", _("Show All Events (Ctrl+0)"),
                                    G_CALLBACK (accord_timeline_view_fit), view));

  hint = gtk_label_new (_("Drag or scroll to move · Ctrl+scroll to zoom · arrow keys go from event to event"));
  gtk_label_set_ellipsize (GTK_LABEL (hint), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (hint), 1);
  gtk_widget_set_hexpand (hint, TRUE);
  gtk_widget_set_margin_end (hint, 6);
  gtk_widget_add_css_class (hint, "caption");
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_box_append (GTK_BOX (toolbar), hint);

  card = accord_event_card_new ();
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 280);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), card);
  gtk_widget_add_css_class (scroller, "event-card");

  gtk_box_append (self->timeline_box, toolbar);
  gtk_box_append (self->timeline_box, gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  gtk_box_append (self->timeline_box, view);
  gtk_box_append (self->timeline_box, gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  gtk_box_append (self->timeline_box, scroller);

  /* The view owns nothing of the window; the card rides along with it. */
  g_object_set_data (G_OBJECT (view), "accord-event-card", card);

  g_signal_connect_object (view, "notify::selected-event",
                           G_CALLBACK (on_selected_event_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (view, "event-activated",
                           G_CALLBACK (on_timeline_event_activated), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (card, "section-activated",
                           G_CALLBACK (on_card_section_activated), self, G_CONNECT_SWAPPED);

  _accord_window_timeline_briefing_changed (self);
}

static void
on_visible_page_changed (AccordWindow *self)
{
  if (self->timeline_view == NULL &&
      g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "timeline") == 0)
    ensure_timeline (self);
}

void
_accord_window_init_timeline (AccordWindow *self)
{
  g_signal_connect_object (self->view_stack, "notify::visible-child-name",
                           G_CALLBACK (on_visible_page_changed), self, G_CONNECT_SWAPPED);
}
