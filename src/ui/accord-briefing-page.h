/* accord-briefing-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "accord-history.h"
#include "accord-people-index.h"
#include "accord-search-panel.h"
#include "accord-section-view.h"
#include "accord-timeline-page.h"
#include "accord-types.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_BRIEFING_PAGE (accord_briefing_page_get_type ())

G_DECLARE_FINAL_TYPE (AccordBriefingPage, accord_briefing_page, ACCORD, BRIEFING_PAGE, GtkWidget)

GtkWidget          *accord_briefing_page_new                (GMenuModel         *menu_model);
AccordBriefing     *accord_briefing_page_get_briefing       (AccordBriefingPage *self);
void                accord_briefing_page_set_briefing       (AccordBriefingPage *self,
                                                             AccordBriefing     *briefing,
                                                             AccordSection      *section);
AccordSection      *accord_briefing_page_get_section        (AccordBriefingPage *self);
void                accord_briefing_page_show_section       (AccordBriefingPage *self,
                                                             AccordSection      *section);
void                accord_briefing_page_show_event         (AccordBriefingPage *self,
                                                             AccordEvent        *event);
const char         *accord_briefing_page_get_view           (AccordBriefingPage *self);
void                accord_briefing_page_show_view          (AccordBriefingPage *self,
                                                             const char         *name);
void                accord_briefing_page_focus_view         (AccordBriefingPage *self);
void                accord_briefing_page_begin_search       (AccordBriefingPage *self,
                                                             const char         *text);
void                accord_briefing_page_step_match         (AccordBriefingPage *self,
                                                             int                 direction);
gboolean            accord_briefing_page_navigate_back      (AccordBriefingPage *self);
gboolean            accord_briefing_page_get_folded         (AccordBriefingPage *self);
gboolean            accord_briefing_page_get_content_shown  (AccordBriefingPage *self);
int                 accord_briefing_page_get_sidebar_width  (AccordBriefingPage *self);
void                accord_briefing_page_set_sidebar_width  (AccordBriefingPage *self,
                                                             int                 width);
void                accord_briefing_page_set_banner         (AccordBriefingPage *self,
                                                             const char         *message,
                                                             const char         *button_label);
const char         *accord_briefing_page_get_banner         (AccordBriefingPage *self);
GListModel         *accord_briefing_page_get_sections_model (AccordBriefingPage *self);
AccordSectionView  *accord_briefing_page_get_section_view   (AccordBriefingPage *self);
AccordSearchPanel  *accord_briefing_page_get_search_panel   (AccordBriefingPage *self);
AccordTimelinePage *accord_briefing_page_get_timeline_page  (AccordBriefingPage *self);

/* accord-briefing-page-people.c */
void                accord_briefing_page_show_person        (AccordBriefingPage *self,
                                                             AccordActor        *actor);
gboolean            accord_briefing_page_show_person_id     (AccordBriefingPage *self,
                                                             const char         *id);
AccordActor        *accord_briefing_page_get_person         (AccordBriefingPage *self);
AccordPeopleIndex  *accord_briefing_page_get_people_index   (AccordBriefingPage *self);
GtkWidget          *accord_briefing_page_get_person_page    (AccordBriefingPage *self);
GtkListView        *accord_briefing_page_get_people_list    (AccordBriefingPage *self);
void                accord_briefing_page_show_people_list   (AccordBriefingPage *self);

/* accord-briefing-page-history.c */
gboolean            accord_briefing_page_go_back            (AccordBriefingPage *self);
gboolean            accord_briefing_page_go_forward         (AccordBriefingPage *self);
gboolean            accord_briefing_page_can_go_back        (AccordBriefingPage *self);
gboolean            accord_briefing_page_can_go_forward     (AccordBriefingPage *self);
AccordHistory      *accord_briefing_page_get_history        (AccordBriefingPage *self);

G_END_DECLS
