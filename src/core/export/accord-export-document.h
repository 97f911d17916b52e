/* accord-export-document.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the three writers share: the briefing turned into a flat list of
 * blocks, so that text, Markdown and PDF say the same things in the same
 * order, with the clean-up of untrusted text already done.
 */

#pragma once

#include <gio/gio.h>

#include "accord-export-progress.h"
#include "accord-text-clean.h"
#include "accord-types.h"

G_BEGIN_DECLS

/* The exports' text policy (accord-text-clean.c has the characters):
 * invalid UTF-8 replaced; control characters other than newline and tab,
 * and bidirectional embeddings, overrides and isolates, removed; line and
 * paragraph separators made newlines; noncharacters made U+FFFD, which
 * cairo 1.16 refuses in a PDF.  Titles, headings and labels are one line. */
#define ACCORD_EXPORT_CLEAN (ACCORD_TEXT_CLEAN_KEEP_NEWLINE_TAB | \
                             ACCORD_TEXT_CLEAN_SEPARATORS_TO_NEWLINE | \
                             ACCORD_TEXT_CLEAN_REPLACE_NONCHARACTERS | \
                             ACCORD_TEXT_CLEAN_STRIP)
#define ACCORD_EXPORT_CLEAN_LINE (ACCORD_EXPORT_CLEAN | ACCORD_TEXT_CLEAN_ONE_LINE)

typedef enum
{
  ACCORD_BLOCK_TITLE,      /* the briefing's title */
  ACCORD_BLOCK_SUBTITLE,
  ACCORD_BLOCK_HEADING,    /* a section's title, or "Sources" */
  ACCORD_BLOCK_LEAD,       /* a summary */
  ACCORD_BLOCK_PARAGRAPH,
  ACCORD_BLOCK_LABEL,      /* an AccordHeading: "Key Points", "People and Organizations"… */
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
  /* All text here has been through accord_text_clean(); TITLE, SUBTITLE,
   * HEADING and LABEL are single lines. */
  char *text;
  char *attribution;
  char *note;
  char *url;               /* http or https only */
  /* The reader's notes (accord-export-annotate.c): where the text comes
   * from (a section's id, a field named as in accord-note.h, an index;
   * unowned, the briefing outlives the document), and the byte ranges of
   * text highlighted (AccordExportMark) or NULL. */
  const char *origin_section;
  const char *origin_field;
  guint origin_index;
  GArray *marks;
} AccordExportBlock;

typedef struct
{
  guint start;             /* bytes in the block's text */
  guint end;
  guint32 rgb;             /* 0xRRGGBB */
} AccordExportMark;

typedef struct
{
  char *title;
  char *subtitle;
  char *language;
  GPtrArray *blocks;       /* AccordExportBlock */
  /* The briefing's events in timeline order, for the PDF's figure: set
   * when the whole briefing is exported and it has events. */
  GListModel *timeline;
  GListModel *eras;        /* AccordEra, drawn behind the figure's events */
  guint n_sections;
  /* The index of people (accord-export-people.c): who is named in which
   * blocks, and where in blocks its text form starts (the PDF lays out
   * its own, with pages). */
  GPtrArray *people;       /* AccordExportPerson */
  GObject *finder;         /* AccordMentionFinder of the actors' names */
  guint index_start;
} AccordExportDocument;

gboolean              _accord_export_is_web_url          (const char            *url);
GPtrArray            *_accord_export_choose_sections     (AccordBriefing        *briefing,
                                                          GPtrArray             *sections);
gboolean              _accord_export_sections_belong     (AccordBriefing        *briefing,
                                                          GPtrArray             *sections);
AccordExportDocument *_accord_export_document_new        (AccordBriefing        *briefing,
                                                          GPtrArray             *sections);
void                  _accord_export_document_free       (AccordExportDocument  *document);
void                  _accord_export_block_free          (gpointer               block);
void                  _accord_export_document_annotate   (AccordExportDocument  *document,
                                                          GPtrArray             *annotations,
                                                          gboolean               only);
gboolean              _accord_export_document_next_block (AccordExportDocument  *document,
                                                          guint                  index,
                                                          AccordExportProgress  *progress,
                                                          GCancellable          *cancellable,
                                                          GError               **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AccordExportDocument, _accord_export_document_free)

G_END_DECLS
