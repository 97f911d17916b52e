/* accord-briefing-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A briefing as the reader goes through it: a sidebar with the sections
 * and the search, and the content: the section view and the timeline.
 * In a narrow window the two fold into one column (AdwLeaflet).
 */

#define G_LOG_DOMAIN "accord-briefing-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "accord-briefing.h"
#include "accord-briefing-page-private.h"
#include "accord-menu-button.h"
#include "accord-event.h"
#include "accord-section-node.h"
#include "accord-section.h"

#define DEFAULT_SIDEBAR_WIDTH 300

G_DEFINE_FINAL_TYPE (AccordBriefingPage, accord_briefing_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_BRIEFING,
  PROP_FOLDED,
  PROP_MENU_MODEL,
  PROP_SECTION,
  PROP_SIDEBAR_WIDTH,
  PROP_VIEW,
  PROP_CAN_GO_BACK,
  PROP_CAN_GO_FORWARD,
  N_PROPS
};

enum {
  BANNER_BUTTON_CLICKED,
  EVENT_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
set_view_section (AccordBriefingPage *self,
                  AccordSection      *section)
{
  if (section == accord_section_view_get_section (self->section_view))
    return;

  accord_section_view_set_section (self->section_view, section);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTION]);
}

/* The reading pane shows the section (not a person page) and the
 * history has it. */
static void
show_reading_section (AccordBriefingPage *self)
{
  AccordSection *section = accord_section_view_get_section (self->section_view);

  gtk_stack_set_visible_child_name (self->reading_stack, "section");
  if (section != NULL)
    _accord_briefing_page_record (self, "section", accord_section_get_id (section));
}

static void
on_selection_changed (AccordBriefingPage *self)
{
  g_autoptr(AccordSectionNode) node = NULL;
  AccordSection *section;
  GtkTreeListRow *row;

  row = gtk_single_selection_get_selected_item (self->selection);
  if (row == NULL)
    return;

  node = gtk_tree_list_row_get_item (row);
  section = accord_section_node_get_section (node);
  set_view_section (self, section);
  show_reading_section (self);
  adw_view_stack_set_visible_child_name (self->view_stack, "section");
}

/* The pane the reader is in.  Folded, it is the one shown (and the leaflet
 * moves the focus into it); unfolded, both show and nothing moves, but a
 * narrower window will fold to it, so the page shown survives folding. */
void
_accord_briefing_page_show_pane (AccordBriefingPage *self,
                                 GtkWidget          *pane)
{
  self->reader_pane = pane;

  if (adw_leaflet_get_folded (self->leaflet) &&
      adw_leaflet_get_visible_child (self->leaflet) != pane)
    adw_leaflet_set_visible_child (self->leaflet, pane);
  _accord_briefing_page_update_can_go_back (self);
}

static void
on_section_activated (AccordBriefingPage *self,
                      guint               position)
{
  gtk_single_selection_set_selected (self->selection, position);
  show_reading_section (self);
  _accord_briefing_page_show_pane (self, self->content);
}

static void
on_list_click_released (GtkGestureClick    *gesture,
                        int                 n_press,
                        double              x,
                        double              y,
                        AccordBriefingPage *self)
{
  /* In a folded window the list is the only page: a click means "open". */
  if (adw_leaflet_get_folded (self->leaflet))
    _accord_briefing_page_show_pane (self, self->content);
}

static gboolean
focus_shown_pane (gpointer data)
{
  AccordBriefingPage *self = data;
  GtkWidget *shown;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (self->leaflet == NULL || !adw_leaflet_get_folded (self->leaflet) || focus == NULL)
    return G_SOURCE_REMOVE;

  shown = adw_leaflet_get_visible_child (self->leaflet);
  if (gtk_widget_is_ancestor (focus, shown))
    return G_SOURCE_REMOVE;

  if (shown == self->content)
    accord_briefing_page_focus_view (self);
  else
    gtk_widget_child_focus (shown, GTK_DIR_TAB_FORWARD);

  return G_SOURCE_REMOVE;
}

/* Where the focus goes is where the reader is. */
static void
on_pane_focus_enter (GtkEventControllerFocus *controller,
                     AccordBriefingPage      *self)
{
  GtkWidget *pane = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));

  /* Folded, a pane that is not shown is not where the reader is, even
   * if GTK puts the focus there while the leaflet folds: the focus
   * follows the reader into the pane shown, rather than stay unseen. */
  if (adw_leaflet_get_folded (self->leaflet) &&
      adw_leaflet_get_visible_child (self->leaflet) != pane)
    {
      g_idle_add_full (G_PRIORITY_DEFAULT, focus_shown_pane, g_object_ref (self), g_object_unref);
      return;
    }

  self->reader_pane = pane;
}

/* A swipe back in a folded window moves the reader too. */
static void
on_visible_pane_changed (AccordBriefingPage *self)
{
  if (adw_leaflet_get_folded (self->leaflet))
    self->reader_pane = adw_leaflet_get_visible_child (self->leaflet);
  _accord_briefing_page_update_can_go_back (self);
}

static void
on_folded_changed (AccordBriefingPage *self)
{
  if (adw_leaflet_get_folded (self->leaflet) && self->reader_pane != NULL)
    {
      adw_leaflet_set_visible_child (self->leaflet, self->reader_pane);
      g_idle_add_full (G_PRIORITY_DEFAULT, focus_shown_pane, g_object_ref (self), g_object_unref);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLDED]);
  _accord_briefing_page_update_can_go_back (self);
}

static void
on_view_section_event_activated (AccordBriefingPage *self,
                                 AccordEvent        *event)
{
  accord_briefing_page_show_event (self, event);
}

static void
on_banner_button_clicked (AccordBriefingPage *self)
{
  g_signal_emit (self, signals[BANNER_BUTTON_CLICKED], 0);
}

static void
on_timeline_event_activated (AccordBriefingPage *self,
                             AccordEvent        *event)
{
  g_signal_emit (self, signals[EVENT_ACTIVATED], 0, event);
}

/* The timeline is built the first time it is shown: a window that is only
 * read never pays for it, and start-up does not measure it. */
static void
ensure_timeline_page (AccordBriefingPage *self)
{
  if (self->timeline_page != NULL)
    return;

  self->timeline_page = ACCORD_TIMELINE_PAGE (accord_timeline_page_new ());
  g_signal_connect_object (self->timeline_page, "event-activated",
                           G_CALLBACK (on_timeline_event_activated), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->timeline_page, "section-activated",
                           G_CALLBACK (accord_briefing_page_show_section), self, G_CONNECT_SWAPPED);
  if (self->briefing != NULL)
    accord_timeline_page_set_briefing (self->timeline_page, self->briefing);
  adw_bin_set_child (self->timeline_bin, GTK_WIDGET (self->timeline_page));
}

/* The bar of views shows only in a narrow window; given its stack, it
 * makes a button for each view at once, in the first frame. */
static void
on_switcher_bar_reveal (AccordBriefingPage *self)
{
  if (adw_view_switcher_bar_get_reveal (self->switcher_bar) &&
      adw_view_switcher_bar_get_stack (self->switcher_bar) == NULL)
    adw_view_switcher_bar_set_stack (self->switcher_bar, self->view_stack);
}

static void
on_visible_view_changed (AccordBriefingPage *self)
{
  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "timeline") == 0)
    ensure_timeline_page (self);
  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "notes") == 0)
    _accord_briefing_page_ensure_notes_page (self);

  /* A tab clicked is where the reader is now. */
  _accord_briefing_page_show_pane (self, self->content);

  /* The focus never stays behind on a page that is gone. */
  {
    GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
    GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;
    GtkWidget *visible = adw_view_stack_get_visible_child (self->view_stack);

    if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->view_stack)) &&
        !gtk_widget_is_ancestor (focus, visible))
      accord_briefing_page_focus_view (self);
  }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW]);
}

static gboolean
accord_briefing_page_grab_focus (GtkWidget *widget)
{
  AccordBriefingPage *self = ACCORD_BRIEFING_PAGE (widget);

  /* Up and Down go through the sections straight away; a search under
   * way keeps its entry. */
  if (self->search_panel != NULL && accord_search_panel_get_search_mode (self->search_panel))
    return gtk_widget_grab_focus (GTK_WIDGET (self->search_panel));

  _accord_briefing_page_focus_selected_row (self);
  return TRUE;
}

static void
accord_briefing_page_dispose (GObject *object)
{
  AccordBriefingPage *self = (AccordBriefingPage *)object;

  _accord_briefing_page_dispose_search (self);

  _accord_briefing_page_dispose_people (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), ACCORD_TYPE_BRIEFING_PAGE);
  self->search_panel = NULL;
  self->timeline_page = NULL;
  _accord_briefing_page_dispose_history (self);
  self->notes_page = NULL;

  g_clear_object (&self->notes);
  g_clear_object (&self->menu_model);
  g_clear_object (&self->selection);
  g_clear_object (&self->tree);
  g_clear_object (&self->nodes);
  g_clear_object (&self->briefing);

  G_OBJECT_CLASS (accord_briefing_page_parent_class)->dispose (object);
}

static void
accord_briefing_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  AccordBriefingPage *self = ACCORD_BRIEFING_PAGE (object);

  switch (prop_id)
    {
    case PROP_BRIEFING:
      g_value_set_object (value, self->briefing);
      break;
    case PROP_FOLDED:
      g_value_set_boolean (value, accord_briefing_page_get_folded (self));
      break;
    case PROP_MENU_MODEL:
      g_value_set_object (value, self->menu_model);
      break;
    case PROP_SECTION:
      g_value_set_object (value, accord_briefing_page_get_section (self));
      break;
    case PROP_SIDEBAR_WIDTH:
      g_value_set_int (value, accord_briefing_page_get_sidebar_width (self));
      break;
    case PROP_VIEW:
      g_value_set_string (value, accord_briefing_page_get_view (self));
      break;
    case PROP_CAN_GO_BACK:
      g_value_set_boolean (value, accord_briefing_page_can_go_back (self));
      break;
    case PROP_CAN_GO_FORWARD:
      g_value_set_boolean (value, accord_briefing_page_can_go_forward (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_briefing_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  AccordBriefingPage *self = ACCORD_BRIEFING_PAGE (object);

  switch (prop_id)
    {
    case PROP_MENU_MODEL:
      g_set_object (&self->menu_model, g_value_get_object (value));
      accord_menu_button_set_menu_on_demand (self->menu_button, self->menu_model);
      break;
    case PROP_SIDEBAR_WIDTH:
      accord_briefing_page_set_sidebar_width (self, g_value_get_int (value));
      break;
    case PROP_VIEW:
      accord_briefing_page_show_view (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_briefing_page_class_init (AccordBriefingPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = accord_briefing_page_dispose;
  object_class->get_property = accord_briefing_page_get_property;
  object_class->set_property = accord_briefing_page_set_property;
  widget_class->grab_focus = accord_briefing_page_grab_focus;

  properties[PROP_BRIEFING] =
    g_param_spec_object ("briefing", NULL, NULL,
                         ACCORD_TYPE_BRIEFING,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /* The window is too narrow for both panes: one shows at a time. */
  properties[PROP_FOLDED] =
    g_param_spec_boolean ("folded", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_MENU_MODEL] =
    g_param_spec_object ("menu-model", NULL, NULL,
                         G_TYPE_MENU_MODEL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SECTION] =
    g_param_spec_object ("section", NULL, NULL,
                         ACCORD_TYPE_SECTION,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_SIDEBAR_WIDTH] =
    g_param_spec_int ("sidebar-width", NULL, NULL,
                      120, 1000, DEFAULT_SIDEBAR_WIDTH,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* "section" or "timeline" */
  properties[PROP_VIEW] =
    g_param_spec_string ("view", NULL, NULL,
                         "section",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /* Back and forward (accord-briefing-page-history.c) */
  properties[PROP_CAN_GO_BACK] =
    g_param_spec_boolean ("can-go-back", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_GO_FORWARD] =
    g_param_spec_boolean ("can-go-forward", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * AccordBriefingPage::event-activated:
   *
   * Enter on an event of the timeline: the reader asks for its section.
   */
  /**
   * AccordBriefingPage::banner-button-clicked:
   *
   * The banner's button ("Show Error") was pressed.
   */
  signals[BANNER_BUTTON_CLICKED] =
    g_signal_new ("banner-button-clicked",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  signals[EVENT_ACTIVATED] =
    g_signal_new ("event-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, ACCORD_TYPE_EVENT);

  g_type_ensure (ACCORD_TYPE_SEARCH_PANEL);
  g_type_ensure (ACCORD_TYPE_WIDTH_BIN);
  g_type_ensure (ACCORD_TYPE_SECTION_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/accordapp/Accord/ui/accord-briefing-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AccordBriefingPage, banner_button);
  gtk_widget_class_bind_template_child (widget_class, AccordBriefingPage, banner_label);
  gtk_widget_class_bind_template_child (widget_class, AccordBriefingPage, banner_revealer);
  gtk_widget_class_bind_template_child (widget_class, AccordBriefingPage, content);
  gtk_widget_class_bind_template_child (widget_class, AccordBriefingPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, AccordBriefingPage, menu_button);
  gtk_widget_class_bind_template_child (widget_class, AccordBriefingPage, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, AccordBriefingPage, people_list);
  gtk_widget_class_bind_template_child (widget_class, AccordBriefingPage, person_bin);
  gtk_widget_class_bind_template_child (widget_class, AccordBriefingPage, reading_stack);
  gtk_widget_class_bind_template_child (widget_class, AccordBriefingPage, search_button);
  gtk_widget_class_bind_template_child (widget_class, AccordBriefingPage, sections_pane);
  gtk_widget_class_bind_template_child (widget_class, AccordBriefingPage, section_list);
  gtk_widget_class_bind_template_child (widget_class, AccordBriefingPage, section_view);
  gtk_widget_class_bind_template_child (widget_class, AccordBriefingPage, sidebar);
  gtk_widget_class_bind_template_child (widget_class, AccordBriefingPage, sidebar_bin);
  gtk_widget_class_bind_template_child (widget_class, AccordBriefingPage, sidebar_header);
  gtk_widget_class_bind_template_child (widget_class, AccordBriefingPage, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, AccordBriefingPage, sidebar_title);
  gtk_widget_class_bind_template_child (widget_class, AccordBriefingPage, notes_bin);
  _accord_briefing_page_notes_class_init (widget_class);
  _accord_briefing_page_search_class_init (widget_class);
  gtk_widget_class_bind_template_child (widget_class, AccordBriefingPage, timeline_bin);
  gtk_widget_class_bind_template_child (widget_class, AccordBriefingPage, view_stack);
  gtk_widget_class_bind_template_callback (widget_class, on_banner_button_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_folded_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_switcher_bar_reveal);
  gtk_widget_class_bind_template_callback (widget_class, on_section_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_view_section_event_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_visible_pane_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_visible_view_changed);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
accord_briefing_page_init (AccordBriefingPage *self)
{
  GtkEventController *focus;
  GtkGesture *click;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->reader_pane = GTK_WIDGET (self->sidebar_bin);

  _accord_briefing_page_init_sections (self);
  _accord_briefing_page_init_people (self);
  _accord_briefing_page_init_history (self);

  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->tree)));
  gtk_single_selection_set_autoselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "notify::selected-item",
                            G_CALLBACK (on_selection_changed), self);
  gtk_list_view_set_model (self->section_list, GTK_SELECTION_MODEL (self->selection));

  click = gtk_gesture_click_new ();
  g_signal_connect (click, "released", G_CALLBACK (on_list_click_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self->section_list), GTK_EVENT_CONTROLLER (click));

  focus = gtk_event_controller_focus_new ();
  g_signal_connect (focus, "enter", G_CALLBACK (on_pane_focus_enter), self);
  gtk_widget_add_controller (GTK_WIDGET (self->sidebar_bin), focus);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect (focus, "enter", G_CALLBACK (on_pane_focus_enter), self);
  gtk_widget_add_controller (self->content, focus);

  _accord_briefing_page_init_search (self);
}

GtkWidget *
accord_briefing_page_new (GMenuModel *menu_model)
{
  return g_object_new (ACCORD_TYPE_BRIEFING_PAGE,
                       "menu-model", menu_model,
                       NULL);
}

AccordBriefing *
accord_briefing_page_get_briefing (AccordBriefingPage *self)
{
  g_return_val_if_fail (ACCORD_IS_BRIEFING_PAGE (self), NULL);

  return self->briefing;
}

/**
 * accord_briefing_page_set_briefing:
 * @section: (nullable): the section to show first; %NULL for the first
 *
 * Shows @briefing: its sections in the sidebar, @section in the content,
 * its events on the timeline; a search under way goes on in it.
 */
void
accord_briefing_page_set_briefing (AccordBriefingPage *self,
                                   AccordBriefing     *briefing,
                                   AccordSection      *section)
{
  guint position = GTK_INVALID_LIST_POSITION;

  g_return_if_fail (ACCORD_IS_BRIEFING_PAGE (self));
  g_return_if_fail (ACCORD_IS_BRIEFING (briefing));
  g_return_if_fail (section == NULL || ACCORD_IS_SECTION (section));

  /* Another file starts another history; a reload keeps it. */
  if (self->briefing != NULL)
    {
      g_autofree char *old_key = accord_briefing_dup_key (self->briefing);
      g_autofree char *new_key = accord_briefing_dup_key (briefing);

      if (g_strcmp0 (old_key, new_key) != 0)
        {
          _accord_briefing_page_dispose_history (self);
          _accord_briefing_page_init_history (self);
          g_clear_pointer (&self->pending_person, g_free);
          if (self->person_page != NULL)
            accord_person_page_set_person (self->person_page, NULL, NULL);
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_GO_FORWARD]);
          _accord_briefing_page_update_can_go_back (self);
        }
    }

  g_set_object (&self->briefing, briefing);
  _accord_briefing_page_set_people_briefing (self, briefing);

  /* The same briefing reloaded keeps the sidebar's rows (and which
   * subsections are closed): only what changed is replaced. */
  g_signal_handlers_block_by_func (self->selection, on_selection_changed, self);
  accord_section_node_sync_store (self->nodes, accord_briefing_get_sections (briefing));
  g_signal_handlers_unblock_by_func (self->selection, on_selection_changed, self);

  adw_window_title_set_subtitle (self->sidebar_title, accord_briefing_get_title (briefing));
  if (self->search_panel != NULL)
    accord_search_panel_set_briefing (self->search_panel, briefing);
  if (self->timeline_page != NULL)
    accord_timeline_page_set_briefing (self->timeline_page, briefing);

  if (section != NULL)
    position = _accord_briefing_page_find_section_position (self, section);
  if (position == GTK_INVALID_LIST_POSITION)
    position = 0;

  _accord_briefing_page_update_notes (self);
  /* Showing a briefing (or the same one reloaded) is not a step of the
   * reader's: only a new history starts at its first section. */
  self->navigating = TRUE;
  gtk_single_selection_set_selected (self->selection, position);
  on_selection_changed (self);
  self->navigating = FALSE;
  if (accord_history_get_n_places (self->history) == 0)
    show_reading_section (self);
  
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BRIEFING]);
}

AccordSection *
accord_briefing_page_get_section (AccordBriefingPage *self)
{
  g_return_val_if_fail (ACCORD_IS_BRIEFING_PAGE (self), NULL);

  return accord_section_view_get_section (self->section_view);
}

/**
 * accord_briefing_page_show_section:
 *
 * Selects @section in the sidebar and shows it; in a folded window, the
 * content comes forward.
 */
void
accord_briefing_page_show_section (AccordBriefingPage *self,
                                   AccordSection      *section)
{
  guint position;

  g_return_if_fail (ACCORD_IS_BRIEFING_PAGE (self));
  g_return_if_fail (ACCORD_IS_SECTION (section));

  position = _accord_briefing_page_find_section_position (self, section);
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_single_selection_set_selected (self->selection, position);
  else
    set_view_section (self, section);

  show_reading_section (self);
  adw_view_stack_set_visible_child_name (self->view_stack, "section");
  _accord_briefing_page_show_pane (self, self->content);
}

/**
 * accord_briefing_page_show_event:
 *
 * Shows the timeline with @event selected and focused.
 */
void
accord_briefing_page_show_event (AccordBriefingPage *self,
                                 AccordEvent        *event)
{
  g_return_if_fail (ACCORD_IS_BRIEFING_PAGE (self));
  g_return_if_fail (event == NULL || ACCORD_IS_EVENT (event));

  accord_briefing_page_show_view (self, "timeline");
  if (event != NULL)
    {
      accord_timeline_page_show_event (self->timeline_page, event);
      _accord_briefing_page_record (self, "event", accord_event_get_id (event));
    }
}

const char *
accord_briefing_page_get_view (AccordBriefingPage *self)
{
  g_return_val_if_fail (ACCORD_IS_BRIEFING_PAGE (self), NULL);

  return adw_view_stack_get_visible_child_name (self->view_stack);
}

/**
 * accord_briefing_page_show_view:
 * @name: "section", "timeline" or "notes"
 */
void
accord_briefing_page_show_view (AccordBriefingPage *self,
                                const char         *name)
{
  g_return_if_fail (ACCORD_IS_BRIEFING_PAGE (self));
  g_return_if_fail (g_strcmp0 (name, "section") == 0 || g_strcmp0 (name, "timeline") == 0 ||
                    g_strcmp0 (name, "notes") == 0);

  adw_view_stack_set_visible_child_name (self->view_stack, name);
  _accord_briefing_page_show_pane (self, self->content);
}

/**
 * accord_briefing_page_focus_view:
 *
 * Gives the keyboard focus to the view shown: the reading column, or the
 * timeline's event shown on the card (the first when none is).
 */
void
accord_briefing_page_focus_view (AccordBriefingPage *self)
{
  g_return_if_fail (ACCORD_IS_BRIEFING_PAGE (self));

  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "timeline") == 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->timeline_page));
  else if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "notes") == 0)
    accord_notes_page_focus (self->notes_page);
  else if (accord_briefing_page_get_person (self) != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->person_page));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->section_view));
}

/**
 * accord_briefing_page_navigate_back:
 *
 * In a folded window, goes from the content back to the sidebar.
 *
 * Returns: whether it did
 */
gboolean
accord_briefing_page_navigate_back (AccordBriefingPage *self)
{
  g_return_val_if_fail (ACCORD_IS_BRIEFING_PAGE (self), FALSE);

  if (!adw_leaflet_get_folded (self->leaflet) ||
      adw_leaflet_get_visible_child (self->leaflet) != self->content)
    return FALSE;

  _accord_briefing_page_show_pane (self, GTK_WIDGET (self->sidebar_bin));
  _accord_briefing_page_focus_selected_row (self);
  return TRUE;
}

gboolean
accord_briefing_page_get_folded (AccordBriefingPage *self)
{
  g_return_val_if_fail (ACCORD_IS_BRIEFING_PAGE (self), FALSE);

  return adw_leaflet_get_folded (self->leaflet);
}

/**
 * accord_briefing_page_get_content_shown:
 *
 * Returns: whether the content (section or timeline) is the pane shown,
 *   or would be were the window folded
 */
gboolean
accord_briefing_page_get_content_shown (AccordBriefingPage *self)
{
  g_return_val_if_fail (ACCORD_IS_BRIEFING_PAGE (self), FALSE);

  return self->reader_pane == self->content;
}

int
accord_briefing_page_get_sidebar_width (AccordBriefingPage *self)
{
  g_return_val_if_fail (ACCORD_IS_BRIEFING_PAGE (self), DEFAULT_SIDEBAR_WIDTH);

  return accord_width_bin_get_width (self->sidebar_bin);
}

/**
 * accord_briefing_page_set_sidebar_width:
 *
 * The sidebar keeps this width whatever the content shows; only folding
 * changes it.
 */
void
accord_briefing_page_set_sidebar_width (AccordBriefingPage *self,
                                        int                 width)
{
  g_return_if_fail (ACCORD_IS_BRIEFING_PAGE (self));

  if (accord_width_bin_get_width (self->sidebar_bin) == width)
    return;

  accord_width_bin_set_width (self->sidebar_bin, width);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIDEBAR_WIDTH]);
}

/**
 * accord_briefing_page_get_sections_model:
 *
 * Returns: (transfer none): the sidebar's rows, as a #GtkSelectionModel
 *   of #GtkTreeListRow, each of an #AccordSectionNode
 */
GListModel *
accord_briefing_page_get_sections_model (AccordBriefingPage *self)
{
  g_return_val_if_fail (ACCORD_IS_BRIEFING_PAGE (self), NULL);

  return G_LIST_MODEL (self->selection);
}

AccordSectionView *
accord_briefing_page_get_section_view (AccordBriefingPage *self)
{
  g_return_val_if_fail (ACCORD_IS_BRIEFING_PAGE (self), NULL);

  return self->section_view;
}

/**
 * accord_briefing_page_get_timeline_page:
 *
 * Returns: (nullable): the timeline page, or %NULL before it was first shown
 */
AccordTimelinePage *
accord_briefing_page_get_timeline_page (AccordBriefingPage *self)
{
  g_return_val_if_fail (ACCORD_IS_BRIEFING_PAGE (self), NULL);

  return self->timeline_page;
}

/**
 * accord_briefing_page_set_banner:
 * @message: (nullable): plain text, or %NULL to hide the banner
 * @button_label: (nullable): the button's label, or %NULL for none
 *
 * A notice above the content that does not take the focus: the file
 * changed and could not be read again, or it is gone.
 */
void
accord_briefing_page_set_banner (AccordBriefingPage *self,
                                 const char         *message,
                                 const char         *button_label)
{
  g_return_if_fail (ACCORD_IS_BRIEFING_PAGE (self));

  if (message != NULL)
    {
      gtk_label_set_text (self->banner_label, message);
      gtk_widget_set_visible (GTK_WIDGET (self->banner_button), button_label != NULL);
      if (button_label != NULL)
        gtk_button_set_label (self->banner_button, button_label);
    }

  gtk_revealer_set_reveal_child (self->banner_revealer, message != NULL);
}

/**
 * accord_briefing_page_get_banner:
 *
 * Returns: (nullable): the banner's text, or %NULL when none is shown
 */
const char *
accord_briefing_page_get_banner (AccordBriefingPage *self)
{
  g_return_val_if_fail (ACCORD_IS_BRIEFING_PAGE (self), NULL);

  if (!gtk_revealer_get_reveal_child (self->banner_revealer))
    return NULL;

  return gtk_label_get_text (self->banner_label);
}
