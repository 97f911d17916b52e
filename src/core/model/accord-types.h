/* accord-types.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _AccordActor     AccordActor;
typedef struct _AccordBriefing  AccordBriefing;
typedef struct _AccordDate      AccordDate;
typedef struct _AccordEra       AccordEra;
typedef struct _AccordEvent     AccordEvent;
typedef struct _AccordGroup     AccordGroup;
typedef struct _AccordQuote     AccordQuote;
typedef struct _AccordSection   AccordSection;
typedef struct _AccordSource    AccordSource;

/**
 * AccordDatePrecision:
 *
 * How much of a date is known. A month-precision date covers the whole
 * month; it is never the first day of it.
 */
typedef enum
{
  ACCORD_DATE_PRECISION_YEAR,
  ACCORD_DATE_PRECISION_MONTH,
  ACCORD_DATE_PRECISION_DAY,
} AccordDatePrecision;

/**
 * AccordDateQualifiers:
 * @ACCORD_DATE_QUALIFIER_UNCERTAIN: EDTF "?"
 * @ACCORD_DATE_QUALIFIER_APPROXIMATE: EDTF "~"
 *
 * EDTF "%" is both flags.
 */
typedef enum
{
  ACCORD_DATE_QUALIFIER_NONE        = 0,
  ACCORD_DATE_QUALIFIER_UNCERTAIN   = 1 << 0,
  ACCORD_DATE_QUALIFIER_APPROXIMATE = 1 << 1,
} AccordDateQualifiers;

/**
 * AccordFileFormat:
 * @ACCORD_FILE_FORMAT_BRIEFING: Accord's briefing JSON
 *   (data/briefing.schema.json)
 * @ACCORD_FILE_FORMAT_MARKDOWN: CommonMark, in the dialect of
 *   docs/markdown-briefings.md or none at all
 * @ACCORD_FILE_FORMAT_TIMELINEJS: a TimelineJS3 timeline's JSON
 *
 * What a briefing was read from.  The loader tells them apart by content.
 */
typedef enum
{
  ACCORD_FILE_FORMAT_BRIEFING,
  ACCORD_FILE_FORMAT_MARKDOWN,
  ACCORD_FILE_FORMAT_TIMELINEJS,
} AccordFileFormat;

/**
 * AccordGroupColor:
 * @ACCORD_GROUP_COLOR_NONE: the briefing gives none; the timeline picks
 *   one by the group's position (accord_group_get_shown_color())
 *
 * The colour of a group on the timeline, named as in the GNOME palette so
 * that each has a light and a dark shade (accord-group.c).
 */
typedef enum
{
  ACCORD_GROUP_COLOR_NONE,
  ACCORD_GROUP_COLOR_BLUE,
  ACCORD_GROUP_COLOR_GREEN,
  ACCORD_GROUP_COLOR_YELLOW,
  ACCORD_GROUP_COLOR_ORANGE,
  ACCORD_GROUP_COLOR_RED,
  ACCORD_GROUP_COLOR_PURPLE,
  ACCORD_GROUP_COLOR_BROWN,
  ACCORD_GROUP_COLOR_GREY,
} AccordGroupColor;

#define ACCORD_GROUP_N_COLORS ACCORD_GROUP_COLOR_GREY

typedef enum
{
  ACCORD_ERROR_INVALID_DATE,
  ACCORD_ERROR_NOT_JSON,
  ACCORD_ERROR_INVALID_BRIEFING,
  ACCORD_ERROR_UNSUPPORTED_VERSION,
  ACCORD_ERROR_TOO_LARGE,
  ACCORD_ERROR_NOT_A_FILE,
  ACCORD_ERROR_IO,
  ACCORD_ERROR_NOT_FOUND,
  ACCORD_ERROR_EXPORT,
  ACCORD_ERROR_UNSUPPORTED_FORMAT,
} AccordError;

#define ACCORD_ERROR (accord_error_quark ())
GQuark accord_error_quark (void);

G_END_DECLS
