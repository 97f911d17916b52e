/* accord-timeline-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "accord-event-card.h"
#include "accord-timeline-view.h"
#include "accord-types.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_TIMELINE_PAGE (accord_timeline_page_get_type ())

G_DECLARE_FINAL_TYPE (AccordTimelinePage, accord_timeline_page, ACCORD, TIMELINE_PAGE, GtkWidget)

GtkWidget          *accord_timeline_page_new          (void);
GListModel         *accord_timeline_page_get_events   (AccordTimelinePage *self);
void                accord_timeline_page_set_events   (AccordTimelinePage *self,
                                                       GListModel         *events);
void                accord_timeline_page_set_briefing (AccordTimelinePage *self,
                                                       AccordBriefing     *briefing);
void                accord_timeline_page_show_event   (AccordTimelinePage *self,
                                                       AccordEvent        *event);
AccordTimelineView *accord_timeline_page_get_view     (AccordTimelinePage *self);
AccordEventCard    *accord_timeline_page_get_card     (AccordTimelinePage *self);

G_END_DECLS
