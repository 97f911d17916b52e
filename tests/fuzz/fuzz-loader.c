/* fuzz-loader.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Any bytes go to the loader.  What it accepts is then read back through
 * every public getter, so that a model the loader built half-way (a
 * dangling reference, a NULL where the API promises text) shows up here
 * rather than in the window.
 */

#define G_LOG_DOMAIN "fuzz-loader"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "accord-actor.h"
#include "accord-briefing.h"
#include "accord-date.h"
#include "accord-event.h"
#include "accord-loader.h"
#include "accord-quote.h"
#include "accord-search.h"
#include "accord-section.h"
#include "accord-source.h"
#include "fuzz-common.h"

/* fuzz-markdown.c and fuzz-timelinejs.c are this harness under another
 * name and with another oracle. */
#ifndef FUZZ_DISPLAY_NAME
#define FUZZ_DISPLAY_NAME "fuzz.json"
#endif

static void
walk_date (AccordDate *date)
{
  g_autofree char *formatted = NULL;
  g_autofree char *described = NULL;

  if (date == NULL)
    return;

  fuzz_check_required_text (accord_date_get_text (date));
  formatted = accord_date_format (date);
  fuzz_check_required_text (formatted);
  described = accord_date_describe_precision (date);
  fuzz_check_required_text (described);
  g_assert_cmpint (accord_date_get_first_day (date), <=, accord_date_get_last_day (date));
  g_assert_cmpint (accord_date_compare (date, date), ==, 0);
}

static void
walk_source (AccordBriefing *briefing,
             AccordSource   *source)
{
  const char *id = accord_source_get_id (source);

  fuzz_check_required_text (id);
  fuzz_check_required_text (accord_source_get_title (source));
  fuzz_check_text (accord_source_get_publisher (source));
  fuzz_check_text (accord_source_get_url (source));
  fuzz_check_text (accord_source_get_note (source));
  walk_date (accord_source_get_date (source));
  g_assert_true (accord_briefing_lookup_source (briefing, id) == source);
}

static void
walk_actor (AccordBriefing *briefing,
            AccordActor    *actor)
{
  const char *id = accord_actor_get_id (actor);
  g_autofree char *attribution = NULL;

  fuzz_check_required_text (id);
  fuzz_check_required_text (accord_actor_get_name (actor));
  fuzz_check_text (accord_actor_get_native_name (actor));
  fuzz_check_text (accord_actor_get_role (actor));
  fuzz_check_text (accord_actor_get_organization (actor));
  fuzz_check_text (accord_actor_get_country (actor));
  attribution = accord_actor_dup_attribution (actor);
  fuzz_check_text (attribution);
  g_assert_true (accord_briefing_lookup_actor (briefing, id) == actor);
}

static void
walk_quote (AccordBriefing *briefing,
            AccordSection  *section,
            AccordQuote    *quote)
{
  AccordActor *speaker = accord_quote_get_speaker (quote);
  AccordSource *source = accord_quote_get_source (quote);

  fuzz_check_required_text (accord_quote_get_text (quote));
  fuzz_check_text (accord_quote_get_note (quote));
  g_assert_true (ACCORD_IS_ACTOR (speaker));
  g_assert_true (accord_briefing_lookup_actor (briefing, accord_actor_get_id (speaker)) == speaker);
  if (source != NULL)
    g_assert_true (accord_briefing_lookup_source (briefing, accord_source_get_id (source)) == source);
  g_assert_true (accord_quote_get_section (quote) == section);
}

static void
walk_event (AccordBriefing *briefing,
            AccordEvent    *event)
{
  const char *id = accord_event_get_id (event);
  AccordDate *date = accord_event_get_date (event);
  AccordDate *end_date = accord_event_get_end_date (event);
  AccordSource *source = accord_event_get_source (event);
  g_autofree char *date_text = NULL;
  g_autofree char *formatted = NULL;
  guint n;

  fuzz_check_required_text (id);
  fuzz_check_required_text (accord_event_get_title (event));
  fuzz_check_text (accord_event_get_place (event));
  fuzz_check_text (accord_event_get_summary (event));
  fuzz_check_text (accord_event_get_date_note (event));
  g_assert_nonnull (date);
  walk_date (date);
  walk_date (end_date);
  g_assert_cmpint (accord_event_get_first_day (event), <=, accord_event_get_last_day (event));
  date_text = accord_event_dup_date_text (event);
  fuzz_check_required_text (date_text);
  formatted = accord_event_format_date (event);
  fuzz_check_required_text (formatted);
  g_assert_cmpint (accord_event_compare (event, event), ==, 0);

  n = accord_event_get_n_sections (event);
  for (guint i = 0; i < n; i++)
    {
      AccordSection *section = accord_event_get_section (event, i);

      g_assert_true (ACCORD_IS_SECTION (section));
      g_assert_true (accord_briefing_lookup_section (briefing, accord_section_get_id (section)) == section);
    }

  n = accord_event_get_n_actors (event);
  for (guint i = 0; i < n; i++)
    g_assert_true (ACCORD_IS_ACTOR (accord_event_get_actor (event, i)));

  if (source != NULL)
    g_assert_true (ACCORD_IS_SOURCE (source));

  g_assert_true (accord_briefing_lookup_event (briefing, id) == event);
}

static guint
walk_section (AccordBriefing *briefing,
              AccordSection  *section,
              AccordSection  *parent,
              guint           depth)
{
  const char *id = accord_section_get_id (section);
  GListModel *children = accord_section_get_children (section);
  guint n_children;
  guint n_total = 1;
  guint n;

  fuzz_check_required_text (id);
  fuzz_check_required_text (accord_section_get_title (section));
  fuzz_check_text (accord_section_get_kind (section));
  fuzz_check_text (accord_section_get_summary (section));
  g_assert_nonnull (accord_section_get_body (section));
  fuzz_check_strv (accord_section_get_body (section));
  fuzz_check_strv (accord_section_get_key_points (section));
  fuzz_check_strv (accord_section_get_tags (section));
  g_assert_true (accord_section_get_parent (section) == parent);
  g_assert_cmpuint (accord_section_get_depth (section), ==, depth);
  g_assert_true (accord_briefing_lookup_section (briefing, id) == section);
  (void) accord_section_get_index (section);

  n = accord_section_get_n_quotes (section);
  for (guint i = 0; i < n; i++)
    walk_quote (briefing, section, accord_section_get_quote (section, i));

  n = accord_section_get_n_actors (section);
  for (guint i = 0; i < n; i++)
    g_assert_true (ACCORD_IS_ACTOR (accord_section_get_actor (section, i)));

  n = accord_section_get_n_events (section);
  for (guint i = 0; i < n; i++)
    g_assert_true (ACCORD_IS_EVENT (accord_section_get_event (section, i)));

  g_assert_nonnull (children);
  n_children = g_list_model_get_n_items (children);
  for (guint i = 0; i < n_children; i++)
    {
      g_autoptr(AccordSection) child = g_list_model_get_item (children, i);

      n_total += walk_section (briefing, child, section, depth + 1);
    }

  return n_total;
}

/* A briefing from the outside gets indexed as soon as it opens. */
static void
search_briefing (AccordBriefing *briefing,
                 AccordSection  *first)
{
  g_autoptr(AccordSearchIndex) index = accord_search_index_new (briefing);
  g_autoptr(AccordSearchQuery) query = NULL;
  g_autoptr(AccordSearchResults) results = NULL;
  guint n;
  guint total = 0;

  if (first == NULL)
    return;

  query = accord_search_query_parse (accord_section_get_title (first));
  if (query == NULL)
    return;

  results = accord_search_index_query (index, query, 20, &total);
  g_assert_nonnull (results);
  n = g_list_model_get_n_items (G_LIST_MODEL (results));
  g_assert_cmpuint (n, <=, total);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AccordSearchResult) result = g_list_model_get_item (G_LIST_MODEL (results), i);

      fuzz_check_required_text (accord_search_result_get_snippet (result));
    }
}

static void
walk_briefing (AccordBriefing *briefing)
{
  GListModel *model;
  GListModel *sections;
  g_autoptr(AccordSection) first = NULL;
  guint n;
  guint n_walked = 0;

  fuzz_check_required_text (accord_briefing_get_id (briefing));
  fuzz_check_required_text (accord_briefing_get_title (briefing));
  fuzz_check_text (accord_briefing_get_subtitle (briefing));
  fuzz_check_text (accord_briefing_get_language (briefing));
  fuzz_check_text (accord_briefing_get_summary (briefing));
  fuzz_check_text (accord_briefing_get_display_name (briefing));
  (void) accord_briefing_get_file (briefing);

  model = accord_briefing_get_sources (briefing);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AccordSource) source = g_list_model_get_item (model, i);

      walk_source (briefing, source);
    }
  g_assert_null (g_list_model_get_item (model, n));

  model = accord_briefing_get_actors (briefing);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AccordActor) actor = g_list_model_get_item (model, i);

      walk_actor (briefing, actor);
    }

  sections = accord_briefing_get_sections (briefing);
  n = g_list_model_get_n_items (sections);
  g_assert_cmpuint (n, >, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AccordSection) section = g_list_model_get_item (sections, i);

      n_walked += walk_section (briefing, section, NULL, 0);
    }
  first = g_list_model_get_item (sections, 0);

  /* The flat list holds exactly the tree. */
  model = accord_briefing_get_all_sections (briefing);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_walked);

  model = accord_briefing_get_events (briefing);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AccordEvent) event = g_list_model_get_item (model, i);

      walk_event (briefing, event);
    }

  /* The timeline is every event, in order. */
  model = accord_briefing_get_timeline (briefing);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n);
  for (guint i = 1; i < n; i++)
    {
      g_autoptr(AccordEvent) before = g_list_model_get_item (model, i - 1);
      g_autoptr(AccordEvent) after = g_list_model_get_item (model, i);

      g_assert_cmpint (accord_event_compare (before, after), <=, 0);
    }

  g_assert_null (accord_briefing_lookup_section (briefing, "\x01no such id"));
  g_assert_null (accord_briefing_lookup_event (briefing, "\x01no such id"));
  g_assert_null (accord_briefing_lookup_actor (briefing, "\x01no such id"));
  g_assert_null (accord_briefing_lookup_source (briefing, "\x01no such id"));

  search_briefing (briefing, first);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordBriefing) briefing = NULL;

  briefing = accord_loader_load_bytes (bytes, FUZZ_DISPLAY_NAME, &error);

  if (briefing == NULL)
    {
      /* The message is shown to people as it is. */
      g_assert_nonnull (error);
      g_assert_true (error->domain == ACCORD_ERROR);
      fuzz_check_required_text (error->message);
      return 0;
    }

  g_assert_no_error (error);
  walk_briefing (briefing);
#ifdef FUZZ_ROUND_TRIP
  FUZZ_ROUND_TRIP (briefing);
#endif

  return 0;
}
