/* accord-slug.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean accord_slug_is_id  (const char *id);
char *accord_slug_from_text (const char *text,
                             gssize      length);
char *accord_slug_unique    (GHashTable *taken,
                             const char *base,
                             const char *fallback);

G_END_DECLS
