/* accord-export-tags.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The structure tree of a tagged PDF, as cairo 1.16 writes it: each piece
 * of text says which chain of structure tags it belongs to (its path),
 * and a tagger opens and closes cairo's tags as the path changes from one
 * piece to the next, across pages.
 */

#pragma once

#include <cairo.h>
#include <glib.h>

#include "accord-export-document.h"

G_BEGIN_DECLS

/* Document, a few nested Sects, L, LI, LBody, P, Link, and room to spare. */
#define ACCORD_EXPORT_TAG_MAX_DEPTH 16
/* Sections nested deeper than this share the deepest Sect. */
#define ACCORD_EXPORT_TAG_MAX_SECTS 6

typedef struct
{
  const char *name;        /* static: "Document", "P", CAIRO_TAG_LINK… */
  guint64 key;             /* tells apart two elements of the same name */
  const char *attributes;  /* only read when the tag opens; NULL for none */
  /* A leaf holds text; the others hold only other elements.  cairo 1.16
   * marks content only inside the innermost open tag, so what is drawn
   * while no leaf is open is in no element: that is where the page's
   * header and footer go. */
  gboolean leaf;
} AccordExportTag;

typedef struct
{
  guint depth;
  AccordExportTag tags[ACCORD_EXPORT_TAG_MAX_DEPTH];
} AccordExportTagPath;

typedef struct _AccordExportTagger AccordExportTagger;

/* Where a block sits in the tree: its Sects, its list, its heading level.
 * The PDF's timeline figure and the paragraphs of its caption are blocks
 * of the layout's own, added after the document's. */
typedef struct
{
  AccordBlockKind kind;
  guint heading;         /* 1–6 for a TITLE, HEADING or LABEL */
  guint n_sects;
  guint sects[ACCORD_EXPORT_TAG_MAX_SECTS];  /* the headings of its Sects */
  int list;              /* an ITEM: the first item of its list */
  gboolean is_figure;
  int figure;            /* a caption's paragraph: the figure's block */
} AccordExportBlockTags;

GArray             *_accord_export_block_tags_new   (AccordExportDocument      *document);
guint               _accord_export_block_tags_add_figure  (GArray              *block_tags);
guint               _accord_export_block_tags_add_caption (GArray              *block_tags,
                                                     guint                      figure);
void                _accord_export_tag_path_for_block (AccordExportTagPath    *path,
                                                     const AccordExportBlockTags *tags,
                                                     guint                      block,
                                                     guint64                    part,
                                                     gboolean                   bullet,
                                                     const char                *link);

const char         *_accord_export_tag_heading      (guint                      level);
void                _accord_export_tag_path_push    (AccordExportTagPath       *path,
                                                     const char                *name,
                                                     guint64                    key,
                                                     gboolean                   leaf);

AccordExportTagger *_accord_export_tagger_new       (void);
void                _accord_export_tagger_free      (AccordExportTagger        *tagger);
void                _accord_export_tagger_close_to  (AccordExportTagger        *tagger,
                                                     cairo_t                   *cr,
                                                     const AccordExportTagPath *path);
void                _accord_export_tagger_open      (AccordExportTagger        *tagger,
                                                     cairo_t                   *cr,
                                                     const AccordExportTagPath *path);
gboolean            _accord_export_tagger_in_leaf   (AccordExportTagger        *tagger);
void                _accord_export_tagger_close_leaf (AccordExportTagger       *tagger,
                                                     cairo_t                   *cr);
void                _accord_export_tagger_close_all (AccordExportTagger        *tagger,
                                                     cairo_t                   *cr);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AccordExportTagger, _accord_export_tagger_free)

G_END_DECLS
