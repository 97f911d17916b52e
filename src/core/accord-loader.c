/* accord-loader.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Turns bytes into an AccordBriefing.  One pass of accord-json-check both
 * checks the bytes strictly and builds a compact read-only document
 * (accord-json-doc.h); json-glib is not used: its tree took three times the
 * file and as long to free as the model took to build, and json-glib 1.6
 * alone overflows its stack, accepts non-JSON and misreads strings (see
 * PITFALLS.md).  Every node's type is checked here, explicitly, while the
 * model is built; the document is freed before the briefing is returned.
 * Errors name the file, the line and column, and the JSON path.
 */

#define G_LOG_DOMAIN "accord-loader"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "accord-json-check.h"
#include "accord-json-doc.h"
#include "accord-loader-private.h"
#include "accord-model-private.h"

/* The id tables are filled from the file, so they must not hash with
 * g_str_hash: it is unkeyed, and ids that collide under it are easy to make
 * (even from lowercase letters, digits and hyphens: "ao" and "c-" collide, and
 * so does every string made of such pairs).  With every key in one chain,
 * each insertion and lookup walks all the others: 40,000 such events took 20
 * seconds to load.  SipHash-2-4 with a key drawn once per process cannot be
 * aimed at. */
static guint64 id_hash_key[2];

#define ID_ROTL(x, b) (((x) << (b)) | ((x) >> (64 - (b))))

static inline void
id_hash_round (guint64 *v)
{
  v[0] += v[1]; v[1] = ID_ROTL (v[1], 13); v[1] ^= v[0]; v[0] = ID_ROTL (v[0], 32);
  v[2] += v[3]; v[3] = ID_ROTL (v[3], 16); v[3] ^= v[2];
  v[0] += v[3]; v[3] = ID_ROTL (v[3], 21); v[3] ^= v[0];
  v[2] += v[1]; v[1] = ID_ROTL (v[1], 17); v[1] ^= v[2]; v[2] = ID_ROTL (v[2], 32);
}

static guint
id_hash (gconstpointer key)
{
  const guchar *bytes = key;
  gsize length = strlen (key);
  guint64 v[4] = {
    id_hash_key[0] ^ G_GUINT64_CONSTANT (0x736f6d6570736575),
    id_hash_key[1] ^ G_GUINT64_CONSTANT (0x646f72616e646f6d),
    id_hash_key[0] ^ G_GUINT64_CONSTANT (0x6c7967656e657261),
    id_hash_key[1] ^ G_GUINT64_CONSTANT (0x7465646279746573),
  };
  guint64 m;
  gsize i;

  for (i = 0; i + 8 <= length; i += 8)
    {
      memcpy (&m, bytes + i, 8);
      m = GUINT64_FROM_LE (m);
      v[3] ^= m;
      id_hash_round (v);
      id_hash_round (v);
      v[0] ^= m;
    }

  m = (guint64) length << 56;
  for (guint j = 0; i + j < length; j++)
    m |= (guint64) bytes[i + j] << (8 * j);
  v[3] ^= m;
  id_hash_round (v);
  id_hash_round (v);
  v[0] ^= m;

  v[2] ^= 0xff;
  for (guint j = 0; j < 4; j++)
    id_hash_round (v);

  m = v[0] ^ v[1] ^ v[2] ^ v[3];
  return (guint) (m ^ (m >> 32));
}

static void
use_keyed_id_table (GHashTable **table)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      id_hash_key[0] = ((guint64) g_random_int () << 32) | g_random_int ();
      id_hash_key[1] = ((guint64) g_random_int () << 32) | g_random_int ();
      g_once_init_leave (&initialized, 1);
    }

  /* Keys are the objects' own id strings, as in the table it replaces. */
  g_assert (g_hash_table_size (*table) == 0);
  g_hash_table_unref (*table);
  *table = g_hash_table_new (id_hash, g_str_equal);
}

void
_accord_loader_set_too_large_error (GError     **error,
                                    const char  *display_name,
                                    guint64      length)
{
  g_autofree char *size = g_format_size (length);
  g_autofree char *max = g_format_size (ACCORD_LOADER_MAX_FILE_SIZE);

  /* Just over the cap, both round to "67.1 MB", which reads as if the file
   * were not too large at all: then give the bytes as well. */
  if (g_strcmp0 (size, max) == 0)
    {
      g_free (size);
      g_free (max);
      size = g_format_size_full (length, G_FORMAT_SIZE_LONG_FORMAT);
      max = g_format_size_full (ACCORD_LOADER_MAX_FILE_SIZE, G_FORMAT_SIZE_LONG_FORMAT);
    }

  g_set_error (error, ACCORD_ERROR, ACCORD_ERROR_TOO_LARGE,
               _("%s: the file is %s; Accord opens briefings of up to %s"),
               display_name, size, max);
}

AccordBriefing *
_accord_loader_load_data (const char  *data,
                          gsize        length,
                          const char  *display_name,
                          GFile       *file,
                          GError     **error)
{
  static const AccordJsonLimits limits = {
    ACCORD_LOADER_MAX_DEPTH,
    ACCORD_LOADER_MAX_VALUES,
  };
  g_autoptr(AccordJsonDoc) doc = NULL;
  g_autofree char *message = NULL;
  AccordJsonPosition pos = { 1, 1 };
  AccordJsonCheckResult result;
  Loader l = { 0 };

  if (length > ACCORD_LOADER_MAX_FILE_SIZE)
    {
      _accord_loader_set_too_large_error (error, display_name, length);
      return NULL;
    }

  result = accord_json_doc_parse (data, length, &limits, &doc, &pos, &message);
  if (result != ACCORD_JSON_CHECK_OK)
    {
      g_set_error (error, ACCORD_ERROR,
                   result == ACCORD_JSON_CHECK_LIMIT ? ACCORD_ERROR_TOO_LARGE : ACCORD_ERROR_NOT_JSON,
                   "%s:%u:%u: %s", display_name, pos.line, pos.column, message);
      return NULL;
    }

  l.display_name = display_name;
  l.data = data;
  l.length = length;
  l.doc = doc;
  l.briefing = _accord_briefing_new ();
  use_keyed_id_table (&l.briefing->source_ids);
  use_keyed_id_table (&l.briefing->actor_ids);
  use_keyed_id_table (&l.briefing->section_ids);
  use_keyed_id_table (&l.briefing->event_ids);
  l.briefing->display_name = g_strdup (display_name);
  g_set_object (&l.briefing->file, file);
  l.path = g_array_new (FALSE, FALSE, sizeof (PathSegment));

  _accord_loader_load_root (&l, accord_json_doc_get_root (doc));

  /* Before returning: peak memory is the file, the document and the model,
   * and the caller may go on to build a search index. */
  g_clear_pointer (&doc, accord_json_doc_free);
  l.doc = NULL;
  g_array_unref (l.path);

  if (l.error != NULL)
    {
      g_propagate_error (error, l.error);
      g_object_unref (l.briefing);
      return NULL;
    }

  return l.briefing;
}

/**
 * accord_loader_load_bytes:
 * @bytes: the file's contents
 * @display_name: how errors name the file
 *
 * Returns: (transfer full): the briefing, or %NULL with @error set
 */
AccordBriefing *
accord_loader_load_bytes (GBytes      *bytes,
                          const char  *display_name,
                          GError     **error)
{
  gsize length;
  const char *data;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  data = g_bytes_get_data (bytes, &length);

  return _accord_loader_load_data (data, length, display_name, NULL, error);
}

AccordBriefing *
accord_loader_load_resource (const char  *path,
                             GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  name = g_path_get_basename (path);
  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;

  return accord_loader_load_bytes (bytes, name, error);
}

/**
 * accord_loader_load_bundled:
 *
 * Returns: (transfer full): the briefing that ships with Accord
 */
AccordBriefing *
accord_loader_load_bundled (GError **error)
{
  return accord_loader_load_resource (ACCORD_BUNDLED_BRIEFING, error);
}
