/* accord-bench-reload.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Does a live reload block the window?  Opens a briefing in the real
 * window, then saves a changed copy over it, as an editor would, and
 * records the time between frames from the save until the new version is
 * shown and a second longer.  The floor is the same window's frames while
 * it sits idle for as long, in the same run: the longest gap while
 * reloading is reported next to the longest gap at rest.
 *
 * Run under Xvfb (run-bench.sh does): accord-bench-reload FILE
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "accord-briefing.h"
#include "accord-window.h"

#define SETTLE_US   (1 * G_USEC_PER_SEC)
#define IDLE_US     (3 * G_USEC_PER_SEC)
#define TIMEOUT_US  (300 * G_USEC_PER_SEC)

typedef struct {
  GArray *gaps;         /* of double, ms between ticks */
  gint64 last;
} Frames;

static gint64 saved;

typedef struct {
  const char *path;
  GString *contents;
} Save;

/* An editor saves from another process: here from another thread, so that
 * the bench's own write of the file does not hold up the frames. */
static gpointer
save_in_thread (gpointer data)
{
  Save *save = data;
  g_autoptr(GError) error = NULL;

  if (!g_file_set_contents (save->path, save->contents->str, save->contents->len, &error))
    g_error ("%s", error->message);
  return NULL;
}

static gboolean
on_tick (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       data)
{
  Frames *frames = data;
  /* The wall clock, not the frame clock's prediction: a blocked main loop
   * shows here as a long gap. */
  gint64 now = g_get_monotonic_time ();

  if (frames->last != 0)
    {
      double gap = (now - frames->last) / 1000.0;

      g_array_append_val (frames->gaps, gap);
      if (gap > 50 && saved != 0 && g_getenv ("ACCORD_BENCH_VERBOSE") != NULL)
        g_printerr ("gap of %.1f ms ending %.1f ms after the save\n", gap, (now - saved) / 1000.0);
    }
  frames->last = now;

  return G_SOURCE_CONTINUE;
}

static void
iterate_for (gint64 us)
{
  gint64 end = g_get_monotonic_time () + us;

  while (g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
}

static gboolean
iterate_until_title (GtkWindow  *window,
                     const char *title)
{
  gint64 end = g_get_monotonic_time () + TIMEOUT_US;

  while (g_strcmp0 (gtk_window_get_title (window), title) != 0)
    {
      if (g_get_monotonic_time () > end)
        return FALSE;
      g_main_context_iteration (NULL, TRUE);
    }
  return TRUE;
}

static double
max_gap (GArray *gaps)
{
  double max = 0;

  for (guint i = 0; i < gaps->len; i++)
    max = MAX (max, g_array_index (gaps, double, i));
  return max;
}

static guint
count_over (GArray *gaps,
            double  ms)
{
  guint n = 0;

  for (guint i = 0; i < gaps->len; i++)
    n += g_array_index (gaps, double, i) > ms;
  return n;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gsize length;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GString) revised = NULL;
  g_autofree char *old_title = NULL;
  g_autofree char *new_title = NULL;
  Frames idle = { g_array_new (FALSE, FALSE, sizeof (double)), 0 };
  Frames reload = { g_array_new (FALSE, FALSE, sizeof (double)), 0 };
  AccordWindow *window;
  const char *mark = "\"title\"";
  char *at;
  guint tick;
  gint64 shown;

  if (argc != 2)
    {
      g_printerr ("usage: %s FILE\n", argv[0]);
      return 2;
    }
  if (!g_file_get_contents (argv[1], &text, &length, &error))
    g_error ("%s", error->message);

  adw_init ();

  /* A copy to save over, so that the briefing given stays as it was. */
  dir = g_dir_make_tmp ("accord-bench-reload-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "reload.briefing.json", NULL);
  if (!g_file_set_contents (path, text, length, &error))
    g_error ("%s", error->message);
  file = g_file_new_for_path (path);

  window = accord_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  gtk_window_present (GTK_WINDOW (window));
  accord_window_open_file (window, file);

  /* The revised file: the same briefing, its title changed. */
  /* The first "title" is the briefing's: its members come first. */
  at = strstr (text, mark);
  if (at != NULL)
    at = strchr (at + strlen (mark), '"');
  if (at == NULL)
    g_error ("%s has no title", argv[1]);
  at++;
  old_title = g_strndup (at, strchr (at, '"') - at);
  new_title = g_strconcat (old_title, ", revised", NULL);
  revised = g_string_new_len (text, at - text);
  g_string_append (revised, new_title);
  g_string_append (revised, at + strlen (old_title));

  if (!iterate_until_title (GTK_WINDOW (window), old_title))
    g_error ("the briefing was not shown within %d s", (int) (TIMEOUT_US / G_USEC_PER_SEC));
  iterate_for (SETTLE_US);

  /* The floor: the same window at rest. */
  tick = gtk_widget_add_tick_callback (GTK_WIDGET (window), on_tick, &idle, NULL);
  iterate_for (IDLE_US);
  gtk_widget_remove_tick_callback (GTK_WIDGET (window), tick);

  tick = gtk_widget_add_tick_callback (GTK_WIDGET (window), on_tick, &reload, NULL);
  iterate_for (200 * 1000);
  saved = g_get_monotonic_time ();
  {
    Save save = { path, revised };
    GThread *thread = g_thread_new ("save", save_in_thread, &save);

    if (!iterate_until_title (GTK_WINDOW (window), new_title))
      g_error ("the reloaded briefing was not shown within %d s", (int) (TIMEOUT_US / G_USEC_PER_SEC));
    g_thread_join (thread);
  }
  shown = g_get_monotonic_time ();
  iterate_for (SETTLE_US);
  gtk_widget_remove_tick_callback (GTK_WIDGET (window), tick);

  g_print ("%-34s %10.1f MB\n", "file", length / 1e6);
  g_print ("%-34s %10.1f ms\n", "save to new version shown", (shown - saved) / 1000.0);
  g_print ("%-34s %10.1f ms   (%u frames)\n", "longest frame gap at rest", max_gap (idle.gaps), idle.gaps->len);
  g_print ("%-34s %10.1f ms   (%u frames, %u over 50 ms)\n", "longest frame gap while reloading",
           max_gap (reload.gaps), reload.gaps->len, count_over (reload.gaps, 50));
  g_print ("{\"reload_size_mb\": %.2f, \"reload_shown_ms\": %.1f, \"reload_idle_max_gap_ms\": %.1f, "
           "\"reload_max_gap_ms\": %.1f, \"reload_gaps_over_50ms\": %u}\n",
           length / 1e6, (shown - saved) / 1000.0, max_gap (idle.gaps), max_gap (reload.gaps),
           count_over (reload.gaps, 50));

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
  g_rmdir (dir);
  g_array_unref (idle.gaps);
  g_array_unref (reload.gaps);

  return 0;
}
