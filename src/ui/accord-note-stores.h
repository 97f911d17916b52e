/* accord-note-stores.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "accord-note-store.h"

G_BEGIN_DECLS

AccordNoteStore *accord_note_stores_get      (GApplication    *application,
                                              AccordBriefing  *briefing);
void             accord_note_stores_save_now (AccordNoteStore *store);

G_END_DECLS
