/* accord-export-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Export…: the format, which sections (or the reader's notes only), the
 * paper size, whether to include the notes; then a save dialog, and the
 * export itself in a worker thread with progress and Cancel.
 */

#define G_LOG_DOMAIN "accord-export-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "accord-accessible.h"
#include "accord-briefing.h"
#include "accord-export-dialog.h"
#include "accord-export-notes.h"
#include "accord-note-stores.h"
#include "accord-section.h"
#include "accord-toast.h"
#include "accord-window.h"

struct _AccordExportDialog
{
  AdwWindow             parent_instance;

  GtkCheckButton       *all_check;
  GtkButton            *cancel_button;
  GtkCheckButton       *chosen_check;
  AdwExpanderRow       *chosen_row;
  AdwActionRow         *current_row;
  GtkCheckButton       *current_check;
  GtkButton            *export_button;
  AdwActionRow         *include_notes_row;
  GtkSwitch            *include_notes_switch;
  GtkCheckButton       *markdown_check;
  GtkCheckButton       *notes_only_check;
  AdwActionRow         *notes_only_row;
  AdwPreferencesPage   *page;
  GtkWidget            *paper_group;
  AdwComboRow          *paper_row;
  GtkCheckButton       *pdf_check;
  GtkProgressBar       *progress_bar;
  GtkRevealer          *progress_revealer;
  GtkCheckButton       *text_check;

  AccordBriefing       *briefing;
  AccordSection        *current;
  GHashTable           *chosen;      /* AccordSection → GtkCheckButton */
  GtkFileChooserNative *chooser;
  GCancellable         *cancellable;
  AccordNoteStore      *notes;       /* nullable: no application */
  gboolean              setting_notes;
};

G_DEFINE_FINAL_TYPE (AccordExportDialog, accord_export_dialog, ADW_TYPE_WINDOW)

static gboolean
has_notes (AccordExportDialog *self)
{
  return self->notes != NULL && g_list_model_get_n_items (G_LIST_MODEL (self->notes)) > 0;
}

static void
update_sensitivity (AccordExportDialog *self)
{
  g_autoptr(GPtrArray) sections = accord_export_dialog_get_sections (self);
  gboolean busy = self->cancellable != NULL;

  gtk_widget_set_visible (self->paper_group,
                          accord_export_dialog_get_format (self) == ACCORD_EXPORT_FORMAT_PDF);
  gtk_widget_set_sensitive (GTK_WIDGET (self->export_button),
                            !busy && (sections == NULL || sections->len > 0));
  gtk_widget_set_sensitive (GTK_WIDGET (self->page), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->current_row), self->current != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->include_notes_row),
                            has_notes (self) && !gtk_check_button_get_active (self->notes_only_check));
}

/* The notes are read in a worker thread and change while the dialog is
 * open (another window): the notes' rows follow them. */
static void
update_notes (AccordExportDialog *self)
{
  gboolean has = has_notes (self);

  if (!has && gtk_check_button_get_active (self->notes_only_check))
    gtk_check_button_set_active (self->all_check, TRUE);

  self->setting_notes = TRUE;
  gtk_switch_set_active (self->include_notes_switch, accord_export_notes_get_include (has));
  self->setting_notes = FALSE;

  gtk_widget_set_sensitive (GTK_WIDGET (self->notes_only_row), has);
  adw_action_row_set_subtitle (self->notes_only_row,
                               has ? _("The passages you marked and your notes, as a reading memo")
                                   : _("You have no notes on this briefing"));
  adw_action_row_set_subtitle (self->include_notes_row,
                               has ? _("Marked passages are numbered, with your notes after them; Print follows this too")
                                   : _("To add a note, select text and press Ctrl+H"));
  update_sensitivity (self);
}

static void
on_include_notes_changed (AccordExportDialog *self)
{
  if (!self->setting_notes)
    accord_export_notes_set_include (gtk_switch_get_active (self->include_notes_switch));
}

static void
on_format_toggled (AccordExportDialog *self)
{
  update_sensitivity (self);
}

static void
on_scope_toggled (AccordExportDialog *self)
{
  if (gtk_check_button_get_active (self->chosen_check))
    adw_expander_row_set_expanded (self->chosen_row, TRUE);
  update_sensitivity (self);
}

static void
on_section_toggled (AccordExportDialog *self)
{
  gtk_check_button_set_active (self->chosen_check, TRUE);
  update_sensitivity (self);
}

static void
on_cancel_clicked (AccordExportDialog *self)
{
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  else
    gtk_window_close (GTK_WINDOW (self));
}

static void
on_progress (double   fraction,
             gpointer user_data)
{
  AccordExportDialog *self = user_data;

  gtk_progress_bar_set_fraction (self->progress_bar, fraction);
}

static void
open_exported (AdwToast *toast,
               GFile    *file)
{
  g_autofree char *uri = g_file_get_uri (file);

  g_app_info_launch_default_for_uri_async (uri, NULL, NULL, NULL, NULL);
}

static void
export_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(AccordExportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  GFile *file = g_object_get_data (G_OBJECT (self), "accord-export-file");
  AdwToast *toast;

  g_clear_object (&self->cancellable);
  gtk_revealer_set_reveal_child (self->progress_revealer, FALSE);
  update_sensitivity (self);

  if (!accord_export_to_file_finish (result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      /* The message names a path: plain text. */
      toast = accord_toast_new_plain (error->message);
      adw_toast_set_timeout (toast, 0);
      if (ACCORD_IS_WINDOW (parent))
        accord_window_add_toast (ACCORD_WINDOW (parent), toast);
      else
        g_object_unref (g_object_ref_sink (toast));
      gtk_window_close (GTK_WINDOW (self));
      return;
    }

  toast = adw_toast_new (_("Exported"));
  adw_toast_set_button_label (toast, C_("toast button", "Open"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (open_exported),
                         g_object_ref (file), (GClosureNotify)(void (*)(void))g_object_unref, 0);
  if (ACCORD_IS_WINDOW (parent))
    accord_window_add_toast (ACCORD_WINDOW (parent), toast);
  else
    g_object_unref (g_object_ref_sink (toast));

  gtk_window_close (GTK_WINDOW (self));
}

/**
 * accord_export_dialog_export_to_file:
 *
 * Exports what the dialog says into @file.  The save dialog calls this;
 * so do the tests, which cannot drive a native file chooser.
 */
void
accord_export_dialog_export_to_file (AccordExportDialog *self,
                                     GFile              *file)
{
  g_autoptr(GPtrArray) sections = NULL;
  g_autoptr(GPtrArray) annotations = NULL;
  AccordExportOptions options;
  gboolean notes_only;

  g_return_if_fail (ACCORD_IS_EXPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->cancellable == NULL);

  sections = accord_export_dialog_get_sections (self);
  notes_only = gtk_check_button_get_active (self->notes_only_check);

  accord_export_options_init (&options);
  /* As the command line's --notes and --notes-only give them. */
  if (has_notes (self) && (notes_only || gtk_switch_get_active (self->include_notes_switch)))
    {
      annotations = accord_notes_dup_export_annotations (self->notes, self->briefing);
      options.annotations = annotations;
      options.annotations_only = notes_only;
    }
  switch (adw_combo_row_get_selected (self->paper_row))
    {
    case 1:
      options.paper_size = ACCORD_PAPER_SIZE_A4;
      break;
    case 2:
      options.paper_size = ACCORD_PAPER_SIZE_LETTER;
      break;
    default:
      options.paper_size = ACCORD_PAPER_SIZE_AUTO;
      break;
    }

  g_object_set_data_full (G_OBJECT (self), "accord-export-file",
                          g_object_ref (file), g_object_unref);

  self->cancellable = g_cancellable_new ();
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_revealer_set_reveal_child (self->progress_revealer, TRUE);
  update_sensitivity (self);

  accord_export_to_file_async (self->briefing, sections,
                               accord_export_dialog_get_format (self), &options,
                               file, on_progress, self, NULL,
                               self->cancellable, export_done_cb, g_object_ref (self));
}

static void
on_chooser_response (GtkNativeDialog    *dialog,
                     int                 response,
                     AccordExportDialog *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      if (file != NULL)
        accord_export_dialog_export_to_file (self, file);
    }

  g_clear_object (&self->chooser);
}

static void
on_export_clicked (AccordExportDialog *self)
{
  g_autofree char *name = accord_export_dialog_suggest_name (self);

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Export Briefing"),
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
add_section_rows (AccordExportDialog *self)
{
  GListModel *all = accord_briefing_get_all_sections (self->briefing);
  guint n = g_list_model_get_n_items (all);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AccordSection) section = g_list_model_get_item (all, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      /* Section titles are briefing text: never markup. */
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), accord_section_get_title (section));
      gtk_widget_set_margin_start (check, 12 * accord_section_get_depth (section));
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_signal_connect_swapped (check, "toggled", G_CALLBACK (on_section_toggled), self);
      adw_expander_row_add_row (self->chosen_row, row);

      g_hash_table_insert (self->chosen, section, check);
    }
}

static void
accord_export_dialog_dispose (GObject *object)
{
  AccordExportDialog *self = (AccordExportDialog *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_pointer (&self->chosen, g_hash_table_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), ACCORD_TYPE_EXPORT_DIALOG);

  g_clear_object (&self->current);
  g_clear_object (&self->briefing);
  g_clear_object (&self->notes);

  G_OBJECT_CLASS (accord_export_dialog_parent_class)->dispose (object);
}

static void
accord_export_dialog_class_init (AccordExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = accord_export_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/accordapp/Accord/ui/accord-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, AccordExportDialog, all_check);
  gtk_widget_class_bind_template_child (widget_class, AccordExportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, AccordExportDialog, chosen_check);
  gtk_widget_class_bind_template_child (widget_class, AccordExportDialog, chosen_row);
  gtk_widget_class_bind_template_child (widget_class, AccordExportDialog, current_check);
  gtk_widget_class_bind_template_child (widget_class, AccordExportDialog, current_row);
  gtk_widget_class_bind_template_child (widget_class, AccordExportDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, AccordExportDialog, include_notes_row);
  gtk_widget_class_bind_template_child (widget_class, AccordExportDialog, include_notes_switch);
  gtk_widget_class_bind_template_child (widget_class, AccordExportDialog, markdown_check);
  gtk_widget_class_bind_template_child (widget_class, AccordExportDialog, notes_only_check);
  gtk_widget_class_bind_template_child (widget_class, AccordExportDialog, notes_only_row);
  gtk_widget_class_bind_template_child (widget_class, AccordExportDialog, page);
  gtk_widget_class_bind_template_child (widget_class, AccordExportDialog, paper_group);
  gtk_widget_class_bind_template_child (widget_class, AccordExportDialog, paper_row);
  gtk_widget_class_bind_template_child (widget_class, AccordExportDialog, pdf_check);
  gtk_widget_class_bind_template_child (widget_class, AccordExportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, AccordExportDialog, progress_revealer);
  gtk_widget_class_bind_template_child (widget_class, AccordExportDialog, text_check);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_export_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_format_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_include_notes_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_scope_toggled);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

/* The paper sizes' popover list: rows named for a screen reader after the
 * size they show (libadwaita 1.2's own rows have no name). */
static void
setup_paper_item (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_item_set_child (item, label);
}

static void
bind_paper_item (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  const char *text = gtk_string_object_get_string (gtk_list_item_get_item (item));

  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (label)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                  -1);
}

static void
accord_export_dialog_init (AccordExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  accord_accessible_name_from_text (GTK_WIDGET (self->cancel_button));
  accord_accessible_name_from_text (GTK_WIDGET (self->export_button));
  accord_accessible_name_group_lists (GTK_WIDGET (self));
  accord_accessible_name_scrolled_windows (GTK_WIDGET (self->page), _("Export Options"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->chosen_row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Chosen Sections"),
                                  -1);
  {
    g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

    g_signal_connect (factory, "setup", G_CALLBACK (setup_paper_item), NULL);
    g_signal_connect (factory, "bind", G_CALLBACK (bind_paper_item), NULL);
    adw_combo_row_set_list_factory (self->paper_row, factory);
    adw_combo_row_set_factory (self->paper_row, factory);
  }


  self->chosen = g_hash_table_new (NULL, NULL);
}

AccordExportDialog *
accord_export_dialog_new (GtkWindow      *parent,
                          AccordBriefing *briefing,
                          AccordSection  *current)
{
  AccordExportDialog *self;

  g_return_val_if_fail (ACCORD_IS_BRIEFING (briefing), NULL);

  self = g_object_new (ACCORD_TYPE_EXPORT_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->briefing = g_object_ref (briefing);
  g_set_object (&self->current, current);

  if (current != NULL)
    adw_action_row_set_subtitle (self->current_row, accord_section_get_title (current));
  else
    gtk_check_button_set_active (self->all_check, TRUE);

  add_section_rows (self);

  g_set_object (&self->notes, accord_note_stores_get (g_application_get_default (), briefing));
  if (self->notes != NULL)
    g_signal_connect_object (self->notes, "items-changed", G_CALLBACK (update_notes),
                             self, G_CONNECT_SWAPPED);
  update_notes (self);

  return self;
}

void
accord_export_dialog_set_format (AccordExportDialog *self,
                                 AccordExportFormat  format)
{
  g_return_if_fail (ACCORD_IS_EXPORT_DIALOG (self));

  switch (format)
    {
    case ACCORD_EXPORT_FORMAT_TEXT:
      gtk_check_button_set_active (self->text_check, TRUE);
      break;
    case ACCORD_EXPORT_FORMAT_MARKDOWN:
      gtk_check_button_set_active (self->markdown_check, TRUE);
      break;
    case ACCORD_EXPORT_FORMAT_PDF:
    default:
      gtk_check_button_set_active (self->pdf_check, TRUE);
      break;
    }
}

AccordExportFormat
accord_export_dialog_get_format (AccordExportDialog *self)
{
  g_return_val_if_fail (ACCORD_IS_EXPORT_DIALOG (self), ACCORD_EXPORT_FORMAT_PDF);

  if (gtk_check_button_get_active (self->text_check))
    return ACCORD_EXPORT_FORMAT_TEXT;
  if (gtk_check_button_get_active (self->markdown_check))
    return ACCORD_EXPORT_FORMAT_MARKDOWN;

  return ACCORD_EXPORT_FORMAT_PDF;
}

void
accord_export_dialog_set_scope (AccordExportDialog *self,
                                AccordExportScope   scope)
{
  g_return_if_fail (ACCORD_IS_EXPORT_DIALOG (self));

  switch (scope)
    {
    case ACCORD_EXPORT_SCOPE_CURRENT:
      gtk_check_button_set_active (self->current_check, TRUE);
      break;
    case ACCORD_EXPORT_SCOPE_CHOSEN:
      gtk_check_button_set_active (self->chosen_check, TRUE);
      break;
    case ACCORD_EXPORT_SCOPE_NOTES:
      gtk_check_button_set_active (self->notes_only_check, TRUE);
      break;
    case ACCORD_EXPORT_SCOPE_ALL:
    default:
      gtk_check_button_set_active (self->all_check, TRUE);
      break;
    }
}

void
accord_export_dialog_set_chosen (AccordExportDialog *self,
                                 AccordSection      *section,
                                 gboolean            chosen)
{
  GtkCheckButton *check;

  g_return_if_fail (ACCORD_IS_EXPORT_DIALOG (self));

  check = g_hash_table_lookup (self->chosen, section);
  if (check != NULL)
    gtk_check_button_set_active (check, chosen);
}

/**
 * accord_export_dialog_get_sections:
 *
 * Returns: (transfer full) (nullable): the sections to export, in briefing
 *   order, or %NULL for the whole briefing (or the notes only)
 */
GPtrArray *
accord_export_dialog_get_sections (AccordExportDialog *self)
{
  GPtrArray *sections;
  GListModel *all;
  guint n;

  g_return_val_if_fail (ACCORD_IS_EXPORT_DIALOG (self), NULL);

  if (gtk_check_button_get_active (self->all_check)
      || gtk_check_button_get_active (self->notes_only_check))
    return NULL;

  sections = g_ptr_array_new ();

  if (gtk_check_button_get_active (self->current_check))
    {
      if (self->current != NULL)
        g_ptr_array_add (sections, self->current);
      return sections;
    }

  all = accord_briefing_get_all_sections (self->briefing);
  n = g_list_model_get_n_items (all);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AccordSection) section = g_list_model_get_item (all, i);
      GtkCheckButton *check = g_hash_table_lookup (self->chosen, section);

      if (check != NULL && gtk_check_button_get_active (check))
        g_ptr_array_add (sections, section);
    }

  return sections;
}

char *
accord_export_dialog_suggest_name (AccordExportDialog *self)
{
  g_autoptr(GPtrArray) sections = NULL;

  g_return_val_if_fail (ACCORD_IS_EXPORT_DIALOG (self), NULL);

  sections = accord_export_dialog_get_sections (self);

  if (gtk_check_button_get_active (self->notes_only_check))
    {
      AccordExportFormat format = accord_export_dialog_get_format (self);
      g_autofree char *name = accord_export_suggest_filename (self->briefing, NULL, format);
      const char *extension = accord_export_format_get_extension (format);

      /* The whole briefing's name, minus ".ext", is never longer than 200 bytes. */
      name[strlen (name) - strlen (extension) - 1] = '\0';
      /* Translators: the file name of a notes-only export: the briefing's
       * title, then this, then ".pdf"; the memo's heading says the same */
      return g_strdup_printf ("%s — %s.%s", name, _("Reading notes"), extension);
    }

  return accord_export_suggest_filename (self->briefing, sections,
                                         accord_export_dialog_get_format (self));
}
