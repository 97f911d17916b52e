/* accord-export-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "accord-export.h"
#include "accord-types.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_EXPORT_DIALOG (accord_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (AccordExportDialog, accord_export_dialog, ACCORD, EXPORT_DIALOG, AdwWindow)

typedef enum
{
  ACCORD_EXPORT_SCOPE_CURRENT,
  ACCORD_EXPORT_SCOPE_ALL,
  ACCORD_EXPORT_SCOPE_CHOSEN,
  ACCORD_EXPORT_SCOPE_NOTES,   /* the reader's notes only, as a memo */
} AccordExportScope;

AccordExportDialog *accord_export_dialog_new             (GtkWindow          *parent,
                                                          AccordBriefing     *briefing,
                                                          AccordSection      *current);
void                accord_export_dialog_set_format      (AccordExportDialog *self,
                                                          AccordExportFormat  format);
AccordExportFormat  accord_export_dialog_get_format      (AccordExportDialog *self);
void                accord_export_dialog_set_scope       (AccordExportDialog *self,
                                                          AccordExportScope   scope);
void                accord_export_dialog_set_chosen      (AccordExportDialog *self,
                                                          AccordSection      *section,
                                                          gboolean            chosen);
GPtrArray          *accord_export_dialog_get_sections    (AccordExportDialog *self);
char               *accord_export_dialog_suggest_name    (AccordExportDialog *self);
void                accord_export_dialog_export_to_file  (AccordExportDialog *self,
                                                          GFile              *file);

G_END_DECLS
