/* accord-timeline-export-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Export Timeline…: SVG, PNG at 1× or 2×, or PDF, of the whole timeline or
 * of the dates in view; then a save dialog, and the drawing and writing
 * in a worker thread, as Export… does.
 */

#define G_LOG_DOMAIN "accord-timeline-export-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "accord-accessible.h"
#include "accord-briefing.h"
#include "accord-export.h"
#include "accord-timeline-export-dialog.h"
#include "accord-timeline-picture.h"
#include "accord-toast.h"
#include "accord-window.h"

struct _AccordTimelineExportDialog
{
  AdwWindow             parent_instance;

  GtkButton            *cancel_button;
  GtkButton            *export_button;
  AdwPreferencesPage   *page;
  GtkCheckButton       *pdf_check;
  GtkCheckButton       *png_check;
  GtkCheckButton       *png2_check;
  GtkProgressBar       *progress_bar;
  GtkRevealer          *progress_revealer;
  GtkCheckButton       *svg_check;
  GtkCheckButton       *visible_check;
  AdwActionRow         *visible_row;
  GtkCheckButton       *whole_check;

  AccordBriefing       *briefing;
  double                visible_start;
  double                visible_end;
  GtkFileChooserNative *chooser;
  GCancellable         *cancellable;
  guint                 pulse_id;
};

G_DEFINE_FINAL_TYPE (AccordTimelineExportDialog, accord_timeline_export_dialog, ADW_TYPE_WINDOW)

/* What the worker thread needs: nothing of the dialog's. */
typedef struct
{
  GListModel *events;
  GListModel *eras;
  char *title;
  char *language;
  gboolean visible_only;
  double start_day;
  double end_day;
  AccordTimelinePictureFormat format;
  double scale;
  GFile *file;
} ExportJob;

static void
export_job_free (gpointer data)
{
  ExportJob *job = data;

  g_clear_object (&job->events);
  g_clear_object (&job->eras);
  g_free (job->title);
  g_free (job->language);
  g_clear_object (&job->file);
  g_free (job);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  g_autoptr(AccordTimelinePicture) picture = NULL;
  g_autoptr(GBytes) bytes = NULL;
  GError *error = NULL;

  picture = accord_timeline_picture_new (job->events, job->title, job->language);
  accord_timeline_picture_set_eras (picture, job->eras);
  if (job->visible_only)
    accord_timeline_picture_set_range (picture, job->start_day, job->end_day);

  bytes = accord_timeline_picture_to_bytes (picture, job->format, ACCORD_TIMELINE_PICTURE_WIDTH,
                                            job->scale, &error);
  /* Cancelled before anything is written: the target stays as it was. */
  if (bytes != NULL && !g_cancellable_set_error_if_cancelled (cancellable, &error))
    accord_export_write (bytes, job->file, &error);

  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
set_busy (AccordTimelineExportDialog *self,
          gboolean                    busy)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->export_button), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->page), !busy);
  gtk_revealer_set_reveal_child (self->progress_revealer, busy);
}

static gboolean
pulse (gpointer user_data)
{
  gtk_progress_bar_pulse (GTK_PROGRESS_BAR (user_data));
  return G_SOURCE_CONTINUE;
}

static void
open_exported (AdwToast *toast,
               GFile    *file)
{
  g_autofree char *uri = g_file_get_uri (file);

  g_app_info_launch_default_for_uri_async (uri, NULL, NULL, NULL, NULL);
}

static void
add_toast (AccordTimelineExportDialog *self,
           AdwToast                   *toast)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  if (ACCORD_IS_WINDOW (parent))
    accord_window_add_toast (ACCORD_WINDOW (parent), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

static void
export_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(AccordTimelineExportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  AdwToast *toast;

  g_clear_handle_id (&self->pulse_id, g_source_remove);
  g_clear_object (&self->cancellable);
  set_busy (self, FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      /* The message names a path: plain text. */
      toast = accord_toast_new_plain (error->message);
      adw_toast_set_timeout (toast, 0);
      add_toast (self, toast);
      gtk_window_close (GTK_WINDOW (self));
      return;
    }

  toast = adw_toast_new (_("Timeline exported"));
  adw_toast_set_button_label (toast, C_("toast button", "Open"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (open_exported),
                         g_object_ref (job->file), (GClosureNotify)(void (*)(void))g_object_unref, 0);
  add_toast (self, toast);
  gtk_window_close (GTK_WINDOW (self));
}

static AccordTimelinePictureFormat
picture_format (AccordTimelineExportChoice choice)
{
  switch (choice)
    {
    case ACCORD_TIMELINE_EXPORT_PNG:
    case ACCORD_TIMELINE_EXPORT_PNG_2X:
      return ACCORD_TIMELINE_PICTURE_PNG;
    case ACCORD_TIMELINE_EXPORT_PDF:
      return ACCORD_TIMELINE_PICTURE_PDF;
    case ACCORD_TIMELINE_EXPORT_SVG:
    default:
      return ACCORD_TIMELINE_PICTURE_SVG;
    }
}

/**
 * accord_timeline_export_dialog_export_to_file:
 *
 * Exports what the dialog says into @file.  The save dialog calls this;
 * so do the tests, which cannot drive a native file chooser.
 */
void
accord_timeline_export_dialog_export_to_file (AccordTimelineExportDialog *self,
                                              GFile                      *file)
{
  g_autoptr(GTask) task = NULL;
  AccordTimelineExportChoice choice;
  ExportJob *job;

  g_return_if_fail (ACCORD_IS_TIMELINE_EXPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->cancellable == NULL);

  choice = accord_timeline_export_dialog_get_choice (self);
  job = g_new0 (ExportJob, 1);
  /* Every event, in every group: the groups hidden on the page are a
   * view of the briefing, the picture is of the briefing. */
  job->events = g_object_ref (accord_briefing_get_timeline (self->briefing));
  job->eras = g_object_ref (accord_briefing_get_eras (self->briefing));
  job->title = g_strdup (accord_briefing_get_title (self->briefing));
  job->language = g_strdup (accord_briefing_get_language (self->briefing));
  job->visible_only = gtk_check_button_get_active (self->visible_check);
  job->start_day = self->visible_start;
  job->end_day = self->visible_end;
  job->format = picture_format (choice);
  job->scale = choice == ACCORD_TIMELINE_EXPORT_PNG_2X ? 2 : 1;
  job->file = g_object_ref (file);

  self->cancellable = g_cancellable_new ();
  set_busy (self, TRUE);
  self->pulse_id = g_timeout_add (100, pulse, self->progress_bar);

  task = g_task_new (NULL, self->cancellable, export_done_cb, g_object_ref (self));
  g_task_set_source_tag (task, accord_timeline_export_dialog_export_to_file);
  g_task_set_name (task, "[accord] timeline export");
  g_task_set_task_data (task, job, export_job_free);
  g_task_run_in_thread (task, export_thread);
}

static void
on_chooser_response (GtkNativeDialog            *dialog,
                     int                         response,
                     AccordTimelineExportDialog *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      if (file != NULL)
        accord_timeline_export_dialog_export_to_file (self, file);
    }

  g_clear_object (&self->chooser);
}

static void
on_export_clicked (AccordTimelineExportDialog *self)
{
  g_autofree char *name = accord_timeline_export_dialog_suggest_name (self);

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Export Timeline"),
                                               GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Export"),
                                               _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
on_cancel_clicked (AccordTimelineExportDialog *self)
{
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  else
    gtk_window_close (GTK_WINDOW (self));
}

static void
accord_timeline_export_dialog_dispose (GObject *object)
{
  AccordTimelineExportDialog *self = (AccordTimelineExportDialog *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->pulse_id, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  gtk_widget_dispose_template (GTK_WIDGET (self), ACCORD_TYPE_TIMELINE_EXPORT_DIALOG);

  g_clear_object (&self->briefing);

  G_OBJECT_CLASS (accord_timeline_export_dialog_parent_class)->dispose (object);
}

static void
accord_timeline_export_dialog_class_init (AccordTimelineExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = accord_timeline_export_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/accordapp/Accord/ui/accord-timeline-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, AccordTimelineExportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, AccordTimelineExportDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, AccordTimelineExportDialog, page);
  gtk_widget_class_bind_template_child (widget_class, AccordTimelineExportDialog, pdf_check);
  gtk_widget_class_bind_template_child (widget_class, AccordTimelineExportDialog, png_check);
  gtk_widget_class_bind_template_child (widget_class, AccordTimelineExportDialog, png2_check);
  gtk_widget_class_bind_template_child (widget_class, AccordTimelineExportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, AccordTimelineExportDialog, progress_revealer);
  gtk_widget_class_bind_template_child (widget_class, AccordTimelineExportDialog, svg_check);
  gtk_widget_class_bind_template_child (widget_class, AccordTimelineExportDialog, visible_check);
  gtk_widget_class_bind_template_child (widget_class, AccordTimelineExportDialog, visible_row);
  gtk_widget_class_bind_template_child (widget_class, AccordTimelineExportDialog, whole_check);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_export_clicked);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
accord_timeline_export_dialog_init (AccordTimelineExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  accord_accessible_name_from_text (GTK_WIDGET (self->cancel_button));
  accord_accessible_name_from_text (GTK_WIDGET (self->export_button));
  accord_accessible_name_group_lists (GTK_WIDGET (self));
  accord_accessible_name_scrolled_windows (GTK_WIDGET (self->page), _("Export Options"));
}

/**
 * accord_timeline_export_dialog_new:
 * @visible_start: the first day the timeline shows
 * @visible_end: the day after the last it shows
 */
AccordTimelineExportDialog *
accord_timeline_export_dialog_new (GtkWindow      *parent,
                                   AccordBriefing *briefing,
                                   double          visible_start,
                                   double          visible_end)
{
  AccordTimelineExportDialog *self;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autofree char *range = NULL;

  g_return_val_if_fail (ACCORD_IS_BRIEFING (briefing), NULL);
  g_return_val_if_fail (visible_end > visible_start, NULL);

  self = g_object_new (ACCORD_TYPE_TIMELINE_EXPORT_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->briefing = g_object_ref (briefing);
  self->visible_start = visible_start;
  self->visible_end = visible_end;

  {
    g_autoptr(GDateTime) start = g_date_time_new_from_unix_utc ((gint64) floor (visible_start) * 86400);
    g_autoptr(GDateTime) end = g_date_time_new_from_unix_utc (((gint64) ceil (visible_end) - 1) * 86400);

    if (start != NULL && end != NULL)
      {
        /* Translators: a date in "Visible Dates", as a g_date_time_format() string */
        first = g_date_time_format (start, _("%-d %B %Y"));
        last = g_date_time_format (end, _("%-d %B %Y"));
        /* Translators: the dates the timeline shows, first – last */
        range = g_strdup_printf (_("%s – %s"), first, last);
        adw_action_row_set_subtitle (self->visible_row, range);
      }
  }

  return self;
}

void
accord_timeline_export_dialog_set_choice (AccordTimelineExportDialog *self,
                                          AccordTimelineExportChoice  choice)
{
  GtkCheckButton *checks[] = { self->svg_check, self->png_check, self->png2_check, self->pdf_check };

  g_return_if_fail (ACCORD_IS_TIMELINE_EXPORT_DIALOG (self));
  g_return_if_fail (choice <= ACCORD_TIMELINE_EXPORT_PDF);

  gtk_check_button_set_active (checks[choice], TRUE);
}

AccordTimelineExportChoice
accord_timeline_export_dialog_get_choice (AccordTimelineExportDialog *self)
{
  g_return_val_if_fail (ACCORD_IS_TIMELINE_EXPORT_DIALOG (self), ACCORD_TIMELINE_EXPORT_SVG);

  if (gtk_check_button_get_active (self->png_check))
    return ACCORD_TIMELINE_EXPORT_PNG;
  if (gtk_check_button_get_active (self->png2_check))
    return ACCORD_TIMELINE_EXPORT_PNG_2X;
  if (gtk_check_button_get_active (self->pdf_check))
    return ACCORD_TIMELINE_EXPORT_PDF;

  return ACCORD_TIMELINE_EXPORT_SVG;
}

void
accord_timeline_export_dialog_set_visible_only (AccordTimelineExportDialog *self,
                                                gboolean                    visible_only)
{
  g_return_if_fail (ACCORD_IS_TIMELINE_EXPORT_DIALOG (self));

  gtk_check_button_set_active (visible_only ? self->visible_check : self->whole_check, TRUE);
}

char *
accord_timeline_export_dialog_suggest_name (AccordTimelineExportDialog *self)
{
  g_return_val_if_fail (ACCORD_IS_TIMELINE_EXPORT_DIALOG (self), NULL);

  return accord_timeline_picture_suggest_filename (self->briefing,
                                                   picture_format (accord_timeline_export_dialog_get_choice (self)));
}
