/* accord-markdown-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the files of the Markdown reader share: the reader's state, the
 * text of a block as lines with their positions, the dialect's entries,
 * and the headings that become sections.
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
  MD_ID_GROUP,
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
  GHashTable     *group_titles; /* title -> AccordGroup, unowned */
  gboolean        links_are_sources; /* FALSE while reading the sources themselves */
  gboolean        every_extension; /* the tests: autolinks and footnotes even where none can be */
  gboolean        footnote_option; /* cmark read footnotes (CMARK_OPT_FOOTNOTES) */
  GString        *scratch;     /* the text of a walk over inlines, reused */
} AccordMarkdownReader;

/* One line of a paragraph, as plain text, and where it starts: one
 * allocation, the text after the position. */
typedef struct
{
  guint line;
  guint column;
  char  text[];
} AccordMarkdownLine;

/* What a paragraph's inlines hold besides their text. */
typedef struct
{
  GPtrArray *lines;   /* AccordMarkdownLine, owned */
  GPtrArray *sources; /* AccordSource the text cites, unowned; NULL until one is */
} AccordMarkdownInline;

/* The most keys an entry has (an event's). */
#define MD_MAX_FIELDS 8

/* A list item or a footnote of the dialect: its first line, and its
 * "Key: value" fields (accord-markdown-entries.c).  A field is kept at
 * its key's place in the list of keys: an entry has a handful. */
typedef struct
{
  GString             *head;      /* the first line, and the lines that continue it */
  guint                line;
  guint                column;
  const char * const  *keys;
  const char          *values[MD_MAX_FIELDS];    /* by key: the value on its line, or NULL */
  GString             *fields[MD_MAX_FIELDS];    /* by key: the value and the lines that continue it, or NULL */
  AccordMarkdownLine  *positions[MD_MAX_FIELDS]; /* by key, unowned */
  GPtrArray           *more;      /* the item's other paragraphs, as text */
  AccordMarkdownInline in;
} AccordMarkdownEntry;

typedef enum
{
  MD_HEADING_SECTION,
  MD_HEADING_TIMELINE,
  MD_HEADING_PEOPLE,
  MD_HEADING_SOURCES,
} AccordMarkdownHeadingKind;

/* A heading and the blocks under it (accord-markdown-sections.c). */
typedef struct
{
  cmark_node                *node;     /* NULL for what precedes the first section */
  int                        level;
  char                      *title;
  char                      *given_id;
  AccordMarkdownHeadingKind  kind;
  gboolean                   shown;    /* a section of its own */
  GPtrArray                 *blocks;   /* cmark_node, unowned */
  AccordSection             *section;  /* when shown */
  AccordSection             *parent;   /* where its children and events go */
} AccordMarkdownHeading;

/* accord-markdown-reader.c */
char           *_accord_markdown_escape_entity_carets (AccordMarkdownReader *r,
                                                       gsize                *length);
AccordBriefing *_accord_markdown_read_full (const char  *data,
                                            gsize        length,
                                            const char  *display_name,
                                            GFile       *file,
                                            gboolean     every_extension,
                                            GError     **error);

/* accord-markdown-text.c */
void      _accord_markdown_fail           (AccordMarkdownReader *r,
                                           guint                 line,
                                           guint                 column,
                                           const char           *context,
                                           const char           *format,
                                           ...) G_GNUC_PRINTF (5, 6);
void      _accord_markdown_fail_at        (AccordMarkdownReader *r,
                                           cmark_node           *node,
                                           const char           *context,
                                           const char           *format,
                                           ...) G_GNUC_PRINTF (4, 5);
void      _accord_markdown_position       (AccordMarkdownReader *r,
                                           cmark_node           *node,
                                           guint                *line,
                                           guint                *column);
void      _accord_markdown_inline_init    (AccordMarkdownInline *in);
void      _accord_markdown_inline_clear   (AccordMarkdownInline *in);
void      _accord_markdown_read_inlines   (AccordMarkdownReader *r,
                                           cmark_node           *block,
                                           AccordMarkdownInline *in);
char     *_accord_markdown_inline_text    (AccordMarkdownInline *in);
char     *_accord_markdown_plain_text     (AccordMarkdownReader *r,
                                           cmark_node           *block);
char     *_accord_markdown_strip_dup      (const char           *text);
void      _accord_markdown_add_paragraphs (AccordMarkdownReader *r,
                                           cmark_node           *block,
                                           GPtrArray            *paragraphs);
char     *_accord_markdown_footnote_label (AccordMarkdownReader *r,
                                           cmark_node           *definition);
gboolean  _accord_markdown_is_dash_line   (const char           *text,
                                           const char          **rest);

/* accord-markdown-prepare.c */
gboolean    _accord_markdown_check_text        (AccordMarkdownReader *r,
                                                const char           *data,
                                                gsize                 length);
gsize       _accord_markdown_read_front_matter (AccordMarkdownReader *r,
                                                const char           *data,
                                                gsize                 length);
void        _accord_markdown_index_lines       (AccordMarkdownReader *r);
gboolean    _accord_markdown_may_link_anchor   (AccordMarkdownReader *r);
gboolean    _accord_markdown_contains          (AccordMarkdownReader *r,
                                                const char           *needle,
                                                gsize                 key);
cmark_node *_accord_markdown_parse             (AccordMarkdownReader *r);
gboolean    _accord_markdown_check_depth       (AccordMarkdownReader *r,
                                                cmark_node           *doc);

/* accord-markdown-sections.c */
AccordMarkdownHeading *_accord_markdown_heading_new          (AccordMarkdownReader  *r,
                                                              cmark_node            *node);
void                   _accord_markdown_heading_free         (gpointer               data);
void                   _accord_markdown_classify             (AccordMarkdownReader  *r,
                                                              AccordMarkdownHeading *h);
void                   _accord_markdown_add_section          (AccordMarkdownReader  *r,
                                                              AccordMarkdownHeading *h,
                                                              GPtrArray             *stack);
gboolean               _accord_markdown_read_section_content (AccordMarkdownReader  *r,
                                                              AccordMarkdownHeading *h);

/* accord-markdown-entries.c */
char       *_accord_markdown_take_id              (AccordMarkdownReader *r,
                                                   AccordMarkdownIdKind  kind,
                                                   const char           *wanted,
                                                   const char           *fallback);
char       *_accord_markdown_take_given_id        (AccordMarkdownReader *r,
                                                   AccordMarkdownIdKind  kind,
                                                   const char           *id,
                                                   guint                 line,
                                                   guint                 column,
                                                   const char           *context);
const char *_accord_markdown_field_key            (const char           *line,
                                                   const char * const   *keys,
                                                   const char          **value);
void        _accord_markdown_entry_clear          (AccordMarkdownEntry  *e);
void        _accord_markdown_entry_read           (AccordMarkdownReader *r,
                                                   cmark_node           *paragraph,
                                                   const char * const   *keys,
                                                   AccordMarkdownEntry  *e);
gboolean    _accord_markdown_entry_read_item      (AccordMarkdownReader *r,
                                                   cmark_node           *item,
                                                   const char * const   *keys,
                                                   AccordMarkdownEntry  *e);
char       *_accord_markdown_entry_field          (AccordMarkdownEntry  *e,
                                                   const char           *key);
gboolean    _accord_markdown_entry_has_field      (AccordMarkdownEntry  *e,
                                                   const char           *key);
void        _accord_markdown_entry_field_position (AccordMarkdownEntry  *e,
                                                   const char           *key,
                                                   guint                *line,
                                                   guint                *column);
GStrv       _accord_markdown_split_list           (const char           *text);

/* accord-markdown-people.c */
AccordActor *_accord_markdown_find_actor     (AccordMarkdownReader *r,
                                              const char           *name_or_id);
AccordActor *_accord_markdown_speaker        (AccordMarkdownReader *r,
                                              const char           *attribution,
                                              const char          **rest);
gboolean     _accord_markdown_list_is_people (AccordMarkdownReader *r,
                                              cmark_node           *list);
gboolean     _accord_markdown_read_people    (AccordMarkdownReader *r,
                                              cmark_node           *list,
                                              const char           *context);

/* accord-markdown-sources.c */
gboolean _accord_markdown_read_sources   (AccordMarkdownReader *r,
                                          cmark_node           *list,
                                          const char           *context);
gboolean _accord_markdown_read_footnotes (AccordMarkdownReader *r);

/* accord-markdown-events.c */
gboolean _accord_markdown_list_is_dated (AccordMarkdownReader *r,
                                         cmark_node           *list);
gboolean _accord_markdown_read_events   (AccordMarkdownReader *r,
                                         cmark_node           *list,
                                         const char           *context,
                                         AccordSection        *parent);

G_END_DECLS
