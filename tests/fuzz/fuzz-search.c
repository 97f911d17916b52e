/* fuzz-search.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Any text as a search query: run against the bundled briefing's index
 * (built once), and matched against a fixed paragraph and against the
 * input itself.  Every range handed back must lie inside its text, on
 * character boundaries, sorted and apart, because the window cuts
 * PangoAttrLists and snippets at them.
 */

#define G_LOG_DOMAIN "fuzz-search"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "accord-briefing.h"
#include "accord-loader.h"
#include "accord-search.h"
#include "fuzz-common.h"

/* Scripts, marks, ligatures and case pairs that folding has to handle. */
static const char paragraph[] =
  "Ministers met in Seoul (서울) on 20 January 2026; Minister 안규백 and "
  "Canada's naval delegation discussed \"middle powers\", SÉOUL and Se\xcc\x81oul, "
  "the ﬁnal ﬂotilla, Straße and STRASSE, İstanbul, ＦＵＬＬ ｗｉｄｔｈ, "
  "conjoining \xe1\x84\x80\xe1\x85\xa1 jamo, ΣΊΣΥΦΟΣ, Ǆemal, a\xcc\x8a\xcc\x81, "
  "and \xe2\x80\xae reversed \xe2\x80\xac text, all in one paragraph.";

static AccordSearchIndex *search_index;

static void
check_ranges (const AccordSearchRange *ranges,
              guint                    n_ranges,
              const char              *text)
{
  gsize length = strlen (text);
  guint previous_end = 0;

  for (guint i = 0; i < n_ranges; i++)
    {
      const AccordSearchRange *r = &ranges[i];

      g_assert_cmpuint (r->start, <, r->end);
      g_assert_cmpuint (r->end, <=, length);
      if (i > 0)
        g_assert_cmpuint (r->start, >, previous_end);
      previous_end = r->end;

      /* Valid text must be cut between characters. */
      if (g_utf8_validate (text, -1, NULL))
        {
          g_assert_true ((text[r->start] & 0xc0) != 0x80);
          g_assert_true (r->end == length || (text[r->end] & 0xc0) != 0x80);
        }
    }
}

static void
match_text (AccordSearchQuery *query,
            const char        *text)
{
  g_autoptr(GArray) ranges = accord_search_query_match_text (query, text);

  g_assert_nonnull (ranges);
  check_ranges ((const AccordSearchRange *) (void *) ranges->data, ranges->len, text);
}

static void
check_result (AccordSearchResult *result)
{
  const char *snippet = accord_search_result_get_snippet (result);
  const AccordSearchRange *ranges;
  g_autofree char *marked = NULL;
  GObject *object = accord_search_result_get_object (result);
  AccordSection *section = accord_search_result_get_section (result);
  AccordSearchKind kind = accord_search_result_get_kind (result);
  guint n_ranges = 0;

  fuzz_check_required_text (snippet);
  ranges = accord_search_result_get_ranges (result, &n_ranges);
  g_assert_true (n_ranges == 0 || ranges != NULL);
  check_ranges (ranges, n_ranges, snippet);

  marked = accord_search_result_format_marked (result, "[", "]");
  fuzz_check_required_text (marked);
  g_assert_cmpuint (strlen (marked), ==, strlen (snippet) + 2 * n_ranges);

  g_assert_true (G_IS_OBJECT (object));
  g_assert_cmpint (accord_search_result_get_field (result), <=, ACCORD_SEARCH_FIELD_DATE);
  if (kind == ACCORD_SEARCH_KIND_SECTION || kind == ACCORD_SEARCH_KIND_QUOTE)
    g_assert_nonnull (section);
  else
    g_assert_null (section);
  (void) accord_search_result_get_score (result);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordBriefing) briefing = NULL;

  fuzz_init ();

  briefing = accord_loader_load_bundled (&error);
  g_assert_no_error (error);
  search_index = accord_search_index_new (briefing);

  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = NULL;
  g_autoptr(AccordSearchQuery) query = NULL;
  g_autoptr(AccordSearchResults) results = NULL;
  guint total = 0;
  guint n;

  /* A search entry holds a line or two; past that only exec/s suffers. */
  if (size > 4096)
    return 0;

  if (search_index == NULL)
    LLVMFuzzerInitialize (NULL, NULL);

  text = fuzz_dup_string (data, size);
  query = accord_search_query_parse (text);
  if (query == NULL)
    return 0;

  g_assert_cmpuint (accord_search_query_get_n_terms (query), >, 0);

  results = accord_search_index_query (search_index, query, 50, &total);
  g_assert_nonnull (results);
  n = g_list_model_get_n_items (G_LIST_MODEL (results));
  g_assert_cmpuint (n, <=, 50);
  g_assert_cmpuint (n, <=, total);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AccordSearchResult) result = g_list_model_get_item (G_LIST_MODEL (results), i);

      g_assert_cmpint (accord_search_results_get_kind (results, i), ==, accord_search_result_get_kind (result));
      check_result (result);
    }

  match_text (query, paragraph);
  match_text (query, text);

  return 0;
}
