/* accord-mention-finder.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * AccordMentionFinder: where a briefing's actors are named in a text,
 * found with the search's folding so that a name is found wherever a
 * search for it would find it.
 */

#pragma once

#include <gio/gio.h>

#include "accord-types.h"

G_BEGIN_DECLS

typedef struct
{
  guint        start;   /* byte offsets in the text searched */
  guint        end;
  AccordActor *actor;   /* owned by the briefing */
} AccordMention;

#define ACCORD_TYPE_MENTION_FINDER (accord_mention_finder_get_type ())

G_DECLARE_FINAL_TYPE (AccordMentionFinder, accord_mention_finder, ACCORD, MENTION_FINDER, GObject)

AccordMentionFinder *accord_mention_finder_new      (GListModel          *actors);
guint                accord_mention_finder_get_n_names (AccordMentionFinder *self);
GArray              *accord_mention_finder_find     (AccordMentionFinder *self,
                                                     const char          *text);
gboolean             accord_mention_finder_find_into (AccordMentionFinder *self,
                                                      const char          *text,
                                                      GArray              *mentions);

G_END_DECLS
