/* accord-search-panel-notes.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reader's notes among the search results, in a group of their own
 * after the briefing's: a note is found when every word of the search is
 * in its quoted passage, its note or its section's title, folded as the
 * index folds (accord_search_query_match_text()).  Activated, it shows its
 * passage in its section.
 */

#define G_LOG_DOMAIN "accord-search-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "accord-briefing.h"
#include "accord-search.h"
#include "accord-search-panel-private.h"
#include "accord-section.h"
#include "accord-section-view.h"

static gboolean
text_matches (AccordSearchQuery *query,
              const char        *text)
{
  g_autoptr(GArray) ranges = NULL;

  if (text == NULL)
    return FALSE;
  ranges = accord_search_query_match_text (query, text);
  return ranges->len > 0;
}

static gboolean
note_matches (AccordNote         *note,
              AccordSearchQuery **words,
              guint               n_words)
{
  for (guint i = 0; i < n_words; i++)
    if (!text_matches (words[i], accord_note_get_field (note) != NULL ? accord_note_get_exact (note) : NULL)
        && !text_matches (words[i], accord_note_get_body (note))
        && !text_matches (words[i], accord_note_get_target_title (note)))
      return FALSE;
  return TRUE;
}

/**
 * _accord_search_panel_match_notes:
 *
 * Returns: (transfer full) (nullable): the notes found by the search, in
 *   document order, or %NULL for none
 */
GListModel *
_accord_search_panel_match_notes (AccordSearchPanel *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func ((GDestroyNotify) accord_search_query_unref);
  g_autoptr(GPtrArray) notes = NULL;
  g_auto(GStrv) tokens = NULL;
  GListStore *found;

  if (self->notes == NULL || self->briefing == NULL
      || g_list_model_get_n_items (G_LIST_MODEL (self->notes)) == 0)
    return NULL;

  /* Every word must be found, each on its own. */
  tokens = g_strsplit_set (text, " \t\"", -1);
  for (guint i = 0; tokens[i] != NULL; i++)
    {
      AccordSearchQuery *word = tokens[i][0] != '\0' ? accord_search_query_parse (tokens[i]) : NULL;

      if (word != NULL && accord_search_query_get_n_terms (word) > 0)
        g_ptr_array_add (words, word);
      else if (word != NULL)
        accord_search_query_unref (word);
    }
  if (words->len == 0)
    return NULL;

  found = g_list_store_new (ACCORD_TYPE_NOTE);
  notes = accord_note_store_list_in_order (self->notes, self->briefing);
  for (guint i = 0; i < notes->len; i++)
    if (note_matches (g_ptr_array_index (notes, i), (AccordSearchQuery **) words->pdata, words->len))
      g_list_store_append (found, g_ptr_array_index (notes, i));

  if (g_list_model_get_n_items (G_LIST_MODEL (found)) == 0)
    g_clear_object (&found);
  return G_LIST_MODEL (found);
}

/* Shows @note's passage in its section. */
void
_accord_search_panel_open_note (AccordSearchPanel *self,
                                AccordNote        *note)
{
  AccordSection *section;

  if (self->briefing == NULL || accord_note_get_target_kind (note) != ACCORD_NOTE_TARGET_SECTION)
    return;
  section = accord_briefing_lookup_section (self->briefing, accord_note_get_target_id (note));
  if (section == NULL || !_accord_search_panel_request_section (self, section))
    return;
  accord_section_view_show_note (self->section_view, note);
}

/**
 * accord_search_panel_set_notes:
 * @notes: (nullable): the reader's notes, found with the briefing's text
 */
void
accord_search_panel_set_notes (AccordSearchPanel *self,
                               AccordNoteStore   *notes)
{
  g_return_if_fail (ACCORD_IS_SEARCH_PANEL (self));

  g_set_object (&self->notes, notes);
}
