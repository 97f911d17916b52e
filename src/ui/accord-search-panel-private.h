/* accord-search-panel-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by accord-search-panel.c (the query and its results),
 * accord-search-panel-matches.c (highlights, "1 of N", Ctrl+G) and
 * accord-search-panel-keys.c (the keyboard in the results).
 */

#pragma once

#include "accord-note-store.h"
#include "accord-search.h"
#include "accord-search-panel.h"

G_BEGIN_DECLS

struct _AccordSearchPanel
{
  GtkWidget            parent_instance;

  /* Template widgets */
  GtkLabel            *limit_label;
  GtkBox              *match_box;
  GtkLabel            *match_label;
  GtkListView         *result_list;
  GtkStack            *results_stack;
  GtkSearchBar        *search_bar;
  GtkSearchEntry      *search_entry;

  AccordBriefing      *briefing;
  AccordSectionView   *section_view;
  AccordSearchIndex   *index;
  AccordSearchQuery   *query;
  GCancellable        *cancellable;
  guint                index_source;    /* builds the index once the page is drawn */
  GListStore          *result_groups;   /* GListModels: a header, then a group's results */
  GtkFlattenListModel *results;
  guint                match_index;     /* over the matches of the shown section */
  guint                n_results;       /* objects that match, in the whole briefing */
  AccordNoteStore     *notes;           /* the reader's notes, a group of their own */
};

GArray   *_accord_search_panel_highlight_query      (const char            *text,
                                                     gpointer               user_data);
void      _accord_search_panel_update_counter       (AccordSearchPanel     *self);
void      _accord_search_panel_apply_query          (AccordSearchPanel     *self);
gboolean  _accord_search_panel_request_section      (AccordSearchPanel     *self,
                                                     AccordSection         *section);
GListModel *_accord_search_panel_match_notes        (AccordSearchPanel     *self);
void      _accord_search_panel_open_note            (AccordSearchPanel     *self,
                                                     AccordNote            *note);
void      _accord_search_panel_emit_section         (AccordSearchPanel     *self,
                                                     AccordSection         *section);
void      _accord_search_panel_next_match_action    (GtkWidget             *widget,
                                                     const char            *action_name,
                                                     GVariant              *parameter);
void      _accord_search_panel_previous_match_action (GtkWidget            *widget,
                                                     const char            *action_name,
                                                     GVariant              *parameter);
gboolean  _accord_search_panel_focus_first_result   (AccordSearchPanel     *self);
gboolean  _accord_search_panel_entry_key_pressed    (GtkEventControllerKey *controller,
                                                     guint                  keyval,
                                                     guint                  keycode,
                                                     GdkModifierType        state,
                                                     AccordSearchPanel     *self);
gboolean  _accord_search_panel_results_key_pressed  (GtkEventControllerKey *controller,
                                                     guint                  keyval,
                                                     guint                  keycode,
                                                     GdkModifierType        state,
                                                     AccordSearchPanel     *self);
void      _accord_search_panel_list_focus_enter     (GtkEventControllerFocus *controller,
                                                     AccordSearchPanel       *self);

G_END_DECLS
