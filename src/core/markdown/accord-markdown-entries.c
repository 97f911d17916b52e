/* accord-markdown-entries.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dialect's entries: list items (and footnotes) whose first line says
 * what they are and whose other lines may be "Key: value" fields.
 *
 *   People:    - **Name** (native name), role
 *   Sources:   - Title, or [Title](https://…)        and [^label]: Title
 *   Timeline:  - 2025-12: **Title** — what happened
 *
 * This file reads an entry and its fields, and gives ids; the people, the
 * sources and the events are read in accord-markdown-people.c,
 * accord-markdown-sources.c and accord-markdown-events.c.
 * docs/markdown-briefings.md is the reference.
 */

#define G_LOG_DOMAIN "accord-markdown"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "accord-markdown-private.h"
#include "accord-slug.h"

char *
_accord_markdown_take_id (AccordMarkdownReader *r,
                          AccordMarkdownIdKind  kind,
                          const char           *wanted,
                          const char           *fallback)
{
  g_autofree char *slug = wanted != NULL ? accord_slug_from_text (wanted, -1) : NULL;

  return accord_slug_unique (r->taken[kind], slug, fallback);
}

/* An id written by the author: kept as it is if it is one, or an error. */
char *
_accord_markdown_take_given_id (AccordMarkdownReader *r,
                                AccordMarkdownIdKind  kind,
                                const char           *id,
                                guint                 line,
                                guint                 column,
                                const char           *context)
{
  if (!accord_slug_is_id (id))
    {
      _accord_markdown_fail (r, line, column, context,
                             _("“%s” is not a valid id (use lowercase letters, digits and hyphens)"), id);
      return NULL;
    }

  if (g_hash_table_contains (r->taken[kind], id))
    {
      _accord_markdown_fail (r, line, column, context, _("the id “%s” is used twice"), id);
      return NULL;
    }

  g_hash_table_add (r->taken[kind], g_strdup (id));

  return g_strdup (id);
}

/* "Key: value" for one of @keys (case does not matter): returns the key
 * as listed, and the value after the colon. */
const char *
_accord_markdown_field_key (const char          *line,
                            const char * const  *keys,
                            const char         **value)
{
  for (guint i = 0; keys[i] != NULL; i++)
    {
      gsize n;

      /* The keys are lowercase: most lines differ at once. */
      if (g_ascii_tolower (line[0]) != keys[i][0])
        continue;
      n = strlen (keys[i]);
      if (g_ascii_strncasecmp (line, keys[i], n) == 0 && line[n] == ':')
        {
          const char *p = line + n + 1;

          while (*p == ' ' || *p == '\t')
            p++;
          *value = p;
          return keys[i];
        }
    }

  return NULL;
}

void
_accord_markdown_entry_clear (AccordMarkdownEntry *e)
{
  g_string_free (e->head, TRUE);
  for (guint i = 0; i < MD_MAX_FIELDS; i++)
    if (e->fields[i] != NULL)
      g_string_free (e->fields[i], TRUE);
  g_ptr_array_unref (e->more);
  _accord_markdown_inline_clear (&e->in);
}

/* Where @key is in the entry's keys, or -1. */
static int
key_index (AccordMarkdownEntry *e,
           const char          *key)
{
  for (guint i = 0; e->keys[i] != NULL; i++)
    if (e->keys[i] == key || strcmp (e->keys[i], key) == 0)
      return i;

  return -1;
}

/* Reads a paragraph as an entry: its head, then its fields; a line that
 * is no field continues the one before it.  A field given twice is the
 * last one. */
void
_accord_markdown_entry_read (AccordMarkdownReader *r,
                             cmark_node           *paragraph,
                             const char * const   *keys,
                             AccordMarkdownEntry  *e)
{
  GString *current;
  int k = -1;

  g_assert (g_strv_length ((char **) keys) <= MD_MAX_FIELDS);

  memset (e, 0, sizeof *e);
  e->head = g_string_new (NULL);
  e->keys = keys;
  e->more = g_ptr_array_new_with_free_func (g_free);
  _accord_markdown_inline_init (&e->in);
  _accord_markdown_read_inlines (r, paragraph, &e->in);

  for (guint i = 0; i < e->in.lines->len; i++)
    {
      AccordMarkdownLine *line = g_ptr_array_index (e->in.lines, i);
      const char *value = NULL;
      const char *key = i > 0 ? _accord_markdown_field_key (line->text, keys, &value) : NULL;

      if (i == 0)
        {
          e->line = line->line;
          e->column = line->column;
        }

      if (key != NULL)
        {
          k = key_index (e, key);
          if (e->fields[k] != NULL)
            g_string_free (g_steal_pointer (&e->fields[k]), TRUE);
          e->values[k] = value;
          e->positions[k] = line;
          continue;
        }

      /* Most fields are one line: only one that goes on is copied. */
      if (k < 0)
        current = e->head;
      else if ((current = e->fields[k]) == NULL)
        current = e->fields[k] = g_string_new (e->values[k]);
      if (current->len > 0 && line->text[0] != '\0')
        g_string_append_c (current, ' ');
      g_string_append (current, line->text);
    }
}

/* A list item as an entry: its first paragraph, and its other blocks as
 * more text. */
gboolean
_accord_markdown_entry_read_item (AccordMarkdownReader *r,
                                  cmark_node           *item,
                                  const char * const   *keys,
                                  AccordMarkdownEntry  *e)
{
  cmark_node *first = cmark_node_first_child (item);

  if (first == NULL || cmark_node_get_type (first) != CMARK_NODE_PARAGRAPH)
    return FALSE;

  _accord_markdown_entry_read (r, first, keys, e);
  for (cmark_node *block = cmark_node_next (first); block != NULL; block = cmark_node_next (block))
    _accord_markdown_add_paragraphs (r, block, e->more);

  return TRUE;
}

char *
_accord_markdown_entry_field (AccordMarkdownEntry *e,
                              const char          *key)
{
  int k = key_index (e, key);
  const char *value = k < 0 ? NULL : e->fields[k] != NULL ? e->fields[k]->str : e->values[k];
  char *text;

  if (value == NULL)
    return NULL;
  text = _accord_markdown_strip_dup (value);
  if (text[0] == '\0')
    g_clear_pointer (&text, g_free);

  return text;
}

void
_accord_markdown_entry_field_position (AccordMarkdownEntry *e,
                                       const char          *key,
                                       guint               *line,
                                       guint               *column)
{
  int k = key_index (e, key);
  AccordMarkdownLine *l = k >= 0 ? e->positions[k] : NULL;

  *line = l != NULL ? l->line : e->line;
  *column = l != NULL ? l->column : e->column;
}

gboolean
_accord_markdown_entry_has_field (AccordMarkdownEntry *e,
                                  const char          *key)
{
  int k = key_index (e, key);

  return k >= 0 && e->values[k] != NULL;
}

/* "a, b, c" as a list, each item stripped, the empty ones left out. */
GStrv
_accord_markdown_split_list (const char *text)
{
  GPtrArray *out = g_ptr_array_new ();

  for (const char *p = text;;)
    {
      const char *comma = strchr (p, ',');
      const char *start = p;
      const char *end = comma != NULL ? comma : p + strlen (p);

      while (start < end && g_ascii_isspace (*start))
        start++;
      while (end > start && g_ascii_isspace (end[-1]))
        end--;
      if (end > start)
        g_ptr_array_add (out, g_strndup (start, end - start));
      if (comma == NULL)
        break;
      p = comma + 1;
    }
  g_ptr_array_add (out, NULL);

  return (GStrv) g_ptr_array_free (out, FALSE);
}
