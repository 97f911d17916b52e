/* accord-timeline-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "accord-timeline-layout.h"
#include "accord-types.h"

G_BEGIN_DECLS

/* An adaptive view turns vertical when it is narrower than this. */
#define ACCORD_TIMELINE_VIEW_NARROW_WIDTH 560

#define ACCORD_TYPE_TIMELINE_VIEW (accord_timeline_view_get_type ())

G_DECLARE_FINAL_TYPE (AccordTimelineView, accord_timeline_view, ACCORD, TIMELINE_VIEW, GtkWidget)

GtkWidget           *accord_timeline_view_new                (void);
GListModel          *accord_timeline_view_get_events         (AccordTimelineView *self);
void                 accord_timeline_view_set_events         (AccordTimelineView *self,
                                                              GListModel         *events);
void                 accord_timeline_view_set_groups         (AccordTimelineView *self,
                                                              GListModel         *groups);
void                 accord_timeline_view_set_eras           (AccordTimelineView *self,
                                                              GListModel         *eras);
gboolean             accord_timeline_view_get_adaptive       (AccordTimelineView *self);
void                 accord_timeline_view_set_adaptive       (AccordTimelineView *self,
                                                              gboolean            adaptive);
guint                accord_timeline_view_get_selected       (AccordTimelineView *self);
AccordEvent         *accord_timeline_view_get_selected_event (AccordTimelineView *self);
void                 accord_timeline_view_select             (AccordTimelineView *self,
                                                              guint               position,
                                                              gboolean            grab_focus);
gboolean             accord_timeline_view_select_event       (AccordTimelineView *self,
                                                              AccordEvent        *event,
                                                              gboolean            grab_focus);
void                 accord_timeline_view_get_range          (AccordTimelineView *self,
                                                              double             *start_day,
                                                              double             *end_day);
void                 accord_timeline_view_set_range          (AccordTimelineView *self,
                                                              double              start_day,
                                                              double              end_day);
void                 accord_timeline_view_zoom_in            (AccordTimelineView *self);
void                 accord_timeline_view_zoom_out           (AccordTimelineView *self);
void                 accord_timeline_view_fit                (AccordTimelineView *self);
AccordTimelineFrame *accord_timeline_view_get_frame          (AccordTimelineView *self);
GtkWidget           *accord_timeline_view_find_marker        (AccordTimelineView *self,
                                                              guint               position);
gboolean             accord_timeline_view_get_marker_item    (AccordTimelineView *self,
                                                              GtkWidget          *marker,
                                                              AccordTimelineItem *item);

G_END_DECLS
