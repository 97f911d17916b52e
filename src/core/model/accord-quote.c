/* accord-quote.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-quote"

#include "config.h"

#include <glib/gi18n.h>

#include "accord-model-private.h"

G_DEFINE_FINAL_TYPE (AccordQuote, accord_quote, G_TYPE_OBJECT)

static void
accord_quote_finalize (GObject *object)
{
  AccordQuote *self = (AccordQuote *)object;

  g_free (self->text);
  g_free (self->note);

  G_OBJECT_CLASS (accord_quote_parent_class)->finalize (object);
}

static void
accord_quote_class_init (AccordQuoteClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = accord_quote_finalize;
}

static void
accord_quote_init (AccordQuote *self)
{
}

const char *
accord_quote_get_text (AccordQuote *self)
{
  g_return_val_if_fail (ACCORD_IS_QUOTE (self), NULL);
  return self->text;
}

const char *
accord_quote_get_note (AccordQuote *self)
{
  g_return_val_if_fail (ACCORD_IS_QUOTE (self), NULL);
  return self->note;
}

AccordActor *
accord_quote_get_speaker (AccordQuote *self)
{
  g_return_val_if_fail (ACCORD_IS_QUOTE (self), NULL);
  return self->speaker;
}

AccordSource *
accord_quote_get_source (AccordQuote *self)
{
  g_return_val_if_fail (ACCORD_IS_QUOTE (self), NULL);
  return self->source;
}

AccordSection *
accord_quote_get_section (AccordQuote *self)
{
  g_return_val_if_fail (ACCORD_IS_QUOTE (self), NULL);
  return self->section;
}
