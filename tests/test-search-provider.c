/* test-search-provider.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the real program as a D-Bus service on a private session bus and
 * asks it what GNOME Shell asks a search provider.
 */

#include "config.h"

#include <gio/gio.h>

#define BUS_NAME    "io.github.accordapp.Accord"
#define OBJECT_PATH "/io/github/accordapp/Accord/SearchProvider"
#define INTERFACE   "org.gnome.Shell.SearchProvider2"

/* Saved before the first GTestDBus unsets it. */
static char *display;

typedef struct
{
  GTestDBus       *bus;
  GDBusConnection *connection;
  GSubprocess     *service;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GError) error = NULL;
  gint64 deadline;

  fixture->bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_test_dbus_up (fixture->bus);

  fixture->connection = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);

  /* GTestDBus unsets DISPLAY; the service is a GTK application. */
  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_NONE);
  if (display != NULL)
    g_subprocess_launcher_setenv (launcher, "DISPLAY", display, TRUE);
  fixture->service = g_subprocess_launcher_spawn (launcher, &error,
                                                  ACCORD_BINARY, "--gapplication-service", NULL);
  g_assert_no_error (error);

  /* Wait until the service owns its name. */
  deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  for (;;)
    {
      g_autoptr(GVariant) reply = NULL;
      gboolean has_owner = FALSE;

      reply = g_dbus_connection_call_sync (fixture->connection,
                                           "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                           "org.freedesktop.DBus", "NameHasOwner",
                                           g_variant_new ("(s)", BUS_NAME),
                                           G_VARIANT_TYPE ("(b)"),
                                           G_DBUS_CALL_FLAGS_NONE, -1, NULL, &error);
      g_assert_no_error (error);
      g_variant_get (reply, "(b)", &has_owner);
      if (has_owner)
        break;
      if (g_subprocess_get_identifier (fixture->service) == NULL)
        g_error ("the service exited before owning its name");
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_usleep (50 * 1000);
    }
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_subprocess_force_exit (fixture->service);
  g_subprocess_wait (fixture->service, NULL, NULL);
  g_clear_object (&fixture->service);
  g_clear_object (&fixture->connection);
  g_test_dbus_down (fixture->bus);
  g_clear_object (&fixture->bus);
}

static char **
initial_results (Fixture            *fixture,
                 const char * const *terms)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = NULL;
  char **ids = NULL;

  reply = g_dbus_connection_call_sync (fixture->connection, BUS_NAME, OBJECT_PATH, INTERFACE,
                                       "GetInitialResultSet",
                                       g_variant_new ("(^as)", terms),
                                       G_VARIANT_TYPE ("(as)"),
                                       G_DBUS_CALL_FLAGS_NONE, -1, NULL, &error);
  g_assert_no_error (error);
  g_variant_get (reply, "(^as)", &ids);

  return ids;
}

/* The names the Shell would show for @ids, in order. */
static char **
result_names (Fixture     *fixture,
              char       **ids)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GVariantIter) iter = NULL;
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  GVariant *meta;

  reply = g_dbus_connection_call_sync (fixture->connection, BUS_NAME, OBJECT_PATH, INTERFACE,
                                       "GetResultMetas",
                                       g_variant_new ("(^as)", ids),
                                       G_VARIANT_TYPE ("(aa{sv})"),
                                       G_DBUS_CALL_FLAGS_NONE, -1, NULL, &error);
  g_assert_no_error (error);

  g_variant_get (reply, "(aa{sv})", &iter);
  while ((meta = g_variant_iter_next_value (iter)) != NULL)
    {
      const char *name = NULL;
      const char *description = NULL;

      g_assert_true (g_variant_lookup (meta, "name", "&s", &name));
      g_assert_true (g_variant_lookup (meta, "description", "&s", &description));
      g_assert_cmpstr (description, !=, "");
      g_strv_builder_add (names, name);
      g_variant_unref (meta);
    }

  return g_strv_builder_end (names);
}

static void
test_search_provider_davos (Fixture       *fixture,
                            gconstpointer  data)
{
  const char *terms[] = { "davos", NULL };
  g_auto(GStrv) ids = initial_results (fixture, terms);
  g_auto(GStrv) names = NULL;

  g_assert_cmpuint (g_strv_length (ids), >, 0);
  /* The ids name the bundled briefing and the section to open. */
  g_assert_true (g_str_has_prefix (ids[0], "bundled\x1f"));
  g_assert_true (g_strrstr (ids[0], "\x1fmiddle-powers\x1f") != NULL);

  names = result_names (fixture, ids);
  g_assert_cmpuint (g_strv_length (names), ==, g_strv_length (ids));
  g_assert_true (g_strv_contains ((const char * const *)names,
                                  "Context — middle powers and the Davos speech"));
}

static void
test_search_provider_naval (Fixture       *fixture,
                            gconstpointer  data)
{
  const char *terms[] = { "naval", NULL };
  const char *none[] = { "zzzyzzx", NULL };
  g_auto(GStrv) ids = initial_results (fixture, terms);
  g_auto(GStrv) names = result_names (fixture, ids);
  g_auto(GStrv) empty = initial_results (fixture, none);

  g_assert_cmpuint (g_strv_length (ids), ==, 1);
  g_assert_cmpstr (names[0], ==, "Expert view — the December roundtable");
  g_assert_cmpuint (g_strv_length (empty), ==, 0);
}

static void
test_search_provider_quotes (Fixture       *fixture,
                             gconstpointer  data)
{
  const char *terms[] = { "hegemony", NULL };
  g_auto(GStrv) ids = initial_results (fixture, terms);
  g_auto(GStrv) names = result_names (fixture, ids);

  g_assert_true (g_strv_contains ((const char * const *)names, "Quote by Mark Carney"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  display = g_strdup (g_getenv ("DISPLAY"));

  g_test_add ("/search-provider/davos", Fixture, NULL,
              fixture_set_up, test_search_provider_davos, fixture_tear_down);
  g_test_add ("/search-provider/naval", Fixture, NULL,
              fixture_set_up, test_search_provider_naval, fixture_tear_down);
  g_test_add ("/search-provider/quotes", Fixture, NULL,
              fixture_set_up, test_search_provider_quotes, fixture_tear_down);

  return g_test_run ();
}
