/* accord-timeline-picture.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "accord-timeline-layout.h"
#include "accord-types.h"

G_BEGIN_DECLS

typedef enum
{
  ACCORD_TIMELINE_PICTURE_SVG,
  ACCORD_TIMELINE_PICTURE_PNG,
  ACCORD_TIMELINE_PICTURE_PDF,
} AccordTimelinePictureFormat;

/* The width of a picture exported on its own, in px (points in a PDF). */
#define ACCORD_TIMELINE_PICTURE_WIDTH 1200.0

#define ACCORD_TYPE_TIMELINE_PICTURE (accord_timeline_picture_get_type ())

G_DECLARE_FINAL_TYPE (AccordTimelinePicture, accord_timeline_picture, ACCORD, TIMELINE_PICTURE, GObject)

AccordTimelinePicture *accord_timeline_picture_new          (GListModel                  *timeline_events,
                                                             const char                  *title,
                                                             const char                  *language);
void                   accord_timeline_picture_set_eras     (AccordTimelinePicture       *self,
                                                             GListModel                  *eras);
void                   accord_timeline_picture_set_range    (AccordTimelinePicture       *self,
                                                             double                       start_day,
                                                             double                       end_day);
void                   accord_timeline_picture_set_compact  (AccordTimelinePicture       *self,
                                                             gboolean                     compact);
void                   accord_timeline_picture_set_max_height (AccordTimelinePicture     *self,
                                                             double                       max_height);
guint                  accord_timeline_picture_get_n_events (AccordTimelinePicture       *self);
double                 accord_timeline_picture_get_height   (AccordTimelinePicture       *self,
                                                             double                       width);
void                   accord_timeline_picture_draw         (AccordTimelinePicture       *self,
                                                             cairo_t                     *cr,
                                                             double                       width);
GPtrArray             *accord_timeline_picture_describe     (AccordTimelinePicture       *self,
                                                             guint                        max_lines);
gboolean               accord_timeline_picture_format_from_string (const char            *text,
                                                             AccordTimelinePictureFormat *format);
const char            *accord_timeline_picture_format_get_extension (AccordTimelinePictureFormat format);
char                  *accord_timeline_picture_suggest_filename (AccordBriefing           *briefing,
                                                             AccordTimelinePictureFormat  format);
GBytes                *accord_timeline_picture_to_bytes     (AccordTimelinePicture       *self,
                                                             AccordTimelinePictureFormat  format,
                                                             double                       width,
                                                             double                       scale,
                                                             GError                     **error);

G_END_DECLS
