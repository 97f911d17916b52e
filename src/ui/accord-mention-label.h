/* accord-mention-label.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "accord-mention-finder.h"

G_BEGIN_DECLS

char     *accord_mention_markup      (const char          *text,
                                      const AccordMention *mentions,
                                      guint                n_mentions);
gboolean  accord_mention_label_set   (GtkLabel            *label,
                                      const char          *text,
                                      const AccordMention *mentions,
                                      guint                n_mentions);
gboolean  accord_mention_label_find  (GtkLabel            *label,
                                      AccordMentionFinder *finder);

G_END_DECLS
