/* accord-export-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The plain-text writer: the export document as UTF-8 text for reading
 * in a terminal or pasting into a message, wrapped at 72 columns (counted
 * as a terminal counts them, Korean and other wide characters taking two),
 * headings underlined, quotes indented.
 */

#define G_LOG_DOMAIN "accord-export-text"

#include "config.h"

#include <string.h>

#include "accord-export-writers.h"

#define WRAP_COLUMNS 72

#define QUOTE_INDENT "    "
#define NOTE_INDENT  "      "
#define ITEM_FIRST   "- "
#define ITEM_REST    "  "

static guint
char_width (gunichar c)
{
  if (g_unichar_iszerowidth (c))
    return 0;
  if (g_unichar_iswide (c))
    return 2;
  return 1;
}

static guint
display_width (const char *text)
{
  guint width = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    width += char_width (g_utf8_get_char (p));

  return width;
}

static void
end_row (GString *out,
         GString *row)
{
  while (row->len > 0 && row->str[row->len - 1] == ' ')
    g_string_truncate (row, row->len - 1);
  g_string_append_len (out, row->str, row->len);
  g_string_append_c (out, '\n');
}

/* Fills rows greedily and never breaks a word: one longer than a row (a
 * long URL) gets a row of its own.  Newlines in @text are kept. */
static void
append_wrapped (GString    *out,
                const char *text,
                const char *first_prefix,
                const char *prefix)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autoptr(GString) row = g_string_new (NULL);
  guint prefix_width = display_width (prefix);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) words = g_strsplit_set (lines[i], " \t", -1);
      gboolean empty = TRUE;
      guint column;

      g_string_assign (row, i == 0 ? first_prefix : prefix);
      column = display_width (row->str);

      for (guint j = 0; words[j] != NULL; j++)
        {
          guint width;

          if (words[j][0] == '\0')
            continue;

          width = display_width (words[j]);
          if (!empty && column + 1 + width > WRAP_COLUMNS)
            {
              end_row (out, row);
              g_string_assign (row, prefix);
              column = prefix_width;
              empty = TRUE;
            }

          if (!empty)
            {
              g_string_append_c (row, ' ');
              column++;
            }
          g_string_append (row, words[j]);
          column += width;
          empty = FALSE;
        }

      end_row (out, row);
    }
}

static void
append_underlined (GString    *out,
                   const char *text,
                   char        rule,
                   gboolean    overline)
{
  guint width = MAX (display_width (text), 1);

  if (overline)
    {
      for (guint i = 0; i < width; i++)
        g_string_append_c (out, rule);
      g_string_append_c (out, '\n');
    }

  g_string_append_printf (out, "%s\n", text);
  for (guint i = 0; i < width; i++)
    g_string_append_c (out, rule);
  g_string_append_c (out, '\n');
}

static gboolean
item_has_details (const AccordExportBlock *block)
{
  return block->kind == ACCORD_BLOCK_ITEM && (block->note != NULL || block->url != NULL);
}

/* Blank lines before a block: none inside a plain list, two before a
 * top-level heading so that sections stand apart when scrolling. */
static guint
blank_lines_before (const AccordExportBlock *previous,
                    const AccordExportBlock *block)
{
  if (previous == NULL)
    return 0;

  switch (block->kind)
    {
    case ACCORD_BLOCK_HEADING:
      return block->level <= 1 ? 2 : 1;

    case ACCORD_BLOCK_ITEM:
      if (previous->kind == ACCORD_BLOCK_LABEL)
        return 0;
      if (previous->kind == ACCORD_BLOCK_ITEM)
        return item_has_details (previous) || item_has_details (block) ? 1 : 0;
      return 1;

    default:
      return 1;
    }
}

GBytes *
_accord_export_text (AccordExportDocument  *document,
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

      for (guint n = blank_lines_before (previous, block); n > 0; n--)
        g_string_append_c (out, '\n');
      previous = block;

      switch (block->kind)
        {
        case ACCORD_BLOCK_TITLE:
          append_underlined (out, block->text, '=', TRUE);
          break;

        case ACCORD_BLOCK_HEADING:
          append_underlined (out, block->text, block->level <= 1 ? '=' : '-', FALSE);
          break;

        case ACCORD_BLOCK_LABEL:
          g_string_append_printf (out, "%s\n", block->text);
          break;

        case ACCORD_BLOCK_SUBTITLE:
        case ACCORD_BLOCK_LEAD:
        case ACCORD_BLOCK_PARAGRAPH:
          append_wrapped (out, block->text, "", "");
          break;

        case ACCORD_BLOCK_ITEM:
          append_wrapped (out, block->text, ITEM_FIRST, ITEM_REST);
          if (block->url != NULL)
            append_wrapped (out, block->url, ITEM_REST, ITEM_REST);
          if (block->note != NULL)
            append_wrapped (out, block->note, ITEM_REST, ITEM_REST);
          break;

        case ACCORD_BLOCK_QUOTE:
          append_wrapped (out, block->text, QUOTE_INDENT, QUOTE_INDENT);
          append_wrapped (out, block->attribution, QUOTE_INDENT, NOTE_INDENT);
          /* Parentheses tell the note from the attribution above it. */
          if (block->note != NULL)
            {
              g_autofree char *note = g_strdup_printf ("(%s)", block->note);
              append_wrapped (out, note, NOTE_INDENT, NOTE_INDENT);
            }
          break;

        default:
          g_assert_not_reached ();
        }
    }

  return g_string_free_to_bytes (out);
}
