/* accord-search-query.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-search"

/* For memmem(). */
#define _GNU_SOURCE

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "accord-search-private.h"

#define MAX_TERMS                  32

G_DEFINE_BOXED_TYPE (AccordSearchQuery, accord_search_query,
                     accord_search_query_ref, accord_search_query_unref)

/* Queries */

static gboolean
is_unspaced_script (gunichar c)
{
  switch ((int) g_unichar_get_script (c))
    {
    case G_UNICODE_SCRIPT_HANGUL:
    case G_UNICODE_SCRIPT_HAN:
    case G_UNICODE_SCRIPT_HIRAGANA:
    case G_UNICODE_SCRIPT_KATAKANA:
    case G_UNICODE_SCRIPT_THAI:
    case G_UNICODE_SCRIPT_LAO:
    case G_UNICODE_SCRIPT_KHMER:
    case G_UNICODE_SCRIPT_MYANMAR:
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
allows_substring (const char *word)
{
  if (g_utf8_strlen (word, -1) >= 3)
    return TRUE;

  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    if (is_unspaced_script (g_utf8_get_char (p)))
      return TRUE;

  return FALSE;
}

static void
term_clear (AccordSearchTerm *term)
{
  g_strfreev (term->words);
  g_free (term->lengths);
}

static gboolean
term_equal (const AccordSearchTerm *a,
            const AccordSearchTerm *b)
{
  if (a->n_words != b->n_words)
    return FALSE;

  for (guint i = 0; i < a->n_words; i++)
    if (strcmp (a->words[i], b->words[i]) != 0)
      return FALSE;

  return TRUE;
}

static void
query_add_chunk (GArray             *terms,
                 AccordSearchFolder *folder,
                 const char         *chunk)
{
  AccordSearchTerm term;

  if (terms->len >= MAX_TERMS)
    return;

  _accord_search_folder_run (folder, chunk);
  if (folder->words->len == 0)
    return;

  term.n_words = folder->words->len;
  term.words = g_new0 (char *, term.n_words + 1);
  term.lengths = g_new (guint, term.n_words);
  for (guint i = 0; i < term.n_words; i++)
    {
      const char *word = _accord_search_folder_word (folder, i, &term.lengths[i]);

      term.words[i] = g_strndup (word, term.lengths[i]);
    }
  term.substring = term.n_words == 1 && allows_substring (term.words[0]);

  for (guint i = 0; i < terms->len; i++)
    {
      if (term_equal (&g_array_index (terms, AccordSearchTerm, i), &term))
        {
          term_clear (&term);
          return;
        }
    }

  g_array_append_val (terms, term);
}

static inline gboolean
is_quote_mark (gunichar c)
{
  return c == '"' || c == 0x201C || c == 0x201D || c == 0x201E ||
         c == 0x00AB || c == 0x00BB;
}

/**
 * accord_search_query_parse:
 * @text: what the person typed
 *
 * Splits @text into terms at white space; text between double quotes
 * (straight or typographic) is one phrase.
 *
 * Returns: (transfer full) (nullable): the query, or %NULL when @text holds
 *   no word to look for
 */
AccordSearchQuery *
accord_search_query_parse (const char *text)
{
  g_autoptr(GString) chunk = NULL;
  g_autoptr(GArray) terms = NULL;
  g_autofree char *valid = NULL;
  AccordSearchQuery *self;
  gboolean in_quote = FALSE;
  AccordSearchFolder folder;

  if (text == NULL)
    return NULL;

  /* Command-line arguments reach here unchecked. */
  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  chunk = g_string_new (NULL);
  terms = g_array_new (FALSE, FALSE, sizeof (AccordSearchTerm));
  _accord_search_folder_init (&folder, FALSE);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_quote_mark (c) || (!in_quote && g_unichar_isspace (c)))
        {
          query_add_chunk (terms, &folder, chunk->str);
          g_string_truncate (chunk, 0);
          if (is_quote_mark (c))
            in_quote = !in_quote;
        }
      else
        g_string_append_unichar (chunk, c);
    }
  query_add_chunk (terms, &folder, chunk->str);
  _accord_search_folder_clear (&folder);

  if (terms->len == 0)
    return NULL;

  self = g_new0 (AccordSearchQuery, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->n_terms = terms->len;
  self->terms = (AccordSearchTerm *) (void *) g_array_free (g_steal_pointer (&terms), FALSE);

  return self;
}

AccordSearchQuery *
accord_search_query_ref (AccordSearchQuery *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
accord_search_query_unref (AccordSearchQuery *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  for (guint i = 0; i < self->n_terms; i++)
    term_clear (&self->terms[i]);
  g_free (self->terms);
  g_free (self);
}

/**
 * accord_search_query_get_n_terms:
 *
 * Returns: how many distinct terms (words or phrases) the query has
 */
guint
accord_search_query_get_n_terms (AccordSearchQuery *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_terms;
}

static int
compare_ranges (gconstpointer a,
                gconstpointer b)
{
  const AccordSearchRange *ra = a;
  const AccordSearchRange *rb = b;

  if (ra->start != rb->start)
    return ra->start < rb->start ? -1 : 1;
  if (ra->end != rb->end)
    return ra->end < rb->end ? -1 : 1;
  return 0;
}

static inline void
add_folded_range (GArray             *ranges,
                  AccordSearchFolder *folder,
                  guint               start,
                  guint               end)
{
  AccordSearchRange range;

  g_assert (start < end);
  range.start = folder->starts[start];
  range.end = folder->ends[end - 1];
  g_array_append_val (ranges, range);
}

/* Every match of every term in the folded text, in source offsets, sorted
 * and with overlaps merged. */
static GArray *
match_folded (AccordSearchQuery  *self,
              AccordSearchFolder *folder)
{
  GArray *ranges = g_array_new (FALSE, FALSE, sizeof (AccordSearchRange));
  guint n_words = folder->words->len;
  guint n_merged = 0;

  for (guint t = 0; t < self->n_terms; t++)
    {
      const AccordSearchTerm *term = &self->terms[t];

      if (term->n_words == 1)
        {
          const char *needle = term->words[0];
          guint needle_len = term->lengths[0];

          for (guint i = 0; i < n_words; i++)
            {
              const AccordSearchFoldedWord *word = &g_array_index (folder->words, AccordSearchFoldedWord, i);
              const char *text = folder->folded->str + word->start;
              const char *hit;

              if (word->len < needle_len)
                continue;

              if (memcmp (text, needle, needle_len) == 0)
                {
                  add_folded_range (ranges, folder, word->start, word->start + needle_len);
                  continue;
                }

              if (!term->substring)
                continue;

              for (hit = text + 1;
                   (hit = memmem (hit, word->len - (hit - text), needle, needle_len)) != NULL;
                   hit += needle_len)
                {
                  guint at = hit - folder->folded->str;

                  add_folded_range (ranges, folder, at, at + needle_len);
                  if ((guint)(hit - text) + needle_len >= word->len)
                    break;
                }
            }
        }
      else if (n_words >= term->n_words)
        {
          for (guint i = 0; i + term->n_words <= n_words; i++)
            {
              const AccordSearchFoldedWord *words = &g_array_index (folder->words, AccordSearchFoldedWord, i);
              guint last = term->n_words - 1;
              gboolean ok = TRUE;

              for (guint j = 0; j < last && ok; j++)
                ok = words[j].len == term->lengths[j] &&
                     memcmp (folder->folded->str + words[j].start,
                             term->words[j], term->lengths[j]) == 0;

              ok = ok && words[last].len >= term->lengths[last] &&
                   memcmp (folder->folded->str + words[last].start,
                           term->words[last], term->lengths[last]) == 0;

              if (ok)
                add_folded_range (ranges, folder, words[0].start,
                                  words[last].start + term->lengths[last]);
            }
        }
    }

  if (ranges->len < 2)
    return ranges;

  g_array_sort (ranges, compare_ranges);
  for (guint i = 0; i < ranges->len; i++)
    {
      AccordSearchRange *range = &g_array_index (ranges, AccordSearchRange, i);
      AccordSearchRange *merged = &g_array_index (ranges, AccordSearchRange, n_merged > 0 ? n_merged - 1 : 0);

      if (n_merged > 0 && range->start <= merged->end)
        merged->end = MAX (merged->end, range->end);
      else
        g_array_index (ranges, AccordSearchRange, n_merged++) = *range;
    }
  g_array_set_size (ranges, n_merged);

  return ranges;
}

/**
 * accord_search_query_match_text:
 * @text: any text, such as a paragraph shown in full
 *
 * Finds where the terms of the query occur in @text, by the same rules as
 * the index, so that every match can be highlighted.  The ranges are byte
 * offsets into @text, sorted, and never overlap.
 *
 * Returns: (transfer full) (element-type AccordSearchRange): the ranges
 */
GArray *
accord_search_query_match_text (AccordSearchQuery *self,
                                const char        *text)
{
  GArray *ranges;
  AccordSearchFolder folder;

  g_return_val_if_fail (self != NULL, NULL);

  if (text == NULL)
    return g_array_new (FALSE, FALSE, sizeof (AccordSearchRange));

  _accord_search_folder_init (&folder, TRUE);
  _accord_search_folder_run (&folder, text);
  ranges = match_folded (self, &folder);
  _accord_search_folder_clear (&folder);

  return ranges;
}
