/* accord-export-people.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The index of people at the end of every export.  Each block of the
 * export document is read for the actors' names (AccordMentionFinder,
 * the search's folding: a quote's attribution names its speaker, the
 * People block its people); the people named anywhere are listed in the
 * order of the locale's collation (g_utf8_collate_key), Korean names
 * first in Hangul when the locale is Korean, so that they sort as in a
 * Korean index.  Text and Markdown list the titles of the sections that
 * name each person; the PDF and print list pages, with links
 * (accord-export-layout.c places that index itself).
 */

#define G_LOG_DOMAIN "accord-export"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "accord-actor.h"
#include "accord-briefing.h"
#include "accord-export-document.h"
#include "accord-export-people.h"
#include "accord-mention-finder.h"

static void
person_free (gpointer data)
{
  AccordExportPerson *person = data;

  g_free (person->name);
  g_free (person->key);
  g_array_unref (person->blocks);
  g_clear_pointer (&person->pages, g_array_unref);
  g_free (person);
}

const char *
_accord_export_people_title (void)
{
  /* Translators: the heading of the index at the end of an export */
  return _("Index of People");
}

static gboolean
locale_is_korean (void)
{
  const char *collate = setlocale (LC_COLLATE, NULL);

  return collate != NULL && g_str_has_prefix (collate, "ko");
}

static gboolean
has_hangul (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x1100 && c <= 0x11FF))
        return TRUE;
    }
  return FALSE;
}

static char *
listed_name (AccordActor *actor,
             gboolean     korean)
{
  const char *name = accord_actor_get_name (actor);
  const char *native = accord_actor_get_native_name (actor);
  g_autofree char *text = NULL;

  if (native == NULL || g_strcmp0 (native, name) == 0)
    text = g_strdup (name);
  else if (korean && has_hangul (native))
    text = g_strdup_printf ("%s (%s)", native, name);
  else
    text = g_strdup_printf ("%s (%s)", name, native);

  return accord_text_clean (text, ACCORD_EXPORT_CLEAN_LINE);
}

int
_accord_export_person_compare (gconstpointer a,
                               gconstpointer b)
{
  const AccordExportPerson *pa = *(const AccordExportPerson * const *) a;
  const AccordExportPerson *pb = *(const AccordExportPerson * const *) b;
  int order = strcmp (pa->key, pb->key);

  /* Names that collate alike still have one order. */
  return order != 0 ? order : strcmp (pa->name, pb->name);
}

static void
find_in (AccordMentionFinder *finder,
         const char          *text,
         GArray              *mentions)
{
  if (text != NULL)
    accord_mention_finder_find_into (finder, text, mentions);
}

/**
 * _accord_export_people_collect:
 * @blocks: the export document's blocks
 * @finder_out: (out) (transfer full): the finder of the names, for the
 *   PDF layout's pages
 *
 * Returns: (transfer full) (element-type AccordExportPerson): the people
 *   named in @blocks, in the locale's order
 */
GPtrArray *
_accord_export_people_collect (AccordBriefing  *briefing,
                               GPtrArray       *blocks,
                               GObject        **finder_out)
{
  GListModel *actors = accord_briefing_get_actors (briefing);
  g_autoptr(AccordMentionFinder) finder = accord_mention_finder_new (actors);
  g_autoptr(GHashTable) by_actor = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) mentions = g_array_new (FALSE, FALSE, sizeof (AccordMention));
  GPtrArray *people = g_ptr_array_new_with_free_func (person_free);
  gboolean korean = locale_is_korean ();

  *finder_out = g_object_ref (G_OBJECT (finder));
  if (g_list_model_get_n_items (actors) == 0)
    return people;

  for (guint i = 0; i < blocks->len; i++)
    {
      const AccordExportBlock *block = g_ptr_array_index (blocks, i);

      g_array_set_size (mentions, 0);
      find_in (finder, block->text, mentions);
      find_in (finder, block->attribution, mentions);
      find_in (finder, block->note, mentions);

      for (guint m = 0; m < mentions->len; m++)
        {
          AccordActor *actor = g_array_index (mentions, AccordMention, m).actor;
          AccordExportPerson *person = g_hash_table_lookup (by_actor, actor);

          if (person == NULL)
            {
              person = g_new0 (AccordExportPerson, 1);
              person->actor = actor;
              person->pages = g_array_new (FALSE, FALSE, sizeof (guint));
              person->name = listed_name (actor, korean);
              person->key = g_utf8_collate_key (person->name, -1);
              person->blocks = g_array_new (FALSE, FALSE, sizeof (guint));
              g_hash_table_insert (by_actor, actor, person);
              g_ptr_array_add (people, person);
            }
          if (person->blocks->len == 0 ||
              g_array_index (person->blocks, guint, person->blocks->len - 1) != i)
            g_array_append_val (person->blocks, i);
        }
    }

  g_ptr_array_sort (people, _accord_export_person_compare);
  return people;
}

static AccordExportBlock *
append_block (GPtrArray       *blocks,
              AccordBlockKind  kind,
              char            *text)
{
  AccordExportBlock *block = g_new0 (AccordExportBlock, 1);

  block->kind = kind;
  block->text = text;
  block->outline_parent = -1;
  g_ptr_array_add (blocks, block);
  return block;
}

/**
 * _accord_export_people_append:
 *
 * Appends the index as blocks, for the text and Markdown writers: a
 * heading, then one item per person, "Name — Section; Section".
 */
void
_accord_export_people_append (GPtrArray  *blocks,
                              GPtrArray  *people,
                              const char *document_title)
{
  guint n_blocks = blocks->len;
  g_autofree const char **section_of = NULL;
  const char *section = document_title;
  AccordExportBlock *heading;

  if (people->len == 0)
    return;

  /* Each block's section: the heading before it, or the title. */
  section_of = g_new (const char *, n_blocks + 1);
  for (guint i = 0; i < n_blocks; i++)
    {
      const AccordExportBlock *block = g_ptr_array_index (blocks, i);

      if (block->kind == ACCORD_BLOCK_HEADING)
        section = block->text;
      section_of[i] = section;
    }

  heading = append_block (blocks, ACCORD_BLOCK_HEADING, g_strdup (_accord_export_people_title ()));
  heading->level = 1;

  for (guint p = 0; p < people->len; p++)
    {
      const AccordExportPerson *person = g_ptr_array_index (people, p);
      GString *text = g_string_new (person->name);
      const char *last = NULL;

      for (guint b = 0; b < person->blocks->len; b++)
        {
          const char *title = section_of[g_array_index (person->blocks, guint, b)];

          if (title == last)
            continue;
          /* Translators: in the index of people, between a name and the
           * sections that name them, then between sections */
          g_string_append (text, last == NULL ? _(" — ") : _("; "));
          g_string_append (text, title);
          last = title;
        }
      append_block (blocks, ACCORD_BLOCK_ITEM, g_string_free (text, FALSE));
    }
}

/* Pages: a name is on the page of the line that shows it.  A name broken
 * across two lines is in neither line's text: it counts on the page where
 * its block starts. */
struct _AccordExportPeoplePages
{
  AccordMentionFinder *finder;
  GHashTable *by_actor;        /* AccordActor -> AccordExportPerson */
  GHashTable *found;           /* "block:actor" pairs seen in a line */
  GHashTable *first_page;      /* block -> its first page + 1 */
  GPtrArray *people;
  GArray *mentions;
};

static void
add_page (AccordExportPerson *person,
          guint               page)
{
  for (guint i = person->pages->len; i > 0; i--)
    if (g_array_index (person->pages, guint, i - 1) == page)
      return;
  g_array_append_val (person->pages, page);
}

AccordExportPeoplePages *
_accord_export_people_pages_new (GObject   *finder,
                                 GPtrArray *people)
{
  AccordExportPeoplePages *pages = g_new0 (AccordExportPeoplePages, 1);

  pages->finder = g_object_ref (ACCORD_MENTION_FINDER (finder));
  pages->by_actor = g_hash_table_new (NULL, NULL);
  pages->found = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  pages->first_page = g_hash_table_new (NULL, NULL);
  pages->people = people;
  pages->mentions = g_array_new (FALSE, FALSE, sizeof (AccordMention));
  for (guint i = 0; i < people->len; i++)
    {
      AccordExportPerson *person = g_ptr_array_index (people, i);

      g_array_set_size (person->pages, 0);
      g_hash_table_insert (pages->by_actor, person->actor, person);
    }
  return pages;
}

void
_accord_export_people_pages_add_line (AccordExportPeoplePages *pages,
                                      guint                    block,
                                      guint                    page,
                                      const char              *text,
                                      gsize                    length)
{
  g_autofree char *line = g_strndup (text, length);

  if (!g_hash_table_contains (pages->first_page, GUINT_TO_POINTER (block)))
    g_hash_table_insert (pages->first_page, GUINT_TO_POINTER (block), GUINT_TO_POINTER (page + 1));

  g_array_set_size (pages->mentions, 0);
  accord_mention_finder_find_into (pages->finder, line, pages->mentions);
  for (guint i = 0; i < pages->mentions->len; i++)
    {
      gpointer actor = g_array_index (pages->mentions, AccordMention, i).actor;
      AccordExportPerson *person = g_hash_table_lookup (pages->by_actor, actor);

      if (person == NULL)
        continue;
      add_page (person, page);
      g_hash_table_add (pages->found, g_strdup_printf ("%u:%p", block, actor));
    }
}

static int
compare_guint (gconstpointer a,
               gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

void
_accord_export_people_pages_finish (AccordExportPeoplePages *pages)
{
  for (guint p = 0; p < pages->people->len; p++)
    {
      AccordExportPerson *person = g_ptr_array_index (pages->people, p);

      for (guint b = 0; b < person->blocks->len; b++)
        {
          guint block = g_array_index (person->blocks, guint, b);
          g_autofree char *pair = g_strdup_printf ("%u:%p", block, person->actor);
          guint first = GPOINTER_TO_UINT (g_hash_table_lookup (pages->first_page, GUINT_TO_POINTER (block)));

          if (!g_hash_table_contains (pages->found, pair) && first > 0)
            add_page (person, first - 1);
        }
      g_array_sort (person->pages, compare_guint);
    }

  g_object_unref (pages->finder);
  g_hash_table_unref (pages->by_actor);
  g_hash_table_unref (pages->found);
  g_hash_table_unref (pages->first_page);
  g_array_unref (pages->mentions);
  g_free (pages);
}
