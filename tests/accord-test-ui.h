/* accord-test-ui.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the widget tests share: running the main loop until the window has
 * done its work, and making and destroying real windows.
 */

#pragma once

#include "accord-window.h"

G_BEGIN_DECLS

typedef gboolean (*AccordTestCondition) (gpointer data);

void          accord_test_wait_until     (AccordTestCondition  cond,
                                          gpointer             data);
void          accord_test_settle         (void);
void          accord_test_present        (GtkWindow           *window);
AccordWindow *accord_test_new_window     (int                  width,
                                          int                  height);
void          accord_test_destroy_window (GtkWindow           *window);
GtkWidget    *accord_test_find_label     (GtkWidget           *root,
                                          const char          *text,
                                          gboolean             shown_only);
GtkWidget    *accord_test_wait_for_label (GtkWidget           *root,
                                          const char          *text);

AccordBriefingPage *accord_test_briefing_page (AccordWindow *window);
AccordSectionView  *accord_test_section_view  (AccordWindow *window);
AccordSearchPanel  *accord_test_search_panel  (AccordWindow *window);

G_END_DECLS
