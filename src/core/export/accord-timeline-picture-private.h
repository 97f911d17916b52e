/* accord-timeline-picture-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by accord-timeline-picture.c (the object, its files) and
 * accord-timeline-picture-draw.c (the drawing).
 */

#pragma once

#include <pango/pango.h>

#include "accord-timeline-picture.h"

G_BEGIN_DECLS

/* A caption's line under a PDF of its own, in points. */
#define ACCORD_TIMELINE_PICTURE_CAPTION_LINE 12.0

struct _AccordTimelinePicture
{
  GObject parent_instance;

  GListModel *events;
  AccordTimelineLayout *layout;
  /* AccordGroup by accord_group_get_index(), NULL for an index no event
   * uses: taken from the events themselves, so that each row the layout
   * makes of them finds its title and colour. */
  GPtrArray *groups;
  GListModel *eras;
  PangoContext *context;
  char *title;

  gboolean have_range;
  double start_day;
  double end_day;
  gboolean compact;
  double max_height;
};

char         *_accord_timeline_picture_clean_line   (const char            *text);
gboolean      _accord_timeline_picture_has_groups   (AccordTimelinePicture *self);
AccordGroup  *_accord_timeline_picture_get_group    (AccordTimelinePicture *self,
                                                     guint                  number);
PangoContext *_accord_timeline_picture_make_context (const char            *language);
double        _accord_timeline_picture_measure      (AccordTimelinePicture *self,
                                                     double                 width);
void          _accord_timeline_picture_render       (AccordTimelinePicture *self,
                                                     cairo_t               *cr,
                                                     double                 width,
                                                     GPtrArray             *caption);

G_END_DECLS
