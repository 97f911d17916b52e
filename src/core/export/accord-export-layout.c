/* accord-export-layout.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The paginated document, drawn with PangoCairo: onto cairo's PDF surface
 * by the PDF writer, and onto a print context by the UI.  Layout happens once, line by
 * line, before anything is drawn, so the footer can say "Page 1 of 4" and
 * a paragraph can continue on the next page.
 */

#define G_LOG_DOMAIN "accord-export-layout"

#include "config.h"

#include <glib/gi18n.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "accord-briefing.h"
#include "accord-export-annotate-private.h"
#include "accord-export-layout-private.h"
#include "accord-export-tags.h"
#include "accord-export.h"
#include "accord-timeline-picture.h"
#include "accord-export-people.h"

/* Pango's layout time grows faster than linearly with the length of a
 * paragraph (worst on text with no break opportunity), so no layout is
 * given more than this many bytes; a longer paragraph becomes several
 * layouts, split at a space when there is one. */
#define MAX_CHUNK_BYTES 10000

#define HEADING_FAMILY "Cantarell, Sans"
#define BODY_FAMILY    "Serif"
#define UI_FAMILY      "Sans"

/* The figure's caption lists the events as text, up to this many. */
#define MAX_CAPTION_EVENTS 200

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

static const AccordLayoutStyle styles[N_STYLES] = {
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
  const AccordLayoutStyle *style = &styles[style_id];
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
  const AccordLayoutStyle *style = &styles[style_id];
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
    self->fonts[i] = make_font (&styles[i]);

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
      const double *rgb = styles[line->style].rgb;
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
