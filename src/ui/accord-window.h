/* accord-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "accord-briefing-page.h"
#include "accord-error-page.h"
#include "accord-types.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_WINDOW (accord_window_get_type ())

G_DECLARE_FINAL_TYPE (AccordWindow, accord_window, ACCORD, WINDOW, AdwApplicationWindow)

AccordWindow       *accord_window_new               (AdwApplication *application);
void                accord_window_open_file         (AccordWindow   *self,
                                                     GFile          *file);
void                accord_window_open_file_at      (AccordWindow   *self,
                                                     GFile          *file,
                                                     const char     *section_id);
void                accord_window_open_bundled      (AccordWindow   *self);
void                accord_window_set_briefing      (AccordWindow   *self,
                                                     AccordBriefing *briefing);
AccordBriefing     *accord_window_get_briefing      (AccordWindow   *self);
AccordSection      *accord_window_get_section       (AccordWindow   *self);
void                accord_window_show_section      (AccordWindow   *self,
                                                     AccordSection  *section);
gboolean            accord_window_select_section    (AccordWindow   *self,
                                                     const char     *id);
void                accord_window_show_error        (AccordWindow   *self,
                                                     const GError   *error);
void                accord_window_show_event        (AccordWindow   *self,
                                                     AccordEvent    *event);
void                accord_window_begin_search      (AccordWindow   *self,
                                                     const char     *query);
void                accord_window_add_toast         (AccordWindow   *self,
                                                     AdwToast       *toast);
const char         *accord_window_get_visible_page  (AccordWindow   *self);
AccordBriefingPage *accord_window_get_briefing_page (AccordWindow   *self);
AccordErrorPage    *accord_window_get_error_page    (AccordWindow   *self);

G_END_DECLS
