/* accord-search-panel.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Search in the sidebar: the entry, the results grouped by kind, and the
 * "1 of N" counter that steps through the matches across the briefing
 * (Ctrl+G).  The panel owns the search index, the query and the result
 * groups; it highlights the matches in the section view it is given, and
 * asks for another section or an event by emitting a signal.
 */

#define G_LOG_DOMAIN "accord-search-panel"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "accord-actor.h"
#include "accord-background-unref.h"
#include "accord-briefing.h"
#include "accord-event.h"
#include "accord-search.h"
#include "accord-search-panel-private.h"
#include "accord-search-result-row.h"
#include "accord-section.h"

#define MAX_RESULTS 2000

G_DEFINE_FINAL_TYPE (AccordSearchPanel, accord_search_panel, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_BRIEFING,
  PROP_READY,
  PROP_SEARCH_MODE,
  PROP_SEARCHING,
  PROP_SECTION_VIEW,
  N_PROPS
};

enum {
  EVENT_ACTIVATED,
  PERSON_ACTIVATED,
  SEARCH_FINISHED,
  SECTION_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void build_index (AccordSearchPanel *self);

/* The order of the groups in the results list. */
static const AccordSearchKind group_order[] = {
  ACCORD_SEARCH_KIND_SECTION,
  ACCORD_SEARCH_KIND_QUOTE,
  ACCORD_SEARCH_KIND_ACTOR,
  ACCORD_SEARCH_KIND_EVENT,
};

static const char *
group_title (AccordSearchKind kind)
{
  switch (kind)
    {
    case ACCORD_SEARCH_KIND_SECTION:
      return _("Sections");
    case ACCORD_SEARCH_KIND_QUOTE:
      return _("Quotes");
    case ACCORD_SEARCH_KIND_ACTOR:
      return _("People");
    case ACCORD_SEARCH_KIND_EVENT:
    default:
      return _("Events");
    }
}

static void
setup_result_row (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  gtk_list_item_set_child (item, accord_search_result_row_new ());
}

static void
bind_result_row (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  AccordSearchResultRow *row = ACCORD_SEARCH_RESULT_ROW (gtk_list_item_get_child (item));
  gboolean is_result = accord_search_result_row_set_item (row, gtk_list_item_get_item (item));

  /* A group's header is read, not opened. */
  gtk_list_item_set_activatable (item, is_result);
  gtk_list_item_set_selectable (item, is_result);
}

static void
show_state (AccordSearchPanel *self,
            const char        *name)
{
  gboolean searching = name != NULL;
  gboolean was_searching = gtk_widget_get_visible (GTK_WIDGET (self->results_stack));

  if (searching)
    gtk_stack_set_visible_child_name (self->results_stack, name);
  gtk_widget_set_visible (GTK_WIDGET (self->results_stack), searching);
  gtk_widget_set_vexpand (GTK_WIDGET (self), searching);

  if (searching != was_searching)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCHING]);
}

static void
run_query (AccordSearchPanel *self)
{
  g_autoptr(AccordSearchResults) results = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(GListModel) notes = NULL;
  guint total = 0;
  guint n;

  g_list_store_remove_all (self->result_groups);
  gtk_widget_set_visible (GTK_WIDGET (self->limit_label), FALSE);
  self->n_results = 0;

  if (self->query == NULL)
    {
      show_state (self, NULL);
      return;
    }

  if (self->index == NULL)
    {
      /* Runs again once the index is built. */
      build_index (self);
      show_state (self, "waiting");
      return;
    }

  results = accord_search_index_query (self->index, self->query, MAX_RESULTS, &total);
  n = g_list_model_get_n_items (G_LIST_MODEL (results));
  self->n_results = n;
  notes = _accord_search_panel_match_notes (self);

  if (n == 0 && notes == NULL)
    {
      show_state (self, "no-results");
      g_signal_emit (self, signals[SEARCH_FINISHED], 0);
      return;
    }

  /* Each group is a header and the group's results, which stay lazy: the
   * list makes result objects only for the rows it shows. */
  groups = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint g = 0; g < G_N_ELEMENTS (group_order); g++)
    {
      g_autoptr(AccordSearchResults) group = accord_search_results_filter_kind (results, group_order[g]);
      guint count = g_list_model_get_n_items (G_LIST_MODEL (group));
      g_autofree char *title = NULL;
      g_autoptr(GtkStringObject) header_item = NULL;
      GListStore *header;

      if (count == 0)
        continue;

      /* Translators: a group of search results and how many it holds */
      title = g_strdup_printf (_("%s (%u)"), group_title (group_order[g]), count);
      header_item = gtk_string_object_new (title);
      header = g_list_store_new (GTK_TYPE_STRING_OBJECT);
      g_list_store_append (header, header_item);

      g_ptr_array_add (groups, header);
      g_ptr_array_add (groups, g_steal_pointer (&group));
    }

  /* The reader's notes last, in a group of their own. */
  if (notes != NULL)
    {
      g_autoptr(GtkStringObject) header_item = NULL;
      g_autofree char *title = g_strdup_printf (_("%s (%u)"), _("My Notes"),
                                                g_list_model_get_n_items (notes));
      GListStore *header = g_list_store_new (GTK_TYPE_STRING_OBJECT);

      header_item = gtk_string_object_new (title);
      g_list_store_append (header, header_item);
      g_ptr_array_add (groups, header);
      g_ptr_array_add (groups, g_steal_pointer (&notes));
    }

  g_list_store_splice (self->result_groups, 0, 0, groups->pdata, groups->len);

  if (total > n)
    {
      g_autofree char *text = g_strdup_printf (ngettext ("Showing the first %u of %u result",
                                                         "Showing the first %u of %u results",
                                                         total),
                                               n, total);

      gtk_label_set_text (self->limit_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->limit_label), TRUE);
    }

  show_state (self, "results");
  g_signal_emit (self, signals[SEARCH_FINISHED], 0);
}

static void
on_search_changed (AccordSearchPanel *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  AccordSearchQuery *query = accord_search_query_parse (text);

  g_clear_pointer (&self->query, accord_search_query_unref);
  if (query != NULL && accord_search_query_get_n_terms (query) > 0)
    self->query = query;
  else
    g_clear_pointer (&query, accord_search_query_unref);

  run_query (self);
  _accord_search_panel_apply_query (self);
}

/* Asks for @section to be shown (the page that holds the panel does). */
void
_accord_search_panel_emit_section (AccordSearchPanel *self,
                                   AccordSection     *section)
{
  g_signal_emit (self, signals[SECTION_ACTIVATED], 0, section);
}

static void
open_result (AccordSearchPanel  *self,
             AccordSearchResult *result)
{
  GObject *object = accord_search_result_get_object (result);
  AccordSection *section = accord_search_result_get_section (result);

  switch (accord_search_result_get_kind (result))
    {
    case ACCORD_SEARCH_KIND_EVENT:
      g_signal_emit (self, signals[EVENT_ACTIVATED], 0, object);
      return;

    case ACCORD_SEARCH_KIND_ACTOR:
      /* A person opens their page. */
      g_signal_emit (self, signals[PERSON_ACTIVATED], 0, object);
      return;

    case ACCORD_SEARCH_KIND_SECTION:
    case ACCORD_SEARCH_KIND_QUOTE:
    default:
      break;
    }

  if (section == NULL || !_accord_search_panel_request_section (self, section))
    return;

  _accord_search_panel_apply_query (self);
  accord_section_view_focus_match (self->section_view, 0);
  _accord_search_panel_update_counter (self);
}

static void
on_result_activated (AccordSearchPanel *self,
                     guint              position)
{
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->results), position);

  if (ACCORD_IS_SEARCH_RESULT (item))
    open_result (self, ACCORD_SEARCH_RESULT (item));
  else if (ACCORD_IS_NOTE (item))
    _accord_search_panel_open_note (self, ACCORD_NOTE (item));
}

static void
on_search_activate (AccordSearchPanel *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->results));

  /* Enter opens the best result. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->results), i);

      if (ACCORD_IS_SEARCH_RESULT (item))
        {
          open_result (self, ACCORD_SEARCH_RESULT (item));
          return;
        }
    }
}

static void
on_search_stop (AccordSearchPanel *self)
{
  accord_search_panel_set_search_mode (self, FALSE);
}

static void
on_search_mode_changed (AccordSearchPanel *self)
{
  if (!gtk_search_bar_get_search_mode (self->search_bar))
    {
      /* Closing the bar ends the search: no query, no highlights. */
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      g_clear_pointer (&self->query, accord_search_query_unref);
      run_query (self);
      _accord_search_panel_apply_query (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_MODE]);
}

static void
on_view_section_changed (AccordSearchPanel *self)
{
  _accord_search_panel_apply_query (self);
}

static void
index_ready_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(AccordSearchPanel) self = user_data;
  g_autoptr(GError) error = NULL;
  AccordSearchIndex *index;

  index = accord_search_index_new_finish (result, &error);
  if (index == NULL)
    return;

  /* A later briefing may have replaced the one this index was built for. */
  if (accord_search_index_get_briefing (index) != self->briefing)
    {
      g_object_unref (index);
      return;
    }

  g_clear_object (&self->index);
  self->index = index;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READY]);
  run_query (self);
}

static void
build_index (AccordSearchPanel *self)
{
  g_clear_handle_id (&self->index_source, g_source_remove);

  if (self->briefing == NULL || self->index != NULL || self->cancellable != NULL)
    return;

  self->cancellable = g_cancellable_new ();
  accord_search_index_new_async (self->briefing, self->cancellable,
                                 index_ready_cb, g_object_ref (self));
}

static gboolean
build_index_when_idle (gpointer data)
{
  AccordSearchPanel *self = data;

  self->index_source = 0;
  build_index (self);

  return G_SOURCE_REMOVE;
}

static gboolean
accord_search_panel_grab_focus (GtkWidget *widget)
{
  AccordSearchPanel *self = ACCORD_SEARCH_PANEL (widget);

  return gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
accord_search_panel_dispose (GObject *object)
{
  AccordSearchPanel *self = (AccordSearchPanel *)object;

  g_clear_handle_id (&self->index_source, g_source_remove);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  accord_search_panel_set_section_view (self, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), ACCORD_TYPE_SEARCH_PANEL);

  g_clear_object (&self->index);
  g_clear_pointer (&self->query, accord_search_query_unref);
  g_clear_object (&self->results);
  g_clear_object (&self->result_groups);
  g_clear_object (&self->briefing);
  g_clear_object (&self->notes);

  G_OBJECT_CLASS (accord_search_panel_parent_class)->dispose (object);
}

static void
accord_search_panel_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  AccordSearchPanel *self = ACCORD_SEARCH_PANEL (object);

  switch (prop_id)
    {
    case PROP_BRIEFING:
      g_value_set_object (value, self->briefing);
      break;
    case PROP_READY:
      g_value_set_boolean (value, accord_search_panel_get_ready (self));
      break;
    case PROP_SEARCH_MODE:
      g_value_set_boolean (value, accord_search_panel_get_search_mode (self));
      break;
    case PROP_SEARCHING:
      g_value_set_boolean (value, accord_search_panel_get_searching (self));
      break;
    case PROP_SECTION_VIEW:
      g_value_set_object (value, self->section_view);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_search_panel_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  AccordSearchPanel *self = ACCORD_SEARCH_PANEL (object);

  switch (prop_id)
    {
    case PROP_BRIEFING:
      accord_search_panel_set_briefing (self, g_value_get_object (value));
      break;
    case PROP_SEARCH_MODE:
      accord_search_panel_set_search_mode (self, g_value_get_boolean (value));
      break;
    case PROP_SECTION_VIEW:
      accord_search_panel_set_section_view (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_search_panel_class_init (AccordSearchPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = accord_search_panel_dispose;
  object_class->get_property = accord_search_panel_get_property;
  object_class->set_property = accord_search_panel_set_property;
  widget_class->grab_focus = accord_search_panel_grab_focus;

  properties[PROP_BRIEFING] =
    g_param_spec_object ("briefing", NULL, NULL,
                         ACCORD_TYPE_BRIEFING,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* The index of the briefing is built and queries get answers. */
  properties[PROP_READY] =
    g_param_spec_boolean ("ready", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_SEARCH_MODE] =
    g_param_spec_boolean ("search-mode", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* There is a query: the panel shows its results, not the sections. */
  properties[PROP_SEARCHING] =
    g_param_spec_boolean ("searching", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_SECTION_VIEW] =
    g_param_spec_object ("section-view", NULL, NULL,
                         ACCORD_TYPE_SECTION_VIEW,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * AccordSearchPanel::section-activated:
   *
   * A result (or the next match) is in this section: show it.
   */
  signals[SECTION_ACTIVATED] =
    g_signal_new ("section-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, ACCORD_TYPE_SECTION);

  /**
   * AccordSearchPanel::event-activated:
   *
   * An event was chosen among the results: show it on the timeline.
   */
  signals[EVENT_ACTIVATED] =
    g_signal_new ("event-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, ACCORD_TYPE_EVENT);

  /**
   * AccordSearchPanel::person-activated:
   *
   * A person or organization was chosen among the results: show their page.
   */
  signals[PERSON_ACTIVATED] =
    g_signal_new ("person-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, ACCORD_TYPE_ACTOR);

  /**
   * AccordSearchPanel::search-finished:
   *
   * The results (or "No Results Found") of the current query are shown.
   */
  signals[SEARCH_FINISHED] =
    g_signal_new ("search-finished",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "search.next-match", NULL, _accord_search_panel_next_match_action);
  gtk_widget_class_install_action (widget_class, "search.previous-match", NULL, _accord_search_panel_previous_match_action);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/accordapp/Accord/ui/accord-search-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, AccordSearchPanel, limit_label);
  gtk_widget_class_bind_template_child (widget_class, AccordSearchPanel, match_box);
  gtk_widget_class_bind_template_child (widget_class, AccordSearchPanel, match_label);
  gtk_widget_class_bind_template_child (widget_class, AccordSearchPanel, result_list);
  gtk_widget_class_bind_template_child (widget_class, AccordSearchPanel, results_stack);
  gtk_widget_class_bind_template_child (widget_class, AccordSearchPanel, search_bar);
  gtk_widget_class_bind_template_child (widget_class, AccordSearchPanel, search_entry);
  gtk_widget_class_bind_template_callback (widget_class, on_result_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_mode_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_stop);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
}

static void
accord_search_panel_init (AccordSearchPanel *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkNoSelection) selection = NULL;
  GtkEventController *key, *focus;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_result_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_result_row), NULL);

  self->result_groups = g_list_store_new (G_TYPE_LIST_MODEL);
  self->results = gtk_flatten_list_model_new (g_object_ref (G_LIST_MODEL (self->result_groups)));
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->results)));
  gtk_list_view_set_factory (self->result_list, factory);
  gtk_list_view_set_model (self->result_list, GTK_SELECTION_MODEL (selection));

  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));

  key = gtk_event_controller_key_new ();
  g_signal_connect (key, "key-pressed", G_CALLBACK (_accord_search_panel_entry_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), key);
  key = gtk_event_controller_key_new ();
  g_signal_connect (key, "key-pressed", G_CALLBACK (_accord_search_panel_results_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->result_list), key);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect (focus, "enter", G_CALLBACK (_accord_search_panel_list_focus_enter), self);
  gtk_widget_add_controller (GTK_WIDGET (self->result_list), focus);

  _accord_search_panel_update_counter (self);
}

GtkWidget *
accord_search_panel_new (void)
{
  return g_object_new (ACCORD_TYPE_SEARCH_PANEL, NULL);
}

AccordBriefing *
accord_search_panel_get_briefing (AccordSearchPanel *self)
{
  g_return_val_if_fail (ACCORD_IS_SEARCH_PANEL (self), NULL);

  return self->briefing;
}

/**
 * accord_search_panel_set_briefing:
 *
 * Searches @briefing from now on.  Its index is built in a worker thread,
 * so typing never waits for a large briefing; a query typed meanwhile is
 * answered once the index is ready.
 */
void
accord_search_panel_set_briefing (AccordSearchPanel *self,
                                  AccordBriefing    *briefing)
{
  g_return_if_fail (ACCORD_IS_SEARCH_PANEL (self));
  g_return_if_fail (briefing == NULL || ACCORD_IS_BRIEFING (briefing));

  if (!g_set_object (&self->briefing, briefing))
    return;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->index != NULL)
    {
      /* A large index takes long to free: not on the main thread.  The
       * results of the last query hold their own reference to it. */
      accord_background_unref (g_steal_pointer (&self->index));
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READY]);
    }
  g_clear_handle_id (&self->index_source, g_source_remove);

  /* Built in a worker thread, after the briefing is on screen so that it
   * does not compete with the first frame; at once if a query waits. */
  if (briefing != NULL)
    self->index_source = g_idle_add_full (G_PRIORITY_LOW, build_index_when_idle, self, NULL);
  run_query (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BRIEFING]);
}

AccordSectionView *
accord_search_panel_get_section_view (AccordSearchPanel *self)
{
  g_return_val_if_fail (ACCORD_IS_SEARCH_PANEL (self), NULL);

  return self->section_view;
}

/**
 * accord_search_panel_set_section_view:
 *
 * The view in which the panel highlights the matches and steps through
 * them.  It follows the view's section as it changes.
 */
void
accord_search_panel_set_section_view (AccordSearchPanel *self,
                                      AccordSectionView *view)
{
  g_return_if_fail (ACCORD_IS_SEARCH_PANEL (self));
  g_return_if_fail (view == NULL || ACCORD_IS_SECTION_VIEW (view));

  if (self->section_view == view)
    return;

  if (self->section_view != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->section_view, on_view_section_changed, self);
      accord_section_view_set_highlight (self->section_view, NULL, NULL, NULL);
    }

  g_set_object (&self->section_view, view);

  if (view != NULL)
    g_signal_connect_swapped (view, "notify::section", G_CALLBACK (on_view_section_changed), self);

  _accord_search_panel_apply_query (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTION_VIEW]);
}

gboolean
accord_search_panel_get_search_mode (AccordSearchPanel *self)
{
  g_return_val_if_fail (ACCORD_IS_SEARCH_PANEL (self), FALSE);

  return gtk_search_bar_get_search_mode (self->search_bar);
}

void
accord_search_panel_set_search_mode (AccordSearchPanel *self,
                                     gboolean           search_mode)
{
  g_return_if_fail (ACCORD_IS_SEARCH_PANEL (self));

  gtk_search_bar_set_search_mode (self->search_bar, search_mode);
}

/**
 * accord_search_panel_set_key_capture_widget:
 *
 * Typing in @widget starts a search with what is typed.
 */
void
accord_search_panel_set_key_capture_widget (AccordSearchPanel *self,
                                            GtkWidget         *widget)
{
  g_return_if_fail (ACCORD_IS_SEARCH_PANEL (self));

  gtk_search_bar_set_key_capture_widget (self->search_bar, widget);
}

/**
 * accord_search_panel_begin:
 * @text: (nullable): words to search for, or %NULL to keep the entry's
 *
 * Opens the search with the entry focused.
 */
void
accord_search_panel_begin (AccordSearchPanel *self,
                           const char        *text)
{
  g_return_if_fail (ACCORD_IS_SEARCH_PANEL (self));

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  if (text != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

gboolean
accord_search_panel_get_searching (AccordSearchPanel *self)
{
  g_return_val_if_fail (ACCORD_IS_SEARCH_PANEL (self), FALSE);

  return gtk_widget_get_visible (GTK_WIDGET (self->results_stack));
}

gboolean
accord_search_panel_get_ready (AccordSearchPanel *self)
{
  g_return_val_if_fail (ACCORD_IS_SEARCH_PANEL (self), FALSE);

  return self->index != NULL;
}

AccordSearchPanelState
accord_search_panel_get_state (AccordSearchPanel *self)
{
  const char *name;

  g_return_val_if_fail (ACCORD_IS_SEARCH_PANEL (self), ACCORD_SEARCH_PANEL_IDLE);

  if (!accord_search_panel_get_searching (self))
    return ACCORD_SEARCH_PANEL_IDLE;

  name = gtk_stack_get_visible_child_name (self->results_stack);
  if (g_strcmp0 (name, "results") == 0)
    return ACCORD_SEARCH_PANEL_RESULTS;
  if (g_strcmp0 (name, "no-results") == 0)
    return ACCORD_SEARCH_PANEL_NO_RESULTS;

  return ACCORD_SEARCH_PANEL_WAITING;
}

/**
 * accord_search_panel_get_results:
 *
 * Returns: (transfer none): the rows of the results list: a
 *   #GtkStringObject for each group's header ("Quotes (3)"), then the
 *   group's #AccordSearchResult objects
 */
GListModel *
accord_search_panel_get_results (AccordSearchPanel *self)
{
  g_return_val_if_fail (ACCORD_IS_SEARCH_PANEL (self), NULL);

  return G_LIST_MODEL (self->results);
}

/**
 * accord_search_panel_get_match_text:
 *
 * Returns: what the counter shows ("1 of 2"), or "" when there is no match
 */
const char *
accord_search_panel_get_match_text (AccordSearchPanel *self)
{
  g_return_val_if_fail (ACCORD_IS_SEARCH_PANEL (self), NULL);

  return gtk_label_get_text (self->match_label);
}

GtkWidget *
accord_search_panel_get_entry (AccordSearchPanel *self)
{
  g_return_val_if_fail (ACCORD_IS_SEARCH_PANEL (self), NULL);

  return GTK_WIDGET (self->search_entry);
}
