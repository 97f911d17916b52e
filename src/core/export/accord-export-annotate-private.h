/* accord-export-annotate-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pango.h>

#include "accord-export-document.h"

G_BEGIN_DECLS

void _accord_export_apply_marks (PangoLayout             *layout,
                                 const AccordExportBlock *block,
                                 const char              *text,
                                 gsize                    length);

G_END_DECLS
