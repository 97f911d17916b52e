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
 * docs/markdown-briefings.md is the reference.
 */

#define G_LOG_DOMAIN "accord-markdown"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "accord-markdown-private.h"
#include "accord-slug.h"
#include "accord-text-clean.h"

static const char * const people_keys[] = { "id", "role", "native name", "organization", "country", NULL };
static const char * const source_keys[] = { "id", "url", "publisher", "date", "note", NULL };
static const char * const event_keys[] = { "id", "end", "place", "sections", "actors", "source", "note", NULL };

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
static char *
take_given_id (AccordMarkdownReader *r,
               AccordMarkdownIdKind  kind,
               const char           *id,
               guint                 line,
               guint                 column,
               const char           *context)
{
  gboolean valid = id[0] != '\0' && (g_ascii_islower (id[0]) || g_ascii_isdigit (id[0]));

  for (const char *p = id; valid && *p != '\0'; p++)
    valid = g_ascii_islower (*p) || g_ascii_isdigit (*p) || *p == '-';

  if (!valid)
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
      gsize n = strlen (keys[i]);

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

typedef struct
{
  GString    *head;      /* the first line, and the lines that continue it */
  guint       line;
  guint       column;
  GHashTable *fields;    /* key as listed -> GString */
  GHashTable *positions; /* key -> AccordMarkdownLine, unowned */
  GPtrArray  *more;      /* the item's other paragraphs, as text */
  AccordMarkdownInline in;
} Entry;

static void
entry_clear (Entry *e)
{
  g_string_free (e->head, TRUE);
  g_hash_table_unref (e->fields);
  g_hash_table_unref (e->positions);
  g_ptr_array_unref (e->more);
  _accord_markdown_inline_clear (&e->in);
}

static void
string_free (gpointer s)
{
  g_string_free (s, TRUE);
}

/* Reads a paragraph as an entry: its head, then its fields; a line that
 * is no field continues the one before it. */
static void
entry_read (AccordMarkdownReader *r,
            cmark_node           *paragraph,
            const char * const   *keys,
            Entry                *e)
{
  GString *current;

  e->head = g_string_new (NULL);
  e->fields = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, string_free);
  e->positions = g_hash_table_new (g_str_hash, g_str_equal);
  e->more = g_ptr_array_new_with_free_func (g_free);
  _accord_markdown_inline_init (&e->in);
  _accord_markdown_read_inlines (r, paragraph, &e->in);

  current = e->head;
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
          current = g_string_new (value);
          g_hash_table_replace (e->fields, (gpointer) key, current);
          g_hash_table_replace (e->positions, (gpointer) key, line);
          continue;
        }

      if (current->len > 0 && line->text[0] != '\0')
        g_string_append_c (current, ' ');
      g_string_append (current, line->text);
    }
}

/* A list item as an entry: its first paragraph, and its other blocks as
 * more text. */
static gboolean
entry_read_item (AccordMarkdownReader *r,
                 cmark_node           *item,
                 const char * const   *keys,
                 Entry                *e)
{
  cmark_node *first = cmark_node_first_child (item);

  if (first == NULL || cmark_node_get_type (first) != CMARK_NODE_PARAGRAPH)
    return FALSE;

  entry_read (r, first, keys, e);
  for (cmark_node *block = cmark_node_next (first); block != NULL; block = cmark_node_next (block))
    _accord_markdown_add_paragraphs (r, block, e->more);

  return TRUE;
}

static char *
entry_field (Entry      *e,
             const char *key)
{
  GString *value = g_hash_table_lookup (e->fields, key);
  char *text;

  if (value == NULL)
    return NULL;
  text = g_strstrip (g_strdup (value->str));
  if (text[0] == '\0')
    g_clear_pointer (&text, g_free);

  return text;
}

static void
entry_field_position (Entry      *e,
                      const char *key,
                      guint      *line,
                      guint      *column)
{
  AccordMarkdownLine *l = g_hash_table_lookup (e->positions, key);

  *line = l != NULL ? l->line : e->line;
  *column = l != NULL ? l->column : e->column;
}

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
  g_autofree char *key = casefold_key (name_or_id);
  AccordActor *actor = g_hash_table_lookup (r->briefing->actor_ids, name_or_id);

  return actor != NULL ? actor : g_hash_table_lookup (r->actor_names, key);
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
      Entry e;

      if (!entry_read_item (r, item, people_keys, &e))
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
          entry_clear (&e);
          break;
        }

      {
        char *role = entry_field (&e, "role");
        char *native = entry_field (&e, "native name");

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
      actor->organization = entry_field (&e, "organization");
      actor->country = entry_field (&e, "country");
      if (actor->native_name != NULL && actor->native_name[0] == '\0')
        g_clear_pointer (&actor->native_name, g_free);
      if (actor->role != NULL && actor->role[0] == '\0')
        g_clear_pointer (&actor->role, g_free);

      id = entry_field (&e, "id");
      if (id != NULL)
        {
          guint line, column;

          entry_field_position (&e, "id", &line, &column);
          actor->id = take_given_id (r, MD_ID_ACTOR, id, line, column, context);
        }
      else
        actor->id = _accord_markdown_take_id (r, MD_ID_ACTOR, actor->name, "person");

      entry_clear (&e);
      if (actor->id == NULL)
        break;
      add_actor (r, actor);
    }

  return r->error == NULL;
}

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
                   Entry                *e,
                   const char           *label,
                   const char           *context)
{
  g_autoptr(AccordSource) source = g_object_new (ACCORD_TYPE_SOURCE, NULL);
  cmark_node *first = cmark_node_first_child (paragraph);
  g_autofree char *id = entry_field (e, "id");
  g_autofree char *date = entry_field (e, "date");
  guint line, column;

  source->title = g_strdup (e->head->str);
  source->url = entry_field (e, "url");
  if (source->url == NULL && first != NULL && cmark_node_get_type (first) == CMARK_NODE_LINK &&
      is_web_address (cmark_node_get_url (first)))
    source->url = g_strdup (cmark_node_get_url (first));
  if (source->url != NULL && !is_web_address (source->url))
    {
      entry_field_position (e, "url", &line, &column);
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

  source->publisher = entry_field (e, "publisher");
  source->note = entry_field (e, "note");
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
          entry_field_position (e, "date", &line, &column);
          _accord_markdown_fail (r, line, column, context, "%s", date_error->message);
          return NULL;
        }
    }

  if (id == NULL && label != NULL)
    id = g_strdup (label);
  if (id != NULL)
    {
      entry_field_position (e, "id", &line, &column);
      if (label != NULL && g_hash_table_lookup (e->fields, "id") == NULL)
        {
          /* A footnote's label is an id if it can be one. */
          g_autofree char *slug = accord_slug_from_text (label, -1);

          source->id = g_strcmp0 (slug, label) == 0 && !g_hash_table_contains (r->taken[MD_ID_SOURCE], label)
                       ? take_given_id (r, MD_ID_SOURCE, label, line, column, context)
                       : _accord_markdown_take_id (r, MD_ID_SOURCE, label, "source");
        }
      else
        source->id = take_given_id (r, MD_ID_SOURCE, id, line, column, context);
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
      Entry e;

      if (!entry_read_item (r, item, source_keys, &e))
        continue;
      read_source_entry (r, cmark_node_first_child (item), &e, NULL, context);
      entry_clear (&e);
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
          Entry e;

          entry_read (r, paragraph, source_keys, &e);
          for (cmark_node *block = cmark_node_next (paragraph); block != NULL; block = cmark_node_next (block))
            _accord_markdown_add_paragraphs (r, block, e.more);
          source = read_source_entry (r, paragraph, &e, label, _("Footnotes"));
          entry_clear (&e);
        }

      g_ptr_array_add (r->footnote_sources, source);
    }

  return r->error == NULL;
}

/* The text before an entry's first ": ", if it starts like a date. */
static gboolean
split_date (const char  *head,
            char       **date,
            const char **rest)
{
  const char *colon = strstr (head, ": ");

  if (colon == NULL)
    {
      gsize n = strlen (head);

      if (n > 0 && head[n - 1] == ':')
        colon = head + n - 1;
      else
        return FALSE;
    }

  *date = g_strstrip (g_strndup (head, colon - head));
  *rest = colon + 1;
  while (**rest == ' ')
    (*rest)++;

  return TRUE;
}

static gboolean
starts_like_date (const char *text)
{
  if (*text == '-')
    text++;
  return g_ascii_isdigit (text[0]) && g_ascii_isdigit (text[1]) &&
         g_ascii_isdigit (text[2]) && g_ascii_isdigit (text[3]);
}

gboolean
_accord_markdown_list_is_dated (AccordMarkdownReader *r,
                                cmark_node           *list)
{
  for (cmark_node *item = cmark_node_first_child (list); item != NULL; item = cmark_node_next (item))
    {
      cmark_node *paragraph = cmark_node_first_child (item);
      cmark_node *text = paragraph != NULL ? cmark_node_first_child (paragraph) : NULL;
      const char *literal;

      if (text != NULL && cmark_node_get_type (text) == CMARK_NODE_TEXT &&
          (literal = cmark_node_get_literal (text)) != NULL && starts_like_date (literal))
        return TRUE;
    }

  return FALSE;
}

/* "Dec 2025" or "20 January 2026" as what to write instead. */
static char *
suggest_date (const char *text)
{
  static const char * const months[] = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
  };
  g_auto(GStrv) words = g_strsplit_set (text, " ,.", -1);
  int year = 0;
  int month = 0;
  int day = 0;

  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *w = words[i];
      gsize n = strlen (w);

      if (n == 0)
        continue;
      if (n == 4 && g_ascii_isdigit (w[0]) && g_ascii_isdigit (w[3]))
        year = atoi (w);
      else if (n <= 2 && g_ascii_isdigit (w[0]))
        day = atoi (w);
      else if (n >= 3)
        {
          for (guint m = 0; m < G_N_ELEMENTS (months); m++)
            if (g_ascii_strncasecmp (w, months[m], 3) == 0)
              month = m + 1;
          if (month == 0)
            return NULL;
        }
    }

  if (year == 0 || month == 0)
    return NULL;
  if (day >= 1 && day <= 31)
    return g_strdup_printf ("%04d-%02d-%02d", year, month, day);

  return g_strdup_printf ("%04d-%02d", year, month);
}

static AccordSection *
find_section (AccordMarkdownReader *r,
              const char           *name)
{
  AccordSection *section;
  const char *id = name[0] == '#' ? name + 1 : name;
  GListModel *all = G_LIST_MODEL (r->briefing->all_sections);

  section = g_hash_table_lookup (r->briefing->section_ids, id);
  if (section != NULL)
    return section;

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(AccordSection) candidate = g_list_model_get_item (all, i);

      if (g_utf8_collate (candidate->title, name) == 0)
        return candidate;
    }

  return NULL;
}

/* "a, b, c" as a list, each item stripped. */
GStrv
_accord_markdown_split_list (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, ",", -1);
  GPtrArray *out = g_ptr_array_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (parts[i][0] != '\0')
        g_ptr_array_add (out, g_strdup (parts[i]));
    }
  g_ptr_array_add (out, NULL);

  return (GStrv) g_ptr_array_free (out, FALSE);
}

static gboolean
read_event (AccordMarkdownReader *r,
            cmark_node           *item,
            const char           *context,
            AccordSection        *parent)
{
  g_autoptr(AccordEvent) event = _accord_event_new_empty ();
  g_autoptr(GError) date_error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *id = NULL;
  g_autofree char *sections = NULL;
  g_autofree char *actors = NULL;
  cmark_node *paragraph = cmark_node_first_child (item);
  cmark_node *strong = NULL;
  GString *summary = g_string_new (NULL);
  const char *rest = NULL;
  gboolean ok = FALSE;
  guint line, column;
  Entry e;

  if (!entry_read_item (r, item, event_keys, &e))
    {
      _accord_markdown_fail_at (r, item, context, _("an event is a line: - 2025-12: What happened"));
      g_string_free (summary, TRUE);
      return FALSE;
    }

  if (!split_date (e.head->str, &date, &rest))
    {
      _accord_markdown_fail (r, e.line, e.column, context,
                             _("an event starts with its date and a colon (- 2025-12: What happened)"));
      goto out;
    }

  event->date = accord_date_parse (date, &date_error);
  if (event->date == NULL)
    {
      g_autofree char *suggestion = suggest_date (date);
      g_autofree char *shown = accord_text_clean (date, ACCORD_TEXT_CLEAN_ESCAPE | ACCORD_TEXT_CLEAN_ONE_LINE);

      if (suggestion != NULL || !starts_like_date (date))
        _accord_markdown_fail (r, e.line, e.column, context,
                               suggestion != NULL ? _("“%s” is not a date (write %s)")
                                                  : _("“%s” is not a date (write 2025, 2025-12 or 2025-12-20)"),
                               shown, suggestion);
      else
        _accord_markdown_fail (r, e.line, e.column, context, "%s", date_error->message);
      goto out;
    }

  {
    g_autofree char *end = entry_field (&e, "end");

    if (end != NULL)
      {
        g_autoptr(GError) end_error = NULL;

        entry_field_position (&e, "end", &line, &column);
        event->end_date = accord_date_parse (end, &end_error);
        if (event->end_date == NULL)
          {
            _accord_markdown_fail (r, line, column, context, "%s", end_error->message);
            goto out;
          }
        if (accord_date_is_interval (event->date))
          {
            _accord_markdown_fail (r, line, column, context,
                                   _("an event whose date is already an interval cannot also have an end"));
            goto out;
          }
        if (accord_date_get_last_day (event->end_date) < accord_date_get_first_day (event->date))
          {
            _accord_markdown_fail (r, line, column, context, _("the event ends (%s) before it starts (%s)"),
                                   accord_date_get_text (event->end_date), accord_date_get_text (event->date));
            goto out;
          }
      }
  }

  /* "**Title** — summary", "Title — summary" or "Title". */
  for (cmark_node *n = cmark_node_first_child (paragraph); n != NULL; n = cmark_node_next (n))
    if (cmark_node_get_type (n) == CMARK_NODE_STRONG)
      {
        strong = n;
        break;
      }
  if (strong != NULL)
    {
      g_autofree char *title = _accord_markdown_plain_text (r, strong);
      const char *found = strstr (rest, title);

      if (found != NULL && title[0] != '\0')
        {
          event->title = g_steal_pointer (&title);
          rest = found + strlen (event->title);
        }
    }
  if (event->title == NULL)
    {
      const char *dash = strstr (rest, " — ");

      event->title = dash != NULL ? g_strndup (rest, dash - rest) : g_strdup (rest);
      rest = dash != NULL ? dash : rest + strlen (rest);
    }
  g_strstrip (event->title);
  while (g_str_has_prefix (rest, " ") || g_str_has_prefix (rest, "—") || g_str_has_prefix (rest, "–") ||
         g_str_has_prefix (rest, ":") || g_str_has_prefix (rest, "."))
    rest = g_utf8_next_char (rest);
  g_string_append (summary, rest);
  for (guint i = 0; i < e.more->len; i++)
    {
      if (summary->len > 0)
        g_string_append (summary, "\n\n");
      g_string_append (summary, g_ptr_array_index (e.more, i));
    }

  if (event->title[0] == '\0')
    {
      _accord_markdown_fail (r, e.line, e.column, context, _("the event needs a title after its date"));
      goto out;
    }

  g_strstrip (summary->str);
  if (summary->str[0] != '\0')
    event->summary = g_strdup (summary->str);
  event->place = entry_field (&e, "place");
  event->date_note = entry_field (&e, "note");
  if (e.in.sources->len > 0)
    event->source = g_ptr_array_index (e.in.sources, 0);

  {
    g_autofree char *source = entry_field (&e, "source");

    if (source != NULL && event->source == NULL)
      {
        event->source = g_hash_table_lookup (r->briefing->source_ids, source);
        if (event->source == NULL)
          {
            entry_field_position (&e, "source", &line, &column);
            _accord_markdown_fail (r, line, column, context, _("no source “%s” (give its id, or cite a footnote)"), source);
            goto out;
          }
      }
  }

  actors = entry_field (&e, "actors");
  if (actors != NULL)
    {
      g_auto(GStrv) names = _accord_markdown_split_list (actors);

      for (guint i = 0; names[i] != NULL; i++)
        {
          AccordActor *actor = _accord_markdown_find_actor (r, names[i]);

          if (actor == NULL)
            {
              entry_field_position (&e, "actors", &line, &column);
              _accord_markdown_fail (r, line, column, context, _("no one named “%s” in People"), names[i]);
              goto out;
            }
          if (!g_ptr_array_find (event->actors, actor, NULL))
            g_ptr_array_add (event->actors, actor);
        }
    }

  id = entry_field (&e, "id");
  if (id != NULL)
    {
      entry_field_position (&e, "id", &line, &column);
      event->id = take_given_id (r, MD_ID_EVENT, id, line, column, context);
      if (event->id == NULL)
        goto out;
    }
  else
    event->id = _accord_markdown_take_id (r, MD_ID_EVENT, event->title, "event");

  _accord_briefing_add_event (r->briefing, event);

  sections = entry_field (&e, "sections");
  if (sections != NULL)
    {
      g_auto(GStrv) names = _accord_markdown_split_list (sections);

      for (guint i = 0; names[i] != NULL; i++)
        {
          AccordSection *section = find_section (r, names[i]);

          if (section == NULL)
            {
              entry_field_position (&e, "sections", &line, &column);
              _accord_markdown_fail (r, line, column, context, _("no section “%s” (give its id or its title)"), names[i]);
              goto out;
            }
          _accord_section_link_event (section, event);
        }
    }
  else if (parent != NULL)
    _accord_section_link_event (parent, event);

  ok = TRUE;

out:
  g_string_free (summary, TRUE);
  entry_clear (&e);

  return ok && r->error == NULL;
}

/*   - 2025-12: **Title** — what happened */
gboolean
_accord_markdown_read_events (AccordMarkdownReader *r,
                              cmark_node           *list,
                              const char           *context,
                              AccordSection        *parent)
{
  for (cmark_node *item = cmark_node_first_child (list); item != NULL && r->error == NULL; item = cmark_node_next (item))
    read_event (r, item, context, parent);

  return r->error == NULL;
}
