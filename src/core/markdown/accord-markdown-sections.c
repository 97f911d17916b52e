/* accord-markdown-sections.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The headings of a Markdown briefing as sections: what kind each is,
 * where it nests, and what a shown section holds (its "Key: value"
 * fields, its key points, its attributed quotes, its text).
 */

#define G_LOG_DOMAIN "accord-markdown"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "accord-markdown-private.h"

/* In the order of section_keys. */
enum
{
  SECTION_KIND,
  SECTION_SUMMARY,
  SECTION_TAGS,
  SECTION_ACTORS,
  SECTION_N_KEYS,
};

static const char * const section_keys[] = { "kind", "summary", "tags", "actors", NULL };

void
_accord_markdown_heading_free (gpointer data)
{
  AccordMarkdownHeading *h = data;

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
split_given_id (AccordMarkdownHeading *h)
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

AccordMarkdownHeading *
_accord_markdown_heading_new (AccordMarkdownReader *r,
                              cmark_node           *node)
{
  AccordMarkdownHeading *h = g_new0 (AccordMarkdownHeading, 1);

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

static gboolean
has_list (AccordMarkdownHeading *h)
{
  for (guint i = 0; i < h->blocks->len; i++)
    if (cmark_node_get_type (g_ptr_array_index (h->blocks, i)) == CMARK_NODE_LIST)
      return TRUE;

  return FALSE;
}

/* People, Sources, Timeline: recognised by their title, and by a list of
 * the dialect's entries; a section with only that list is not shown. */
void
_accord_markdown_classify (AccordMarkdownReader  *r,
                           AccordMarkdownHeading *h)
{
  static const char * const timeline[] = { "timeline", "events", NULL };
  static const char * const people[] = { "people", NULL };
  static const char * const sources[] = { "sources", NULL };
  gboolean only_lists = TRUE;

  if (h->node == NULL)
    return;

  for (guint i = 0; i < h->blocks->len && h->kind == MD_HEADING_SECTION; i++)
    {
      cmark_node *block = g_ptr_array_index (h->blocks, i);

      if (cmark_node_get_type (block) != CMARK_NODE_LIST)
        continue;
      if (title_is (h->title, timeline) && _accord_markdown_list_is_dated (r, block))
        h->kind = MD_HEADING_TIMELINE;
      else if (title_is (h->title, people) && _accord_markdown_list_is_people (r, block))
        h->kind = MD_HEADING_PEOPLE;
    }
  if (h->kind == MD_HEADING_SECTION && title_is (h->title, sources) && has_list (h))
    h->kind = MD_HEADING_SOURCES;

  if (h->kind == MD_HEADING_SECTION)
    return;

  for (guint i = 0; i < h->blocks->len; i++)
    if (cmark_node_get_type (g_ptr_array_index (h->blocks, i)) != CMARK_NODE_LIST)
      only_lists = FALSE;
  h->shown = !only_lists;
}

void
_accord_markdown_add_section (AccordMarkdownReader  *r,
                              AccordMarkdownHeading *h,
                              GPtrArray             *stack)
{
  AccordMarkdownHeading *parent_heading = NULL;

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
read_section_fields (AccordMarkdownReader  *r,
                     AccordMarkdownHeading *h,
                     cmark_node            *paragraph)
{
  AccordSection *section = h->section;
  AccordMarkdownInline in;
  const char *value;
  const char *values[SECTION_N_KEYS] = { NULL }; /* on the key's line */
  GString *continued[SECTION_N_KEYS] = { NULL };  /* and the lines after it */
  int current = -1;
  AccordMarkdownLine *actors_line = NULL;

  _accord_markdown_inline_init (&in);
  _accord_markdown_read_inlines (r, paragraph, &in);
  for (guint i = 0; i < in.lines->len; i++)
    {
      AccordMarkdownLine *line = g_ptr_array_index (in.lines, i);
      const char *found = _accord_markdown_field_key (line->text, section_keys, &value);

      if (found != NULL)
        {
          guint k = 0;

          while (k < SECTION_N_KEYS && section_keys[k] != found)
            k++;
          g_assert (k < SECTION_N_KEYS);
          /* A field given twice is the last one. */
          if (continued[k] != NULL)
            g_string_free (g_steal_pointer (&continued[k]), TRUE);
          values[k] = value;
          current = k;
          if (k == SECTION_ACTORS)
            actors_line = line;
        }
      else if (current >= 0)
        {
          /* Most fields are one line: only one that goes on is copied. */
          if (continued[current] == NULL)
            continued[current] = g_string_new (values[current]);
          g_string_append_c (continued[current], ' ');
          g_string_append (continued[current], line->text);
        }
    }
  for (guint k = 0; k < SECTION_N_KEYS; k++)
    if (continued[k] != NULL)
      values[k] = continued[k]->str;

  if ((value = values[SECTION_KIND]) != NULL && value[0] != '\0')
    section->kind = _accord_markdown_strip_dup (value);
  if ((value = values[SECTION_SUMMARY]) != NULL && value[0] != '\0')
    section->summary = _accord_markdown_strip_dup (value);
  if (values[SECTION_TAGS] != NULL)
    {
      g_strfreev (section->tags);
      section->tags = _accord_markdown_split_list (values[SECTION_TAGS]);
    }
  if (values[SECTION_ACTORS] != NULL)
    {
      g_auto(GStrv) names = _accord_markdown_split_list (values[SECTION_ACTORS]);

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
  for (guint k = 0; k < SECTION_N_KEYS; k++)
    if (continued[k] != NULL)
      g_string_free (continued[k], TRUE);

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
attribution_of (AccordMarkdownReader  *r,
                cmark_node            *paragraph,
                char                 **text,
                AccordMarkdownInline  *in)
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
  g_clear_pointer (&in->sources, g_ptr_array_unref);

  return NULL;
}

/* > words
 * — Name, note[^source]
 * The attribution may also be the quote's own last paragraph. */
static gboolean
read_quote (AccordMarkdownReader  *r,
            AccordMarkdownHeading *h,
            cmark_node            *quote,
            cmark_node            *next,
            gboolean              *used_next)
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
  if (in.sources != NULL && in.sources->len > 0)
    q->source = g_ptr_array_index (in.sources, 0);
  q->section = h->section;
  q->index = h->section->quotes->len;
  g_ptr_array_add (h->section->quotes, g_steal_pointer (&q));
  _accord_markdown_inline_clear (&in);

  return TRUE;
}

gboolean
_accord_markdown_read_section_content (AccordMarkdownReader  *r,
                                       AccordMarkdownHeading *h)
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
  if (h->kind == MD_HEADING_SECTION && i < h->blocks->len &&
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
      if (h->kind != MD_HEADING_SECTION && cmark_node_get_type (block) == CMARK_NODE_LIST)
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
