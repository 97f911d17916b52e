/* accord-markdown-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the files of the Markdown reader share: the reader's state, and
 * the text of a block as lines with their positions.
 */

#pragma once

#include <cmark-gfm.h>

#include "accord-markdown.h"
#include "accord-model-private.h"

G_BEGIN_DECLS

typedef enum
{
  MD_ID_SOURCE,
  MD_ID_ACTOR,
  MD_ID_SECTION,
  MD_ID_EVENT,
  MD_N_ID_KINDS,
} AccordMarkdownIdKind;

typedef struct
{
  const char     *display_name;
  const char     *data;        /* what cmark parsed: the file after its front matter */
  gsize           length;
  guint           line_offset; /* lines of front matter before data */
  GArray         *line_starts; /* guint, offset of each line of data */
  AccordBriefing *briefing;
  GError         *error;
  GPtrArray      *footnotes;   /* cmark_node, the definitions in index order */
  GPtrArray      *footnote_sources; /* AccordSource per footnote, unowned */
  GHashTable     *taken[MD_N_ID_KINDS]; /* ids used, owned strings */
  GHashTable     *actor_names; /* casefolded name -> AccordActor */
  GHashTable     *source_urls; /* url -> AccordSource */
  gboolean        links_are_sources; /* FALSE while reading the sources themselves */
} AccordMarkdownReader;

/* One line of a paragraph, as plain text, and where it starts. */
typedef struct
{
  char  *text;
  guint  line;
  guint  column;
} AccordMarkdownLine;

/* What a paragraph's inlines hold besides their text. */
typedef struct
{
  GPtrArray *lines;   /* AccordMarkdownLine, owned */
  GPtrArray *sources; /* AccordSource the text cites, unowned */
  GPtrArray *anchors; /* "#id" links, owned strings without the '#' */
} AccordMarkdownInline;

/* accord-markdown-text.c */
void        _accord_markdown_fail          (AccordMarkdownReader *r,
                                            guint                 line,
                                            guint                 column,
                                            const char           *context,
                                            const char           *format,
                                            ...) G_GNUC_PRINTF (5, 6);
void        _accord_markdown_fail_at       (AccordMarkdownReader *r,
                                            cmark_node           *node,
                                            const char           *context,
                                            const char           *format,
                                            ...) G_GNUC_PRINTF (4, 5);
void        _accord_markdown_position      (AccordMarkdownReader *r,
                                            cmark_node           *node,
                                            guint                *line,
                                            guint                *column);
void        _accord_markdown_inline_init   (AccordMarkdownInline *in);
void        _accord_markdown_inline_clear  (AccordMarkdownInline *in);
void        _accord_markdown_read_inlines  (AccordMarkdownReader *r,
                                            cmark_node           *block,
                                            AccordMarkdownInline *in);
char       *_accord_markdown_inline_text   (AccordMarkdownInline *in);
char       *_accord_markdown_plain_text    (AccordMarkdownReader *r,
                                            cmark_node           *block);
void        _accord_markdown_add_paragraphs(AccordMarkdownReader *r,
                                            cmark_node           *block,
                                            GPtrArray            *paragraphs);
char       *_accord_markdown_footnote_label(AccordMarkdownReader *r,
                                            cmark_node           *definition);
gboolean    _accord_markdown_is_dash_line  (const char           *text,
                                            const char          **rest);

/* accord-markdown-entries.c */
char       *_accord_markdown_take_id       (AccordMarkdownReader *r,
                                            AccordMarkdownIdKind  kind,
                                            const char           *wanted,
                                            const char           *fallback);
const char *_accord_markdown_field_key     (const char           *line,
                                            const char * const   *keys,
                                            const char          **value);
gboolean    _accord_markdown_read_people   (AccordMarkdownReader *r,
                                            cmark_node           *list,
                                            const char           *context);
gboolean    _accord_markdown_read_sources  (AccordMarkdownReader *r,
                                            cmark_node           *list,
                                            const char           *context);
gboolean    _accord_markdown_read_footnotes(AccordMarkdownReader *r);
gboolean    _accord_markdown_list_is_dated (AccordMarkdownReader *r,
                                            cmark_node           *list);
gboolean    _accord_markdown_list_is_people(AccordMarkdownReader *r,
                                            cmark_node           *list);
gboolean    _accord_markdown_read_events   (AccordMarkdownReader *r,
                                            cmark_node           *list,
                                            const char           *context,
                                            AccordSection        *parent);
AccordActor *_accord_markdown_find_actor   (AccordMarkdownReader *r,
                                            const char           *name_or_id);
GStrv       _accord_markdown_split_list    (const char           *text);
AccordActor *_accord_markdown_speaker      (AccordMarkdownReader *r,
                                            const char           *attribution,
                                            const char          **rest);

G_END_DECLS
