/* accord-search-index-builder.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Building an AccordSearchIndex from a briefing: fold every field, then
 * sort the vocabulary and lay out the postings (see accord-search-index.c
 * for how they are used).
 */

#define G_LOG_DOMAIN "accord-search"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "accord-actor.h"
#include "accord-briefing.h"
#include "accord-event.h"
#include "accord-quote.h"
#include "accord-search-private.h"
#include "accord-section.h"

#define NO_WORD                    G_MAXUINT32
#define PREFIX_UNION_MAX_CHARS     2
#define PREFIX_UNION_MIN_POSTINGS  4096
#define MAX_COMMON_WORDS           256
#define COMMON_MIN_OCCURRENCES     1024

/* Building the index */

typedef struct
{
  AccordSearchIndex *index;
  AccordSearchFolder folder;
  GHashTable *ids;          /* word → id + 1, in build order */
  GStringChunk *chunk;
  GPtrArray *words;         /* build id → word */
  GArray *tokens;           /* guint32 build ids */
  GArray *field_counts;     /* guint32 per build id: fields that have it */
  GArray *token_counts;     /* guint32 per build id: times it occurs */
  GArray *last_field;       /* guint32 per build id: last field counted + 1 */
} AccordSearchIndexBuilder;

static guint
builder_add_object (AccordSearchIndexBuilder *builder,
                    AccordSearchKind          kind,
                    gpointer                  object,
                    AccordSection            *section)
{
  AccordSearchIndexObject indexed = { object, section, kind, builder->index->fields->len, 0 };

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
builder_add_field (AccordSearchIndexBuilder *builder,
                   guint                     object,
                   AccordSearchField         kind,
                   const char               *text)
{
  GArray *fields = builder->index->fields;
  AccordSearchIndexField field;
  guint32 number = fields->len;

  if (text == NULL || text[0] == '\0')
    return;

  field.text = text;
  field.object = object;
  field.first_token = builder->tokens->len;
  field.field = kind;
  field.weight = field_weight (kind);

  _accord_search_folder_run (&builder->folder, text);
  field.n_tokens = builder->folder.words->len;

  for (guint i = 0; i < field.n_tokens; i++)
    {
      guint len;
      const char *word = _accord_search_folder_word (&builder->folder, i, &len);
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
builder_add_owned_field (AccordSearchIndexBuilder *builder,
                         guint                     object,
                         AccordSearchField         kind,
                         char                     *text)
{
  if (text == NULL)
    return;

  g_ptr_array_add (builder->index->owned_strings, text);
  builder_add_field (builder, object, kind, text);
}

static void
builder_add_section (AccordSearchIndexBuilder *builder,
                     AccordSection            *section)
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
builder_add_actor (AccordSearchIndexBuilder *builder,
                   AccordActor              *actor)
{
  guint object = builder_add_object (builder, ACCORD_SEARCH_KIND_ACTOR, actor, NULL);

  builder_add_field (builder, object, ACCORD_SEARCH_FIELD_NAME, accord_actor_get_name (actor));
  builder_add_field (builder, object, ACCORD_SEARCH_FIELD_NATIVE_NAME, accord_actor_get_native_name (actor));
  builder_add_field (builder, object, ACCORD_SEARCH_FIELD_ROLE, accord_actor_get_role (actor));
  builder_add_field (builder, object, ACCORD_SEARCH_FIELD_ORGANIZATION, accord_actor_get_organization (actor));
}

static void
builder_add_event (AccordSearchIndexBuilder *builder,
                   AccordEvent              *event)
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
            total += _accord_search_word_frequency (self, id);

          if (total >= threshold && hi - first >= 2)
            {
              guint64 *bits = g_new0 (guint64, self->n64);

              for (guint id = first; id < hi; id++)
                _accord_search_set_word_bits (self, id, bits);
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
builder_finish (AccordSearchIndexBuilder *builder)
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
      AccordSearchIndexObject *object = &g_array_index (self->objects, AccordSearchIndexObject, i);

      object->end_field = i + 1 < self->objects->len
        ? g_array_index (self->objects, AccordSearchIndexObject, i + 1).first_field
        : self->fields->len;
    }

  self->postings = g_new (guint32, MAX (self->posting_offsets[n_words], 1));
  memcpy (cursor, self->posting_offsets, (n_words + 1) * sizeof (guint32));
  for (guint f = 0; f < self->fields->len; f++)
    {
      const AccordSearchIndexField *field = &g_array_index (self->fields, AccordSearchIndexField, f);

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
    self->field_objects[f] = g_array_index (self->fields, AccordSearchIndexField, f).object;
  self->weight_bitmaps = g_new0 (guint64, (gsize) MAX_WEIGHT * self->n64);
  for (guint f = 0; f < self->fields->len; f++)
    _accord_search_set_bit (self->weight_bitmaps + (gsize) (g_array_index (self->fields, AccordSearchIndexField, f).weight - 1) * self->n64, f);

  build_prefix_unions (self);
  build_pairs (self, tokens, n_tokens);

  g_debug ("%u fields, %u words (%zu bytes), %u postings, %u positions, "
           "%u prefix unions, %u common words, %u pairs",
           self->fields->len, n_words, self->vocabulary_len, self->posting_offsets[n_words],
           self->occurrence_offsets[n_words], g_hash_table_size (self->prefix_unions),
           self->n_common, self->pair_offsets != NULL ? self->pair_offsets[self->n_common * self->n_common] : 0);
}

gboolean
_accord_search_index_build (AccordSearchIndex  *self,
                            GCancellable       *cancellable,
                            GError            **error)
{
  GListModel *model;
  AccordSearchIndexBuilder builder = { self, };
  gboolean ok = FALSE;
  guint n;

  _accord_search_folder_init (&builder.folder, FALSE);
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
  _accord_search_folder_clear (&builder.folder);
  g_clear_pointer (&builder.ids, g_hash_table_unref);
  g_string_chunk_free (builder.chunk);
  g_ptr_array_unref (builder.words);
  g_clear_pointer (&builder.tokens, g_array_unref);
  g_array_unref (builder.field_counts);
  g_array_unref (builder.token_counts);
  g_array_unref (builder.last_field);

  return ok;
}
