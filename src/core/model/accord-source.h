/* accord-source.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "accord-types.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_SOURCE (accord_source_get_type ())

G_DECLARE_FINAL_TYPE (AccordSource, accord_source, ACCORD, SOURCE, GObject)

const char *accord_source_get_id        (AccordSource *self);
const char *accord_source_get_title     (AccordSource *self);
const char *accord_source_get_publisher (AccordSource *self);
const char *accord_source_get_url       (AccordSource *self);
const char *accord_source_get_note      (AccordSource *self);
AccordDate *accord_source_get_date      (AccordSource *self);

G_END_DECLS
