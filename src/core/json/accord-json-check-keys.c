/* accord-json-check-keys.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-json-check"

#include "config.h"

#include <glib/gi18n.h>

#include <stddef.h>
#include <string.h>

#include "accord-json-check-private.h"
#include "accord-keyed-hash.h"

/* Objects with at most this many keys look for duplicates by comparing each
 * new key with the previous ones: nearly every object in a briefing is that
 * small, and a hash table for each of them would cost more than the
 * comparisons.  Larger objects switch to a hash table so that a file with
 * tens of thousands of keys in one object stays linear. */
#define LINEAR_KEYS 8

/* json-glib 1.6 keeps an object's members in a GHashTable keyed with
 * g_str_hash, which is easy to collide on purpose: 40,000 colliding member
 * names take it 25 s.  Keys sharing one g_str_hash value are bounded per
 * object, which keeps its cost linear. */
#define MAX_SAME_STR_HASH 32

typedef struct
{
  guint hash;
  gsize length;
  char  bytes[];
} AccordJsonHashedKey;

/* Keyed with a seed drawn for each check: the keys of an object come from
 * the file, and an unkeyed hash would let a crafted file make every key
 * collide and the hash table quadratic. */
static guint
hashed_key_hash (gconstpointer key)
{
  return ((const AccordJsonHashedKey *) key)->hash;
}

static gboolean
hashed_key_equal (gconstpointer a,
                  gconstpointer b)
{
  const AccordJsonHashedKey *ka = a;
  const AccordJsonHashedKey *kb = b;

  return ka->hash == kb->hash
         && ka->length == kb->length
         && memcmp (ka->bytes, kb->bytes, ka->length) == 0;
}

static AccordJsonHashedKey *
hashed_key_new (AccordJsonChecker *ck,
                const guchar      *bytes,
                gsize              length)
{
  AccordJsonHashedKey *key;

  if (!ck->seeded)
    {
      _accord_keyed_hash_seed (ck->seed);
      ck->seeded = TRUE;
    }

  key = g_malloc (offsetof (AccordJsonHashedKey, bytes) + length);
  key->hash = _accord_keyed_hash (ck->seed, bytes, length);
  key->length = length;
  if (length > 0)
    memcpy (key->bytes, bytes, length);

  return key;
}

static const guchar *
entry_bytes (AccordJsonChecker        *ck,
             const AccordJsonKeyEntry *entry)
{
  if (entry->in_arena)
    return (const guchar *) ck->arena->str + entry->offset;
  return ck->data + entry->offset;
}

/* The hash json-glib's object tables use: g_str_hash() over the key (which
 * holds no NUL, as \u0000 is refused). */
static guint
str_hash (const guchar *bytes,
          gsize         length)
{
  guint32 h = 5381;

  for (gsize i = 0; i < length; i++)
    h = (h << 5) + h + (signed char) bytes[i];

  return h;
}

static gboolean
count_str_hash (AccordJsonChecker *ck,
                AccordJsonFrame   *frame,
                const guchar      *at,
                const guchar      *bytes,
                gsize              length)
{
  gpointer hash = GUINT_TO_POINTER (str_hash (bytes, length));
  guint count;

  if (frame->str_hashes == NULL)
    frame->str_hashes = g_hash_table_new (NULL, NULL);

  count = GPOINTER_TO_UINT (g_hash_table_lookup (frame->str_hashes, hash)) + 1;
  if (count > MAX_SAME_STR_HASH)
    {
      _accord_json_fail_printf (ck, ACCORD_JSON_CHECK_LIMIT, at,
                                _("too many keys in this object collide in the JSON reader’s hash table "
                                  "(more than %u with the same hash): the file looks made to be slow to read"),
                                MAX_SAME_STR_HASH);
      return FALSE;
    }
  g_hash_table_insert (frame->str_hashes, hash, GUINT_TO_POINTER (count));

  return TRUE;
}

/* Records the key between the quotes at start and before end in the
 * innermost object; reports it if the object already has it. */
gboolean
_accord_json_add_key (AccordJsonChecker *ck,
                      const guchar      *start,
                      const guchar      *end,
                      gboolean           has_escape)
{
  AccordJsonFrame *frame = &ck->frames[ck->n_frames - 1];
  const guchar *bytes;
  gsize length;
  gsize arena_offset = ck->arena->len;
  AccordJsonHashedKey *key;

  if (has_escape)
    {
      _accord_json_decode_string (ck->arena, start + 1, end - 1);
      bytes = (const guchar *) ck->arena->str + arena_offset;
      length = ck->arena->len - arena_offset;
    }
  else
    {
      bytes = start + 1;
      length = end - start - 2;
    }

  if (frame->keys == NULL && frame->n_entries < LINEAR_KEYS)
    {
      AccordJsonKeyEntry *entry;

      for (gsize i = frame->first_entry; i < ck->n_entries; i++)
        {
          entry = &ck->entries[i];
          if (entry->length == length
              && memcmp (entry_bytes (ck, entry), bytes, length) == 0)
            goto duplicate;
        }

      if (ck->n_entries == ck->entries_size)
        {
          ck->entries_size = MAX (ck->entries_size * 2, 4 * LINEAR_KEYS);
          ck->entries = g_renew (AccordJsonKeyEntry, ck->entries, ck->entries_size);
        }

      entry = &ck->entries[ck->n_entries++];
      entry->in_arena = has_escape;
      entry->offset = has_escape ? arena_offset : (gsize) (bytes - ck->data);
      entry->length = length;
      frame->n_entries++;
      return TRUE;
    }

  if (frame->keys == NULL)
    {
      frame->keys = g_hash_table_new_full (hashed_key_hash, hashed_key_equal,
                                           g_free, NULL);
      for (gsize i = frame->first_entry; i < ck->n_entries; i++)
        {
          const AccordJsonKeyEntry *entry = &ck->entries[i];

          g_hash_table_add (frame->keys,
                            hashed_key_new (ck, entry_bytes (ck, entry), entry->length));
          count_str_hash (ck, frame, start, entry_bytes (ck, entry), entry->length);
        }
    }

  key = hashed_key_new (ck, bytes, length);
  if (!g_hash_table_add (frame->keys, key))
    goto duplicate;

  if (!count_str_hash (ck, frame, start, bytes, length))
    return FALSE;

  /* The table holds its own copy. */
  g_string_truncate (ck->arena, arena_offset);
  return TRUE;

duplicate:
  {
    g_autofree char *quoted = _accord_json_quote_for_message ((const char *) bytes, length);

    _accord_json_fail_printf (ck, ACCORD_JSON_CHECK_DUPLICATE, start,
                              _("duplicate key \"%s\""), quoted);
    return FALSE;
  }
}
