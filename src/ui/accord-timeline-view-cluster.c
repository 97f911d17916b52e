/* accord-timeline-view-cluster.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opening a cluster of the timeline: zoomed in to the days it covers, its
 * events come apart; on one day they never do, so they are listed in a
 * popover instead, and choosing one selects it.
 */

#define G_LOG_DOMAIN "accord-timeline-view"

#include "config.h"

#include <glib/gi18n.h>

#include "accord-event.h"
#include "accord-group.h"
#include "accord-timeline-view-private.h"

/* A popover of thousands of rows helps no one: past this, it says how many
 * more there are. */
#define MAX_LISTED 100

static guint
event_group_number (AccordEvent *event)
{
  AccordGroup *group = accord_event_get_group (event);

  return group != NULL ? accord_group_get_index (group) + 1 : 0;
}

/* The first position whose event starts on or after day: the events are
 * in timeline order. */
static guint
first_on_or_after (AccordTimelineView *self,
                   gint64              day)
{
  guint lo = 0, hi = timeline_n_events (self);

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      g_autoptr(AccordEvent) event = g_list_model_get_item (self->events, mid);

      if (accord_event_get_first_day (event) < day)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

static void
on_row_activated (GtkListBox         *list,
                  GtkListBoxRow      *row,
                  AccordTimelineView *self)
{
  guint position = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "accord-position"));

  gtk_popover_popdown (GTK_POPOVER (self->cluster_popover));
  if (position > 0)
    accord_timeline_view_select (self, position - 1, TRUE);
}

static void
list_events (AccordTimelineView       *self,
             const AccordTimelineItem *item)
{
  guint group = item->row < accord_timeline_layout_get_n_rows (self->layout)
                ? accord_timeline_layout_get_row_group (self->layout, item->row) : 0;
  guint n = timeline_n_events (self);
  guint listed = 0, more = 0;
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  g_autofree char *heading = NULL;
  GtkWidget *title;
  double m = timeline_item_marker_px (self, item);
  double cross = timeline_item_cross (self, item);
  graphene_rect_t at = timeline_rect (self, m - 8, m + 8, cross - 8, cross + 8);

  for (guint p = first_on_or_after (self, item->first_day); p < n; p++)
    {
      g_autoptr(AccordEvent) event = g_list_model_get_item (self->events, p);
      g_autofree char *when = NULL;
      GtkWidget *row, *label;

      if (accord_event_get_first_day (event) > item->last_day)
        break;
      if (event_group_number (event) != group)
        continue;
      if (listed == MAX_LISTED)
        {
          more++;
          continue;
        }

      when = accord_event_format_date (event);
      label = gtk_label_new (NULL);
      /* Plain text: titles come from the file. */
      gtk_label_set_text (GTK_LABEL (label), accord_event_get_title (event));
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 50);
      gtk_widget_set_margin_start (label, 6);
      gtk_widget_set_margin_end (label, 6);
      gtk_widget_set_margin_top (label, 4);
      gtk_widget_set_margin_bottom (label, 4);
      row = gtk_list_box_row_new ();
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
      g_object_set_data (G_OBJECT (row), "accord-position", GUINT_TO_POINTER (p + 1));
      gtk_widget_set_tooltip_text (row, accord_event_get_title (event));
      gtk_list_box_append (GTK_LIST_BOX (list), row);
      listed++;
    }

  heading = g_strdup_printf (ngettext ("%u event on this day", "%u events on this day", listed + more),
                             listed + more);
  title = gtk_label_new (heading);
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_box_append (GTK_BOX (box), title);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_list_box_set_activate_on_single_click (GTK_LIST_BOX (list), TRUE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, heading, -1);
  g_signal_connect (list, "row-activated", G_CALLBACK (on_row_activated), self);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_propagate_natural_width (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 360);
  gtk_accessible_update_property (GTK_ACCESSIBLE (scrolled), GTK_ACCESSIBLE_PROPERTY_LABEL, heading, -1);
  gtk_box_append (GTK_BOX (box), scrolled);

  if (more > 0)
    {
      g_autofree char *text = g_strdup_printf (ngettext ("and %u more", "and %u more", more), more);
      GtkWidget *label = gtk_label_new (text);

      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (box), label);
    }

  if (self->cluster_popover == NULL)
    {
      self->cluster_popover = gtk_popover_new ();
      gtk_widget_set_parent (self->cluster_popover, GTK_WIDGET (self));
    }
  gtk_popover_set_child (GTK_POPOVER (self->cluster_popover), box);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->cluster_popover),
                               &(GdkRectangle) { (int) at.origin.x, (int) at.origin.y,
                                                 (int) at.size.width, (int) at.size.height });
  gtk_popover_popup (GTK_POPOVER (self->cluster_popover));
}

/**
 * _accord_timeline_view_open_cluster:
 *
 * Zooms in to the days the cluster covers, its first event selected so
 * that the focus stays with it; or, when all its events start on one day,
 * lists them.
 */
void
_accord_timeline_view_open_cluster (AccordTimelineView       *self,
                                    const AccordTimelineItem *item)
{
  AccordTimelineItem copy = *item;
  double pad;

  g_return_if_fail (item->kind == ACCORD_TIMELINE_ITEM_CLUSTER);

  if (copy.first_day == copy.last_day ||
      copy.last_day + 1 - copy.first_day < ACCORD_TIMELINE_MIN_SPAN_DAYS)
    {
      list_events (self, &copy);
      return;
    }

  pad = MAX ((copy.last_day + 1 - copy.first_day) * 0.05, 0.5);
  _accord_timeline_view_set_selected (self, copy.index);
  accord_timeline_view_set_range (self, copy.first_day - pad, copy.last_day + 1 + pad);
  _accord_timeline_view_ensure_frame (self);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->focus_pending = TRUE;
}
