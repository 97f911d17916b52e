/* accord-people-index.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One pass over the briefing: the links the model has (a quote's speaker,
 * a section's and an event's people) and the names found in the text by
 * AccordMentionFinder.  A section "names" an actor when its People block
 * lists them or its title, summary, body, key points or a quote in it
 * names them; an event when it lists them or its title or summary names
 * them.  Sources are those of their quotes and of their events.
 */

#define G_LOG_DOMAIN "accord-people"

#include "config.h"

#include "accord-actor.h"
#include "accord-briefing.h"
#include "accord-event.h"
#include "accord-people-index.h"
#include "accord-quote.h"
#include "accord-section.h"

typedef struct
{
  GPtrArray *quotes;
  GPtrArray *sections;
  GPtrArray *events;
  GPtrArray *sources;
} Appearances;

struct _AccordPeopleIndex
{
  GObject parent_instance;

  AccordMentionFinder *finder;
  GHashTable *appearances;   /* AccordActor -> Appearances */
  GPtrArray *empty;
};

G_DEFINE_FINAL_TYPE (AccordPeopleIndex, accord_people_index, G_TYPE_OBJECT)

static void
appearances_free (gpointer data)
{
  Appearances *a = data;

  g_ptr_array_unref (a->quotes);
  g_ptr_array_unref (a->sections);
  g_ptr_array_unref (a->events);
  g_ptr_array_unref (a->sources);
  g_free (a);
}

static void
accord_people_index_finalize (GObject *object)
{
  AccordPeopleIndex *self = (AccordPeopleIndex *)object;

  g_clear_object (&self->finder);
  g_clear_pointer (&self->appearances, g_hash_table_unref);
  g_clear_pointer (&self->empty, g_ptr_array_unref);

  G_OBJECT_CLASS (accord_people_index_parent_class)->finalize (object);
}

static void
accord_people_index_class_init (AccordPeopleIndexClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = accord_people_index_finalize;
}

static void
accord_people_index_init (AccordPeopleIndex *self)
{
  self->appearances = g_hash_table_new_full (NULL, NULL, NULL, appearances_free);
  self->empty = g_ptr_array_new ();
}

static Appearances *
lookup (AccordPeopleIndex *self,
        AccordActor       *actor)
{
  return g_hash_table_lookup (self->appearances, actor);
}

/* Each list is filled in one object at a time, so a repeat is always the
 * last one added. */
static void
add_once (GPtrArray *array,
          gpointer   object)
{
  if (object != NULL && (array->len == 0 || array->pdata[array->len - 1] != object))
    g_ptr_array_add (array, object);
}

static void
add_source (Appearances  *a,
            AccordSource *source)
{
  if (source == NULL)
    return;
  for (guint i = 0; i < a->sources->len; i++)
    if (a->sources->pdata[i] == source)
      return;
  g_ptr_array_add (a->sources, source);
}

static void
find_in (AccordPeopleIndex *self,
         const char        *text,
         GArray            *mentions)
{
  accord_mention_finder_find_into (self->finder, text, mentions);
}

static void
find_in_strv (AccordPeopleIndex  *self,
              const char * const *texts,
              GArray             *mentions)
{
  for (guint i = 0; texts != NULL && texts[i] != NULL; i++)
    find_in (self, texts[i], mentions);
}

static void
index_section (AccordPeopleIndex *self,
               AccordSection     *section,
               GArray            *mentions)
{
  Appearances *a;

  g_array_set_size (mentions, 0);
  find_in (self, accord_section_get_title (section), mentions);
  find_in (self, accord_section_get_summary (section), mentions);
  find_in_strv (self, accord_section_get_body (section), mentions);
  find_in_strv (self, accord_section_get_key_points (section), mentions);

  for (guint i = 0; i < accord_section_get_n_actors (section); i++)
    if ((a = lookup (self, accord_section_get_actor (section, i))) != NULL)
      add_once (a->sections, section);

  for (guint i = 0; i < accord_section_get_n_quotes (section); i++)
    {
      AccordQuote *quote = accord_section_get_quote (section, i);
      AccordActor *speaker = accord_quote_get_speaker (quote);

      if (speaker != NULL && (a = lookup (self, speaker)) != NULL)
        {
          g_ptr_array_add (a->quotes, quote);
          add_source (a, accord_quote_get_source (quote));
        }
      find_in (self, accord_quote_get_text (quote), mentions);
    }

  for (guint i = 0; i < mentions->len; i++)
    if ((a = lookup (self, g_array_index (mentions, AccordMention, i).actor)) != NULL)
      add_once (a->sections, section);
}

static void
index_event (AccordPeopleIndex *self,
             AccordEvent       *event,
             GArray            *mentions)
{
  Appearances *a;

  g_array_set_size (mentions, 0);
  find_in (self, accord_event_get_title (event), mentions);
  find_in (self, accord_event_get_summary (event), mentions);

  for (guint i = 0; i < accord_event_get_n_actors (event); i++)
    if ((a = lookup (self, accord_event_get_actor (event, i))) != NULL)
      {
        add_once (a->events, event);
        add_source (a, accord_event_get_source (event));
      }

  for (guint i = 0; i < mentions->len; i++)
    if ((a = lookup (self, g_array_index (mentions, AccordMention, i).actor)) != NULL)
      {
        add_once (a->events, event);
        add_source (a, accord_event_get_source (event));
      }
}

/**
 * accord_people_index_new:
 * @cancellable: (nullable): checked between sections
 *
 * Reads the whole briefing; a large one takes a while (see the benchmark),
 * so the window builds it in a worker thread.
 *
 * Returns: (transfer full) (nullable): the index, or %NULL if cancelled
 */
AccordPeopleIndex *
accord_people_index_new (AccordBriefing *briefing,
                         GCancellable   *cancellable)
{
  g_autoptr(AccordPeopleIndex) self = NULL;
  g_autoptr(GArray) mentions = NULL;
  GListModel *actors, *sections, *timeline;
  guint n;

  g_return_val_if_fail (ACCORD_IS_BRIEFING (briefing), NULL);

  self = g_object_new (ACCORD_TYPE_PEOPLE_INDEX, NULL);
  actors = accord_briefing_get_actors (briefing);
  self->finder = accord_mention_finder_new (actors);

  n = g_list_model_get_n_items (actors);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AccordActor) actor = g_list_model_get_item (actors, i);
      Appearances *a = g_new0 (Appearances, 1);

      a->quotes = g_ptr_array_new ();
      a->sections = g_ptr_array_new ();
      a->events = g_ptr_array_new ();
      a->sources = g_ptr_array_new ();
      g_hash_table_insert (self->appearances, actor, a);
    }

  mentions = g_array_new (FALSE, FALSE, sizeof (AccordMention));

  sections = accord_briefing_get_all_sections (briefing);
  n = g_list_model_get_n_items (sections);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AccordSection) section = g_list_model_get_item (sections, i);

      if (i % 64 == 0 && g_cancellable_is_cancelled (cancellable))
        return NULL;
      index_section (self, section, mentions);
    }

  /* The timeline is in date order, so each actor's events are too. */
  timeline = accord_briefing_get_timeline (briefing);
  n = g_list_model_get_n_items (timeline);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AccordEvent) event = g_list_model_get_item (timeline, i);

      if (i % 256 == 0 && g_cancellable_is_cancelled (cancellable))
        return NULL;
      index_event (self, event, mentions);
    }

  return g_steal_pointer (&self);
}

/**
 * accord_people_index_get_finder:
 *
 * Returns: (transfer none): the finder of the briefing's names
 */
AccordMentionFinder *
accord_people_index_get_finder (AccordPeopleIndex *self)
{
  g_return_val_if_fail (ACCORD_IS_PEOPLE_INDEX (self), NULL);

  return self->finder;
}

#define GETTER(field)                                                   \
  GPtrArray *                                                           \
  accord_people_index_get_##field (AccordPeopleIndex *self,             \
                                   AccordActor       *actor)            \
  {                                                                     \
    Appearances *a;                                                     \
                                                                        \
    g_return_val_if_fail (ACCORD_IS_PEOPLE_INDEX (self), NULL);         \
                                                                        \
    a = lookup (self, actor);                                           \
    return a != NULL ? a->field : self->empty;                          \
  }

/* Each returns (transfer none) (element-type …): quotes in document order
 * (AccordQuote), sections in document order (AccordSection), events in
 * date order (AccordEvent), sources in order of first use (AccordSource);
 * an empty array for an actor of another briefing. */
GETTER (quotes)
GETTER (sections)
GETTER (events)
GETTER (sources)
