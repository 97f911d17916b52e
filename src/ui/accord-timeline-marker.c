/* accord-timeline-marker.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One visible event or cluster on the timeline: a real button, so that it
 * can be focused, activated and read by a screen reader.  The view keeps a
 * pool of them and binds each to an item of its layout.
 */

#define G_LOG_DOMAIN "accord-timeline-view"

#include "config.h"

#include "accord-timeline-view-private.h"

G_DEFINE_FINAL_TYPE (AccordTimelineMarker, accord_timeline_marker, GTK_TYPE_BUTTON)

static void
marker_activate (GtkButton *button)
{
  AccordTimelineMarker *marker = ACCORD_TIMELINE_MARKER (button);
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (button));

  /* Enter, Space or a double click: a single click only selects. */
  if (ACCORD_IS_TIMELINE_VIEW (parent) && marker->in_use)
    _accord_timeline_view_activate_item (ACCORD_TIMELINE_VIEW (parent), &marker->item);
}

/* A click on a cluster opens it: one event alone says nothing of the
 * others. */
static void
marker_clicked (GtkButton *button)
{
  AccordTimelineMarker *marker = ACCORD_TIMELINE_MARKER (button);
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (button));

  if (ACCORD_IS_TIMELINE_VIEW (parent) && marker->in_use &&
      marker->item.kind == ACCORD_TIMELINE_ITEM_CLUSTER)
    _accord_timeline_view_open_cluster (ACCORD_TIMELINE_VIEW (parent), &marker->item);
}

static void
marker_focus_enter (AccordTimelineMarker *marker)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (marker));
  AccordTimelineView *self;

  if (!ACCORD_IS_TIMELINE_VIEW (parent))
    return;

  self = ACCORD_TIMELINE_VIEW (parent);

  /* Moving into a cluster keeps the event chosen inside it. */
  if (self->moving_focus || !marker->in_use || timeline_item_has_selected (self, &marker->item))
    return;

  _accord_timeline_view_set_selected (self, marker->item.index);
}

static void
marker_pressed (GtkGestureClick      *gesture,
                int                   n_press,
                double                x,
                double                y,
                AccordTimelineMarker *marker)
{
  /* A cluster opened on the first click. */
  if (n_press == 2 && marker->item.kind != ACCORD_TIMELINE_ITEM_CLUSTER)
    marker_activate (GTK_BUTTON (marker));
}

static void
accord_timeline_marker_class_init (AccordTimelineMarkerClass *klass)
{
  GTK_BUTTON_CLASS (klass)->activate = marker_activate;
  GTK_BUTTON_CLASS (klass)->clicked = marker_clicked;
}

static void
accord_timeline_marker_init (AccordTimelineMarker *self)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  self->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_use_markup (self->label, FALSE);
  gtk_label_set_ellipsize (self->label, PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (self->label, TRUE);
  gtk_label_set_xalign (self->label, 0);
  gtk_button_set_child (GTK_BUTTON (self), GTK_WIDGET (self->label));
  gtk_widget_add_css_class (GTK_WIDGET (self), "flat");
  gtk_widget_add_css_class (GTK_WIDGET (self), "marker");
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "default");

  g_signal_connect_swapped (focus, "enter", G_CALLBACK (marker_focus_enter), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);
  g_signal_connect (click, "pressed", G_CALLBACK (marker_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}

