/* accord-timeline-marker.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Private to the timeline view (accord-timeline-view*.c).
 */

#pragma once

#include <gtk/gtk.h>

#include "accord-timeline-layout.h"

G_BEGIN_DECLS

/* A child widget: one visible event or cluster. */
#define ACCORD_TYPE_TIMELINE_MARKER (accord_timeline_marker_get_type ())
G_DECLARE_FINAL_TYPE (AccordTimelineMarker, accord_timeline_marker, ACCORD, TIMELINE_MARKER, GtkButton)

struct _AccordTimelineMarker
{
  GtkButton          parent_instance;

  GtkLabel          *label;
  AccordTimelineItem item;
  guint              label_chars;
  gboolean           in_use;
  gboolean           bound;     /* the texts match item */
};

G_END_DECLS
