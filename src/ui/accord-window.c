/* accord-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window is a shell: it owns the main stack of pages (loading, the
 * briefing, an error), the toasts, the actions and the settings, and it
 * loads briefings.  The pages are widgets of their own, built when first
 * needed; they report what the reader asks for through signals.
 */

#define G_LOG_DOMAIN "accord-window"

#include "config.h"

#include <glib/gi18n.h>

#include "accord-briefing.h"
#include "accord-event.h"
#include "accord-loader.h"
#include "accord-section.h"
#include "accord-toast.h"
#include "accord-window-private.h"

#define MAX_RECENT        10
#define MAX_LAST_SECTIONS 50

G_DEFINE_FINAL_TYPE (AccordWindow, accord_window, ADW_TYPE_APPLICATION_WINDOW)

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

  key = accord_briefing_dup_key (self->briefing);
  old = g_settings_get_value (self->settings, "last-sections");

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{ss}"));
  g_variant_builder_add (&builder, "{ss}", key, accord_section_get_id (section));

  /* Bounded, so the setting cannot grow forever. */
  g_variant_iter_init (&iter, old);
  while (g_variant_iter_next (&iter, "{&s&s}", &k, &v) && kept < MAX_LAST_SECTIONS)
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
  g_autoptr(GVariant) dict = g_settings_get_value (self->settings, "last-sections");
  g_autofree char *key = accord_briefing_dup_key (self->briefing);
  char *id = NULL;

  if (!g_variant_lookup (dict, key, "s", &id))
    return NULL;

  return id;
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

static void
on_page_section_changed (AccordWindow *self)
{
  remember_section (self, accord_briefing_page_get_section (self->briefing_page));
}

/* Enter on an event of the timeline opens the first section it belongs to. */
static void
on_page_event_activated (AccordWindow *self,
                         AccordEvent  *event)
{
  if (accord_event_get_n_sections (event) == 0)
    {
      accord_window_add_toast (self, adw_toast_new (_("This event belongs to no section")));
      return;
    }

  accord_window_show_section (self, accord_event_get_section (event, 0));
}

AccordBriefingPage *
_accord_window_ensure_briefing_page (AccordWindow *self)
{
  if (self->briefing_page != NULL)
    return self->briefing_page;

  self->briefing_page = ACCORD_BRIEFING_PAGE (accord_briefing_page_new (self->primary_menu));
  g_settings_bind (self->settings, "sidebar-width", self->briefing_page, "sidebar-width",
                   G_SETTINGS_BIND_DEFAULT);
  g_signal_connect_object (self->briefing_page, "notify::section",
                           G_CALLBACK (on_page_section_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->briefing_page, "event-activated",
                           G_CALLBACK (on_page_event_activated), self, G_CONNECT_SWAPPED);
  gtk_stack_add_named (self->main_stack, GTK_WIDGET (self->briefing_page), "briefing");
  _accord_window_watch_history (self, self->briefing_page);

  return self->briefing_page;
}

static void
show_page (AccordWindow *self,
           const char   *name)
{
  gtk_stack_set_visible_child_name (self->main_stack, name);
  if (g_strcmp0 (name, "loading") == 0)
    gtk_spinner_start (self->spinner);
  else
    gtk_spinner_stop (self->spinner);
  _accord_window_update_actions (self);
}

static void
on_titled_frame_painted (GdkFrameClock *clock,
                         AccordWindow  *self)
{
  g_signal_handlers_disconnect_by_func (clock, on_titled_frame_painted, self);
  if (self->pending_title != NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), self->pending_title);
      /* Now, not after whatever the main loop does next. */
      gdk_display_flush (gtk_widget_get_display (GTK_WIDGET (self)));
    }
  g_clear_pointer (&self->pending_title, g_free);
}

/**
 * _accord_window_show_title:
 *
 * Titles the window after the briefing it shows, once the frame that
 * shows it is drawn: the title and the content change together, and the
 * title says when the briefing is on screen (run-bench.sh times it).
 */
void
_accord_window_show_title (AccordWindow *self,
                           const char   *title)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (self));

  /* A window that draws no frame (not shown, minimized) is titled now. */
  if (clock == NULL || !gtk_widget_get_mapped (GTK_WIDGET (self)) || surface == NULL ||
      (gdk_toplevel_get_state (GDK_TOPLEVEL (surface)) & GDK_TOPLEVEL_STATE_MINIMIZED) != 0)
    {
      gtk_window_set_title (GTK_WINDOW (self), title);
      return;
    }

  if (self->pending_title == NULL)
    g_signal_connect_object (clock, "after-paint", G_CALLBACK (on_titled_frame_painted), self, 0);
  g_free (self->pending_title);
  self->pending_title = g_strdup (title);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
accord_window_set_briefing (AccordWindow   *self,
                            AccordBriefing *briefing)
{
  g_autofree char *last = NULL;
  AccordBriefingPage *page;
  AccordSection *section = NULL;

  g_return_if_fail (ACCORD_IS_WINDOW (self));
  g_return_if_fail (ACCORD_IS_BRIEFING (briefing));

  page = _accord_window_ensure_briefing_page (self);
  g_set_object (&self->briefing, briefing);
  _accord_window_show_title (self, accord_briefing_get_title (briefing));

  last = self->pending_section ? g_steal_pointer (&self->pending_section) : recall_section (self);
  if (last != NULL)
    section = accord_briefing_lookup_section (briefing, last);

  accord_briefing_page_set_briefing (page, briefing, section);
  show_page (self, "briefing");
  gtk_widget_grab_focus (GTK_WIDGET (page));
  _accord_window_watch_file (self, accord_briefing_get_file (briefing));
}

AccordBriefing *
accord_window_get_briefing (AccordWindow *self)
{
  g_return_val_if_fail (ACCORD_IS_WINDOW (self), NULL);

  return self->briefing;
}

/**
 * accord_window_get_section:
 *
 * Returns: (nullable): the section shown, or %NULL before a briefing is
 */
AccordSection *
accord_window_get_section (AccordWindow *self)
{
  g_return_val_if_fail (ACCORD_IS_WINDOW (self), NULL);

  if (self->briefing_page == NULL || self->briefing == NULL)
    return NULL;

  return accord_briefing_page_get_section (self->briefing_page);
}

/**
 * accord_window_show_section:
 *
 * Shows @section, a section of the window's briefing.
 */
void
accord_window_show_section (AccordWindow  *self,
                            AccordSection *section)
{
  g_return_if_fail (ACCORD_IS_WINDOW (self));
  g_return_if_fail (ACCORD_IS_SECTION (section));

  if (self->briefing == NULL)
    return;

  accord_briefing_page_show_section (self->briefing_page, section);
}

/**
 * accord_window_select_section:
 *
 * Shows the section with that id.  For requests that name a section from
 * outside, by id (the Shell search provider); inside Accord, sections are
 * passed as objects to accord_window_show_section().
 *
 * Returns: %TRUE if the briefing has a section with that id
 */
gboolean
accord_window_select_section (AccordWindow *self,
                              const char   *id)
{
  AccordSection *section;

  g_return_val_if_fail (ACCORD_IS_WINDOW (self), FALSE);

  if (self->briefing == NULL ||
      (section = accord_briefing_lookup_section (self->briefing, id)) == NULL)
    return FALSE;

  accord_window_show_section (self, section);

  return TRUE;
}

/**
 * accord_window_show_event:
 *
 * Shows the timeline with @event selected.
 */
void
accord_window_show_event (AccordWindow *self,
                          AccordEvent  *event)
{
  g_return_if_fail (ACCORD_IS_WINDOW (self));
  g_return_if_fail (event == NULL || ACCORD_IS_EVENT (event));

  accord_briefing_page_show_event (_accord_window_ensure_briefing_page (self), event);
}

/**
 * accord_window_begin_search:
 * @query: (nullable): the words to search for
 *
 * The Shell may ask while a briefing is still loading: the words wait in
 * the entry and are searched for once it is shown.
 */
void
accord_window_begin_search (AccordWindow *self,
                            const char   *query)
{
  g_return_if_fail (ACCORD_IS_WINDOW (self));

  accord_briefing_page_begin_search (_accord_window_ensure_briefing_page (self), query);
}

/**
 * accord_window_show_error:
 *
 * Shows why a briefing could not be opened.
 */
void
accord_window_show_error (AccordWindow *self,
                          const GError *error)
{
  g_return_if_fail (ACCORD_IS_WINDOW (self));
  g_return_if_fail (error != NULL);

  if (self->error_page == NULL)
    {
      self->error_page = ACCORD_ERROR_PAGE (accord_error_page_new (self->primary_menu));
      gtk_stack_add_named (self->main_stack, GTK_WIDGET (self->error_page), "error");
    }

  accord_error_page_set_message (self->error_page, error->message);
  show_page (self, "error");
  gtk_widget_grab_focus (GTK_WIDGET (self->error_page));
}

/**
 * accord_window_get_visible_page:
 *
 * Returns: "loading", "briefing" or "error"
 */
const char *
accord_window_get_visible_page (AccordWindow *self)
{
  g_return_val_if_fail (ACCORD_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->main_stack);
}

/**
 * accord_window_get_briefing_page:
 *
 * Returns: (nullable): the briefing page, or %NULL before it is needed
 */
AccordBriefingPage *
accord_window_get_briefing_page (AccordWindow *self)
{
  g_return_val_if_fail (ACCORD_IS_WINDOW (self), NULL);

  return self->briefing_page;
}

/**
 * accord_window_get_error_page:
 *
 * Returns: (nullable): the error page, or %NULL before an error was shown
 */
AccordErrorPage *
accord_window_get_error_page (AccordWindow *self)
{
  g_return_val_if_fail (ACCORD_IS_WINDOW (self), NULL);

  return self->error_page;
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

  show_page (self, "loading");
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
  _accord_window_reload_dispose (self);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  if (self->shortcuts_window != NULL)
    gtk_window_destroy (self->shortcuts_window);
  g_clear_weak_pointer (&self->shortcuts_window);

  gtk_widget_dispose_template (GTK_WIDGET (self), ACCORD_TYPE_WINDOW);
  self->briefing_page = NULL;
  self->error_page = NULL;

  g_clear_object (&self->briefing);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->pending_section, g_free);
  g_clear_pointer (&self->pending_title, g_free);

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
  _accord_window_add_shortcuts (self);
  _accord_window_init_history (self);

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
