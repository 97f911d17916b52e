/* accord-label-tooltip.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void accord_label_tooltip_when_shortened (GtkLabel *label);

G_END_DECLS
