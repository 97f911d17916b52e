/* accord-briefing-page-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by accord-briefing-page.c (the panes, the views, the banner) and
 * accord-briefing-page-sections.c (the sidebar's list of sections).
 */

#pragma once

#include <adwaita.h>

#include "accord-briefing-page.h"
#include "accord-history.h"
#include "accord-people-index.h"
#include "accord-person-page.h"
#include "accord-note-store.h"
#include "accord-notes-page.h"
#include "accord-width-bin.h"

G_BEGIN_DECLS

struct _AccordBriefingPage
{
  GtkWidget           parent_instance;

  /* Template widgets */
  GtkButton          *banner_button;
  GtkLabel           *banner_label;
  GtkRevealer        *banner_revealer;
  AdwBin             *timeline_bin;
  GtkWidget          *content;
  AdwLeaflet         *leaflet;
  GtkMenuButton      *menu_button;
  AdwViewSwitcherBar *switcher_bar;
  GMenuModel         *menu_model;     /* made into the menu when first opened */
  GtkToggleButton    *search_button;
  GtkWidget          *sections_pane;
  GtkListView        *section_list;
  AccordSectionView  *section_view;
  GtkWidget          *sidebar;
  GtkWidget          *sidebar_header;
  AccordWidthBin   *sidebar_bin;
  AdwWindowTitle     *sidebar_title;
  AdwViewStack       *view_stack;
  GtkListView        *people_list;
  AdwBin             *person_bin;
  GtkStack           *reading_stack;
  GtkStack           *sidebar_stack;

  AccordSearchPanel  *search_panel;   /* made after the first frame, or when needed */
  guint               search_panel_source;
  AccordTimelinePage *timeline_page;  /* built when first shown */
  AdwBin             *notes_bin;
  AccordNotesPage    *notes_page;     /* built when first shown */
  AccordNoteStore    *notes;          /* the application's, for this briefing */
  GtkWidget          *reader_pane;    /* the pane the reader is in: sidebar_bin or content */
  AccordBriefing     *briefing;
  GListStore         *nodes;          /* of AccordSectionNode: kept across reloads */
  GtkTreeListModel   *tree;
  GtkSingleSelection *selection;

  /* People and history (accord-briefing-page-people.c, -history.c) */
  AccordPersonPage   *person_page;    /* built when first shown */
  AccordPeopleIndex  *people_index;   /* NULL while it is being built */
  GCancellable       *people_cancellable;
  char               *pending_person; /* an id to show once the index is built */
  AccordHistory      *history;
  gboolean            navigating;     /* showing a place of the history */
  gboolean            could_go_back;  /* the last can-go-back notified */
};

void        _accord_briefing_page_show_pane             (AccordBriefingPage *self,
                                                         GtkWidget          *pane);
void        _accord_briefing_page_init_sections         (AccordBriefingPage *self);
guint       _accord_briefing_page_find_section_position (AccordBriefingPage *self,
                                                         AccordSection      *section);
void        _accord_briefing_page_focus_selected_row    (AccordBriefingPage *self);
void        _accord_briefing_page_ensure_notes_page     (AccordBriefingPage *self);
void        _accord_briefing_page_update_notes          (AccordBriefingPage *self);
void        _accord_briefing_page_notes_class_init      (GtkWidgetClass     *widget_class);

AccordSearchPanel *_accord_briefing_page_ensure_search_panel (AccordBriefingPage *self);
void        _accord_briefing_page_search_class_init     (GtkWidgetClass     *widget_class);
void        _accord_briefing_page_init_search           (AccordBriefingPage *self);
void        _accord_briefing_page_dispose_search        (AccordBriefingPage *self);

void        _accord_briefing_page_init_people           (AccordBriefingPage *self);
void        _accord_briefing_page_dispose_people        (AccordBriefingPage *self);
void        _accord_briefing_page_set_people_briefing   (AccordBriefingPage *self,
                                                         AccordBriefing     *briefing);
void        _accord_briefing_page_init_history          (AccordBriefingPage *self);
void        _accord_briefing_page_dispose_history       (AccordBriefingPage *self);
void        _accord_briefing_page_record                (AccordBriefingPage *self,
                                                         const char         *kind,
                                                         const char         *key);
void        _accord_briefing_page_update_can_go_back    (AccordBriefingPage *self);

G_END_DECLS
