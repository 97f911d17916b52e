/* accord-timeline-export-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "accord-types.h"

G_BEGIN_DECLS

typedef enum
{
  ACCORD_TIMELINE_EXPORT_SVG,
  ACCORD_TIMELINE_EXPORT_PNG,
  ACCORD_TIMELINE_EXPORT_PNG_2X,
  ACCORD_TIMELINE_EXPORT_PDF,
} AccordTimelineExportChoice;

#define ACCORD_TYPE_TIMELINE_EXPORT_DIALOG (accord_timeline_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (AccordTimelineExportDialog, accord_timeline_export_dialog, ACCORD, TIMELINE_EXPORT_DIALOG, AdwWindow)

AccordTimelineExportDialog *accord_timeline_export_dialog_new            (GtkWindow                  *parent,
                                                                          AccordBriefing             *briefing,
                                                                          double                      visible_start,
                                                                          double                      visible_end);
void                        accord_timeline_export_dialog_set_choice     (AccordTimelineExportDialog *self,
                                                                          AccordTimelineExportChoice  choice);
AccordTimelineExportChoice  accord_timeline_export_dialog_get_choice     (AccordTimelineExportDialog *self);
void                        accord_timeline_export_dialog_set_visible_only (AccordTimelineExportDialog *self,
                                                                          gboolean                    visible_only);
char                       *accord_timeline_export_dialog_suggest_name   (AccordTimelineExportDialog *self);
void                        accord_timeline_export_dialog_export_to_file (AccordTimelineExportDialog *self,
                                                                          GFile                      *file);

G_END_DECLS
