/* accord-window-history.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window's side of back and forward, and of person pages: win.back
 * (Alt+Left, the header's Back, the mouse's back button), win.forward
 * (Alt+Right, Forward, the mouse's forward button) and win.show-person,
 * which every name shown as a link or a button activates.  The history
 * itself is the briefing page's (accord-briefing-page-history.c).
 */

#define G_LOG_DOMAIN "accord-window"

#include "config.h"

#include "accord-window-private.h"

/* Mouse buttons 8 and 9 are "back" and "forward" under X11 and Wayland. */
#define BUTTON_BACK    8
#define BUTTON_FORWARD 9

static void
update_history_actions (AccordWindow *self)
{
  gboolean shown = self->briefing_page != NULL && self->briefing != NULL &&
    g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "briefing") == 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.back",
                                 shown && accord_briefing_page_can_go_back (self->briefing_page));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.forward",
                                 shown && accord_briefing_page_can_go_forward (self->briefing_page));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-person", shown);
}

static void
on_mouse_pressed (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  AccordWindow    *self)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));

  if (button == BUTTON_BACK)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.back", NULL);
  else if (button == BUTTON_FORWARD)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.forward", NULL);
  else
    return;

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AccordWindow *self = ACCORD_WINDOW (widget);

  if (self->briefing_page != NULL)
    accord_briefing_page_go_back (self->briefing_page);
}

static void
forward_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  AccordWindow *self = ACCORD_WINDOW (widget);

  if (self->briefing_page != NULL)
    accord_briefing_page_go_forward (self->briefing_page);
}

static void
show_person_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  AccordWindow *self = ACCORD_WINDOW (widget);

  if (self->briefing_page != NULL &&
      accord_briefing_page_show_person_id (self->briefing_page, g_variant_get_string (parameter, NULL)))
    accord_briefing_page_focus_view (self->briefing_page);
}

void
_accord_window_class_init_history (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.forward", NULL, forward_action);
  gtk_widget_class_install_action (widget_class, "win.show-person", "s", show_person_action);
}

void
_accord_window_init_history (AccordWindow *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  /* Any button: the gesture looks at 8 and 9 and lets the others be. */
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect (click, "pressed", G_CALLBACK (on_mouse_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  g_signal_connect_swapped (self->main_stack, "notify::visible-child",
                            G_CALLBACK (update_history_actions), self);
  update_history_actions (self);
}

void
_accord_window_watch_history (AccordWindow       *self,
                              AccordBriefingPage *page)
{
  g_signal_connect_object (page, "notify::can-go-back",
                           G_CALLBACK (update_history_actions), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (page, "notify::can-go-forward",
                           G_CALLBACK (update_history_actions), self, G_CONNECT_SWAPPED);
  update_history_actions (self);
}
