/* accord-date-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "accord-date.h"

G_BEGIN_DECLS

typedef struct
{
  int                  year;
  int                  month;  /* 0 when not given */
  int                  day;    /* 0 when not given */
  AccordDatePrecision  precision;
  AccordDateQualifiers qualifiers;
  gint64               first_day;
  gint64               last_day;
} AccordDatePart;

struct _AccordDate
{
  gboolean is_interval;
  AccordDatePart start;
  AccordDatePart end;    /* a copy of start when not an interval */
  char     text[]; /* kept in the same allocation: the date never changes */
};

char *_accord_date_format_part_plain (const AccordDatePart *part);

G_END_DECLS
