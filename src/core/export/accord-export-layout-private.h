/* accord-export-layout-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The layout's insides, shared by its two files (placing the lines on
 * pages: accord-export-layout.c; drawing them: accord-export-layout-draw.c),
 * and what the PDF writer needs of it beyond its public API.
 */

#pragma once

#include <pango/pango.h>

#include "accord-export-document.h"
#include "accord-export-layout.h"
#include "accord-export-tags.h"
#include "accord-timeline-picture.h"

G_BEGIN_DECLS

#define HEADING_FAMILY "Cantarell, Sans"
#define BODY_FAMILY    "Serif"
#define UI_FAMILY      "Sans"

typedef enum
{
  STYLE_TITLE,
  STYLE_SUBTITLE,
  STYLE_INTRO,
  STYLE_LEAD,
  STYLE_H1,
  STYLE_H2,
  STYLE_H3,
  STYLE_LABEL,
  STYLE_BODY,
  STYLE_ITEM,
  STYLE_ITEM_URL,
  STYLE_ITEM_NOTE,
  STYLE_QUOTE,
  STYLE_ATTRIBUTION,
  STYLE_QUOTE_NOTE,
  STYLE_CAPTION,
  N_STYLES
} AccordLayoutStyleId;

typedef struct
{
  const char *family;
  PangoWeight weight;
  PangoStyle slant;
  double size;          /* points */
  double line_spacing;  /* times the font's natural line height; 0 keeps it */
  double space_before;
  double space_after;
  double indent;
  double right_indent;
  double keep;          /* room needed below, so a heading is not left alone */
  double rgb[3];
} AccordLayoutStyle;

#define INK    { 0.13, 0.13, 0.15 }
#define GREY   { 0.38, 0.38, 0.42 }
#define ACCENT { 0.10, 0.28, 0.50 }
#define LINK   { 0.08, 0.34, 0.72 }

extern const AccordLayoutStyle _accord_export_layout_styles[N_STYLES];

typedef enum
{
  LINE_BULLET = 1 << 0,  /* the first line of a list item */
  LINE_RULE   = 1 << 1,  /* inside a quote: gets the bar on the left */
  LINE_HRULE  = 1 << 2,  /* not text: the rule under the title */
  LINE_FIGURE = 1 << 3,  /* not text: the timeline, from top to bottom */
} AccordLayoutLineFlags;

typedef struct
{
  PangoLayout *layout;   /* owned by self->layouts; NULL for an HRULE */
  int line;
  guint page;
  guint block;
  AccordLayoutStyleId style;
  AccordLayoutLineFlags flags;
  double x;
  double baseline;
  double top;
  double bottom;
  const char *url;       /* owned by self->strings */
} AccordLayoutLine;

/* A page number of the index of people, as a link to its page. */
typedef struct
{
  guint line;            /* index in self->lines */
  int start;             /* bytes in the line's layout */
  int end;
  guint target;          /* the page, 0-based */
} AccordLayoutIndexLink;

typedef struct
{
  const char *title;     /* owned by self->strings */
  guint page;
  double y;
  int parent;            /* index in self->outline, or -1 */
} AccordLayoutOutlineEntry;

struct _AccordExportLayout
{
  GObject parent_instance;

  PangoContext *context;
  PangoFontDescription *fonts[N_STYLES];
  GPtrArray *layouts;
  GPtrArray *strings;
  GArray *lines;
  GArray *page_starts;   /* index in lines of each page's first line */
  GArray *outline;
  GArray *block_tags;    /* AccordExportBlockTags, one per block */
  AccordTimelinePicture *figure;
  GArray *index_links;   /* AccordLayoutIndexLink */
  char *title;

  double width;
  double height;
  double left;
  double right;
  double top;
  double bottom;

  /* Where the next line goes while laying out. */
  gboolean in_sections;
  guint page;
  double y;
  double pending_space;
  const AccordExportBlock *placing;  /* whose highlights place_text () draws */
};


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
