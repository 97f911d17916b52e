/* accord-markdown-prepare.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The file before the reader walks it: its text checked (UTF-8, not
 * empty), its front matter read, its lines indexed for error positions,
 * and cmark's tree, parsed and checked for depth.
 */

#define G_LOG_DOMAIN "accord-markdown"

#include "config.h"

#include <cmark-gfm-core-extensions.h>
#include <glib/gi18n.h>
#include <string.h>

#include "accord-markdown-private.h"
#include "accord-slug.h"

/* As for JSON: deeper than this is no briefing, and the reader's walks
 * over the tree recurse. */
#define MAX_DEPTH 64
#define MAX_TABLE_CELLS 1000

static const char * const front_matter_keys[] = { "id", "title", "subtitle", "language", "summary", NULL };

/* ---
 * key: value
 * ---
 * at the very start, as static site generators write it.  Keys that are
 * not Accord's are left to whoever wrote them. */
gsize
_accord_markdown_read_front_matter (AccordMarkdownReader *r,
                                    const char           *data,
                                    gsize                 length)
{
  const char *p = data;
  const char *end = data + length;
  guint line = 1;
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

  if (!(length >= 4 && strncmp (data, "---", 3) == 0 && (data[3] == '\n' || data[3] == '\r')))
    return 0;

  p = memchr (data, '\n', length) + 1;
  while (p < end)
    {
      const char *eol = memchr (p, '\n', end - p);
      gsize n = (eol != NULL ? eol : end) - p;
      g_autofree char *text = g_strndup (p, n);

      line++;
      g_strchomp (text);
      if (strcmp (text, "---") == 0 || strcmp (text, "...") == 0)
        {
          for (guint i = 0; i < lines->len; i++)
            {
              const char *entry = g_ptr_array_index (lines, i);
              const char *value = NULL;
              const char *key = _accord_markdown_field_key (entry, front_matter_keys, &value);
              g_autofree char *clean = NULL;
              char **target = NULL;

              if (key == NULL)
                continue;
              clean = g_strstrip (g_strdup (value));
              if ((clean[0] == '"' || clean[0] == '\'') && strlen (clean) >= 2 &&
                  clean[strlen (clean) - 1] == clean[0])
                {
                  char *unquoted = g_strndup (clean + 1, strlen (clean) - 2);

                  g_free (clean);
                  clean = unquoted;
                }
              if (clean[0] == '\0')
                continue;

              if (strcmp (key, "id") == 0)
                {
                  if (!accord_slug_is_id (clean))
                    {
                      r->line_offset = 0;
                      _accord_markdown_fail (r, i + 2, 1, _("front matter"),
                                             _("“%s” is not a valid id (use lowercase letters, digits and hyphens)"),
                                             clean);
                      return 0;
                    }
                  target = &r->briefing->id;
                }
              else if (strcmp (key, "title") == 0)
                target = &r->briefing->title;
              else if (strcmp (key, "subtitle") == 0)
                target = &r->briefing->subtitle;
              else if (strcmp (key, "language") == 0)
                target = &r->briefing->language;
              else
                target = &r->briefing->summary;

              g_free (*target);
              *target = g_steal_pointer (&clean);
            }
          r->line_offset = line;
          return (eol != NULL ? eol + 1 : end) - data;
        }
      g_ptr_array_add (lines, g_steal_pointer (&text));
      p = eol != NULL ? eol + 1 : end;
    }

  /* No closing line: not front matter, but a thematic break. */
  return 0;
}

void
_accord_markdown_index_lines (AccordMarkdownReader *r)
{
  guint zero = 0;

  r->line_starts = g_array_new (FALSE, FALSE, sizeof (guint));
  g_array_append_val (r->line_starts, zero);
  for (const char *p = r->data; (p = memchr (p, '\n', r->data + r->length - p)) != NULL; p++)
    {
      guint offset = p + 1 - r->data;

      g_array_append_val (r->line_starts, offset);
    }
}

/* Depth first along the nodes' own links, which costs less than a
 * cmark_iter.  The depth is the number of ancestors: an empty list item
 * or paragraph counts for nothing. */
gboolean
_accord_markdown_check_depth (AccordMarkdownReader *r,
                              cmark_node           *doc)
{
  cmark_node *node = doc;
  int depth = 0;

  for (;;)
    {
      cmark_node *child = cmark_node_first_child (node);

      if (child != NULL)
        {
          if (++depth > MAX_DEPTH)
            {
              _accord_markdown_fail_at (r, node, NULL, _("nesting is deeper than %d levels"), MAX_DEPTH);
              r->error->code = ACCORD_ERROR_TOO_LARGE;
              return FALSE;
            }
          node = child;
          continue;
        }

      while (node != doc && cmark_node_next (node) == NULL)
        {
          node = cmark_node_parent (node);
          depth--;
        }
      if (node == doc)
        return TRUE;
      node = cmark_node_next (node);
    }
}

/* cmark-gfm 0.29.0.gfm.6's table extension takes time quadratic in the
 * cells of a row (50,000 "|" on a line: 4 seconds).  No table has a
 * thousand columns: a file with such a line is read without tables, its
 * pipes as text. */
static gboolean
has_table_bomb (AccordMarkdownReader *r)
{
  const char *end = r->data + r->length;
  const char *p = r->data;

  /* Only the lines that hold a '|' are counted. */
  while ((p = memchr (p, '|', end - p)) != NULL)
    {
      const char *eol = memchr (p, '\n', end - p);
      guint pipes = 0;

      for (eol = eol != NULL ? eol : end; p < eol; p++)
        if (*p == '|' && ++pipes > MAX_TABLE_CELLS)
          return TRUE;
    }

  return FALSE;
}

/* Whether @needle is in the file: memchr() finds its byte at @key, one
 * that few others are, then the rest is compared.  (memmem() takes
 * several instructions a byte, whatever the needle.) */
gboolean
_accord_markdown_contains (AccordMarkdownReader *r,
                           const char           *needle,
                           gsize                 key)
{
  gsize n = strlen (needle);
  const char *end = r->data + r->length;

  if (r->length < n)
    return FALSE;
  for (const char *p = r->data + key; p < end && (p = memchr (p, needle[key], end - p)) != NULL; p++)
    if ((gsize) (end - (p - key)) >= n && memcmp (p - key, needle, n) == 0)
      return TRUE;

  return FALSE;
}

/**
 * _accord_markdown_may_link_anchor:
 *
 * Whether the file could hold a link to "#id": a '#' that opens a link's
 * destination, after "(" (inline) or "]:" (a reference's definition),
 * with spaces, a line break or '<' between, or a '#' written as an
 * entity.  Most files hold none, and the reader then need not walk every
 * section's inlines for them.
 */
gboolean
_accord_markdown_may_link_anchor (AccordMarkdownReader *r)
{
  const char *end = r->data + r->length;

  if (_accord_markdown_contains (r, "&#35;", 0) || _accord_markdown_contains (r, "&#x23;", 0) ||
      _accord_markdown_contains (r, "&#X23;", 0) || _accord_markdown_contains (r, "&num;", 0))
    return TRUE;

  for (const char *p = r->data; p < end && (p = memchr (p, '#', end - p)) != NULL; p++)
    {
      const char *q = p;

      while (q > r->data && strchr (" \t\r\n<", q[-1]) != NULL && q[-1] != '\0')
        q--;
      if (q > r->data && (q[-1] == '(' || q[-1] == ':'))
        return TRUE;
    }

  return FALSE;
}

/* cmark-gfm 0.29.0.gfm.6's autolink extension makes ':' and 'w' special
 * in every inline and looks for '@' in every text: it doubles the parse.
 * It changes the tree only where the text holds "www." (as is), "://"
 * (after http, https or ftp) or an '@' (an address, "mailto:",
 * "xmpp:"), which an entity can also write ("&#64;", "&commat;").
 * Without them, the tree is the same with or without it. */
static gboolean
may_autolink (AccordMarkdownReader *r)
{
  return memchr (r->data, '@', r->length) != NULL ||
         _accord_markdown_contains (r, "www.", 3) || _accord_markdown_contains (r, "://", 1) ||
         _accord_markdown_contains (r, "&#", 0) || _accord_markdown_contains (r, "&commat;", 0);
}

/* A footnote, its reference or its definition, needs a '^' after a
 * '[', written as is or as "\^" (one written as an entity is no
 * footnote here: see _accord_markdown_escape_entity_carets()). */
static gboolean
may_have_footnotes (AccordMarkdownReader *r)
{
  return memchr (r->data, '^', r->length) != NULL;
}

/* The length of the entity at @p if it writes a '^' ("&Hat;", "&#94;",
 * "&#x5E;", with up to 7 decimal or 6 hex digits as CommonMark allows),
 * else 0. */
static gsize
caret_entity_length (const char *p,
                     const char *end)
{
  const char *q;
  guint64 value = 0;
  gboolean hex;
  guint digits = 0;

  if (end - p >= 5 && memcmp (p, "&Hat;", 5) == 0)
    return 5;
  if (end - p < 4 || p[0] != '&' || p[1] != '#')
    return 0;

  hex = p[2] == 'x' || p[2] == 'X';
  for (q = p + (hex ? 3 : 2); q < end && digits < (hex ? 6u : 7u); q++, digits++)
    {
      if (hex && g_ascii_isxdigit (*q))
        value = value * 16 + g_ascii_xdigit_value (*q);
      else if (!hex && g_ascii_isdigit (*q))
        value = value * 10 + g_ascii_digit_value (*q);
      else
        break;
    }

  if (digits == 0 || q >= end || *q != ';' || value != '^')
    return 0;

  return q + 1 - p;
}

/**
 * _accord_markdown_escape_entity_carets:
 * @length: (out): the length of the text returned
 *
 * cmark-gfm 0.29.0.gfm.6, reading footnotes, takes "[&#94;x]" or
 * "[&Hat;x]" for a footnote reference, reads past the end of a buffer
 * while making it, and puts what lay there in the text (valgrind:
 * "Invalid read").  Such a '[' is escaped before the parse: the text
 * says "[^x]", as its author wrote it, and is no footnote.  A column
 * after it, on its line, is one further than in the file.
 *
 * Returns: (transfer full) (nullable): the text with those brackets
 *   escaped, or %NULL if it has none
 */
char *
_accord_markdown_escape_entity_carets (AccordMarkdownReader *r,
                                       gsize                *length)
{
  const char *end = r->data + r->length;
  const char *copied = r->data;
  GString *text = NULL;

  for (const char *p = r->data; (p = memchr (p, '[', end - p)) != NULL; p++)
    {
      gsize backslashes = 0;

      if (caret_entity_length (p + 1, end) == 0)
        continue;
      /* An escaped bracket, "\[", opens nothing already. */
      for (const char *b = p; b > r->data && b[-1] == '\\'; b--)
        backslashes++;
      if (backslashes % 2 == 1)
        continue;

      if (text == NULL)
        text = g_string_sized_new (r->length + 16);
      g_string_append_len (text, copied, p - copied);
      g_string_append_c (text, '\\');
      copied = p;
    }

  if (text == NULL)
    return NULL;

  g_string_append_len (text, copied, end - copied);
  *length = text->len;

  return g_string_free (text, FALSE);
}

static GMutex parse_lock;

cmark_node *
_accord_markdown_parse (AccordMarkdownReader *r)
{
  static const char * const extensions[] = { "table", "strikethrough", "autolink" };
  gboolean no_tables = has_table_bomb (r);
  gboolean autolink = r->every_extension || may_autolink (r);
  gboolean footnotes = r->every_extension || may_have_footnotes (r);
  cmark_parser *parser;
  cmark_node *doc;

  r->footnote_option = footnotes;
  /* cmark-gfm 0.29.0.gfm.6 keeps the characters its extensions stop at
   * in one table for the whole process, set and reset by every parse,
   * and registers its extensions once without a lock: two files parsed
   * at once (two windows, a reload and an export) would upset each
   * other's tables and strikethrough.  One parse at a time. */
  g_mutex_lock (&parse_lock);
  cmark_gfm_core_extensions_ensure_registered ();
  parser = cmark_parser_new (CMARK_OPT_SOURCEPOS | (footnotes ? CMARK_OPT_FOOTNOTES : 0));
  for (guint i = 0; i < G_N_ELEMENTS (extensions); i++)
    {
      cmark_syntax_extension *extension = cmark_find_syntax_extension (extensions[i]);

      if ((no_tables && i == 0) || (!autolink && i == 2))
        continue;
      if (extension != NULL)
        cmark_parser_attach_syntax_extension (parser, extension);
    }
  cmark_parser_feed (parser, r->data, r->length);
  doc = cmark_parser_finish (parser);
  cmark_parser_free (parser);
  g_mutex_unlock (&parse_lock);

  return doc;
}

/* g_utf8_validate_len() (a NUL is no text either), quicker on the ASCII
 * that most of a file is: eight bytes at a time, and glib's validation
 * for each run of other bytes.  A character never spans an ASCII byte,
 * so the file is valid when every run is; where it is not, glib's
 * validation of the whole file says where. */
static gboolean
validate_utf8 (const char  *data,
               gsize        length,
               const char **end)
{
  const guchar *p = (const guchar *) data;
  const guchar *stop = p + length;

  while (p < stop)
    {
      const guchar *run;

      /* Bytes 1 to 127: no high bit, and no borrow from a zero byte. */
      for (guint64 w; stop - p >= 8; p += 8)
        {
          memcpy (&w, p, sizeof w);
          if (((w | (w - G_GUINT64_CONSTANT (0x0101010101010101))) & G_GUINT64_CONSTANT (0x8080808080808080)) != 0)
            break;
        }
      while (p < stop && *p != 0 && *p < 0x80)
        p++;

      run = p;
      while (p < stop && (*p == 0 || *p >= 0x80))
        p++;
      if (p > run && !g_utf8_validate_len ((const char *) run, p - run, NULL))
        return g_utf8_validate_len (data, length, end);
    }

  *end = data + length;

  return TRUE;
}

gboolean
_accord_markdown_check_text (AccordMarkdownReader *r,
                             const char           *data,
                             gsize                 length)
{
  const char *end = NULL;
  guint line = 1;
  guint column = 1;
  gboolean blank = TRUE;

  if (validate_utf8 (data, length, &end))
    {
      for (gsize i = 0; i < length && blank; i++)
        blank = g_ascii_isspace (data[i]);
      if (blank)
        {
          g_set_error (&r->error, ACCORD_ERROR, ACCORD_ERROR_INVALID_BRIEFING,
                       _("%s: the file is empty"), r->display_name);
          return FALSE;
        }
      return TRUE;
    }

  for (const char *p = data; p < end; p = g_utf8_next_char (p))
    {
      if (*p == '\n')
        {
          line++;
          column = 1;
        }
      else
        column++;
    }

  g_set_error (&r->error, ACCORD_ERROR, ACCORD_ERROR_UNSUPPORTED_FORMAT,
               *end == '\0' ? _("%s:%u:%u: this is a binary file, not a briefing (it holds a NUL byte)")
                            : _("%s:%u:%u: this is not text in UTF-8, so not a briefing"),
               r->display_name, line, column);

  return FALSE;
}
