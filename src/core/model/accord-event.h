/* accord-event.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "accord-types.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_EVENT (accord_event_get_type ())

G_DECLARE_FINAL_TYPE (AccordEvent, accord_event, ACCORD, EVENT, GObject)

const char   *accord_event_get_id        (AccordEvent *self);
const char   *accord_event_get_title     (AccordEvent *self);
const char   *accord_event_get_place     (AccordEvent *self);
const char   *accord_event_get_summary   (AccordEvent *self);
const char   *accord_event_get_date_note (AccordEvent *self);
AccordDate   *accord_event_get_date      (AccordEvent *self);
AccordDate   *accord_event_get_end_date  (AccordEvent *self);
gint64        accord_event_get_first_day (AccordEvent *self);
gint64        accord_event_get_last_day  (AccordEvent *self);
char         *accord_event_dup_date_text (AccordEvent *self);
char         *accord_event_format_date   (AccordEvent *self);
guint         accord_event_get_n_sections(AccordEvent *self);
AccordSection*accord_event_get_section   (AccordEvent *self,
                                          guint        position);
guint         accord_event_get_n_actors  (AccordEvent *self);
AccordActor  *accord_event_get_actor     (AccordEvent *self,
                                          guint        position);
AccordSource *accord_event_get_source    (AccordEvent *self);
AccordGroup  *accord_event_get_group     (AccordEvent *self);
guint         accord_event_get_index     (AccordEvent *self);
int           accord_event_compare       (AccordEvent *a,
                                          AccordEvent *b);

G_END_DECLS
