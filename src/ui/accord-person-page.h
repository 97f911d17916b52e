/* accord-person-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "accord-people-index.h"
#include "accord-types.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_PERSON_PAGE (accord_person_page_get_type ())

G_DECLARE_FINAL_TYPE (AccordPersonPage, accord_person_page, ACCORD, PERSON_PAGE, GtkWidget)

GtkWidget   *accord_person_page_new        (void);
void         accord_person_page_set_person (AccordPersonPage  *self,
                                            AccordActor       *actor,
                                            AccordPeopleIndex *index);
AccordActor *accord_person_page_get_person (AccordPersonPage  *self);

G_END_DECLS
