/* accord-timeline-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The timeline page: a small toolbar, the timeline, and the card of the
 * selected event below it.
 */

#define G_LOG_DOMAIN "accord-timeline-page"

#include "config.h"

#include <glib/gi18n.h>

#include "accord-accessible.h"
#include "accord-event.h"
#include "accord-event-card.h"
#include "accord-section.h"
#include "accord-timeline-export-dialog.h"
#include "accord-timeline-page.h"
#include "accord-timeline-view.h"
#include "accord-window.h"

struct _AccordTimelinePage
{
  GtkWidget           parent_instance;

  AccordEventCard    *card;
  GtkButton          *export_button;
  AccordTimelineView *view;
};

G_DEFINE_FINAL_TYPE (AccordTimelinePage, accord_timeline_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_EVENTS,
  N_PROPS
};

enum {
  EVENT_ACTIVATED,
  SECTION_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
on_selected_event_changed (AccordTimelinePage *self)
{
  g_autoptr(AccordEvent) event = accord_timeline_view_get_selected_event (self->view);

  accord_event_card_set_event (self->card, event);
}

static void
on_view_event_activated (AccordTimelinePage *self,
                         AccordEvent        *event)
{
  g_signal_emit (self, signals[EVENT_ACTIVATED], 0, event);
}

static void
on_card_section_activated (AccordTimelinePage *self,
                           AccordSection      *section)
{
  g_signal_emit (self, signals[SECTION_ACTIVATED], 0, section);
}

static void
on_zoom_in_clicked (AccordTimelinePage *self)
{
  accord_timeline_view_zoom_in (self->view);
}

static void
on_zoom_out_clicked (AccordTimelinePage *self)
{
  accord_timeline_view_zoom_out (self->view);
}

static void
on_fit_clicked (AccordTimelinePage *self)
{
  accord_timeline_view_fit (self->view);
}

/* Export Timeline…: of the whole timeline, or of the dates in view. */
static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AccordTimelinePage *self = ACCORD_TIMELINE_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  AccordTimelineExportDialog *dialog;
  AccordBriefing *briefing;
  double start = 0, end = 0;

  if (!ACCORD_IS_WINDOW (root) || (briefing = accord_window_get_briefing (ACCORD_WINDOW (root))) == NULL)
    return;

  accord_timeline_view_get_range (self->view, &start, &end);
  if (!(end > start))
    end = start + 1;

  dialog = accord_timeline_export_dialog_new (GTK_WINDOW (root), briefing, start, end);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
accord_timeline_page_grab_focus (GtkWidget *widget)
{
  AccordTimelinePage *self = ACCORD_TIMELINE_PAGE (widget);
  GListModel *events = accord_timeline_view_get_events (self->view);
  guint selected = accord_timeline_view_get_selected (self->view);

  /* On the event the card shows, or the first: arrows go on from there. */
  if (events == NULL || g_list_model_get_n_items (events) == 0)
    return gtk_widget_grab_focus (GTK_WIDGET (self->view));

  accord_timeline_view_select (self->view, selected != GTK_INVALID_LIST_POSITION ? selected : 0, TRUE);
  return TRUE;
}

static void
accord_timeline_page_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), ACCORD_TYPE_TIMELINE_PAGE);
  /* The template's root has no id, so it is not unparented for us. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (accord_timeline_page_parent_class)->dispose (object);
}

static void
accord_timeline_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  AccordTimelinePage *self = ACCORD_TIMELINE_PAGE (object);

  switch (prop_id)
    {
    case PROP_EVENTS:
      g_value_set_object (value, accord_timeline_page_get_events (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_timeline_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  AccordTimelinePage *self = ACCORD_TIMELINE_PAGE (object);

  switch (prop_id)
    {
    case PROP_EVENTS:
      accord_timeline_page_set_events (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_timeline_page_class_init (AccordTimelinePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = accord_timeline_page_dispose;
  object_class->get_property = accord_timeline_page_get_property;
  object_class->set_property = accord_timeline_page_set_property;
  widget_class->grab_focus = accord_timeline_page_grab_focus;

  properties[PROP_EVENTS] =
    g_param_spec_object ("events", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * AccordTimelinePage::event-activated:
   *
   * Enter on an event: the reader asks for the section it belongs to.
   */
  signals[EVENT_ACTIVATED] =
    g_signal_new ("event-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, ACCORD_TYPE_EVENT);

  /**
   * AccordTimelinePage::section-activated:
   *
   * A section named on the event card was chosen.
   */
  signals[SECTION_ACTIVATED] =
    g_signal_new ("section-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, ACCORD_TYPE_SECTION);

  g_type_ensure (ACCORD_TYPE_EVENT_CARD);
  g_type_ensure (ACCORD_TYPE_TIMELINE_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/accordapp/Accord/ui/accord-timeline-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AccordTimelinePage, card);
  gtk_widget_class_bind_template_child (widget_class, AccordTimelinePage, export_button);
  gtk_widget_class_bind_template_child (widget_class, AccordTimelinePage, view);
  gtk_widget_class_bind_template_callback (widget_class, on_card_section_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_fit_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_selected_event_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_view_event_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_zoom_in_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_zoom_out_clicked);

  gtk_widget_class_install_action (widget_class, "timeline.export", NULL, export_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "timeline.export", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
accord_timeline_page_init (AccordTimelinePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  accord_accessible_name_from_text (GTK_WIDGET (self->export_button));
}

GtkWidget *
accord_timeline_page_new (void)
{
  return g_object_new (ACCORD_TYPE_TIMELINE_PAGE, NULL);
}

GListModel *
accord_timeline_page_get_events (AccordTimelinePage *self)
{
  g_return_val_if_fail (ACCORD_IS_TIMELINE_PAGE (self), NULL);

  return accord_timeline_view_get_events (self->view);
}

/**
 * accord_timeline_page_set_events:
 *
 * Shows @events (in timeline order), all of them in view.
 */
void
accord_timeline_page_set_events (AccordTimelinePage *self,
                                 GListModel         *events)
{
  g_return_if_fail (ACCORD_IS_TIMELINE_PAGE (self));

  if (events == accord_timeline_view_get_events (self->view))
    return;

  accord_timeline_view_set_events (self->view, events);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENTS]);
}

/**
 * accord_timeline_page_show_event:
 *
 * Selects @event, brings it into view and gives it the focus.
 */
void
accord_timeline_page_show_event (AccordTimelinePage *self,
                                 AccordEvent        *event)
{
  g_return_if_fail (ACCORD_IS_TIMELINE_PAGE (self));
  g_return_if_fail (ACCORD_IS_EVENT (event));

  accord_timeline_view_select_event (self->view, event, TRUE);
}

AccordTimelineView *
accord_timeline_page_get_view (AccordTimelinePage *self)
{
  g_return_val_if_fail (ACCORD_IS_TIMELINE_PAGE (self), NULL);

  return self->view;
}

AccordEventCard *
accord_timeline_page_get_card (AccordTimelinePage *self)
{
  g_return_val_if_fail (ACCORD_IS_TIMELINE_PAGE (self), NULL);

  return self->card;
}
