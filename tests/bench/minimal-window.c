/* minimal-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The start-up floor for run-bench.sh: the least a libadwaita application
 * does to show a window (an application on the session bus, a header bar,
 * a label, at Accord's default size), so that Accord's start-up can be
 * compared with it.
 */

#define G_LOG_DOMAIN "minimal-window"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#define MINIMAL_TITLE "Accord Bench Minimal Window"
/* Its title once its first frame is drawn, as Accord's changes to the
 * briefing's once the frame that shows it is: the time to the first
 * drawn frame of each is compared too (run-bench.sh). */
#define MINIMAL_DRAWN_TITLE "Accord Bench Minimal Window, drawn"

static void
on_first_frame_painted (GdkFrameClock *clock,
                        GtkWindow     *window)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_frame_painted, window);
  gtk_window_set_title (window, MINIMAL_DRAWN_TITLE);
  gdk_display_flush (gtk_widget_get_display (GTK_WIDGET (window)));
}

static void
on_activate (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *label = gtk_label_new ("Minimal");

  gtk_window_set_title (GTK_WINDOW (window), MINIMAL_TITLE);
  /* Accord's default size (window-width and window-height in its
   * schema): the pixels a first frame fills are part of its cost. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_widget_set_vexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                           G_CALLBACK (on_first_frame_painted), window, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = adw_application_new ("io.github.accordapp.BenchMinimal",
                                                       G_APPLICATION_DEFAULT_FLAGS);

  g_signal_connect (app, "activate", G_CALLBACK (on_activate), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
