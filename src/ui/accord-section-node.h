/* accord-section-node.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "accord-section.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_SECTION_NODE (accord_section_node_get_type ())

G_DECLARE_FINAL_TYPE (AccordSectionNode, accord_section_node, ACCORD, SECTION_NODE, GObject)

AccordSectionNode *accord_section_node_new          (AccordSection     *section);
AccordSection     *accord_section_node_get_section  (AccordSectionNode *self);
const char        *accord_section_node_get_title    (AccordSectionNode *self);
GListModel        *accord_section_node_get_children (AccordSectionNode *self);
void               accord_section_node_sync_store   (GListStore        *store,
                                                     GListModel        *sections);

G_END_DECLS
