/* accord-briefing.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "accord-types.h"

G_BEGIN_DECLS

#define ACCORD_BRIEFING_FORMAT  "accord-briefing"
#define ACCORD_BRIEFING_VERSION 1

/* The key of the briefing that comes with Accord; see accord_briefing_dup_key() */
#define ACCORD_BRIEFING_KEY_BUNDLED "bundled"

#define ACCORD_TYPE_BRIEFING (accord_briefing_get_type ())

G_DECLARE_FINAL_TYPE (AccordBriefing, accord_briefing, ACCORD, BRIEFING, GObject)

const char    *accord_briefing_get_id           (AccordBriefing *self);
const char    *accord_briefing_get_title        (AccordBriefing *self);
const char    *accord_briefing_get_subtitle     (AccordBriefing *self);
const char    *accord_briefing_get_language     (AccordBriefing *self);
const char    *accord_briefing_get_summary      (AccordBriefing *self);
const char    *accord_briefing_get_display_name (AccordBriefing *self);
GFile         *accord_briefing_get_file         (AccordBriefing *self);
AccordFileFormat accord_briefing_get_file_format (AccordBriefing *self);
char          *accord_briefing_dup_key          (AccordBriefing *self);
GListModel    *accord_briefing_get_sources      (AccordBriefing *self);
GListModel    *accord_briefing_get_actors       (AccordBriefing *self);
GListModel    *accord_briefing_get_sections     (AccordBriefing *self);
GListModel    *accord_briefing_get_all_sections (AccordBriefing *self);
GListModel    *accord_briefing_get_events       (AccordBriefing *self);
GListModel    *accord_briefing_get_timeline     (AccordBriefing *self);
GListModel    *accord_briefing_get_groups       (AccordBriefing *self);
GListModel    *accord_briefing_get_eras         (AccordBriefing *self);
AccordSection *accord_briefing_lookup_section   (AccordBriefing *self,
                                                 const char     *id);
AccordEvent   *accord_briefing_lookup_event     (AccordBriefing *self,
                                                 const char     *id);
AccordActor   *accord_briefing_lookup_actor     (AccordBriefing *self,
                                                 const char     *id);
AccordSource  *accord_briefing_lookup_source    (AccordBriefing *self,
                                                 const char     *id);
AccordGroup   *accord_briefing_lookup_group     (AccordBriefing *self,
                                                 const char     *id);

G_END_DECLS
