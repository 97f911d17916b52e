/* test-people-shown.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Back and forward as a person does them, through the X server (xdotool,
 * XTest): Alt+Left and Alt+Right, and the mouse's back and forward
 * buttons (8 and 9).
 */

#include "config.h"

#include <adwaita.h>
#include <gdk/x11/gdkx.h>

#include "accord-actor.h"
#include "accord-briefing-page.h"
#include "accord-section.h"
#include "accord-test-ui.h"
#include "accord-window.h"

static void
xdotool (GtkWidget  *window,
         const char *command,
         const char *args)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  g_autofree char *line = g_strdup_printf ("xdotool windowfocus --sync %lu %s %s",
                                           (gulong) gdk_x11_surface_get_xid (surface), command, args);
  g_auto(GStrv) argv = g_strsplit (line, " ", -1);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_spawn_sync (NULL, argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  if (error != NULL)
    g_error ("%s: %s%s", line, out, err);
}

static gboolean
have_xdotool (void)
{
  g_autofree char *path = g_find_program_in_path ("xdotool");

  if (path == NULL)
    g_test_skip ("xdotool is not installed");
  return path != NULL;
}

static gboolean
index_ready (gpointer data)
{
  AccordBriefingPage *page = accord_window_get_briefing_page (data);

  return page != NULL && accord_briefing_page_get_people_index (page) != NULL;
}

static gboolean
person_shown (gpointer data)
{
  AccordActor *actor = accord_briefing_page_get_person (accord_test_briefing_page (data));

  return actor != NULL && g_str_equal (accord_actor_get_id (actor), "kmj");
}

static gboolean
section_shown (gpointer data)
{
  AccordSection *section = accord_window_get_section (data);

  return accord_briefing_page_get_person (accord_test_briefing_page (data)) == NULL &&
         section != NULL && g_str_equal (accord_section_get_id (section), "first");
}

static void
test_back_forward_keys_and_buttons (void)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "window", "people.briefing.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GSettings) settings = g_settings_new ("io.github.accordapp.Accord");
  AccordWindow *window;
  GtkWidget *widget;

  if (!have_xdotool ())
    return;

  g_settings_reset (settings, "last-sections");
  window = accord_test_new_window (1100, 760);
  widget = GTK_WIDGET (window);
  accord_window_open_file (window, file);
  accord_test_wait_until (index_ready, window);
  accord_test_settle ();
  g_assert_true (section_shown (window));

  gtk_widget_activate_action (widget, "win.show-person", "s", "kmj");
  accord_test_wait_until (person_shown, window);

  xdotool (widget, "key --clearmodifiers", "alt+Left");
  accord_test_wait_until (section_shown, window);
  xdotool (widget, "key --clearmodifiers", "alt+Right");
  accord_test_wait_until (person_shown, window);

  /* The mouse's own buttons, over the reading column. */
  xdotool (widget, "mousemove --window", "0 700 400 click 8");
  accord_test_wait_until (section_shown, window);
  xdotool (widget, "mousemove --window", "0 700 400 click 9");
  accord_test_wait_until (person_shown, window);

  accord_test_destroy_window (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/people-shown/back-forward-keys-and-buttons", test_back_forward_keys_and_buttons);

  return g_test_run ();
}
