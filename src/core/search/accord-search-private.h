/* accord-search-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "accord-search.h"

G_BEGIN_DECLS

/* Shared by the accord-search*.c files; accord-search.c says how
 * matching works. */

#define MAX_WEIGHT                 4

typedef struct
{
  guint32 start;
  guint32 len;
} AccordSearchFoldedWord;

/* Folds a text into its words.  The folded buffer holds the words only,
 * each followed by a NUL, so each can be used as a C string. */
typedef struct
{
  GString *folded;
  GArray  *words;    /* AccordSearchFoldedWord */
  guint32 *starts;   /* per folded byte, where its character starts in the
                      * text; NULL when not mapping */
  guint32 *ends;     /* per folded byte, where its character ends */
  gsize    map_size; /* entries allocated in starts and ends */
} AccordSearchFolder;

typedef struct
{
  char     **words;
  guint     *lengths;
  guint      n_words;
  gboolean   substring;
} AccordSearchTerm;

struct _AccordSearchQuery
{
  gatomicrefcount ref_count;
  AccordSearchTerm *terms;
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
} AccordSearchIndexField;

/* A field that matches, ranked: the score in the high 32 bits of the key,
 * then whatever orders equal scores. */
typedef struct
{
  guint64 key;
  guint32 field;
  guint32 n_more;   /* once grouped: the object's other matching fields */
} AccordSearchCandidate;

#define CANDIDATE_SCORE(c) ((guint) ((c)->key >> 32))

typedef struct
{
  GObject          *object;      /* unowned: the briefing keeps it alive */
  AccordSection    *section;     /* unowned */
  AccordSearchKind  kind;
  guint32           first_field; /* its fields are [first_field, end_field) */
  guint32           end_field;
} AccordSearchIndexObject;

struct _AccordSearchIndex
{
  GObject parent_instance;

  AccordBriefing *briefing;
  GPtrArray *owned_strings;
  GArray *fields;            /* AccordSearchIndexField */
  GArray *objects;           /* AccordSearchIndexObject */

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

void                _accord_search_folder_init       (AccordSearchFolder             *folder,
                                                      gboolean            map);
void                _accord_search_folder_clear      (AccordSearchFolder             *folder);
void                _accord_search_folder_run        (AccordSearchFolder             *folder,
                                                      const char         *text);
gboolean            _accord_search_index_build       (AccordSearchIndex  *self,
                                                      GCancellable       *cancellable,
                                                      GError            **error);
gsize               _accord_search_match_word_term   (AccordSearchIndex  *self,
                                                      const AccordSearchTerm         *term,
                                                      guint64            *exact,
                                                      guint64            *prefix,
                                                      guint64            *substring);
gsize               _accord_search_match_phrase_term (AccordSearchIndex  *self,
                                                      const AccordSearchTerm         *term,
                                                      guint64            *exact,
                                                      guint64            *prefix);
AccordSearchResult *_accord_search_result_new        (AccordSearchIndex  *index,
                                                      AccordSearchQuery  *query,
                                                      guint               field_number,
                                                      guint               score,
                                                      guint               n_more);
AccordSearchResults *_accord_search_results_new_take (AccordSearchIndex  *index,
                                                      AccordSearchQuery  *query,
                                                      GArray             *ranked,
                                                      guint               total);

/* Folding */

static inline gboolean
_accord_search_is_dropped_mark (gunichar c)
{
  GUnicodeType type = g_unichar_type (c);

  return type == G_UNICODE_NON_SPACING_MARK || type == G_UNICODE_ENCLOSING_MARK;
}

static inline gboolean
_accord_search_is_word_unichar (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isalnum (c);

  return g_unichar_isalnum (c) || g_unichar_type (c) == G_UNICODE_SPACING_MARK;
}

static inline const char *
_accord_search_folder_word (AccordSearchFolder *folder,
                            guint   i,
                            guint  *len)
{
  const AccordSearchFoldedWord *word = &g_array_index (folder->words, AccordSearchFoldedWord, i);

  *len = word->len;
  return folder->folded->str + word->start;
}

/* Bitmaps over fields */

static inline void
_accord_search_set_bit (guint64 *bits,
                        guint32  i)
{
  bits[i >> 6] |= G_GUINT64_CONSTANT (1) << (i & 63);
}

static inline gsize
_accord_search_word_frequency (AccordSearchIndex *self,
                               guint              word)
{
  return self->posting_offsets[word + 1] - self->posting_offsets[word];
}

static inline void
_accord_search_set_word_bits (AccordSearchIndex *self,
                              guint              word,
                              guint64           *bits)
{
  const guint32 *p = self->postings + self->posting_offsets[word];
  const guint32 *end = self->postings + self->posting_offsets[word + 1];

  for (; p < end; p++)
    _accord_search_set_bit (bits, *p);
}

G_END_DECLS
