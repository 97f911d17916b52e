/* accord-era.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "accord-types.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_ERA (accord_era_get_type ())

G_DECLARE_FINAL_TYPE (AccordEra, accord_era, ACCORD, ERA, GObject)

const char *accord_era_get_id        (AccordEra *self);
const char *accord_era_get_title     (AccordEra *self);
AccordDate *accord_era_get_date      (AccordEra *self);
gint64      accord_era_get_first_day (AccordEra *self);
gint64      accord_era_get_last_day  (AccordEra *self);
guint       accord_era_get_index     (AccordEra *self);

G_END_DECLS
