/* accord-history.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * AccordHistory: back and forward over what a reader opened, as in a web
 * browser.  A place is a kind ("section", "person", "event", "search") and
 * a key (an id, or a search's words), not an object, so that a history
 * outlives the briefing it was made in: a reload finds its places again.
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define ACCORD_TYPE_HISTORY (accord_history_get_type ())

G_DECLARE_FINAL_TYPE (AccordHistory, accord_history, ACCORD, HISTORY, GObject)

AccordHistory *accord_history_new             (guint          max_places);
void           accord_history_visit           (AccordHistory *self,
                                               const char    *kind,
                                               const char    *key);
gboolean       accord_history_get_current     (AccordHistory *self,
                                               const char   **kind,
                                               const char   **key);
gboolean       accord_history_can_go_back     (AccordHistory *self);
gboolean       accord_history_can_go_forward  (AccordHistory *self);
gboolean       accord_history_go_back         (AccordHistory *self,
                                               const char   **kind,
                                               const char   **key);
gboolean       accord_history_go_forward      (AccordHistory *self,
                                               const char   **kind,
                                               const char   **key);
void           accord_history_forget_current  (AccordHistory *self);
guint          accord_history_get_n_places    (AccordHistory *self);

G_END_DECLS
