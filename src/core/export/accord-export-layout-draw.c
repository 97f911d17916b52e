/* accord-export-layout-draw.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Drawing the laid-out pages (accord-export-layout.c places the lines):
 * each line where it was placed, the header and footer, the rules of
 * quotes, the links, and, on the PDF writer's surface, the structure tags
 * and the outline.
 */

#define G_LOG_DOMAIN "accord-export-layout"

#include "config.h"

#include <glib/gi18n.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "accord-export-layout-private.h"
#include "accord-export-tags.h"

static PangoLayout *
make_ui_layout (AccordExportLayout *self,
                const char         *text,
                double              width)
{
  PangoLayout *layout = pango_layout_new (self->context);
  PangoFontDescription *font = pango_font_description_from_string (UI_FAMILY);

  pango_font_description_set_size (font, (int) (8 * PANGO_SCALE));
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_single_paragraph_mode (layout, TRUE);
  pango_layout_set_text (layout, text, -1);

  return layout;
}

static void
draw_header_and_footer (AccordExportLayout *self,
                        cairo_t            *cr,
                        guint               page)
{
  static const double grey[] = GREY;
  double width = self->width - self->left - self->right;
  g_autoptr(PangoLayout) footer = NULL;
  g_autofree char *page_text = NULL;
  int text_height;

  cairo_set_source_rgb (cr, grey[0], grey[1], grey[2]);

  /* The first page has the title in full already. */
  if (page > 0)
    {
      g_autoptr(PangoLayout) header = make_ui_layout (self, self->title, width);

      pango_layout_get_size (header, NULL, &text_height);
      cairo_move_to (cr, self->left, self->top - 30 - text_height / (double) PANGO_SCALE);
      pango_cairo_show_layout (cr, header);

      cairo_set_line_width (cr, 0.5);
      cairo_move_to (cr, self->left, self->top - 24);
      cairo_line_to (cr, self->width - self->right, self->top - 24);
      cairo_stroke (cr);
    }

  /* Translators: the footer of each page of an exported PDF */
  page_text = g_strdup_printf (_("Page %u of %u"), page + 1, self->page_starts->len);
  footer = make_ui_layout (self, page_text, width);
  pango_layout_set_alignment (footer, PANGO_ALIGN_CENTER);
  cairo_move_to (cr, self->left, self->height - self->bottom + 28);
  pango_cairo_show_layout (cr, footer);
}

/* A URI as cairo's tag attributes and a PDF string can hold it: ASCII
 * only, and no quote, backslash or parenthesis to escape. */
static char *
link_attributes (const char *url)
{
  GString *str = g_string_new ("uri='");

  for (const guchar *p = (const guchar *) url; *p != '\0'; p++)
    {
      if (*p >= 0x80 || strchr ("'\\()", *p) != NULL)
        g_string_append_printf (str, "%%%02X", *p);
      else
        g_string_append_c (str, *p);
    }
  g_string_append_c (str, '\'');

  return g_string_free (str, FALSE);
}

static void
draw_quote_rules (AccordExportLayout *self,
                  cairo_t            *cr,
                  guint               first,
                  guint               last)
{
  static const double accent[] = ACCENT;

  cairo_set_source_rgba (cr, accent[0], accent[1], accent[2], 0.55);
  for (guint i = first; i < last;)
    {
      const AccordLayoutLine *start = &g_array_index (self->lines, AccordLayoutLine, i);
      double bottom = start->bottom;
      guint j = i;

      if (!(start->flags & LINE_RULE))
        {
          i++;
          continue;
        }

      /* One bar per quote per page, over its text and attribution. */
      while (j < last &&
             g_array_index (self->lines, AccordLayoutLine, j).block == start->block &&
             (g_array_index (self->lines, AccordLayoutLine, j).flags & LINE_RULE))
        bottom = g_array_index (self->lines, AccordLayoutLine, j++).bottom;

      cairo_rectangle (cr, self->left + 4, start->top + 2, 2, bottom - start->top - 4);
      cairo_fill (cr);
      i = j;
    }
}

/* The index's page numbers on line @i as links: an area over each (the
 * line is drawn whole), pointing at the top of its page.  Drawn right
 * after their line, so that in a tagged PDF each Link is in its item's
 * paragraph.  (The links are in line order: found by bisection.) */
static void
draw_index_links (AccordExportLayout *self,
                  cairo_t            *cr,
                  guint               i)
{
  guint lo = 0, hi = self->index_links->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (self->index_links, AccordLayoutIndexLink, mid).line < i)
        lo = mid + 1;
      else
        hi = mid;
    }

  for (guint k = lo; k < self->index_links->len; k++)
    {
      const AccordLayoutIndexLink *link = &g_array_index (self->index_links, AccordLayoutIndexLink, k);
      const AccordLayoutLine *line;
      PangoLayoutLine *text_line;
      g_autofree char *attributes = NULL;
      int x0, x1;

      if (link->line != i)
        break;

      line = &g_array_index (self->lines, AccordLayoutLine, link->line);
      text_line = pango_layout_get_line_readonly (line->layout, line->line);
      pango_layout_line_index_to_x (text_line, link->start, FALSE, &x0);
      pango_layout_line_index_to_x (text_line, link->end, FALSE, &x1);
      /* Whole points: a decimal comma in some locales would be misread. */
      attributes = g_strdup_printf ("rect=[%d %d %d %d] page=%u pos=[%d %d]",
                                    (int) (line->x + x0 / (double) PANGO_SCALE), (int) line->top,
                                    MAX (1, (int) ((x1 - x0) / (double) PANGO_SCALE + 0.5)),
                                    MAX (1, (int) (line->bottom - line->top + 0.5)),
                                    link->target + 1, (int) self->left, (int) MAX (self->top - 12, 0));
      cairo_tag_begin (cr, CAIRO_TAG_LINK, attributes);
      cairo_tag_end (cr, CAIRO_TAG_LINK);
    }
}

/* The chain of structure tags a line's text (or its bullet) belongs to;
 * a block's lines in one style are one paragraph. */
static void
line_path (AccordExportLayout     *self,
           const AccordLayoutLine *line,
           gboolean                bullet,
           const char             *link,
           AccordExportTagPath    *path)
{
  /* The rule under the title is decoration. */
  if (line->flags & LINE_HRULE)
    {
      path->depth = 0;
      _accord_export_tag_path_push (path, "Document", 0, FALSE);
      return;
    }

  _accord_export_tag_path_for_block (path, &g_array_index (self->block_tags, AccordExportBlockTags, line->block),
                                     line->block, (guint64) line->block * N_STYLES + line->style,
                                     bullet, link);
}

/* Header, footer and the bars beside quotes: drawn where no text element
 * is open, so that they stay out of the structure tree. */
static void
draw_decorations (AccordExportLayout *self,
                  cairo_t            *cr,
                  guint               page,
                  guint               first,
                  guint               last)
{
  draw_header_and_footer (self, cr, page);
  draw_quote_rules (self, cr, first, last);
}

/* Moves the tagger to @path, drawing the decorations at the first point
 * of the page where no text element is open. */
static void
move_tags (AccordExportLayout        *self,
           cairo_t                   *cr,
           AccordExportTagger        *tagger,
           const AccordExportTagPath *path,
           gboolean                  *decorated,
           guint                      page,
           guint                      first,
           guint                      last)
{
  _accord_export_tagger_close_to (tagger, cr, path);
  if (!*decorated && !_accord_export_tagger_in_leaf (tagger))
    {
      draw_decorations (self, cr, page, first, last);
      *decorated = TRUE;
    }
  _accord_export_tagger_open (tagger, cr, path);
}

static void
draw_page (AccordExportLayout *self,
           cairo_t            *cr,
           guint               page,
           AccordExportTagger *tagger)
{
  g_autoptr(PangoLayout) bullet = NULL;
  AccordExportTagPath path;
  gboolean decorated = FALSE;
  guint first, last;

  first = g_array_index (self->page_starts, guint, page);
  last = page + 1 < self->page_starts->len
         ? g_array_index (self->page_starts, guint, page + 1)
         : self->lines->len;

  cairo_save (cr);
  if (tagger == NULL)
    {
      draw_decorations (self, cr, page, first, last);
      decorated = TRUE;
    }

  bullet = pango_layout_new (self->context);
  pango_layout_set_font_description (bullet, self->fonts[STYLE_ITEM]);
  pango_layout_set_text (bullet, "•", -1);

  for (guint i = first; i < last; i++)
    {
      const AccordLayoutLine *line = &g_array_index (self->lines, AccordLayoutLine, i);
      const double *rgb = _accord_export_layout_styles[line->style].rgb;
      g_autofree char *attributes = NULL;

      if (line->url != NULL)
        attributes = link_attributes (line->url);

      if (line->flags & LINE_FIGURE)
        {
          if (tagger != NULL)
            {
              line_path (self, line, FALSE, NULL, &path);
              move_tags (self, cr, tagger, &path, &decorated, page, first, last);
            }
          cairo_save (cr);
          cairo_translate (cr, line->x, line->top);
          accord_timeline_picture_draw (self->figure, cr, self->width - self->left - self->right);
          cairo_restore (cr);
          continue;
        }

      if (line->flags & LINE_HRULE)
        {
          static const double accent[] = ACCENT;

          if (tagger != NULL)
            {
              line_path (self, line, FALSE, NULL, &path);
              move_tags (self, cr, tagger, &path, &decorated, page, first, last);
            }
          cairo_set_source_rgb (cr, accent[0], accent[1], accent[2]);
          cairo_rectangle (cr, self->left, line->top, 48, 2.5);
          cairo_fill (cr);
          continue;
        }

      if (line->flags & LINE_BULLET)
        {
          if (tagger != NULL)
            {
              line_path (self, line, TRUE, NULL, &path);
              move_tags (self, cr, tagger, &path, &decorated, page, first, last);
            }
          cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
          cairo_move_to (cr, self->left + 4, line->baseline);
          pango_cairo_show_layout_line (cr, pango_layout_get_line_readonly (bullet, 0));
        }

      if (tagger != NULL)
        {
          line_path (self, line, FALSE, attributes, &path);
          move_tags (self, cr, tagger, &path, &decorated, page, first, last);
        }
      else if (line->url != NULL)
        cairo_tag_begin (cr, CAIRO_TAG_LINK, attributes);

      cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
      cairo_move_to (cr, line->x, line->baseline);
      pango_cairo_show_layout_line (cr, pango_layout_get_line_readonly (line->layout, line->line));

      if (tagger == NULL && line->url != NULL)
        cairo_tag_end (cr, CAIRO_TAG_LINK);
      draw_index_links (self, cr, i);
    }

  /* A paragraph that fills the page from top to bottom leaves no gap:
   * it becomes two elements rather than take the footer in. */
  if (!decorated)
    {
      _accord_export_tagger_close_leaf (tagger, cr);
      draw_decorations (self, cr, page, first, last);
    }

  cairo_restore (cr);
}

void
accord_export_layout_draw_page (AccordExportLayout *self,
                                cairo_t            *cr,
                                guint               page)
{
  g_return_if_fail (ACCORD_IS_EXPORT_LAYOUT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < self->page_starts->len);

  draw_page (self, cr, page, NULL);
}

/* The PDF writer draws every page in order with one tagger, which keeps
 * elements open from one page to the next; printing draws pages in any
 * order and subsets, so it is not tagged. */
void
_accord_export_layout_draw_page_tagged (AccordExportLayout *self,
                                        cairo_t            *cr,
                                        guint               page,
                                        AccordExportTagger *tagger)
{
  g_assert (page < self->page_starts->len);
  g_assert (tagger != NULL);

  draw_page (self, cr, page, tagger);
}

/* Bookmarks are added once every page exists, all pointing at pages that
 * do: one past the end would fail the whole surface at finish. */
void
_accord_export_layout_add_outline (AccordExportLayout *self,
                                  cairo_surface_t    *surface)
{
  g_autofree int *ids = g_new (int, self->outline->len + 1);

  for (guint i = 0; i < self->outline->len; i++)
    {
      const AccordLayoutOutlineEntry *entry = &g_array_index (self->outline, AccordLayoutOutlineEntry, i);
      int parent = entry->parent >= 0 ? ids[entry->parent] : CAIRO_PDF_OUTLINE_ROOT;
      g_autofree char *link = NULL;

      g_assert (entry->page < self->page_starts->len);
      g_assert (entry->parent < (int) i);

      link = g_strdup_printf ("page=%u pos=[%d %d]", entry->page + 1,
                              (int) self->left, (int) MAX (entry->y - 12, 0));
      ids[i] = cairo_pdf_surface_add_outline (surface, parent, entry->title, link,
                                              CAIRO_PDF_OUTLINE_FLAG_OPEN);
    }
}
