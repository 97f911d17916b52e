/* accord-briefing.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-briefing"

#include "config.h"

#include <glib/gi18n.h>

#include "accord-keyed-hash.h"
#include "accord-model-private.h"

G_DEFINE_QUARK (accord-error-quark, accord_error)

G_DEFINE_FINAL_TYPE (AccordBriefing, accord_briefing, G_TYPE_OBJECT)

static void
accord_briefing_dispose (GObject *object)
{
  AccordBriefing *self = (AccordBriefing *)object;

  g_clear_object (&self->eras);
  g_clear_object (&self->groups);
  g_clear_object (&self->timeline);
  g_clear_object (&self->events);
  g_clear_object (&self->all_sections);
  g_clear_object (&self->sections);
  g_clear_object (&self->actors);
  g_clear_object (&self->sources);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (accord_briefing_parent_class)->dispose (object);
}

static void
accord_briefing_finalize (GObject *object)
{
  AccordBriefing *self = (AccordBriefing *)object;

  g_free (self->id);
  g_free (self->title);
  g_free (self->subtitle);
  g_free (self->language);
  g_free (self->summary);
  g_free (self->display_name);
  g_clear_pointer (&self->source_ids, g_hash_table_unref);
  g_clear_pointer (&self->actor_ids, g_hash_table_unref);
  g_clear_pointer (&self->section_ids, g_hash_table_unref);
  g_clear_pointer (&self->event_ids, g_hash_table_unref);
  g_clear_pointer (&self->group_ids, g_hash_table_unref);
  g_clear_pointer (&self->era_ids, g_hash_table_unref);

  G_OBJECT_CLASS (accord_briefing_parent_class)->finalize (object);
}

static void
accord_briefing_class_init (AccordBriefingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = accord_briefing_dispose;
  object_class->finalize = accord_briefing_finalize;
}

static void
accord_briefing_init (AccordBriefing *self)
{
  self->sources = g_list_store_new (ACCORD_TYPE_SOURCE);
  self->actors = g_list_store_new (ACCORD_TYPE_ACTOR);
  self->sections = g_list_store_new (ACCORD_TYPE_SECTION);
  self->all_sections = g_list_store_new (ACCORD_TYPE_SECTION);
  self->events = g_list_store_new (ACCORD_TYPE_EVENT);
  self->timeline = g_list_store_new (ACCORD_TYPE_EVENT);
  self->groups = g_list_store_new (ACCORD_TYPE_GROUP);
  self->eras = g_list_store_new (ACCORD_TYPE_ERA);
  /* Keys are the objects' own id strings, which live as long as the table.
   * The ids come from the file, so they are hashed with a keyed hash: with
   * g_str_hash, 40,000 colliding event ids took 20 seconds to load. */
  self->source_ids = g_hash_table_new (_accord_keyed_str_hash, g_str_equal);
  self->actor_ids = g_hash_table_new (_accord_keyed_str_hash, g_str_equal);
  self->section_ids = g_hash_table_new (_accord_keyed_str_hash, g_str_equal);
  self->event_ids = g_hash_table_new (_accord_keyed_str_hash, g_str_equal);
  self->group_ids = g_hash_table_new (_accord_keyed_str_hash, g_str_equal);
  self->era_ids = g_hash_table_new (_accord_keyed_str_hash, g_str_equal);
}

AccordBriefing *
_accord_briefing_new (void)
{
  return g_object_new (ACCORD_TYPE_BRIEFING, NULL);
}

static int
compare_events (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  AccordEvent *ea = *(AccordEvent * const *)a;
  AccordEvent *eb = *(AccordEvent * const *)b;

  return accord_event_compare (ea, eb);
}

/* Called by the loader once every object is in place. */
void
_accord_briefing_finish (AccordBriefing *self)
{
  g_autoptr(GPtrArray) sorted = NULL;
  guint n;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->events));
  sorted = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (sorted, g_list_model_get_item (G_LIST_MODEL (self->events), i));

  /* g_qsort_with_data is a stable merge sort: equal dates keep document order. */
  g_qsort_with_data (sorted->pdata, sorted->len, sizeof (gpointer), compare_events, NULL);
  g_list_store_splice (self->timeline, 0, 0, sorted->pdata, sorted->len);
}

const char *
accord_briefing_get_id (AccordBriefing *self)
{
  g_return_val_if_fail (ACCORD_IS_BRIEFING (self), NULL);
  return self->id;
}

const char *
accord_briefing_get_title (AccordBriefing *self)
{
  g_return_val_if_fail (ACCORD_IS_BRIEFING (self), NULL);
  return self->title;
}

const char *
accord_briefing_get_subtitle (AccordBriefing *self)
{
  g_return_val_if_fail (ACCORD_IS_BRIEFING (self), NULL);
  return self->subtitle;
}

const char *
accord_briefing_get_language (AccordBriefing *self)
{
  g_return_val_if_fail (ACCORD_IS_BRIEFING (self), NULL);
  return self->language;
}

const char *
accord_briefing_get_summary (AccordBriefing *self)
{
  g_return_val_if_fail (ACCORD_IS_BRIEFING (self), NULL);
  return self->summary;
}

const char *
accord_briefing_get_display_name (AccordBriefing *self)
{
  g_return_val_if_fail (ACCORD_IS_BRIEFING (self), NULL);
  return self->display_name;
}

/**
 * accord_briefing_get_file_format:
 *
 * Returns: what the briefing was read from: briefing JSON, Markdown or a
 *   TimelineJS3 timeline
 */
AccordFileFormat
accord_briefing_get_file_format (AccordBriefing *self)
{
  g_return_val_if_fail (ACCORD_IS_BRIEFING (self), ACCORD_FILE_FORMAT_BRIEFING);
  return self->file_format;
}

/**
 * accord_briefing_dup_key:
 *
 * The key under which Accord remembers things about this briefing (the
 * last section shown) and names it to the Shell: its file's URI, or
 * %ACCORD_BRIEFING_KEY_BUNDLED for the briefing that comes with Accord.
 *
 * Returns: (transfer full): the key
 */
char *
accord_briefing_dup_key (AccordBriefing *self)
{
  g_return_val_if_fail (ACCORD_IS_BRIEFING (self), NULL);

  if (self->file != NULL)
    return g_file_get_uri (self->file);

  return g_strdup (ACCORD_BRIEFING_KEY_BUNDLED);
}

/**
 * accord_briefing_get_file:
 *
 * Returns: (nullable): the file it was loaded from, or %NULL for the
 *   bundled briefing or one loaded from bytes
 */
GFile *
accord_briefing_get_file (AccordBriefing *self)
{
  g_return_val_if_fail (ACCORD_IS_BRIEFING (self), NULL);
  return self->file;
}

GListModel *
accord_briefing_get_sources (AccordBriefing *self)
{
  g_return_val_if_fail (ACCORD_IS_BRIEFING (self), NULL);
  return G_LIST_MODEL (self->sources);
}

GListModel *
accord_briefing_get_actors (AccordBriefing *self)
{
  g_return_val_if_fail (ACCORD_IS_BRIEFING (self), NULL);
  return G_LIST_MODEL (self->actors);
}

/**
 * accord_briefing_get_sections:
 *
 * Returns: (transfer none): the top-level sections; each section's
 *   children are in accord_section_get_children()
 */
GListModel *
accord_briefing_get_sections (AccordBriefing *self)
{
  g_return_val_if_fail (ACCORD_IS_BRIEFING (self), NULL);
  return G_LIST_MODEL (self->sections);
}

/**
 * accord_briefing_get_all_sections:
 *
 * Returns: (transfer none): every section, nested ones included, in
 *   document order
 */
GListModel *
accord_briefing_get_all_sections (AccordBriefing *self)
{
  g_return_val_if_fail (ACCORD_IS_BRIEFING (self), NULL);
  return G_LIST_MODEL (self->all_sections);
}

GListModel *
accord_briefing_get_events (AccordBriefing *self)
{
  g_return_val_if_fail (ACCORD_IS_BRIEFING (self), NULL);
  return G_LIST_MODEL (self->events);
}

/**
 * accord_briefing_get_timeline:
 *
 * Returns: (transfer none): the events in date order; equal dates keep
 *   document order
 */
GListModel *
accord_briefing_get_timeline (AccordBriefing *self)
{
  g_return_val_if_fail (ACCORD_IS_BRIEFING (self), NULL);
  return G_LIST_MODEL (self->timeline);
}

AccordSection *
accord_briefing_lookup_section (AccordBriefing *self,
                                const char     *id)
{
  g_return_val_if_fail (ACCORD_IS_BRIEFING (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return g_hash_table_lookup (self->section_ids, id);
}

AccordEvent *
accord_briefing_lookup_event (AccordBriefing *self,
                              const char     *id)
{
  g_return_val_if_fail (ACCORD_IS_BRIEFING (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return g_hash_table_lookup (self->event_ids, id);
}

AccordActor *
accord_briefing_lookup_actor (AccordBriefing *self,
                              const char     *id)
{
  g_return_val_if_fail (ACCORD_IS_BRIEFING (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return g_hash_table_lookup (self->actor_ids, id);
}

AccordSource *
accord_briefing_lookup_source (AccordBriefing *self,
                               const char     *id)
{
  g_return_val_if_fail (ACCORD_IS_BRIEFING (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return g_hash_table_lookup (self->source_ids, id);
}

/**
 * accord_briefing_get_groups:
 *
 * Returns: (transfer none): the groups of events (#AccordGroup), in the
 *   order of the timeline's lanes
 */
GListModel *
accord_briefing_get_groups (AccordBriefing *self)
{
  g_return_val_if_fail (ACCORD_IS_BRIEFING (self), NULL);
  return G_LIST_MODEL (self->groups);
}

/**
 * accord_briefing_get_eras:
 *
 * Returns: (transfer none): the eras (#AccordEra), in document order
 */
GListModel *
accord_briefing_get_eras (AccordBriefing *self)
{
  g_return_val_if_fail (ACCORD_IS_BRIEFING (self), NULL);
  return G_LIST_MODEL (self->eras);
}

AccordGroup *
accord_briefing_lookup_group (AccordBriefing *self,
                              const char     *id)
{
  g_return_val_if_fail (ACCORD_IS_BRIEFING (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return g_hash_table_lookup (self->group_ids, id);
}
