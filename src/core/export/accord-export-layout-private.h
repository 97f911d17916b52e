/* accord-export-layout-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the PDF writer needs of the layout beyond its public API.
 */

#pragma once

#include "accord-export-document.h"
#include "accord-export-layout.h"
#include "accord-export-tags.h"

G_BEGIN_DECLS

AccordExportLayout *_accord_export_layout_new_for_document (AccordExportDocument  *document,
                                                            double                 page_width,
                                                            double                 page_height,
                                                            AccordExportProgress  *progress,
                                                            GCancellable          *cancellable,
                                                            GError               **error);
void                _accord_export_layout_add_outline      (AccordExportLayout    *self,
                                                            cairo_surface_t       *surface);
void                _accord_export_layout_draw_page_tagged (AccordExportLayout    *self,
                                                            cairo_t               *cr,
                                                            guint                  page,
                                                            AccordExportTagger    *tagger);

G_END_DECLS
