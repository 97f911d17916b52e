/* accord-event-card.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "accord-types.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_EVENT_CARD (accord_event_card_get_type ())

G_DECLARE_FINAL_TYPE (AccordEventCard, accord_event_card, ACCORD, EVENT_CARD, GtkWidget)

GtkWidget   *accord_event_card_new        (void);
AccordEvent *accord_event_card_get_event  (AccordEventCard *self);
void         accord_event_card_set_event  (AccordEventCard *self,
                                           AccordEvent     *event);
GtkWidget   *accord_event_card_find_label (AccordEventCard *self,
                                           const char      *text);

G_END_DECLS
