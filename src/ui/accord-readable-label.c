/* accord-readable-label.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "accord-readable-label.h"

/* A selectable label would be a Tab stop of its own, one per paragraph,
 * and would select all of its text when it got the focus.  The reading
 * column is one stop instead (the view); a label takes the focus only
 * when clicked, so that a selection can be made and copied. */
static void
on_label_pressed (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  gpointer         user_data)
{
  GtkWidget *label = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));

  gtk_widget_set_focusable (label, TRUE);
}

static void
on_label_focus_leave (GtkEventControllerFocus *controller,
                      gpointer                 user_data)
{
  GtkWidget *label = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));

  gtk_widget_set_focusable (label, FALSE);
}

/**
 * accord_readable_label_setup:
 *
 * Makes @label's text selectable without making it a Tab stop.
 */
void
accord_readable_label_setup (GtkLabel *label)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_label_set_selectable (label, TRUE);
  gtk_widget_set_focusable (GTK_WIDGET (label), FALSE);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect (click, "pressed", G_CALLBACK (on_label_pressed), NULL);
  gtk_widget_add_controller (GTK_WIDGET (label), GTK_EVENT_CONTROLLER (click));
  g_signal_connect (focus, "leave", G_CALLBACK (on_label_focus_leave), NULL);
  gtk_widget_add_controller (GTK_WIDGET (label), focus);
}

/**
 * accord_readable_label_set_text:
 * @text: (nullable): plain text, never markup
 *
 * Shows @text in @label, or hides the label when there is none.
 */
void
accord_readable_label_set_text (GtkLabel   *label,
                                const char *text)
{
  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && text[0] != '\0');
}
