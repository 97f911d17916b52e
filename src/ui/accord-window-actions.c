/* accord-window-actions.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window's actions (win.*) and their shortcuts.  Printing draws the
 * same pages as the PDF export, through AccordExportLayout.
 */

#define G_LOG_DOMAIN "accord-window"

#include "config.h"

#include <glib/gi18n.h>

#include "accord-accessible.h"
#include "accord-briefing.h"
#include "accord-briefing-writer.h"
#include "accord-export.h"
#include "accord-export-dialog.h"
#include "accord-properties-window.h"
#include "accord-export-notes.h"
#include "accord-toast.h"
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

  /* Briefing JSON, Markdown and TimelineJS3 timelines: the loader tells
   * them apart by their content. */
  gtk_file_filter_set_name (briefings, _("Briefings, Markdown and Timelines"));
  gtk_file_filter_add_mime_type (briefings, "application/vnd.accordapp.briefing+json");
  gtk_file_filter_add_mime_type (briefings, "application/json");
  gtk_file_filter_add_mime_type (briefings, "text/markdown");
  gtk_file_filter_add_suffix (briefings, "json");
  gtk_file_filter_add_suffix (briefings, "md");
  gtk_file_filter_add_suffix (briefings, "markdown");
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
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  accord_window_begin_search (ACCORD_WINDOW (widget), NULL);
}

static void
show_view_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  AccordWindow *self = ACCORD_WINDOW (widget);

  accord_briefing_page_show_view (self->briefing_page, g_variant_get_string (parameter, NULL));
  accord_briefing_page_focus_view (self->briefing_page);
}

static void
step_match_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  AccordWindow *self = ACCORD_WINDOW (widget);

  accord_briefing_page_step_match (self->briefing_page,
                                   g_str_equal (action_name, "win.next-match") ? 1 : -1);
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
      accord_accessible_name_icon_buttons (GTK_WIDGET (overlay), _("Search Shortcuts"));
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

/* What "Save as Briefing…" writes, and where. */
typedef struct
{
  AccordBriefing *briefing;
  GFile          *file;
} AccordSaveJob;

static void
save_job_free (AccordSaveJob *job)
{
  g_clear_object (&job->briefing);
  g_clear_object (&job->file);
  g_free (job);
}

static void
save_briefing_thread (GTask        *task,
                      gpointer      source,
                      gpointer      task_data,
                      GCancellable *cancellable)
{
  AccordSaveJob *job = task_data;
  g_autoptr(GBytes) bytes = accord_briefing_write_json (job->briefing);
  GError *error = NULL;

  /* Atomic, like exports: the file appears complete or not at all. */
  if (!accord_export_write (bytes, job->file, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
save_briefing_done (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  AccordWindow *self = ACCORD_WINDOW (object);
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    accord_window_add_toast (self, accord_toast_new_plain (error->message));
  else
    accord_window_add_toast (self, adw_toast_new (_("Saved as briefing JSON")));
}

static void
on_save_chooser_response (GtkNativeDialog *dialog,
                          int              response,
                          AccordWindow    *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GTask) task = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog))) != NULL &&
      self->briefing != NULL)
    {
      AccordSaveJob *job = g_new0 (AccordSaveJob, 1);

      job->briefing = g_object_ref (self->briefing);
      job->file = g_steal_pointer (&file);
      task = g_task_new (self, NULL, save_briefing_done, NULL);
      g_task_set_task_data (task, job, (GDestroyNotify) save_job_free);
      g_task_run_in_thread (task, save_briefing_thread);
    }

  g_object_unref (dialog);
}

/* Writes the briefing shown as briefing JSON: what a Markdown briefing or a
 * TimelineJS3 timeline becomes for tools that read Accord's format. */
static void
save_as_briefing_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  AccordWindow *self = ACCORD_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;

  chooser = gtk_file_chooser_native_new (_("Save as Briefing"),
                                         GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"),
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  name = g_strconcat (accord_briefing_get_id (self->briefing), ".briefing.json", NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_save_chooser_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AccordWindow *self = ACCORD_WINDOW (widget);
  AccordExportDialog *dialog;

  dialog = accord_export_dialog_new (GTK_WINDOW (self), self->briefing,
                                     accord_window_get_section (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_properties_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  AccordWindow *self = ACCORD_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (accord_properties_window_new (GTK_WINDOW (self), self->briefing)));
}

static void
begin_print (GtkPrintOperation *operation,
             GtkPrintContext   *context,
             AccordWindow      *self)
{
  g_autoptr(GPtrArray) sections = g_ptr_array_new ();
  g_autoptr(GPtrArray) annotations = NULL;
  AccordSection *section = accord_window_get_section (self);
  AccordExportLayout *layout;
  AccordExportOptions options;

  if (section != NULL)
    g_ptr_array_add (sections, section);

  /* "Include my notes" as last chosen in Export…. */
  accord_export_options_init (&options);
  if (accord_export_notes_get_include (accord_export_notes_has_notes (self->briefing)))
    options.annotations = annotations = accord_export_notes_dup_annotations (self->briefing);

  layout = accord_export_layout_new_with_options (self->briefing, section ? sections : NULL, &options,
                                                  gtk_print_context_get_width (context),
                                                  gtk_print_context_get_height (context));
  g_object_set_data_full (G_OBJECT (operation), "accord-layout", layout, g_object_unref);
  gtk_print_operation_set_n_pages (operation, accord_export_layout_get_n_pages (layout));
}

static void
draw_page (GtkPrintOperation *operation,
           GtkPrintContext   *context,
           int                page,
           AccordWindow      *self)
{
  AccordExportLayout *layout = g_object_get_data (G_OBJECT (operation), "accord-layout");

  accord_export_layout_draw_page (layout, gtk_print_context_get_cairo_context (context), page);
}

static void
print_done (GtkPrintOperation       *operation,
            GtkPrintOperationResult  result,
            AccordWindow            *self)
{
  g_autoptr(GError) error = NULL;

  if (result != GTK_PRINT_OPERATION_RESULT_ERROR)
    return;

  gtk_print_operation_get_error (operation, &error);
  if (error != NULL)
    accord_window_add_toast (self, accord_toast_new_plain (error->message));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  AccordWindow *self = ACCORD_WINDOW (widget);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;

  operation = gtk_print_operation_new ();
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_job_name (operation, accord_briefing_get_title (self->briefing));
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print), self);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page), self);
  g_signal_connect (operation, "done", G_CALLBACK (print_done), self);

  gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                           GTK_WINDOW (self), &error);
  if (error != NULL)
    accord_window_add_toast (self, accord_toast_new_plain (error->message));
}

/* The window's keys.  They are caught before the focused widget sees them
 * (the capture phase), so that they work wherever the focus is: in the
 * reading pane, on the event card, in the search entry. */
static const struct
{
  const char *trigger;
  const char *action;
  const char *target;   /* a string parameter, or NULL */
} window_shortcuts[] = {
  { "<Control>o", "win.open", NULL },
  { "<Control>f", "win.search", NULL },
  { "<Control>g", "win.next-match", NULL },
  { "<Control><Shift>g", "win.previous-match", NULL },
  { "<Control><Shift>e", "win.export", NULL },
  { "<Control>p", "win.print", NULL },
  { "<Alt>Return", "win.show-properties", NULL },
  { "<Control>w", "win.close", NULL },
  { "<Alt>1", "win.show-view", "section" },
  { "<Alt>2", "win.show-view", "timeline" },
  { "<Alt>3", "win.show-view", "notes" },
  { "<Alt>Left", "win.back", NULL },
  { "<Alt>Right", "win.forward", NULL },
};

void
_accord_window_add_shortcuts (AccordWindow *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (controller), GTK_SHORTCUT_SCOPE_LOCAL);

  for (guint i = 0; i < G_N_ELEMENTS (window_shortcuts); i++)
    {
      GtkShortcut *shortcut;

      shortcut = gtk_shortcut_new (gtk_shortcut_trigger_parse_string (window_shortcuts[i].trigger),
                                   gtk_named_action_new (window_shortcuts[i].action));
      if (window_shortcuts[i].target != NULL)
        gtk_shortcut_set_arguments (shortcut, g_variant_new_string (window_shortcuts[i].target));
      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), shortcut);
    }

  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

/* The actions that need a briefing shown are off until there is one. */
void
_accord_window_update_actions (AccordWindow *self)
{
  static const char * const briefing_actions[] = {
    "win.export",
    "win.next-match",
    "win.previous-match",
    "win.print",
    "win.save-as-briefing",
    "win.search",
    "win.show-properties",
    "win.show-view",
  };
  gboolean has_briefing = self->briefing != NULL &&
    g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "briefing") == 0;

  for (guint i = 0; i < G_N_ELEMENTS (briefing_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), briefing_actions[i], has_briefing);
}

void
_accord_window_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-bundled", NULL, open_bundled_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  _accord_window_class_init_history (widget_class);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.show-view", "s", show_view_action);
  gtk_widget_class_install_action (widget_class, "win.next-match", NULL, step_match_action);
  gtk_widget_class_install_action (widget_class, "win.previous-match", NULL, step_match_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.save-as-briefing", NULL, save_as_briefing_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.show-properties", NULL, show_properties_action);
  gtk_widget_class_install_action (widget_class, "win.close", NULL, close_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_help_overlay_action);
}
