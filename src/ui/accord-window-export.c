/* accord-window-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Export and print from the window.
 */

#define G_LOG_DOMAIN "accord-window"

#include "config.h"

#include <glib/gi18n.h>

#include "accord-window-private.h"

void
_accord_window_class_init_export_actions (GtkWidgetClass *widget_class)
{
}
