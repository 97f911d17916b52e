/* accord-export-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the three exporters share: the briefing turned into a flat list of
 * blocks, so that text, Markdown and PDF say the same things in the same
 * order (built in accord-export-text.c with the clean-up of untrusted
 * text), progress reporting (accord-export.c), and the PDF layout's
 * entry points for the PDF writer (accord-export-pdf.c).
 */

#pragma once

#include "accord-export.h"

G_BEGIN_DECLS

typedef enum
{
  ACCORD_BLOCK_TITLE,      /* the briefing's title */
  ACCORD_BLOCK_SUBTITLE,
  ACCORD_BLOCK_HEADING,    /* a section's title, or "Sources" */
  ACCORD_BLOCK_LEAD,       /* a summary */
  ACCORD_BLOCK_PARAGRAPH,
  ACCORD_BLOCK_LABEL,      /* "Key points", "People", "Related events" */
  ACCORD_BLOCK_ITEM,       /* one list item; sources also have note and url */
  ACCORD_BLOCK_QUOTE,      /* text, attribution and note */
} AccordBlockKind;

typedef struct
{
  AccordBlockKind kind;
  /* HEADING: 1 for a top-level exported section; a section is one level
   * below the nearest ancestor that is exported with it. */
  guint level;
  /* HEADING of an exported section: it gets a bookmark in the PDF outline,
   * under the block at outline_parent (-1 at the root). */
  gboolean in_outline;
  int outline_parent;
  /* All text here has been through _accord_export_clean(); TITLE, SUBTITLE,
   * HEADING and LABEL are single lines. */
  char *text;
  char *attribution;
  char *note;
  char *url;               /* http or https only */
} AccordExportBlock;

typedef struct
{
  char *title;
  char *subtitle;
  char *language;
  GPtrArray *blocks;       /* AccordExportBlock */
  guint n_sections;
} AccordExportDocument;

typedef struct
{
  AccordExportProgressFunc func;
  gpointer data;
  double last;
} AccordExportProgress;

char                 *_accord_export_clean           (const char            *text);
char                 *_accord_export_clean_line      (const char            *text);
gboolean              _accord_export_is_web_url      (const char            *url);
GPtrArray            *_accord_export_choose_sections (AccordBriefing        *briefing,
                                                      GPtrArray             *sections);
gboolean              _accord_export_sections_belong (AccordBriefing        *briefing,
                                                      GPtrArray             *sections);
AccordExportDocument *_accord_export_document_new    (AccordBriefing        *briefing,
                                                      GPtrArray             *sections);
void                  _accord_export_document_free   (AccordExportDocument  *document);
void                  _accord_export_progress        (AccordExportProgress  *progress,
                                                      double                 fraction);
gboolean              _accord_export_next_block      (AccordExportDocument  *document,
                                                      guint                  index,
                                                      AccordExportProgress  *progress,
                                                      GCancellable          *cancellable,
                                                      GError               **error);

GBytes *_accord_export_text     (AccordExportDocument  *document,
                                 AccordExportProgress  *progress,
                                 GCancellable          *cancellable,
                                 GError               **error);
GBytes *_accord_export_markdown (AccordExportDocument  *document,
                                 AccordExportProgress  *progress,
                                 GCancellable          *cancellable,
                                 GError               **error);
AccordExportLayout *_accord_export_layout_new_for_document (AccordExportDocument  *document,
                                                            double                 page_width,
                                                            double                 page_height,
                                                            AccordExportProgress  *progress,
                                                            GCancellable          *cancellable,
                                                            GError               **error);
void                _accord_export_layout_add_outline      (AccordExportLayout    *self,
                                                            cairo_surface_t       *surface);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AccordExportDocument, _accord_export_document_free)

G_END_DECLS
