/* accord-window-timeline.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The timeline page of the window.
 */

#define G_LOG_DOMAIN "accord-window"

#include "config.h"

#include <glib/gi18n.h>

#include "accord-window-private.h"

void
accord_window_show_event (AccordWindow *self,
                          AccordEvent  *event)
{
  g_return_if_fail (ACCORD_IS_WINDOW (self));

  adw_view_stack_set_visible_child_name (self->view_stack, "timeline");
}

void
_accord_window_timeline_briefing_changed (AccordWindow *self)
{
}

void
_accord_window_init_timeline (AccordWindow *self)
{
}
