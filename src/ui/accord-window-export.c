/* accord-window-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Export… and Print… from the window.  Printing draws the same pages as
 * the PDF export, through AccordExportLayout.
 */

#define G_LOG_DOMAIN "accord-window"

#include "config.h"

#include <glib/gi18n.h>

#include "accord-briefing.h"
#include "accord-export.h"
#include "accord-export-dialog.h"
#include "accord-window-private.h"

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AccordWindow *self = ACCORD_WINDOW (widget);
  AccordExportDialog *dialog;

  if (self->briefing == NULL)
    return;

  dialog = accord_export_dialog_new (GTK_WINDOW (self), self->briefing,
                                     accord_window_get_section (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
begin_print (GtkPrintOperation *operation,
             GtkPrintContext   *context,
             AccordWindow      *self)
{
  g_autoptr(GPtrArray) sections = g_ptr_array_new ();
  AccordSection *section = accord_window_get_section (self);
  AccordExportLayout *layout;

  if (section != NULL)
    g_ptr_array_add (sections, section);

  layout = accord_export_layout_new (self->briefing, section ? sections : NULL,
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
    {
      AdwToast *toast = adw_toast_new (NULL);

      adw_toast_set_custom_title (toast, gtk_label_new (error->message));
      accord_window_add_toast (self, toast);
    }
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  AccordWindow *self = ACCORD_WINDOW (widget);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;

  if (self->briefing == NULL)
    return;

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
    {
      AdwToast *toast = adw_toast_new (NULL);

      adw_toast_set_custom_title (toast, gtk_label_new (error->message));
      accord_window_add_toast (self, toast);
    }
}

void
_accord_window_class_init_export_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_E, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
}
