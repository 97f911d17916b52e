/* accord-section.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "accord-types.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_SECTION (accord_section_get_type ())

G_DECLARE_FINAL_TYPE (AccordSection, accord_section, ACCORD, SECTION, GObject)

const char         *accord_section_get_id         (AccordSection *self);
const char         *accord_section_get_title      (AccordSection *self);
const char         *accord_section_get_kind       (AccordSection *self);
const char         *accord_section_get_summary    (AccordSection *self);
const char * const *accord_section_get_body       (AccordSection *self);
const char * const *accord_section_get_key_points (AccordSection *self);
const char * const *accord_section_get_tags       (AccordSection *self);
guint               accord_section_get_n_quotes   (AccordSection *self);
AccordQuote        *accord_section_get_quote      (AccordSection *self,
                                                   guint          position);
guint               accord_section_get_n_actors   (AccordSection *self);
AccordActor        *accord_section_get_actor      (AccordSection *self,
                                                   guint          position);
guint               accord_section_get_n_events   (AccordSection *self);
AccordEvent        *accord_section_get_event      (AccordSection *self,
                                                   guint          position);
GListModel         *accord_section_get_children   (AccordSection *self);
AccordSection      *accord_section_get_parent     (AccordSection *self);
guint               accord_section_get_depth      (AccordSection *self);
guint               accord_section_get_index      (AccordSection *self);

G_END_DECLS
