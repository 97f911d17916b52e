/* accord-search-index.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-search"

/* For memmem(), which scans the vocabulary far faster than a loop. */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "accord-briefing.h"
#include "accord-search-private.h"

/*
 * How matching works.
 *
 * Text is folded one character at a time: compatibility decomposition
 * (NFKD), combining marks dropped, then case folded, so "Séoul", "SEOUL" and
 * "seoul" are the same word.  Precomposed Hangul syllables are kept whole,
 * and conjoining jamo are composed back into syllables, so that Korean text
 * and queries meet as syllables whatever form they were typed in; a query
 * of one syllable then matches inside words.  Anything that is not a letter,
 * a digit or a spacing mark separates words.  Every folded byte remembers
 * the source character it came from, which is how ranges map back to the
 * original text.
 *
 * A query is a list of terms, at most MAX_TERMS: single words, or phrases
 * (a "quoted" string, or a word with punctuation inside such as
 * "gyu-back"), whose words must follow one another.  A word matches a
 * word of the text exactly, as a prefix, or — for words of at least three
 * characters, or written in a script without spaces between words — as a
 * substring.  In a phrase every word must match exactly except the last,
 * which may be a prefix, so a phrase still matches while it is typed.
 *
 * Scope of AND: one object (a section without its quotes, a quote with its
 * speaker's names, an actor, an event) must contain every term, in any of
 * its fields.  Each field of such an object that contains at least one
 * term matches.  Fields are ranked by how many terms they contain, then by
 * how well they match (the worst of them: exact, prefix, substring), then
 * by weight (title > summary and key points > quotes > body), then in
 * document order: sections with their quotes, then actors, then events.
 * An object is one result, shown by its best field and ranked by it; the
 * number of its other matching fields comes with it, so a section found in
 * its key points and in its body is listed once.
 *
 * The index keeps, for a briefing: a sorted vocabulary of folded words
 * (prefixes are a range in it, found by binary search; substrings are found
 * by scanning it, not the text); for each word the ascending list of the
 * fields that contain it, and the ascending list of its positions, which
 * phrases intersect; for short, common prefixes the union of their words'
 * fields.  A query reads only the lists of the words it matches, into
 * bitmaps over the fields (one bit per field, allocated once per index),
 * and ranks by combining bitmaps a word at a time, so that even a query
 * matching every field costs a few passes over a few kilobytes.
 */

enum {
  MATCH_EXACT,
  MATCH_PREFIX,
  MATCH_SUBSTRING,
};

G_DEFINE_FINAL_TYPE (AccordSearchIndex, accord_search_index, G_TYPE_OBJECT)

/* Bitmaps over fields */

static inline gboolean
get_bit (const guint64 *bits,
         guint32        i)
{
  return (bits[i >> 6] >> (i & 63)) & 1;
}

static inline guint
lowest_bit (guint64 bits)
{
#if defined(__GNUC__) || defined(__clang__)
  return __builtin_ctzll (bits);
#else
  guint n = 0;

  while ((bits & 1) == 0)
    {
      bits >>= 1;
      n++;
    }
  return n;
#endif
}

static inline guint
count_ones (guint64 bits)
{
#if defined(__GNUC__) || defined(__clang__)
  return __builtin_popcountll (bits);
#else
  guint n = 0;

  for (; bits != 0; bits &= bits - 1)
    n++;
  return n;
#endif
}

/* Whether any bit of [from, to) is set. */
static gboolean
range_has_bit (const guint64 *bits,
               guint32        from,
               guint32        to)
{
  guint first, last;
  guint64 head, tail;

  if (from >= to)
    return FALSE;

  first = from >> 6;
  last = (to - 1) >> 6;
  head = ~G_GUINT64_CONSTANT (0) << (from & 63);
  tail = ~G_GUINT64_CONSTANT (0) >> (63 - ((to - 1) & 63));

  if (first == last)
    return (bits[first] & head & tail) != 0;
  if (bits[first] & head)
    return TRUE;
  for (guint i = first + 1; i < last; i++)
    if (bits[i] != 0)
      return TRUE;
  return (bits[last] & tail) != 0;
}

static void
set_range (guint64 *bits,
           guint32  from,
           guint32  to)
{
  guint first, last;
  guint64 head, tail;

  if (from >= to)
    return;

  first = from >> 6;
  last = (to - 1) >> 6;
  head = ~G_GUINT64_CONSTANT (0) << (from & 63);
  tail = ~G_GUINT64_CONSTANT (0) >> (63 - ((to - 1) & 63));

  if (first == last)
    {
      bits[first] |= head & tail;
      return;
    }
  bits[first] |= head;
  for (guint i = first + 1; i < last; i++)
    bits[i] = ~G_GUINT64_CONSTANT (0);
  bits[last] |= tail;
}

/* A min-heap on key keeps the best max_results candidates. */
static void
heap_sift_down (AccordSearchCandidate *heap,
                guint                  n,
                guint                  i)
{
  for (;;)
    {
      guint smallest = i, l = 2 * i + 1, r = 2 * i + 2;
      AccordSearchCandidate tmp;

      if (l < n && heap[l].key < heap[smallest].key)
        smallest = l;
      if (r < n && heap[r].key < heap[smallest].key)
        smallest = r;
      if (smallest == i)
        return;
      tmp = heap[i];
      heap[i] = heap[smallest];
      heap[smallest] = tmp;
      i = smallest;
    }
}

static void
heap_sift_up (AccordSearchCandidate *heap,
              guint                  i)
{
  while (i > 0)
    {
      guint parent = (i - 1) / 2;
      AccordSearchCandidate tmp;

      if (heap[parent].key <= heap[i].key)
        return;
      tmp = heap[i];
      heap[i] = heap[parent];
      heap[parent] = tmp;
      i = parent;
    }
}

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const AccordSearchCandidate *ca = a;
  const AccordSearchCandidate *cb = b;

  return ca->key > cb->key ? -1 : ca->key < cb->key ? 1 : 0;
}

/* Scratch bitmaps of a query: four for the whole query, then three for
 * each term: where it matches exactly, only as a prefix, at all. */
enum {
  SCRATCH_RESULTS,
  SCRATCH_ALL,
  SCRATCH_ALL_EXACT,
  SCRATCH_ALL_PREFIX,
  N_SCRATCH
};

enum {
  TERM_EXACT,
  TERM_PREFIX,
  TERM_ANY,
  N_TERM_BITMAPS
};

static inline guint64 *
scratch_bitmap (AccordSearchIndex *self,
                guint              which)
{
  return self->bitmaps + (gsize) which * self->n64;
}

static inline guint64 *
term_bitmap (AccordSearchIndex *self,
             guint              term,
             guint              which)
{
  return scratch_bitmap (self, N_SCRATCH + N_TERM_BITMAPS * term + which);
}

static inline guint
score_of (guint n_matched,
          guint match,
          guint weight)
{
  return n_matched * 100 + (MATCH_SUBSTRING - match) * 10 + weight;
}

/* Fields in an object that has every term must count even if they hold
 * only some of the terms; those come after the fields that hold them all,
 * ranked field by field. */
static void
collect_partial (AccordSearchIndex *self,
                 AccordSearchQuery *query,
                 guint              room,
                 GArray            *out)
{
  const guint64 *results = scratch_bitmap (self, SCRATCH_RESULTS);
  const guint64 *all = scratch_bitmap (self, SCRATCH_ALL);
  g_autofree AccordSearchCandidate *heap = NULL;
  guint n_partial = 0;
  guint n_heap = 0;

  for (guint w = 0; w < self->n64; w++)
    n_partial += count_ones (results[w] & ~all[w]);
  room = MIN (room, n_partial);
  if (room == 0)
    return;
  heap = g_new (AccordSearchCandidate, room);

  for (guint w = 0; w < self->n64; w++)
    {
      guint64 bits = results[w] & ~all[w];

      while (bits != 0)
        {
          guint32 f = w * 64 + lowest_bit (bits);
          guint n_matched = 0, worst = MATCH_EXACT;
          AccordSearchCandidate candidate;

          bits &= bits - 1;

          for (guint t = 0; t < query->n_terms; t++)
            {
              if (!get_bit (term_bitmap (self, t, TERM_ANY), f))
                continue;
              n_matched++;
              if (!get_bit (term_bitmap (self, t, TERM_EXACT), f))
                worst = MAX (worst, get_bit (term_bitmap (self, t, TERM_PREFIX), f)
                                    ? MATCH_PREFIX : MATCH_SUBSTRING);
            }

          candidate.field = f;
          candidate.key = ((guint64) score_of (n_matched, worst,
                                               g_array_index (self->fields, AccordSearchIndexField, f).weight) << 32) |
                          (guint64) (G_MAXUINT32 - f);

          if (n_heap < room)
            {
              heap[n_heap] = candidate;
              heap_sift_up (heap, n_heap++);
            }
          else if (candidate.key > heap[0].key)
            {
              heap[0] = candidate;
              heap_sift_down (heap, n_heap, 0);
            }
        }
    }

  qsort (heap, n_heap, sizeof (AccordSearchCandidate), compare_candidates);
  g_array_append_vals (out, heap, n_heap);
}

/* Bitmap of the fields that match, and the total.  An object must hold
 * every term; then each of its fields that holds any term is a result. */
static guint
find_results (AccordSearchIndex *self,
              AccordSearchQuery *query,
              guint              rarest)
{
  guint64 *results = scratch_bitmap (self, SCRATCH_RESULTS);
  const guint64 *rarest_bits = term_bitmap (self, rarest, TERM_ANY);
  guint count = 0;

  if (query->n_terms == 1)
    {
      memcpy (results, rarest_bits, self->n64 * sizeof (guint64));
    }
  else
    {
      memset (results, 0, self->n64 * sizeof (guint64));

      /* Walk the objects of the rarest term. */
      for (guint32 f = 0; f < self->fields->len;)
        {
          guint w = f >> 6;
          guint64 bits = rarest_bits[w] & (~G_GUINT64_CONSTANT (0) << (f & 63));
          const AccordSearchIndexObject *object;
          gboolean has_all = TRUE;

          while (bits == 0)
            {
              if (++w >= self->n64)
                goto walked;
              bits = rarest_bits[w];
            }
          f = w * 64 + lowest_bit (bits);

          object = &g_array_index (self->objects, AccordSearchIndexObject, self->field_objects[f]);
          for (guint t = 0; t < query->n_terms && has_all; t++)
            has_all = t == rarest ||
                      range_has_bit (term_bitmap (self, t, TERM_ANY),
                                     object->first_field, object->end_field);
          if (has_all)
            set_range (results, object->first_field, object->end_field);
          f = object->end_field;
        }

    walked:
      for (guint w = 0; w < self->n64; w++)
        {
          guint64 any = 0;

          for (guint t = 0; t < query->n_terms; t++)
            any |= term_bitmap (self, t, TERM_ANY)[w];
          results[w] &= any;
        }
    }

  for (guint w = 0; w < self->n64; w++)
    count += count_ones (results[w]);

  return count;
}

/* The best @max_results fields, best first: those that hold every term,
 * by how well the worst of them matches, then by weight, then in document
 * order, read straight off the bitmaps; then, if there is room, the rest. */
static GArray *
rank_results (AccordSearchIndex *self,
              AccordSearchQuery *query,
              guint              max_results,
              guint              count)
{
  guint room = MIN (max_results, count);
  GArray *ranked = g_array_sized_new (FALSE, FALSE, sizeof (AccordSearchCandidate), room);
  guint64 *all = scratch_bitmap (self, SCRATCH_ALL);
  guint64 *all_exact = scratch_bitmap (self, SCRATCH_ALL_EXACT);
  guint64 *all_prefix = scratch_bitmap (self, SCRATCH_ALL_PREFIX);
  AccordSearchCandidate *out;
  guint n = 0;

  if (room == 0)
    return ranked;

  /* Written in place: appending one at a time was a tenth of a query. */
  g_array_set_size (ranked, room);
  out = (AccordSearchCandidate *) (gpointer) ranked->data;

  for (guint w = 0; w < self->n64; w++)
    {
      guint64 a = ~G_GUINT64_CONSTANT (0), e = a, p = a;

      for (guint t = 0; t < query->n_terms; t++)
        {
          a &= term_bitmap (self, t, TERM_ANY)[w];
          e &= term_bitmap (self, t, TERM_EXACT)[w];
          p &= term_bitmap (self, t, TERM_EXACT)[w] | term_bitmap (self, t, TERM_PREFIX)[w];
        }
      all[w] = a;
      all_exact[w] = e;
      all_prefix[w] = p;
    }

  for (guint match = MATCH_EXACT; match <= MATCH_SUBSTRING; match++)
    for (guint weight = MAX_WEIGHT; weight >= 1; weight--)
      {
        const guint64 *weighted = self->weight_bitmaps + (gsize) (weight - 1) * self->n64;
        guint score = score_of (query->n_terms, match, weight);

        for (guint w = 0; w < self->n64; w++)
          {
            guint64 bits = all[w] & weighted[w];

            if (match == MATCH_EXACT)
              bits &= all_exact[w];
            else if (match == MATCH_PREFIX)
              bits &= all_prefix[w] & ~all_exact[w];
            else
              bits &= ~all_prefix[w];

            while (bits != 0)
              {
                out[n].field = w * 64 + lowest_bit (bits);
                out[n].key = (guint64) score << 32;
                if (++n == room)
                  return ranked;
                bits &= bits - 1;
              }
          }
      }

  g_array_set_size (ranked, n);

  if (query->n_terms > 1)
    collect_partial (self, query, max_results - ranked->len, ranked);

  return ranked;
}

/* One result per object: @ranked holds every matching field, best first;
 * the first field of each object stands for it, and counts the others.
 * Returns the objects' candidates, best first, at most @max_results of
 * them, and their number in all in @n_objects. */
static GArray *
group_by_object (AccordSearchIndex *self,
                 GArray            *ranked,
                 guint              max_results,
                 guint             *n_objects)
{
  g_autofree guint32 *group_of = g_new0 (guint32, self->objects->len);
  GArray *grouped = g_array_sized_new (FALSE, FALSE, sizeof (AccordSearchCandidate),
                                       MIN (ranked->len, max_results));
  guint n = 0;

  for (guint i = 0; i < ranked->len; i++)
    {
      AccordSearchCandidate *candidate = &g_array_index (ranked, AccordSearchCandidate, i);
      guint32 object = self->field_objects[candidate->field];

      /* group_of holds the group's number + 1; past max_results a group
       * is counted but not kept (G_MAXUINT32). */
      if (group_of[object] == 0)
        {
          if (n < max_results)
            {
              candidate->n_more = 0;
              g_array_append_val (grouped, *candidate);
              group_of[object] = grouped->len;
            }
          else
            group_of[object] = G_MAXUINT32;
          n++;
        }
      else if (group_of[object] != G_MAXUINT32)
        g_array_index (grouped, AccordSearchCandidate, group_of[object] - 1).n_more++;
    }

  *n_objects = n;
  return grouped;
}

/* GObject */

static void
accord_search_index_finalize (GObject *object)
{
  AccordSearchIndex *self = (AccordSearchIndex *)object;

  g_free (self->vocabulary);
  g_free (self->word_offsets);
  g_free (self->posting_offsets);
  g_free (self->postings);
  g_free (self->occurrence_offsets);
  g_free (self->occurrences);
  g_free (self->common_rank);
  g_free (self->pair_offsets);
  g_free (self->pairs);
  g_free (self->bitmaps);
  g_free (self->weight_bitmaps);
  g_free (self->field_objects);
  g_clear_pointer (&self->prefix_unions, g_hash_table_unref);
  g_array_unref (self->fields);
  g_array_unref (self->objects);
  g_ptr_array_unref (self->owned_strings);
  g_mutex_clear (&self->lock);
  g_clear_object (&self->briefing);

  G_OBJECT_CLASS (accord_search_index_parent_class)->finalize (object);
}

static void
accord_search_index_class_init (AccordSearchIndexClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = accord_search_index_finalize;
}

static void
accord_search_index_init (AccordSearchIndex *self)
{
  g_mutex_init (&self->lock);
  self->fields = g_array_new (FALSE, FALSE, sizeof (AccordSearchIndexField));
  self->objects = g_array_new (FALSE, FALSE, sizeof (AccordSearchIndexObject));
  self->owned_strings = g_ptr_array_new_with_free_func (g_free);
}

/* Public API: index */

/**
 * accord_search_index_new:
 * @briefing: the briefing to search
 *
 * Builds the index now; see accord_search_index_new_async() for large
 * briefings.  The index keeps @briefing alive.
 *
 * Returns: (transfer full): the index
 */
AccordSearchIndex *
accord_search_index_new (AccordBriefing *briefing)
{
  AccordSearchIndex *self;
  gboolean built;

  g_return_val_if_fail (ACCORD_IS_BRIEFING (briefing), NULL);

  self = g_object_new (ACCORD_TYPE_SEARCH_INDEX, NULL);
  self->briefing = g_object_ref (briefing);
  built = _accord_search_index_build (self, NULL, NULL);
  g_assert (built);

  return self;
}

static void
build_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  AccordSearchIndex *self = task_data;
  GError *error = NULL;

  if (_accord_search_index_build (self, cancellable, &error))
    g_task_return_pointer (task, g_object_ref (self), g_object_unref);
  else
    g_task_return_error (task, error);
}

/**
 * accord_search_index_new_async:
 * @briefing: the briefing to search
 * @cancellable: (nullable): a #GCancellable
 * @callback: called in the thread-default main context when done
 * @user_data: data for @callback
 *
 * Builds the index in a worker thread.  The briefing must not change
 * meanwhile (briefings never do once loaded).
 */
void
accord_search_index_new_async (AccordBriefing      *briefing,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  AccordSearchIndex *self;

  g_return_if_fail (ACCORD_IS_BRIEFING (briefing));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  self = g_object_new (ACCORD_TYPE_SEARCH_INDEX, NULL);
  self->briefing = g_object_ref (briefing);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, accord_search_index_new_async);
  g_task_set_task_data (task, self, g_object_unref);
  g_task_run_in_thread (task, build_in_thread);
}

/**
 * accord_search_index_new_finish:
 *
 * Returns: (transfer full) (nullable): the index, or %NULL if cancelled
 */
AccordSearchIndex *
accord_search_index_new_finish (GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == accord_search_index_new_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * accord_search_index_get_briefing:
 *
 * Returns: (transfer none): the briefing the index covers
 */
AccordBriefing *
accord_search_index_get_briefing (AccordSearchIndex *self)
{
  g_return_val_if_fail (ACCORD_IS_SEARCH_INDEX (self), NULL);
  return self->briefing;
}

/**
 * accord_search_index_query:
 * @query: (nullable): a parsed query; %NULL finds nothing
 * @max_results: the most results to return
 * @total: (out) (optional): the number of results there are in all: of
 *   objects (sections, quotes, actors, events) that match
 *
 * Finds the objects that match @query, best first: one result per object,
 * shown by its best-scoring field, with the number of its other fields
 * that match (accord_search_result_get_n_more()).  Safe to call from
 * several threads; calls run one at a time.  The results hold the index
 * and the query; each result object is made when it is first asked for.
 *
 * Returns: (transfer full): at most @max_results results
 */
AccordSearchResults *
accord_search_index_query (AccordSearchIndex *self,
                           AccordSearchQuery *query,
                           guint              max_results,
                           guint             *total)
{
  g_autoptr(GArray) ranked = NULL;
  g_autoptr(GArray) all_fields = NULL;
  gsize rarest_count = G_MAXSIZE;
  guint rarest = 0;
  guint count = 0;
  guint needed;

  g_return_val_if_fail (ACCORD_IS_SEARCH_INDEX (self), NULL);

  if (total != NULL)
    *total = 0;
  if (query == NULL || query->n_terms == 0 || self->fields->len == 0)
    return _accord_search_results_new_take (self, query, NULL, 0);

  g_mutex_lock (&self->lock);

  needed = N_SCRATCH + N_TERM_BITMAPS * query->n_terms;
  if (self->n_bitmaps < needed)
    {
      g_free (self->bitmaps);
      self->bitmaps = g_new (guint64, (gsize) needed * self->n64);
      self->n_bitmaps = needed;
    }

  for (guint t = 0; t < query->n_terms; t++)
    {
      const AccordSearchTerm *term = &query->terms[t];
      guint64 *exact = term_bitmap (self, t, TERM_EXACT);
      guint64 *prefix = term_bitmap (self, t, TERM_PREFIX);
      guint64 *any = term_bitmap (self, t, TERM_ANY);
      gsize found;

      memset (exact, 0, N_TERM_BITMAPS * self->n64 * sizeof (guint64));
      if (term->n_words == 1)
        found = _accord_search_match_word_term (self, term, exact, prefix, any);
      else
        found = _accord_search_match_phrase_term (self, term, exact, prefix);

      /* Every term must match: one that matches nothing ends the search. */
      if (found == 0)
        goto out;

      if (found < rarest_count)
        {
          rarest_count = found;
          rarest = t;
        }

      for (guint w = 0; w < self->n64; w++)
        any[w] |= exact[w] | prefix[w];
    }

  count = find_results (self, query, rarest);
  /* Every field is ranked, so that each object is shown by its best one
   * and the count of the others is right, however few objects are kept. */
  all_fields = rank_results (self, query, count, count);
  ranked = group_by_object (self, all_fields, max_results, &count);

out:
  g_mutex_unlock (&self->lock);

  if (total != NULL)
    *total = count;

  return _accord_search_results_new_take (self, query, g_steal_pointer (&ranked), count);
}
