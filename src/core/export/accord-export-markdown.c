/* accord-export-markdown.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * CommonMark.  Briefing text is plain text, so whatever in it a Markdown
 * reader would take for syntax is escaped, and it reads back literally.
 */

#define G_LOG_DOMAIN "accord-export-markdown"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "accord-export-writers.h"

/* Backslash-escaped wherever they appear.  CommonMark lets any ASCII
 * punctuation be escaped, so escaping more than strictly needed is safe;
 * these cover emphasis, code, links, images, raw HTML, entities ("&amp;"),
 * ATX headings and their closing "#"s, and the GFM extensions (tables,
 * strikethrough) that many readers add. */
#define INLINE_SPECIALS "\\`*_[]<>#|&~"

/* One line of text.  At the start of a line, "-", "+" and "=" (a list item
 * or a setext underline) and "1." or "1)" (an ordered list) are escaped
 * too, and indentation, which could open a code block, is dropped, as are
 * trailing spaces, which would make a hard line break. */
static void
append_escaped_line (GString    *out,
                     const char *line,
                     gsize       length)
{
  const char *p = line;
  const char *end = line + length;

  while (p < end && (*p == ' ' || *p == '\t'))
    p++;
  while (end > p && (end[-1] == ' ' || end[-1] == '\t'))
    end--;

  if (p < end && (*p == '-' || *p == '+' || *p == '='))
    {
      g_string_append_c (out, '\\');
      g_string_append_c (out, *p++);
    }
  else if (p < end && g_ascii_isdigit (*p))
    {
      const char *q = p;

      while (q < end && g_ascii_isdigit (*q))
        q++;
      if (q < end && (*q == '.' || *q == ')'))
        {
          g_string_append_len (out, p, q - p);
          g_string_append_c (out, '\\');
          g_string_append_c (out, *q);
          p = q + 1;
        }
    }

  for (; p < end; p++)
    {
      if (*p == '\t')
        {
          g_string_append_c (out, ' ');
          continue;
        }
      if (strchr (INLINE_SPECIALS, *p) != NULL)
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
}

/* Lines after the first get @prefix, which keeps them inside the list item
 * or block quote; blank lines are left out, as they would end it. */
static void
append_escaped (GString    *out,
                const char *text,
                const char *prefix)
{
  const char *line = text;
  gboolean first = TRUE;

  while (line != NULL)
    {
      const char *newline = strchr (line, '\n');
      gsize length = newline != NULL ? (gsize) (newline - line) : strlen (line);
      gsize before = out->len;

      if (!first)
        g_string_append_printf (out, "\n%s", prefix);
      append_escaped_line (out, line, length);

      if (!first && out->len == before + 1 + strlen (prefix))
        g_string_truncate (out, before);
      else
        first = FALSE;

      line = newline != NULL ? newline + 1 : NULL;
    }
}

static void
append_heading (GString                 *out,
                const AccordExportBlock *block)
{
  guint hashes = block->kind == ACCORD_BLOCK_TITLE ? 1 : MIN (block->level + 1, 6);

  for (guint i = 0; i < hashes; i++)
    g_string_append_c (out, '#');
  g_string_append_c (out, ' ');
  append_escaped (out, block->text, "");
}

/* The URL was checked to be http(s) with no space, "<" or ">", so it fits
 * in an autolink, where backslashes are not escapes. */
static void
append_item (GString                 *out,
             const AccordExportBlock *block)
{
  g_string_append (out, "- ");
  append_escaped (out, block->text, "  ");

  if (block->url != NULL)
    g_string_append_printf (out, "\\\n  <%s>", block->url);

  if (block->note != NULL)
    {
      g_string_append (out, "\\\n  ");
      append_escaped (out, block->note, "  ");
    }
}

static void
append_quote (GString                 *out,
              const AccordExportBlock *block)
{
  g_string_append (out, "> ");
  append_escaped (out, block->text, "> ");
  g_string_append (out, "\n>\n> ");
  append_escaped (out, block->attribution, "> ");

  if (block->note != NULL)
    {
      g_string_append (out, "\\\n> *");
      append_escaped (out, block->note, "> ");
      g_string_append_c (out, '*');
    }
}

GBytes *
_accord_export_markdown (AccordExportDocument  *document,
                         AccordExportProgress  *progress,
                         GCancellable          *cancellable,
                         GError               **error)
{
  GString *out = g_string_new (NULL);
  const AccordExportBlock *previous = NULL;

  for (guint i = 0; i < document->blocks->len; i++)
    {
      const AccordExportBlock *block = g_ptr_array_index (document->blocks, i);

      if (!_accord_export_document_next_block (document, i, progress, cancellable, error))
        {
          g_string_free (out, TRUE);
          return NULL;
        }

      /* Items of one list stay together: a tight list. */
      if (previous != NULL)
        g_string_append (out, block->kind == ACCORD_BLOCK_ITEM &&
                              previous->kind == ACCORD_BLOCK_ITEM ? "\n" : "\n\n");
      previous = block;

      switch (block->kind)
        {
        case ACCORD_BLOCK_TITLE:
        case ACCORD_BLOCK_HEADING:
          append_heading (out, block);
          break;

        case ACCORD_BLOCK_SUBTITLE:
          g_string_append_c (out, '*');
          append_escaped (out, block->text, "");
          g_string_append_c (out, '*');
          break;

        case ACCORD_BLOCK_LABEL:
          g_string_append (out, "**");
          append_escaped (out, block->text, "");
          g_string_append (out, "**");
          break;

        case ACCORD_BLOCK_LEAD:
        case ACCORD_BLOCK_PARAGRAPH:
          append_escaped (out, block->text, "");
          break;

        case ACCORD_BLOCK_ITEM:
          append_item (out, block);
          break;

        case ACCORD_BLOCK_QUOTE:
          append_quote (out, block);
          break;

        default:
          g_assert_not_reached ();
        }
    }

  if (out->len > 0)
    g_string_append_c (out, '\n');

  return g_string_free_to_bytes (out);
}
