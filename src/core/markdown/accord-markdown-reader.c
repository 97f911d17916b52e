/* accord-markdown-reader.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A CommonMark file as a briefing, parsed by cmark-gfm (tables,
 * strikethrough, autolinks, footnotes).  Any Markdown file opens: its
 * headings are the sections.  The dialect of docs/markdown-briefings.md
 * adds what a briefing has beyond that: a front matter, "Key: value"
 * fields, key points, attributed quotes, and the People, Sources and
 * Timeline sections.
 *
 * cmark builds the whole tree first; this file then reads it in passes,
 * as the JSON loader does, so that references may point forward: the
 * headings and their blocks; people; sources; sections, with their ids;
 * their content; events; the links between sections and events.
 */

#define G_LOG_DOMAIN "accord-markdown"

#include "config.h"

#include <cmark-gfm-core-extensions.h>
#include <glib/gi18n.h>
#include <string.h>

#include "accord-markdown-private.h"
#include "accord-slug.h"
#include "accord-text-clean.h"

/* As for JSON: deeper than this is no briefing, and the reader's walks
 * over the tree recurse. */
#define MAX_DEPTH 64
#define MAX_TABLE_CELLS 1000

typedef enum
{
  HEADING_SECTION,
  HEADING_TIMELINE,
  HEADING_PEOPLE,
  HEADING_SOURCES,
} HeadingKind;

typedef struct
{
  cmark_node    *node;       /* NULL for what precedes the first section */
  int            level;
  char          *title;
  char          *given_id;
  HeadingKind    kind;
  gboolean       shown;      /* a section of its own */
  GPtrArray     *blocks;     /* cmark_node, unowned */
  AccordSection *section;    /* when shown */
  AccordSection *parent;     /* where its children and events go */
} Heading;

static const char * const section_keys[] = { "kind", "summary", "tags", "actors", NULL };
static const char * const front_matter_keys[] = { "id", "title", "subtitle", "language", "summary", NULL };

static void
heading_free (gpointer data)
{
  Heading *h = data;

  g_free (h->title);
  g_free (h->given_id);
  g_ptr_array_unref (h->blocks);
  g_clear_object (&h->section);
  g_free (h);
}

static gboolean
title_is (const char         *title,
          const char * const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (g_ascii_strcasecmp (title, names[i]) == 0)
      return TRUE;

  return FALSE;
}

/* "Title {#id}": the id is the author's. */
static void
split_given_id (Heading *h)
{
  gsize n = strlen (h->title);
  char *open;

  if (n < 4 || h->title[n - 1] != '}')
    return;
  open = g_strrstr (h->title, "{#");
  if (open == NULL)
    return;

  h->given_id = g_strndup (open + 2, h->title + n - 1 - (open + 2));
  *open = '\0';
  g_strchomp (h->title);
}

static Heading *
heading_new (AccordMarkdownReader *r,
             cmark_node           *node)
{
  Heading *h = g_new0 (Heading, 1);

  h->node = node;
  h->blocks = g_ptr_array_new ();
  if (node != NULL)
    {
      h->level = cmark_node_get_heading_level (node);
      h->title = _accord_markdown_plain_text (r, node);
      split_given_id (h);
      if (h->title[0] == '\0')
        {
          g_free (h->title);
          h->title = g_strdup (_("Untitled section"));
        }
    }
  h->shown = TRUE;

  return h;
}

static char *
title_from_name (const char *display_name)
{
  g_autofree char *base = g_path_get_basename (display_name);
  const char *suffixes[] = { ".briefing.md", ".markdown", ".md", ".txt" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    if (g_str_has_suffix (base, suffixes[i]) && strlen (base) > strlen (suffixes[i]))
      {
        base[strlen (base) - strlen (suffixes[i])] = '\0';
        break;
      }

  return accord_text_clean (base, ACCORD_TEXT_CLEAN_ONE_LINE);
}

/* ---
 * key: value
 * ---
 * at the very start, as static site generators write it.  Keys that are
 * not Accord's are left to whoever wrote them. */
static gsize
read_front_matter (AccordMarkdownReader *r,
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
                  gboolean valid = g_ascii_islower (clean[0]) || g_ascii_isdigit (clean[0]);

                  for (const char *c = clean; valid && *c; c++)
                    valid = g_ascii_islower (*c) || g_ascii_isdigit (*c) || *c == '-';
                  if (!valid)
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

static void
index_lines (AccordMarkdownReader *r)
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

static gboolean
check_depth (AccordMarkdownReader *r,
             cmark_node           *doc)
{
  cmark_iter *iter = cmark_iter_new (doc);
  cmark_event_type event;
  int depth = 0;

  while ((event = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
    {
      if (event == CMARK_EVENT_ENTER && cmark_node_first_child (cmark_iter_get_node (iter)) != NULL)
        {
          if (++depth > MAX_DEPTH)
            {
              _accord_markdown_fail_at (r, cmark_iter_get_node (iter), NULL,
                                        _("nesting is deeper than %d levels"), MAX_DEPTH);
              r->error->code = ACCORD_ERROR_TOO_LARGE;
              break;
            }
        }
      else if (event == CMARK_EVENT_EXIT)
        depth--;
    }
  cmark_iter_free (iter);

  return r->error == NULL;
}

/* cmark-gfm 0.29.0.gfm.6's table extension takes time quadratic in the
 * cells of a row (50,000 "|" on a line: 4 seconds).  No table has a
 * thousand columns: a file with such a line is read without tables, its
 * pipes as text. */
static gboolean
has_table_bomb (AccordMarkdownReader *r)
{
  guint pipes = 0;

  for (gsize i = 0; i < r->length; i++)
    {
      if (r->data[i] == '\n')
        pipes = 0;
      else if (r->data[i] == '|' && ++pipes > MAX_TABLE_CELLS)
        return TRUE;
    }

  return FALSE;
}

static cmark_node *
parse (AccordMarkdownReader *r)
{
  static const char * const extensions[] = { "table", "strikethrough", "autolink" };
  gboolean no_tables = has_table_bomb (r);
  cmark_parser *parser;
  cmark_node *doc;

  cmark_gfm_core_extensions_ensure_registered ();
  parser = cmark_parser_new (CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES);
  for (guint i = 0; i < G_N_ELEMENTS (extensions); i++)
    {
      cmark_syntax_extension *extension = cmark_find_syntax_extension (extensions[i]);

      if (no_tables && i == 0)
        continue;
      if (extension != NULL)
        cmark_parser_attach_syntax_extension (parser, extension);
    }
  cmark_parser_feed (parser, r->data, r->length);
  doc = cmark_parser_finish (parser);
  cmark_parser_free (parser);

  return doc;
}

static gboolean
has_list (Heading *h)
{
  for (guint i = 0; i < h->blocks->len; i++)
    if (cmark_node_get_type (g_ptr_array_index (h->blocks, i)) == CMARK_NODE_LIST)
      return TRUE;

  return FALSE;
}

/* People, Sources, Timeline: recognised by their title, and by a list of
 * the dialect's entries; a section with only that list is not shown. */
static void
classify (AccordMarkdownReader *r,
          Heading              *h)
{
  static const char * const timeline[] = { "timeline", "events", NULL };
  static const char * const people[] = { "people", NULL };
  static const char * const sources[] = { "sources", NULL };
  gboolean only_lists = TRUE;

  if (h->node == NULL)
    return;

  for (guint i = 0; i < h->blocks->len && h->kind == HEADING_SECTION; i++)
    {
      cmark_node *block = g_ptr_array_index (h->blocks, i);

      if (cmark_node_get_type (block) != CMARK_NODE_LIST)
        continue;
      if (title_is (h->title, timeline) && _accord_markdown_list_is_dated (r, block))
        h->kind = HEADING_TIMELINE;
      else if (title_is (h->title, people) && _accord_markdown_list_is_people (r, block))
        h->kind = HEADING_PEOPLE;
    }
  if (h->kind == HEADING_SECTION && title_is (h->title, sources) && has_list (h))
    h->kind = HEADING_SOURCES;

  if (h->kind == HEADING_SECTION)
    return;

  for (guint i = 0; i < h->blocks->len; i++)
    if (cmark_node_get_type (g_ptr_array_index (h->blocks, i)) != CMARK_NODE_LIST)
      only_lists = FALSE;
  h->shown = !only_lists;
}

static void
add_section (AccordMarkdownReader *r,
             Heading              *h,
             GPtrArray            *stack)
{
  Heading *parent_heading = NULL;

  /* Sections nest by heading level: the nearest heading above of a
   * smaller level is the parent, whatever levels were skipped. */
  while (stack->len > 0)
    {
      parent_heading = g_ptr_array_index (stack, stack->len - 1);
      if (h->node == NULL || parent_heading->level < h->level)
        break;
      g_ptr_array_remove_index (stack, stack->len - 1);
      parent_heading = NULL;
    }
  h->parent = parent_heading != NULL
              ? (parent_heading->shown ? parent_heading->section : parent_heading->parent)
              : NULL;

  if (h->shown)
    {
      h->section = _accord_section_new_empty ();
      h->section->title = g_strdup (h->title);
      h->section->id = h->given_id != NULL ? g_strdup (h->given_id)
                       : _accord_markdown_take_id (r, MD_ID_SECTION, h->title, "section");
      _accord_briefing_add_section (r->briefing, h->parent, h->section);
    }

  if (h->node != NULL)
    g_ptr_array_add (stack, h);
}

static void
set_strv (GStrv     *target,
          GPtrArray *items)
{
  g_strfreev (*target);
  g_ptr_array_add (items, NULL);
  *target = (GStrv) g_ptr_array_free (items, FALSE);
}

/* The fields right under a heading. */
static gboolean
read_section_fields (AccordMarkdownReader *r,
                     Heading              *h,
                     cmark_node           *paragraph)
{
  AccordSection *section = h->section;
  AccordMarkdownInline in;
  const char *value;
  const char *key = NULL;
  GString *current = NULL;
  g_autoptr(GHashTable) values = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_free);
  AccordMarkdownLine *actors_line = NULL;

  _accord_markdown_inline_init (&in);
  _accord_markdown_read_inlines (r, paragraph, &in);
  for (guint i = 0; i < in.lines->len; i++)
    {
      AccordMarkdownLine *line = g_ptr_array_index (in.lines, i);
      const char *found = _accord_markdown_field_key (line->text, section_keys, &value);

      if (found != NULL)
        {
          if (current != NULL)
            g_hash_table_replace (values, (gpointer) key, g_string_free (current, FALSE));
          key = found;
          current = g_string_new (value);
          if (strcmp (key, "actors") == 0)
            actors_line = line;
        }
      else if (current != NULL)
        {
          g_string_append_c (current, ' ');
          g_string_append (current, line->text);
        }
    }
  if (current != NULL)
    g_hash_table_replace (values, (gpointer) key, g_string_free (current, FALSE));

  if ((value = g_hash_table_lookup (values, "kind")) != NULL && value[0] != '\0')
    section->kind = g_strstrip (g_strdup (value));
  if ((value = g_hash_table_lookup (values, "summary")) != NULL && value[0] != '\0')
    section->summary = g_strstrip (g_strdup (value));
  if ((value = g_hash_table_lookup (values, "tags")) != NULL)
    {
      g_strfreev (section->tags);
      section->tags = _accord_markdown_split_list (value);
    }
  if ((value = g_hash_table_lookup (values, "actors")) != NULL)
    {
      g_auto(GStrv) names = _accord_markdown_split_list (value);

      for (guint i = 0; names[i] != NULL && r->error == NULL; i++)
        {
          AccordActor *actor = _accord_markdown_find_actor (r, names[i]);

          if (actor == NULL)
            _accord_markdown_fail (r, actors_line->line, actors_line->column, h->title,
                                   _("no one named “%s” in People"), names[i]);
          else if (!g_ptr_array_find (section->actors, actor, NULL))
            g_ptr_array_add (section->actors, actor);
        }
    }

  _accord_markdown_inline_clear (&in);

  return r->error == NULL;
}

static gboolean
is_field_paragraph (AccordMarkdownReader *r,
                    cmark_node           *block)
{
  cmark_node *first = cmark_node_first_child (block);
  const char *value;

  return cmark_node_get_type (block) == CMARK_NODE_PARAGRAPH && first != NULL &&
         cmark_node_get_type (first) == CMARK_NODE_TEXT &&
         _accord_markdown_field_key (cmark_node_get_literal (first), section_keys, &value) != NULL;
}

/* A paragraph that attributes the block quote before it, or NULL. */
static const char *
attribution_of (AccordMarkdownReader *r,
                cmark_node           *paragraph,
                char                **text,
                AccordMarkdownInline *in)
{
  const char *rest;

  if (paragraph == NULL || cmark_node_get_type (paragraph) != CMARK_NODE_PARAGRAPH)
    return NULL;

  _accord_markdown_read_inlines (r, paragraph, in);
  *text = _accord_markdown_inline_text (in);
  if (_accord_markdown_is_dash_line (*text, &rest))
    return rest;

  g_clear_pointer (text, g_free);
  g_ptr_array_set_size (in->lines, 0);
  g_ptr_array_set_size (in->sources, 0);

  return NULL;
}

/* > words
 * — Name, note[^source]
 * The attribution may also be the quote's own last paragraph. */
static gboolean
read_quote (AccordMarkdownReader *r,
            Heading              *h,
            cmark_node           *quote,
            cmark_node           *next,
            gboolean             *used_next)
{
  g_autoptr(AccordQuote) q = NULL;
  g_autoptr(GPtrArray) paragraphs = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *attribution_text = NULL;
  cmark_node *last = cmark_node_last_child (quote);
  cmark_node *attribution_node = NULL;
  const char *attribution;
  const char *note;
  AccordMarkdownInline in;

  *used_next = FALSE;
  _accord_markdown_inline_init (&in);
  attribution = attribution_of (r, next, &attribution_text, &in);
  if (attribution != NULL)
    {
      attribution_node = next;
      *used_next = TRUE;
    }
  else if (last != NULL && last != cmark_node_first_child (quote) &&
           (attribution = attribution_of (r, last, &attribution_text, &in)) != NULL)
    attribution_node = last;

  if (attribution == NULL)
    {
      _accord_markdown_inline_clear (&in);
      return FALSE;
    }

  for (cmark_node *child = cmark_node_first_child (quote); child != NULL; child = cmark_node_next (child))
    if (child != attribution_node)
      _accord_markdown_add_paragraphs (r, child, paragraphs);

  q = g_object_new (ACCORD_TYPE_QUOTE, NULL);
  q->speaker = _accord_markdown_speaker (r, attribution, &note);
  if (q->speaker == NULL || paragraphs->len == 0)
    {
      _accord_markdown_inline_clear (&in);
      if (q->speaker == NULL)
        _accord_markdown_fail_at (r, attribution_node, h->title, _("the quote needs a speaker: — Name"));
      return FALSE;
    }

  g_ptr_array_add (paragraphs, NULL);
  q->text = g_strjoinv ("\n\n", (char **) paragraphs->pdata);
  if (note[0] != '\0')
    q->note = g_strstrip (g_strdup (note));
  if (in.sources->len > 0)
    q->source = g_ptr_array_index (in.sources, 0);
  q->section = h->section;
  q->index = h->section->quotes->len;
  g_ptr_array_add (h->section->quotes, g_steal_pointer (&q));
  _accord_markdown_inline_clear (&in);

  return TRUE;
}

static void
collect_anchors (AccordMarkdownReader *r,
                 cmark_node           *block,
                 GPtrArray            *anchors)
{
  cmark_iter *iter = cmark_iter_new (block);
  cmark_event_type event;

  while ((event = cmark_iter_next (iter)) != CMARK_EVENT_DONE)
    {
      cmark_node *node = cmark_iter_get_node (iter);
      const char *url;

      if (event == CMARK_EVENT_ENTER && cmark_node_get_type (node) == CMARK_NODE_LINK &&
          (url = cmark_node_get_url (node)) != NULL && url[0] == '#' && url[1] != '\0')
        g_ptr_array_add (anchors, g_strdup (url + 1));
    }
  cmark_iter_free (iter);
}

static gboolean
read_section_content (AccordMarkdownReader *r,
                      Heading              *h)
{
  g_autoptr(GPtrArray) body = g_ptr_array_new_with_free_func (g_free);
  guint i = 0;

  if (i < h->blocks->len && is_field_paragraph (r, g_ptr_array_index (h->blocks, i)))
    {
      if (!read_section_fields (r, h, g_ptr_array_index (h->blocks, i)))
        return FALSE;
      i++;
    }

  /* A list right under the heading: the key points. */
  if (h->kind == HEADING_SECTION && i < h->blocks->len &&
      cmark_node_get_type (g_ptr_array_index (h->blocks, i)) == CMARK_NODE_LIST)
    {
      cmark_node *list = g_ptr_array_index (h->blocks, i);
      GPtrArray *points = g_ptr_array_new ();

      for (cmark_node *item = cmark_node_first_child (list); item != NULL; item = cmark_node_next (item))
        {
          g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

          for (cmark_node *child = cmark_node_first_child (item); child != NULL; child = cmark_node_next (child))
            _accord_markdown_add_paragraphs (r, child, parts);
          g_ptr_array_add (parts, NULL);
          if (parts->len > 1)
            g_ptr_array_add (points, g_strjoinv (" ", (char **) parts->pdata));
        }
      set_strv (&h->section->key_points, points);
      i++;
    }

  for (; i < h->blocks->len && r->error == NULL; i++)
    {
      cmark_node *block = g_ptr_array_index (h->blocks, i);
      cmark_node *next = i + 1 < h->blocks->len ? g_ptr_array_index (h->blocks, i + 1) : NULL;
      gboolean used_next = FALSE;

      /* The dialect's own lists are read elsewhere. */
      if (h->kind != HEADING_SECTION && cmark_node_get_type (block) == CMARK_NODE_LIST)
        continue;

      if (cmark_node_get_type (block) == CMARK_NODE_BLOCK_QUOTE && read_quote (r, h, block, next, &used_next))
        {
          if (used_next)
            i++;
          continue;
        }
      if (r->error != NULL)
        break;

      _accord_markdown_add_paragraphs (r, block, body);
    }

  set_strv (&h->section->body, g_steal_pointer (&body));

  return r->error == NULL;
}

static void
split_blocks (AccordMarkdownReader *r,
              cmark_node           *doc,
              GPtrArray            *headings,
              Heading             **title)
{
  Heading *current = heading_new (r, NULL);

  *title = NULL;
  g_ptr_array_add (headings, current);
  for (cmark_node *block = cmark_node_first_child (doc); block != NULL; block = cmark_node_next (block))
    {
      cmark_node_type type = cmark_node_get_type (block);

      if (type == CMARK_NODE_FOOTNOTE_DEFINITION)
        {
          g_ptr_array_add (r->footnotes, block);
          continue;
        }

      if (type == CMARK_NODE_HEADING)
        {
          current = heading_new (r, block);
          /* The first heading, if it is a "#" one, is the title. */
          if (*title == NULL && headings->len == 1 && current->level == 1 &&
              ((Heading *) g_ptr_array_index (headings, 0))->blocks->len == 0)
            {
              *title = current;
              g_ptr_array_remove_index (headings, 0);
            }
          g_ptr_array_add (headings, current);
          continue;
        }

      g_ptr_array_add (current->blocks, block);
    }
}

static gboolean
read_document (AccordMarkdownReader *r,
               cmark_node           *doc)
{
  AccordBriefing *b = r->briefing;
  g_autoptr(GPtrArray) headings = g_ptr_array_new_with_free_func (heading_free);
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();
  Heading *title;
  Heading *intro;
  gboolean has_anchors;
  guint first = 0;

  split_blocks (r, doc, headings, &title);

  /* The title's heading and the paragraph under it. */
  intro = title != NULL ? title : g_ptr_array_index (headings, 0);
  if (title != NULL)
    {
      if (b->title == NULL)
        b->title = g_strdup (title->title);
      if (b->id == NULL && title->given_id != NULL)
        b->id = g_strdup (title->given_id);
      first = 1;
    }
  if (intro->blocks->len > 0 && title != NULL &&
      cmark_node_get_type (g_ptr_array_index (intro->blocks, 0)) == CMARK_NODE_PARAGRAPH)
    {
      if (b->summary == NULL)
        b->summary = _accord_markdown_plain_text (r, g_ptr_array_index (intro->blocks, 0));
      g_ptr_array_remove_index (intro->blocks, 0);
    }
  if (b->title == NULL || b->title[0] == '\0')
    {
      g_free (b->title);
      b->title = title_from_name (r->display_name);
    }
  if (b->title[0] == '\0')
    {
      g_free (b->title);
      b->title = g_strdup (_("Briefing"));
    }
  if (b->id == NULL)
    {
      g_autofree char *from_name = title_from_name (r->display_name);

      b->id = accord_slug_from_text (from_name, -1);
      if (b->id[0] == '\0')
        {
          g_free (b->id);
          b->id = accord_slug_from_text (b->title, -1);
        }
      if (b->id[0] == '\0')
        {
          g_free (b->id);
          b->id = g_strdup ("briefing");
        }
    }
  if (b->summary != NULL && b->summary[0] == '\0')
    g_clear_pointer (&b->summary, g_free);

  /* What comes between the title and the first section is a section of
   * its own; so is the whole text of a file with no section at all. */
  if (title != NULL)
    {
      Heading *preamble = heading_new (r, NULL);

      g_ptr_array_extend (preamble->blocks, intro->blocks, NULL, NULL);
      g_ptr_array_set_size (intro->blocks, 0);
      g_ptr_array_insert (headings, 1, preamble);
    }
  for (guint i = first; i < headings->len; i++)
    classify (r, g_ptr_array_index (headings, i));
  {
    Heading *preamble = g_ptr_array_index (headings, first);
    gboolean any_shown = FALSE;

    for (guint i = first + 1; i < headings->len; i++)
      any_shown = any_shown || ((Heading *) g_ptr_array_index (headings, i))->shown;
    preamble->shown = preamble->blocks->len > 0 || !any_shown;
    preamble->title = g_strdup (any_shown ? _("Introduction") : b->title);
  }

  /* People and sources first: sections, quotes and events name them. */
  for (guint i = first; i < headings->len && r->error == NULL; i++)
    {
      Heading *h = g_ptr_array_index (headings, i);

      for (guint j = 0; j < h->blocks->len && r->error == NULL; j++)
        {
          cmark_node *block = g_ptr_array_index (h->blocks, j);

          if (cmark_node_get_type (block) != CMARK_NODE_LIST)
            continue;
          if (h->kind == HEADING_PEOPLE)
            _accord_markdown_read_people (r, block, h->title);
          else if (h->kind == HEADING_SOURCES)
            {
              r->links_are_sources = FALSE;
              _accord_markdown_read_sources (r, block, h->title);
              r->links_are_sources = TRUE;
            }
        }
    }
  r->links_are_sources = FALSE;
  if (r->error == NULL)
    _accord_markdown_read_footnotes (r);
  r->links_are_sources = TRUE;
  if (r->error != NULL)
    return FALSE;

  /* The authors' ids are theirs; then the others are made from titles. */
  for (guint i = first; i < headings->len && r->error == NULL; i++)
    {
      Heading *h = g_ptr_array_index (headings, i);
      g_autofree char *id = NULL;

      if (h->given_id == NULL || !h->shown)
        continue;
      id = g_strdup (h->given_id);
      {
        gboolean valid = g_ascii_islower (id[0]) || g_ascii_isdigit (id[0]);
        guint line, column;

        for (const char *p = id; valid && *p; p++)
          valid = g_ascii_islower (*p) || g_ascii_isdigit (*p) || *p == '-';
        _accord_markdown_position (r, h->node, &line, &column);
        if (!valid)
          _accord_markdown_fail (r, line, column, h->title,
                                 _("“%s” is not a valid id (use lowercase letters, digits and hyphens)"), id);
        else if (!g_hash_table_add (r->taken[MD_ID_SECTION], g_strdup (id)))
          _accord_markdown_fail (r, line, column, h->title, _("the id “%s” is used twice"), id);
      }
    }
  if (r->error != NULL)
    return FALSE;

  for (guint i = first; i < headings->len; i++)
    add_section (r, g_ptr_array_index (headings, i), stack);

  for (guint i = first; i < headings->len && r->error == NULL; i++)
    {
      Heading *h = g_ptr_array_index (headings, i);

      if (h->shown)
        read_section_content (r, h);
    }

  for (guint i = first; i < headings->len && r->error == NULL; i++)
    {
      Heading *h = g_ptr_array_index (headings, i);

      if (h->kind != HEADING_TIMELINE)
        continue;
      for (guint j = 0; j < h->blocks->len && r->error == NULL; j++)
        {
          cmark_node *block = g_ptr_array_index (h->blocks, j);

          if (cmark_node_get_type (block) == CMARK_NODE_LIST)
            _accord_markdown_read_events (r, block, h->title, h->shown ? h->section : h->parent);
        }
    }
  if (r->error != NULL)
    return FALSE;

  /* A section that links to an event ("[the signing](#signing-2026)")
   * mentions it.  Most files have no such link: then nothing to walk. */
  has_anchors = g_strstr_len (r->data, r->length, "(#") != NULL;
  for (guint i = first; i < headings->len && has_anchors; i++)
    {
      Heading *h = g_ptr_array_index (headings, i);
      g_autoptr(GPtrArray) links = g_ptr_array_new_with_free_func (g_free);

      if (!h->shown)
        continue;
      for (guint j = 0; j < h->blocks->len; j++)
        collect_anchors (r, g_ptr_array_index (h->blocks, j), links);
      for (guint j = 0; j < links->len; j++)
        {
          AccordEvent *event = g_hash_table_lookup (b->event_ids, g_ptr_array_index (links, j));

          if (event != NULL)
            _accord_section_link_event (h->section, event);
        }
    }

  _accord_briefing_finish (b);

  return TRUE;
}

static gboolean
check_text (AccordMarkdownReader *r,
            const char           *data,
            gsize                 length)
{
  const char *end = NULL;
  guint line = 1;
  guint column = 1;
  gboolean blank = TRUE;

  if (g_utf8_validate_len (data, length, &end))
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

/**
 * accord_markdown_read:
 * @data: the file's contents, which need not end in NUL
 * @display_name: how errors name the file
 * @file: (nullable): the briefing's file
 *
 * Reads a Markdown briefing.  Errors are "FILE:LINE:COLUMN: where: what".
 *
 * Returns: (transfer full): the briefing, or %NULL with @error set
 */
AccordBriefing *
accord_markdown_read (const char  *data,
                      gsize        length,
                      const char  *display_name,
                      GFile       *file,
                      GError     **error)
{
  AccordMarkdownReader r = { 0 };
  cmark_node *doc = NULL;
  gsize skip;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  r.display_name = display_name;
  r.briefing = _accord_briefing_new ();
  r.briefing->display_name = g_strdup (display_name);
  r.briefing->file_format = ACCORD_FILE_FORMAT_MARKDOWN;
  g_set_object (&r.briefing->file, file);
  r.footnotes = g_ptr_array_new ();
  r.footnote_sources = g_ptr_array_new ();
  for (guint i = 0; i < MD_N_ID_KINDS; i++)
    r.taken[i] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  r.actor_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  r.source_urls = g_hash_table_new (g_str_hash, g_str_equal);
  r.links_are_sources = TRUE;

  if (!check_text (&r, data, length))
    goto out;

  /* A byte order mark is no text. */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  skip = read_front_matter (&r, data, length);
  if (r.error != NULL)
    goto out;
  r.data = data + skip;
  r.length = length - skip;
  index_lines (&r);

  doc = parse (&r);
  if (check_depth (&r, doc))
    read_document (&r, doc);

out:
  if (doc != NULL)
    cmark_node_free (doc);
  g_clear_pointer (&r.line_starts, g_array_unref);
  g_ptr_array_unref (r.footnotes);
  g_ptr_array_unref (r.footnote_sources);
  for (guint i = 0; i < MD_N_ID_KINDS; i++)
    g_hash_table_unref (r.taken[i]);
  g_hash_table_unref (r.actor_names);
  g_hash_table_unref (r.source_urls);

  if (r.error != NULL)
    {
      g_propagate_error (error, r.error);
      g_object_unref (r.briefing);
      return NULL;
    }

  return r.briefing;
}
