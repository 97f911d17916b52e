/* accord-actor.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "accord-types.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_ACTOR (accord_actor_get_type ())

G_DECLARE_FINAL_TYPE (AccordActor, accord_actor, ACCORD, ACTOR, GObject)

const char *accord_actor_get_id           (AccordActor *self);
const char *accord_actor_get_name         (AccordActor *self);
const char *accord_actor_get_native_name  (AccordActor *self);
const char *accord_actor_get_role         (AccordActor *self);
const char *accord_actor_get_organization (AccordActor *self);
const char *accord_actor_get_country      (AccordActor *self);
char       *accord_actor_dup_attribution  (AccordActor *self);

G_END_DECLS
