/* accord-export-annotate.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reader's notes in an export.  "Include my notes": each highlighted
 * passage is followed by its number, [1], and drawn on its colour in the
 * PDF; the notes of a paragraph follow it as numbered items (the number on
 * the note's colour), so the three writers need nothing new.  Notes on a
 * whole section, and notes whose passage is no longer in the briefing,
 * follow the section's heading.  "Notes only": the briefing's title, then
 * each section that has notes, with every passage quoted and its note
 * under it: a reading memo.
 */

#define G_LOG_DOMAIN "accord-export"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "accord-export.h"
#include "accord-export-annotate-private.h"

void
accord_export_annotation_free (AccordExportAnnotation *annotation)
{
  if (annotation == NULL)
    return;
  g_free (annotation->section_id);
  g_free (annotation->section_title);
  g_free (annotation->field);
  g_free (annotation->exact);
  g_free (annotation->body);
  g_free (annotation->colour_label);
  g_free (annotation->date);
  g_free (annotation);
}

static AccordExportBlock *
new_block (AccordBlockKind  kind,
           char            *text)
{
  AccordExportBlock *block = g_new0 (AccordExportBlock, 1);

  block->kind = kind;
  block->text = text;
  block->outline_parent = -1;
  return block;
}

static void
add_mark (AccordExportBlock *block,
          guint              start,
          guint              end,
          guint32            rgb)
{
  AccordExportMark mark = { start, end, rgb };

  if (block->marks == NULL)
    block->marks = g_array_new (FALSE, FALSE, sizeof (AccordExportMark));
  g_array_append_val (block->marks, mark);
}

static char *
clean (const char *text,
       gboolean    one_line)
{
  return accord_text_clean (text != NULL ? text : "", one_line ? ACCORD_EXPORT_CLEAN_LINE : ACCORD_EXPORT_CLEAN);
}

/* "[1] Yellow: “passage”" with the number on the note's colour, and the
 * note under it. */
static AccordExportBlock *
note_item (const AccordExportAnnotation *a,
           guint                         number)
{
  g_autofree char *marker = g_strdup_printf ("[%u]", number);
  g_autofree char *exact = a->exact != NULL ? clean (a->exact, TRUE) : NULL;
  AccordExportBlock *block;
  char *text;

  if (exact != NULL && exact[0] != '\0')
    /* Translators: a highlight in an export: its number, its colour, the passage */
    text = g_strdup_printf (_("%s %s: “%s”"), marker, a->colour_label, exact);
  else
    /* Translators: a note on a whole section in an export: its number, its colour */
    text = g_strdup_printf (_("%s %s: note on the section"), marker, a->colour_label);

  if (a->detached)
    {
      /* Translators: after a highlight whose passage was removed from the briefing */
      char *with = g_strdup_printf (_("%s (no longer in the briefing)"), text);
      g_free (text);
      text = with;
    }
  block = new_block (ACCORD_BLOCK_ITEM, text);
  add_mark (block, 0, strlen (marker), a->rgb);
  if (a->body != NULL)
    {
      block->note = clean (a->body, FALSE);
      if (block->note[0] == '\0')
        g_clear_pointer (&block->note, g_free);
    }
  return block;
}

static gboolean
same_place (const AccordExportAnnotation *a,
            const AccordExportBlock      *block)
{
  return !a->detached && a->field != NULL
         && g_strcmp0 (a->section_id, block->origin_section) == 0
         && g_strcmp0 (a->field, block->origin_field) == 0
         && a->index == block->origin_index;
}

typedef struct
{
  const AccordExportAnnotation *annotation;
  gsize start;  /* bytes in the block's text, or G_MAXSIZE: not found */
  gsize end;
} Found;

static int
compare_found (gconstpointer a,
               gconstpointer b)
{
  const Found *fa = a, *fb = b;
  return fa->start < fb->start ? -1 : fa->start > fb->start;
}

/* Marks the passages in @block, inserting each one's number after it, and
 * appends the block and its notes to @out. */
static void
annotate_block (AccordExportBlock *block,
                GArray            *found,
                guint             *number,
                GPtrArray         *out)
{
  g_autoptr(GArray) marks = g_array_new (FALSE, FALSE, sizeof (Found));
  GString *text;
  gsize copied = 0;

  for (guint i = 0; i < found->len; i++)
    {
      Found *f = &g_array_index (found, Found, i);
      g_autofree char *exact = clean (f->annotation->exact, FALSE);
      const char *p = exact[0] != '\0' ? strstr (block->text, exact) : NULL;

      f->start = p != NULL ? (gsize) (p - block->text) : G_MAXSIZE;
      f->end = p != NULL ? f->start + strlen (exact) : G_MAXSIZE;
    }
  g_array_sort (found, compare_found);

  text = g_string_new (NULL);
  for (guint i = 0; i < found->len; i++)
    {
      Found *f = &g_array_index (found, Found, i);
      guint start;

      if (f->start == G_MAXSIZE || f->start < copied)
        continue;
      g_string_append_len (text, block->text + copied, f->start - copied);
      start = text->len;
      g_string_append_len (text, block->text + f->start, f->end - f->start);
      add_mark (block, start, text->len, f->annotation->rgb);
      g_string_append_printf (text, "[%u]", *number + i);
      copied = f->end;
    }
  g_string_append (text, block->text + copied);
  g_free (block->text);
  block->text = g_string_free (text, FALSE);

  g_ptr_array_add (out, block);
  for (guint i = 0; i < found->len; i++)
    g_ptr_array_add (out, note_item (g_array_index (found, Found, i).annotation, (*number)++));
}

static char *
place_key (const char *section,
           const char *field,
           guint       index)
{
  return g_strdup_printf ("%s\x1f%s\x1f%u", section, field, index);
}

static void
annotate (AccordExportDocument *document,
          GPtrArray            *annotations)
{
  g_autoptr(GPtrArray) out = g_ptr_array_new ();
  g_autoptr(GHashTable) places = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint number = 1;

  for (guint i = 0; i < document->blocks->len; i++)
    {
      AccordExportBlock *block = g_ptr_array_index (document->blocks, i);

      if (block->origin_section != NULL && block->kind != ACCORD_BLOCK_HEADING)
        g_hash_table_add (places, place_key (block->origin_section, block->origin_field, block->origin_index));
    }

  for (guint i = 0; i < document->blocks->len; i++)
    {
      AccordExportBlock *block = g_ptr_array_index (document->blocks, i);
      g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (Found));

      if (block->origin_section == NULL)
        {
          g_ptr_array_add (out, block);
          continue;
        }

      if (block->kind == ACCORD_BLOCK_HEADING)
        {
          /* Notes on the whole section, and those that have no paragraph
           * to follow: right under its heading. */
          g_ptr_array_add (out, block);
          for (guint j = 0; j < annotations->len; j++)
            {
              const AccordExportAnnotation *a = g_ptr_array_index (annotations, j);
              g_autofree char *key = NULL;

              if (g_strcmp0 (a->section_id, block->origin_section) != 0)
                continue;
              if (a->field != NULL)
                key = place_key (a->section_id, a->field, a->index);
              if (a->detached || key == NULL || !g_hash_table_contains (places, key))
                g_ptr_array_add (out, note_item (a, number++));
            }
          continue;
        }

      for (guint j = 0; j < annotations->len; j++)
        {
          const AccordExportAnnotation *a = g_ptr_array_index (annotations, j);
          Found f = { a, 0, 0 };

          if (same_place (a, block))
            g_array_append_val (found, f);
        }
      if (found->len == 0)
        g_ptr_array_add (out, block);
      else
        annotate_block (block, found, &number, out);
    }

  /* The blocks moved to @out: the document's array must not free them. */
  g_ptr_array_set_free_func (document->blocks, NULL);
  g_ptr_array_set_size (document->blocks, 0);
  g_ptr_array_set_free_func (document->blocks, _accord_export_block_free);
  for (guint i = 0; i < out->len; i++)
    g_ptr_array_add (document->blocks, g_ptr_array_index (out, i));
}

static void
notes_only (AccordExportDocument *document,
            GPtrArray            *annotations)
{
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func (_accord_export_block_free);
  guint number = 1;
  guint n_sections = 0;

  for (guint i = 0; i < document->blocks->len; i++)
    {
      AccordExportBlock *block = g_ptr_array_index (document->blocks, i);
      AccordExportBlock *heading = NULL;

      if (block->kind == ACCORD_BLOCK_TITLE)
        {
          g_ptr_array_add (out, new_block (ACCORD_BLOCK_TITLE, g_strdup (block->text)));
          /* Translators: the subtitle of an export of the reader's notes only */
          g_ptr_array_add (out, new_block (ACCORD_BLOCK_SUBTITLE, g_strdup (_("Reading notes"))));
          continue;
        }
      if (block->kind != ACCORD_BLOCK_HEADING || block->origin_section == NULL)
        continue;

      for (guint j = 0; j < annotations->len; j++)
        {
          const AccordExportAnnotation *a = g_ptr_array_index (annotations, j);
          AccordExportBlock *note;
          g_autofree char *marker = NULL;

          if (g_strcmp0 (a->section_id, block->origin_section) != 0)
            continue;
          if (heading == NULL)
            {
              heading = new_block (ACCORD_BLOCK_HEADING, g_strdup (block->text));
              heading->level = 1;
              heading->in_outline = TRUE;
              g_ptr_array_add (out, heading);
              n_sections++;
            }

          marker = g_strdup_printf ("[%u]", number++);
          if (a->exact != NULL)
            {
              g_autofree char *exact = clean (a->exact, FALSE);
              g_autofree char *attribution = NULL;

              /* Translators: under a quoted passage in a notes-only export:
               * the note's number, its colour, the day it was written */
              attribution = g_strdup_printf (_("— %s %s, %s"), marker, a->colour_label, a->date);
              if (a->detached)
                {
                  g_autofree char *with = g_strdup_printf (_("%s (no longer in the briefing)"), attribution);
                  g_free (attribution);
                  attribution = g_steal_pointer (&with);
                }
              note = new_block (ACCORD_BLOCK_QUOTE, g_strdup_printf (_("“%s”"), exact));
              note->attribution = clean (attribution, TRUE);
              add_mark (note, 0, note->text[0] != '\0' ? strlen (note->text) : 0, a->rgb);
              if (a->body != NULL)
                note->note = clean (a->body, FALSE);
              if (note->note != NULL && note->note[0] == '\0')
                g_clear_pointer (&note->note, g_free);
            }
          else
            note = note_item (a, number - 1);
          g_ptr_array_add (out, note);
        }
    }

  /* The document's blocks are freed; the memo's move to it. */
  g_ptr_array_set_size (document->blocks, 0);
  for (guint i = 0; i < out->len; i++)
    g_ptr_array_add (document->blocks, g_ptr_array_index (out, i));
  g_ptr_array_set_free_func (out, NULL);
  document->n_sections = n_sections;
}

/**
 * _accord_export_document_annotate:
 * @annotations: (element-type AccordExportAnnotation): in document order
 *
 * Puts the reader's notes in the document, or, with @only, makes it the
 * notes alone.
 */
void
_accord_export_document_annotate (AccordExportDocument *document,
                                  GPtrArray            *annotations,
                                  gboolean              only)
{
  if (only)
    notes_only (document, annotations);
  else
    annotate (document, annotations);
}

/* Draws the highlights of @block on the part of its text that @layout
 * holds (a long paragraph is laid out in chunks). */
void
_accord_export_apply_marks (PangoLayout             *layout,
                            const AccordExportBlock *block,
                            const char              *text,
                            gsize                    length)
{
  PangoAttrList *attrs;
  gsize offset;

  if (block->marks == NULL || text < block->text || text >= block->text + strlen (block->text))
    return;

  offset = text - block->text;
  attrs = pango_attr_list_new ();
  for (guint i = 0; i < block->marks->len; i++)
    {
      const AccordExportMark *mark = &g_array_index (block->marks, AccordExportMark, i);
      gsize start = MAX (mark->start, offset);
      gsize end = MIN (mark->end, offset + length);
      PangoAttribute *attr;

      if (start >= end)
        continue;
      attr = pango_attr_background_new (((mark->rgb >> 16) & 0xff) * 257,
                                        ((mark->rgb >> 8) & 0xff) * 257,
                                        (mark->rgb & 0xff) * 257);
      attr->start_index = start - offset;
      attr->end_index = end - offset;
      pango_attr_list_insert (attrs, attr);
    }
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
}
