/* accord-mention-finder.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Names are folded into words exactly as the search folds text
 * (accord-search-fold.c), and so is the text searched: a mention is a run
 * of whole folded words equal to a name's, so "Lee" is never found inside
 * "Leeds" and "José" is found as "JOSE".  Where several names start at one
 * word the longest wins ("Kim Min-jun" over "Kim"), and the text is read
 * left to right, so mentions never overlap.  Korean attaches particles to
 * the word before them ("윤석열은", "정부의"): a name that ends in Hangul
 * is also found before one of the common particles, which stays outside
 * the mention.
 */

#define G_LOG_DOMAIN "accord-mention"

#include "config.h"

#include <string.h>

#include "accord-actor.h"
#include "accord-mention-finder.h"
#include "accord-search-private.h"

typedef struct
{
  char       **words;     /* folded */
  guint       *lengths;
  guint        n_words;
  AccordActor *actor;
} Name;

struct _AccordMentionFinder
{
  GObject parent_instance;

  GPtrArray  *names;      /* Name, owned */
  GHashTable *by_first;   /* first folded word -> GPtrArray of Name, longest first */
  GMutex      lock;       /* of folder, shared by the calls of one thread */
  AccordSearchFolder folder;
};

G_DEFINE_FINAL_TYPE (AccordMentionFinder, accord_mention_finder, G_TYPE_OBJECT)

/* The particles and endings that follow a name in Korean text, as whole
 * syllables; the longest are tried first. */
static const char * const hangul_particles[] = {
  "에게서", "으로서", "으로써", "이라는",
  "께서", "에게", "에서", "으로", "이나", "이랑", "처럼", "보다", "까지",
  "부터", "조차", "마저", "라는", "한테", "로서", "로써", "이다", "이며",
  "은", "는", "이", "가", "을", "를", "의", "에", "와", "과", "도", "만",
  "로", "나", "랑", "께", "씨", "측",
};

static void
name_free (gpointer data)
{
  Name *name = data;

  g_strfreev (name->words);
  g_free (name->lengths);
  g_free (name);
}

static void
accord_mention_finder_finalize (GObject *object)
{
  AccordMentionFinder *self = (AccordMentionFinder *)object;

  g_clear_pointer (&self->by_first, g_hash_table_unref);
  g_clear_pointer (&self->names, g_ptr_array_unref);
  _accord_search_folder_clear (&self->folder);
  g_mutex_clear (&self->lock);

  G_OBJECT_CLASS (accord_mention_finder_parent_class)->finalize (object);
}

static void
accord_mention_finder_class_init (AccordMentionFinderClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = accord_mention_finder_finalize;
}

static void
accord_mention_finder_init (AccordMentionFinder *self)
{
  self->names = g_ptr_array_new_with_free_func (name_free);
  self->by_first = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                          (GDestroyNotify) g_ptr_array_unref);
  g_mutex_init (&self->lock);
  _accord_search_folder_init (&self->folder, TRUE);
}

static gboolean
is_hangul_syllable (gunichar c)
{
  return c >= 0xAC00 && c <= 0xD7A3;
}

static gboolean
ends_in_hangul (const char *word,
                guint       len)
{
  const char *last;

  if (len == 0)
    return FALSE;
  last = g_utf8_find_prev_char (word, word + len);
  return last != NULL && is_hangul_syllable (g_utf8_get_char (last));
}

static gboolean
is_hangul_particle (const char *text,
                    guint       len)
{
  for (guint i = 0; i < G_N_ELEMENTS (hangul_particles); i++)
    if (strlen (hangul_particles[i]) == len && memcmp (hangul_particles[i], text, len) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
same_words (const Name *a,
            const Name *b)
{
  if (a->n_words != b->n_words)
    return FALSE;
  for (guint i = 0; i < a->n_words; i++)
    if (a->lengths[i] != b->lengths[i] || memcmp (a->words[i], b->words[i], a->lengths[i]) != 0)
      return FALSE;
  return TRUE;
}

static int
compare_longest_first (gconstpointer a,
                       gconstpointer b)
{
  const Name *na = *(const Name * const *) a;
  const Name *nb = *(const Name * const *) b;

  return (int) nb->n_words - (int) na->n_words;
}

static void
add_name (AccordMentionFinder *self,
          const char          *text,
          AccordActor         *actor)
{
  GPtrArray *candidates;
  Name *name;

  if (text == NULL || text[0] == '\0')
    return;

  _accord_search_folder_run (&self->folder, text);
  if (self->folder.words->len == 0)
    return;

  name = g_new0 (Name, 1);
  name->n_words = self->folder.words->len;
  name->words = g_new0 (char *, name->n_words + 1);
  name->lengths = g_new (guint, name->n_words);
  name->actor = actor;
  for (guint i = 0; i < name->n_words; i++)
    {
      const char *word = _accord_search_folder_word (&self->folder, i, &name->lengths[i]);
      name->words[i] = g_strndup (word, name->lengths[i]);
    }

  candidates = g_hash_table_lookup (self->by_first, name->words[0]);
  if (candidates == NULL)
    {
      candidates = g_ptr_array_new ();
      g_hash_table_insert (self->by_first, name->words[0], candidates);
    }

  /* Two actors of one name: the first in the briefing keeps it. */
  for (guint i = 0; i < candidates->len; i++)
    if (same_words (g_ptr_array_index (candidates, i), name))
      {
        name_free (name);
        return;
      }

  g_ptr_array_add (self->names, name);
  g_ptr_array_add (candidates, name);
  /* Stable, so equal lengths keep the briefing's order. */
  g_ptr_array_sort (candidates, compare_longest_first);
}

/* How long a match of @name's words is from the text's word @first, in
 * bytes of the folded last word matched (0: no match). */
static guint
match_name (AccordSearchFolder *folder,
            guint               first,
            const Name         *name,
            gboolean            particle_on_first)
{
  guint n_text = folder->words->len;
  guint matched_last = 0;

  if (first + name->n_words > n_text)
    return 0;

  for (guint j = 0; j < name->n_words; j++)
    {
      guint len;
      const char *word = _accord_search_folder_word (folder, first + j, &len);
      gboolean last = j + 1 == name->n_words;

      if (len == name->lengths[j] && memcmp (word, name->words[j], len) == 0)
        {
          matched_last = len;
          continue;
        }

      if (last && (j > 0 || particle_on_first) &&
          len > name->lengths[j] &&
          memcmp (word, name->words[j], name->lengths[j]) == 0 &&
          ends_in_hangul (name->words[j], name->lengths[j]) &&
          is_hangul_particle (word + name->lengths[j], len - name->lengths[j]))
        {
          matched_last = name->lengths[j];
          continue;
        }

      return 0;
    }

  return matched_last;
}

static gboolean
find_at (AccordSearchFolder *folder,
         GPtrArray          *candidates,
         guint               first,
         gboolean            particle_on_first,
         AccordMention      *mention,
         guint              *n_words)
{
  if (candidates == NULL)
    return FALSE;

  for (guint c = 0; c < candidates->len; c++)
    {
      const Name *name = g_ptr_array_index (candidates, c);
      guint last_len = match_name (folder, first, name, particle_on_first);
      const AccordSearchFoldedWord *start, *end;

      if (last_len == 0)
        continue;

      start = &g_array_index (folder->words, AccordSearchFoldedWord, first);
      end = &g_array_index (folder->words, AccordSearchFoldedWord, first + name->n_words - 1);
      mention->start = folder->starts[start->start];
      mention->end = folder->ends[end->start + last_len - 1];
      mention->actor = name->actor;
      *n_words = name->n_words;
      return TRUE;
    }

  return FALSE;
}

static void
find_in_folded (AccordMentionFinder *self,
                AccordSearchFolder  *folder,
                GArray              *mentions)
{
  guint n_text = folder->words->len;

  for (guint i = 0; i < n_text;)
    {
      guint len;
      const char *word = _accord_search_folder_word (folder, i, &len);
      AccordMention mention;
      guint n_words = 0;

      if (find_at (folder, g_hash_table_lookup (self->by_first, word), i, FALSE, &mention, &n_words))
        {
          g_array_append_val (mentions, mention);
          i += n_words;
          continue;
        }

      /* A one-word Korean name with its particle: "윤석열은". */
      if (ends_in_hangul (word, len))
        {
          for (guint p = 0; p < G_N_ELEMENTS (hangul_particles); p++)
            {
              guint plen = strlen (hangul_particles[p]);
              g_autofree char *stem = NULL;

              if (plen >= len || memcmp (word + len - plen, hangul_particles[p], plen) != 0)
                continue;
              stem = g_strndup (word, len - plen);
              if (find_at (folder, g_hash_table_lookup (self->by_first, stem), i, TRUE, &mention, &n_words) &&
                  n_words == 1)
                {
                  g_array_append_val (mentions, mention);
                  break;
                }
            }
        }
      i++;
    }
}

/**
 * accord_mention_finder_new:
 * @actors: a list of #AccordActor
 *
 * Returns: (transfer full): a finder of the actors' names and native
 *   names; it keeps pointers to the actors, not references: keep their
 *   briefing alive while using it.
 */
AccordMentionFinder *
accord_mention_finder_new (GListModel *actors)
{
  AccordMentionFinder *self;
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (actors), NULL);

  self = g_object_new (ACCORD_TYPE_MENTION_FINDER, NULL);
  n = g_list_model_get_n_items (actors);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AccordActor) actor = g_list_model_get_item (actors, i);

      add_name (self, accord_actor_get_name (actor), actor);
      add_name (self, accord_actor_get_native_name (actor), actor);
    }

  return self;
}

/* How many distinct names (names and native names) are looked for. */
guint
accord_mention_finder_get_n_names (AccordMentionFinder *self)
{
  g_return_val_if_fail (ACCORD_IS_MENTION_FINDER (self), 0);

  return self->names->len;
}

/**
 * accord_mention_finder_find_into:
 * @mentions: a #GArray of #AccordMention, appended to
 *
 * Safe to call from several threads at once.
 *
 * Returns: whether anything was appended
 */
gboolean
accord_mention_finder_find_into (AccordMentionFinder *self,
                                 const char          *text,
                                 GArray              *mentions)
{
  guint before;

  g_return_val_if_fail (ACCORD_IS_MENTION_FINDER (self), FALSE);
  g_return_val_if_fail (mentions != NULL, FALSE);

  if (text == NULL || text[0] == '\0' || self->names->len == 0)
    return FALSE;

  before = mentions->len;

  /* The shared folder keeps its buffers from call to call; another
   * thread at the same time gets one of its own. */
  if (g_mutex_trylock (&self->lock))
    {
      _accord_search_folder_run (&self->folder, text);
      find_in_folded (self, &self->folder, mentions);
      g_mutex_unlock (&self->lock);
    }
  else
    {
      AccordSearchFolder folder;

      _accord_search_folder_init (&folder, TRUE);
      _accord_search_folder_run (&folder, text);
      find_in_folded (self, &folder, mentions);
      _accord_search_folder_clear (&folder);
    }

  return mentions->len > before;
}

/**
 * accord_mention_finder_find:
 *
 * Returns: (transfer full): the #AccordMention in @text, in order
 */
GArray *
accord_mention_finder_find (AccordMentionFinder *self,
                            const char          *text)
{
  GArray *mentions = g_array_new (FALSE, FALSE, sizeof (AccordMention));

  g_return_val_if_fail (ACCORD_IS_MENTION_FINDER (self), mentions);

  accord_mention_finder_find_into (self, text, mentions);
  return mentions;
}
