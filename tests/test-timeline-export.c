/* test-timeline-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Export Timeline… as a person uses it: opened from the timeline page's
 * button and from its shortcut (a real key press through the X server),
 * a format and the dates chosen, and the file on disk checked.
 */

#include "config.h"

#include <adwaita.h>
#include <gdk/x11/gdkx.h>
#include <glib/gstdio.h>
#include <string.h>

#include "accord-briefing.h"
#include "accord-briefing-page.h"
#include "accord-date.h"
#include "accord-test-ui.h"
#include "accord-timeline-export-dialog.h"
#include "accord-timeline-page.h"
#include "accord-timeline-view.h"
#include "accord-window.h"

static AccordTimelineExportDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = g_list_model_get_n_items (toplevels);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ACCORD_IS_TIMELINE_EXPORT_DIALOG (window))
        return ACCORD_TIMELINE_EXPORT_DIALOG (window);
    }

  return NULL;
}

static gboolean
dialog_shown (gpointer data)
{
  AccordTimelineExportDialog *dialog = find_dialog ();

  return dialog != NULL && gtk_widget_get_mapped (GTK_WIDGET (dialog));
}

static gboolean
dialog_gone (gpointer data)
{
  return find_dialog () == NULL;
}

static gboolean
widget_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        return child;
      if ((found = find_button (child, label)) != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_label_containing (GtkWidget  *root,
                       const char *text)
{
  if (GTK_IS_LABEL (root) && gtk_widget_get_mapped (root) &&
      strstr (gtk_label_get_text (GTK_LABEL (root)), text) != NULL)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label_containing (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

typedef struct
{
  GtkWidget *root;
  const char *text;
} LabelSearch;

static gboolean
label_shown (gpointer data)
{
  LabelSearch *search = data;

  return find_label_containing (search->root, search->text) != NULL;
}

/* A real key press: xdotool through XTest, after giving @window focus. */
static gboolean
send_keys (GtkWidget  *window,
           const char *keys)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  g_autofree char *xid = g_strdup_printf ("%lu", (gulong) gdk_x11_surface_get_xid (surface));
  g_autofree char *path = g_find_program_in_path ("xdotool");
  const char *argv[] = { "xdotool", "windowfocus", "--sync", xid, "key", "--clearmodifiers", keys, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (path == NULL)
    return FALSE;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH,
                NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  if (error != NULL)
    g_error ("xdotool %s: %s%s", keys, out, err);

  return TRUE;
}

static guint
png_width (const char *path)
{
  g_autofree char *data = NULL;
  gsize length = 0;
  const guchar *p;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  g_assert_cmpuint (length, >, 24);
  p = (const guchar *) data;
  g_assert_true (memcmp (p, "\x89PNG", 4) == 0);

  return (guint) p[16] << 24 | p[17] << 16 | p[18] << 8 | p[19];
}

static void
test_timeline_export (void)
{
  g_autofree char *dir = g_dir_make_tmp ("accord-timeline-XXXXXX", NULL);
  g_autofree char *png_path = g_build_filename (dir, "timeline.png", NULL);
  g_autofree char *svg_path = g_build_filename (dir, "visible.svg", NULL);
  g_autoptr(GFile) png = g_file_new_for_path (png_path);
  g_autoptr(GFile) svg = g_file_new_for_path (svg_path);
  g_autofree char *name = NULL;
  g_autofree char *contents = NULL;
  AccordWindow *window = accord_test_new_window (1100, 760);
  AccordTimelineExportDialog *dialog;
  AccordTimelinePage *page;
  GtkWidget *button;

  accord_window_open_bundled (window);
  accord_test_settle ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "timeline");
  page = accord_briefing_page_get_timeline_page (accord_test_briefing_page (window));
  g_assert_nonnull (page);
  accord_test_wait_until (widget_mapped, page);

  /* From the button on the timeline's toolbar. */
  button = find_button (GTK_WIDGET (page), "_Export Timeline…");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_drawable (button));
  gtk_widget_activate (button);
  accord_test_wait_until (dialog_shown, NULL);
  dialog = find_dialog ();
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));

  /* SVG of everything by default, named after the briefing. */
  g_assert_cmpint (accord_timeline_export_dialog_get_choice (dialog), ==, ACCORD_TIMELINE_EXPORT_SVG);
  name = accord_timeline_export_dialog_suggest_name (dialog);
  g_assert_cmpstr (name, ==, "Canada–Korea defence agreement — Timeline.svg");
  g_clear_pointer (&name, g_free);

  accord_timeline_export_dialog_set_choice (dialog, ACCORD_TIMELINE_EXPORT_PNG_2X);
  name = accord_timeline_export_dialog_suggest_name (dialog);
  g_assert_cmpstr (name, ==, "Canada–Korea defence agreement — Timeline.png");
  accord_timeline_export_dialog_export_to_file (dialog, png);
  accord_test_wait_until (dialog_gone, NULL);
  g_assert_cmpuint (png_width (png_path), ==, 2400);

  /* From the keyboard, of the dates in view: January and February. */
  gtk_widget_grab_focus (GTK_WIDGET (page));
  accord_test_settle ();
  accord_timeline_view_set_range (accord_timeline_page_get_view (page),
                                  accord_date_days_from_civil (2026, 1, 1),
                                  accord_date_days_from_civil (2026, 3, 1));
  accord_test_settle ();
  if (!send_keys (GTK_WIDGET (window), "ctrl+shift+t"))
    {
      g_test_message ("xdotool is not installed: the action instead of the key");
      gtk_widget_activate_action (GTK_WIDGET (page), "timeline.export", NULL);
    }
  accord_test_wait_until (dialog_shown, NULL);
  dialog = find_dialog ();
  accord_timeline_export_dialog_set_choice (dialog, ACCORD_TIMELINE_EXPORT_SVG);
  accord_timeline_export_dialog_set_visible_only (dialog, TRUE);
  accord_timeline_export_dialog_export_to_file (dialog, svg);
  accord_test_wait_until (dialog_gone, NULL);

  g_assert_true (g_file_get_contents (svg_path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "<?xml"));
  g_assert_nonnull (strstr (contents, "<title>Canada–Korea defence agreement</title>"));
  g_assert_nonnull (strstr (contents, "25 February 2026 — Signing of the Canada–Korea defence agreement"));
  g_assert_nonnull (strstr (contents, "20 January 2026 — Prime Minister Carney’s special address"));
  /* December's roundtable is out of view. */
  g_assert_null (strstr (contents, "roundtable"));

  g_unlink (png_path);
  g_unlink (svg_path);
  g_rmdir (dir);
  accord_test_destroy_window (GTK_WINDOW (window));
}

/* A failed write says why, and leaves what was there. */
static void
test_timeline_export_fails (void)
{
  g_autofree char *dir = g_dir_make_tmp ("accord-timeline-XXXXXX", NULL);
  g_autofree char *plain = g_build_filename (dir, "plain-file", NULL);
  g_autofree char *target = g_build_filename (plain, "t.svg", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (target);
  g_autofree char *contents = NULL;
  AccordWindow *window = accord_test_new_window (1100, 760);
  AccordTimelineExportDialog *dialog;
  AccordTimelinePage *page;

  g_assert_true (g_file_set_contents (plain, "not a folder\n", -1, NULL));

  accord_window_open_bundled (window);
  accord_test_settle ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "timeline");
  page = accord_briefing_page_get_timeline_page (accord_test_briefing_page (window));
  accord_test_wait_until (widget_mapped, page);
  gtk_widget_activate_action (GTK_WIDGET (page), "timeline.export", NULL);
  accord_test_wait_until (dialog_shown, NULL);
  dialog = find_dialog ();
  accord_timeline_export_dialog_export_to_file (dialog, file);
  accord_test_wait_until (dialog_gone, NULL);

  /* The error is a toast on the window, naming the file. */
  {
    LabelSearch search = { GTK_WIDGET (window), "plain-file/t.svg" };

    accord_test_wait_until (label_shown, &search);
  }
  g_assert_true (g_file_get_contents (plain, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "not a folder\n");

  g_unlink (plain);
  g_rmdir (dir);
  accord_test_destroy_window (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/timeline-export/button-and-shortcut", test_timeline_export);
  g_test_add_func ("/timeline-export/fails", test_timeline_export_fails);

  return g_test_run ();
}
