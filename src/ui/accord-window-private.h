/* accord-window-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by accord-window.c (pages, loading, settings) and
 * accord-window-actions.c (the win.* actions and their keys).
 */

#pragma once

#include "accord-briefing-page.h"
#include "accord-error-page.h"
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

  /* Built when first needed, so that start-up builds only the loading page */
  AccordBriefingPage   *briefing_page;
  AccordErrorPage      *error_page;
  GtkWindow            *shortcuts_window;
  GtkFileChooserNative *chooser;

  GSettings            *settings;
  GCancellable         *cancellable;
  AccordBriefing       *briefing;
  char                 *pending_section; /* shown once the briefing loads */
  char                 *pending_title;   /* the window's, once the frame is drawn */

  /* Live reload (accord-window-reload.c) */
  GFileMonitor         *monitor;
  GCancellable         *reload_cancellable;
  guint                 reload_source;   /* waits for the writes to settle */
  char                 *reload_error;    /* why the file could not be read again */
};

AccordBriefingPage *_accord_window_ensure_briefing_page (AccordWindow   *self);
void                _accord_window_update_actions       (AccordWindow   *self);
void                _accord_window_show_title           (AccordWindow   *self,
                                                         const char     *title);
void                _accord_window_class_init_actions   (GtkWidgetClass *widget_class);
void                _accord_window_add_shortcuts        (AccordWindow   *self);
void                _accord_window_watch_file           (AccordWindow   *self,
                                                         GFile          *file);
void                _accord_window_reload_dispose       (AccordWindow   *self);
void                _accord_window_class_init_history   (GtkWidgetClass *widget_class);
void                _accord_window_init_history         (AccordWindow   *self);
void                _accord_window_watch_history        (AccordWindow       *self,
                                                         AccordBriefingPage *page);

G_END_DECLS
