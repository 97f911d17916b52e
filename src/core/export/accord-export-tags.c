/* accord-export-tags.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opening and closing cairo's structure tags.  cairo 1.16 knows a fixed
 * set of names; any other (even "Artifact") fails the whole surface at
 * cairo_surface_finish(), so names come only from here and the callers'
 * string constants, and every one is exercised by the tests.
 */

#define G_LOG_DOMAIN "accord-export-tags"

#include "config.h"

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
