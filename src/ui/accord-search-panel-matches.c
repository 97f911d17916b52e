/* accord-search-panel-matches.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The search panel's matches in the section view: highlighting them, the
 * "1 of N" counter, and stepping from match to match across the briefing
 * (Ctrl+G).
 */

#define G_LOG_DOMAIN "accord-search-panel"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "accord-briefing.h"
#include "accord-search.h"
#include "accord-search-panel-private.h"
#include "accord-section.h"

GArray *
_accord_search_panel_highlight_query (const char *text,
                                      gpointer    user_data)
{
  AccordSearchQuery *query = user_data;
  g_autoptr(GArray) ranges = accord_search_query_match_text (query, text);
  GArray *offsets;

  if (ranges == NULL || ranges->len == 0)
    return NULL;

  offsets = g_array_sized_new (FALSE, FALSE, sizeof (guint), ranges->len * 2);
  for (guint i = 0; i < ranges->len; i++)
    {
      AccordSearchRange *r = &g_array_index (ranges, AccordSearchRange, i);

      g_array_append_val (offsets, r->start);
      g_array_append_val (offsets, r->end);
    }

  return offsets;
}

static guint
n_view_matches (AccordSearchPanel *self)
{
  return self->section_view ? accord_section_view_get_n_matches (self->section_view) : 0;
}

/* "1 of 2": where the reader is among the matches of the shown section. */
void
_accord_search_panel_update_counter (AccordSearchPanel *self)
{
  g_autofree char *text = NULL;
  /* Counting the matches needs the whole section shown: only with a query. */
  guint n = self->query != NULL ? n_view_matches (self) : 0;
  /* Ctrl+G goes on to the next section with a match, so the arrows work
   * whenever anything matches, even when the section shown does not. */
  gboolean can_step = self->query != NULL && (n > 0 || self->n_results > 0);

  gtk_widget_set_visible (GTK_WIDGET (self->match_box), self->query != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->match_box), can_step);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "search.next-match", can_step);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "search.previous-match", can_step);

  if (self->query == NULL || n == 0)
    {
      gtk_label_set_text (self->match_label, "");
      return;
    }

  /* Translators: the current search match and how many the section has */
  text = g_strdup_printf (_("%u of %u"), self->match_index + 1, n);
  gtk_label_set_text (self->match_label, text);
}

void
_accord_search_panel_apply_query (AccordSearchPanel *self)
{
  if (self->section_view == NULL)
    return;

  if (self->query != NULL)
    accord_section_view_set_highlight (self->section_view, _accord_search_panel_highlight_query,
                                       accord_search_query_ref (self->query),
                                       (GDestroyNotify)accord_search_query_unref);
  else
    accord_section_view_set_highlight (self->section_view, NULL, NULL, NULL);

  self->match_index = 0;
  _accord_search_panel_update_counter (self);
}

/* Asks for @section to be shown, and says whether it now is. */
gboolean
_accord_search_panel_request_section (AccordSearchPanel *self,
                                      AccordSection     *section)
{
  _accord_search_panel_emit_section (self, section);

  return self->section_view != NULL &&
         accord_section_view_get_section (self->section_view) == section;
}

/* Steps through the matches: within the section, then on to the next (or
 * previous) section that has any, wrapping around the briefing. */
void
accord_search_panel_step_match (AccordSearchPanel *self,
                                int                direction)
{
  AccordSection *current;
  GListModel *all;
  guint n_sections, start;
  guint n;

  g_return_if_fail (ACCORD_IS_SEARCH_PANEL (self));

  if (self->query == NULL || self->briefing == NULL || self->section_view == NULL)
    return;

  n = n_view_matches (self);
  if (n > 0 && ((direction > 0 && self->match_index + 1 < n) ||
                (direction < 0 && self->match_index > 0)))
    {
      self->match_index += direction;
      accord_section_view_focus_match (self->section_view, self->match_index);
      _accord_search_panel_update_counter (self);
      return;
    }

  all = accord_briefing_get_all_sections (self->briefing);
  n_sections = g_list_model_get_n_items (all);
  current = accord_section_view_get_section (self->section_view);
  start = current != NULL ? accord_section_get_index (current) : 0;

  for (guint step = 1; step <= n_sections; step++)
    {
      guint i = direction > 0 ? (start + step) % n_sections
                             : (start + n_sections - step) % n_sections;
      g_autoptr(AccordSection) section = g_list_model_get_item (all, i);

      if (!accord_section_view_section_has_match (section, _accord_search_panel_highlight_query, self->query))
        continue;

      if (!_accord_search_panel_request_section (self, section))
        return;

      _accord_search_panel_apply_query (self);
      n = n_view_matches (self);
      if (n == 0)
        continue;
      self->match_index = direction > 0 ? 0 : n - 1;
      accord_section_view_focus_match (self->section_view, self->match_index);
      _accord_search_panel_update_counter (self);
      return;
    }
}

void
_accord_search_panel_next_match_action (GtkWidget  *widget,
                                        const char *action_name,
                                        GVariant   *parameter)
{
  accord_search_panel_step_match (ACCORD_SEARCH_PANEL (widget), 1);
}

void
_accord_search_panel_previous_match_action (GtkWidget  *widget,
                                            const char *action_name,
                                            GVariant   *parameter)
{
  accord_search_panel_step_match (ACCORD_SEARCH_PANEL (widget), -1);
}
