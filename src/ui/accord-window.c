/* accord-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-window"

#include "config.h"

#include <glib/gi18n.h>

#include "accord-briefing.h"
#include "accord-event.h"
#include "accord-loader.h"
#include "accord-section.h"
#include "accord-section-view.h"
#include "accord-window-private.h"

#define MAX_RECENT 10

G_DEFINE_FINAL_TYPE (AccordWindow, accord_window, ADW_TYPE_APPLICATION_WINDOW)

static GListModel *
create_children_model (gpointer item,
                       gpointer user_data)
{
  GListModel *children = accord_section_get_children (ACCORD_SECTION (item));

  if (g_list_model_get_n_items (children) == 0)
    return NULL;

  return g_object_ref (children);
}

static void
setup_section_row (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   gpointer                  user_data)
{
  GtkWidget *expander = gtk_tree_expander_new ();
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  /* Long titles take a second line before they are shortened. */
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (label), 2);
  gtk_label_set_natural_wrap_mode (GTK_LABEL (label), GTK_NATURAL_WRAP_NONE);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), label);
  gtk_list_item_set_child (item, expander);
}

static void
bind_section_row (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  GtkTreeListRow *row = gtk_list_item_get_item (item);
  GtkWidget *expander = gtk_list_item_get_child (item);
  GtkWidget *label = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (expander));
  g_autoptr(AccordSection) section = gtk_tree_list_row_get_item (row);
  const char *title = accord_section_get_title (section);

  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), row);
  gtk_label_set_text (GTK_LABEL (label), title);
  gtk_widget_set_tooltip_text (label, title);
}

static void
unbind_section_row (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    gpointer                  user_data)
{
  GtkWidget *expander = gtk_list_item_get_child (item);

  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), NULL);
}

static char *
briefing_key (AccordBriefing *briefing)
{
  GFile *file = accord_briefing_get_file (briefing);

  if (file != NULL)
    return g_file_get_uri (file);

  return g_strconcat ("bundled:", accord_briefing_get_id (briefing), NULL);
}

static void
remember_section (AccordWindow  *self,
                  AccordSection *section)
{
  g_autoptr(GVariant) old = NULL;
  g_autofree char *key = NULL;
  GVariantBuilder builder;
  GVariantIter iter;
  const char *k, *v;
  guint kept = 0;

  if (self->briefing == NULL || section == NULL)
    return;

  key = briefing_key (self->briefing);
  old = g_settings_get_value (self->settings, "last-sections");

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{ss}"));
  g_variant_builder_add (&builder, "{ss}", key, accord_section_get_id (section));

  /* Bounded, so the setting cannot grow forever. */
  g_variant_iter_init (&iter, old);
  while (g_variant_iter_next (&iter, "{&s&s}", &k, &v) && kept < 50)
    {
      if (g_strcmp0 (k, key) == 0)
        continue;
      g_variant_builder_add (&builder, "{ss}", k, v);
      kept++;
    }

  g_settings_set_value (self->settings, "last-sections", g_variant_builder_end (&builder));
}

static char *
recall_section (AccordWindow *self)
{
  g_autoptr(GVariant) dict = NULL;
  g_autofree char *key = briefing_key (self->briefing);
  char *id = NULL;

  dict = g_settings_get_value (self->settings, "last-sections");
  if (!g_variant_lookup (dict, key, "s", &id))
    return NULL;

  return id;
}

static void
show_section (AccordWindow  *self,
              AccordSection *section)
{
  accord_section_view_set_section (self->section_view, section);
  adw_view_stack_set_visible_child_name (self->view_stack, "section");

  if (section != NULL)
    {
      adw_window_title_set_subtitle (self->sidebar_title, accord_briefing_get_title (self->briefing));
      remember_section (self, section);
    }

  _accord_window_search_section_changed (self);
}

static void
on_selection_changed (AccordWindow *self)
{
  g_autoptr(AccordSection) section = NULL;
  GtkTreeListRow *row;

  row = gtk_single_selection_get_selected_item (self->selection);
  if (row == NULL)
    return;

  section = gtk_tree_list_row_get_item (row);
  show_section (self, section);
}

static void
on_section_activated (AccordWindow *self,
                      guint         position)
{
  gtk_single_selection_set_selected (self->selection, position);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
on_list_click_released (GtkGestureClick *gesture,
                        int              n_press,
                        double           x,
                        double           y,
                        AccordWindow    *self)
{
  /* In a folded window the list is the only page: a click means "open". */
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
on_event_activated (AccordWindow *self,
                    AccordEvent  *event)
{
  accord_window_show_event (self, event);
}

/* Finds the row of a section in the tree, expanding its ancestors. */
static guint
find_section_position (AccordWindow  *self,
                       AccordSection *section)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->tree));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (self->tree), i);
      g_autoptr(AccordSection) item = gtk_tree_list_row_get_item (row);

      if (item == section)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

static void
add_recent (AccordWindow *self,
            GFile        *file)
{
  g_auto(GStrv) old = g_settings_get_strv (self->settings, "recent-files");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *uri = g_file_get_uri (file);
  g_auto(GStrv) recent = NULL;
  guint n = 1;

  g_strv_builder_add (builder, uri);
  for (guint i = 0; old[i] != NULL && n < MAX_RECENT; i++)
    {
      if (g_strcmp0 (old[i], uri) == 0)
        continue;
      g_strv_builder_add (builder, old[i]);
      n++;
    }

  recent = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-files", (const char * const *)recent);
}

static void
update_recent_menu (AccordWindow *self)
{
  g_auto(GStrv) recent = g_settings_get_strv (self->settings, "recent-files");

  g_menu_remove_all (self->recent_section);

  for (guint i = 0; recent[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_uri (recent[i]);
      g_autofree char *name = g_file_get_basename (file);
      g_autoptr(GMenuItem) item = NULL;

      if (name == NULL)
        continue;

      item = g_menu_item_new (name, NULL);
      g_menu_item_set_action_and_target (item, "win.open-recent", "s", recent[i]);
      g_menu_append_item (self->recent_section, item);
    }
}

typedef struct
{
  const char *id;
  gsize       offset;
} PageWidget;

#define PAGE_WIDGET(name) { #name, G_STRUCT_OFFSET (AccordWindow, name) }

static const PageWidget briefing_widgets[] = {
  PAGE_WIDGET (content),
  PAGE_WIDGET (leaflet),
  PAGE_WIDGET (match_box),
  PAGE_WIDGET (match_label),
  PAGE_WIDGET (no_results_page),
  PAGE_WIDGET (result_list),
  PAGE_WIDGET (search_bar),
  PAGE_WIDGET (search_button),
  PAGE_WIDGET (search_entry),
  PAGE_WIDGET (section_list),
  PAGE_WIDGET (section_view),
  PAGE_WIDGET (sidebar),
  PAGE_WIDGET (sidebar_stack),
  PAGE_WIDGET (sidebar_title),
  PAGE_WIDGET (switcher_title),
  PAGE_WIDGET (timeline_box),
  PAGE_WIDGET (view_stack),
};

static const PageWidget error_widgets[] = {
  PAGE_WIDGET (error_label),
  PAGE_WIDGET (error_open_button),
  PAGE_WIDGET (error_page),
};

/* Builds one page of the main stack from its resource and fills in the
 * window's pointers to its widgets.  The page's signal handlers are the
 * window's, with the window as their first argument. */
static void
add_page (AccordWindow     *self,
          const char       *name,
          const char       *resource,
          const char       *root_id,
          const PageWidget *widgets,
          gsize             n_widgets)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new ();
  g_autoptr(GtkBuilderScope) scope = gtk_builder_cscope_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_strconcat ("/io/github/accordapp/Accord/ui/", resource, NULL);
  GObject *root;

  gtk_builder_cscope_add_callback_symbols (GTK_BUILDER_CSCOPE (scope),
                                           "on_event_activated", G_CALLBACK (on_event_activated),
                                           "on_result_activated", G_CALLBACK (on_result_activated),
                                           "on_search_activate", G_CALLBACK (on_search_activate),
                                           "on_search_changed", G_CALLBACK (on_search_changed),
                                           "on_search_stop", G_CALLBACK (on_search_stop),
                                           "on_section_activated", G_CALLBACK (on_section_activated),
                                           NULL);
  gtk_builder_set_scope (builder, scope);
  gtk_builder_set_current_object (builder, G_OBJECT (self));
  gtk_builder_set_translation_domain (builder, GETTEXT_PACKAGE);
  gtk_builder_expose_object (builder, "primary_menu", G_OBJECT (self->primary_menu));

  /* The page is compiled into the program: failing to build it is a bug
   * in Accord, which the widget tests catch, not something a user causes. */
  if (!gtk_builder_add_from_resource (builder, path, &error))
    g_error ("%s: %s", path, error->message);

  for (gsize i = 0; i < n_widgets; i++)
    {
      GObject *object = gtk_builder_get_object (builder, widgets[i].id);

      g_assert (object != NULL);
      G_STRUCT_MEMBER (gpointer, self, widgets[i].offset) = object;
    }

  root = gtk_builder_get_object (builder, root_id);
  g_assert (GTK_IS_WIDGET (root));
  gtk_stack_add_named (self->main_stack, GTK_WIDGET (root), name);
}

static void
clear_page_widgets (AccordWindow     *self,
                    const PageWidget *widgets,
                    gsize             n_widgets)
{
  for (gsize i = 0; i < n_widgets; i++)
    G_STRUCT_MEMBER (gpointer, self, widgets[i].offset) = NULL;
}

void
_accord_window_ensure_briefing_page (AccordWindow *self)
{
  g_autoptr(GtkListItemFactory) factory = NULL;
  GtkGesture *click;

  if (self->leaflet != NULL)
    return;

  add_page (self, "briefing", "accord-window-briefing.ui", "leaflet",
            briefing_widgets, G_N_ELEMENTS (briefing_widgets));

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_section_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_section_row), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_section_row), NULL);
  gtk_list_view_set_factory (self->section_list, factory);

  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "notify::selected-item",
                            G_CALLBACK (on_selection_changed), self);
  gtk_list_view_set_model (self->section_list, GTK_SELECTION_MODEL (self->selection));

  click = gtk_gesture_click_new ();
  g_signal_connect (click, "released", G_CALLBACK (on_list_click_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self->section_list), GTK_EVENT_CONTROLLER (click));

  _accord_window_init_search (self);
  _accord_window_init_timeline (self);
}

static void
ensure_error_page (AccordWindow *self)
{
  if (self->error_page == NULL)
    add_page (self, "error", "accord-window-error.ui", "error_box",
              error_widgets, G_N_ELEMENTS (error_widgets));
}

void
accord_window_set_briefing (AccordWindow   *self,
                            AccordBriefing *briefing)
{
  g_autofree char *last = NULL;
  guint position = 0;

  g_return_if_fail (ACCORD_IS_WINDOW (self));
  g_return_if_fail (ACCORD_IS_BRIEFING (briefing));

  _accord_window_ensure_briefing_page (self);
  g_set_object (&self->briefing, briefing);

  _accord_window_search_briefing_changed (self);

  g_clear_object (&self->tree);
  self->tree = gtk_tree_list_model_new (g_object_ref (accord_briefing_get_sections (briefing)),
                                        FALSE, TRUE,
                                        create_children_model, NULL, NULL);

  g_signal_handlers_block_by_func (self->selection, on_selection_changed, self);
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->tree));
  g_signal_handlers_unblock_by_func (self->selection, on_selection_changed, self);

  gtk_window_set_title (GTK_WINDOW (self), accord_briefing_get_title (briefing));
  adw_window_title_set_title (self->sidebar_title, _("Sections"));
  adw_window_title_set_subtitle (self->sidebar_title, accord_briefing_get_title (briefing));

  _accord_window_timeline_briefing_changed (self);

  last = self->pending_section ? g_steal_pointer (&self->pending_section) : recall_section (self);
  if (last != NULL)
    {
      AccordSection *section = accord_briefing_lookup_section (briefing, last);

      if (section != NULL)
        position = find_section_position (self, section);
      if (position == GTK_INVALID_LIST_POSITION)
        position = 0;
    }

  gtk_single_selection_set_selected (self->selection, position);
  on_selection_changed (self);

  gtk_stack_set_visible_child_name (self->main_stack, "briefing");
  gtk_spinner_stop (self->spinner);
  _accord_window_update_actions (self);

  /* Up and Down go through the sections straight away. */
  if (!gtk_search_bar_get_search_mode (self->search_bar))
    gtk_widget_grab_focus (GTK_WIDGET (self->section_list));
}

AccordBriefing *
accord_window_get_briefing (AccordWindow *self)
{
  g_return_val_if_fail (ACCORD_IS_WINDOW (self), NULL);
  return self->briefing;
}

AccordSection *
accord_window_get_section (AccordWindow *self)
{
  g_return_val_if_fail (ACCORD_IS_WINDOW (self), NULL);

  if (self->section_view == NULL)
    return NULL;

  return accord_section_view_get_section (self->section_view);
}

/**
 * accord_window_select_section:
 *
 * Returns: %TRUE if the briefing has a section with that id
 */
gboolean
accord_window_select_section (AccordWindow *self,
                              const char   *id)
{
  AccordSection *section;
  guint position;

  g_return_val_if_fail (ACCORD_IS_WINDOW (self), FALSE);

  if (self->briefing == NULL ||
      (section = accord_briefing_lookup_section (self->briefing, id)) == NULL)
    return FALSE;

  position = find_section_position (self, section);
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_single_selection_set_selected (self->selection, position);
  else
    show_section (self, section);

  adw_view_stack_set_visible_child_name (self->view_stack, "section");
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);

  return TRUE;
}

/**
 * accord_window_show_error:
 *
 * Shows why a briefing could not be opened.  The message is plain text: it
 * may quote the file, so it never goes through markup.
 */
void
accord_window_show_error (AccordWindow *self,
                          const GError *error)
{
  g_return_if_fail (ACCORD_IS_WINDOW (self));
  g_return_if_fail (error != NULL);

  ensure_error_page (self);
  gtk_label_set_text (self->error_label, error->message);
  gtk_stack_set_visible_child_name (self->main_stack, "error");
  gtk_spinner_stop (self->spinner);
  gtk_widget_grab_focus (GTK_WIDGET (self->error_open_button));
  _accord_window_update_actions (self);
}

static void
load_file_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(AccordWindow) self = user_data;
  g_autoptr(AccordBriefing) briefing = NULL;
  g_autoptr(GError) error = NULL;

  briefing = accord_loader_load_file_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->cancellable);

  if (briefing == NULL)
    {
      accord_window_show_error (self, error);
      return;
    }

  add_recent (self, accord_briefing_get_file (briefing));
  accord_window_set_briefing (self, briefing);
}

/**
 * accord_window_open_file:
 *
 * Loads in a worker thread: the window stays responsive, with a spinner,
 * while a large briefing is read and checked.
 */
void
accord_window_open_file (AccordWindow *self,
                         GFile        *file)
{
  g_return_if_fail (ACCORD_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  gtk_stack_set_visible_child_name (self->main_stack, "loading");
  gtk_spinner_start (self->spinner);

  accord_loader_load_file_async (file, NULL, self->cancellable,
                                 load_file_cb, g_object_ref (self));
}

/**
 * accord_window_open_file_at:
 *
 * Like accord_window_open_file(), then shows the section once loaded.
 */
void
accord_window_open_file_at (AccordWindow *self,
                            GFile        *file,
                            const char   *section_id)
{
  g_return_if_fail (ACCORD_IS_WINDOW (self));

  accord_window_open_file (self, file);
  g_free (self->pending_section);
  self->pending_section = g_strdup (section_id);
}

void
accord_window_open_bundled (AccordWindow *self)
{
  g_autoptr(AccordBriefing) briefing = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (ACCORD_IS_WINDOW (self));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  briefing = accord_loader_load_bundled (&error);
  if (briefing == NULL)
    accord_window_show_error (self, error);
  else
    accord_window_set_briefing (self, briefing);
}

void
accord_window_add_toast (AccordWindow *self,
                         AdwToast     *toast)
{
  g_return_if_fail (ACCORD_IS_WINDOW (self));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         AccordWindow  *self)
{
  GSList *files;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  files = g_value_get_boxed (value);
  if (files == NULL)
    return FALSE;

  accord_window_open_file (self, files->data);

  return TRUE;
}

static gboolean
accord_window_close_request (GtkWindow *window)
{
  AccordWindow *self = ACCORD_WINDOW (window);
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  if (!gtk_window_is_maximized (window))
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }

  g_cancellable_cancel (self->cancellable);

  return GTK_WINDOW_CLASS (accord_window_parent_class)->close_request (window);
}

static void
accord_window_dispose (GObject *object)
{
  AccordWindow *self = (AccordWindow *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  _accord_window_search_dispose (self);
  _accord_window_actions_dispose (self);

  if (self->shortcuts_window != NULL)
    gtk_window_destroy (self->shortcuts_window);
  g_clear_weak_pointer (&self->shortcuts_window);

  gtk_widget_dispose_template (GTK_WIDGET (self), ACCORD_TYPE_WINDOW);
  clear_page_widgets (self, briefing_widgets, G_N_ELEMENTS (briefing_widgets));
  clear_page_widgets (self, error_widgets, G_N_ELEMENTS (error_widgets));

  g_clear_object (&self->selection);
  g_clear_object (&self->tree);
  g_clear_object (&self->briefing);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->pending_section, g_free);

  G_OBJECT_CLASS (accord_window_parent_class)->dispose (object);
}

static void
accord_window_class_init (AccordWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = accord_window_dispose;
  window_class->close_request = accord_window_close_request;

  g_type_ensure (ACCORD_TYPE_SECTION_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/accordapp/Accord/ui/accord-window.ui");
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, recent_section);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, spinner);
  gtk_widget_class_bind_template_child (widget_class, AccordWindow, toast_overlay);

  _accord_window_class_init_actions (widget_class);
}

static void
accord_window_init (AccordWindow *self)
{
  GtkDropTarget *drop;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (drop, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  g_signal_connect_object (self->settings, "changed::recent-files",
                           G_CALLBACK (update_recent_menu), self, G_CONNECT_SWAPPED);
  update_recent_menu (self);

  _accord_window_update_actions (self);
}

AccordWindow *
accord_window_new (AdwApplication *application)
{
  return g_object_new (ACCORD_TYPE_WINDOW,
                       "application", application,
                       NULL);
}
