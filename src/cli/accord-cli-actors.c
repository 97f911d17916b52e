/* accord-cli-actors.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `accord --list-actors [FILE]`: each actor with how often they appear,
 * counted as their person page counts (AccordPeopleIndex).
 */

#define G_LOG_DOMAIN "accord-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "accord-actor.h"
#include "accord-briefing.h"
#include "accord-cli.h"
#include "accord-people-index.h"

int
accord_cli_list_actors (const char * const *files)
{
  g_autoptr(AccordBriefing) briefing = accord_cli_load_briefing (files);
  g_autoptr(AccordPeopleIndex) index = NULL;
  GListModel *actors;
  guint n;

  if (briefing == NULL)
    return 1;

  index = accord_people_index_new (briefing, NULL);
  actors = accord_briefing_get_actors (briefing);
  n = g_list_model_get_n_items (actors);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AccordActor) actor = g_list_model_get_item (actors, i);
      const char *native = accord_actor_get_native_name (actor);
      g_autofree char *name = accord_text_clean (accord_actor_get_name (actor), ACCORD_CLI_CLEAN);
      g_autofree char *native_clean = accord_text_clean (native != NULL ? native : "", ACCORD_CLI_CLEAN);

      /* Raw UTF-8 bytes, as the other listings. */
      fprintf (stdout, "%s\t%s\t%s\t%u\t%u\t%u\n",
               accord_actor_get_id (actor), name, native_clean,
               accord_people_index_get_quotes (index, actor)->len,
               accord_people_index_get_sections (index, actor)->len,
               accord_people_index_get_events (index, actor)->len);
    }

  return 0;
}
