/* accord-date.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "accord-types.h"

G_BEGIN_DECLS

/*
 * AccordDate is an immutable EDTF date (ISO 8601-2, level 0 plus the level-1
 * qualifiers "?", "~" and "%"): "2025", "2025-12", "2026-01-20", or an
 * interval "2025-12/2026-02" whose two ends each have their own precision
 * and qualifiers.  Years are 0000..9999.
 *
 * Day numbers are days since 1970-01-01 in the proleptic Gregorian calendar
 * (negative before), so that spans can be measured by subtraction.
 */

#define ACCORD_TYPE_DATE (accord_date_get_type ())

GType                accord_date_get_type          (void) G_GNUC_CONST;
AccordDate          *accord_date_parse             (const char        *text,
                                                    GError           **error);
AccordDate          *accord_date_ref               (AccordDate        *self);
void                 accord_date_unref             (AccordDate        *self);
const char          *accord_date_get_text          (const AccordDate  *self);
gboolean             accord_date_is_interval       (const AccordDate  *self);
AccordDatePrecision  accord_date_get_precision     (const AccordDate  *self);
AccordDatePrecision  accord_date_get_end_precision (const AccordDate  *self);
AccordDateQualifiers accord_date_get_qualifiers    (const AccordDate  *self);
AccordDateQualifiers accord_date_get_end_qualifiers(const AccordDate  *self);
void                 accord_date_get_start         (const AccordDate  *self,
                                                    int               *year,
                                                    int               *month,
                                                    int               *day);
gint64               accord_date_get_first_day     (const AccordDate  *self);
gint64               accord_date_get_last_day      (const AccordDate  *self);
int                  accord_date_compare           (const AccordDate  *a,
                                                    const AccordDate  *b);
char                *accord_date_format            (const AccordDate  *self);
char                *accord_date_describe_precision(const AccordDate  *self);
char                *accord_date_format_gap        (gint64             days);
gint64               accord_date_days_from_civil   (int                year,
                                                    int                month,
                                                    int                day);
void                 accord_date_civil_from_days   (gint64             days,
                                                    int               *year,
                                                    int               *month,
                                                    int               *day);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AccordDate, accord_date_unref)

G_END_DECLS
