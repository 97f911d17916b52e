/* accord-test-model.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Loads to the same model", checked through every public getter: the
 * Markdown twin of the bundled briefing, and what --convert writes read
 * back.  Only where the briefing came from (its file, name and format)
 * may differ.
 */

#include "config.h"

#include <glib.h>

#include "accord-actor.h"
#include "accord-briefing.h"
#include "accord-date.h"
#include "accord-era.h"
#include "accord-event.h"
#include "accord-group.h"
#include "accord-quote.h"
#include "accord-section.h"
#include "accord-source.h"
#include "accord-test-model.h"

#define ID_OR_NULL(getter, object) ((object) != NULL ? getter (object) : NULL)

static const char *
date_text (AccordDate *date)
{
  return date != NULL ? accord_date_get_text (date) : NULL;
}

static void
assert_same_strv (const char * const *a,
                  const char * const *b)
{
  guint n = g_strv_length ((char **) a);

  g_assert_cmpuint (n, ==, g_strv_length ((char **) b));
  for (guint i = 0; i < n; i++)
    g_assert_cmpstr (a[i], ==, b[i]);
}

static void
assert_same_sources (GListModel *a,
                     GListModel *b)
{
  g_assert_cmpuint (g_list_model_get_n_items (a), ==, g_list_model_get_n_items (b));
  for (guint i = 0; i < g_list_model_get_n_items (a); i++)
    {
      g_autoptr(AccordSource) x = g_list_model_get_item (a, i);
      g_autoptr(AccordSource) y = g_list_model_get_item (b, i);

      g_assert_cmpstr (accord_source_get_id (x), ==, accord_source_get_id (y));
      g_assert_cmpstr (accord_source_get_title (x), ==, accord_source_get_title (y));
      g_assert_cmpstr (accord_source_get_publisher (x), ==, accord_source_get_publisher (y));
      g_assert_cmpstr (accord_source_get_url (x), ==, accord_source_get_url (y));
      g_assert_cmpstr (accord_source_get_note (x), ==, accord_source_get_note (y));
      g_assert_cmpstr (date_text (accord_source_get_date (x)), ==, date_text (accord_source_get_date (y)));
    }
}

static void
assert_same_actors (GListModel *a,
                    GListModel *b)
{
  g_assert_cmpuint (g_list_model_get_n_items (a), ==, g_list_model_get_n_items (b));
  for (guint i = 0; i < g_list_model_get_n_items (a); i++)
    {
      g_autoptr(AccordActor) x = g_list_model_get_item (a, i);
      g_autoptr(AccordActor) y = g_list_model_get_item (b, i);

      g_assert_cmpstr (accord_actor_get_id (x), ==, accord_actor_get_id (y));
      g_assert_cmpstr (accord_actor_get_name (x), ==, accord_actor_get_name (y));
      g_assert_cmpstr (accord_actor_get_native_name (x), ==, accord_actor_get_native_name (y));
      g_assert_cmpstr (accord_actor_get_role (x), ==, accord_actor_get_role (y));
      g_assert_cmpstr (accord_actor_get_organization (x), ==, accord_actor_get_organization (y));
      g_assert_cmpstr (accord_actor_get_country (x), ==, accord_actor_get_country (y));
    }
}

static void
assert_same_sections (GListModel *a,
                      GListModel *b)
{
  g_assert_cmpuint (g_list_model_get_n_items (a), ==, g_list_model_get_n_items (b));
  for (guint i = 0; i < g_list_model_get_n_items (a); i++)
    {
      g_autoptr(AccordSection) x = g_list_model_get_item (a, i);
      g_autoptr(AccordSection) y = g_list_model_get_item (b, i);

      g_assert_cmpstr (accord_section_get_id (x), ==, accord_section_get_id (y));
      g_assert_cmpstr (accord_section_get_title (x), ==, accord_section_get_title (y));
      g_assert_cmpstr (accord_section_get_kind (x), ==, accord_section_get_kind (y));
      g_assert_cmpstr (accord_section_get_summary (x), ==, accord_section_get_summary (y));
      assert_same_strv (accord_section_get_body (x), accord_section_get_body (y));
      assert_same_strv (accord_section_get_key_points (x), accord_section_get_key_points (y));
      assert_same_strv (accord_section_get_tags (x), accord_section_get_tags (y));
      g_assert_cmpuint (accord_section_get_depth (x), ==, accord_section_get_depth (y));
      g_assert_cmpuint (accord_section_get_index (x), ==, accord_section_get_index (y));

      g_assert_cmpuint (accord_section_get_n_quotes (x), ==, accord_section_get_n_quotes (y));
      for (guint j = 0; j < accord_section_get_n_quotes (x); j++)
        {
          AccordQuote *qx = accord_section_get_quote (x, j);
          AccordQuote *qy = accord_section_get_quote (y, j);

          g_assert_cmpstr (accord_quote_get_text (qx), ==, accord_quote_get_text (qy));
          g_assert_cmpstr (accord_quote_get_note (qx), ==, accord_quote_get_note (qy));
          g_assert_cmpstr (accord_actor_get_id (accord_quote_get_speaker (qx)), ==,
                           accord_actor_get_id (accord_quote_get_speaker (qy)));
          g_assert_cmpstr (ID_OR_NULL (accord_source_get_id, accord_quote_get_source (qx)), ==,
                           ID_OR_NULL (accord_source_get_id, accord_quote_get_source (qy)));
        }

      g_assert_cmpuint (accord_section_get_n_actors (x), ==, accord_section_get_n_actors (y));
      for (guint j = 0; j < accord_section_get_n_actors (x); j++)
        g_assert_cmpstr (accord_actor_get_id (accord_section_get_actor (x, j)), ==,
                         accord_actor_get_id (accord_section_get_actor (y, j)));

      g_assert_cmpuint (accord_section_get_n_events (x), ==, accord_section_get_n_events (y));
      for (guint j = 0; j < accord_section_get_n_events (x); j++)
        g_assert_cmpstr (accord_event_get_id (accord_section_get_event (x, j)), ==,
                         accord_event_get_id (accord_section_get_event (y, j)));

      assert_same_sections (accord_section_get_children (x), accord_section_get_children (y));
    }
}

static void
assert_same_events (GListModel *a,
                    GListModel *b)
{
  g_assert_cmpuint (g_list_model_get_n_items (a), ==, g_list_model_get_n_items (b));
  for (guint i = 0; i < g_list_model_get_n_items (a); i++)
    {
      g_autoptr(AccordEvent) x = g_list_model_get_item (a, i);
      g_autoptr(AccordEvent) y = g_list_model_get_item (b, i);

      g_assert_cmpstr (accord_event_get_id (x), ==, accord_event_get_id (y));
      g_assert_cmpstr (accord_event_get_title (x), ==, accord_event_get_title (y));
      g_assert_cmpstr (accord_event_get_place (x), ==, accord_event_get_place (y));
      g_assert_cmpstr (accord_event_get_summary (x), ==, accord_event_get_summary (y));
      g_assert_cmpstr (accord_event_get_date_note (x), ==, accord_event_get_date_note (y));
      g_assert_cmpstr (date_text (accord_event_get_date (x)), ==, date_text (accord_event_get_date (y)));
      g_assert_cmpstr (date_text (accord_event_get_end_date (x)), ==, date_text (accord_event_get_end_date (y)));
      g_assert_cmpstr (ID_OR_NULL (accord_source_get_id, accord_event_get_source (x)), ==,
                       ID_OR_NULL (accord_source_get_id, accord_event_get_source (y)));

      g_assert_cmpstr (ID_OR_NULL (accord_group_get_id, accord_event_get_group (x)), ==,
                       ID_OR_NULL (accord_group_get_id, accord_event_get_group (y)));
      g_assert_cmpuint (accord_event_get_n_sections (x), ==, accord_event_get_n_sections (y));
      for (guint j = 0; j < accord_event_get_n_sections (x); j++)
        g_assert_cmpstr (accord_section_get_id (accord_event_get_section (x, j)), ==,
                         accord_section_get_id (accord_event_get_section (y, j)));

      g_assert_cmpuint (accord_event_get_n_actors (x), ==, accord_event_get_n_actors (y));
      for (guint j = 0; j < accord_event_get_n_actors (x); j++)
        g_assert_cmpstr (accord_actor_get_id (accord_event_get_actor (x, j)), ==,
                         accord_actor_get_id (accord_event_get_actor (y, j)));
    }
}

static void
assert_same_groups (GListModel *a,
                    GListModel *b)
{
  g_assert_cmpuint (g_list_model_get_n_items (a), ==, g_list_model_get_n_items (b));
  for (guint i = 0; i < g_list_model_get_n_items (a); i++)
    {
      g_autoptr(AccordGroup) x = g_list_model_get_item (a, i);
      g_autoptr(AccordGroup) y = g_list_model_get_item (b, i);

      g_assert_cmpstr (accord_group_get_id (x), ==, accord_group_get_id (y));
      g_assert_cmpstr (accord_group_get_title (x), ==, accord_group_get_title (y));
      g_assert_cmpint (accord_group_get_color (x), ==, accord_group_get_color (y));
      g_assert_cmpint (accord_group_get_shown_color (x), ==, accord_group_get_shown_color (y));
      g_assert_cmpuint (accord_group_get_index (x), ==, accord_group_get_index (y));
    }
}

static void
assert_same_eras (GListModel *a,
                  GListModel *b)
{
  g_assert_cmpuint (g_list_model_get_n_items (a), ==, g_list_model_get_n_items (b));
  for (guint i = 0; i < g_list_model_get_n_items (a); i++)
    {
      g_autoptr(AccordEra) x = g_list_model_get_item (a, i);
      g_autoptr(AccordEra) y = g_list_model_get_item (b, i);

      g_assert_cmpstr (accord_era_get_id (x), ==, accord_era_get_id (y));
      g_assert_cmpstr (accord_era_get_title (x), ==, accord_era_get_title (y));
      g_assert_cmpstr (date_text (accord_era_get_date (x)), ==, date_text (accord_era_get_date (y)));
      g_assert_cmpuint (accord_era_get_index (x), ==, accord_era_get_index (y));
    }
}

void
accord_test_assert_same_model (AccordBriefing *expected,
                               AccordBriefing *actual)
{
  g_assert_cmpstr (accord_briefing_get_id (expected), ==, accord_briefing_get_id (actual));
  g_assert_cmpstr (accord_briefing_get_title (expected), ==, accord_briefing_get_title (actual));
  g_assert_cmpstr (accord_briefing_get_subtitle (expected), ==, accord_briefing_get_subtitle (actual));
  g_assert_cmpstr (accord_briefing_get_language (expected), ==, accord_briefing_get_language (actual));
  g_assert_cmpstr (accord_briefing_get_summary (expected), ==, accord_briefing_get_summary (actual));
  assert_same_sources (accord_briefing_get_sources (expected), accord_briefing_get_sources (actual));
  assert_same_actors (accord_briefing_get_actors (expected), accord_briefing_get_actors (actual));
  assert_same_groups (accord_briefing_get_groups (expected), accord_briefing_get_groups (actual));
  assert_same_eras (accord_briefing_get_eras (expected), accord_briefing_get_eras (actual));
  assert_same_sections (accord_briefing_get_sections (expected), accord_briefing_get_sections (actual));
  assert_same_events (accord_briefing_get_events (expected), accord_briefing_get_events (actual));
  assert_same_events (accord_briefing_get_timeline (expected), accord_briefing_get_timeline (actual));
}
