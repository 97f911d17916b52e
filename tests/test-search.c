/* test-search.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-search"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "accord-actor.h"
#include "accord-briefing.h"
#include "accord-event.h"
#include "accord-loader.h"
#include "accord-quote.h"
#include "accord-search.h"
#include "accord-section.h"

/* Objects with the phrase "middle powers" in the bundled briefing. */
#define N_MIDDLE_POWERS_OBJECTS 4
#define HANGUL_SPACED   "대한민국 국방부 장관은 회담에서 "
#define HANGUL_UNSPACED "가나다라마바사아자차카타파하"
#define FRENCH_SPACED   "élève à l’école française "

/* Folding written independently of the module, from GLib's own
 * normalisation: NFKD, marks dropped, case folded, NFKD again. */
static char *
oracle_fold (const char *text)
{
  g_autofree char *decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_NFKD);
  g_autoptr(GString) stripped = g_string_new (NULL);
  g_autofree char *folded = NULL;

  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_type (c) != G_UNICODE_NON_SPACING_MARK)
        g_string_append_unichar (stripped, c);
    }

  folded = g_utf8_casefold (stripped->str, -1);
  return g_utf8_normalize (folded, -1, G_NORMALIZE_NFKD);
}

static AccordBriefing *
load_bundled (void)
{
  g_autoptr(GError) error = NULL;
  AccordBriefing *briefing = accord_loader_load_bundled (&error);

  g_assert_no_error (error);
  g_assert_nonnull (briefing);
  return briefing;
}

static AccordBriefing *
load_json (const char *json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  AccordBriefing *briefing = accord_loader_load_bytes (bytes, "test.json", &error);

  g_assert_no_error (error);
  g_assert_nonnull (briefing);
  return briefing;
}

static char *
repeat (const char *text,
        guint       times)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < times; i++)
    g_string_append (s, text);
  return g_string_free (s, FALSE);
}

/* Words and names in several scripts and forms; the three long paragraphs
 * test snippets. */
static AccordBriefing *
load_test_briefing (void)
{
  g_autofree char *hangul = repeat (HANGUL_SPACED, 12);
  g_autofree char *unspaced = repeat (HANGUL_UNSPACED, 12);
  g_autofree char *french = repeat (FRENCH_SPACED, 12);
  g_autofree char *json = NULL;

  json = g_strdup_printf (
    "{\n"
    "  \"format\": \"accord-briefing\", \"version\": 1, \"id\": \"t\", \"title\": \"T\",\n"
    "  \"actors\": [\n"
    "    { \"id\": \"kim\", \"name\": \"KIM Min-jun\", \"native_name\": \"김민준\",\n"
    "      \"role\": \"Maire de SÉOUL\" }\n"
    "  ],\n"
    "  \"sections\": [\n"
    "    { \"id\": \"visit\", \"title\": \"Visite à Séoul\",\n"
    "      \"body\": [\n"
    "        \"Die Straße ist lang; the ﬁnancial district is near.\",\n"
    "        \"Written apart: \\u1109\\u1165\\u110B\\u116E\\u11AF and Cafe\\u0301 and ΟΔΟΣ.\",\n"
    "        \"%s김민준 시장 %s\",\n"
    "        \"%s민준%s\",\n"
    "        \"%sSéoul %s\"\n"
    "      ],\n"
    "      \"quotes\": [ { \"text\": \"Une visite navale.\", \"speaker\": \"kim\" } ]\n"
    "    },\n"
    "    { \"id\": \"other\", \"title\": \"Other\", \"summary\": \"Body words only.\",\n"
    "      \"body\": [ \"Nothing about the city here, only a visit to Busan.\" ] }\n"
    "  ],\n"
    "  \"events\": [\n"
    "    { \"id\": \"summit\", \"title\": \"Sommet\", \"date\": \"2026-03\", \"place\": \"Séoul\" }\n"
    "  ]\n"
    "}\n",
    hangul, hangul, unspaced, unspaced, french, french);

  return load_json (json);
}

/* Each object at most once. */
static void
assert_objects_distinct (GPtrArray *results)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < results->len; i++)
    {
      GObject *object = accord_search_result_get_object (g_ptr_array_index (results, i));

      g_assert_false (g_hash_table_contains (seen, object));
      g_hash_table_add (seen, object);
    }
}

/* Every result of a query, made: the tests look at all of them. */
static GPtrArray *
query_all (AccordSearchIndex *index,
           AccordSearchQuery *query,
           guint              max_results,
           guint             *total)
{
  g_autoptr(AccordSearchResults) model = accord_search_index_query (index, query, max_results, total);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (model));
  GPtrArray *results = g_ptr_array_new_with_free_func (g_object_unref);

  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (model)) == ACCORD_TYPE_SEARCH_RESULT);
  g_assert_cmpuint (accord_search_results_get_total (model), ==, *total);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (model), n));

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (results, g_list_model_get_item (G_LIST_MODEL (model), i));

  return results;
}

static GPtrArray *
search (AccordSearchIndex *index,
        const char        *text,
        guint              max_results,
        guint             *total)
{
  g_autoptr(AccordSearchQuery) query = accord_search_query_parse (text);
  GPtrArray *results;

  g_assert_nonnull (query);
  results = query_all (index, query, max_results, total);
  g_assert_cmpuint (results->len, <=, max_results);
  g_assert_cmpuint (results->len, <=, *total);
  assert_objects_distinct (results);

  return results;
}

static AccordSearchResult *
result_at (GPtrArray *results,
           guint      i)
{
  g_assert_cmpuint (i, <, results->len);
  return g_ptr_array_index (results, i);
}

static void
assert_result (AccordSearchResult *result,
               AccordSearchKind    kind,
               AccordSearchField   field,
               gpointer            object)
{
  g_assert_cmpint (accord_search_result_get_kind (result), ==, kind);
  g_assert_cmpint (accord_search_result_get_field (result), ==, field);
  g_assert_true (accord_search_result_get_object (result) == object);
}

/* A result is one object: its best field, and how many more match. */
static void
assert_grouped (AccordSearchResult *result,
                AccordSearchKind    kind,
                AccordSearchField   field,
                gpointer            object,
                guint               n_more)
{
  assert_result (result, kind, field, object);
  g_assert_cmpuint (accord_search_result_get_n_more (result), ==, n_more);
}


/* Every range in the snippet must hold text that folds to one of @terms. */
static void
assert_ranges_fold_to (AccordSearchResult *result,
                       const char * const *terms)
{
  const char *snippet = accord_search_result_get_snippet (result);
  const AccordSearchRange *ranges;
  guint n_ranges = 0;

  ranges = accord_search_result_get_ranges (result, &n_ranges);
  g_assert_true (g_utf8_validate (snippet, -1, NULL));
  g_assert_cmpuint (n_ranges, >, 0);

  for (guint i = 0; i < n_ranges; i++)
    {
      g_autofree char *sub = NULL;
      g_autofree char *folded = NULL;
      gboolean ok = FALSE;

      g_assert_cmpuint (ranges[i].start, <, ranges[i].end);
      g_assert_cmpuint (ranges[i].end, <=, strlen (snippet));
      if (i > 0)
        g_assert_cmpuint (ranges[i - 1].end, <=, ranges[i].start);

      sub = g_strndup (snippet + ranges[i].start, ranges[i].end - ranges[i].start);
      g_assert_true (g_utf8_validate (sub, -1, NULL));
      folded = oracle_fold (sub);
      for (guint t = 0; terms[t] != NULL && !ok; t++)
        {
          g_autofree char *term = oracle_fold (terms[t]);

          ok = g_str_equal (folded, term);
        }
      if (!ok)
        g_error ("range \"%s\" of \"%s\" matches no term", sub, snippet);
    }
}

static void
test_parse (void)
{
  g_autoptr(AccordSearchQuery) dup = NULL;
  g_autoptr(AccordSearchQuery) phrase = NULL;
  g_autoptr(AccordSearchQuery) mixed = NULL;
  g_autoptr(AccordSearchQuery) bad = NULL;

  g_assert_null (accord_search_query_parse (NULL));
  g_assert_null (accord_search_query_parse (""));
  g_assert_null (accord_search_query_parse ("   \t "));
  g_assert_null (accord_search_query_parse ("\"\""));
  g_assert_null (accord_search_query_parse ("— , ; “ ”"));

  dup = accord_search_query_parse ("naval NAVAL Naval");
  g_assert_cmpuint (accord_search_query_get_n_terms (dup), ==, 1);

  phrase = accord_search_query_parse ("\"middle powers\"");
  g_assert_cmpuint (accord_search_query_get_n_terms (phrase), ==, 1);

  mixed = accord_search_query_parse ("naval “middle powers” gyu-back");
  g_assert_cmpuint (accord_search_query_get_n_terms (mixed), ==, 3);

  /* Invalid UTF-8 (from a command line) must not break anything. */
  bad = accord_search_query_parse ("na\xffval");
  g_assert_nonnull (bad);
  g_assert_cmpuint (accord_search_query_get_n_terms (bad), ==, 1);
}

static void
test_hangul_bundled (void)
{
  g_autoptr(AccordBriefing) briefing = load_bundled ();
  g_autoptr(AccordSearchIndex) index = accord_search_index_new (briefing);
  AccordActor *ahn = accord_briefing_lookup_actor (briefing, "ahn-gyu-back");
  const char *queries[] = { "안규백", "규", "안규", "규백" };

  g_assert_nonnull (ahn);

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      const char *terms[] = { queries[i], NULL };
      g_autoptr(GPtrArray) results = NULL;
      AccordSearchResult *result;
      guint total = 0;

      results = search (index, queries[i], 2000, &total);
      g_assert_cmpuint (total, ==, 1);
      result = result_at (results, 0);
      assert_grouped (result, ACCORD_SEARCH_KIND_ACTOR, ACCORD_SEARCH_FIELD_NATIVE_NAME, ahn, 0);
      g_assert_null (accord_search_result_get_section (result));
      g_assert_cmpstr (accord_search_result_get_snippet (result), ==, "안규백");
      assert_ranges_fold_to (result, terms);
    }
}

static void
test_prefix_nav (void)
{
  g_autoptr(AccordBriefing) briefing = load_bundled ();
  g_autoptr(AccordSearchIndex) index = accord_search_index_new (briefing);
  AccordSection *roundtable = accord_briefing_lookup_section (briefing, "roundtable");
  AccordSection *pillar3 = accord_briefing_lookup_section (briefing, "pillar-3");
  const char *terms[] = { "nav", NULL };
  g_autoptr(GPtrArray) results = NULL;
  gboolean found_naval = FALSE;
  guint total = 0;

  results = search (index, "nav", 2000, &total);

  /* "naval" twice in the roundtable, "navy" twice in pillar 3: two
   * sections, each with one more matching field. */
  g_assert_cmpuint (total, ==, 2);
  g_assert_cmpuint (results->len, ==, 2);
  for (guint i = 0; i < results->len; i++)
    {
      AccordSearchResult *result = result_at (results, i);
      GObject *object = accord_search_result_get_object (result);

      g_assert_cmpint (accord_search_result_get_kind (result), ==, ACCORD_SEARCH_KIND_SECTION);
      g_assert_true (object == G_OBJECT (roundtable) || object == G_OBJECT (pillar3));
      g_assert_true (accord_search_result_get_section (result) == (AccordSection *) object);
      g_assert_cmpuint (accord_search_result_get_n_more (result), ==, 1);
      assert_ranges_fold_to (result, terms);

      if (object == G_OBJECT (roundtable))
        {
          g_autofree char *marked = accord_search_result_format_marked (result, "[", "]");

          g_assert_cmpint (accord_search_result_get_field (result), ==, ACCORD_SEARCH_FIELD_KEY_POINT);
          g_assert_nonnull (strstr (marked, "especially [nav]al capacity"));
          found_naval = TRUE;
        }
    }
  g_assert_true (found_naval);
}

static void
test_naval_only_roundtable (void)
{
  g_autoptr(AccordBriefing) briefing = load_bundled ();
  g_autoptr(AccordSearchIndex) index = accord_search_index_new (briefing);
  AccordSection *roundtable = accord_briefing_lookup_section (briefing, "roundtable");
  const char *terms[] = { "naval", NULL };
  g_autoptr(GPtrArray) results = NULL;
  g_autofree char *marked = NULL;
  guint total = 0;

  /* A key point and a paragraph of one section: one result. */
  results = search (index, "Naval", 2000, &total);
  g_assert_cmpuint (total, ==, 1);
  g_assert_cmpuint (results->len, ==, 1);

  /* Key points weigh more than the body: the key point shows it. */
  assert_grouped (result_at (results, 0), ACCORD_SEARCH_KIND_SECTION,
                  ACCORD_SEARCH_FIELD_KEY_POINT, roundtable, 1);
  g_assert_cmpstr (accord_search_result_get_snippet (result_at (results, 0)), ==,
                   "Gaps in capabilities on both sides, especially naval capacity.");
  g_assert_cmpuint (accord_search_result_get_score (result_at (results, 0)), ==, 100 + 20 + 3);
  assert_ranges_fold_to (result_at (results, 0), terms);

  /* The paragraph shows it when it alone holds the whole query, ahead of
   * the two key points that hold a term each; its snippet is cut around
   * the first match, on word boundaries. */
  g_clear_pointer (&results, g_ptr_array_unref);
  results = search (index, "naval federal", 2000, &total);
  g_assert_cmpuint (total, ==, 1);
  assert_grouped (result_at (results, 0), ACCORD_SEARCH_KIND_SECTION,
                  ACCORD_SEARCH_FIELD_BODY, roundtable, 2);
  g_assert_cmpuint (accord_search_result_get_score (result_at (results, 0)), ==, 200 + 20 + 1);
  marked = accord_search_result_format_marked (result_at (results, 0), "[", "]");
  g_assert_cmpstr (marked, ==,
                   "…implementation, including Canada’s complex [federal]–provincial system "
                   "and gaps in capabilities on…");
}

static void
test_and (void)
{
  g_autoptr(AccordBriefing) briefing = load_bundled ();
  g_autoptr(AccordSearchIndex) index = accord_search_index_new (briefing);
  AccordSection *pillar1 = accord_briefing_lookup_section (briefing, "pillar-1");
  AccordActor *ahn = accord_briefing_lookup_actor (briefing, "ahn-gyu-back");
  const char *terms[] = { "grave", "concerns", NULL };
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(GPtrArray) actor = NULL;
  AccordQuote *quote;
  guint total = 0;
  gboolean name = FALSE, role = FALSE;

  /* Pillar 1's key point and paragraph, and the quote. */
  results = search (index, "GRAVE concerns", 2000, &total);
  g_assert_cmpuint (total, ==, 2);
  assert_grouped (result_at (results, 0), ACCORD_SEARCH_KIND_SECTION,
                  ACCORD_SEARCH_FIELD_KEY_POINT, pillar1, 1);
  g_assert_cmpint (accord_search_result_get_kind (result_at (results, 1)), ==, ACCORD_SEARCH_KIND_QUOTE);
  g_assert_cmpint (accord_search_result_get_field (result_at (results, 1)), ==, ACCORD_SEARCH_FIELD_QUOTE);
  g_assert_cmpuint (accord_search_result_get_n_more (result_at (results, 1)), ==, 0);
  quote = ACCORD_QUOTE (accord_search_result_get_object (result_at (results, 1)));
  g_assert_cmpstr (accord_quote_get_text (quote), ==, "grave concerns");
  g_assert_true (accord_search_result_get_section (result_at (results, 1)) == pillar1);
  for (guint i = 0; i < results->len; i++)
    {
      g_assert_cmpuint (accord_search_result_get_score (result_at (results, i)), >=, 200);
      assert_ranges_fold_to (result_at (results, i), terms);
    }

  /* One term that is nowhere: nothing at all. */
  none = search (index, "grave zebra", 2000, &total);
  g_assert_cmpuint (total, ==, 0);
  g_assert_cmpuint (none->len, ==, 0);

  /* Terms may sit in different fields of one object: the actor is found by
   * its name and its role, once, shown by its name. */
  actor = search (index, "ahn minister", 2000, &total);
  for (guint i = 0; i < actor->len; i++)
    {
      AccordSearchResult *result = result_at (actor, i);

      if (accord_search_result_get_object (result) != G_OBJECT (ahn))
        continue;
      name = accord_search_result_get_field (result) == ACCORD_SEARCH_FIELD_NAME;
      role = accord_search_result_get_n_more (result) == 1;
    }
  g_assert_true (name);
  g_assert_true (role);
  /* Fields holding both terms come first. */
  g_assert_cmpuint (accord_search_result_get_score (result_at (actor, 0)), >=, 200);
  g_assert_cmpuint (accord_search_result_get_score (result_at (actor, actor->len - 1)), <, 200);
}

static void
test_phrase (void)
{
  g_autoptr(AccordBriefing) briefing = load_bundled ();
  g_autoptr(AccordSearchIndex) index = accord_search_index_new (briefing);
  AccordSection *context = accord_briefing_lookup_section (briefing, "middle-powers");
  AccordActor *ahn = accord_briefing_lookup_actor (briefing, "ahn-gyu-back");
  const char *terms[] = { "middle powers", NULL };
  const char *gyu_terms[] = { "gyu-back", NULL };
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GPtrArray) words = NULL;
  g_autoptr(GPtrArray) reversed = NULL;
  g_autoptr(GPtrArray) gyu = NULL;
  g_autoptr(GPtrArray) gyu_word = NULL;
  guint total = 0, words_total = 0;

  results = search (index, "\"middle powers\"", 2000, &total);
  g_assert_cmpuint (total, ==, N_MIDDLE_POWERS_OBJECTS);
  assert_result (result_at (results, 0), ACCORD_SEARCH_KIND_SECTION,
                 ACCORD_SEARCH_FIELD_TITLE, context);
  for (guint i = 0; i < results->len; i++)
    assert_ranges_fold_to (result_at (results, i), terms);

  /* The words in any order find them all; as a phrase, only in order. */
  words = search (index, "powers middle", 2000, &words_total);
  g_assert_cmpuint (words_total, ==, N_MIDDLE_POWERS_OBJECTS);
  reversed = search (index, "\"powers middle\"", 2000, &total);
  g_assert_cmpuint (total, ==, 0);

  /* Punctuation inside a word makes it a phrase. */
  gyu = search (index, "gyu-back", 2000, &total);
  g_assert_cmpuint (total, >=, 1);
  assert_result (result_at (gyu, 0), ACCORD_SEARCH_KIND_ACTOR, ACCORD_SEARCH_FIELD_NAME, ahn);
  for (guint i = 0; i < gyu->len; i++)
    assert_ranges_fold_to (result_at (gyu, i), gyu_terms);

  gyu_word = search (index, "gyu", 2000, &total);
  assert_result (result_at (gyu_word, 0), ACCORD_SEARCH_KIND_ACTOR, ACCORD_SEARCH_FIELD_NAME, ahn);
}

static void
test_no_match (void)
{
  g_autoptr(AccordBriefing) briefing = load_bundled ();
  g_autoptr(AccordSearchIndex) index = accord_search_index_new (briefing);
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GPtrArray) short_word = NULL;
  g_autoptr(GPtrArray) empty = NULL;
  guint total = 99;

  results = search (index, "xylophone", 2000, &total);
  g_assert_cmpuint (total, ==, 0);
  g_assert_cmpuint (results->len, ==, 0);

  /* Two-letter words match whole words and prefixes, never inside:
   * "ow" is in "know" and "own" is not in the briefing. */
  short_word = search (index, "ow", 2000, &total);
  g_assert_cmpuint (total, ==, 0);

  total = 99;
  empty = query_all (index, NULL, 2000, &total);
  g_assert_cmpuint (total, ==, 0);
  g_assert_cmpuint (empty->len, ==, 0);
}

static void
test_ranking (void)
{
  g_autoptr(AccordBriefing) briefing = load_bundled ();
  g_autoptr(AccordSearchIndex) index = accord_search_index_new (briefing);
  AccordSection *context = accord_briefing_lookup_section (briefing, "middle-powers");
  AccordSection *roundtable = accord_briefing_lookup_section (briefing, "roundtable");
  AccordEvent *davos = accord_briefing_lookup_event (briefing, "davos-2026-01-20");
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GPtrArray) power = NULL;
  guint total = 0;

  /* Titles, then the event's place, then body text; ties in document
   * order, sections before events. */
  results = search (index, "davos", 2000, &total);
  g_assert_cmpuint (total, ==, 2);
  /* The section by its title (and its body), the event by its title (and
   * its place). */
  assert_grouped (result_at (results, 0), ACCORD_SEARCH_KIND_SECTION, ACCORD_SEARCH_FIELD_TITLE, context, 1);
  assert_grouped (result_at (results, 1), ACCORD_SEARCH_KIND_EVENT, ACCORD_SEARCH_FIELD_TITLE, davos, 1);
  g_assert_null (accord_search_result_get_section (result_at (results, 1)));

  /* Exact words before prefixes, even in lighter fields: "middle-power"
   * in a key point, a quote and two paragraphs, before "powers" in a
   * title; so the context section is shown by its paragraph, with its
   * title among the fields that also match. */
  power = search (index, "power", 2000, &total);
  g_assert_cmpuint (total, >, 5);
  assert_result (result_at (power, 0), ACCORD_SEARCH_KIND_SECTION, ACCORD_SEARCH_FIELD_KEY_POINT, roundtable);
  g_assert_cmpuint (accord_search_result_get_n_more (result_at (power, 0)), >=, 1);
  g_assert_cmpint (accord_search_result_get_kind (result_at (power, 1)), ==, ACCORD_SEARCH_KIND_QUOTE);
  assert_result (result_at (power, 2), ACCORD_SEARCH_KIND_SECTION, ACCORD_SEARCH_FIELD_BODY, context);
  g_assert_cmpuint (accord_search_result_get_n_more (result_at (power, 2)), >=, 1);
  g_assert_cmpuint (accord_search_result_get_score (result_at (power, 0)), ==, 100 + 20 + 3);
  g_assert_cmpuint (accord_search_result_get_score (result_at (power, 2)), ==, 100 + 20 + 1);
  for (guint i = 1; i < power->len; i++)
    g_assert_cmpuint (accord_search_result_get_score (result_at (power, i - 1)), >=,
                      accord_search_result_get_score (result_at (power, i)));
}

static void
test_cap (void)
{
  g_autoptr(AccordBriefing) briefing = load_bundled ();
  g_autoptr(AccordSearchIndex) index = accord_search_index_new (briefing);
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) capped = NULL;
  g_autoptr(GPtrArray) zero = NULL;
  guint total_all = 0, total_capped = 0, total_zero = 0;

  all = search (index, "the", 2000, &total_all);
  g_assert_cmpuint (all->len, ==, total_all);
  g_assert_cmpuint (total_all, >, 10);

  capped = search (index, "the", 5, &total_capped);
  g_assert_cmpuint (capped->len, ==, 5);
  g_assert_cmpuint (total_capped, ==, total_all);
  for (guint i = 0; i < capped->len; i++)
    {
      AccordSearchResult *a = result_at (all, i);
      AccordSearchResult *c = result_at (capped, i);

      g_assert_true (accord_search_result_get_object (a) == accord_search_result_get_object (c));
      g_assert_cmpint (accord_search_result_get_field (a), ==, accord_search_result_get_field (c));
      g_assert_cmpstr (accord_search_result_get_snippet (a), ==, accord_search_result_get_snippet (c));
    }

  zero = search (index, "the", 0, &total_zero);
  g_assert_cmpuint (zero->len, ==, 0);
  g_assert_cmpuint (total_zero, ==, total_all);
}

static void
test_folding (void)
{
  g_autoptr(AccordBriefing) briefing = load_test_briefing ();
  g_autoptr(AccordSearchIndex) index = accord_search_index_new (briefing);
  AccordSection *visit = accord_briefing_lookup_section (briefing, "visit");
  AccordActor *kim = accord_briefing_lookup_actor (briefing, "kim");
  AccordEvent *summit = accord_briefing_lookup_event (briefing, "summit");
  const char *seoul_forms[] = { "seoul", "SEOUL", "Séoul", "SÉOUL", "se\xcc\x81oul" };
  const struct {
    const char *query;
    const char *expected;     /* marked snippet part */
  } forms[] = {
    { "strasse", "Die [Straße] ist" },
    { "STRASSE", "Die [Straße] ist" },
    { "financial", "the [ﬁnancial] district" },
    { "서울", "apart: [\341\204\211\341\205\245\341\204\213\341\205\256\341\206\257] and" },
    { "café", "and [Cafe\xcc\x81] and" },
    { "οδος", "and [ΟΔΟΣ]." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (seoul_forms); i++)
    {
      const char *terms[] = { "seoul", NULL };
      g_autoptr(GPtrArray) results = NULL;
      guint total = 0;

      results = search (index, seoul_forms[i], 2000, &total);
      /* Section title (and the long French paragraph), actor role, event
       * place. */
      g_assert_cmpuint (total, ==, 3);
      assert_grouped (result_at (results, 0), ACCORD_SEARCH_KIND_SECTION, ACCORD_SEARCH_FIELD_TITLE, visit, 1);
      g_assert_cmpstr (accord_search_result_get_snippet (result_at (results, 0)), ==, "Visite à Séoul");
      assert_grouped (result_at (results, 1), ACCORD_SEARCH_KIND_ACTOR, ACCORD_SEARCH_FIELD_ROLE, kim, 0);
      assert_grouped (result_at (results, 2), ACCORD_SEARCH_KIND_EVENT, ACCORD_SEARCH_FIELD_PLACE, summit, 0);
      for (guint j = 0; j < results->len; j++)
        assert_ranges_fold_to (result_at (results, j), terms);
    }

  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    {
      g_autoptr(GPtrArray) results = NULL;
      g_autofree char *marked = NULL;
      guint total = 0;

      results = search (index, forms[i].query, 2000, &total);
      g_assert_cmpuint (total, ==, 1);
      assert_result (result_at (results, 0), ACCORD_SEARCH_KIND_SECTION, ACCORD_SEARCH_FIELD_BODY, visit);
      marked = accord_search_result_format_marked (result_at (results, 0), "[", "]");
      if (strstr (marked, forms[i].expected) == NULL)
        g_error ("\"%s\" gave \"%s\", expected \"%s\" in it", forms[i].query, marked, forms[i].expected);
    }
}

static void
test_hangul_and_fields (void)
{
  g_autoptr(AccordBriefing) briefing = load_test_briefing ();
  g_autoptr(AccordSearchIndex) index = accord_search_index_new (briefing);
  AccordActor *kim = accord_briefing_lookup_actor (briefing, "kim");
  AccordEvent *summit = accord_briefing_lookup_event (briefing, "summit");
  g_autoptr(GPtrArray) name = NULL;
  g_autoptr(GPtrArray) syllable = NULL;
  g_autoptr(GPtrArray) speaker = NULL;
  g_autoptr(GPtrArray) date = NULL;
  AccordSearchResult *result;
  guint total = 0;
  guint n_speaker = 0;

  /* Native name, the quote's speaker, the spaced Korean paragraph. */
  name = search (index, "김민준", 2000, &total);
  g_assert_cmpuint (total, ==, 3);
  assert_result (result_at (name, 0), ACCORD_SEARCH_KIND_ACTOR, ACCORD_SEARCH_FIELD_NATIVE_NAME, kim);
  g_assert_cmpint (accord_search_result_get_field (result_at (name, 1)), ==, ACCORD_SEARCH_FIELD_SPEAKER);
  g_assert_cmpint (accord_search_result_get_kind (result_at (name, 1)), ==, ACCORD_SEARCH_KIND_QUOTE);
  g_assert_cmpint (accord_search_result_get_field (result_at (name, 2)), ==, ACCORD_SEARCH_FIELD_BODY);

  /* One syllable matches inside words, and inside the unspaced text: the
   * actor, the quote's speaker, and two paragraphs of one section. */
  syllable = search (index, "민", 2000, &total);
  g_assert_cmpuint (total, ==, 3);
  result = result_at (syllable, 0);
  assert_grouped (result, ACCORD_SEARCH_KIND_ACTOR, ACCORD_SEARCH_FIELD_NATIVE_NAME, kim, 0);
  assert_grouped (result_at (syllable, 2), ACCORD_SEARCH_KIND_SECTION, ACCORD_SEARCH_FIELD_BODY,
                  accord_briefing_lookup_section (briefing, "visit"), 1);
  {
    const char *terms[] = { "민", NULL };

    for (guint i = 0; i < syllable->len; i++)
      assert_ranges_fold_to (result_at (syllable, i), terms);
  }

  /* A quote is found by its speaker's name, and opens its section. */
  speaker = search (index, "min-jun", 2000, &total);
  for (guint i = 0; i < speaker->len; i++)
    {
      result = result_at (speaker, i);
      if (accord_search_result_get_kind (result) != ACCORD_SEARCH_KIND_QUOTE)
        continue;
      n_speaker++;
      g_assert_cmpint (accord_search_result_get_field (result), ==, ACCORD_SEARCH_FIELD_SPEAKER);
      g_assert_true (accord_search_result_get_section (result) ==
                     accord_briefing_lookup_section (briefing, "visit"));
    }
  g_assert_cmpuint (n_speaker, ==, 1);

  /* The formatted date of an event. */
  date = search (index, "2026", 2000, &total);
  g_assert_cmpuint (total, ==, 1);
  assert_result (result_at (date, 0), ACCORD_SEARCH_KIND_EVENT, ACCORD_SEARCH_FIELD_DATE, summit);
  g_assert_nonnull (strstr (accord_search_result_get_snippet (result_at (date, 0)), "2026"));
}

/* The snippet part between the ellipses must be in the text, cut only at
 * word boundaries when the text has spaces, and never inside a character. */
static void
assert_snippet (AccordSearchIndex *index,
                const char        *query,
                const char        *paragraph,
                const char        *paragraph_part,
                const char        *term,
                gboolean           spaced)
{
  g_autoptr(GPtrArray) results = NULL;
  AccordSearchResult *result = NULL;
  const char *snippet;
  g_autofree char *inner = NULL;
  const char *terms[] = { term, NULL };
  guint total = 0;
  gsize len;

  results = search (index, query, 2000, &total);
  for (guint i = 0; i < results->len && result == NULL; i++)
    if (strstr (accord_search_result_get_snippet (result_at (results, i)), paragraph_part) != NULL &&
        accord_search_result_get_field (result_at (results, i)) == ACCORD_SEARCH_FIELD_BODY)
      result = result_at (results, i);
  g_assert_nonnull (result);

  snippet = accord_search_result_get_snippet (result);
  g_assert_true (g_utf8_validate (snippet, -1, NULL));
  g_assert_true (g_str_has_prefix (snippet, "…"));
  g_assert_true (g_str_has_suffix (snippet, "…"));
  len = strlen (snippet);
  inner = g_strndup (snippet + strlen ("…"), len - 2 * strlen ("…"));
  g_assert_cmpuint (g_utf8_strlen (inner, -1), <=, 2 * 50 + g_utf8_strlen (term, -1));
  g_assert_cmpuint (g_utf8_strlen (inner, -1), >=, 50);
  g_assert_nonnull (strstr (paragraph, inner));
  assert_ranges_fold_to (result, terms);

  if (spaced)
    {
      g_assert_false (g_ascii_isspace (inner[0]));
      g_assert_false (g_ascii_isspace (inner[strlen (inner) - 1]));
    }
}

/* The three long paragraphs, each the only one of its section: a result
 * shows an object's best field, and here that is the paragraph. */
static AccordBriefing *
load_snippet_briefing (void)
{
  g_autofree char *hangul = repeat (HANGUL_SPACED, 12);
  g_autofree char *unspaced = repeat (HANGUL_UNSPACED, 12);
  g_autofree char *french = repeat (FRENCH_SPACED, 12);
  g_autofree char *json = NULL;

  json = g_strdup_printf (
    "{\n"
    "  \"format\": \"accord-briefing\", \"version\": 1, \"id\": \"t\", \"title\": \"T\",\n"
    "  \"sections\": [\n"
    "    { \"id\": \"spaced\", \"title\": \"A\", \"body\": [ \"%s김민준 시장 %s\" ] },\n"
    "    { \"id\": \"unspaced\", \"title\": \"B\", \"body\": [ \"%s민준%s\" ] },\n"
    "    { \"id\": \"french\", \"title\": \"C\", \"body\": [ \"%sSéoul %s\" ] }\n"
    "  ]\n"
    "}\n",
    hangul, hangul, unspaced, unspaced, french, french);

  return load_json (json);
}

static const char *
first_paragraph (AccordBriefing *briefing,
                 const char     *id)
{
  return accord_section_get_body (accord_briefing_lookup_section (briefing, id))[0];
}

static void
test_snippets (void)
{
  g_autoptr(AccordBriefing) briefing = load_snippet_briefing ();
  g_autoptr(AccordSearchIndex) index = accord_search_index_new (briefing);
  const char *body[] = {
    NULL, NULL,
    first_paragraph (briefing, "spaced"),
    first_paragraph (briefing, "unspaced"),
    first_paragraph (briefing, "french"),
  };
  g_autoptr(GPtrArray) results = NULL;
  guint total = 0;

  assert_snippet (index, "시장", body[2], "김민준", "시장", TRUE);
  assert_snippet (index, "민준", body[3], "가나", "민준", FALSE);
  assert_snippet (index, "séoul", body[4], "école", "Séoul", TRUE);

  /* Spaced text: the snippet starts and ends on whole words. */
  results = search (index, "시장", 2000, &total);
  g_assert_cmpuint (total, ==, 1);
  {
    const char *snippet = accord_search_result_get_snippet (result_at (results, 0));
    const char *inner = snippet + strlen ("…");
    const char *words[] = { "대한민국", "국방부", "장관은", "회담에서" };
    gboolean starts = FALSE, ends = FALSE;

    g_assert_nonnull (strstr (body[2], "김민준 시장"));
    for (guint i = 0; i < G_N_ELEMENTS (words); i++)
      {
        g_autofree char *end = g_strconcat (words[i], "…", NULL);

        starts = starts || g_str_has_prefix (inner, words[i]);
        ends = ends || g_str_has_suffix (snippet, end);
      }
    g_assert_true (starts);
    g_assert_true (ends);
  }
}

static void
test_match_text (void)
{
  g_autoptr(AccordBriefing) briefing = load_bundled ();
  AccordSection *roundtable = accord_briefing_lookup_section (briefing, "roundtable");
  const char *paragraph = accord_section_get_body (roundtable)[0];
  g_autoptr(AccordSearchQuery) query = accord_search_query_parse ("naval CANADA");
  g_autoptr(AccordSearchQuery) accents = accord_search_query_parse ("seoul 서울 cafe");
  g_autoptr(AccordSearchQuery) phrase = accord_search_query_parse ("\"asia pacific\"");
  g_autoptr(GArray) ranges = NULL;
  g_autoptr(GArray) accent_ranges = NULL;
  g_autoptr(GArray) phrase_ranges = NULL;
  g_autoptr(GArray) empty = NULL;
  const char *text = "À SÉOUL, 서울시 and Cafe\xcc\x81s; not seoulite… yes Seoulite.";
  const char *expected_words[] = { "Canada", "Canada", "naval" };
  const AccordSearchRange *r;
  const char *from = paragraph;

  ranges = accord_search_query_match_text (query, paragraph);
  g_assert_cmpuint (ranges->len, ==, 3);
  for (guint i = 0; i < ranges->len; i++)
    {
      const char *at = strstr (from, expected_words[i]);

      r = &g_array_index (ranges, AccordSearchRange, i);
      g_assert_nonnull (at);
      g_assert_cmpuint (r->start, ==, at - paragraph);
      g_assert_cmpuint (r->end, ==, at - paragraph + strlen (expected_words[i]));
      from = at + 1;
    }

  /* Offsets map back through accents, decomposed marks and Hangul. */
  accent_ranges = accord_search_query_match_text (accents, text);
  g_assert_cmpuint (accent_ranges->len, ==, 5);
  r = (const AccordSearchRange *) (void *) accent_ranges->data;
  g_assert_cmpuint (r[0].start, ==, strstr (text, "SÉOUL") - text);
  g_assert_cmpuint (r[0].end, ==, r[0].start + strlen ("SÉOUL"));
  g_assert_cmpuint (r[1].start, ==, strstr (text, "서울시") - text);
  g_assert_cmpuint (r[1].end, ==, r[1].start + strlen ("서울"));
  g_assert_cmpuint (r[2].start, ==, strstr (text, "Cafe") - text);
  g_assert_cmpuint (r[2].end, ==, r[2].start + strlen ("Cafe\xcc\x81"));
  g_assert_cmpuint (r[3].start, ==, strstr (text, "seoulite") - text);
  g_assert_cmpuint (r[3].end, ==, r[3].start + strlen ("seoul"));
  g_assert_cmpuint (r[4].start, ==, strstr (text, "Seoulite") - text);
  g_assert_cmpuint (r[4].end, ==, r[4].start + strlen ("Seoul"));

  phrase_ranges = accord_search_query_match_text (phrase, paragraph);
  g_assert_cmpuint (phrase_ranges->len, ==, 1);
  r = &g_array_index (phrase_ranges, AccordSearchRange, 0);
  g_assert_cmpuint (r->start, ==, strstr (paragraph, "Asia Pacific") - paragraph);
  g_assert_cmpuint (r->end, ==, r->start + strlen ("Asia Pacific"));

  empty = accord_search_query_match_text (query, "");
  g_assert_cmpuint (empty->len, ==, 0);
}

/* A briefing large enough for the index's shortcuts (unions of short
 * prefixes, merged position lists) to be used, checked against a plain
 * reading of every field with accord_search_query_match_text(). */

static const char *random_words[] = {
  "alpha", "alpine", "also", "amber", "an", "and", "angle", "apex", "arc", "area",
  "as", "ash", "at", "atlas", "axis", "beta", "bay", "bridge", "canal", "cape",
  "delta", "dune", "east", "echo", "fjord", "gulf", "harbour", "isle", "naval",
  "navy", "north", "ocean", "of", "port", "reef", "sea", "shore", "south", "the",
  "tide", "west", "Séoul", "école", "ÉCOLE", "Straße", "서울", "안규백", "규백",
  "대한민국", "co-operation", "middle-power",
};

static char *
random_sentence (GRand *rand,
                 guint  n_words)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < n_words; i++)
    {
      if (i > 0)
        g_string_append (s, g_rand_int_range (rand, 0, 8) == 0 ? ", " : " ");
      g_string_append (s, random_words[g_rand_int_range (rand, 0, G_N_ELEMENTS (random_words))]);
    }
  return g_string_free (s, FALSE);
}

static char *
random_briefing_json (guint n_sections)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260225);
  GString *json = g_string_new ("{ \"format\": \"accord-briefing\", \"version\": 1, "
                                "\"id\": \"r\", \"title\": \"R\",\n  \"actors\": [\n");

  for (guint a = 0; a < 20; a++)
    {
      g_autofree char *name = random_sentence (rand, 2);
      g_autofree char *role = random_sentence (rand, 4);

      g_string_append_printf (json, "    %s{ \"id\": \"a%u\", \"name\": \"%s\", "
                              "\"native_name\": \"%s\", \"role\": \"%s\" }\n",
                              a > 0 ? "," : "", a, name,
                              random_words[g_rand_int_range (rand, 45, 49)], role);
    }
  g_string_append (json, "  ],\n  \"sections\": [\n");

  for (guint i = 0; i < n_sections; i++)
    {
      g_autofree char *title = random_sentence (rand, 4);
      g_autofree char *summary = random_sentence (rand, 10);
      g_autofree char *body1 = random_sentence (rand, 25);
      g_autofree char *body2 = random_sentence (rand, 25);
      g_autofree char *point = random_sentence (rand, 8);
      g_autofree char *quote = random_sentence (rand, 12);

      g_string_append_printf (json,
                              "    %s{ \"id\": \"s%u\", \"title\": \"%s\", \"summary\": \"%s\",\n"
                              "      \"body\": [ \"%s\", \"%s\" ], \"key_points\": [ \"%s\" ],\n"
                              "      \"quotes\": [ { \"text\": \"%s\", \"speaker\": \"a%u\" } ] }\n",
                              i > 0 ? "," : "", i, title, summary, body1, body2, point,
                              quote, (guint) g_rand_int_range (rand, 0, 20));
    }
  g_string_append (json, "  ],\n  \"events\": [\n");

  for (guint e = 0; e < 30; e++)
    {
      g_autofree char *title = random_sentence (rand, 5);

      g_string_append_printf (json, "    %s{ \"id\": \"e%u\", \"title\": \"%s\", "
                              "\"date\": \"20%02u-%02u\", \"place\": \"%s\" }\n",
                              e > 0 ? "," : "", e, title, e % 30, e % 12 + 1,
                              random_words[g_rand_int_range (rand, 0, G_N_ELEMENTS (random_words))]);
    }
  g_string_append (json, "  ]\n}\n");

  return g_string_free (json, FALSE);
}

typedef struct
{
  GObject *object;
  AccordSearchField field;
  const char *text;
} OracleField;

static void
oracle_add (GArray            *fields,
            gpointer           object,
            AccordSearchField  field,
            const char        *text)
{
  OracleField f = { object, field, text };

  if (text != NULL && text[0] != '\0')
    g_array_append_val (fields, f);
}

/* Every searchable field, grouped by object: an object starts where the
 * object pointer changes. */
static GArray *
oracle_fields (AccordBriefing *briefing,
               GPtrArray      *owned)
{
  GArray *fields = g_array_new (FALSE, FALSE, sizeof (OracleField));
  GListModel *model = accord_briefing_get_all_sections (briefing);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(AccordSection) section = g_list_model_get_item (model, i);
      const char * const *strv;

      oracle_add (fields, section, ACCORD_SEARCH_FIELD_TITLE, accord_section_get_title (section));
      oracle_add (fields, section, ACCORD_SEARCH_FIELD_SUMMARY, accord_section_get_summary (section));
      strv = accord_section_get_key_points (section);
      for (guint k = 0; strv[k] != NULL; k++)
        oracle_add (fields, section, ACCORD_SEARCH_FIELD_KEY_POINT, strv[k]);
      strv = accord_section_get_body (section);
      for (guint k = 0; strv[k] != NULL; k++)
        oracle_add (fields, section, ACCORD_SEARCH_FIELD_BODY, strv[k]);
      for (guint q = 0; q < accord_section_get_n_quotes (section); q++)
        {
          AccordQuote *quote = accord_section_get_quote (section, q);
          AccordActor *speaker = accord_quote_get_speaker (quote);

          oracle_add (fields, quote, ACCORD_SEARCH_FIELD_QUOTE, accord_quote_get_text (quote));
          oracle_add (fields, quote, ACCORD_SEARCH_FIELD_SPEAKER, accord_actor_get_name (speaker));
          oracle_add (fields, quote, ACCORD_SEARCH_FIELD_SPEAKER, accord_actor_get_native_name (speaker));
        }
    }

  model = accord_briefing_get_actors (briefing);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(AccordActor) actor = g_list_model_get_item (model, i);

      oracle_add (fields, actor, ACCORD_SEARCH_FIELD_NAME, accord_actor_get_name (actor));
      oracle_add (fields, actor, ACCORD_SEARCH_FIELD_NATIVE_NAME, accord_actor_get_native_name (actor));
      oracle_add (fields, actor, ACCORD_SEARCH_FIELD_ROLE, accord_actor_get_role (actor));
      oracle_add (fields, actor, ACCORD_SEARCH_FIELD_ORGANIZATION, accord_actor_get_organization (actor));
    }

  model = accord_briefing_get_events (briefing);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(AccordEvent) event = g_list_model_get_item (model, i);
      char *date = accord_event_format_date (event);

      g_ptr_array_add (owned, date);
      oracle_add (fields, event, ACCORD_SEARCH_FIELD_TITLE, accord_event_get_title (event));
      oracle_add (fields, event, ACCORD_SEARCH_FIELD_SUMMARY, accord_event_get_summary (event));
      oracle_add (fields, event, ACCORD_SEARCH_FIELD_PLACE, accord_event_get_place (event));
      oracle_add (fields, event, ACCORD_SEARCH_FIELD_DATE, date);
    }

  return fields;
}

static gboolean
oracle_matches (AccordSearchQuery *query,
                const char        *text)
{
  g_autoptr(GArray) ranges = accord_search_query_match_text (query, text);

  return ranges->len > 0;
}

/* Scripts written without spaces between words. */
static gboolean
oracle_unspaced (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    switch (g_unichar_get_script (g_utf8_get_char (p)))
      {
      case G_UNICODE_SCRIPT_HAN:
      case G_UNICODE_SCRIPT_HIRAGANA:
      case G_UNICODE_SCRIPT_KATAKANA:
      case G_UNICODE_SCRIPT_HANGUL:
      case G_UNICODE_SCRIPT_THAI:
        return TRUE;
      default:
        break;
      }
  return FALSE;
}

/* Whether one plain word (no quotes, no hyphen) matches @text, by the
 * rules and with oracle_fold() alone, not the module's folding: a word of
 * the text starts with the term, or, for a term of three characters or
 * more or in a script written without spaces, the text holds it anywhere.
 * Hangul syllables are compared as syllables (composed again after the
 * fold's NFKD), as the index keeps them. */
static gboolean
independent_matches (const char *term,
                     const char *text)
{
  g_autofree char *t = oracle_fold (term);
  g_autofree char *f = oracle_fold (text);
  g_autofree char *tc = g_utf8_normalize (t, -1, G_NORMALIZE_NFC);
  g_autofree char *fc = g_utf8_normalize (f, -1, G_NORMALIZE_NFC);

  if (g_utf8_strlen (tc, -1) >= 3 || oracle_unspaced (tc))
    return strstr (fc, tc) != NULL;

  for (const char *p = fc; *p != '\0'; p = g_utf8_next_char (p))
    {
      gboolean word_start = p == fc || !g_unichar_isalnum (g_utf8_get_char (g_utf8_prev_char (p)));

      if (word_start && g_unichar_isalnum (g_utf8_get_char (p)) && g_str_has_prefix (p, tc))
        return TRUE;
    }
  return FALSE;
}

/* The module's matching of every field against plain words agrees with
 * independent_matches(), field by field: an error in the module's folding
 * (accents, case, ß) that the index shares cannot hide here. */
static void
assert_agrees_with_independent (GArray     *fields,
                                const char *term)
{
  g_autoptr(AccordSearchQuery) query = accord_search_query_parse (term);
  guint n = 0;

  for (guint f = 0; f < fields->len; f++)
    {
      const char *text = g_array_index (fields, OracleField, f).text;
      gboolean module = oracle_matches (query, text);

      if (module != independent_matches (term, text))
        g_error ("\"%s\" in \"%s\": the module says %s, the rules %s", term, text,
                 module ? "match" : "no match", module ? "no match" : "match");
      n += module;
    }
  /* A word the random briefing holds, so the comparison is not vacuous. */
  if (!g_str_equal (term, "zzz"))
    g_assert_cmpuint (n, >, 0);
}

/* The number of results the rules give for @terms: one per object that
 * holds every term.  @expected gets, for each such object, how many of its
 * fields match (a field matches the whole query when it matches any of its
 * terms), and @matching each (object, field kind) that matches. */
static guint
oracle_count (GArray             *fields,
              const char * const *terms,
              GHashTable         *expected,
              GHashTable         *matching)
{
  guint n_terms = g_strv_length ((char **) terms);
  g_autoptr(GPtrArray) queries = g_ptr_array_new_with_free_func ((GDestroyNotify) accord_search_query_unref);
  g_autofree guint *masks = g_new0 (guint, fields->len);
  guint all = (1u << n_terms) - 1;
  guint count = 0;

  for (guint t = 0; t < n_terms; t++)
    g_ptr_array_add (queries, accord_search_query_parse (terms[t]));

  for (guint f = 0; f < fields->len; f++)
    for (guint t = 0; t < n_terms; t++)
      if (oracle_matches (g_ptr_array_index (queries, t), g_array_index (fields, OracleField, f).text))
        masks[f] |= 1u << t;

  for (guint start = 0; start < fields->len;)
    {
      GObject *object = g_array_index (fields, OracleField, start).object;
      guint end = start;
      guint mask = 0;

      while (end < fields->len && g_array_index (fields, OracleField, end).object == object)
        mask |= masks[end++];

      for (guint f = start; f < end && mask == all; f++)
        {
          const OracleField *field = &g_array_index (fields, OracleField, f);
          g_autofree char *key = NULL;
          guint n;

          if (masks[f] == 0)
            continue;

          key = g_strdup_printf ("%p", field->object);
          n = GPOINTER_TO_UINT (g_hash_table_lookup (expected, key));
          g_hash_table_insert (expected, g_steal_pointer (&key), GUINT_TO_POINTER (n + 1));
          g_hash_table_add (matching, g_strdup_printf ("%p/%d", field->object, field->field));
        }
      if (mask == all)
        count++;

      start = end;
    }

  return count;
}

static void
test_oracle (void)
{
  g_autofree char *json = random_briefing_json (1500);
  g_autoptr(AccordBriefing) briefing = load_json (json);
  g_autoptr(AccordSearchIndex) index = accord_search_index_new (briefing);
  g_autoptr(GPtrArray) owned = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) fields = oracle_fields (briefing, owned);
  const char *queries[][4] = {
    { "a", NULL },
    { "an", NULL },
    { "al", NULL },
    { "the", NULL },
    { "nav", NULL },
    { "naval", NULL },
    { "ech", NULL },           /* prefix of "echo", substring of nothing else */
    { "lph", NULL },           /* only inside "alpha" */
    { "seoul", NULL },
    { "ecole", NULL },
    { "STRASSE", NULL },
    { "규", NULL },
    { "서울", NULL },
    { "naval", "the", NULL },
    { "seoul", "규백", NULL },
    { "\"the sea\"", NULL },
    { "\"of the\"", NULL },
    { "\"and an\"", NULL },
    { "\"the s\"", NULL },
    { "\"naval arc, the\"", NULL },
    { "co-operation", NULL },
    { "middle-power", "delta", NULL },
    { "\"sea of the\"", "alpha", NULL },
    { "zzz", NULL },
    { "a", "zzz", NULL },
  };

  g_assert_cmpuint (fields->len, >, 10000);

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    if (queries[q][1] == NULL && strchr (queries[q][0], '"') == NULL && strchr (queries[q][0], '-') == NULL)
      assert_agrees_with_independent (fields, queries[q][0]);

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      g_autoptr(GHashTable) expected = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_autoptr(GHashTable) got = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_autoptr(GHashTable) matching = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_autoptr(GPtrArray) results = NULL;
      g_autofree char *text = g_strjoinv (" ", (char **) queries[q]);
      g_autoptr(AccordSearchQuery) query = accord_search_query_parse (text);
      guint expected_total = oracle_count (fields, queries[q], expected, matching);
      guint total = 0;
      GHashTableIter iter;
      gpointer key, value;

      results = query_all (index, query, G_MAXUINT, &total);
      if (total != expected_total)
        g_error ("\"%s\": %u results, expected %u", text, total, expected_total);
      g_assert_cmpuint (results->len, ==, total);

      /* One result per object, shown by one of its matching fields, and
       * counting all of them. */
      for (guint i = 0; i < results->len; i++)
        {
          AccordSearchResult *result = result_at (results, i);
          g_autofree char *id = g_strdup_printf ("%p", accord_search_result_get_object (result));
          g_autofree char *field = g_strdup_printf ("%p/%d", accord_search_result_get_object (result),
                                                    accord_search_result_get_field (result));

          g_assert_false (g_hash_table_contains (got, id));
          g_assert_true (g_hash_table_contains (matching, field));
          g_hash_table_insert (got, g_steal_pointer (&id),
                               GUINT_TO_POINTER (accord_search_result_get_n_more (result) + 1));
          if (i > 0)
            g_assert_cmpuint (accord_search_result_get_score (result_at (results, i - 1)), >=,
                              accord_search_result_get_score (result));
        }

      g_hash_table_iter_init (&iter, expected);
      while (g_hash_table_iter_next (&iter, &key, &value))
        g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (got, key)), ==, GPOINTER_TO_UINT (value));
      g_assert_cmpuint (g_hash_table_size (got), ==, g_hash_table_size (expected));

      /* Snippets of a sample: valid, and each range a match. */
      for (guint i = 0; i < results->len; i += 97)
        {
          AccordSearchResult *result = result_at (results, i);
          const char *snippet = accord_search_result_get_snippet (result);
          const AccordSearchRange *ranges;
          guint n_ranges;

          ranges = accord_search_result_get_ranges (result, &n_ranges);
          g_assert_true (g_utf8_validate (snippet, -1, NULL));
          g_assert_cmpuint (n_ranges, >, 0);
          for (guint r = 0; r < n_ranges; r++)
            {
              g_autofree char *sub = g_strndup (snippet + ranges[r].start, ranges[r].end - ranges[r].start);

              g_assert_true (oracle_matches (query, sub));
            }
        }
    }
}

static void
on_index_built (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  AccordSearchIndex **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = accord_search_index_new_finish (result, &error);
  g_assert_no_error (error);
  g_assert_nonnull (*out);
}

static void
on_index_cancelled (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;
  AccordSearchIndex *index = accord_search_index_new_finish (result, &error);

  g_assert_null (index);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  *done = TRUE;
}

static void
test_async (void)
{
  g_autoptr(AccordBriefing) briefing = load_bundled ();
  g_autoptr(AccordSearchIndex) index = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GPtrArray) results = NULL;
  gboolean cancelled = FALSE;
  guint total = 0;

  accord_search_index_new_async (briefing, NULL, on_index_built, &index);
  while (index == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (accord_search_index_get_briefing (index) == briefing);

  results = search (index, "naval", 2000, &total);
  g_assert_cmpuint (total, ==, 1);

  g_cancellable_cancel (cancellable);
  accord_search_index_new_async (briefing, cancellable, on_index_cancelled, &cancelled);
  while (!cancelled)
    g_main_context_iteration (NULL, TRUE);
}

static void
test_lifetime (void)
{
  AccordBriefing *briefing = load_bundled ();
  AccordSearchIndex *index = accord_search_index_new (briefing);
  g_autoptr(GPtrArray) results = NULL;
  guint total = 0;

  g_object_add_weak_pointer (G_OBJECT (briefing), (gpointer *) &briefing);
  g_object_add_weak_pointer (G_OBJECT (index), (gpointer *) &index);

  results = search (index, "canada", 10, &total);
  g_object_unref (briefing);
  g_object_unref (index);

  /* Results keep what they point at alive, snippets are made late. */
  g_assert_nonnull (index);
  g_assert_nonnull (briefing);
  for (guint i = 0; i < results->len; i++)
    g_assert_nonnull (strstr (accord_search_result_get_snippet (result_at (results, i)), "anada"));

  g_clear_pointer (&results, g_ptr_array_unref);
  g_assert_null (index);
  g_assert_null (briefing);
}

/* The results as a list model: each item made once, kinds known without
 * making items, groups by kind keeping the order, and the index kept. */
static void
test_results_model (void)
{
  g_autoptr(AccordBriefing) briefing = load_bundled ();
  AccordSearchIndex *index = accord_search_index_new (briefing);
  g_autoptr(AccordSearchQuery) query = accord_search_query_parse ("canada");
  g_autoptr(AccordSearchResults) results = NULL;
  guint n, total = 0, grouped = 0, kinds_seen = 0;

  g_object_add_weak_pointer (G_OBJECT (index), (gpointer *) &index);
  results = accord_search_index_query (index, query, 2000, &total);
  g_object_unref (index);
  g_assert_nonnull (index);

  n = g_list_model_get_n_items (G_LIST_MODEL (results));
  g_assert_cmpuint (n, ==, total);
  g_assert_cmpuint (n, >, 10);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AccordSearchResult) a = g_list_model_get_item (G_LIST_MODEL (results), i);
      g_autoptr(AccordSearchResult) b = g_list_model_get_item (G_LIST_MODEL (results), i);

      g_assert_true (a == b);
      g_assert_cmpint (accord_search_results_get_kind (results, i), ==, accord_search_result_get_kind (a));
    }

  for (AccordSearchKind kind = ACCORD_SEARCH_KIND_SECTION; kind <= ACCORD_SEARCH_KIND_EVENT; kind++)
    {
      g_autoptr(AccordSearchResults) group = accord_search_results_filter_kind (results, kind);
      guint m = g_list_model_get_n_items (G_LIST_MODEL (group));
      guint from = 0;

      g_assert_cmpuint (accord_search_results_get_total (group), ==, m);
      if (m > 0)
        kinds_seen++;

      /* The group is the full list's results of that kind, in its order. */
      for (guint j = 0; j < m; j++)
        {
          g_autoptr(AccordSearchResult) item = g_list_model_get_item (G_LIST_MODEL (group), j);
          gboolean found = FALSE;

          g_assert_cmpint (accord_search_result_get_kind (item), ==, kind);
          for (; from < n && !found; from++)
            {
              g_autoptr(AccordSearchResult) full = g_list_model_get_item (G_LIST_MODEL (results), from);

              found = accord_search_result_get_object (full) == accord_search_result_get_object (item) &&
                      accord_search_result_get_field (full) == accord_search_result_get_field (item);
            }
          g_assert_true (found);
        }
      grouped += m;
    }

  g_assert_cmpuint (grouped, ==, n);
  g_assert_cmpuint (kinds_seen, >=, 2);

  g_clear_object (&results);
  g_assert_null (index);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/search/parse", test_parse);
  g_test_add_func ("/search/hangul-bundled", test_hangul_bundled);
  g_test_add_func ("/search/prefix", test_prefix_nav);
  g_test_add_func ("/search/naval", test_naval_only_roundtable);
  g_test_add_func ("/search/and", test_and);
  g_test_add_func ("/search/phrase", test_phrase);
  g_test_add_func ("/search/no-match", test_no_match);
  g_test_add_func ("/search/ranking", test_ranking);
  g_test_add_func ("/search/cap", test_cap);
  g_test_add_func ("/search/folding", test_folding);
  g_test_add_func ("/search/hangul-fields", test_hangul_and_fields);
  g_test_add_func ("/search/snippets", test_snippets);
  g_test_add_func ("/search/match-text", test_match_text);
  g_test_add_func ("/search/oracle", test_oracle);
  g_test_add_func ("/search/async", test_async);
  g_test_add_func ("/search/lifetime", test_lifetime);
  g_test_add_func ("/search/results-model", test_results_model);

  return g_test_run ();
}
