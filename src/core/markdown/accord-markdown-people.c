/* accord-markdown-people.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The People section, "- **Name** (native name), role", and the people
 * that quotes and fields name.
 */

#define G_LOG_DOMAIN "accord-markdown"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "accord-markdown-private.h"
#include "accord-text-clean.h"

static const char * const people_keys[] = { "id", "role", "native name", "organization", "country", NULL };

static char *
casefold_key (const char *name)
{
  g_autofree char *one_line = accord_text_clean (name, ACCORD_TEXT_CLEAN_ONE_LINE);

  return g_utf8_casefold (one_line, -1);
}

AccordActor *
_accord_markdown_find_actor (AccordMarkdownReader *r,
                             const char           *name_or_id)
{
  AccordActor *actor = g_hash_table_lookup (r->briefing->actor_ids, name_or_id);
  g_autofree char *key = NULL;

  if (actor != NULL)
    return actor;
  key = casefold_key (name_or_id);

  return g_hash_table_lookup (r->actor_names, key);
}

static void
add_actor (AccordMarkdownReader *r,
           AccordActor          *actor)
{
  _accord_briefing_add_actor (r->briefing, actor);
  g_hash_table_insert (r->actor_names, casefold_key (actor->name), actor);
}

/* A quote's attribution: the longest name (or id) of someone known that
 * starts it, or else the words before its first comma or colon, who
 * become someone known.  *rest is what follows: the note. */
AccordActor *
_accord_markdown_speaker (AccordMarkdownReader *r,
                          const char           *attribution,
                          const char          **rest)
{
  g_autoptr(AccordActor) actor = NULL;
  AccordActor *best = NULL;
  gsize best_length = 0;
  gsize n;

  /* Each place where a name could end (before a comma, a colon, a
   * parenthesis, or at the end), longest first: a look-up each, not a
   * comparison with everyone known (a long briefing has thousands of
   * quotes and people). */
  for (gsize length = strlen (attribution); length > 0 && best == NULL; length--)
    {
      char next = attribution[length];
      g_autofree char *candidate = NULL;

      if (!(next == '\0' || next == ',' || next == ':' || next == '(' ||
            (next == ' ' && attribution[length + 1] == '(')))
        continue;
      candidate = g_strndup (attribution, length);
      best = _accord_markdown_find_actor (r, candidate);
      if (best != NULL)
        best_length = length;
    }

  n = best != NULL ? best_length : strcspn (attribution, ",:(");
  *rest = attribution + n;
  while (**rest == ',' || **rest == ':' || **rest == ' ')
    (*rest)++;
  if (best != NULL)
    return best;

  actor = g_object_new (ACCORD_TYPE_ACTOR, NULL);
  actor->name = g_strstrip (g_strndup (attribution, n));
  if (actor->name[0] == '\0')
    return NULL;
  actor->id = _accord_markdown_take_id (r, MD_ID_ACTOR, actor->name, "person");
  add_actor (r, actor);

  return actor;
}

gboolean
_accord_markdown_list_is_people (AccordMarkdownReader *r,
                                 cmark_node           *list)
{
  for (cmark_node *item = cmark_node_first_child (list); item != NULL; item = cmark_node_next (item))
    {
      cmark_node *paragraph = cmark_node_first_child (item);
      cmark_node *first = paragraph != NULL ? cmark_node_first_child (paragraph) : NULL;

      if (first != NULL && cmark_node_get_type (first) == CMARK_NODE_STRONG)
        return TRUE;
    }

  return FALSE;
}

/*   - **Name** (native name), role */
gboolean
_accord_markdown_read_people (AccordMarkdownReader *r,
                              cmark_node           *list,
                              const char           *context)
{
  for (cmark_node *item = cmark_node_first_child (list); item != NULL && r->error == NULL; item = cmark_node_next (item))
    {
      g_autoptr(AccordActor) actor = g_object_new (ACCORD_TYPE_ACTOR, NULL);
      cmark_node *paragraph = cmark_node_first_child (item);
      cmark_node *strong = paragraph != NULL ? cmark_node_first_child (paragraph) : NULL;
      g_autofree char *id = NULL;
      const char *p;
      AccordMarkdownEntry e;

      if (!_accord_markdown_entry_read_item (r, item, people_keys, &e))
        continue;

      /* The name is in bold; without it, the words up to a comma or a
       * parenthesis. */
      if (strong != NULL && cmark_node_get_type (strong) == CMARK_NODE_STRONG)
        {
          actor->name = _accord_markdown_plain_text (r, strong);
          p = e.head->str + MIN (strlen (actor->name), e.head->len);
          if (!g_str_has_prefix (e.head->str, actor->name))
            p = e.head->str + strcspn (e.head->str, ",(");
        }
      else
        {
          gsize n = strcspn (e.head->str, ",(");

          actor->name = g_strstrip (g_strndup (e.head->str, n));
          p = e.head->str + n;
        }

      while (*p == ' ')
        p++;
      if (*p == '(')
        {
          const char *close = strchr (p, ')');

          if (close != NULL)
            {
              actor->native_name = g_strstrip (g_strndup (p + 1, close - p - 1));
              p = close + 1;
            }
        }
      while (*p == ' ' || *p == ',' || *p == ':')
        p++;
      if (*p != '\0')
        actor->role = g_strstrip (g_strdup (p));

      if (actor->name[0] == '\0')
        {
          _accord_markdown_fail (r, e.line, e.column, context, _("a person needs a name, in bold: - **Name**, role"));
          _accord_markdown_entry_clear (&e);
          break;
        }

      {
        char *role = _accord_markdown_entry_field (&e, "role");
        char *native = _accord_markdown_entry_field (&e, "native name");

        if (role != NULL)
          {
            g_free (actor->role);
            actor->role = role;
          }
        if (native != NULL)
          {
            g_free (actor->native_name);
            actor->native_name = native;
          }
      }
      actor->organization = _accord_markdown_entry_field (&e, "organization");
      actor->country = _accord_markdown_entry_field (&e, "country");
      if (actor->native_name != NULL && actor->native_name[0] == '\0')
        g_clear_pointer (&actor->native_name, g_free);
      if (actor->role != NULL && actor->role[0] == '\0')
        g_clear_pointer (&actor->role, g_free);

      id = _accord_markdown_entry_field (&e, "id");
      if (id != NULL)
        {
          guint line, column;

          _accord_markdown_entry_field_position (&e, "id", &line, &column);
          actor->id = _accord_markdown_take_given_id (r, MD_ID_ACTOR, id, line, column, context);
        }
      else
        actor->id = _accord_markdown_take_id (r, MD_ID_ACTOR, actor->name, "person");

      _accord_markdown_entry_clear (&e);
      if (actor->id == NULL)
        break;
      add_actor (r, actor);
    }

  return r->error == NULL;
}
