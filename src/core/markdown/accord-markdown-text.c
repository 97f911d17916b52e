/* accord-markdown-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cmark's nodes as plain text.  Emphasis, code and links keep their text;
 * an image is its alt text; raw HTML never reaches the model as markup
 * (inline tags are dropped, an HTML block becomes the text it holds); a
 * footnote reference is not text but a citation of its source.  Soft line
 * breaks are kept as lines, which the dialect's entries ("Key: value"
 * lines) need; everywhere else they become spaces, as CommonMark says.
 */

#define G_LOG_DOMAIN "accord-markdown"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "accord-html-text.h"
#include "accord-markdown-private.h"
#include "accord-text-clean.h"

void
_accord_markdown_fail (AccordMarkdownReader *r,
                       guint                 line,
                       guint                 column,
                       const char           *context,
                       const char           *format,
                       ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (r->error != NULL)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (context != NULL)
    {
      g_autofree char *shown = accord_text_clean (context, ACCORD_TEXT_CLEAN_ESCAPE | ACCORD_TEXT_CLEAN_ONE_LINE);

      g_set_error (&r->error, ACCORD_ERROR, ACCORD_ERROR_INVALID_BRIEFING, "%s:%u:%u: %s: %s",
                   r->display_name, line + r->line_offset, column, shown, message);
    }
  else
    g_set_error (&r->error, ACCORD_ERROR, ACCORD_ERROR_INVALID_BRIEFING, "%s:%u:%u: %s",
                 r->display_name, line + r->line_offset, column, message);
}

/* cmark gives no position to soft breaks and autolinks: a node without
 * one takes its nearest ancestor's. */
void
_accord_markdown_position (AccordMarkdownReader *r,
                           cmark_node           *node,
                           guint                *line,
                           guint                *column)
{
  for (; node != NULL; node = cmark_node_parent (node))
    if (cmark_node_get_start_line (node) > 0)
      {
        *line = cmark_node_get_start_line (node);
        *column = MAX (cmark_node_get_start_column (node), 1);
        return;
      }

  *line = 1;
  *column = 1;
}

void
_accord_markdown_fail_at (AccordMarkdownReader *r,
                          cmark_node           *node,
                          const char           *context,
                          const char           *format,
                          ...)
{
  g_autofree char *message = NULL;
  guint line;
  guint column;
  va_list args;

  if (r->error != NULL)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  _accord_markdown_position (r, node, &line, &column);
  _accord_markdown_fail (r, line, column, context, "%s", message);
}

void
_accord_markdown_inline_init (AccordMarkdownInline *in)
{
  in->lines = g_ptr_array_new_with_free_func (g_free);
  in->sources = NULL;
}

void
_accord_markdown_inline_clear (AccordMarkdownInline *in)
{
  g_clear_pointer (&in->lines, g_ptr_array_unref);
  g_clear_pointer (&in->sources, g_ptr_array_unref);
}

typedef struct
{
  AccordMarkdownReader *r;
  AccordMarkdownInline *in;   /* NULL: one line of text, no citations kept */
  GString              *line;
  guint                 line_no;
  guint                 column;
} InlineWalk;

/* One buffer serves every walk: most texts are short, and a new one
 * each time was most of what reading them cost. */
static GString *
borrow_scratch (AccordMarkdownReader *r)
{
  GString *scratch = g_steal_pointer (&r->scratch);

  if (scratch == NULL)
    return g_string_sized_new (256);
  g_string_truncate (scratch, 0);

  return scratch;
}

static void
give_back_scratch (AccordMarkdownReader *r,
                   GString              *scratch)
{
  if (r->scratch == NULL)
    r->scratch = scratch;
  else
    g_string_free (scratch, TRUE);
}

/* The text from @start to @end without the spaces at either end, as
 * g_strstrip() would strip it. */
static void
strip_range (const char **start,
             const char **end)
{
  while (*start < *end && g_ascii_isspace (**start))
    (*start)++;
  while (*end > *start && g_ascii_isspace ((*end)[-1]))
    (*end)--;
}

static void
end_line (InlineWalk *w)
{
  const char *start = w->line->str;
  const char *end = w->line->str + w->line->len;
  AccordMarkdownLine *line;

  strip_range (&start, &end);
  line = g_malloc (sizeof (AccordMarkdownLine) + (end - start) + 1);
  line->line = w->line_no;
  line->column = w->column;
  memcpy (line->text, start, end - start);
  line->text[end - start] = '\0';
  g_ptr_array_add (w->in->lines, line);
  g_string_truncate (w->line, 0);
  w->line_no = 0;
}

static void
note_position (InlineWalk *w,
               cmark_node *node)
{
  if (w->line_no == 0)
    _accord_markdown_position (w->r, node, &w->line_no, &w->column);
}

static void
cite (InlineWalk   *w,
      AccordSource *source)
{
  if (source == NULL || w->in == NULL)
    return;
  if (w->in->sources == NULL)
    w->in->sources = g_ptr_array_new ();
  if (!g_ptr_array_find (w->in->sources, source, NULL))
    g_ptr_array_add (w->in->sources, source);
}

/* "[^id]" left as text (no footnote of that name) may still name an
 * entry of the Sources section: it is a citation then, not text. */
static void
append_text (InlineWalk *w,
             cmark_node *node)
{
  const char *text = cmark_node_get_literal (node);
  cmark_node *previous = cmark_node_previous (node);
  g_autofree char *valid = NULL;
  const char *p = text;

  /* The file is valid UTF-8, but cmark-gfm 0.29.0.gfm.6 can cut a
   * character in two when a footnote reference ("[^x" and a line break)
   * fails to match (found by fuzz-markdown): it copies the reference's
   * bytes by its columns, and gives it back as the text "[^…]".  Only
   * that text can be cut, or its end, after an address that the
   * autolinks took out of it; the other texts are cmark's own, valid. */
  if (w->r->footnote_option &&
      (strstr (text, "[^") != NULL || (previous != NULL && cmark_node_get_type (previous) == CMARK_NODE_LINK)) &&
      !g_utf8_validate (text, -1, NULL))
    p = valid = g_utf8_make_valid (text, -1);

  for (;;)
    {
      const char *open = strstr (p, "[^");
      const char *close;
      AccordSource *source = NULL;

      if (open != NULL && (close = strchr (open + 2, ']')) != NULL && close - open < 80)
        {
          g_autofree char *label = g_strndup (open + 2, close - open - 2);

          source = g_hash_table_lookup (w->r->briefing->source_ids, label);
          if (source != NULL)
            {
              g_string_append_len (w->line, p, open - p);
              cite (w, source);
              p = close + 1;
              continue;
            }
        }

      if (open == NULL)
        {
          g_string_append (w->line, p);
          return;
        }
      g_string_append_len (w->line, p, open + 2 - p);
      p = open + 2;
    }
}

static gboolean
is_web_address (const char *url)
{
  return g_ascii_strncasecmp (url, "http://", 7) == 0 ||
         g_ascii_strncasecmp (url, "https://", 8) == 0;
}

/* A link to the web is a source: the same address is one source. */
static void
link_source (InlineWalk *w,
             const char *url,
             const char *text)
{
  AccordMarkdownReader *r = w->r;
  g_autoptr(AccordSource) source = NULL;
  AccordSource *known;
  g_autofree char *slug = NULL;

  if (!r->links_are_sources || strchr (url, ' ') != NULL || strchr (url, '\n') != NULL)
    return;

  known = g_hash_table_lookup (r->source_urls, url);
  if (known != NULL)
    {
      cite (w, known);
      return;
    }

  source = g_object_new (ACCORD_TYPE_SOURCE, NULL);
  source->url = g_strdup (url);
  source->title = g_strdup (text != NULL && text[0] != '\0' ? text : url);
  slug = accord_text_clean (source->title, ACCORD_TEXT_CLEAN_ONE_LINE);
  source->id = _accord_markdown_take_id (r, MD_ID_SOURCE, slug, "link");
  _accord_briefing_add_source (r->briefing, source);
  g_hash_table_insert (r->source_urls, source->url, source);
  cite (w, source);
}

static void walk_inlines (InlineWalk *w, cmark_node *parent, int depth);

static void
walk_inline (InlineWalk *w,
             cmark_node *node,
             int         depth)
{
  switch ((int) cmark_node_get_type (node))
    {
    case CMARK_NODE_TEXT:
    case CMARK_NODE_CODE:
      note_position (w, node);
      append_text (w, node);
      break;

    case CMARK_NODE_SOFTBREAK:
    case CMARK_NODE_LINEBREAK:
      if (w->in != NULL)
        end_line (w);
      else if (w->line->len > 0 && w->line->str[w->line->len - 1] != ' ')
        g_string_append_c (w->line, ' ');
      break;

    case CMARK_NODE_HTML_INLINE:
      /* A tag, a comment: never text, never markup. */
      break;

    case CMARK_NODE_FOOTNOTE_REFERENCE:
      {
        const char *index = cmark_node_get_literal (node);
        guint64 n = index != NULL ? g_ascii_strtoull (index, NULL, 10) : 0;

        if (n >= 1 && n <= w->r->footnote_sources->len)
          cite (w, g_ptr_array_index (w->r->footnote_sources, n - 1));
      }
      break;

    case CMARK_NODE_LINK:
      {
        const char *url = cmark_node_get_url (node);
        gsize start = w->line->len;

        note_position (w, node);
        walk_inlines (w, node, depth + 1);
        /* A link to "#id" is read by the reader's own walk (collect_anchors). */
        if (url != NULL && is_web_address (url))
          {
            g_autofree char *text = g_strdup (w->line->str + MIN (start, w->line->len));

            link_source (w, url, g_strstrip (text));
          }
      }
      break;

    case CMARK_NODE_IMAGE:
    default:
      /* Emphasis, strong, strikethrough, an image's alt text… */
      walk_inlines (w, node, depth + 1);
      break;
    }
}

static void
walk_inlines (InlineWalk *w,
              cmark_node *parent,
              int         depth)
{
  for (cmark_node *child = cmark_node_first_child (parent); child != NULL; child = cmark_node_next (child))
    walk_inline (w, child, depth);
}

/* The inlines of a paragraph or heading, line by line. */
void
_accord_markdown_read_inlines (AccordMarkdownReader *r,
                               cmark_node           *block,
                               AccordMarkdownInline *in)
{
  InlineWalk w = { r, in, borrow_scratch (r), 0, 0 };

  walk_inlines (&w, block, 0);
  if (w.line->len > 0 || in->lines->len == 0)
    {
      if (w.line_no == 0)
        _accord_markdown_position (r, block, &w.line_no, &w.column);
      end_line (&w);
    }
  give_back_scratch (r, w.line);
}

/* g_strstrip (g_strdup (text)), without moving the text twice. */
char *
_accord_markdown_strip_dup (const char *text)
{
  const char *start = text;
  const char *end = text + strlen (text);

  strip_range (&start, &end);

  return g_strndup (start, end - start);
}

/* The lines as one line of text, as CommonMark joins soft breaks. */
char *
_accord_markdown_inline_text (AccordMarkdownInline *in)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < in->lines->len; i++)
    {
      AccordMarkdownLine *line = g_ptr_array_index (in->lines, i);

      if (line->text[0] == '\0')
        continue;
      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, line->text);
    }

  return g_string_free (text, FALSE);
}

/* The same text as _accord_markdown_inline_text() gives, in one pass
 * with no line kept: most paragraphs of a long briefing are body text. */
char *
_accord_markdown_plain_text (AccordMarkdownReader *r,
                             cmark_node           *block)
{
  InlineWalk w = { r, NULL, borrow_scratch (r), 0, 0 };
  const char *start;
  const char *end;
  char *text;

  walk_inlines (&w, block, 0);
  start = w.line->str;
  end = w.line->str + w.line->len;
  strip_range (&start, &end);
  text = g_strndup (start, end - start);
  give_back_scratch (r, w.line);

  return text;
}

/* @text is stripped already, or @strip says to. */
static void
add_paragraph (GPtrArray  *paragraphs,
               const char *prefix,
               char       *text,
               gboolean    strip)
{
  if (strip)
    g_strstrip (text);
  if (text[0] == '\0')
    {
      g_free (text);
      return;
    }

  if (prefix != NULL)
    {
      g_ptr_array_add (paragraphs, g_strconcat (prefix, text, NULL));
      g_free (text);
    }
  else
    g_ptr_array_add (paragraphs, text);
}

static void
add_table (AccordMarkdownReader *r,
           cmark_node           *table,
           GPtrArray            *paragraphs)
{
  /* A row per paragraph, its cells apart: the body is paragraphs. */
  for (cmark_node *row = cmark_node_first_child (table); row != NULL; row = cmark_node_next (row))
    {
      GString *text = g_string_new (NULL);

      for (cmark_node *cell = cmark_node_first_child (row); cell != NULL; cell = cmark_node_next (cell))
        {
          g_autofree char *cell_text = _accord_markdown_plain_text (r, cell);

          if (text->len > 0)
            g_string_append (text, " | ");
          g_string_append (text, cell_text);
        }
      add_paragraph (paragraphs, NULL, g_string_free (text, FALSE), TRUE);
    }
}

static void
add_blocks (AccordMarkdownReader *r,
            cmark_node           *block,
            GPtrArray            *paragraphs,
            const char           *prefix);

static void
add_list (AccordMarkdownReader *r,
          cmark_node           *list,
          GPtrArray            *paragraphs)
{
  gboolean ordered = cmark_node_get_list_type (list) == CMARK_ORDERED_LIST;
  int number = cmark_node_get_list_start (list);

  for (cmark_node *item = cmark_node_first_child (list); item != NULL; item = cmark_node_next (item))
    {
      g_autofree char *marker = ordered ? g_strdup_printf ("%d. ", number++) : g_strdup ("• ");
      gboolean first = TRUE;

      for (cmark_node *child = cmark_node_first_child (item); child != NULL; child = cmark_node_next (child))
        {
          add_blocks (r, child, paragraphs, first ? marker : NULL);
          first = FALSE;
        }
    }
}

static void
add_blocks (AccordMarkdownReader *r,
            cmark_node           *block,
            GPtrArray            *paragraphs,
            const char           *prefix)
{
  const char *type_name = cmark_node_get_type_string (block);

  switch ((int) cmark_node_get_type (block))
    {
    case CMARK_NODE_PARAGRAPH:
    case CMARK_NODE_HEADING:
      add_paragraph (paragraphs, prefix, _accord_markdown_plain_text (r, block), FALSE);
      return;

    case CMARK_NODE_CODE_BLOCK:
      {
        g_autofree char *code = g_utf8_make_valid (cmark_node_get_literal (block), -1);

        g_strchomp (code);
        if (code[0] != '\0')
          g_ptr_array_add (paragraphs, prefix ? g_strconcat (prefix, code, NULL) : g_strdup (code));
      }
      return;

    case CMARK_NODE_HTML_BLOCK:
      {
        g_autofree char *html = g_utf8_make_valid (cmark_node_get_literal (block) ? cmark_node_get_literal (block) : "", -1);
        g_autoptr(GPtrArray) texts = accord_html_to_paragraphs (html, -1);

        for (guint i = 0; i < texts->len; i++)
          add_paragraph (paragraphs, i == 0 ? prefix : NULL, g_strdup (g_ptr_array_index (texts, i)), TRUE);
      }
      return;

    case CMARK_NODE_LIST:
      add_list (r, block, paragraphs);
      return;

    case CMARK_NODE_THEMATIC_BREAK:
    case CMARK_NODE_FOOTNOTE_DEFINITION:
      return;

    default:
      break;
    }

  if (g_strcmp0 (type_name, "table") == 0)
    {
      add_table (r, block, paragraphs);
      return;
    }

  /* Block quotes, list items and anything else that holds blocks. */
  for (cmark_node *child = cmark_node_first_child (block); child != NULL; child = cmark_node_next (child))
    {
      add_blocks (r, child, paragraphs, prefix);
      prefix = NULL;
    }
}

/* A block as body paragraphs: a list's items each start one, a table's
 * rows, an HTML block's paragraphs. */
void
_accord_markdown_add_paragraphs (AccordMarkdownReader *r,
                                 cmark_node           *block,
                                 GPtrArray            *paragraphs)
{
  add_blocks (r, block, paragraphs, NULL);
}

/* cmark keeps a footnote definition's label to itself; the source text
 * has it, on the definition's first line: "[^label]: text". */
char *
_accord_markdown_footnote_label (AccordMarkdownReader *r,
                                 cmark_node           *definition)
{
  guint line = cmark_node_get_start_line (definition);
  const char *start;
  const char *end;
  const char *open;
  const char *close;

  if (line == 0 || line > r->line_starts->len)
    return NULL;

  start = r->data + g_array_index (r->line_starts, guint, line - 1);
  end = line < r->line_starts->len ? r->data + g_array_index (r->line_starts, guint, line) : r->data + r->length;
  open = g_strstr_len (start, end - start, "[^");
  if (open == NULL)
    return NULL;
  close = memchr (open, ']', end - open);
  if (close == NULL || close + 1 >= end || close[1] != ':')
    return NULL;

  return g_strndup (open + 2, close - open - 2);
}

/* An attribution: "— Name", "– Name", "-- Name" or "―Name". */
gboolean
_accord_markdown_is_dash_line (const char  *text,
                               const char **rest)
{
  static const char * const dashes[] = { "—", "―", "–", "--" };

  for (guint i = 0; i < G_N_ELEMENTS (dashes); i++)
    if (g_str_has_prefix (text, dashes[i]))
      {
        const char *p = text + strlen (dashes[i]);

        while (*p == ' ' || *p == '\t')
          p++;
        if (*p == '\0')
          return FALSE;
        *rest = p;
        return TRUE;
      }

  return FALSE;
}
