/* accord-cli-search.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * accord --search=QUERY [FILE]: one line per result, best first:
 * kind, tab, id, tab, the snippet with each match in [brackets].
 */

#define G_LOG_DOMAIN "accord-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "accord-actor.h"
#include "accord-briefing.h"
#include "accord-cli.h"
#include "accord-event.h"
#include "accord-loader.h"
#include "accord-search.h"
#include "accord-section.h"

#define MAX_RESULTS 2000

static const char *
kind_name (AccordSearchKind kind)
{
  switch (kind)
    {
    case ACCORD_SEARCH_KIND_SECTION:
      return "section";
    case ACCORD_SEARCH_KIND_QUOTE:
      return "quote";
    case ACCORD_SEARCH_KIND_ACTOR:
      return "actor";
    case ACCORD_SEARCH_KIND_EVENT:
    default:
      return "event";
    }
}

/* Quotes have no id of their own: they are named by their section. */
static const char *
result_id (AccordSearchResult *result)
{
  GObject *object = accord_search_result_get_object (result);

  switch (accord_search_result_get_kind (result))
    {
    case ACCORD_SEARCH_KIND_SECTION:
      return accord_section_get_id (ACCORD_SECTION (object));
    case ACCORD_SEARCH_KIND_QUOTE:
      return accord_section_get_id (accord_search_result_get_section (result));
    case ACCORD_SEARCH_KIND_ACTOR:
      return accord_actor_get_id (ACCORD_ACTOR (object));
    case ACCORD_SEARCH_KIND_EVENT:
    default:
      return accord_event_get_id (ACCORD_EVENT (object));
    }
}

int
accord_cli_search (const char         *text,
                   const char * const *files)
{
  g_autoptr(AccordBriefing) briefing = NULL;
  g_autoptr(AccordSearchIndex) index = NULL;
  g_autoptr(AccordSearchQuery) query = NULL;
  g_autoptr(AccordSearchResults) results = NULL;
  guint n;
  guint total = 0;

  query = accord_search_query_parse (text);
  if (query == NULL || accord_search_query_get_n_terms (query) == 0)
    {
      g_printerr (_("accord: the search is empty\n"));
      return 2;
    }

  briefing = accord_cli_load_briefing (files);
  if (briefing == NULL)
    return 2;

  index = accord_search_index_new (briefing);
  results = accord_search_index_query (index, query, MAX_RESULTS, &total);
  n = g_list_model_get_n_items (G_LIST_MODEL (results));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AccordSearchResult) result = g_list_model_get_item (G_LIST_MODEL (results), i);
      g_autofree char *marked = accord_search_result_format_marked (result, "[", "]");
      g_autofree char *clean = accord_text_clean (marked, ACCORD_CLI_CLEAN);

      fprintf (stdout, "%s\t%s\t%s\n",
               kind_name (accord_search_result_get_kind (result)),
               result_id (result), clean);
    }

  if (total > n)
    g_printerr (_("accord: showing the first %u of %u results\n"), n, total);

  return n > 0 ? 0 : 1;
}
