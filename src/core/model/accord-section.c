/* accord-section.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-section"

#include "config.h"

#include <glib/gi18n.h>

#include "accord-model-private.h"

G_DEFINE_FINAL_TYPE (AccordSection, accord_section, G_TYPE_OBJECT)

static const char * const empty_strv[] = { NULL };

static void
accord_section_dispose (GObject *object)
{
  AccordSection *self = (AccordSection *)object;

  g_clear_object (&self->children);
  g_clear_pointer (&self->quotes, g_ptr_array_unref);

  G_OBJECT_CLASS (accord_section_parent_class)->dispose (object);
}

static void
accord_section_finalize (GObject *object)
{
  AccordSection *self = (AccordSection *)object;

  g_free (self->id);
  g_free (self->title);
  g_free (self->kind);
  g_free (self->summary);
  g_strfreev (self->body);
  g_strfreev (self->key_points);
  g_strfreev (self->tags);
  g_clear_pointer (&self->actors, g_ptr_array_unref);
  g_clear_pointer (&self->events, g_ptr_array_unref);

  G_OBJECT_CLASS (accord_section_parent_class)->finalize (object);
}

static void
accord_section_class_init (AccordSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = accord_section_dispose;
  object_class->finalize = accord_section_finalize;
}

static void
accord_section_init (AccordSection *self)
{
}

const char *
accord_section_get_id (AccordSection *self)
{
  g_return_val_if_fail (ACCORD_IS_SECTION (self), NULL);
  return self->id;
}

const char *
accord_section_get_title (AccordSection *self)
{
  g_return_val_if_fail (ACCORD_IS_SECTION (self), NULL);
  return self->title;
}

const char *
accord_section_get_kind (AccordSection *self)
{
  g_return_val_if_fail (ACCORD_IS_SECTION (self), NULL);
  return self->kind;
}

const char *
accord_section_get_summary (AccordSection *self)
{
  g_return_val_if_fail (ACCORD_IS_SECTION (self), NULL);
  return self->summary;
}

/* The string lists are never NULL, so callers can loop without checks. */
const char * const *
accord_section_get_body (AccordSection *self)
{
  g_return_val_if_fail (ACCORD_IS_SECTION (self), NULL);
  return self->body ? (const char * const *)self->body : empty_strv;
}

const char * const *
accord_section_get_key_points (AccordSection *self)
{
  g_return_val_if_fail (ACCORD_IS_SECTION (self), NULL);
  return self->key_points ? (const char * const *)self->key_points : empty_strv;
}

const char * const *
accord_section_get_tags (AccordSection *self)
{
  g_return_val_if_fail (ACCORD_IS_SECTION (self), NULL);
  return self->tags ? (const char * const *)self->tags : empty_strv;
}

guint
accord_section_get_n_quotes (AccordSection *self)
{
  g_return_val_if_fail (ACCORD_IS_SECTION (self), 0);
  return self->quotes->len;
}

AccordQuote *
accord_section_get_quote (AccordSection *self,
                          guint          position)
{
  g_return_val_if_fail (ACCORD_IS_SECTION (self), NULL);
  g_return_val_if_fail (position < self->quotes->len, NULL);
  return g_ptr_array_index (self->quotes, position);
}

guint
accord_section_get_n_actors (AccordSection *self)
{
  g_return_val_if_fail (ACCORD_IS_SECTION (self), 0);
  return self->actors->len;
}

AccordActor *
accord_section_get_actor (AccordSection *self,
                          guint          position)
{
  g_return_val_if_fail (ACCORD_IS_SECTION (self), NULL);
  g_return_val_if_fail (position < self->actors->len, NULL);
  return g_ptr_array_index (self->actors, position);
}

guint
accord_section_get_n_events (AccordSection *self)
{
  g_return_val_if_fail (ACCORD_IS_SECTION (self), 0);
  return self->events->len;
}

AccordEvent *
accord_section_get_event (AccordSection *self,
                          guint          position)
{
  g_return_val_if_fail (ACCORD_IS_SECTION (self), NULL);
  g_return_val_if_fail (position < self->events->len, NULL);
  return g_ptr_array_index (self->events, position);
}

GListModel *
accord_section_get_children (AccordSection *self)
{
  g_return_val_if_fail (ACCORD_IS_SECTION (self), NULL);
  return G_LIST_MODEL (self->children);
}

AccordSection *
accord_section_get_parent (AccordSection *self)
{
  g_return_val_if_fail (ACCORD_IS_SECTION (self), NULL);
  return self->parent;
}

guint
accord_section_get_depth (AccordSection *self)
{
  g_return_val_if_fail (ACCORD_IS_SECTION (self), 0);
  return self->depth;
}

guint
accord_section_get_index (AccordSection *self)
{
  g_return_val_if_fail (ACCORD_IS_SECTION (self), 0);
  return self->index;
}
