/* accord-people-index.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * AccordPeopleIndex: where each actor of a briefing appears, for their
 * person page, `accord --list-actors` and the exports' index of people.
 */

#pragma once

#include <gio/gio.h>

#include "accord-mention-finder.h"
#include "accord-types.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_PEOPLE_INDEX (accord_people_index_get_type ())

G_DECLARE_FINAL_TYPE (AccordPeopleIndex, accord_people_index, ACCORD, PEOPLE_INDEX, GObject)

AccordPeopleIndex   *accord_people_index_new          (AccordBriefing    *briefing,
                                                       GCancellable      *cancellable);
AccordMentionFinder *accord_people_index_get_finder   (AccordPeopleIndex *self);
GPtrArray           *accord_people_index_get_quotes   (AccordPeopleIndex *self,
                                                       AccordActor       *actor);
GPtrArray           *accord_people_index_get_sections (AccordPeopleIndex *self,
                                                       AccordActor       *actor);
GPtrArray           *accord_people_index_get_events   (AccordPeopleIndex *self,
                                                       AccordActor       *actor);
GPtrArray           *accord_people_index_get_sources  (AccordPeopleIndex *self,
                                                       AccordActor       *actor);

G_END_DECLS
