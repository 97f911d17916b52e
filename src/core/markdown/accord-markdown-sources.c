/* accord-markdown-sources.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Sources section, "- Title, or [Title](https://…)", and the
 * footnotes "[^label]: Title", which are sources too.
 */

#define G_LOG_DOMAIN "accord-markdown"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "accord-markdown-private.h"
#include "accord-slug.h"

static const char * const source_keys[] = { "id", "url", "publisher", "date", "note", NULL };

static gboolean
is_web_address (const char *url)
{
  return (g_ascii_strncasecmp (url, "http://", 7) == 0 ||
          g_ascii_strncasecmp (url, "https://", 8) == 0) &&
         strpbrk (url, " \t\n") == NULL;
}

/* A source's entry: its head is its title, or a link whose text is the
 * title; the fields say the rest. */
static AccordSource *
read_source_entry (AccordMarkdownReader *r,
                   cmark_node           *paragraph,
                   AccordMarkdownEntry  *e,
                   const char           *label,
                   const char           *context)
{
  g_autoptr(AccordSource) source = g_object_new (ACCORD_TYPE_SOURCE, NULL);
  cmark_node *first = cmark_node_first_child (paragraph);
  g_autofree char *id = _accord_markdown_entry_field (e, "id");
  g_autofree char *date = _accord_markdown_entry_field (e, "date");
  guint line, column;

  source->title = g_strdup (e->head->str);
  source->url = _accord_markdown_entry_field (e, "url");
  if (source->url == NULL && first != NULL && cmark_node_get_type (first) == CMARK_NODE_LINK &&
      is_web_address (cmark_node_get_url (first)))
    source->url = g_strdup (cmark_node_get_url (first));
  if (source->url != NULL && !is_web_address (source->url))
    {
      _accord_markdown_entry_field_position (e, "url", &line, &column);
      _accord_markdown_fail (r, line, column, context, _("“%s” is not a web address (http:// or https://)"), source->url);
      return NULL;
    }
  /* A title that is only the address: the address is the title. */
  if (source->title[0] == '\0')
    {
      g_free (source->title);
      source->title = g_strdup (source->url);
    }
  if (source->title == NULL)
    {
      _accord_markdown_fail (r, e->line, e->column, context, _("a source needs a title"));
      return NULL;
    }

  source->publisher = _accord_markdown_entry_field (e, "publisher");
  source->note = _accord_markdown_entry_field (e, "note");
  if (e->more->len > 0)
    {
      g_autofree char *more = NULL;
      char *note;

      g_ptr_array_add (e->more, NULL);
      more = g_strjoinv ("\n\n", (char **) e->more->pdata);
      g_ptr_array_remove_index (e->more, e->more->len - 1);
      note = source->note != NULL ? g_strconcat (source->note, "\n\n", more, NULL) : g_strdup (more);
      g_free (source->note);
      source->note = note;
    }

  if (date != NULL)
    {
      g_autoptr(GError) date_error = NULL;

      source->date = accord_date_parse (date, &date_error);
      if (source->date == NULL)
        {
          _accord_markdown_entry_field_position (e, "date", &line, &column);
          _accord_markdown_fail (r, line, column, context, "%s", date_error->message);
          return NULL;
        }
    }

  if (id == NULL && label != NULL)
    id = g_strdup (label);
  if (id != NULL)
    {
      _accord_markdown_entry_field_position (e, "id", &line, &column);
      if (label != NULL && !_accord_markdown_entry_has_field (e, "id"))
        {
          /* A footnote's label is an id if it can be one. */
          g_autofree char *slug = accord_slug_from_text (label, -1);

          source->id = g_strcmp0 (slug, label) == 0 && !g_hash_table_contains (r->taken[MD_ID_SOURCE], label)
                       ? _accord_markdown_take_given_id (r, MD_ID_SOURCE, label, line, column, context)
                       : _accord_markdown_take_id (r, MD_ID_SOURCE, label, "source");
        }
      else
        source->id = _accord_markdown_take_given_id (r, MD_ID_SOURCE, id, line, column, context);
    }
  else
    source->id = _accord_markdown_take_id (r, MD_ID_SOURCE, source->title, "source");

  if (source->id == NULL)
    return NULL;

  _accord_briefing_add_source (r->briefing, source);
  if (source->url != NULL && !g_hash_table_contains (r->source_urls, source->url))
    g_hash_table_insert (r->source_urls, source->url, source);

  return source;
}

gboolean
_accord_markdown_read_sources (AccordMarkdownReader *r,
                               cmark_node           *list,
                               const char           *context)
{
  for (cmark_node *item = cmark_node_first_child (list); item != NULL && r->error == NULL; item = cmark_node_next (item))
    {
      AccordMarkdownEntry e;

      if (!_accord_markdown_entry_read_item (r, item, source_keys, &e))
        continue;
      read_source_entry (r, cmark_node_first_child (item), &e, NULL, context);
      _accord_markdown_entry_clear (&e);
    }

  return r->error == NULL;
}

/* Footnotes are sources, in the order cmark numbers them (the order they
 * are first cited); "[^label]" gives the id. */
gboolean
_accord_markdown_read_footnotes (AccordMarkdownReader *r)
{
  for (guint i = 0; i < r->footnotes->len && r->error == NULL; i++)
    {
      cmark_node *definition = g_ptr_array_index (r->footnotes, i);
      cmark_node *paragraph = cmark_node_first_child (definition);
      g_autofree char *label = _accord_markdown_footnote_label (r, definition);
      AccordSource *source = NULL;

      /* A footnote that repeats a source of the Sources section by its id
       * is that source. */
      if (label != NULL)
        source = g_hash_table_lookup (r->briefing->source_ids, label);

      if (source == NULL && paragraph != NULL && cmark_node_get_type (paragraph) == CMARK_NODE_PARAGRAPH)
        {
          AccordMarkdownEntry e;

          _accord_markdown_entry_read (r, paragraph, source_keys, &e);
          for (cmark_node *block = cmark_node_next (paragraph); block != NULL; block = cmark_node_next (block))
            _accord_markdown_add_paragraphs (r, block, e.more);
          source = read_source_entry (r, paragraph, &e, label, _("Footnotes"));
          _accord_markdown_entry_clear (&e);
        }

      g_ptr_array_add (r->footnote_sources, source);
    }

  return r->error == NULL;
}
