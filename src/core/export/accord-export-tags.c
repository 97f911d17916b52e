/* accord-export-tags.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Which structure tags each block's text belongs to, and opening and
 * closing them as the path changes.  cairo 1.16 knows a fixed
 * set of names; any other (even "Artifact") fails the whole surface at
 * cairo_surface_finish(), so names come only from here and the callers'
 * string constants, and every one is exercised by the tests.
 */

#define G_LOG_DOMAIN "accord-export-tags"

#include "config.h"

#include <string.h>

#include "accord-export-tags.h"

struct _AccordExportTagger
{
  AccordExportTagPath open;
};

/* Heading levels below 6 have no tag of their own: H6 it is. */
const char *
_accord_export_tag_heading (guint level)
{
  static const char *names[] = { "H1", "H1", "H2", "H3", "H4", "H5", "H6" };

  return names[MIN (level, 6)];
}

void
_accord_export_tag_path_push (AccordExportTagPath *path,
                              const char          *name,
                              guint64              key,
                              gboolean             leaf)
{
  AccordExportTag *tag;

  g_assert (path->depth < ACCORD_EXPORT_TAG_MAX_DEPTH);

  tag = &path->tags[path->depth++];
  tag->name = name;
  tag->key = key;
  tag->attributes = NULL;
  tag->leaf = leaf;
}

AccordExportTagger *
_accord_export_tagger_new (void)
{
  return g_new0 (AccordExportTagger, 1);
}

void
_accord_export_tagger_free (AccordExportTagger *tagger)
{
  g_free (tagger);
}

static gboolean
same_tag (const AccordExportTag *a,
          const AccordExportTag *b)
{
  return a->key == b->key && g_str_equal (a->name, b->name);
}

static void
close_above (AccordExportTagger *tagger,
             cairo_t            *cr,
             guint               depth)
{
  while (tagger->open.depth > depth)
    {
      tagger->open.depth--;
      cairo_tag_end (cr, tagger->open.tags[tagger->open.depth].name);
    }
}

/* Closes every open tag that @path does not share, innermost first. */
void
_accord_export_tagger_close_to (AccordExportTagger        *tagger,
                                cairo_t                   *cr,
                                const AccordExportTagPath *path)
{
  guint common = 0;

  while (common < tagger->open.depth && common < path->depth &&
         same_tag (&tagger->open.tags[common], &path->tags[common]))
    common++;

  close_above (tagger, cr, common);
}

/* Opens what @path has beyond the open tags; call after close_to(). */
void
_accord_export_tagger_open (AccordExportTagger        *tagger,
                            cairo_t                   *cr,
                            const AccordExportTagPath *path)
{
  _accord_export_tagger_close_to (tagger, cr, path);

  for (guint i = tagger->open.depth; i < path->depth; i++)
    {
      const AccordExportTag *tag = &path->tags[i];

      cairo_tag_begin (cr, tag->name, tag->attributes != NULL ? tag->attributes : "");
      tagger->open.tags[tagger->open.depth++] = *tag;
      /* Attributes belong to the caller; only the name is needed later. */
      tagger->open.tags[tagger->open.depth - 1].attributes = NULL;
    }
}

gboolean
_accord_export_tagger_in_leaf (AccordExportTagger *tagger)
{
  for (guint i = 0; i < tagger->open.depth; i++)
    if (tagger->open.tags[i].leaf)
      return TRUE;

  return FALSE;
}

/* Closes the innermost leaf and what it contains; the next open() starts
 * a new element where the path asks for the same one. */
void
_accord_export_tagger_close_leaf (AccordExportTagger *tagger,
                                  cairo_t            *cr)
{
  for (guint i = 0; i < tagger->open.depth; i++)
    if (tagger->open.tags[i].leaf)
      {
        close_above (tagger, cr, i);
        return;
      }
}

void
_accord_export_tagger_close_all (AccordExportTagger *tagger,
                                 cairo_t            *cr)
{
  close_above (tagger, cr, 0);
}

/* Each exported section is a Sect holding its heading and everything up
 * to the next heading of its level or above; a title is H1, so a
 * section's heading is one level below that, and a label ("Key Points")
 * one below its section's.  A block kind this does not know is a P. */
GArray *
_accord_export_block_tags_new (AccordExportDocument *document)
{
  GArray *block_tags = g_array_new (FALSE, TRUE, sizeof (AccordExportBlockTags));
  guint levels[ACCORD_EXPORT_TAG_MAX_SECTS];
  guint sects[ACCORD_EXPORT_TAG_MAX_SECTS];
  guint n_sects = 0;
  int list = -1;

  g_array_set_size (block_tags, document->blocks->len);

  for (guint i = 0; i < document->blocks->len; i++)
    {
      const AccordExportBlock *block = g_ptr_array_index (document->blocks, i);
      AccordExportBlockTags *tags = &g_array_index (block_tags, AccordExportBlockTags, i);

      tags->kind = block->kind;
      tags->figure = -1;

      if (block->kind == ACCORD_BLOCK_HEADING)
        {
          guint level = MAX (block->level, 1);

          while (n_sects > 0 && levels[n_sects - 1] >= level)
            n_sects--;
          if (n_sects < ACCORD_EXPORT_TAG_MAX_SECTS)
            {
              levels[n_sects] = level;
              sects[n_sects++] = i;
            }
          tags->heading = MIN (level + 1, 6);
        }
      else if (block->kind == ACCORD_BLOCK_TITLE)
        tags->heading = 1;
      else if (block->kind == ACCORD_BLOCK_LABEL)
        tags->heading = MIN ((n_sects > 0 ? levels[n_sects - 1] + 1 : 1) + 1, 6);

      if (block->kind == ACCORD_BLOCK_ITEM)
        list = list >= 0 ? list : (int) i;
      else
        list = -1;
      tags->list = list;

      tags->n_sects = n_sects;
      memcpy (tags->sects, sects, n_sects * sizeof (guint));
    }

  return block_tags;
}

/* Returns: the figure's block */
guint
_accord_export_block_tags_add_figure (GArray *block_tags)
{
  AccordExportBlockTags tags = { 0, };

  tags.is_figure = TRUE;
  tags.figure = -1;
  tags.list = -1;
  g_array_append_val (block_tags, tags);

  return block_tags->len - 1;
}

/* Returns: the block of a new paragraph of @figure's caption */
guint
_accord_export_block_tags_add_caption (GArray *block_tags,
                                       guint   figure)
{
  AccordExportBlockTags tags = { 0, };

  tags.figure = figure;
  tags.list = -1;
  g_array_append_val (block_tags, tags);

  return block_tags->len - 1;
}

/**
 * _accord_export_tag_path_for_block:
 * @part: tells apart the paragraphs of one block (a source's title, its
 *   URL, its note)
 * @bullet: the path of a list item's bullet, not of its text
 * @link: (nullable): cairo's link attributes, for a line that is a link
 *
 * The chain of tags from the Document down to the element that holds a
 * piece of the block's text.
 */
void
_accord_export_tag_path_for_block (AccordExportTagPath         *path,
                                   const AccordExportBlockTags *tags,
                                   guint                        block,
                                   guint64                      part,
                                   gboolean                     bullet,
                                   const char                  *link)
{
  path->depth = 0;
  _accord_export_tag_path_push (path, "Document", 0, FALSE);

  /* The figure holds the drawing, then its caption. */
  if (tags->is_figure || tags->figure >= 0)
    {
      _accord_export_tag_path_push (path, "Figure", tags->is_figure ? block : (guint) tags->figure, TRUE);
      if (tags->figure >= 0)
        {
          _accord_export_tag_path_push (path, "Caption", tags->figure, FALSE);
          _accord_export_tag_path_push (path, "P", part, TRUE);
        }
      return;
    }

  for (guint i = 0; i < tags->n_sects; i++)
    _accord_export_tag_path_push (path, "Sect", tags->sects[i], FALSE);

  switch (tags->kind)
    {
    case ACCORD_BLOCK_TITLE:
    case ACCORD_BLOCK_HEADING:
    case ACCORD_BLOCK_LABEL:
      _accord_export_tag_path_push (path, _accord_export_tag_heading (tags->heading), block, TRUE);
      break;

    case ACCORD_BLOCK_ITEM:
      _accord_export_tag_path_push (path, "L", tags->list, FALSE);
      _accord_export_tag_path_push (path, "LI", block, FALSE);
      if (bullet)
        {
          _accord_export_tag_path_push (path, "Lbl", block, TRUE);
          break;
        }
      _accord_export_tag_path_push (path, "LBody", block, FALSE);
      _accord_export_tag_path_push (path, "P", part, TRUE);
      if (link != NULL)
        {
          _accord_export_tag_path_push (path, CAIRO_TAG_LINK, part, TRUE);
          path->tags[path->depth - 1].attributes = link;
        }
      break;

    case ACCORD_BLOCK_QUOTE:
      _accord_export_tag_path_push (path, "BlockQuote", block, FALSE);
      _accord_export_tag_path_push (path, "P", part, TRUE);
      break;

    default:
      _accord_export_tag_path_push (path, "P", part, TRUE);
      break;
    }
}
