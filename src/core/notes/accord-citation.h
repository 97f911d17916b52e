/* accord-citation.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "accord-types.h"

G_BEGIN_DECLS

char *accord_citation_format (AccordBriefing *briefing,
                              AccordSection  *section,
                              AccordQuote    *quote,
                              AccordEvent    *event,
                              const char     *passage,
                              char          **html);

G_END_DECLS
