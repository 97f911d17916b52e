/* accord-heading.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * AccordHeading:
 *
 * The blocks of a section or an event that get a heading, in the window
 * and in exports alike.
 */
typedef enum
{
  ACCORD_HEADING_KEY_POINTS,
  ACCORD_HEADING_QUOTES,
  ACCORD_HEADING_PEOPLE,
  ACCORD_HEADING_RELATED_EVENTS,
  ACCORD_HEADING_SECTIONS,
  ACCORD_HEADING_SOURCES,
} AccordHeading;

const char *accord_heading_get_title (AccordHeading heading);

G_END_DECLS
