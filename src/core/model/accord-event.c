/* accord-event.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-event"

#include "config.h"

#include <glib/gi18n.h>

#include "accord-model-private.h"

G_DEFINE_FINAL_TYPE (AccordEvent, accord_event, G_TYPE_OBJECT)

static void
accord_event_finalize (GObject *object)
{
  AccordEvent *self = (AccordEvent *)object;

  g_free (self->id);
  g_free (self->title);
  g_free (self->place);
  g_free (self->summary);
  g_free (self->date_note);
  g_clear_pointer (&self->date, accord_date_unref);
  g_clear_pointer (&self->end_date, accord_date_unref);
  g_clear_pointer (&self->sections, g_ptr_array_unref);
  g_clear_pointer (&self->actors, g_ptr_array_unref);

  G_OBJECT_CLASS (accord_event_parent_class)->finalize (object);
}

static void
accord_event_class_init (AccordEventClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = accord_event_finalize;
}

static void
accord_event_init (AccordEvent *self)
{
}

const char *
accord_event_get_id (AccordEvent *self)
{
  g_return_val_if_fail (ACCORD_IS_EVENT (self), NULL);
  return self->id;
}

const char *
accord_event_get_title (AccordEvent *self)
{
  g_return_val_if_fail (ACCORD_IS_EVENT (self), NULL);
  return self->title;
}

const char *
accord_event_get_place (AccordEvent *self)
{
  g_return_val_if_fail (ACCORD_IS_EVENT (self), NULL);
  return self->place;
}

const char *
accord_event_get_summary (AccordEvent *self)
{
  g_return_val_if_fail (ACCORD_IS_EVENT (self), NULL);
  return self->summary;
}

const char *
accord_event_get_date_note (AccordEvent *self)
{
  g_return_val_if_fail (ACCORD_IS_EVENT (self), NULL);
  return self->date_note;
}

AccordDate *
accord_event_get_date (AccordEvent *self)
{
  g_return_val_if_fail (ACCORD_IS_EVENT (self), NULL);
  return self->date;
}

AccordDate *
accord_event_get_end_date (AccordEvent *self)
{
  g_return_val_if_fail (ACCORD_IS_EVENT (self), NULL);
  return self->end_date;
}

gint64
accord_event_get_first_day (AccordEvent *self)
{
  g_return_val_if_fail (ACCORD_IS_EVENT (self), 0);
  return accord_date_get_first_day (self->date);
}

gint64
accord_event_get_last_day (AccordEvent *self)
{
  g_return_val_if_fail (ACCORD_IS_EVENT (self), 0);

  if (self->end_date != NULL)
    return accord_date_get_last_day (self->end_date);

  return accord_date_get_last_day (self->date);
}

/**
 * accord_event_dup_date_text:
 *
 * The date as written in the briefing (EDTF), with the end date joined as
 * an interval when the event has one.
 */
char *
accord_event_dup_date_text (AccordEvent *self)
{
  g_return_val_if_fail (ACCORD_IS_EVENT (self), NULL);

  if (self->end_date != NULL)
    return g_strdup_printf ("%s/%s",
                            accord_date_get_text (self->date),
                            accord_date_get_text (self->end_date));

  return g_strdup (accord_date_get_text (self->date));
}

/**
 * accord_event_format_date:
 *
 * The date for people, in the current locale, keeping its precision.
 */
char *
accord_event_format_date (AccordEvent *self)
{
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;

  g_return_val_if_fail (ACCORD_IS_EVENT (self), NULL);

  start = accord_date_format (self->date);
  if (self->end_date == NULL)
    return g_steal_pointer (&start);

  end = accord_date_format (self->end_date);
  /* Translators: a span of time from one date to another */
  return g_strdup_printf (_("%s – %s"), start, end);
}

guint
accord_event_get_n_sections (AccordEvent *self)
{
  g_return_val_if_fail (ACCORD_IS_EVENT (self), 0);
  return self->sections->len;
}

AccordSection *
accord_event_get_section (AccordEvent *self,
                          guint        position)
{
  g_return_val_if_fail (ACCORD_IS_EVENT (self), NULL);
  g_return_val_if_fail (position < self->sections->len, NULL);
  return g_ptr_array_index (self->sections, position);
}

guint
accord_event_get_n_actors (AccordEvent *self)
{
  g_return_val_if_fail (ACCORD_IS_EVENT (self), 0);
  return self->actors->len;
}

AccordActor *
accord_event_get_actor (AccordEvent *self,
                        guint        position)
{
  g_return_val_if_fail (ACCORD_IS_EVENT (self), NULL);
  g_return_val_if_fail (position < self->actors->len, NULL);
  return g_ptr_array_index (self->actors, position);
}

AccordSource *
accord_event_get_source (AccordEvent *self)
{
  g_return_val_if_fail (ACCORD_IS_EVENT (self), NULL);
  return self->source;
}

/**
 * accord_event_get_group:
 *
 * Returns: (transfer none) (nullable): the group (the timeline's lane) the
 *   event belongs to
 */
AccordGroup *
accord_event_get_group (AccordEvent *self)
{
  g_return_val_if_fail (ACCORD_IS_EVENT (self), NULL);
  return self->group;
}

guint
accord_event_get_index (AccordEvent *self)
{
  g_return_val_if_fail (ACCORD_IS_EVENT (self), 0);
  return self->index;
}

/**
 * accord_event_compare:
 *
 * Timeline order: by date (a month before its own days), then by end;
 * equal dates compare equal so that a stable sort keeps document order.
 */
int
accord_event_compare (AccordEvent *a,
                      AccordEvent *b)
{
  int cmp;
  gint64 la, lb;

  cmp = accord_date_compare (a->date, b->date);
  if (cmp != 0)
    return cmp;

  la = accord_event_get_last_day (a);
  lb = accord_event_get_last_day (b);

  return (la > lb) - (la < lb);
}
