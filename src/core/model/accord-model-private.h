/* accord-model-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The model's instance structures, shared by the model classes and the
 * loader that fills them in.  Nothing outside src/core includes this.
 *
 * Ownership: the briefing owns every object through its flat lists; a
 * section owns its quotes and its child sections.  Cross references
 * (speaker, actors, events, sections, source, parent) are unowned pointers
 * into objects the same briefing owns, which avoids reference cycles between
 * sections and events.  Keep the briefing alive while using any of them.
 */

#pragma once

#include <gio/gio.h>

#include "accord-actor.h"
#include "accord-briefing.h"
#include "accord-date.h"
#include "accord-era.h"
#include "accord-event.h"
#include "accord-group.h"
#include "accord-quote.h"
#include "accord-section.h"
#include "accord-source.h"

G_BEGIN_DECLS

struct _AccordActor
{
  GObject parent_instance;
  char *id;
  char *name;
  char *native_name;
  char *role;
  char *organization;
  char *country;
  guint index;
};

struct _AccordSource
{
  GObject parent_instance;
  char *id;
  char *title;
  char *publisher;
  char *url;
  char *note;
  AccordDate *date;
  guint index;
};

struct _AccordQuote
{
  GObject parent_instance;
  char *text;
  char *note;
  AccordActor *speaker;     /* unowned */
  AccordSource *source;     /* unowned, may be NULL */
  AccordSection *section;   /* unowned */
  guint index;              /* within the section */
};

struct _AccordSection
{
  GObject parent_instance;
  char *id;
  char *title;
  char *kind;
  char *summary;
  GStrv body;
  GStrv key_points;
  GStrv tags;
  GPtrArray *quotes;        /* owned AccordQuote */
  GPtrArray *actors;        /* unowned AccordActor */
  GPtrArray *events;        /* unowned AccordEvent */
  GListStore *children;     /* owned AccordSection */
  AccordSection *parent;    /* unowned */
  guint depth;
  guint index;              /* position in document order, over all sections */
};

struct _AccordGroup
{
  GObject parent_instance;
  char *id;
  char *title;
  AccordGroupColor color;
  guint index;
};

struct _AccordEra
{
  GObject parent_instance;
  char *id;
  char *title;
  AccordDate *date;
  guint index;
};

struct _AccordEvent
{
  GObject parent_instance;
  char *id;
  char *title;
  char *place;
  char *summary;
  char *date_note;
  AccordDate *date;
  AccordDate *end_date;     /* may be NULL */
  GPtrArray *sections;      /* unowned AccordSection */
  GPtrArray *actors;        /* unowned AccordActor */
  AccordSource *source;     /* unowned, may be NULL */
  AccordGroup *group;       /* unowned, may be NULL */
  guint index;              /* document order */
};

struct _AccordBriefing
{
  GObject parent_instance;
  char *id;
  char *title;
  char *subtitle;
  char *language;
  char *summary;
  char *display_name;
  GFile *file;              /* NULL for the bundled briefing */
  AccordFileFormat file_format;
  GListStore *sources;
  GListStore *actors;
  GListStore *sections;     /* top level */
  GListStore *all_sections; /* every section, document order */
  GListStore *events;       /* document order */
  GListStore *timeline;     /* events in date order, ties in document order */
  GListStore *groups;       /* the timeline's lanes, in order */
  GListStore *eras;
  GHashTable *source_ids;
  GHashTable *actor_ids;
  GHashTable *section_ids;
  GHashTable *event_ids;
  GHashTable *group_ids;
  GHashTable *era_ids;
};

AccordBriefing *_accord_briefing_new           (void);
void            _accord_briefing_finish        (AccordBriefing *self);

/* accord-model-build.c: for readers that build the model object by object. */
AccordSection  *_accord_section_new_empty      (void);
AccordEvent    *_accord_event_new_empty        (void);
void            _accord_briefing_add_section   (AccordBriefing *self,
                                                AccordSection  *parent,
                                                AccordSection  *section);
void            _accord_briefing_add_event     (AccordBriefing *self,
                                                AccordEvent    *event);
void            _accord_briefing_add_actor     (AccordBriefing *self,
                                                AccordActor    *actor);
void            _accord_briefing_add_source    (AccordBriefing *self,
                                                AccordSource   *source);
void            _accord_briefing_add_group     (AccordBriefing *self,
                                                AccordGroup    *group);
void            _accord_briefing_add_era       (AccordBriefing *self,
                                                AccordEra      *era);
void            _accord_section_link_event     (AccordSection  *section,
                                                AccordEvent    *event);

G_END_DECLS
