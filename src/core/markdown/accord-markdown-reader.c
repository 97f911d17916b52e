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
 * cmark builds the whole tree first (accord-markdown-prepare.c); this
 * file then reads it in passes, as the JSON loader does, so that
 * references may point forward: the headings and their blocks; people;
 * sources; sections, with their ids; their content; events; the links
 * between sections and events.  The sections are read in
 * accord-markdown-sections.c, the entries of People, Sources and Timeline
 * in accord-markdown-entries.c and the files it names.
 */

#define G_LOG_DOMAIN "accord-markdown"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "accord-keyed-hash.h"
#include "accord-markdown-private.h"
#include "accord-slug.h"
#include "accord-text-clean.h"

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

static void
split_blocks (AccordMarkdownReader   *r,
              cmark_node             *doc,
              GPtrArray              *headings,
              AccordMarkdownHeading **title)
{
  AccordMarkdownHeading *current = _accord_markdown_heading_new (r, NULL);

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
          current = _accord_markdown_heading_new (r, block);
          /* The first heading, if it is a "#" one, is the title. */
          if (*title == NULL && headings->len == 1 && current->level == 1 &&
              ((AccordMarkdownHeading *) g_ptr_array_index (headings, 0))->blocks->len == 0)
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
  g_autoptr(GPtrArray) headings = g_ptr_array_new_with_free_func (_accord_markdown_heading_free);
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();
  AccordMarkdownHeading *title;
  AccordMarkdownHeading *intro;
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
        {
          guint line, column;

          _accord_markdown_position (r, title->node, &line, &column);
          if (!accord_slug_is_id (title->given_id))
            {
              _accord_markdown_fail (r, line, column, title->title,
                                     _("“%s” is not a valid id (use lowercase letters, digits and hyphens)"),
                                     title->given_id);
              return FALSE;
            }
          b->id = g_strdup (title->given_id);
        }
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
      AccordMarkdownHeading *preamble = _accord_markdown_heading_new (r, NULL);

      g_ptr_array_extend (preamble->blocks, intro->blocks, NULL, NULL);
      g_ptr_array_set_size (intro->blocks, 0);
      g_ptr_array_insert (headings, 1, preamble);
    }
  for (guint i = first; i < headings->len; i++)
    _accord_markdown_classify (r, g_ptr_array_index (headings, i));
  {
    AccordMarkdownHeading *preamble = g_ptr_array_index (headings, first);
    gboolean any_shown = FALSE;

    for (guint i = first + 1; i < headings->len; i++)
      any_shown = any_shown || ((AccordMarkdownHeading *) g_ptr_array_index (headings, i))->shown;
    preamble->shown = preamble->blocks->len > 0 || !any_shown;
    preamble->title = g_strdup (any_shown ? _("Introduction") : b->title);
  }

  /* People and sources first: sections, quotes and events name them. */
  for (guint i = first; i < headings->len && r->error == NULL; i++)
    {
      AccordMarkdownHeading *h = g_ptr_array_index (headings, i);

      for (guint j = 0; j < h->blocks->len && r->error == NULL; j++)
        {
          cmark_node *block = g_ptr_array_index (h->blocks, j);

          if (cmark_node_get_type (block) != CMARK_NODE_LIST)
            continue;
          if (h->kind == MD_HEADING_PEOPLE)
            _accord_markdown_read_people (r, block, h->title);
          else if (h->kind == MD_HEADING_SOURCES)
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
      AccordMarkdownHeading *h = g_ptr_array_index (headings, i);
      g_autofree char *id = NULL;

      if (h->given_id == NULL || !h->shown)
        continue;
      id = g_strdup (h->given_id);
      {
        guint line, column;

        _accord_markdown_position (r, h->node, &line, &column);
        if (!accord_slug_is_id (id))
          _accord_markdown_fail (r, line, column, h->title,
                                 _("“%s” is not a valid id (use lowercase letters, digits and hyphens)"), id);
        else if (!g_hash_table_add (r->taken[MD_ID_SECTION], g_strdup (id)))
          _accord_markdown_fail (r, line, column, h->title, _("the id “%s” is used twice"), id);
      }
    }
  if (r->error != NULL)
    return FALSE;

  for (guint i = first; i < headings->len; i++)
    _accord_markdown_add_section (r, g_ptr_array_index (headings, i), stack);

  for (guint i = first; i < headings->len && r->error == NULL; i++)
    {
      AccordMarkdownHeading *h = g_ptr_array_index (headings, i);

      if (h->shown)
        _accord_markdown_read_section_content (r, h);
    }

  for (guint i = first; i < headings->len && r->error == NULL; i++)
    {
      AccordMarkdownHeading *h = g_ptr_array_index (headings, i);

      if (h->kind != MD_HEADING_TIMELINE)
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

  /* A section that links to an event ("[the signing](#signing-2026)",
   * or by reference) mentions it.  Most files have no such link: then
   * nothing to walk. */
  has_anchors = _accord_markdown_may_link_anchor (r);
  for (guint i = first; i < headings->len && has_anchors; i++)
    {
      AccordMarkdownHeading *h = g_ptr_array_index (headings, i);
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
  return _accord_markdown_read_full (data, length, display_name, file, FALSE, error);
}

/* With @every_extension, cmark-gfm's autolinks and footnotes are read
 * even where the file cannot hold them: the tests compare the two. */
AccordBriefing *
_accord_markdown_read_full (const char  *data,
                            gsize        length,
                            const char  *display_name,
                            GFile       *file,
                            gboolean     every_extension,
                            GError     **error)
{
  AccordMarkdownReader r = { 0 };
  cmark_node *doc = NULL;
  g_autofree char *escaped = NULL;
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
  r.group_titles = g_hash_table_new_full (_accord_keyed_str_hash, g_str_equal, g_free, NULL);
  r.links_are_sources = TRUE;
  r.every_extension = every_extension;

  if (!_accord_markdown_check_text (&r, data, length))
    goto out;

  /* A byte order mark is no text. */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  skip = _accord_markdown_read_front_matter (&r, data, length);
  if (r.error != NULL)
    goto out;
  r.data = data + skip;
  r.length = length - skip;
  escaped = _accord_markdown_escape_entity_carets (&r, &r.length);
  if (escaped != NULL)
    r.data = escaped;
  _accord_markdown_index_lines (&r);

  doc = _accord_markdown_parse (&r);
  if (_accord_markdown_check_depth (&r, doc))
    read_document (&r, doc);

out:
  if (doc != NULL)
    cmark_node_free (doc);
  g_clear_pointer (&r.line_starts, g_array_unref);
  if (r.scratch != NULL)
    g_string_free (r.scratch, TRUE);
  g_ptr_array_unref (r.footnotes);
  g_ptr_array_unref (r.footnote_sources);
  for (guint i = 0; i < MD_N_ID_KINDS; i++)
    g_hash_table_unref (r.taken[i]);
  g_hash_table_unref (r.actor_names);
  g_hash_table_unref (r.source_urls);
  g_hash_table_unref (r.group_titles);

  if (r.error != NULL)
    {
      g_propagate_error (error, r.error);
      g_object_unref (r.briefing);
      return NULL;
    }

  return r.briefing;
}
