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
#include "accord-briefing.h"
#include "accord-event.h"
#include "accord-event-card.h"
#include "accord-group.h"
#include "accord-section.h"
#include "accord-timeline-export-dialog.h"
#include "accord-timeline-page.h"
#include "accord-timeline-view.h"
#include "accord-window.h"

/* The popover lists at most this many groups: past that, a list of
 * check boxes is no way to choose. */
#define MAX_FILTERED_GROUPS 200
/* The settings remember the hidden groups of at most this many briefings. */
#define MAX_REMEMBERED 50
/* The id that stands for the events in no group in the settings. */
#define NO_GROUP_ID ""

struct _AccordTimelinePage
{
  GtkWidget           parent_instance;

  AccordEventCard    *card;
  GtkButton          *export_button;
  GtkWidget          *groups_box;
  GtkMenuButton      *groups_button;
  AccordTimelineView *view;

  AccordBriefing     *briefing;
  GSettings          *settings;
  GHashTable         *hidden;      /* group ids, NO_GROUP_ID for none */
  GListStore         *shown;       /* the events of the groups shown */
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

static const char *
event_group_id (AccordEvent *event)
{
  AccordGroup *group = accord_event_get_group (event);

  return group != NULL ? accord_group_get_id (group) : NO_GROUP_ID;
}

/* The events of the groups shown go to the view; the selected event stays
 * selected if it is still shown. */
static void
apply_filter (AccordTimelinePage *self,
              gboolean            keep_range)
{
  double start = 0, end = 0;
  g_autoptr(AccordEvent) selected = accord_timeline_view_get_selected_event (self->view);
  g_autoptr(GListStore) shown = g_list_store_new (ACCORD_TYPE_EVENT);
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *timeline = accord_briefing_get_timeline (self->briefing);
  guint n = g_list_model_get_n_items (timeline);

  for (guint i = 0; i < n; i++)
    {
      AccordEvent *event = g_list_model_get_item (timeline, i);

      if (g_hash_table_contains (self->hidden, event_group_id (event)))
        g_object_unref (event);
      else
        g_ptr_array_add (events, event);
    }
  g_list_store_splice (shown, 0, 0, events->pdata, events->len);

  /* Showing or hiding a group keeps the range the reader was looking at. */
  accord_timeline_view_get_range (self->view, &start, &end);
  g_set_object (&self->shown, shown);
  accord_timeline_view_set_events (self->view, G_LIST_MODEL (shown));
  if (keep_range && end > start)
    accord_timeline_view_set_range (self->view, start, end);
  if (selected != NULL)
    accord_timeline_view_select_event (self->view, selected, FALSE);
}

static void
remember_hidden (AccordTimelinePage *self)
{
  g_autoptr(GVariant) old = g_settings_get_value (self->settings, "hidden-groups");
  g_autofree char *key = accord_briefing_dup_key (self->briefing);
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_auto(GStrv) hidden = NULL;
  GVariantBuilder builder;
  GVariantIter iter;
  GHashTableIter hiter;
  gpointer id;
  const char *k;
  GVariant *v;
  guint kept = 0;

  g_hash_table_iter_init (&hiter, self->hidden);
  while (g_hash_table_iter_next (&hiter, &id, NULL))
    g_strv_builder_add (ids, id);
  hidden = g_strv_builder_end (ids);

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{sas}"));
  if (hidden[0] != NULL)
    g_variant_builder_add (&builder, "{s^as}", key, hidden);

  /* Bounded, so that the setting cannot grow forever. */
  g_variant_iter_init (&iter, old);
  while (g_variant_iter_next (&iter, "{&s@as}", &k, &v))
    {
      if (g_strcmp0 (k, key) != 0 && kept < MAX_REMEMBERED)
        {
          g_variant_builder_add (&builder, "{s@as}", k, v);
          kept++;
        }
      g_variant_unref (v);
    }

  g_settings_set_value (self->settings, "hidden-groups", g_variant_builder_end (&builder));
}

static void
on_group_toggled (GtkCheckButton     *button,
                  AccordTimelinePage *self)
{
  const char *id = g_object_get_data (G_OBJECT (button), "accord-group-id");

  if (gtk_check_button_get_active (button))
    g_hash_table_remove (self->hidden, id);
  else
    g_hash_table_add (self->hidden, g_strdup (id));

  remember_hidden (self);
  apply_filter (self, TRUE);
}

static void
add_group_check (AccordTimelinePage *self,
                 const char         *id,
                 const char         *title)
{
  GtkWidget *check = gtk_check_button_new_with_label (title);

  g_object_set_data_full (G_OBJECT (check), "accord-group-id", g_strdup (id), g_free);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), !g_hash_table_contains (self->hidden, id));
  g_signal_connect (check, "toggled", G_CALLBACK (on_group_toggled), self);
  gtk_box_append (GTK_BOX (self->groups_box), check);
}

static void
fill_groups_box (AccordTimelinePage *self)
{
  GListModel *groups = accord_briefing_get_groups (self->briefing);
  GListModel *timeline = accord_briefing_get_timeline (self->briefing);
  guint n_groups = g_list_model_get_n_items (groups);
  gboolean any_ungrouped = FALSE;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->groups_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->groups_box), child);

  for (guint i = 0; i < g_list_model_get_n_items (timeline) && !any_ungrouped; i++)
    {
      g_autoptr(AccordEvent) event = g_list_model_get_item (timeline, i);

      any_ungrouped = accord_event_get_group (event) == NULL;
    }

  for (guint i = 0; i < MIN (n_groups, MAX_FILTERED_GROUPS); i++)
    {
      g_autoptr(AccordGroup) group = g_list_model_get_item (groups, i);

      add_group_check (self, accord_group_get_id (group), accord_group_get_title (group));
    }
  if (any_ungrouped && n_groups > 0)
    /* Translators: in the timeline's list of groups to show: the events
     * that belong to no group */
    add_group_check (self, NO_GROUP_ID, _("Other events"));

  gtk_widget_set_visible (GTK_WIDGET (self->groups_button), n_groups > 0);
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
  AccordTimelinePage *self = ACCORD_TIMELINE_PAGE (object);
  GtkWidget *child;

  g_clear_object (&self->briefing);
  g_clear_object (&self->settings);
  g_clear_object (&self->shown);
  g_clear_pointer (&self->hidden, g_hash_table_unref);

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
  gtk_widget_class_bind_template_child (widget_class, AccordTimelinePage, groups_box);
  gtk_widget_class_bind_template_child (widget_class, AccordTimelinePage, groups_button);
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

  g_clear_object (&self->briefing);
  accord_timeline_view_set_groups (self->view, NULL);
  accord_timeline_view_set_eras (self->view, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->groups_button), FALSE);
  accord_timeline_view_set_events (self->view, events);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENTS]);
}

/**
 * accord_timeline_page_set_briefing:
 *
 * Shows the briefing's events in its groups, with its eras, all of them
 * in view, hiding the groups the reader hid last time.
 */
void
accord_timeline_page_set_briefing (AccordTimelinePage *self,
                                   AccordBriefing     *briefing)
{
  g_autoptr(GVariant) remembered = NULL;
  g_autofree char *key = NULL;
  g_autofree const char **ids = NULL;

  g_return_if_fail (ACCORD_IS_TIMELINE_PAGE (self));
  g_return_if_fail (ACCORD_IS_BRIEFING (briefing));

  g_set_object (&self->briefing, briefing);
  if (self->settings == NULL)
    self->settings = g_settings_new (APP_ID);
  if (self->hidden == NULL)
    self->hidden = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_hash_table_remove_all (self->hidden);
  key = accord_briefing_dup_key (briefing);
  remembered = g_settings_get_value (self->settings, "hidden-groups");
  if (g_variant_lookup (remembered, key, "^a&s", &ids))
    for (guint i = 0; ids[i] != NULL; i++)
      g_hash_table_add (self->hidden, g_strdup (ids[i]));

  fill_groups_box (self);
  accord_timeline_view_set_groups (self->view, accord_briefing_get_groups (briefing));
  accord_timeline_view_set_eras (self->view, accord_briefing_get_eras (briefing));
  apply_filter (self, FALSE);
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
