/* accord-briefing-writer.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "accord-types.h"

G_BEGIN_DECLS

GBytes *accord_briefing_write_json (AccordBriefing *briefing);

G_END_DECLS
