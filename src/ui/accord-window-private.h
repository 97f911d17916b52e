/* accord-window-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by accord-window.c and the files that split it by concern:
 * accord-window-actions.c, accord-window-search.c, accord-window-timeline.c.
 */

#pragma once

#include "accord-search.h"
#include "accord-section-view.h"
#include "accord-window.h"

G_BEGIN_DECLS

struct _AccordWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets: the loading page and what every page shares */
  GtkStack             *main_stack;
  GMenuModel           *primary_menu;
  GMenu                *recent_section;
  GtkSpinner           *spinner;
  AdwToastOverlay      *toast_overlay;

  /* The briefing page (accord-window-briefing.ui), built when the first
   * briefing is shown, so that start-up builds only the loading page. */
  GtkBox               *content;
  AdwLeaflet           *leaflet;
  GtkBox               *match_box;
  GtkLabel             *match_label;
  AdwStatusPage        *no_results_page;
  GtkListView          *result_list;
  GtkSearchBar         *search_bar;
  GtkToggleButton      *search_button;
  GtkSearchEntry       *search_entry;
  GtkListView          *section_list;
  AccordSectionView    *section_view;
  GtkBox               *sidebar;
  GtkStack             *sidebar_stack;
  AdwWindowTitle       *sidebar_title;
  AdwViewSwitcherTitle *switcher_title;
  GtkBox               *timeline_box;
  AdwViewStack         *view_stack;

  /* The error page (accord-window-error.ui), built when first needed */
  GtkLabel             *error_label;
  GtkButton            *error_open_button;
  AdwStatusPage        *error_page;

  GtkWindow            *shortcuts_window;

  GSettings            *settings;
  GCancellable         *cancellable;
  AccordBriefing       *briefing;
  GtkTreeListModel     *tree;
  GtkSingleSelection   *selection;
  GtkFileChooserNative *chooser;
  char                 *pending_section; /* shown once the briefing loads */

  /* Search */
  AccordSearchIndex    *search_index;
  AccordSearchQuery    *search_query;
  GCancellable         *search_cancellable;
  GListStore           *result_groups;   /* GListModels: a header, then a group's results */
  GtkFlattenListModel  *results;
  GtkNoSelection       *result_selection;
  guint                 match_index;     /* over the matches of the current section */

  /* Timeline */
  GtkWidget            *timeline_view;

  /* Export */
  GCancellable         *export_cancellable;
};

void _accord_window_ensure_briefing_page     (AccordWindow   *self);

void _accord_window_class_init_actions       (GtkWidgetClass *widget_class);
void _accord_window_update_actions           (AccordWindow   *self);
void _accord_window_actions_dispose          (AccordWindow   *self);

void _accord_window_class_init_search_actions (GtkWidgetClass *widget_class);
void _accord_window_class_init_export_actions (GtkWidgetClass *widget_class);

void _accord_window_init_search              (AccordWindow   *self);
void _accord_window_search_dispose           (AccordWindow   *self);
void _accord_window_search_briefing_changed  (AccordWindow   *self);
void _accord_window_search_section_changed   (AccordWindow   *self);
void on_search_changed                       (AccordWindow   *self);
void on_search_activate                      (AccordWindow   *self);
void on_search_stop                          (AccordWindow   *self);
void on_result_activated                     (AccordWindow   *self,
                                              guint           position);

void _accord_window_init_timeline            (AccordWindow   *self);
void _accord_window_timeline_briefing_changed(AccordWindow   *self);

G_END_DECLS
