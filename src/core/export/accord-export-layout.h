/* accord-export-layout.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * AccordExportLayout: the paginated PDF document, shared with printing.
 * Sizes are in points; draw_page expects a cairo_t whose user space is the
 * page in points with the origin at the top left.
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "accord-types.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_EXPORT_LAYOUT (accord_export_layout_get_type ())

G_DECLARE_FINAL_TYPE (AccordExportLayout, accord_export_layout, ACCORD, EXPORT_LAYOUT, GObject)

AccordExportLayout *accord_export_layout_new         (AccordBriefing     *briefing,
                                                      GPtrArray          *sections,
                                                      double              page_width,
                                                      double              page_height);
guint               accord_export_layout_get_n_pages (AccordExportLayout *self);
void                accord_export_layout_draw_page   (AccordExportLayout *self,
                                                      cairo_t            *cr,
                                                      guint               page);

G_END_DECLS
