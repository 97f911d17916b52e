/* accord-keyed-hash.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * SipHash-2-4 with a random key.  Accord hashes strings that come from a
 * file (object keys, ids) with it rather than g_str_hash, which is unkeyed:
 * colliding strings are easy to make (even from lowercase letters, digits
 * and hyphens: "ao" and "c-" collide, and so does every string made of such
 * pairs), and a hash table fed only colliding keys turns quadratic.
 */

void  _accord_keyed_hash_seed     (guint64        seed[2]);
guint _accord_keyed_hash          (const guint64  seed[2],
                                   const guchar  *bytes,
                                   gsize          length);
guint _accord_keyed_str_hash      (gconstpointer  string);

G_END_DECLS
