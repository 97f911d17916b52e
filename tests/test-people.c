/* test-people.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Mention finding and where each actor appears.
 */

#include "config.h"

#include <string.h>

#include "accord-actor.h"
#include "accord-briefing.h"
#include "accord-event.h"
#include "accord-loader.h"
#include "accord-people-index.h"
#include "accord-quote.h"
#include "accord-section.h"
#include "accord-source.h"

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

static const char people_json[] =
  "{ \"format\": \"accord-briefing\", \"version\": 1, \"id\": \"p\", \"title\": \"P\",\n"
  "  \"sources\": [ { \"id\": \"s1\", \"title\": \"Minutes\" },\n"
  "                 { \"id\": \"s2\", \"title\": \"Communiqué\" } ],\n"
  "  \"actors\": [\n"
  "    { \"id\": \"kim\", \"name\": \"Kim\" },\n"
  "    { \"id\": \"kmj\", \"name\": \"Kim Min-jun\", \"native_name\": \"김민준\", \"role\": \"Mayor\" },\n"
  "    { \"id\": \"jose\", \"name\": \"José Álvarez\" },\n"
  "    { \"id\": \"lee\", \"name\": \"Lee\" },\n"
  "    { \"id\": \"yoon\", \"name\": \"Yoon Suk-yeol\", \"native_name\": \"윤석열\" },\n"
  "    { \"id\": \"nobody\", \"name\": \"Nobody Here\" }\n"
  "  ],\n"
  "  \"sections\": [\n"
  "    { \"id\": \"a\", \"title\": \"Talks with JOSE ALVAREZ\",\n"
  "      \"body\": [ \"Kim Min-jun met Kim in Leeds; Lee was absent.\" ],\n"
  "      \"quotes\": [ { \"text\": \"We agree.\", \"speaker\": \"kmj\", \"source\": \"s1\" } ] },\n"
  "    { \"id\": \"b\", \"title\": \"Seoul\",\n"
  "      \"body\": [ \"윤석열은 김민준 시장과 만났다.\" ], \"actors\": [ \"nobody\" ],\n"
  "      \"quotes\": [ { \"text\": \"Again.\", \"speaker\": \"kmj\", \"source\": \"s1\" } ] }\n"
  "  ],\n"
  "  \"events\": [\n"
  "    { \"id\": \"e2\", \"title\": \"Second\", \"date\": \"2026-05-01\", \"actors\": [ \"kmj\" ], \"source\": \"s2\" },\n"
  "    { \"id\": \"e1\", \"title\": \"First, with Lee\", \"date\": \"2026-01-01\" }\n"
  "  ]\n"
  "}\n";

/* The mentions of @text as "start-end:id" for each, joined by spaces. */
static char *
describe (AccordMentionFinder *finder,
          const char          *text)
{
  g_autoptr(GArray) mentions = accord_mention_finder_find (finder, text);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < mentions->len; i++)
    {
      const AccordMention *m = &g_array_index (mentions, AccordMention, i);

      g_assert_cmpuint (m->start, <, m->end);
      g_assert_cmpuint (m->end, <=, strlen (text));
      g_string_append_printf (out, "%s%.*s=%s", i > 0 ? " " : "",
                              (int) (m->end - m->start), text + m->start,
                              accord_actor_get_id (m->actor));
    }
  return g_string_free (out, FALSE);
}

static void
assert_mentions (AccordMentionFinder *finder,
                 const char          *text,
                 const char          *expected)
{
  g_autofree char *found = describe (finder, text);

  g_assert_cmpstr (found, ==, expected);
}

static void
test_finder (void)
{
  g_autoptr(AccordBriefing) briefing = load_json (people_json);
  g_autoptr(AccordMentionFinder) finder = accord_mention_finder_new (accord_briefing_get_actors (briefing));

  /* Names and native names, each once. */
  g_assert_cmpuint (accord_mention_finder_get_n_names (finder), ==, 8);

  /* The longest name wins where two start at one word. */
  assert_mentions (finder, "Kim Min-jun met Kim.", "Kim Min-jun=kmj Kim=kim");
  assert_mentions (finder, "Kim Min jun", "Kim Min jun=kmj");
  /* An unfinished longer name falls back to the shorter. */
  assert_mentions (finder, "Kim Min said", "Kim=kim");
  /* Inside another word: never. */
  assert_mentions (finder, "Leeds, Kimchi, Sleek, JoséÁlvarez", "");
  assert_mentions (finder, "lee-side", "lee=lee");
  /* Case and accents folded both ways. */
  assert_mentions (finder, "JOSE ALVAREZ and josé álvarez", "JOSE ALVAREZ=jose josé álvarez=jose");
  assert_mentions (finder, "Jose\xcc\x81 A\xcc\x81lvarez", "Jose\xcc\x81 A\xcc\x81lvarez=jose");
  /* Hangul: whole words, and a name before its particle. */
  assert_mentions (finder, "김민준 시장", "김민준=kmj");
  assert_mentions (finder, "윤석열은 말했다", "윤석열=yoon");
  assert_mentions (finder, "김민준의 발언", "김민준=kmj");
  /* A longer Hangul word that is not name + particle. */
  assert_mentions (finder, "윤석열호 김민준씨앗", "");
  /* Not a prefix of a longer word either. */
  assert_mentions (finder, "Leeward", "");
  assert_mentions (finder, "", "");
  assert_mentions (finder, "\xff Lee \xfe", "Lee=lee");
}

static void
test_finder_threads_share (void)
{
  g_autoptr(AccordBriefing) briefing = load_json (people_json);
  g_autoptr(AccordMentionFinder) finder = accord_mention_finder_new (accord_briefing_get_actors (briefing));
  g_autoptr(GArray) mentions = g_array_new (FALSE, FALSE, sizeof (AccordMention));

  /* Appends: two calls, both texts' mentions, offsets in each text. */
  g_assert_true (accord_mention_finder_find_into (finder, "Lee", mentions));
  g_assert_false (accord_mention_finder_find_into (finder, "Leeds", mentions));
  g_assert_true (accord_mention_finder_find_into (finder, "and Kim", mentions));
  g_assert_cmpuint (mentions->len, ==, 2);
  g_assert_cmpuint (g_array_index (mentions, AccordMention, 1).start, ==, 4);
}

static const char *
ids_of (GPtrArray  *objects,
        const char *(*get_id) (gpointer))
{
  static char *last;
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < objects->len; i++)
    g_string_append_printf (out, "%s%s", i > 0 ? " " : "", get_id (objects->pdata[i]));
  g_free (last);
  last = g_strdup (out->str);
  return last;
}

static const char *
quote_section_id (gpointer quote)
{
  return accord_section_get_id (accord_quote_get_section (quote));
}

static void
test_index (void)
{
  g_autoptr(AccordBriefing) briefing = load_json (people_json);
  g_autoptr(AccordPeopleIndex) index = accord_people_index_new (briefing, NULL);
  AccordActor *kmj = accord_briefing_lookup_actor (briefing, "kmj");
  AccordActor *kim = accord_briefing_lookup_actor (briefing, "kim");
  AccordActor *lee = accord_briefing_lookup_actor (briefing, "lee");
  AccordActor *jose = accord_briefing_lookup_actor (briefing, "jose");
  AccordActor *yoon = accord_briefing_lookup_actor (briefing, "yoon");
  AccordActor *nobody = accord_briefing_lookup_actor (briefing, "nobody");

  g_assert_nonnull (index);
  g_assert_cmpstr (ids_of (accord_people_index_get_quotes (index, kmj), quote_section_id), ==, "a b");
  g_assert_cmpstr (ids_of (accord_people_index_get_sections (index, kmj), (gpointer) accord_section_get_id), ==, "a b");
  g_assert_cmpstr (ids_of (accord_people_index_get_events (index, kmj), (gpointer) accord_event_get_id), ==, "e2");
  g_assert_cmpstr (ids_of (accord_people_index_get_sources (index, kmj), (gpointer) accord_source_get_id), ==, "s1 s2");

  /* "Kim" alone is named in a only ("Kim Min-jun" is someone else). */
  g_assert_cmpstr (ids_of (accord_people_index_get_sections (index, kim), (gpointer) accord_section_get_id), ==, "a");
  g_assert_cmpuint (accord_people_index_get_quotes (index, kim)->len, ==, 0);
  /* Named in an event's title; events in date order. */
  g_assert_cmpstr (ids_of (accord_people_index_get_events (index, lee), (gpointer) accord_event_get_id), ==, "e1");
  g_assert_cmpstr (ids_of (accord_people_index_get_sections (index, jose), (gpointer) accord_section_get_id), ==, "a");
  g_assert_cmpstr (ids_of (accord_people_index_get_sections (index, yoon), (gpointer) accord_section_get_id), ==, "b");
  /* Listed in a People block without being named in the text. */
  g_assert_cmpstr (ids_of (accord_people_index_get_sections (index, nobody), (gpointer) accord_section_get_id), ==, "b");
  g_assert_cmpuint (accord_people_index_get_events (index, nobody)->len, ==, 0);
}

static void
test_index_cancelled (void)
{
  g_autoptr(AccordBriefing) briefing = load_json (people_json);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();

  g_cancellable_cancel (cancellable);
  g_assert_null (accord_people_index_new (briefing, cancellable));
}

/* Every actor of the bundled briefing is found by their own name in a
 * sentence, and the index of the bundled briefing is consistent: each
 * section listed for an actor does list or name them. */
static void
test_bundled (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordBriefing) briefing = accord_loader_load_bundled (&error);
  g_autoptr(AccordPeopleIndex) index = NULL;
  AccordMentionFinder *finder;
  GListModel *actors;

  g_assert_no_error (error);
  index = accord_people_index_new (briefing, NULL);
  finder = accord_people_index_get_finder (index);
  actors = accord_briefing_get_actors (briefing);

  for (guint i = 0; i < g_list_model_get_n_items (actors); i++)
    {
      g_autoptr(AccordActor) actor = g_list_model_get_item (actors, i);
      g_autofree char *text = g_strdup_printf ("Yesterday %s spoke.", accord_actor_get_name (actor));
      g_autoptr(GArray) mentions = accord_mention_finder_find (finder, text);

      g_assert_cmpuint (mentions->len, ==, 1);
      /* Another actor of the same name would be found instead. */
      g_assert_cmpstr (accord_actor_get_name (g_array_index (mentions, AccordMention, 0).actor), ==,
                       accord_actor_get_name (actor));
      g_assert_cmpuint (g_array_index (mentions, AccordMention, 0).start, ==, strlen ("Yesterday "));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/people/finder", test_finder);
  g_test_add_func ("/people/finder-appends", test_finder_threads_share);
  g_test_add_func ("/people/index", test_index);
  g_test_add_func ("/people/index-cancelled", test_index_cancelled);
  g_test_add_func ("/people/bundled", test_bundled);

  return g_test_run ();
}
