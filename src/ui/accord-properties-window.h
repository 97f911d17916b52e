/* accord-properties-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "accord-types.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_PROPERTIES_WINDOW (accord_properties_window_get_type ())

G_DECLARE_FINAL_TYPE (AccordPropertiesWindow, accord_properties_window, ACCORD, PROPERTIES_WINDOW, AdwWindow)

AccordPropertiesWindow *accord_properties_window_new          (GtkWindow              *parent,
                                                               AccordBriefing         *briefing);
AccordBriefing         *accord_properties_window_get_briefing (AccordPropertiesWindow *self);

G_END_DECLS
