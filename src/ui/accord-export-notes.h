/* accord-export-notes.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "accord-types.h"

G_BEGIN_DECLS

gboolean   accord_export_notes_get_include     (gboolean        has_notes);
void       accord_export_notes_set_include     (gboolean        include);
gboolean   accord_export_notes_has_notes       (AccordBriefing *briefing);
GPtrArray *accord_export_notes_dup_annotations (AccordBriefing *briefing);

G_END_DECLS
