/* accord-search-match.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-search"

/* For memmem(), which scans the vocabulary far faster than a loop. */
#define _GNU_SOURCE

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "accord-search-private.h"

/* Querying the index
 *
 * Each term fills three bitmaps over the fields: where it matches exactly,
 * where only as a prefix, where only as a substring.  Setting a bit per
 * posting is the whole cost of a common word; the bitmaps are small (one
 * bit per field) and stay in cache. */

/* The range [*lo, *hi) of words that start with @prefix. */
static void
find_prefix_range (AccordSearchIndex *self,
                   const char        *prefix,
                   gsize              len,
                   guint             *lo,
                   guint             *hi)
{
  guint a = 0, b = self->n_words;

  while (a < b)
    {
      guint mid = a + (b - a) / 2;

      if (strcmp (self->vocabulary + self->word_offsets[mid], prefix) < 0)
        a = mid + 1;
      else
        b = mid;
    }
  *lo = a;

  b = self->n_words;
  while (a < b)
    {
      guint mid = a + (b - a) / 2;

      if (strncmp (self->vocabulary + self->word_offsets[mid], prefix, len) == 0)
        a = mid + 1;
      else
        b = mid;
    }
  *hi = a;
}

static inline gboolean
word_is (AccordSearchIndex *self,
         guint              id,
         const char        *word,
         gsize              len)
{
  return self->word_offsets[id + 1] - self->word_offsets[id] == len + 1 &&
         memcmp (self->vocabulary + self->word_offsets[id], word, len) == 0;
}

/* The word of the vocabulary that the byte at @offset belongs to. */
static guint
word_at (AccordSearchIndex *self,
         gsize              offset)
{
  guint a = 0, b = self->n_words;

  while (b - a > 1)
    {
      guint mid = a + (b - a) / 2;

      if (self->word_offsets[mid] <= offset)
        a = mid;
      else
        b = mid;
    }

  return a;
}

/* Returns how many postings matched: zero when the term is nowhere. */
gsize
_accord_search_match_word_term (AccordSearchIndex      *self,
                                const AccordSearchTerm *term,
                                guint64                *exact,
                                guint64                *prefix,
                                guint64                *substring)
{
  const char *needle = term->words[0];
  gsize len = term->lengths[0];
  const guint64 *union_bits;
  gsize n = 0;
  guint lo, hi;

  find_prefix_range (self, needle, len, &lo, &hi);

  /* The exact word, if any, sorts first among the words it prefixes. */
  if (lo < hi && word_is (self, lo, needle, len))
    {
      _accord_search_set_word_bits (self, lo, exact);
      n += _accord_search_word_frequency (self, lo++);
    }
  union_bits = g_hash_table_lookup (self->prefix_unions, needle);
  if (union_bits != NULL)
    {
      for (guint w = 0; w < self->n64; w++)
        prefix[w] |= union_bits[w];
      n += self->posting_offsets[hi] - self->posting_offsets[lo];
    }
  else
    {
      for (guint id = lo; id < hi; id++)
        {
          _accord_search_set_word_bits (self, id, prefix);
          n += _accord_search_word_frequency (self, id);
        }
    }

  if (term->substring)
    {
      const char *pool = self->vocabulary;
      const char *end = pool + self->vocabulary_len;
      const char *hit = pool;

      /* Words are NUL separated and the needle has no NUL, so a hit never
       * spans two words. */
      while ((hit = memmem (hit, end - hit, needle, len)) != NULL)
        {
          guint id = word_at (self, hit - pool);

          if (self->vocabulary + self->word_offsets[id] != hit)
            {
              _accord_search_set_word_bits (self, id, substring);
              n += _accord_search_word_frequency (self, id);
            }
          hit = self->vocabulary + self->word_offsets[id + 1];
        }
    }

  return n;
}

/* The field that holds the word at @position, searching forward from
 * *@cursor: positions come in ascending order. */
static guint32
field_at_position (AccordSearchIndex *self,
                   guint32            position,
                   guint32           *cursor)
{
  const AccordSearchIndexField *fields = (const AccordSearchIndexField *) (void *) self->fields->data;
  guint32 n_fields = self->fields->len;
  guint32 lo = *cursor, step = 1, hi;

  while (lo + step < n_fields && fields[lo + step].first_token <= position)
    {
      lo += step;
      step *= 2;
    }
  hi = MIN (lo + step, n_fields);
  while (hi - lo > 1)
    {
      guint32 mid = lo + (hi - lo) / 2;

      if (fields[mid].first_token <= position)
        lo = mid;
      else
        hi = mid;
    }

  *cursor = lo;
  return lo;
}

/* The first index at or after @from whose value is at least @target. */
static inline gsize
gallop (const guint32 *values,
        gsize          from,
        gsize          n,
        guint32        target)
{
  gsize lo = from, step = 1, hi;

  if (lo >= n || values[lo] >= target)
    return lo;

  /* values[lo] < target from here on. */
  while (lo + step < n && values[lo + step] < target)
    {
      lo += step;
      step *= 2;
    }
  hi = MIN (lo + step, n);
  while (hi - lo > 1)
    {
      gsize mid = lo + (hi - lo) / 2;

      if (values[mid] < target)
        lo = mid;
      else
        hi = mid;
    }

  return hi;
}

/* The phrase starts s such that s + @shift_a is in @a and s + @shift_b is
 * in @b.  Galloping makes this cheap when one list is much shorter, and a
 * plain merge when they are alike.  Each start is written to @out if it is
 * not NULL, else its field is marked in @bits.  Returns how many. */
static gsize
intersect_positions (AccordSearchIndex *self,
                     const guint32     *a,
                     gsize              n_a,
                     guint32            shift_a,
                     const guint32     *b,
                     gsize              n_b,
                     guint32            shift_b,
                     guint32           *out,
                     guint64           *bits)
{
  gsize i = gallop (a, 0, n_a, shift_a);
  gsize j = gallop (b, 0, n_b, shift_b);
  guint32 cursor = 0;
  gsize n = 0;

  /* Lists of like length: a merge whose steps do not branch, as which
   * list moves next cannot be predicted. */
  if (MIN (n_a, n_b) * 4 > MAX (n_a, n_b))
    {
      while (i < n_a && j < n_b)
        {
          guint32 start_a = a[i] - shift_a;
          guint32 start_b = b[j] - shift_b;

          if (G_UNLIKELY (start_a == start_b))
            {
              if (out != NULL)
                out[n] = start_a;
              else
                _accord_search_set_bit (bits, field_at_position (self, start_a, &cursor));
              n++;
            }
          i += start_a <= start_b;
          j += start_b <= start_a;
        }

      return n;
    }

  while (i < n_a && j < n_b)
    {
      guint32 start_a = a[i] - shift_a;
      guint32 start_b = b[j] - shift_b;

      if (start_a < start_b)
        i = gallop (a, i + 1, n_a, start_b + shift_a);
      else if (start_b < start_a)
        j = gallop (b, j + 1, n_b, start_a + shift_b);
      else
        {
          if (out != NULL)
            out[n] = start_a;
          else
            _accord_search_set_bit (bits, field_at_position (self, start_a, &cursor));
          n++;
          i++;
          j++;
        }
    }

  return n;
}

static inline const guint32 *
word_occurrences (AccordSearchIndex *self,
                  guint              word,
                  gsize             *n)
{
  *n = self->occurrence_offsets[word + 1] - self->occurrence_offsets[word];
  return self->occurrences + self->occurrence_offsets[word];
}

/* Where @a is followed by @b, if both are common words. */
static const guint32 *
pair_occurrences (AccordSearchIndex *self,
                  guint              a,
                  guint              b,
                  gsize             *n)
{
  guint slot;

  if (self->common_rank == NULL || self->common_rank[a] == 0 || self->common_rank[b] == 0)
    return NULL;

  slot = (self->common_rank[a] - 1) * self->n_common + self->common_rank[b] - 1;
  *n = self->pair_offsets[slot + 1] - self->pair_offsets[slot];
  return self->pairs + self->pair_offsets[slot];
}

typedef struct
{
  const guint32 *positions;
  gsize n;
  guint32 shift;            /* start of the phrase = position - shift */
} AccordSearchPositionList;

static int
compare_position_lists (gconstpointer a,
                        gconstpointer b)
{
  const AccordSearchPositionList *la = a;
  const AccordSearchPositionList *lb = b;

  return la->n < lb->n ? -1 : la->n > lb->n ? 1 : 0;
}

/* Returns how many times the phrase occurs.  Its start must be in every
 * list: the positions of each word but the last, and of each pair of
 * common words, shortest list first; then the last word, which may be a
 * prefix, is looked for after each start. */
gsize
_accord_search_match_phrase_term (AccordSearchIndex      *self,
                                  const AccordSearchTerm *term,
                                  guint64                *exact,
                                  guint64                *prefix)
{
  guint n_words = term->n_words;
  guint last = n_words - 1;
  g_autofree guint *ids = g_new (guint, n_words);
  g_autofree gboolean *covered = g_new0 (gboolean, n_words);
  g_autofree AccordSearchPositionList *lists = g_new (AccordSearchPositionList, 2 * n_words);
  g_autofree guint32 *starts = NULL;
  g_autofree guint32 *scratch = NULL;
  AccordSearchPositionList current;
  gboolean only_previous;
  guint n_lists = 0;
  guint lo, hi, exact_last = G_MAXUINT;
  gsize found = 0;

  for (guint j = 0; j < last; j++)
    {
      guint a, b;

      find_prefix_range (self, term->words[j], term->lengths[j], &a, &b);
      if (a == b || !word_is (self, a, term->words[j], term->lengths[j]))
        return 0;
      ids[j] = a;
      if (j > 0)
        {
          lists[n_lists].positions = pair_occurrences (self, ids[j - 1], a, &lists[n_lists].n);
          lists[n_lists].shift = j - 1;
          if (lists[n_lists].positions != NULL)
            {
              covered[j - 1] = covered[j] = TRUE;
              n_lists++;
            }
        }
    }

  /* A word in a pair needs no list of its own. */
  for (guint j = 0; j < last; j++)
    {
      if (covered[j])
        continue;
      lists[n_lists].positions = word_occurrences (self, ids[j], &lists[n_lists].n);
      lists[n_lists++].shift = j;
    }

  find_prefix_range (self, term->words[last], term->lengths[last], &lo, &hi);
  if (lo == hi)
    return 0;
  if (word_is (self, lo, term->words[last], term->lengths[last]))
    exact_last = lo;

  qsort (lists, n_lists, sizeof (AccordSearchPositionList), compare_position_lists);
  current = lists[0];

  /* Two words, "of the": the pair list alone holds the answer. */
  only_previous = last == 1;

  if (n_lists > 1)
    {
      starts = g_new (guint32, current.n + 1);
      scratch = g_new (guint32, current.n + 1);
    }
  for (guint k = 1; k < n_lists; k++)
    {
      current.n = intersect_positions (self, current.positions, current.n, current.shift,
                                       lists[k].positions, lists[k].n, lists[k].shift,
                                       scratch, NULL);
      memcpy (starts, scratch, current.n * sizeof (guint32));
      current.positions = starts;
      current.shift = 0;
      if (current.n == 0)
        return 0;
    }

  for (guint id = lo; id < hi; id++)
    {
      const guint32 *positions;
      gsize n;
      guint32 shift = last - 1;

      positions = pair_occurrences (self, ids[last - 1], id, &n);
      if (positions != NULL && only_previous)
        {
          guint64 *bits = id == exact_last ? exact : prefix;
          guint32 cursor = 0;

          for (gsize i = 0; i < n; i++)
            _accord_search_set_bit (bits, field_at_position (self, positions[i], &cursor));
          found += n;
          continue;
        }
      if (positions == NULL)
        {
          positions = word_occurrences (self, id, &n);
          shift = last;
        }
      found += intersect_positions (self, current.positions, current.n, current.shift,
                                    positions, n, shift, NULL,
                                    id == exact_last ? exact : prefix);
    }

  return found;
}
