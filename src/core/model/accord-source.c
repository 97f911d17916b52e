/* accord-source.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-source"

#include "config.h"

#include <glib/gi18n.h>

#include "accord-model-private.h"

G_DEFINE_FINAL_TYPE (AccordSource, accord_source, G_TYPE_OBJECT)

static void
accord_source_finalize (GObject *object)
{
  AccordSource *self = (AccordSource *)object;

  g_free (self->id);
  g_free (self->title);
  g_free (self->publisher);
  g_free (self->url);
  g_free (self->note);
  g_clear_pointer (&self->date, accord_date_unref);

  G_OBJECT_CLASS (accord_source_parent_class)->finalize (object);
}

static void
accord_source_class_init (AccordSourceClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = accord_source_finalize;
}

static void
accord_source_init (AccordSource *self)
{
}

const char *
accord_source_get_id (AccordSource *self)
{
  g_return_val_if_fail (ACCORD_IS_SOURCE (self), NULL);
  return self->id;
}

const char *
accord_source_get_title (AccordSource *self)
{
  g_return_val_if_fail (ACCORD_IS_SOURCE (self), NULL);
  return self->title;
}

const char *
accord_source_get_publisher (AccordSource *self)
{
  g_return_val_if_fail (ACCORD_IS_SOURCE (self), NULL);
  return self->publisher;
}

const char *
accord_source_get_url (AccordSource *self)
{
  g_return_val_if_fail (ACCORD_IS_SOURCE (self), NULL);
  return self->url;
}

const char *
accord_source_get_note (AccordSource *self)
{
  g_return_val_if_fail (ACCORD_IS_SOURCE (self), NULL);
  return self->note;
}

AccordDate *
accord_source_get_date (AccordSource *self)
{
  g_return_val_if_fail (ACCORD_IS_SOURCE (self), NULL);
  return self->date;
}
