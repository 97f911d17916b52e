/* accord-keyed-hash.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-keyed-hash"

#include "config.h"

#include <string.h>

#include "accord-keyed-hash.h"

#define ROTL64(x, b) (((x) << (b)) | ((x) >> (64 - (b))))

static inline void
sip_round (guint64 *v)
{
  v[0] += v[1]; v[1] = ROTL64 (v[1], 13); v[1] ^= v[0]; v[0] = ROTL64 (v[0], 32);
  v[2] += v[3]; v[3] = ROTL64 (v[3], 16); v[3] ^= v[2];
  v[0] += v[3]; v[3] = ROTL64 (v[3], 21); v[3] ^= v[0];
  v[2] += v[1]; v[1] = ROTL64 (v[1], 17); v[1] ^= v[2]; v[2] = ROTL64 (v[2], 32);
}

void
_accord_keyed_hash_seed (guint64 seed[2])
{
  seed[0] = ((guint64) g_random_int () << 32) | g_random_int ();
  seed[1] = ((guint64) g_random_int () << 32) | g_random_int ();
}

guint
_accord_keyed_hash (const guint64  seed[2],
                    const guchar  *bytes,
                    gsize          length)
{
  guint64 v[4] = {
    seed[0] ^ G_GUINT64_CONSTANT (0x736f6d6570736575),
    seed[1] ^ G_GUINT64_CONSTANT (0x646f72616e646f6d),
    seed[0] ^ G_GUINT64_CONSTANT (0x6c7967656e657261),
    seed[1] ^ G_GUINT64_CONSTANT (0x7465646279746573),
  };
  guint64 m;
  gsize i;

  for (i = 0; i + 8 <= length; i += 8)
    {
      memcpy (&m, bytes + i, 8);
      m = GUINT64_FROM_LE (m);
      v[3] ^= m;
      sip_round (v);
      sip_round (v);
      v[0] ^= m;
    }

  m = (guint64) length << 56;
  for (guint j = 0; i + j < length; j++)
    m |= (guint64) bytes[i + j] << (8 * j);
  v[3] ^= m;
  sip_round (v);
  sip_round (v);
  v[0] ^= m;

  v[2] ^= 0xff;
  for (guint j = 0; j < 4; j++)
    sip_round (v);

  m = v[0] ^ v[1] ^ v[2] ^ v[3];
  return (guint) (m ^ (m >> 32));
}

/**
 * _accord_keyed_str_hash:
 *
 * A GHashFunc for NUL-terminated strings, keyed once per process.
 */
guint
_accord_keyed_str_hash (gconstpointer string)
{
  static guint64 seed[2];
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      _accord_keyed_hash_seed (seed);
      g_once_init_leave (&initialized, 1);
    }

  return _accord_keyed_hash (seed, string, strlen (string));
}
