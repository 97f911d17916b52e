/* accord-window-actions.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window's actions (win.*) and their shortcuts.
 */

#define G_LOG_DOMAIN "accord-window"

#include "config.h"

#include <glib/gi18n.h>

#include "accord-window-private.h"

static void
on_chooser_response (GtkNativeDialog *dialog,
                     int              response,
                     AccordWindow    *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      if (file != NULL)
        accord_window_open_file (self, file);
    }

  g_clear_object (&self->chooser);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AccordWindow *self = ACCORD_WINDOW (widget);
  g_autoptr(GtkFileFilter) briefings = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  if (self->chooser != NULL)
    {
      gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
      return;
    }

  self->chooser = gtk_file_chooser_native_new (_("Open Briefing"),
                                               GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Open"),
                                               _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);

  gtk_file_filter_set_name (briefings, _("Briefings"));
  gtk_file_filter_add_mime_type (briefings, "application/vnd.accordapp.briefing+json");
  gtk_file_filter_add_mime_type (briefings, "application/json");
  gtk_file_filter_add_suffix (briefings, "json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), briefings);

  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all);

  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
open_bundled_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  accord_window_open_bundled (ACCORD_WINDOW (widget));
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  accord_window_open_file (ACCORD_WINDOW (widget), file);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AccordWindow *self = ACCORD_WINDOW (widget);

  if (self->leaflet != NULL)
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AccordWindow *self = ACCORD_WINDOW (widget);

  accord_window_begin_search (self, NULL);
}

static void
show_timeline_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  AccordWindow *self = ACCORD_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, "timeline");
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
show_section_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  AccordWindow *self = ACCORD_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, "section");
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

/* Built when first asked for, not with every window as GtkApplication
 * does for gtk/help-overlay.ui: that cost a tenth of start-up. */
static void
show_help_overlay_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  AccordWindow *self = ACCORD_WINDOW (widget);

  if (self->shortcuts_window == NULL)
    {
      g_autoptr(GtkBuilder) builder = NULL;
      GtkWindow *overlay;

      builder = gtk_builder_new_from_resource ("/io/github/accordapp/Accord/ui/accord-shortcuts-window.ui");
      overlay = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_window_set_transient_for (overlay, GTK_WINDOW (self));
      gtk_window_set_hide_on_close (overlay, TRUE);
      g_set_weak_pointer (&self->shortcuts_window, overlay);
    }

  gtk_window_present (self->shortcuts_window);
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

void
_accord_window_update_actions (AccordWindow *self)
{
  gboolean has_briefing = self->briefing != NULL &&
    g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "briefing") == 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search", has_briefing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-timeline", has_briefing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-section", has_briefing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", has_briefing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", has_briefing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.next-match", has_briefing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.previous-match", has_briefing);
}

void
_accord_window_actions_dispose (AccordWindow *self)
{
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_cancellable_cancel (self->export_cancellable);
  g_clear_object (&self->export_cancellable);
}

void
_accord_window_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-bundled", NULL, open_bundled_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.show-timeline", NULL, show_timeline_action);
  gtk_widget_class_install_action (widget_class, "win.show-section", NULL, show_section_action);
  gtk_widget_class_install_action (widget_class, "win.close", NULL, close_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_help_overlay_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "win.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK, "win.show-section", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK, "win.show-timeline", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.back", NULL);

  _accord_window_class_init_export_actions (widget_class);
  _accord_window_class_init_search_actions (widget_class);
}
