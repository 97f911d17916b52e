/* accord-quote.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "accord-types.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_QUOTE (accord_quote_get_type ())

G_DECLARE_FINAL_TYPE (AccordQuote, accord_quote, ACCORD, QUOTE, GObject)

const char    *accord_quote_get_text    (AccordQuote *self);
const char    *accord_quote_get_note    (AccordQuote *self);
AccordActor   *accord_quote_get_speaker (AccordQuote *self);
AccordSource  *accord_quote_get_source  (AccordQuote *self);
AccordSection *accord_quote_get_section (AccordQuote *self);

G_END_DECLS
