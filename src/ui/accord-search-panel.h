/* accord-search-panel.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "accord-note-store.h"
#include "accord-section-view.h"
#include "accord-types.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_SEARCH_PANEL (accord_search_panel_get_type ())

G_DECLARE_FINAL_TYPE (AccordSearchPanel, accord_search_panel, ACCORD, SEARCH_PANEL, GtkWidget)

/* What the panel shows below its entry. */
typedef enum {
  ACCORD_SEARCH_PANEL_IDLE,        /* no query: the sections list shows instead */
  ACCORD_SEARCH_PANEL_WAITING,     /* a query, and the index is still being built */
  ACCORD_SEARCH_PANEL_RESULTS,
  ACCORD_SEARCH_PANEL_NO_RESULTS,
} AccordSearchPanelState;

GtkWidget              *accord_search_panel_new              (void);
AccordBriefing         *accord_search_panel_get_briefing     (AccordSearchPanel *self);
void                    accord_search_panel_set_briefing     (AccordSearchPanel *self,
                                                              AccordBriefing    *briefing);
AccordSectionView      *accord_search_panel_get_section_view (AccordSearchPanel *self);
void                    accord_search_panel_set_section_view (AccordSearchPanel *self,
                                                              AccordSectionView *view);
void                    accord_search_panel_set_notes        (AccordSearchPanel *self,
                                                              AccordNoteStore   *notes);
gboolean                accord_search_panel_get_search_mode  (AccordSearchPanel *self);
void                    accord_search_panel_set_search_mode  (AccordSearchPanel *self,
                                                              gboolean           search_mode);
void                    accord_search_panel_set_key_capture_widget
                                                             (AccordSearchPanel *self,
                                                              GtkWidget         *widget);
void                    accord_search_panel_begin            (AccordSearchPanel *self,
                                                              const char        *text);
gboolean                accord_search_panel_get_searching    (AccordSearchPanel *self);
gboolean                accord_search_panel_get_ready        (AccordSearchPanel *self);
AccordSearchPanelState  accord_search_panel_get_state        (AccordSearchPanel *self);
GListModel             *accord_search_panel_get_results      (AccordSearchPanel *self);
const char             *accord_search_panel_get_match_text   (AccordSearchPanel *self);
GtkWidget              *accord_search_panel_get_entry        (AccordSearchPanel *self);
void                    accord_search_panel_step_match       (AccordSearchPanel *self,
                                                              int                direction);

G_END_DECLS
