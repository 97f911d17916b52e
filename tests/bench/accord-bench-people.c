/* accord-bench-people.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `accord-bench --people FILE`: the cost of finding every actor's
 * mentions in a whole briefing (accord_people_index_new(), as the window
 * runs it in a worker thread when a briefing opens), against loading it.
 * The generator's 50 MB briefing has 5,000 actors.
 */

#include "config.h"

#include <stdlib.h>

#include "accord-bench-people.h"
#include "accord-briefing.h"
#include "accord-loader.h"
#include "accord-people-index.h"

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static int
compare_double (const void *a,
                const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

int
accord_bench_people_run (GBytes *json_bytes,
                         int     runs)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordBriefing) briefing = NULL;
  g_autofree double *index_ms = g_new0 (double, runs);
  double load_ms, median;
  guint n_actors, n_names = 0, n_named = 0;
  gint64 t;

  t = g_get_monotonic_time ();
  briefing = accord_loader_load_bytes (json_bytes, "bench.json", &error);
  load_ms = ms_since (t);
  if (briefing == NULL)
    g_error ("%s", error->message);
  n_actors = g_list_model_get_n_items (accord_briefing_get_actors (briefing));

  /* One untimed run first: page faults and the allocator's first growth. */
  for (int i = 0; i <= runs; i++)
    {
      g_autoptr(AccordPeopleIndex) index = NULL;
      GListModel *actors = accord_briefing_get_actors (briefing);

      t = g_get_monotonic_time ();
      index = accord_people_index_new (briefing, NULL);
      if (i > 0)
        index_ms[i - 1] = ms_since (t);

      if (i == 0)
        {
          n_names = accord_mention_finder_get_n_names (accord_people_index_get_finder (index));
          for (guint a = 0; a < n_actors; a++)
            {
              g_autoptr(GObject) actor = g_list_model_get_item (actors, a);

              if (accord_people_index_get_sections (index, (gpointer) actor)->len > 0)
                n_named++;
            }
        }
    }

  qsort (index_ms, runs, sizeof (double), compare_double);
  median = index_ms[runs / 2];

  g_print ("%-34s %10.1f MB   %u actors, %u names\n", "file", g_bytes_get_size (json_bytes) / 1e6,
           n_actors, n_names);
  g_print ("%-34s %10.1f ms   (load %.1f ms, ratio %.2f)\n", "people index (median)",
           median, load_ms, median / load_ms);
  g_print ("%-34s %10u\n", "actors named in some section", n_named);
  g_print ("{\"people_size_mb\": %.2f, \"people_actors\": %u, \"people_index_ms\": %.1f, "
           "\"people_load_ms\": %.1f, \"people_index_mb_s\": %.1f}\n",
           g_bytes_get_size (json_bytes) / 1e6, n_actors, median, load_ms,
           g_bytes_get_size (json_bytes) / 1e6 / (median / 1000.0));
  return 0;
}
