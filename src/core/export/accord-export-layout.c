/* accord-export-layout.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The paginated document, drawn with PangoCairo: onto cairo's PDF surface
 * by the PDF writer, and onto a print context by the UI.  Layout happens once, line by
 * line, before anything is drawn, so the footer can say "Page 1 of 4" and
 * a paragraph can continue on the next page.  This file places the lines
 * on pages; accord-export-layout-draw.c draws them.
 */

#define G_LOG_DOMAIN "accord-export-layout"

#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "accord-briefing.h"
#include "accord-export-annotate-private.h"
#include "accord-export-layout-private.h"
#include "accord-export-tags.h"
#include "accord-export.h"
#include "accord-timeline-picture.h"
#include "accord-export-people.h"

/* The figure's caption lists the events as text, up to this many. */
#define MAX_CAPTION_EVENTS 200

const AccordLayoutStyle _accord_export_layout_styles[N_STYLES] = {
  [STYLE_TITLE]       = { HEADING_FAMILY, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 22, 1.05, 0, 0, 0, 0, 80, INK },
  [STYLE_SUBTITLE]    = { HEADING_FAMILY, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 12.5, 1.1, 5, 0, 0, 0, 0, GREY },
  [STYLE_INTRO]       = { BODY_FAMILY, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 11.5, 1.3, 8, 2, 0, 0, 0, INK },
  [STYLE_LEAD]        = { BODY_FAMILY, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC, 11, 1.3, 8, 2, 0, 0, 0, INK },
  [STYLE_H1]          = { HEADING_FAMILY, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 15, 1.05, 26, 0, 0, 0, 72, ACCENT },
  [STYLE_H2]          = { HEADING_FAMILY, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 12.5, 1.05, 18, 0, 0, 0, 64, ACCENT },
  [STYLE_H3]          = { HEADING_FAMILY, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 11, 1.05, 14, 0, 0, 0, 56, INK },
  [STYLE_LABEL]       = { HEADING_FAMILY, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 9.5, 1.0, 12, 3, 0, 0, 36, GREY },
  [STYLE_BODY]        = { BODY_FAMILY, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 10.5, 1.3, 8, 0, 0, 0, 0, INK },
  [STYLE_ITEM]        = { BODY_FAMILY, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 10.5, 1.25, 3, 0, 16, 0, 0, INK },
  [STYLE_ITEM_URL]    = { UI_FAMILY, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 9, 1.2, 1, 0, 16, 0, 0, LINK },
  [STYLE_ITEM_NOTE]   = { UI_FAMILY, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 9, 1.25, 1, 0, 16, 0, 0, GREY },
  [STYLE_QUOTE]       = { BODY_FAMILY, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC, 10.5, 1.3, 12, 0, 20, 20, 0, INK },
  [STYLE_ATTRIBUTION] = { UI_FAMILY, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 9, 1.2, 4, 0, 20, 20, 0, GREY },
  [STYLE_QUOTE_NOTE]  = { UI_FAMILY, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC, 8.5, 1.2, 2, 0, 20, 20, 0, GREY },
  [STYLE_CAPTION]     = { UI_FAMILY, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 8.5, 1.2, 1, 0, 0, 0, 0, GREY },
};

/* Pango's layout time grows faster than linearly with the length of a
 * paragraph (worst on text with no break opportunity), so no layout is
 * given more than this many bytes; a longer paragraph becomes several
 * layouts, split at a space when there is one. */
#define MAX_CHUNK_BYTES 10000

G_DEFINE_FINAL_TYPE (AccordExportLayout, accord_export_layout, G_TYPE_OBJECT)

static void
accord_export_layout_finalize (GObject *object)
{
  AccordExportLayout *self = (AccordExportLayout *)object;

  for (guint i = 0; i < N_STYLES; i++)
    g_clear_pointer (&self->fonts[i], pango_font_description_free);
  g_clear_object (&self->context);
  g_clear_pointer (&self->layouts, g_ptr_array_unref);
  g_clear_pointer (&self->strings, g_ptr_array_unref);
  g_clear_pointer (&self->lines, g_array_unref);
  g_clear_pointer (&self->page_starts, g_array_unref);
  g_clear_pointer (&self->outline, g_array_unref);
  g_clear_pointer (&self->block_tags, g_array_unref);
  g_clear_object (&self->figure);
  g_clear_pointer (&self->index_links, g_array_unref);
  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (accord_export_layout_parent_class)->finalize (object);
}

static void
accord_export_layout_class_init (AccordExportLayoutClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = accord_export_layout_finalize;
}

static void
accord_export_layout_init (AccordExportLayout *self)
{
  self->layouts = g_ptr_array_new_with_free_func (g_object_unref);
  self->strings = g_ptr_array_new_with_free_func (g_free);
  self->lines = g_array_new (FALSE, TRUE, sizeof (AccordLayoutLine));
  self->page_starts = g_array_new (FALSE, TRUE, sizeof (guint));
  self->outline = g_array_new (FALSE, TRUE, sizeof (AccordLayoutOutlineEntry));
  self->index_links = g_array_new (FALSE, TRUE, sizeof (AccordLayoutIndexLink));
}

static const char *
keep_string (AccordExportLayout *self,
             const char         *text)
{
  char *copy = g_strdup (text);

  g_ptr_array_add (self->strings, copy);
  return copy;
}

static PangoFontDescription *
make_font (const AccordLayoutStyle *style)
{
  PangoFontDescription *font = pango_font_description_new ();

  pango_font_description_set_family (font, style->family);
  pango_font_description_set_weight (font, style->weight);
  pango_font_description_set_style (font, style->slant);
  pango_font_description_set_size (font, (int) (style->size * PANGO_SCALE));

  return font;
}

/* Layout is in points and must not depend on the device it is drawn on:
 * no hinting, no rounding of glyph positions. */
static PangoContext *
make_context (const char *language)
{
  PangoContext *context;
  cairo_font_options_t *options;

  context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_cairo_context_set_resolution (context, 72.0);
  pango_context_set_round_glyph_positions (context, FALSE);

  /* Lets fontconfig pick the right glyphs for the briefing's language
   * (Korean Hanja are not drawn like Japanese Kanji). */
  if (language != NULL && language[0] != '\0')
    pango_context_set_language (context, pango_language_from_string (language));

  return context;
}

static void
new_page (AccordExportLayout *self)
{
  guint start = self->lines->len;

  self->page++;
  self->y = self->top;
  self->pending_space = 0;
  g_array_append_val (self->page_starts, start);
}

static PangoLayout *
make_layout (AccordExportLayout  *self,
             AccordLayoutStyleId  style_id,
             const char          *text,
             gsize                length)
{
  const AccordLayoutStyle *style = &_accord_export_layout_styles[style_id];
  PangoLayout *layout = pango_layout_new (self->context);
  double width = self->width - self->left - self->right - style->indent - style->right_indent;

  pango_layout_set_font_description (layout, self->fonts[style_id]);
  pango_layout_set_width (layout, (int) (MAX (width, 36.0) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  if (style->line_spacing > 0)
    pango_layout_set_line_spacing (layout, style->line_spacing);
  /* Plain text, never markup: briefing text is untrusted. */
  pango_layout_set_text (layout, text, (int) length);
  g_ptr_array_add (self->layouts, layout);

  return layout;
}

/* Where to end a chunk of at most MAX_CHUNK_BYTES: after the last space
 * or newline in its second half, else at a character boundary that does
 * not separate a combining mark from its base. */
static gsize
chunk_length (const char *text,
              gsize       length)
{
  const char *end;

  if (length <= MAX_CHUNK_BYTES)
    return length;

  for (gsize i = MAX_CHUNK_BYTES; i > MAX_CHUNK_BYTES / 2; i--)
    if (text[i - 1] == ' ' || text[i - 1] == '\n')
      return i;

  end = g_utf8_find_prev_char (text, text + MAX_CHUNK_BYTES + 1);
  while (end > text + MAX_CHUNK_BYTES / 2 && g_unichar_ismark (g_utf8_get_char (end)))
    end = g_utf8_find_prev_char (text, end);

  return end - text;
}

static void
place_layout (AccordExportLayout    *self,
              PangoLayout           *layout,
              AccordLayoutStyleId    style_id,
              guint                  block,
              AccordLayoutLineFlags  flags,
              const char            *url,
              gboolean               first_chunk)
{
  const AccordLayoutStyle *style = &_accord_export_layout_styles[style_id];
  PangoLayoutIter *iter;
  PangoRectangle extents;
  double bottom_limit = self->height - self->bottom;
  int n_lines = pango_layout_get_line_count (layout);
  int index = 0;

  if (first_chunk)
    {
      double space = MAX (self->pending_space, style->space_before);
      double needed;

      pango_layout_get_extents (layout, NULL, &extents);
      /* A heading keeps some of what follows; a paragraph does not leave
       * its first line alone at the foot of a page. */
      needed = space + extents.height / (double) PANGO_SCALE + style->keep;
      if (style->keep == 0 && n_lines > 1)
        needed = space + 2.0 * extents.height / (double) PANGO_SCALE / n_lines;

      if (self->y > self->top && self->y + needed > bottom_limit)
        new_page (self);
      if (self->y > self->top)
        self->y += space;
    }

  iter = pango_layout_get_iter (layout);
  do
    {
      AccordLayoutLine placed = { 0, };
      int y0, y1;
      double height;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      pango_layout_iter_get_line_extents (iter, NULL, &extents);
      height = (y1 - y0) / (double) PANGO_SCALE;

      if (self->y > self->top && self->y + height > bottom_limit)
        new_page (self);

      placed.layout = layout;
      placed.line = index;
      placed.page = self->page;
      placed.block = block;
      placed.style = style_id;
      placed.flags = flags & ~(index == 0 && first_chunk ? 0 : LINE_BULLET);
      placed.x = self->left + style->indent + extents.x / (double) PANGO_SCALE;
      placed.top = self->y;
      placed.bottom = self->y + height;
      placed.baseline = self->y + (pango_layout_iter_get_baseline (iter) - y0) / (double) PANGO_SCALE;
      placed.url = url;
      g_array_append_val (self->lines, placed);

      self->y += height;
      index++;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  self->pending_space = style->space_after;
}

static void
place_text (AccordExportLayout    *self,
            AccordLayoutStyleId    style_id,
            const char            *text,
            guint                  block,
            AccordLayoutLineFlags  flags,
            const char            *url)
{
  gsize length = strlen (text);
  gboolean first = TRUE;

  while (length > 0)
    {
      gsize chunk = chunk_length (text, length);
      PangoLayout *layout = make_layout (self, style_id, text, chunk);

      if (self->placing != NULL)
        _accord_export_apply_marks (layout, self->placing, text, chunk);

      place_layout (self, layout, style_id, block, flags, url, first);
      text += chunk;
      length -= chunk;
      first = FALSE;
    }
}

static void
place_hrule (AccordExportLayout *self)
{
  AccordLayoutLine placed = { 0, };

  self->y += 10;
  placed.page = self->page;
  placed.flags = LINE_HRULE;
  placed.top = placed.bottom = placed.baseline = self->y;
  placed.x = self->left;
  g_array_append_val (self->lines, placed);
  self->y += 6;
  self->pending_space = 0;
}

static void
place_block (AccordExportLayout      *self,
             const AccordExportBlock *block,
             guint                    index,
             int                     *outline_of_block)
{
  AccordLayoutStyleId heading;
  char *url = NULL;

  self->placing = block;
  switch (block->kind)
    {
    case ACCORD_BLOCK_TITLE:
      place_text (self, STYLE_TITLE, block->text, index, 0, NULL);
      break;

    case ACCORD_BLOCK_SUBTITLE:
      place_text (self, STYLE_SUBTITLE, block->text, index, 0, NULL);
      break;

    case ACCORD_BLOCK_HEADING:
      self->in_sections = TRUE;
      heading = block->level <= 1 ? STYLE_H1 : block->level == 2 ? STYLE_H2 : STYLE_H3;
      place_text (self, heading, block->text, index, 0, NULL);
      if (block->in_outline)
        {
          /* The heading's first line is the last one placed so far, or
           * close to it: find it to know the page it landed on. */
          const AccordLayoutLine *line = NULL;
          AccordLayoutOutlineEntry entry = { 0, };

          for (guint i = self->lines->len; i > 0; i--)
            {
              const AccordLayoutLine *candidate = &g_array_index (self->lines, AccordLayoutLine, i - 1);
              if (candidate->block != index)
                break;
              line = candidate;
            }
          g_assert (line != NULL);

          entry.title = keep_string (self, block->text);
          entry.page = line->page;
          entry.y = line->top;
          entry.parent = block->outline_parent >= 0 ? outline_of_block[block->outline_parent] : -1;
          outline_of_block[index] = self->outline->len;
          g_array_append_val (self->outline, entry);
        }
      break;

    case ACCORD_BLOCK_LEAD:
      place_text (self, self->in_sections ? STYLE_LEAD : STYLE_INTRO, block->text, index, 0, NULL);
      break;

    case ACCORD_BLOCK_PARAGRAPH:
      place_text (self, STYLE_BODY, block->text, index, 0, NULL);
      break;

    case ACCORD_BLOCK_LABEL:
      place_text (self, STYLE_LABEL, block->text, index, 0, NULL);
      break;

    case ACCORD_BLOCK_ITEM:
      /* Items with details (sources) need air between them. */
      if (block->url != NULL || block->note != NULL)
        self->pending_space = MAX (self->pending_space, 7);
      place_text (self, STYLE_ITEM, block->text, index, LINE_BULLET, NULL);
      if (block->url != NULL)
        {
          url = (char *) keep_string (self, block->url);
          place_text (self, STYLE_ITEM_URL, block->url, index, 0, url);
        }
      if (block->note != NULL)
        place_text (self, STYLE_ITEM_NOTE, block->note, index, 0, NULL);
      if (block->url != NULL || block->note != NULL)
        self->pending_space = 7;
      break;

    case ACCORD_BLOCK_QUOTE:
      place_text (self, STYLE_QUOTE, block->text, index, LINE_RULE, NULL);
      place_text (self, STYLE_ATTRIBUTION, block->attribution, index, LINE_RULE, NULL);
      if (block->note != NULL)
        place_text (self, STYLE_QUOTE_NOTE, block->note, index, LINE_RULE, NULL);
      self->pending_space = 12;
      break;

    default:
      g_assert_not_reached ();
    }
  self->placing = NULL;
}

/* After the title page's summary: the timeline at the width of the text,
 * kept whole on one page, and its caption listing the events as text, the
 * figure's text alternative (cairo 1.16 cannot write /Alt). */
static void
place_figure (AccordExportLayout   *self,
              AccordExportDocument *document)
{
  g_autoptr(GPtrArray) events = NULL;
  g_autofree char *intro = NULL;
  AccordLayoutLine placed = { 0, };
  double width = self->width - self->left - self->right;
  double space = MAX (self->pending_space, 16);
  double height;
  guint figure;
  guint n_events;

  self->figure = accord_timeline_picture_new (document->timeline, document->title, document->language);
  accord_timeline_picture_set_compact (self->figure, TRUE);
  accord_timeline_picture_set_eras (self->figure, document->eras);
  /* A row of lanes per group could fill pages: at most part of one. */
  accord_timeline_picture_set_max_height (self->figure, 0.6 * (self->height - self->top - self->bottom));
  height = accord_timeline_picture_get_height (self->figure, width);
  n_events = accord_timeline_picture_get_n_events (self->figure);

  figure = _accord_export_block_tags_add_figure (self->block_tags);

  /* With its caption's first lines. */
  if (self->y > self->top && self->y + space + height + 36 > self->height - self->bottom)
    new_page (self);
  else if (self->y > self->top)
    self->y += space;

  placed.page = self->page;
  placed.block = figure;
  placed.flags = LINE_FIGURE;
  placed.x = self->left;
  placed.top = placed.baseline = self->y;
  placed.bottom = self->y + height;
  g_array_append_val (self->lines, placed);
  self->y += height;
  self->pending_space = 6;

  /* Translators: the caption of the timeline in an exported PDF, before the list of its events */
  intro = g_strdup_printf (ngettext ("Timeline of the briefing’s %u event:", "Timeline of the briefing’s %u events:",
                                     n_events), n_events);
  place_text (self, STYLE_CAPTION, intro, _accord_export_block_tags_add_caption (self->block_tags, figure), 0, NULL);

  events = accord_timeline_picture_describe (self->figure, MAX_CAPTION_EVENTS);
  for (guint i = 0; i < events->len; i++)
    {
      place_text (self, STYLE_CAPTION, g_ptr_array_index (events, i),
                  _accord_export_block_tags_add_caption (self->block_tags, figure), 0, NULL);
    }

  self->pending_space = 14;
}

/* The index of people (accord-export-people.c has who is named in which
 * block): each person's pages come from the lines as placed, then the
 * index goes on pages of its own, each page number a link. */
static void
place_people_index (AccordExportLayout   *self,
                    AccordExportDocument *document)
{
  static const double link_rgb[] = LINK;
  AccordExportPeoplePages *pages;
  AccordLayoutOutlineEntry entry = { 0, };
  /* The blocks of the index's text form (accord-export-people.c): its
   * heading, then one item per person, so that the tagged PDF finds them
   * in the structure as the text and Markdown writers do. */
  guint block = document->index_start;

  if (document->people == NULL || document->people->len == 0)
    return;

  pages = _accord_export_people_pages_new (document->finder, document->people);
  for (guint i = 0; i < self->lines->len; i++)
    {
      const AccordLayoutLine *line = &g_array_index (self->lines, AccordLayoutLine, i);
      PangoLayoutLine *text_line;

      if (line->layout == NULL || line->block >= document->index_start)
        continue;
      text_line = pango_layout_get_line_readonly (line->layout, line->line);
      _accord_export_people_pages_add_line (pages, line->block, line->page,
                                            pango_layout_get_text (line->layout) + text_line->start_index,
                                            text_line->length);
    }
  _accord_export_people_pages_finish (pages);

  /* After the sources, as a section is: a page of its own only when the
   * last has no room (an excerpt of one section stays one page). */
  entry.title = keep_string (self, _accord_export_people_title ());
  place_text (self, STYLE_H1, entry.title, block, 0, NULL);
  entry.page = self->page;
  entry.y = g_array_index (self->lines, AccordLayoutLine, self->lines->len - 1).top;
  entry.parent = -1;
  g_array_append_val (self->outline, entry);

  for (guint p = 0; p < document->people->len; p++)
    {
      const AccordExportPerson *person = g_ptr_array_index (document->people, p);
      GString *text = g_string_new (person->name);
      g_autoptr(GArray) ranges = g_array_new (FALSE, FALSE, sizeof (int));
      PangoAttrList *attrs = pango_attr_list_new ();
      guint first_line = self->lines->len;

      for (guint i = 0; i < person->pages->len; i++)
        {
          int start, end;

          g_string_append (text, i == 0 ? "  " : ", ");
          start = text->len;
          g_string_append_printf (text, "%u", g_array_index (person->pages, guint, i) + 1);
          end = text->len;
          g_array_append_val (ranges, start);
          g_array_append_val (ranges, end);
        }

      block++;
      place_text (self, STYLE_ITEM, text->str, block, 0, NULL);

      /* Each page number: drawn as a link, and a link area on its line. */
      for (guint r = 0; r < ranges->len; r += 2)
        {
          int start = g_array_index (ranges, int, r), end = g_array_index (ranges, int, r + 1);
          PangoAttribute *color = pango_attr_foreground_new (link_rgb[0] * 65535, link_rgb[1] * 65535, link_rgb[2] * 65535);

          color->start_index = start;
          color->end_index = end;
          pango_attr_list_insert (attrs, color);

          for (guint i = first_line; i < self->lines->len; i++)
            {
              const AccordLayoutLine *line = &g_array_index (self->lines, AccordLayoutLine, i);
              PangoLayoutLine *text_line = pango_layout_get_line_readonly (line->layout, line->line);

              if (start >= text_line->start_index && start < text_line->start_index + text_line->length)
                {
                  AccordLayoutIndexLink link = { i, start, end, g_array_index (person->pages, guint, r / 2) };

                  g_array_append_val (self->index_links, link);
                  break;
                }
            }
        }

      if (self->lines->len > first_line)
        pango_layout_set_attributes (g_array_index (self->lines, AccordLayoutLine, first_line).layout, attrs);
      pango_attr_list_unref (attrs);
      g_string_free (text, TRUE);
    }
}

AccordExportLayout *
_accord_export_layout_new_for_document (AccordExportDocument  *document,
                                        double                 page_width,
                                        double                 page_height,
                                        AccordExportProgress  *progress,
                                        GCancellable          *cancellable,
                                        GError               **error)
{
  g_autoptr(AccordExportLayout) self = g_object_new (ACCORD_TYPE_EXPORT_LAYOUT, NULL);
  g_autofree int *outline_of_block = g_new (int, document->blocks->len + 1);
  double margin;

  self->width = page_width;
  self->height = page_height;
  /* An inch at the sides on paper; less on a small page. */
  margin = MIN (72.0, page_width / 8.0);
  self->left = self->right = margin;
  self->top = MIN (72.0, page_height / 10.0);
  self->bottom = MIN (68.0, page_height / 10.0);
  /* The running header shows the title on one line, ellipsized: a few
   * hundred characters are plenty, and keep that layout cheap. */
  self->title = g_utf8_substring (document->title, 0, MIN (g_utf8_strlen (document->title, -1), 300));
  self->context = make_context (document->language);
  for (guint i = 0; i < N_STYLES; i++)
    self->fonts[i] = make_font (&_accord_export_layout_styles[i]);

  self->page = (guint) -1;
  new_page (self);
  self->block_tags = _accord_export_block_tags_new (document);

  /* The text form of the index of people is for text and Markdown: the
   * pages place their own, with page numbers, once every page is known. */
  for (guint i = 0; i < MIN (document->index_start, document->blocks->len); i++)
    {
      const AccordExportBlock *block = g_ptr_array_index (document->blocks, i);
      const AccordExportBlock *next = g_ptr_array_index (document->blocks, MIN (i + 1, document->blocks->len - 1));

      outline_of_block[i] = -1;

      if (block->kind == ACCORD_BLOCK_HEADING &&
          g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      _accord_export_progress_report (progress, 0.6 * i / document->blocks->len);

      if (block->kind == ACCORD_BLOCK_HEADING && document->timeline != NULL && self->figure == NULL)
        place_figure (self, document);
      place_block (self, block, i, outline_of_block);

      /* The title and subtitle close with a rule. */
      if ((block->kind == ACCORD_BLOCK_TITLE && next->kind != ACCORD_BLOCK_SUBTITLE) ||
          block->kind == ACCORD_BLOCK_SUBTITLE)
        place_hrule (self);
    }

  place_people_index (self, document);

  return g_steal_pointer (&self);
}

/**
 * accord_export_layout_new:
 * @sections: (nullable): as for accord_export_to_bytes()
 *
 * Lays out the briefing on pages of the given size in points; the
 * briefing is not needed afterwards.
 */
AccordExportLayout *
accord_export_layout_new (AccordBriefing *briefing,
                          GPtrArray      *sections,
                          double          page_width,
                          double          page_height)
{
  return accord_export_layout_new_with_options (briefing, sections, NULL, page_width, page_height);
}

/**
 * accord_export_layout_new_with_options:
 * @options: (nullable): as for accord_export_to_bytes(); only the notes
 *   are read (the page size is given)
 *
 * Like accord_export_layout_new(), with the reader's notes (printing).
 */
AccordExportLayout *
accord_export_layout_new_with_options (AccordBriefing            *briefing,
                                       GPtrArray                 *sections,
                                       const AccordExportOptions *options,
                                       double                     page_width,
                                       double                     page_height)
{
  g_autoptr(AccordExportDocument) document = NULL;

  g_return_val_if_fail (ACCORD_IS_BRIEFING (briefing), NULL);
  g_return_val_if_fail (_accord_export_sections_belong (briefing, sections), NULL);
  g_return_val_if_fail (page_width >= 72 && page_height >= 72, NULL);

  document = _accord_export_document_new (briefing, sections);
  if (options != NULL && options->annotations != NULL)
    _accord_export_document_annotate (document, options->annotations, options->annotations_only);
  return _accord_export_layout_new_for_document (document, page_width, page_height, NULL, NULL, NULL);
}

guint
accord_export_layout_get_n_pages (AccordExportLayout *self)
{
  g_return_val_if_fail (ACCORD_IS_EXPORT_LAYOUT (self), 0);

  return self->page_starts->len;
}

