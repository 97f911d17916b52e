/* accord-group.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "accord-types.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_GROUP (accord_group_get_type ())

G_DECLARE_FINAL_TYPE (AccordGroup, accord_group, ACCORD, GROUP, GObject)

const char       *accord_group_get_id          (AccordGroup      *self);
const char       *accord_group_get_title       (AccordGroup      *self);
AccordGroupColor  accord_group_get_color       (AccordGroup      *self);
AccordGroupColor  accord_group_get_shown_color (AccordGroup      *self);
guint             accord_group_get_index       (AccordGroup      *self);

AccordGroupColor  accord_group_color_from_name (const char       *name);
const char       *accord_group_color_to_name   (AccordGroupColor  color);
char             *accord_group_color_list_names(void);
void              accord_group_color_get_rgb   (AccordGroupColor  color,
                                                gboolean          dark,
                                                double           *red,
                                                double           *green,
                                                double           *blue);

G_END_DECLS
