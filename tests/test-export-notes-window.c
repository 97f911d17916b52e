/* test-export-notes-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Include my notes" and "My notes only" in the real Export dialog: with
 * no notes both are insensitive; a note written while the dialog is open
 * makes them available, and the switch turns on; a text export then has
 * the passage's number and the note, and a notes-only export is the
 * memo, byte for byte what the command line's --notes-only writes, under
 * a name that says so.  Turned off, the switch stays off for the session.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "accord-briefing.h"
#include "accord-export-dialog.h"
#include "accord-note-store.h"
#include "accord-note-stores.h"
#include "accord-test-ui.h"

#define PASSAGE "setting the legal framework"
#define NOTE_TEXT "Check the date in the statement."

static GtkWidget *
find_widget (GtkWidget   *root,
             gboolean   (*match) (GtkWidget *, gconstpointer),
             gconstpointer data)
{
  if (match (root, data))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, match, data);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_switch (GtkWidget    *widget,
           gconstpointer data)
{
  return GTK_IS_SWITCH (widget);
}

static gboolean
is_row_titled (GtkWidget    *widget,
               gconstpointer title)
{
  return ADW_IS_PREFERENCES_ROW (widget)
         && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static AccordExportDialog *
find_export_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ACCORD_IS_EXPORT_DIALOG (window))
        return ACCORD_EXPORT_DIALOG (window);
    }
  return NULL;
}

static gboolean
export_dialog_gone (gpointer data)
{
  return find_export_dialog () == NULL;
}

static gboolean
is_not_loading (gpointer data)
{
  return g_strcmp0 (accord_window_get_visible_page (ACCORD_WINDOW (data)), "loading") != 0;
}

static gboolean
store_loaded (gpointer data)
{
  return accord_note_store_get_loaded (ACCORD_NOTE_STORE (data));
}

static AccordExportDialog *
open_dialog (AccordWindow *window)
{
  AccordExportDialog *dialog;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL);
  accord_test_settle ();
  dialog = find_export_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  return dialog;
}

/* The switch in its row (the expander row has a hidden one of its own). */
static GtkWidget *
include_switch (AccordExportDialog *dialog)
{
  GtkWidget *row = find_widget (GTK_WIDGET (dialog), is_row_titled, "Include _My Notes");
  GtkWidget *widget;

  g_assert_nonnull (row);
  widget = find_widget (row, is_switch, NULL);
  g_assert_nonnull (widget);
  return widget;
}

static gboolean
switch_off (gpointer data)
{
  return !gtk_switch_get_active (GTK_SWITCH (data));
}

static GtkWidget *
notes_only_row (AccordExportDialog *dialog)
{
  GtkWidget *widget = find_widget (GTK_WIDGET (dialog), is_row_titled, "My _Notes Only");

  g_assert_nonnull (widget);
  return widget;
}

/* Exports as text into @dir/@name; returns what was written. */
static char *
export_text (AccordExportDialog *dialog,
             const char         *dir,
             const char         *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  char *contents = NULL;

  accord_export_dialog_set_format (dialog, ACCORD_EXPORT_FORMAT_TEXT);
  accord_export_dialog_export_to_file (dialog, file);
  accord_test_wait_until (export_dialog_gone, NULL);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_unlink (path);
  return contents;
}

static void
add_note (AccordNoteStore *store,
          AccordBriefing  *briefing)
{
  const char *text = accord_note_get_field_text (briefing, ACCORD_NOTE_TARGET_SECTION, "signing",
                                                 ACCORD_NOTE_FIELD_BODY, 0);
  const char *p = strstr (text, PASSAGE);
  glong start;
  g_autoptr(AccordNote) note = NULL;

  g_assert_nonnull (p);
  start = g_utf8_pointer_to_offset (text, p);
  note = accord_note_new (ACCORD_NOTE_TARGET_SECTION, "signing", ACCORD_NOTE_FIELD_BODY, 0, text,
                          start, start + strlen (PASSAGE));
  accord_note_store_add (store, note);
  accord_note_store_update (store, note, NOTE_TEXT, ACCORD_NOTE_COLOUR_GREEN);
}

static void
test_export_notes_window (void)
{
  g_autofree char *dir = g_dir_make_tmp ("accord-export-notes-XXXXXX", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GPtrArray) annotations = NULL;
  g_autoptr(GBytes) expected = NULL;
  AccordWindow *window = accord_test_new_window (1100, 760);
  AccordExportDialog *dialog;
  AccordBriefing *briefing;
  AccordNoteStore *store;
  AccordExportOptions options;
  GtkWidget *toggle;

  accord_window_open_bundled (window);
  accord_test_wait_until (is_not_loading, window);
  accord_test_settle ();
  briefing = accord_window_get_briefing (window);
  store = accord_note_stores_get (g_application_get_default (), briefing);
  g_assert_nonnull (store);
  accord_test_wait_until (store_loaded, store);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 0);

  /* No notes: nothing to include, and no memo to make. */
  dialog = open_dialog (window);
  toggle = include_switch (dialog);
  g_assert_false (gtk_widget_is_sensitive (toggle));
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (toggle)));
  g_assert_false (gtk_widget_is_sensitive (notes_only_row (dialog)));

  /* A note written meanwhile (in the window behind): both come alive, on. */
  add_note (store, briefing);
  accord_test_settle ();
  g_assert_true (gtk_widget_is_sensitive (toggle));
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (toggle)));
  g_assert_true (gtk_widget_is_sensitive (notes_only_row (dialog)));

  accord_export_dialog_set_scope (dialog, ACCORD_EXPORT_SCOPE_ALL);
  contents = export_text (dialog, dir, "with-notes.txt");
  /* The passage carries its number, the note follows with its colour. */
  g_assert_nonnull (strstr (contents, PASSAGE "[1]"));
  g_assert_nonnull (strstr (contents, "[1] Green"));
  g_assert_nonnull (strstr (contents, NOTE_TEXT));
  g_assert_nonnull (strstr (contents, "Pillar 1 — "));
  g_clear_pointer (&contents, g_free);

  /* My notes only: the memo, named for it, the switch moot. */
  dialog = open_dialog (window);
  toggle = include_switch (dialog);
  accord_export_dialog_set_format (dialog, ACCORD_EXPORT_FORMAT_TEXT);
  accord_export_dialog_set_scope (dialog, ACCORD_EXPORT_SCOPE_NOTES);
  g_assert_false (gtk_widget_is_sensitive (toggle));
  name = accord_export_dialog_suggest_name (dialog);
  g_assert_cmpstr (name, ==, "Canada–Korea defence agreement — Reading notes.txt");
  contents = export_text (dialog, dir, "memo.txt");
  g_assert_nonnull (strstr (contents, "Reading notes"));
  g_assert_nonnull (strstr (contents, "“" PASSAGE "”"));
  g_assert_nonnull (strstr (contents, NOTE_TEXT));
  g_assert_null (strstr (contents, "Pillar 1"));
  /* What accord --export=txt --notes-only writes: the same notes, the same options. */
  annotations = accord_notes_dup_export_annotations (store, briefing);
  accord_export_options_init (&options);
  options.annotations = annotations;
  options.annotations_only = TRUE;
  expected = accord_export_to_bytes (briefing, NULL, ACCORD_EXPORT_FORMAT_TEXT, &options,
                                     NULL, NULL, NULL, NULL);
  g_assert_nonnull (expected);
  g_assert_cmpmem (contents, strlen (contents),
                   g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));
  g_clear_pointer (&contents, g_free);

  /* Turned off by the reader: no notes, and still off next time. */
  dialog = open_dialog (window);
  toggle = include_switch (dialog);
  accord_export_dialog_set_scope (dialog, ACCORD_EXPORT_SCOPE_ALL);
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (toggle)));
  /* As a click or Space does; the switch moves, then changes. */
  gtk_widget_activate (toggle);
  accord_test_wait_until (switch_off, toggle);
  contents = export_text (dialog, dir, "without-notes.txt");
  g_assert_null (strstr (contents, PASSAGE "[1]"));
  g_assert_null (strstr (contents, NOTE_TEXT));
  g_clear_pointer (&contents, g_free);

  dialog = open_dialog (window);
  toggle = include_switch (dialog);
  g_assert_true (gtk_widget_is_sensitive (toggle));
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (toggle)));
  gtk_window_close (GTK_WINDOW (dialog));
  accord_test_wait_until (export_dialog_gone, NULL);

  g_rmdir (dir);
  accord_test_destroy_window (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = g_dir_make_tmp ("accord-export-notes-data-XXXXXX", NULL);
  g_autoptr(AdwApplication) app = NULL;

  /* The reader's own notes are never touched by a test. */
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* Notes are kept per application: this one is the default. */
  app = adw_application_new ("io.github.accordapp.Accord.TestExportNotes", G_APPLICATION_NON_UNIQUE);

  g_test_add_func ("/export-notes-window/include-and-only", test_export_notes_window);

  return g_test_run ();
}
