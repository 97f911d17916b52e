/* accord-actor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-actor"

#include "config.h"

#include <glib/gi18n.h>

#include "accord-model-private.h"

G_DEFINE_FINAL_TYPE (AccordActor, accord_actor, G_TYPE_OBJECT)

static void
accord_actor_finalize (GObject *object)
{
  AccordActor *self = (AccordActor *)object;

  g_free (self->id);
  g_free (self->name);
  g_free (self->native_name);
  g_free (self->role);
  g_free (self->organization);
  g_free (self->country);

  G_OBJECT_CLASS (accord_actor_parent_class)->finalize (object);
}

static void
accord_actor_class_init (AccordActorClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = accord_actor_finalize;
}

static void
accord_actor_init (AccordActor *self)
{
}

const char *
accord_actor_get_id (AccordActor *self)
{
  g_return_val_if_fail (ACCORD_IS_ACTOR (self), NULL);
  return self->id;
}

const char *
accord_actor_get_name (AccordActor *self)
{
  g_return_val_if_fail (ACCORD_IS_ACTOR (self), NULL);
  return self->name;
}

const char *
accord_actor_get_native_name (AccordActor *self)
{
  g_return_val_if_fail (ACCORD_IS_ACTOR (self), NULL);
  return self->native_name;
}

const char *
accord_actor_get_role (AccordActor *self)
{
  g_return_val_if_fail (ACCORD_IS_ACTOR (self), NULL);
  return self->role;
}

const char *
accord_actor_get_organization (AccordActor *self)
{
  g_return_val_if_fail (ACCORD_IS_ACTOR (self), NULL);
  return self->organization;
}

const char *
accord_actor_get_country (AccordActor *self)
{
  g_return_val_if_fail (ACCORD_IS_ACTOR (self), NULL);
  return self->country;
}

/**
 * accord_actor_dup_attribution:
 *
 * The line under a quote: "Jeehye Kim, Senior Program Manager, Northeast
 * Asia, Asia Pacific Foundation of Canada".  Plain text.
 */
char *
accord_actor_dup_attribution (AccordActor *self)
{
  GString *str;

  g_return_val_if_fail (ACCORD_IS_ACTOR (self), NULL);

  str = g_string_new (self->name);
  if (self->role != NULL)
    g_string_append_printf (str, ", %s", self->role);
  if (self->organization != NULL)
    g_string_append_printf (str, ", %s", self->organization);

  return g_string_free (str, FALSE);
}
