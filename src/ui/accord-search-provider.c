/* accord-search-provider.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * org.gnome.Shell.SearchProvider2: the Shell overview finds sections and
 * quotes of the bundled briefing and of the briefings opened recently.
 *
 * A result id is "KEY<US>SECTION-ID<US>N", where KEY is "bundled" or the
 * briefing's URI, <US> the unit separator (never in a URI or an id), and N
 * tells results of one section apart.  Metas come from the last search.
 */

#define G_LOG_DOMAIN "accord-search-provider"

#include "config.h"

#include <glib/gi18n.h>

#include "accord-actor.h"
#include "accord-application.h"
#include "accord-briefing.h"
#include "accord-loader.h"
#include "accord-quote.h"
#include "accord-search.h"
#include "accord-search-provider.h"
#include "accord-search-provider-generated.h"
#include "accord-section.h"

#define SEPARATOR        "\x1f"
#define MAX_PER_BRIEFING 10
#define MAX_BRIEFINGS    5

typedef struct
{
  AccordBriefing    *briefing;
  AccordSearchIndex *index;
  GDateTime         *modified;   /* NULL for the bundled briefing */
} Entry;

typedef struct
{
  char *name;
  char *description;
} Meta;

struct _AccordSearchProvider
{
  GObject                 parent_instance;

  GApplication           *application;   /* unowned: it owns us */
  AccordSearchProvider2  *skeleton;
  GHashTable             *entries;       /* key → Entry */
  GHashTable             *metas;         /* id → Meta */
  GSettings              *settings;
};

G_DEFINE_FINAL_TYPE (AccordSearchProvider, accord_search_provider, G_TYPE_OBJECT)

static void
entry_free (Entry *entry)
{
  g_clear_object (&entry->briefing);
  g_clear_object (&entry->index);
  g_clear_pointer (&entry->modified, g_date_time_unref);
  g_free (entry);
}

static void
meta_free (Meta *meta)
{
  g_free (meta->name);
  g_free (meta->description);
  g_free (meta);
}

static GDateTime *
file_modified (GFile *file)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);

  return info ? g_file_info_get_modification_date_time (info) : NULL;
}

/* Loads (or reuses, while the file is unchanged) a briefing and its index. */
static Entry *
lookup_entry (AccordSearchProvider *self,
              const char           *key)
{
  g_autoptr(AccordBriefing) briefing = NULL;
  g_autoptr(GDateTime) modified = NULL;
  g_autoptr(GFile) file = NULL;
  Entry *entry;

  if (g_strcmp0 (key, ACCORD_BRIEFING_KEY_BUNDLED) != 0)
    {
      file = g_file_new_for_uri (key);
      modified = file_modified (file);
      if (modified == NULL)
        return NULL;
    }

  entry = g_hash_table_lookup (self->entries, key);
  if (entry != NULL &&
      (modified == NULL || (entry->modified && g_date_time_equal (modified, entry->modified))))
    return entry;

  briefing = file ? accord_loader_load_file (file, NULL, NULL, NULL)
                  : accord_loader_load_bundled (NULL);
  if (briefing == NULL)
    {
      g_hash_table_remove (self->entries, key);
      return NULL;
    }

  entry = g_new0 (Entry, 1);
  entry->briefing = g_steal_pointer (&briefing);
  entry->index = accord_search_index_new (entry->briefing);
  entry->modified = g_steal_pointer (&modified);
  g_hash_table_replace (self->entries, g_strdup (key), entry);

  return entry;
}

static void
search_briefing (AccordSearchProvider *self,
                 const char           *key,
                 AccordSearchQuery    *query,
                 GPtrArray            *ids)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  g_autoptr(AccordSearchResults) results = NULL;
  Entry *entry = lookup_entry (self, key);
  guint added = 0;
  guint n;

  if (entry == NULL)
    return;

  results = accord_search_index_query (entry->index, query, 200, NULL);
  n = g_list_model_get_n_items (G_LIST_MODEL (results));

  /* The results keep each one they make, so the objects in @seen live as
   * long as they do. */
  for (guint i = 0; i < n && added < MAX_PER_BRIEFING; i++)
    {
      g_autoptr(AccordSearchResult) result = g_list_model_get_item (G_LIST_MODEL (results), i);
      AccordSearchKind kind = accord_search_result_get_kind (result);
      AccordSection *section = accord_search_result_get_section (result);
      GObject *object = accord_search_result_get_object (result);
      Meta *meta;
      char *id;

      if (section == NULL ||
          (kind != ACCORD_SEARCH_KIND_SECTION && kind != ACCORD_SEARCH_KIND_QUOTE))
        continue;

      /* One result per section and one per quote: the best field of each. */
      if (g_hash_table_contains (seen, object))
        continue;
      g_hash_table_add (seen, object);

      id = g_strdup_printf ("%s" SEPARATOR "%s" SEPARATOR "%u",
                            key, accord_section_get_id (section), added);

      meta = g_new0 (Meta, 1);
      if (kind == ACCORD_SEARCH_KIND_QUOTE)
        {
          AccordActor *speaker = accord_quote_get_speaker (ACCORD_QUOTE (object));

          /* Translators: a quote found by the Shell search; %s is who said it */
          meta->name = g_strdup_printf (_("Quote by %s"), accord_actor_get_name (speaker));
        }
      else
        meta->name = g_strdup (accord_section_get_title (section));
      meta->description = g_strdup (accord_search_result_get_snippet (result));

      g_hash_table_replace (self->metas, g_strdup (id), meta);
      g_ptr_array_add (ids, id);
      added++;
    }
}

static char **
run_search (AccordSearchProvider *self,
            const char * const   *terms)
{
  g_autoptr(AccordSearchQuery) query = NULL;
  g_autofree char *text = g_strjoinv (" ", (char **)terms);
  g_auto(GStrv) recent = g_settings_get_strv (self->settings, "recent-files");
  GPtrArray *ids = g_ptr_array_new ();

  g_application_hold (self->application);

  g_hash_table_remove_all (self->metas);
  query = accord_search_query_parse (text);
  if (query != NULL && accord_search_query_get_n_terms (query) > 0)
    {
      search_briefing (self, ACCORD_BRIEFING_KEY_BUNDLED, query, ids);
      for (guint i = 0; recent[i] != NULL && i < MAX_BRIEFINGS; i++)
        search_briefing (self, recent[i], query, ids);
    }

  g_application_release (self->application);

  g_ptr_array_add (ids, NULL);

  return (char **)g_ptr_array_free (ids, FALSE);
}

static gboolean
handle_get_initial_result_set (AccordSearchProvider2 *skeleton,
                               GDBusMethodInvocation *invocation,
                               const char * const    *terms,
                               AccordSearchProvider  *self)
{
  g_auto(GStrv) ids = run_search (self, terms);

  accord_search_provider2_complete_get_initial_result_set (skeleton, invocation,
                                                           (const char * const *)ids);
  return TRUE;
}

static gboolean
handle_get_subsearch_result_set (AccordSearchProvider2 *skeleton,
                                 GDBusMethodInvocation *invocation,
                                 const char * const    *previous,
                                 const char * const    *terms,
                                 AccordSearchProvider  *self)
{
  g_auto(GStrv) ids = run_search (self, terms);

  accord_search_provider2_complete_get_subsearch_result_set (skeleton, invocation,
                                                             (const char * const *)ids);
  return TRUE;
}

static gboolean
handle_get_result_metas (AccordSearchProvider2 *skeleton,
                         GDBusMethodInvocation *invocation,
                         const char * const    *ids,
                         AccordSearchProvider  *self)
{
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("aa{sv}"));

  for (guint i = 0; ids[i] != NULL; i++)
    {
      Meta *meta = g_hash_table_lookup (self->metas, ids[i]);

      if (meta == NULL)
        continue;

      g_variant_builder_open (&builder, G_VARIANT_TYPE ("a{sv}"));
      g_variant_builder_add (&builder, "{sv}", "id", g_variant_new_string (ids[i]));
      g_variant_builder_add (&builder, "{sv}", "name", g_variant_new_string (meta->name));
      g_variant_builder_add (&builder, "{sv}", "description", g_variant_new_string (meta->description));
      g_variant_builder_add (&builder, "{sv}", "gicon", g_variant_new_string (APP_ID));
      g_variant_builder_close (&builder);
    }

  accord_search_provider2_complete_get_result_metas (skeleton, invocation,
                                                     g_variant_builder_end (&builder));
  return TRUE;
}

static gboolean
handle_activate_result (AccordSearchProvider2 *skeleton,
                        GDBusMethodInvocation *invocation,
                        const char            *id,
                        const char * const    *terms,
                        guint                  timestamp,
                        AccordSearchProvider  *self)
{
  g_auto(GStrv) parts = g_strsplit (id, SEPARATOR, 3);

  if (g_strv_length (parts) == 3)
    accord_application_open_section (ACCORD_APPLICATION (self->application),
                                     parts[0], parts[1]);

  accord_search_provider2_complete_activate_result (skeleton, invocation);
  return TRUE;
}

static gboolean
handle_launch_search (AccordSearchProvider2 *skeleton,
                      GDBusMethodInvocation *invocation,
                      const char * const    *terms,
                      guint                  timestamp,
                      AccordSearchProvider  *self)
{
  g_autofree char *text = g_strjoinv (" ", (char **)terms);

  accord_application_search (ACCORD_APPLICATION (self->application), text);
  accord_search_provider2_complete_launch_search (skeleton, invocation);
  return TRUE;
}

static void
accord_search_provider_dispose (GObject *object)
{
  AccordSearchProvider *self = (AccordSearchProvider *)object;

  if (self->skeleton != NULL)
    accord_search_provider_unregister (self);
  g_clear_object (&self->skeleton);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->entries, g_hash_table_unref);
  g_clear_pointer (&self->metas, g_hash_table_unref);

  G_OBJECT_CLASS (accord_search_provider_parent_class)->dispose (object);
}

static void
accord_search_provider_class_init (AccordSearchProviderClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = accord_search_provider_dispose;
}

static void
accord_search_provider_init (AccordSearchProvider *self)
{
  self->entries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify)entry_free);
  self->metas = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify)meta_free);
  self->settings = g_settings_new (APP_ID);
  self->skeleton = accord_search_provider2_skeleton_new ();

  g_signal_connect (self->skeleton, "handle-get-initial-result-set",
                    G_CALLBACK (handle_get_initial_result_set), self);
  g_signal_connect (self->skeleton, "handle-get-subsearch-result-set",
                    G_CALLBACK (handle_get_subsearch_result_set), self);
  g_signal_connect (self->skeleton, "handle-get-result-metas",
                    G_CALLBACK (handle_get_result_metas), self);
  g_signal_connect (self->skeleton, "handle-activate-result",
                    G_CALLBACK (handle_activate_result), self);
  g_signal_connect (self->skeleton, "handle-launch-search",
                    G_CALLBACK (handle_launch_search), self);
}

AccordSearchProvider *
accord_search_provider_new (GApplication *application)
{
  AccordSearchProvider *self = g_object_new (ACCORD_TYPE_SEARCH_PROVIDER, NULL);

  self->application = application;

  return self;
}

gboolean
accord_search_provider_register (AccordSearchProvider  *self,
                                 GDBusConnection       *connection,
                                 const char            *object_path,
                                 GError               **error)
{
  g_return_val_if_fail (ACCORD_IS_SEARCH_PROVIDER (self), FALSE);

  return g_dbus_interface_skeleton_export (G_DBUS_INTERFACE_SKELETON (self->skeleton),
                                           connection, object_path, error);
}

void
accord_search_provider_unregister (AccordSearchProvider *self)
{
  g_return_if_fail (ACCORD_IS_SEARCH_PROVIDER (self));

  /* The application unregisters it, then drops it: once is enough (a
   * second unexport is a critical in GLib). */
  if (g_dbus_interface_skeleton_get_connection (G_DBUS_INTERFACE_SKELETON (self->skeleton)) != NULL)
    g_dbus_interface_skeleton_unexport (G_DBUS_INTERFACE_SKELETON (self->skeleton));
}
