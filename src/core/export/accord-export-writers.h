/* accord-export-writers.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The three writers, each turning the export document into a file's
 * bytes.  accord-export.c chooses one; they depend on the document (and
 * the PDF writer on the layout), never on accord-export.c.
 */

#pragma once

#include "accord-export-document.h"

G_BEGIN_DECLS

GBytes *_accord_export_text     (AccordExportDocument  *document,
                                 AccordExportProgress  *progress,
                                 GCancellable          *cancellable,
                                 GError               **error);
GBytes *_accord_export_markdown (AccordExportDocument  *document,
                                 AccordExportProgress  *progress,
                                 GCancellable          *cancellable,
                                 GError               **error);
GBytes *_accord_export_pdf      (AccordExportDocument  *document,
                                 double                 page_width,
                                 double                 page_height,
                                 AccordExportProgress  *progress,
                                 GCancellable          *cancellable,
                                 GError               **error);

G_END_DECLS
