/* accord-model-build.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Building a briefing object by object, for the readers of formats that
 * are not the briefing JSON (Markdown, TimelineJS): each object is made
 * with its lists in place, and added with its index and id as the JSON
 * loader would give them, so that the same document in two formats gives
 * the same model.
 */

#define G_LOG_DOMAIN "accord-briefing"

#include "config.h"

#include "accord-model-private.h"

AccordSection *
_accord_section_new_empty (void)
{
  AccordSection *section = g_object_new (ACCORD_TYPE_SECTION, NULL);

  section->children = g_list_store_new (ACCORD_TYPE_SECTION);
  section->quotes = g_ptr_array_new_with_free_func (g_object_unref);
  section->actors = g_ptr_array_new ();
  section->events = g_ptr_array_new ();
  section->body = g_new0 (char *, 1);

  return section;
}

AccordEvent *
_accord_event_new_empty (void)
{
  AccordEvent *event = g_object_new (ACCORD_TYPE_EVENT, NULL);

  event->sections = g_ptr_array_new ();
  event->actors = g_ptr_array_new ();

  return event;
}

/* The section's id must be set and not yet taken. */
void
_accord_briefing_add_section (AccordBriefing *self,
                              AccordSection  *parent,
                              AccordSection  *section)
{
  g_assert (section->id != NULL);
  g_assert (!g_hash_table_contains (self->section_ids, section->id));

  section->parent = parent;
  section->depth = parent != NULL ? parent->depth + 1 : 0;
  section->index = g_list_model_get_n_items (G_LIST_MODEL (self->all_sections));
  g_list_store_append (parent != NULL ? parent->children : self->sections, section);
  g_list_store_append (self->all_sections, section);
  g_hash_table_insert (self->section_ids, section->id, section);
}

void
_accord_briefing_add_event (AccordBriefing *self,
                            AccordEvent    *event)
{
  g_assert (event->id != NULL && event->date != NULL);
  g_assert (!g_hash_table_contains (self->event_ids, event->id));

  event->index = g_list_model_get_n_items (G_LIST_MODEL (self->events));
  g_list_store_append (self->events, event);
  g_hash_table_insert (self->event_ids, event->id, event);
}

void
_accord_briefing_add_actor (AccordBriefing *self,
                            AccordActor    *actor)
{
  g_assert (actor->id != NULL && actor->name != NULL);
  g_assert (!g_hash_table_contains (self->actor_ids, actor->id));

  actor->index = g_list_model_get_n_items (G_LIST_MODEL (self->actors));
  g_list_store_append (self->actors, actor);
  g_hash_table_insert (self->actor_ids, actor->id, actor);
}

void
_accord_briefing_add_source (AccordBriefing *self,
                             AccordSource   *source)
{
  g_assert (source->id != NULL && source->title != NULL);
  g_assert (!g_hash_table_contains (self->source_ids, source->id));

  source->index = g_list_model_get_n_items (G_LIST_MODEL (self->sources));
  g_list_store_append (self->sources, source);
  g_hash_table_insert (self->source_ids, source->id, source);
}

void
_accord_briefing_add_group (AccordBriefing *self,
                            AccordGroup    *group)
{
  g_assert (group->id != NULL && group->title != NULL);
  g_assert (!g_hash_table_contains (self->group_ids, group->id));

  group->index = g_list_model_get_n_items (G_LIST_MODEL (self->groups));
  g_list_store_append (self->groups, group);
  g_hash_table_insert (self->group_ids, group->id, group);
}

void
_accord_briefing_add_era (AccordBriefing *self,
                          AccordEra      *era)
{
  g_assert (era->id != NULL && era->title != NULL && era->date != NULL);
  g_assert (!g_hash_table_contains (self->era_ids, era->id));

  era->index = g_list_model_get_n_items (G_LIST_MODEL (self->eras));
  g_list_store_append (self->eras, era);
  g_hash_table_insert (self->era_ids, era->id, era);
}

/* Each side lists the other once, in the order the links were made. */
void
_accord_section_link_event (AccordSection *section,
                            AccordEvent   *event)
{
  if (!g_ptr_array_find (section->events, event, NULL))
    g_ptr_array_add (section->events, event);
  if (!g_ptr_array_find (event->sections, section, NULL))
    g_ptr_array_add (event->sections, section);
}
