/* accord-era.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A named span of time (a negotiation's phase, a government's term), drawn
 * as a band behind the timeline.
 */

#define G_LOG_DOMAIN "accord-era"

#include "config.h"

#include <glib/gi18n.h>

#include "accord-model-private.h"

G_DEFINE_FINAL_TYPE (AccordEra, accord_era, G_TYPE_OBJECT)

static void
accord_era_finalize (GObject *object)
{
  AccordEra *self = (AccordEra *)object;

  g_free (self->id);
  g_free (self->title);
  g_clear_pointer (&self->date, accord_date_unref);

  G_OBJECT_CLASS (accord_era_parent_class)->finalize (object);
}

static void
accord_era_class_init (AccordEraClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = accord_era_finalize;
}

static void
accord_era_init (AccordEra *self)
{
}

const char *
accord_era_get_id (AccordEra *self)
{
  g_return_val_if_fail (ACCORD_IS_ERA (self), NULL);
  return self->id;
}

const char *
accord_era_get_title (AccordEra *self)
{
  g_return_val_if_fail (ACCORD_IS_ERA (self), NULL);
  return self->title;
}

/**
 * accord_era_get_date:
 *
 * Returns: (transfer none): its span: an EDTF interval, or one date that
 *   covers its year, month or day
 */
AccordDate *
accord_era_get_date (AccordEra *self)
{
  g_return_val_if_fail (ACCORD_IS_ERA (self), NULL);
  return self->date;
}

gint64
accord_era_get_first_day (AccordEra *self)
{
  g_return_val_if_fail (ACCORD_IS_ERA (self), 0);
  return accord_date_get_first_day (self->date);
}

gint64
accord_era_get_last_day (AccordEra *self)
{
  g_return_val_if_fail (ACCORD_IS_ERA (self), 0);
  return accord_date_get_last_day (self->date);
}

/* Position in the briefing's eras. */
guint
accord_era_get_index (AccordEra *self)
{
  g_return_val_if_fail (ACCORD_IS_ERA (self), 0);
  return self->index;
}
