/* accord-heading.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One wording for the headings of a section's blocks, so that the window
 * and an export of the same section say the same thing.  Headings in
 * content are title case, as the window has always written them.
 */

#define G_LOG_DOMAIN "accord-model"

#include "config.h"

#include <glib/gi18n.h>

#include "accord-heading.h"

/**
 * accord_heading_get_title:
 *
 * Returns: (transfer none): the heading, translated
 */
const char *
accord_heading_get_title (AccordHeading heading)
{
  switch (heading)
    {
    case ACCORD_HEADING_KEY_POINTS:
      /* Translators: a heading above a section's list of key points */
      return _("Key Points");
    case ACCORD_HEADING_QUOTES:
      return _("Quotes");
    case ACCORD_HEADING_PEOPLE:
      /* Translators: a heading above the people and organizations
       * (actors) a section or an event involves */
      return _("People and Organizations");
    case ACCORD_HEADING_RELATED_EVENTS:
      return _("Related Events");
    case ACCORD_HEADING_SECTIONS:
      /* Translators: a heading above the sections that discuss an event */
      return _("Sections");
    case ACCORD_HEADING_SOURCES:
      return _("Sources");
    default:
      g_return_val_if_reached ("");
    }
}
