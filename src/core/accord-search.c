/* accord-search.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-search"

/* For memmem(), which scans the vocabulary far faster than a loop. */
#define _GNU_SOURCE

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "accord-actor.h"
#include "accord-briefing.h"
#include "accord-event.h"
#include "accord-quote.h"
#include "accord-search.h"
#include "accord-section.h"

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
 * term is a result, so an actor found by "ahn minister" shows both its name
 * and its role, and a section lists each paragraph that matches.  Results
 * are ranked by how many terms the field contains, then by how well they
 * match (the worst of them: exact, prefix, substring), then by the weight of
 * the field (title > summary and key points > quotes > body), then in
 * document order: sections with their quotes, then actors, then events.
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

#define MAX_TERMS                  32
#define FOLD_MAX                   64
#define SNIPPET_CONTEXT            50
#define ELLIPSIS                   "…"
#define MAX_WEIGHT                 4
#define NO_WORD                    G_MAXUINT32
#define PREFIX_UNION_MAX_CHARS     2
#define PREFIX_UNION_MIN_POSTINGS  4096
#define MAX_COMMON_WORDS           256
#define COMMON_MIN_OCCURRENCES     1024

#define HANGUL_S_FIRST     0xAC00
#define HANGUL_S_LAST      0xD7A3
#define HANGUL_L_FIRST     0x1100
#define HANGUL_L_COUNT     19
#define HANGUL_V_FIRST     0x1161
#define HANGUL_V_COUNT     21
#define HANGUL_T_BASE      0x11A7
#define HANGUL_T_COUNT     28

enum {
  MATCH_EXACT,
  MATCH_PREFIX,
  MATCH_SUBSTRING,
};

typedef struct
{
  guint32 start;
  guint32 len;
} FoldedWord;

/* Folds a text into its words.  The folded buffer holds the words only,
 * each followed by a NUL, so each can be used as a C string. */
typedef struct
{
  GString *folded;
  GArray  *words;    /* FoldedWord */
  GArray  *starts;   /* guint32 per folded byte, or NULL when not mapping */
  GArray  *ends;     /* guint32 per folded byte, or NULL when not mapping */
} Folder;

typedef struct
{
  char     **words;
  guint     *lengths;
  guint      n_words;
  gboolean   substring;
} Term;

struct _AccordSearchQuery
{
  gatomicrefcount ref_count;
  Term *terms;
  guint n_terms;
};

typedef struct
{
  const char *text;         /* owned by the model, or by owned_strings */
  guint32     object;
  guint32     first_token;
  guint32     n_tokens;
  guint8      field;
  guint8      weight;
} Field;

typedef struct
{
  GObject          *object;      /* unowned: the briefing keeps it alive */
  AccordSection    *section;     /* unowned */
  AccordSearchKind  kind;
  guint32           first_field; /* its fields are [first_field, end_field) */
  guint32           end_field;
} IndexedObject;

typedef struct
{
  guint64 key;
  guint32 field;
} Candidate;

struct _AccordSearchIndex
{
  GObject parent_instance;

  AccordBriefing *briefing;
  GPtrArray *owned_strings;
  GArray *fields;            /* Field */
  GArray *objects;           /* IndexedObject */

  char *vocabulary;          /* sorted unique words, each followed by a NUL */
  gsize vocabulary_len;
  guint32 *word_offsets;     /* n_words + 1 */
  guint n_words;
  guint32 *posting_offsets;  /* n_words + 1 */
  guint32 *postings;         /* field numbers, ascending for each word */
  guint32 *occurrence_offsets; /* n_words + 1 */
  guint32 *occurrences;      /* word positions, ascending for each word;
                              * a field's words are numbered from its
                              * first_token on, with a gap after each field */

  /* Where each pair of common words occurs (the position of the first),
   * so that a phrase such as "of the" is not two huge lists merged. */
  guint16 *common_rank;      /* n_words: rank among common words + 1, or 0 */
  guint n_common;
  guint32 *pair_offsets;     /* n_common * n_common + 1 */
  guint32 *pairs;

  /* Bitmaps have one bit per field, in n64 words. */
  guint n64;
  guint32 *field_objects;    /* the object of each field, compactly */
  guint64 *weight_bitmaps;   /* fields of weight 1, 2, 3, 4 */
  GHashTable *prefix_unions; /* short prefix → bitmap of the fields with
                              * a longer word that starts with it */

  /* Scratch bitmaps for queries, grown as they need. */
  GMutex lock;
  guint64 *bitmaps;
  guint n_bitmaps;
};

struct _AccordSearchResult
{
  GObject parent_instance;

  AccordSearchIndex *index;
  AccordSearchQuery *query;
  GObject *object;
  AccordSection *section;
  AccordSearchKind kind;
  AccordSearchField field;
  guint field_number;
  guint score;

  /* Made when first asked for: a list shows few of many results. */
  char *snippet;
  GArray *ranges;
};

G_DEFINE_FINAL_TYPE (AccordSearchIndex, accord_search_index, G_TYPE_OBJECT)
G_DEFINE_FINAL_TYPE (AccordSearchResult, accord_search_result, G_TYPE_OBJECT)
G_DEFINE_BOXED_TYPE (AccordSearchQuery, accord_search_query,
                     accord_search_query_ref, accord_search_query_unref)

G_DEFINE_ENUM_TYPE (AccordSearchKind, accord_search_kind,
                    G_DEFINE_ENUM_VALUE (ACCORD_SEARCH_KIND_SECTION, "section"),
                    G_DEFINE_ENUM_VALUE (ACCORD_SEARCH_KIND_QUOTE, "quote"),
                    G_DEFINE_ENUM_VALUE (ACCORD_SEARCH_KIND_ACTOR, "actor"),
                    G_DEFINE_ENUM_VALUE (ACCORD_SEARCH_KIND_EVENT, "event"))

G_DEFINE_ENUM_TYPE (AccordSearchField, accord_search_field,
                    G_DEFINE_ENUM_VALUE (ACCORD_SEARCH_FIELD_TITLE, "title"),
                    G_DEFINE_ENUM_VALUE (ACCORD_SEARCH_FIELD_SUMMARY, "summary"),
                    G_DEFINE_ENUM_VALUE (ACCORD_SEARCH_FIELD_KEY_POINT, "key-point"),
                    G_DEFINE_ENUM_VALUE (ACCORD_SEARCH_FIELD_BODY, "body"),
                    G_DEFINE_ENUM_VALUE (ACCORD_SEARCH_FIELD_QUOTE, "quote"),
                    G_DEFINE_ENUM_VALUE (ACCORD_SEARCH_FIELD_SPEAKER, "speaker"),
                    G_DEFINE_ENUM_VALUE (ACCORD_SEARCH_FIELD_NAME, "name"),
                    G_DEFINE_ENUM_VALUE (ACCORD_SEARCH_FIELD_NATIVE_NAME, "native-name"),
                    G_DEFINE_ENUM_VALUE (ACCORD_SEARCH_FIELD_ROLE, "role"),
                    G_DEFINE_ENUM_VALUE (ACCORD_SEARCH_FIELD_ORGANIZATION, "organization"),
                    G_DEFINE_ENUM_VALUE (ACCORD_SEARCH_FIELD_PLACE, "place"),
                    G_DEFINE_ENUM_VALUE (ACCORD_SEARCH_FIELD_DATE, "date"))

enum {
  PROP_0,
  PROP_KIND,
  PROP_FIELD,
  PROP_OBJECT,
  PROP_SECTION,
  PROP_SNIPPET,
  PROP_SCORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Folding */

static inline gboolean
is_dropped_mark (gunichar c)
{
  GUnicodeType type = g_unichar_type (c);

  return type == G_UNICODE_NON_SPACING_MARK || type == G_UNICODE_ENCLOSING_MARK;
}

static inline gboolean
is_word_unichar (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isalnum (c);

  return g_unichar_isalnum (c) || g_unichar_type (c) == G_UNICODE_SPACING_MARK;
}

static inline guint
push_unichar (gunichar *out,
              guint     n,
              gunichar  c)
{
  if (n < FOLD_MAX)
    out[n++] = c;
  return n;
}

/* Folds one character into at most FOLD_MAX characters; returns how many. */
static guint
fold_unichar (gunichar  c,
              gunichar *out)
{
  gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize n_decomposed;
  guint n = 0;

  if (c < 0x80)
    {
      out[0] = g_ascii_tolower (c);
      return 1;
    }

  if (c >= HANGUL_S_FIRST && c <= HANGUL_S_LAST)
    {
      out[0] = c;
      return 1;
    }

  n_decomposed = g_unichar_fully_decompose (c, TRUE, decomposed, G_N_ELEMENTS (decomposed));

  for (gsize i = 0; i < n_decomposed; i++)
    {
      gunichar d = decomposed[i];

      if (d < 0x80)
        n = push_unichar (out, n, g_ascii_tolower (d));
      else if (is_dropped_mark (d))
        continue;
      else if (d == 0x00DF || d == 0x1E9E)
        {
          /* Sharp s folds to two letters. */
          n = push_unichar (out, n, 's');
          n = push_unichar (out, n, 's');
        }
      else if (d == 0x03C2)
        n = push_unichar (out, n, 0x03C3);
      else if (g_unichar_isupper (d) || g_unichar_istitle (d))
        {
          char utf8[8];
          int len = g_unichar_to_utf8 (d, utf8);
          g_autofree char *folded = g_utf8_casefold (utf8, len);

          /* Folding can bring marks back, as in U+0130 → i + U+0307. */
          for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
            {
              gunichar again[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
              gsize n_again = g_unichar_fully_decompose (g_utf8_get_char (p), TRUE,
                                                         again, G_N_ELEMENTS (again));

              for (gsize j = 0; j < n_again; j++)
                if (!is_dropped_mark (again[j]))
                  n = push_unichar (out, n, again[j]);
            }
        }
      else
        n = push_unichar (out, n, d);
    }

  return n;
}

/* The syllable that @prev and @next make, or 0: a leading consonant and a
 * vowel, or a syllable without a final consonant and a final consonant. */
static inline gunichar
compose_hangul (gunichar prev,
                gunichar next)
{
  if (prev >= HANGUL_L_FIRST && prev < HANGUL_L_FIRST + HANGUL_L_COUNT &&
      next >= HANGUL_V_FIRST && next < HANGUL_V_FIRST + HANGUL_V_COUNT)
    return HANGUL_S_FIRST + ((prev - HANGUL_L_FIRST) * HANGUL_V_COUNT +
                             (next - HANGUL_V_FIRST)) * HANGUL_T_COUNT;

  if (prev >= HANGUL_S_FIRST && prev <= HANGUL_S_LAST &&
      (prev - HANGUL_S_FIRST) % HANGUL_T_COUNT == 0 &&
      next > HANGUL_T_BASE && next < HANGUL_T_BASE + HANGUL_T_COUNT)
    return prev + (next - HANGUL_T_BASE);

  return 0;
}

static void
folder_init (Folder   *folder,
             gboolean  map)
{
  folder->folded = g_string_new (NULL);
  folder->words = g_array_new (FALSE, FALSE, sizeof (FoldedWord));
  folder->starts = map ? g_array_new (FALSE, FALSE, sizeof (guint32)) : NULL;
  folder->ends = map ? g_array_new (FALSE, FALSE, sizeof (guint32)) : NULL;
}

static void
folder_clear (Folder *folder)
{
  g_string_free (folder->folded, TRUE);
  g_array_unref (folder->words);
  g_clear_pointer (&folder->starts, g_array_unref);
  g_clear_pointer (&folder->ends, g_array_unref);
}

static inline void
folder_map (Folder  *folder,
            guint    n_bytes,
            guint32  start,
            guint32  end)
{
  for (guint i = 0; i < n_bytes; i++)
    {
      g_array_append_val (folder->starts, start);
      g_array_append_val (folder->ends, end);
    }
}

static inline void
folder_end_word (Folder *folder,
                 guint   word_start)
{
  FoldedWord word = { word_start, folder->folded->len - word_start };

  g_array_append_val (folder->words, word);
  g_string_append_c (folder->folded, '\0');
  if (folder->starts != NULL)
    folder_map (folder, 1, 0, 0);
}

static void
folder_run (Folder     *folder,
            const char *text)
{
  const char *p = text;
  gboolean in_word = FALSE;
  guint word_start = 0;
  gunichar prev = 0;      /* last character of the current word */
  guint prev_at = 0;      /* its folded byte offset */

  g_string_truncate (folder->folded, 0);
  g_array_set_size (folder->words, 0);
  if (folder->starts != NULL)
    {
      g_array_set_size (folder->starts, 0);
      g_array_set_size (folder->ends, 0);
    }

  while (*p != '\0')
    {
      guint32 at = p - text;
      const char *next;
      gunichar c;
      gunichar buf[FOLD_MAX];
      guint n;

      if ((guchar)*p < 0x80)
        {
          /* Plain ASCII is nearly all text: keep it off the slow path. */
          char ch = *p;

          if (g_ascii_isalnum (ch))
            {
              if (!in_word)
                {
                  in_word = TRUE;
                  word_start = folder->folded->len;
                }
              prev = ch;
              prev_at = folder->folded->len;
              g_string_append_c (folder->folded, g_ascii_tolower (ch));
              if (folder->starts != NULL)
                folder_map (folder, 1, at, at + 1);
            }
          else if (in_word)
            {
              folder_end_word (folder, word_start);
              in_word = FALSE;
            }
          p++;
          continue;
        }

      c = g_utf8_get_char_validated (p, -1);
      if (c == (gunichar)-1 || c == (gunichar)-2)
        {
          /* A stray byte: treat it as a separator. */
          if (in_word)
            {
              folder_end_word (folder, word_start);
              in_word = FALSE;
            }
          p++;
          continue;
        }

      next = g_utf8_next_char (p);
      n = fold_unichar (c, buf);

      if (n == 0 && in_word && folder->starts != NULL)
        {
          /* A dropped combining mark belongs to the letter before it:
           * a highlight must cover both. */
          for (guint i = prev_at; i < folder->folded->len; i++)
            g_array_index (folder->ends, guint32, i) = next - text;
        }

      for (guint i = 0; i < n; i++)
        {
          gunichar d = buf[i];
          gunichar composed;
          char utf8[8];
          int len;

          if (!is_word_unichar (d))
            {
              if (in_word)
                {
                  folder_end_word (folder, word_start);
                  in_word = FALSE;
                }
              continue;
            }

          if (!in_word)
            {
              in_word = TRUE;
              word_start = folder->folded->len;
              prev = 0;
            }

          /* Compose conjoining jamo into syllables in place: they and the
           * syllable are all three bytes long in UTF-8. */
          composed = compose_hangul (prev, d);
          if (composed != 0)
            {
              g_unichar_to_utf8 (composed, folder->folded->str + prev_at);
              if (folder->starts != NULL)
                for (guint j = prev_at; j < folder->folded->len; j++)
                  g_array_index (folder->ends, guint32, j) = next - text;
              prev = composed;
              continue;
            }

          len = g_unichar_to_utf8 (d, utf8);
          prev = d;
          prev_at = folder->folded->len;
          g_string_append_len (folder->folded, utf8, len);
          if (folder->starts != NULL)
            folder_map (folder, len, at, next - text);
        }

      p = next;
    }

  if (in_word)
    folder_end_word (folder, word_start);
}

static inline const char *
folder_word (Folder *folder,
             guint   i,
             guint  *len)
{
  const FoldedWord *word = &g_array_index (folder->words, FoldedWord, i);

  *len = word->len;
  return folder->folded->str + word->start;
}

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
term_clear (Term *term)
{
  g_strfreev (term->words);
  g_free (term->lengths);
}

static gboolean
term_equal (const Term *a,
            const Term *b)
{
  if (a->n_words != b->n_words)
    return FALSE;

  for (guint i = 0; i < a->n_words; i++)
    if (strcmp (a->words[i], b->words[i]) != 0)
      return FALSE;

  return TRUE;
}

static void
query_add_chunk (GArray     *terms,
                 Folder     *folder,
                 const char *chunk)
{
  Term term;

  if (terms->len >= MAX_TERMS)
    return;

  folder_run (folder, chunk);
  if (folder->words->len == 0)
    return;

  term.n_words = folder->words->len;
  term.words = g_new0 (char *, term.n_words + 1);
  term.lengths = g_new (guint, term.n_words);
  for (guint i = 0; i < term.n_words; i++)
    {
      const char *word = folder_word (folder, i, &term.lengths[i]);

      term.words[i] = g_strndup (word, term.lengths[i]);
    }
  term.substring = term.n_words == 1 && allows_substring (term.words[0]);

  for (guint i = 0; i < terms->len; i++)
    {
      if (term_equal (&g_array_index (terms, Term, i), &term))
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
  Folder folder;

  if (text == NULL)
    return NULL;

  /* Command-line arguments reach here unchecked. */
  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  chunk = g_string_new (NULL);
  terms = g_array_new (FALSE, FALSE, sizeof (Term));
  folder_init (&folder, FALSE);

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
  folder_clear (&folder);

  if (terms->len == 0)
    return NULL;

  self = g_new0 (AccordSearchQuery, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->n_terms = terms->len;
  self->terms = (Term *) (void *) g_array_free (g_steal_pointer (&terms), FALSE);

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
add_folded_range (GArray *ranges,
                  Folder *folder,
                  guint   start,
                  guint   end)
{
  AccordSearchRange range;

  g_assert (start < end);
  range.start = g_array_index (folder->starts, guint32, start);
  range.end = g_array_index (folder->ends, guint32, end - 1);
  g_array_append_val (ranges, range);
}

/* Every match of every term in the folded text, in source offsets, sorted
 * and with overlaps merged. */
static GArray *
match_folded (AccordSearchQuery *self,
              Folder            *folder)
{
  GArray *ranges = g_array_new (FALSE, FALSE, sizeof (AccordSearchRange));
  guint n_words = folder->words->len;
  guint n_merged = 0;

  for (guint t = 0; t < self->n_terms; t++)
    {
      const Term *term = &self->terms[t];

      if (term->n_words == 1)
        {
          const char *needle = term->words[0];
          guint needle_len = term->lengths[0];

          for (guint i = 0; i < n_words; i++)
            {
              const FoldedWord *word = &g_array_index (folder->words, FoldedWord, i);
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
              const FoldedWord *words = &g_array_index (folder->words, FoldedWord, i);
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
  Folder folder;

  g_return_val_if_fail (self != NULL, NULL);

  if (text == NULL)
    return g_array_new (FALSE, FALSE, sizeof (AccordSearchRange));

  folder_init (&folder, TRUE);
  folder_run (&folder, text);
  ranges = match_folded (self, &folder);
  folder_clear (&folder);

  return ranges;
}

/* Bitmaps over fields */

static inline void
set_bit (guint64 *bits,
         guint32  i)
{
  bits[i >> 6] |= G_GUINT64_CONSTANT (1) << (i & 63);
}

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

static inline gsize
word_frequency (AccordSearchIndex *self,
                guint              word)
{
  return self->posting_offsets[word + 1] - self->posting_offsets[word];
}

static inline void
set_word_bits (AccordSearchIndex *self,
               guint              word,
               guint64           *bits)
{
  const guint32 *p = self->postings + self->posting_offsets[word];
  const guint32 *end = self->postings + self->posting_offsets[word + 1];

  for (; p < end; p++)
    set_bit (bits, *p);
}

/* Building the index */

typedef struct
{
  AccordSearchIndex *index;
  Folder folder;
  GHashTable *ids;          /* word → id + 1, in build order */
  GStringChunk *chunk;
  GPtrArray *words;         /* build id → word */
  GArray *tokens;           /* guint32 build ids */
  GArray *field_counts;     /* guint32 per build id: fields that have it */
  GArray *token_counts;     /* guint32 per build id: times it occurs */
  GArray *last_field;       /* guint32 per build id: last field counted + 1 */
} Builder;

static guint
builder_add_object (Builder          *builder,
                    AccordSearchKind  kind,
                    gpointer          object,
                    AccordSection    *section)
{
  IndexedObject indexed = { object, section, kind, builder->index->fields->len, 0 };

  g_array_append_val (builder->index->objects, indexed);
  return builder->index->objects->len - 1;
}

static guint8
field_weight (AccordSearchField field)
{
  switch (field)
    {
    case ACCORD_SEARCH_FIELD_TITLE:
    case ACCORD_SEARCH_FIELD_NAME:
    case ACCORD_SEARCH_FIELD_NATIVE_NAME:
      return 4;
    case ACCORD_SEARCH_FIELD_SUMMARY:
    case ACCORD_SEARCH_FIELD_KEY_POINT:
    case ACCORD_SEARCH_FIELD_ROLE:
    case ACCORD_SEARCH_FIELD_ORGANIZATION:
    case ACCORD_SEARCH_FIELD_PLACE:
    case ACCORD_SEARCH_FIELD_DATE:
      return 3;
    case ACCORD_SEARCH_FIELD_QUOTE:
    case ACCORD_SEARCH_FIELD_SPEAKER:
      return 2;
    case ACCORD_SEARCH_FIELD_BODY:
    default:
      return 1;
    }
}

static void
builder_add_field (Builder           *builder,
                   guint              object,
                   AccordSearchField  kind,
                   const char        *text)
{
  GArray *fields = builder->index->fields;
  Field field;
  guint32 number = fields->len;

  if (text == NULL || text[0] == '\0')
    return;

  field.text = text;
  field.object = object;
  field.first_token = builder->tokens->len;
  field.field = kind;
  field.weight = field_weight (kind);

  folder_run (&builder->folder, text);
  field.n_tokens = builder->folder.words->len;

  for (guint i = 0; i < field.n_tokens; i++)
    {
      guint len;
      const char *word = folder_word (&builder->folder, i, &len);
      guint32 id = GPOINTER_TO_UINT (g_hash_table_lookup (builder->ids, word));
      guint32 *last;

      if (id == 0)
        {
          char *copy = g_string_chunk_insert_len (builder->chunk, word, len);
          guint32 zero = 0;

          g_ptr_array_add (builder->words, copy);
          id = builder->words->len;
          g_hash_table_insert (builder->ids, copy, GUINT_TO_POINTER (id));
          g_array_append_val (builder->field_counts, zero);
          g_array_append_val (builder->token_counts, zero);
          g_array_append_val (builder->last_field, zero);
        }
      id--;

      g_array_append_val (builder->tokens, id);
      g_array_index (builder->token_counts, guint32, id)++;
      last = &g_array_index (builder->last_field, guint32, id);
      if (*last != number + 1)
        {
          *last = number + 1;
          g_array_index (builder->field_counts, guint32, id)++;
        }
    }

  /* A gap in the positions: phrases never run on from one field into
   * the next. */
  {
    guint32 no_word = NO_WORD;

    g_array_append_val (builder->tokens, no_word);
  }

  g_array_append_val (fields, field);
}

static void
builder_add_owned_field (Builder           *builder,
                         guint              object,
                         AccordSearchField  kind,
                         char              *text)
{
  if (text == NULL)
    return;

  g_ptr_array_add (builder->index->owned_strings, text);
  builder_add_field (builder, object, kind, text);
}

static void
builder_add_section (Builder       *builder,
                     AccordSection *section)
{
  const char * const *strv;
  guint object = builder_add_object (builder, ACCORD_SEARCH_KIND_SECTION, section, section);
  guint n_quotes;

  builder_add_field (builder, object, ACCORD_SEARCH_FIELD_TITLE, accord_section_get_title (section));
  builder_add_field (builder, object, ACCORD_SEARCH_FIELD_SUMMARY, accord_section_get_summary (section));

  strv = accord_section_get_key_points (section);
  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    builder_add_field (builder, object, ACCORD_SEARCH_FIELD_KEY_POINT, strv[i]);

  strv = accord_section_get_body (section);
  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    builder_add_field (builder, object, ACCORD_SEARCH_FIELD_BODY, strv[i]);

  n_quotes = accord_section_get_n_quotes (section);
  for (guint i = 0; i < n_quotes; i++)
    {
      AccordQuote *quote = accord_section_get_quote (section, i);
      AccordActor *speaker = accord_quote_get_speaker (quote);

      object = builder_add_object (builder, ACCORD_SEARCH_KIND_QUOTE, quote, section);
      builder_add_field (builder, object, ACCORD_SEARCH_FIELD_QUOTE, accord_quote_get_text (quote));
      if (speaker != NULL)
        {
          builder_add_field (builder, object, ACCORD_SEARCH_FIELD_SPEAKER,
                             accord_actor_get_name (speaker));
          builder_add_field (builder, object, ACCORD_SEARCH_FIELD_SPEAKER,
                             accord_actor_get_native_name (speaker));
        }
    }
}

static void
builder_add_actor (Builder     *builder,
                   AccordActor *actor)
{
  guint object = builder_add_object (builder, ACCORD_SEARCH_KIND_ACTOR, actor, NULL);

  builder_add_field (builder, object, ACCORD_SEARCH_FIELD_NAME, accord_actor_get_name (actor));
  builder_add_field (builder, object, ACCORD_SEARCH_FIELD_NATIVE_NAME, accord_actor_get_native_name (actor));
  builder_add_field (builder, object, ACCORD_SEARCH_FIELD_ROLE, accord_actor_get_role (actor));
  builder_add_field (builder, object, ACCORD_SEARCH_FIELD_ORGANIZATION, accord_actor_get_organization (actor));
}

static void
builder_add_event (Builder     *builder,
                   AccordEvent *event)
{
  guint object = builder_add_object (builder, ACCORD_SEARCH_KIND_EVENT, event, NULL);

  builder_add_field (builder, object, ACCORD_SEARCH_FIELD_TITLE, accord_event_get_title (event));
  builder_add_field (builder, object, ACCORD_SEARCH_FIELD_SUMMARY, accord_event_get_summary (event));
  builder_add_field (builder, object, ACCORD_SEARCH_FIELD_PLACE, accord_event_get_place (event));
  builder_add_owned_field (builder, object, ACCORD_SEARCH_FIELD_DATE, accord_event_format_date (event));
}

static int
compare_words (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  char **words = user_data;

  return strcmp (words[*(const guint32 *) a], words[*(const guint32 *) b]);
}

/* A query of one or two letters can match thousands of words and read
 * millions of postings.  For each short prefix whose words together hold
 * many postings, keep the union of their fields as a bitmap, which a query
 * then reads in one pass. */
static void
build_prefix_unions (AccordSearchIndex *self)
{
  gsize threshold = MAX (self->fields->len / 4, PREFIX_UNION_MIN_POSTINGS);

  self->prefix_unions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint n_chars = 1; n_chars <= PREFIX_UNION_MAX_CHARS; n_chars++)
    {
      guint lo = 0;

      while (lo < self->n_words)
        {
          const char *word = self->vocabulary + self->word_offsets[lo];
          const char *end = word;
          gsize prefix_len, total = 0;
          guint hi, first;

          for (guint i = 0; i < n_chars && *end != '\0'; i++)
            end = g_utf8_next_char (end);
          prefix_len = end - word;
          if (g_utf8_strlen (word, prefix_len) < n_chars)
            {
              lo++;
              continue;
            }

          /* Words with this prefix follow one another; the word that is
           * the prefix itself, if any, comes first and is left out. */
          first = *end == '\0' ? lo + 1 : lo;
          for (hi = lo + 1;
               hi < self->n_words &&
               strncmp (self->vocabulary + self->word_offsets[hi], word, prefix_len) == 0;
               hi++)
            ;
          for (guint id = first; id < hi; id++)
            total += word_frequency (self, id);

          if (total >= threshold && hi - first >= 2)
            {
              guint64 *bits = g_new0 (guint64, self->n64);

              for (guint id = first; id < hi; id++)
                set_word_bits (self, id, bits);
              g_hash_table_insert (self->prefix_unions, g_strndup (word, prefix_len), bits);
            }

          lo = hi;
        }
    }
}

static int
compare_by_occurrences (gconstpointer a,
                        gconstpointer b,
                        gpointer      user_data)
{
  AccordSearchIndex *self = user_data;
  guint wa = *(const guint *) a, wb = *(const guint *) b;
  guint32 na = self->occurrence_offsets[wa + 1] - self->occurrence_offsets[wa];
  guint32 nb = self->occurrence_offsets[wb + 1] - self->occurrence_offsets[wb];

  return na > nb ? -1 : na < nb ? 1 : 0;
}

static void
build_pairs (AccordSearchIndex *self,
             const guint32     *tokens,
             guint              n_tokens)
{
  guint32 threshold = MAX (n_tokens / 1024, COMMON_MIN_OCCURRENCES);
  g_autoptr(GArray) common = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree guint32 *cursor = NULL;
  guint n_slots;

  for (guint id = 0; id < self->n_words; id++)
    if (self->occurrence_offsets[id + 1] - self->occurrence_offsets[id] >= threshold)
      g_array_append_val (common, id);
  if (common->len == 0)
    return;
  if (common->len > MAX_COMMON_WORDS)
    {
      g_array_sort_with_data (common, compare_by_occurrences, self);
      g_array_set_size (common, MAX_COMMON_WORDS);
    }

  self->n_common = common->len;
  self->common_rank = g_new0 (guint16, self->n_words);
  for (guint i = 0; i < common->len; i++)
    self->common_rank[g_array_index (common, guint, i)] = i + 1;

  n_slots = self->n_common * self->n_common;
  self->pair_offsets = g_new0 (guint32, n_slots + 1);
  for (guint i = 0; i + 1 < n_tokens; i++)
    {
      /* NO_WORD ends each field: check it before using a token as a word. */
      if (tokens[i] == NO_WORD || tokens[i + 1] == NO_WORD)
        continue;
      if (self->common_rank[tokens[i]] != 0 && self->common_rank[tokens[i + 1]] != 0)
        self->pair_offsets[(self->common_rank[tokens[i]] - 1) * self->n_common +
                           self->common_rank[tokens[i + 1]]]++;
    }
  for (guint i = 0; i < n_slots; i++)
    self->pair_offsets[i + 1] += self->pair_offsets[i];

  self->pairs = g_new (guint32, MAX (self->pair_offsets[n_slots], 1));
  cursor = g_memdup2 (self->pair_offsets, (n_slots + 1) * sizeof (guint32));
  for (guint i = 0; i + 1 < n_tokens; i++)
    {
      if (tokens[i] == NO_WORD || tokens[i + 1] == NO_WORD)
        continue;
      if (self->common_rank[tokens[i]] != 0 && self->common_rank[tokens[i + 1]] != 0)
        self->pairs[cursor[(self->common_rank[tokens[i]] - 1) * self->n_common +
                           self->common_rank[tokens[i + 1]] - 1]++] = i;
    }
}

/* Sorts the vocabulary, renumbers the words in sorted order, and lays the
 * postings out in one array. */
static void
builder_finish (Builder *builder)
{
  AccordSearchIndex *self = builder->index;
  guint n_words = builder->words->len;
  g_autofree guint32 *order = g_new (guint32, n_words);
  g_autofree guint32 *renumber = g_new (guint32, n_words);
  g_autofree guint32 *cursor = g_new (guint32, n_words + 1);
  g_autofree guint32 *last = g_new0 (guint32, n_words);
  gsize pool_len = 0;
  guint n_tokens = builder->tokens->len;
  guint32 *tokens;

  for (guint i = 0; i < n_words; i++)
    {
      order[i] = i;
      pool_len += strlen (g_ptr_array_index (builder->words, i)) + 1;
    }
  g_qsort_with_data (order, n_words, sizeof (guint32), compare_words, builder->words->pdata);

  self->n_words = n_words;
  self->vocabulary_len = pool_len;
  self->vocabulary = g_malloc (pool_len + 1);
  self->word_offsets = g_new (guint32, n_words + 1);
  self->posting_offsets = g_new (guint32, n_words + 1);
  self->occurrence_offsets = g_new (guint32, n_words + 1);

  pool_len = 0;
  self->posting_offsets[0] = 0;
  self->occurrence_offsets[0] = 0;
  for (guint i = 0; i < n_words; i++)
    {
      const char *word = g_ptr_array_index (builder->words, order[i]);
      gsize len = strlen (word);

      renumber[order[i]] = i;
      self->word_offsets[i] = pool_len;
      memcpy (self->vocabulary + pool_len, word, len + 1);
      pool_len += len + 1;
      self->posting_offsets[i + 1] = self->posting_offsets[i] +
        g_array_index (builder->field_counts, guint32, order[i]);
      self->occurrence_offsets[i + 1] = self->occurrence_offsets[i] +
        g_array_index (builder->token_counts, guint32, order[i]);
    }
  self->word_offsets[n_words] = pool_len;
  self->vocabulary[pool_len] = '\0';

  tokens = (guint32 *) (void *) builder->tokens->data;
  self->occurrences = g_new (guint32, MAX (self->occurrence_offsets[n_words], 1));
  memcpy (cursor, self->occurrence_offsets, (n_words + 1) * sizeof (guint32));
  for (guint i = 0; i < n_tokens; i++)
    {
      guint32 id = tokens[i];

      if (id == NO_WORD)
        continue;
      id = tokens[i] = renumber[id];
      self->occurrences[cursor[id]++] = i;
    }

  for (guint i = 0; i < self->objects->len; i++)
    {
      IndexedObject *object = &g_array_index (self->objects, IndexedObject, i);

      object->end_field = i + 1 < self->objects->len
        ? g_array_index (self->objects, IndexedObject, i + 1).first_field
        : self->fields->len;
    }

  self->postings = g_new (guint32, MAX (self->posting_offsets[n_words], 1));
  memcpy (cursor, self->posting_offsets, (n_words + 1) * sizeof (guint32));
  for (guint f = 0; f < self->fields->len; f++)
    {
      const Field *field = &g_array_index (self->fields, Field, f);

      for (guint t = 0; t < field->n_tokens; t++)
        {
          guint32 id = tokens[field->first_token + t];

          if (last[id] != f + 1)
            {
              last[id] = f + 1;
              self->postings[cursor[id]++] = f;
            }
        }
    }

  self->n64 = (self->fields->len + 63) / 64;
  self->field_objects = g_new (guint32, MAX (self->fields->len, 1));
  for (guint f = 0; f < self->fields->len; f++)
    self->field_objects[f] = g_array_index (self->fields, Field, f).object;
  self->weight_bitmaps = g_new0 (guint64, (gsize) MAX_WEIGHT * self->n64);
  for (guint f = 0; f < self->fields->len; f++)
    set_bit (self->weight_bitmaps + (gsize) (g_array_index (self->fields, Field, f).weight - 1) * self->n64, f);

  build_prefix_unions (self);
  build_pairs (self, tokens, n_tokens);

  g_debug ("%u fields, %u words (%zu bytes), %u postings, %u positions, "
           "%u prefix unions, %u common words, %u pairs",
           self->fields->len, n_words, self->vocabulary_len, self->posting_offsets[n_words],
           self->occurrence_offsets[n_words], g_hash_table_size (self->prefix_unions),
           self->n_common, self->pair_offsets != NULL ? self->pair_offsets[self->n_common * self->n_common] : 0);
}

static gboolean
accord_search_index_build (AccordSearchIndex  *self,
                           GCancellable       *cancellable,
                           GError            **error)
{
  GListModel *model;
  Builder builder = { self, };
  gboolean ok = FALSE;
  guint n;

  folder_init (&builder.folder, FALSE);
  builder.ids = g_hash_table_new (g_str_hash, g_str_equal);
  builder.chunk = g_string_chunk_new (64 * 1024);
  builder.words = g_ptr_array_new ();
  builder.tokens = g_array_new (FALSE, FALSE, sizeof (guint32));
  builder.field_counts = g_array_new (FALSE, FALSE, sizeof (guint32));
  builder.token_counts = g_array_new (FALSE, FALSE, sizeof (guint32));
  builder.last_field = g_array_new (FALSE, FALSE, sizeof (guint32));

  model = accord_briefing_get_all_sections (self->briefing);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AccordSection) section = g_list_model_get_item (model, i);

      if (i % 64 == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        goto out;
      builder_add_section (&builder, section);
    }

  model = accord_briefing_get_actors (self->briefing);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AccordActor) actor = g_list_model_get_item (model, i);

      builder_add_actor (&builder, actor);
    }

  model = accord_briefing_get_events (self->briefing);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AccordEvent) event = g_list_model_get_item (model, i);

      if (i % 256 == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        goto out;
      builder_add_event (&builder, event);
    }

  /* The hash table is the largest thing in the build: free it first. */
  g_clear_pointer (&builder.ids, g_hash_table_unref);
  builder_finish (&builder);
  ok = TRUE;

out:
  folder_clear (&builder.folder);
  g_clear_pointer (&builder.ids, g_hash_table_unref);
  g_string_chunk_free (builder.chunk);
  g_ptr_array_unref (builder.words);
  g_clear_pointer (&builder.tokens, g_array_unref);
  g_array_unref (builder.field_counts);
  g_array_unref (builder.token_counts);
  g_array_unref (builder.last_field);

  return ok;
}

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
static gsize
match_word_term (AccordSearchIndex *self,
                 const Term        *term,
                 guint64           *exact,
                 guint64           *prefix,
                 guint64           *substring)
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
      set_word_bits (self, lo, exact);
      n += word_frequency (self, lo++);
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
          set_word_bits (self, id, prefix);
          n += word_frequency (self, id);
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
              set_word_bits (self, id, substring);
              n += word_frequency (self, id);
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
  const Field *fields = (const Field *) (void *) self->fields->data;
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
                set_bit (bits, field_at_position (self, start_a, &cursor));
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
            set_bit (bits, field_at_position (self, start_a, &cursor));
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
} PositionList;

static int
compare_position_lists (gconstpointer a,
                        gconstpointer b)
{
  const PositionList *la = a;
  const PositionList *lb = b;

  return la->n < lb->n ? -1 : la->n > lb->n ? 1 : 0;
}

/* Returns how many times the phrase occurs.  Its start must be in every
 * list: the positions of each word but the last, and of each pair of
 * common words, shortest list first; then the last word, which may be a
 * prefix, is looked for after each start. */
static gsize
match_phrase_term (AccordSearchIndex *self,
                   const Term        *term,
                   guint64           *exact,
                   guint64           *prefix)
{
  guint n_words = term->n_words;
  guint last = n_words - 1;
  g_autofree guint *ids = g_new (guint, n_words);
  g_autofree gboolean *covered = g_new0 (gboolean, n_words);
  g_autofree PositionList *lists = g_new (PositionList, 2 * n_words);
  g_autofree guint32 *starts = NULL;
  g_autofree guint32 *scratch = NULL;
  PositionList current;
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

  qsort (lists, n_lists, sizeof (PositionList), compare_position_lists);
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
            set_bit (bits, field_at_position (self, positions[i], &cursor));
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

/* A min-heap on key keeps the best max_results candidates. */
static void
heap_sift_down (Candidate *heap,
                guint      n,
                guint      i)
{
  for (;;)
    {
      guint smallest = i, l = 2 * i + 1, r = 2 * i + 2;
      Candidate tmp;

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
heap_sift_up (Candidate *heap,
              guint      i)
{
  while (i > 0)
    {
      guint parent = (i - 1) / 2;
      Candidate tmp;

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
  const Candidate *ca = a;
  const Candidate *cb = b;

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
  g_autofree Candidate *heap = NULL;
  guint n_partial = 0;
  guint n_heap = 0;

  for (guint w = 0; w < self->n64; w++)
    n_partial += count_ones (results[w] & ~all[w]);
  room = MIN (room, n_partial);
  if (room == 0)
    return;
  heap = g_new (Candidate, room);

  for (guint w = 0; w < self->n64; w++)
    {
      guint64 bits = results[w] & ~all[w];

      while (bits != 0)
        {
          guint32 f = w * 64 + lowest_bit (bits);
          guint n_matched = 0, worst = MATCH_EXACT;
          Candidate candidate;

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
                                               g_array_index (self->fields, Field, f).weight) << 32) |
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

  qsort (heap, n_heap, sizeof (Candidate), compare_candidates);
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
          const IndexedObject *object;
          gboolean has_all = TRUE;

          while (bits == 0)
            {
              if (++w >= self->n64)
                goto walked;
              bits = rarest_bits[w];
            }
          f = w * 64 + lowest_bit (bits);

          object = &g_array_index (self->objects, IndexedObject, self->field_objects[f]);
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
              guint              max_results)
{
  GArray *ranked = g_array_new (FALSE, FALSE, sizeof (Candidate));
  guint64 *all = scratch_bitmap (self, SCRATCH_ALL);
  guint64 *all_exact = scratch_bitmap (self, SCRATCH_ALL_EXACT);
  guint64 *all_prefix = scratch_bitmap (self, SCRATCH_ALL_PREFIX);

  if (max_results == 0)
    return ranked;

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
                Candidate candidate;

                candidate.field = w * 64 + lowest_bit (bits);
                candidate.key = (guint64) score << 32;
                g_array_append_val (ranked, candidate);
                if (ranked->len == max_results)
                  return ranked;
                bits &= bits - 1;
              }
          }
      }

  if (query->n_terms > 1)
    collect_partial (self, query, max_results - ranked->len, ranked);

  return ranked;
}

static AccordSearchResult *
accord_search_result_new (AccordSearchIndex *index,
                          AccordSearchQuery *query,
                          guint              field_number,
                          guint              score)
{
  const Field *field = &g_array_index (index->fields, Field, field_number);
  const IndexedObject *object = &g_array_index (index->objects, IndexedObject, field->object);
  AccordSearchResult *self = g_object_new (ACCORD_TYPE_SEARCH_RESULT, NULL);

  self->index = g_object_ref (index);
  self->query = accord_search_query_ref (query);
  self->object = g_object_ref (object->object);
  self->section = object->section != NULL ? g_object_ref (object->section) : NULL;
  self->kind = object->kind;
  self->field = field->field;
  self->field_number = field_number;
  self->score = score;

  return self;
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
  self->fields = g_array_new (FALSE, FALSE, sizeof (Field));
  self->objects = g_array_new (FALSE, FALSE, sizeof (IndexedObject));
  self->owned_strings = g_ptr_array_new_with_free_func (g_free);
}

static void
accord_search_result_dispose (GObject *object)
{
  AccordSearchResult *self = (AccordSearchResult *)object;

  g_clear_object (&self->object);
  g_clear_object (&self->section);
  g_clear_object (&self->index);

  G_OBJECT_CLASS (accord_search_result_parent_class)->dispose (object);
}

static void
accord_search_result_finalize (GObject *object)
{
  AccordSearchResult *self = (AccordSearchResult *)object;

  g_clear_pointer (&self->query, accord_search_query_unref);
  g_clear_pointer (&self->ranges, g_array_unref);
  g_free (self->snippet);

  G_OBJECT_CLASS (accord_search_result_parent_class)->finalize (object);
}

static void
accord_search_result_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  AccordSearchResult *self = ACCORD_SEARCH_RESULT (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_FIELD:
      g_value_set_enum (value, self->field);
      break;

    case PROP_OBJECT:
      g_value_set_object (value, self->object);
      break;

    case PROP_SECTION:
      g_value_set_object (value, self->section);
      break;

    case PROP_SNIPPET:
      g_value_set_string (value, accord_search_result_get_snippet (self));
      break;

    case PROP_SCORE:
      g_value_set_uint (value, self->score);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_search_result_class_init (AccordSearchResultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = accord_search_result_dispose;
  object_class->finalize = accord_search_result_finalize;
  object_class->get_property = accord_search_result_get_property;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       ACCORD_TYPE_SEARCH_KIND, ACCORD_SEARCH_KIND_SECTION,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_FIELD] =
    g_param_spec_enum ("field", NULL, NULL,
                       ACCORD_TYPE_SEARCH_FIELD, ACCORD_SEARCH_FIELD_TITLE,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_OBJECT] =
    g_param_spec_object ("object", NULL, NULL,
                         G_TYPE_OBJECT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SECTION] =
    g_param_spec_object ("section", NULL, NULL,
                         ACCORD_TYPE_SECTION,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SNIPPET] =
    g_param_spec_string ("snippet", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SCORE] =
    g_param_spec_uint ("score", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
accord_search_result_init (AccordSearchResult *self)
{
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
  built = accord_search_index_build (self, NULL, NULL);
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

  if (accord_search_index_build (self, cancellable, &error))
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
 * @total: (out) (optional): the number of results there are in all
 *
 * Finds the fields that match @query, best first.  Safe to call from
 * several threads; calls run one at a time.
 *
 * Returns: (transfer full) (element-type AccordSearchResult): at most
 *   @max_results results
 */
GPtrArray *
accord_search_index_query (AccordSearchIndex *self,
                           AccordSearchQuery *query,
                           guint              max_results,
                           guint             *total)
{
  g_autoptr(GArray) ranked = NULL;
  GPtrArray *results;
  gsize rarest_count = G_MAXSIZE;
  guint rarest = 0;
  guint count;
  guint needed;

  g_return_val_if_fail (ACCORD_IS_SEARCH_INDEX (self), NULL);

  results = g_ptr_array_new_with_free_func (g_object_unref);
  if (total != NULL)
    *total = 0;
  if (query == NULL || query->n_terms == 0 || self->fields->len == 0)
    return results;

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
      const Term *term = &query->terms[t];
      guint64 *exact = term_bitmap (self, t, TERM_EXACT);
      guint64 *prefix = term_bitmap (self, t, TERM_PREFIX);
      guint64 *any = term_bitmap (self, t, TERM_ANY);
      gsize found;

      memset (exact, 0, N_TERM_BITMAPS * self->n64 * sizeof (guint64));
      if (term->n_words == 1)
        found = match_word_term (self, term, exact, prefix, any);
      else
        found = match_phrase_term (self, term, exact, prefix);

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
  ranked = rank_results (self, query, max_results);

  for (guint i = 0; i < ranked->len; i++)
    {
      const Candidate *candidate = &g_array_index (ranked, Candidate, i);

      g_ptr_array_add (results, accord_search_result_new (self, query, candidate->field,
                                                          (guint) (candidate->key >> 32)));
    }

  if (total != NULL)
    *total = count;

out:
  g_mutex_unlock (&self->lock);

  return results;
}

/* Public API: results */

AccordSearchKind
accord_search_result_get_kind (AccordSearchResult *self)
{
  g_return_val_if_fail (ACCORD_IS_SEARCH_RESULT (self), ACCORD_SEARCH_KIND_SECTION);
  return self->kind;
}

/**
 * accord_search_result_get_object:
 *
 * Returns: (transfer none): the #AccordSection, #AccordQuote, #AccordActor
 *   or #AccordEvent that matched
 */
GObject *
accord_search_result_get_object (AccordSearchResult *self)
{
  g_return_val_if_fail (ACCORD_IS_SEARCH_RESULT (self), NULL);
  return self->object;
}

/**
 * accord_search_result_get_section:
 *
 * Returns: (transfer none) (nullable): the section to open: the section
 *   itself, or the section of a quote; %NULL for actors and events
 */
AccordSection *
accord_search_result_get_section (AccordSearchResult *self)
{
  g_return_val_if_fail (ACCORD_IS_SEARCH_RESULT (self), NULL);
  return self->section;
}

AccordSearchField
accord_search_result_get_field (AccordSearchResult *self)
{
  g_return_val_if_fail (ACCORD_IS_SEARCH_RESULT (self), ACCORD_SEARCH_FIELD_TITLE);
  return self->field;
}

/**
 * accord_search_result_get_score:
 *
 * Returns: a number that is higher for better results: hundreds count the
 *   terms the field holds, tens how well they match (2 exact, 1 prefix,
 *   0 substring), units the weight of the field.  Results with equal scores
 *   come in document order.
 */
guint
accord_search_result_get_score (AccordSearchResult *self)
{
  g_return_val_if_fail (ACCORD_IS_SEARCH_RESULT (self), 0);
  return self->score;
}

static inline gsize
step_back (const char *text,
           gsize       offset)
{
  if (offset == 0)
    return 0;
  offset--;
  while (offset > 0 && ((guchar) text[offset] & 0xC0) == 0x80)
    offset--;
  return offset;
}

static inline gsize
step_forward (const char *text,
              gsize       len,
              gsize       offset)
{
  if (offset >= len)
    return len;
  offset++;
  while (offset < len && ((guchar) text[offset] & 0xC0) == 0x80)
    offset++;
  return offset;
}

static inline gboolean
is_space_at (const char *text,
             gsize       offset)
{
  guchar c = text[offset];

  if (c < 0x80)
    return g_ascii_isspace (c);

  return g_unichar_isspace (g_utf8_get_char_validated (text + offset, -1));
}

static inline gboolean
is_word_at (const char *text,
            gsize       offset)
{
  guchar c = text[offset];
  gunichar u;

  if (c < 0x80)
    return g_ascii_isalnum (c);

  u = g_utf8_get_char_validated (text + offset, -1);
  if (u == (gunichar) -1 || u == (gunichar) -2)
    return FALSE;

  return is_word_unichar (u) || is_dropped_mark (u);
}

/* Whether cutting the text at @offset keeps the words on both sides whole. */
static inline gboolean
is_boundary (const char *text,
             gsize       offset)
{
  return offset == 0 || text[offset] == '\0' ||
         !is_word_at (text, offset) || !is_word_at (text, step_back (text, offset));
}

static void
result_make_snippet (AccordSearchResult *self)
{
  const Field *field = &g_array_index (self->index->fields, Field, self->field_number);
  const char *text = field->text;
  gsize len = strlen (text);
  g_autoptr(GArray) found = accord_search_query_match_text (self->query, text);
  g_autoptr(GArray) kept = NULL;
  AccordSearchRange first = { 0, 0 };
  GString *snippet;
  gsize from, to, i;
  guint n_starts = 0, n_ends = 0;

  if (found->len > 0)
    first = g_array_index (found, AccordSearchRange, 0);

  /* About SNIPPET_CONTEXT characters each side of the first match, then
   * pulled in to the nearest word boundary when there is one, so words
   * stay whole. */
  from = first.start;
  for (i = 0; i < SNIPPET_CONTEXT && from > 0; i++)
    from = step_back (text, from);
  for (gsize at = from; at > 0 && at < first.start; at = step_forward (text, len, at))
    if (is_boundary (text, at))
      {
        from = at;
        break;
      }
  while (from < first.start && is_space_at (text, from))
    from = step_forward (text, len, from);

  to = first.end;
  for (i = 0; i < SNIPPET_CONTEXT && to < len; i++)
    to = step_forward (text, len, to);
  for (gsize at = to; at < len && at > first.end; at = step_back (text, at))
    if (is_boundary (text, at))
      {
        to = at;
        break;
      }
  while (to > first.end && is_space_at (text, step_back (text, to)))
    to = step_back (text, to);

  snippet = g_string_sized_new (to - from + 2 * strlen (ELLIPSIS));
  if (from > 0)
    g_string_append (snippet, ELLIPSIS);

  /* Only whole matches: a highlight must show what was found. */
  kept = g_array_new (FALSE, FALSE, sizeof (AccordSearchRange));
  for (i = 0; i < found->len; i++)
    {
      AccordSearchRange range = g_array_index (found, AccordSearchRange, i);

      if (range.start >= from && range.end <= to)
        g_array_append_val (kept, range);
    }
  self->ranges = g_array_copy (kept);

  /* Copy character by character, moving the ranges along: the loader only
   * lets valid UTF-8 through, but a snippet must never be anything else,
   * and a row is one line.  Ranges are sorted and apart, so their starts
   * and their ends each come in order. */
  for (gsize at = from; at <= to;)
    {
      gunichar c;
      gsize next;

      while (n_starts < kept->len && g_array_index (kept, AccordSearchRange, n_starts).start == at)
        g_array_index (self->ranges, AccordSearchRange, n_starts++).start = snippet->len;
      while (n_ends < kept->len && g_array_index (kept, AccordSearchRange, n_ends).end == at)
        g_array_index (self->ranges, AccordSearchRange, n_ends++).end = snippet->len;

      if (at == to)
        break;

      c = g_utf8_get_char_validated (text + at, to - at);
      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          g_string_append_unichar (snippet, 0xFFFD);
          next = at + 1;
        }
      else
        {
          next = step_forward (text, len, at);
          if (c == '\n' || c == '\r' || c == '\t')
            g_string_append_c (snippet, ' ');
          else
            g_string_append_len (snippet, text + at, next - at);
        }
      at = next;
    }
  g_assert (n_starts == kept->len && n_ends == kept->len);

  if (to < len)
    g_string_append (snippet, ELLIPSIS);

  self->snippet = g_string_free (snippet, FALSE);
}

/**
 * accord_search_result_get_snippet:
 *
 * Returns: (transfer none): about SNIPPET_CONTEXT characters each side of
 *   the first match in the field, with "…" where the text was cut
 */
const char *
accord_search_result_get_snippet (AccordSearchResult *self)
{
  g_return_val_if_fail (ACCORD_IS_SEARCH_RESULT (self), NULL);

  if (self->snippet == NULL)
    result_make_snippet (self);
  return self->snippet;
}

/**
 * accord_search_result_get_ranges:
 * @n_ranges: (out): the number of ranges
 *
 * Returns: (transfer none) (array length=n_ranges): the matches in the
 *   snippet, as sorted byte offsets into it
 */
const AccordSearchRange *
accord_search_result_get_ranges (AccordSearchResult *self,
                                 guint              *n_ranges)
{
  g_return_val_if_fail (ACCORD_IS_SEARCH_RESULT (self), NULL);
  g_return_val_if_fail (n_ranges != NULL, NULL);

  if (self->snippet == NULL)
    result_make_snippet (self);

  *n_ranges = self->ranges->len;
  return (const AccordSearchRange *) (void *) self->ranges->data;
}

/**
 * accord_search_result_format_marked:
 * @open: text to put before each match, such as "["
 * @close: text to put after each match, such as "]"
 *
 * Returns: (transfer full): the snippet with its matches marked
 */
char *
accord_search_result_format_marked (AccordSearchResult *self,
                                    const char         *open,
                                    const char         *close)
{
  const AccordSearchRange *ranges;
  const char *snippet;
  GString *marked;
  guint n_ranges;
  guint at = 0;

  g_return_val_if_fail (ACCORD_IS_SEARCH_RESULT (self), NULL);
  g_return_val_if_fail (open != NULL, NULL);
  g_return_val_if_fail (close != NULL, NULL);

  snippet = accord_search_result_get_snippet (self);
  ranges = accord_search_result_get_ranges (self, &n_ranges);
  marked = g_string_new (NULL);

  for (guint i = 0; i < n_ranges; i++)
    {
      g_string_append_len (marked, snippet + at, ranges[i].start - at);
      g_string_append (marked, open);
      g_string_append_len (marked, snippet + ranges[i].start, ranges[i].end - ranges[i].start);
      g_string_append (marked, close);
      at = ranges[i].end;
    }
  g_string_append (marked, snippet + at);

  return g_string_free (marked, FALSE);
}
