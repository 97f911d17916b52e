/* test-history.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "accord-history.h"

static void
assert_current (AccordHistory *history,
                const char    *kind,
                const char    *key)
{
  const char *k = NULL, *v = NULL;

  g_assert_true (accord_history_get_current (history, &k, &v));
  g_assert_cmpstr (k, ==, kind);
  g_assert_cmpstr (v, ==, key);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_back_forward (void)
{
  g_autoptr(AccordHistory) history = accord_history_new (100);
  const char *kind, *key;
  guint notified = 0;

  g_signal_connect (history, "notify::can-go-back", G_CALLBACK (count_notify), &notified);

  g_assert_false (accord_history_get_current (history, NULL, NULL));
  g_assert_false (accord_history_can_go_back (history));
  g_assert_false (accord_history_go_back (history, &kind, &key));

  accord_history_visit (history, "section", "a");
  g_assert_false (accord_history_can_go_back (history));
  accord_history_visit (history, "person", "kim");
  g_assert_cmpuint (notified, ==, 1);
  /* The same place again is not a new place. */
  accord_history_visit (history, "person", "kim");
  accord_history_visit (history, "event", "e1");
  g_assert_cmpuint (accord_history_get_n_places (history), ==, 3);

  g_assert_true (accord_history_go_back (history, &kind, &key));
  g_assert_cmpstr (kind, ==, "person");
  g_assert_cmpstr (key, ==, "kim");
  g_assert_true (accord_history_can_go_forward (history));
  g_assert_true (accord_history_go_back (history, &kind, &key));
  g_assert_cmpstr (key, ==, "a");
  g_assert_false (accord_history_can_go_back (history));
  g_assert_false (accord_history_go_back (history, &kind, &key));

  g_assert_true (accord_history_go_forward (history, &kind, &key));
  assert_current (history, "person", "kim");

  /* Going somewhere new drops what was ahead. */
  accord_history_visit (history, "search", "naval");
  g_assert_false (accord_history_can_go_forward (history));
  g_assert_cmpuint (accord_history_get_n_places (history), ==, 3);
  g_assert_true (accord_history_go_back (history, NULL, NULL));
  assert_current (history, "person", "kim");

  /* The same key in another kind is another place. */
  accord_history_visit (history, "section", "kim");
  assert_current (history, "section", "kim");
}

static void
test_bounded (void)
{
  g_autoptr(AccordHistory) history = accord_history_new (3);

  for (guint i = 0; i < 10; i++)
    {
      g_autofree char *key = g_strdup_printf ("s%u", i);
      accord_history_visit (history, "section", key);
    }

  g_assert_cmpuint (accord_history_get_n_places (history), ==, 3);
  assert_current (history, "section", "s9");
  g_assert_true (accord_history_go_back (history, NULL, NULL));
  g_assert_true (accord_history_go_back (history, NULL, NULL));
  assert_current (history, "section", "s7");
  g_assert_false (accord_history_go_back (history, NULL, NULL));
}

static void
test_forget (void)
{
  g_autoptr(AccordHistory) history = accord_history_new (10);

  accord_history_visit (history, "section", "a");
  accord_history_visit (history, "section", "gone");
  accord_history_visit (history, "section", "c");
  g_assert_true (accord_history_go_back (history, NULL, NULL));
  accord_history_forget_current (history);
  assert_current (history, "section", "a");
  g_assert_true (accord_history_go_forward (history, NULL, NULL));
  assert_current (history, "section", "c");
  g_assert_cmpuint (accord_history_get_n_places (history), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/history/back-forward", test_back_forward);
  g_test_add_func ("/history/bounded", test_bounded);
  g_test_add_func ("/history/forget", test_forget);

  return g_test_run ();
}
