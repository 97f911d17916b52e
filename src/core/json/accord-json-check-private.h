/* accord-json-check-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "accord-json-check.h"
#include "accord-json-doc-private.h"

G_BEGIN_DECLS

typedef enum
{
  FRAME_ARRAY,
  FRAME_OBJECT,
} AccordJsonFrameKind;

typedef struct
{
  AccordJsonFrameKind   kind;
  guint       n_entries;    /* keys compared linearly, in AccordJsonChecker.entries */
  gsize       open_offset;
  gsize       first_entry;
  gsize       arena_mark;
  GHashTable *keys;         /* of AccordJsonHashedKey, once the object outgrows LINEAR_KEYS */
  GHashTable *str_hashes;   /* g_str_hash value → keys with it, likewise */
  AccordJsonNode doc_node; /* when building a document: this container */
  gsize          doc_mark; /* and where its children start in the doc's stack */
} AccordJsonFrame;

/* A key of an open object: in the input when it has no escapes (so most
 * keys are never copied), else decoded into AccordJsonChecker.arena.  Offsets, not
 * pointers, because the arena moves as it grows. */
typedef struct
{
  gsize    offset;
  gsize    length;
  gboolean in_arena;
} AccordJsonKeyEntry;

typedef struct
{
  const guchar          *data;
  const guchar          *end;
  gsize                  bom;
  guint                  max_depth;
  gsize                  max_values;
  gsize                  n_values;

  AccordJsonFrame                 *frames;
  guint                  n_frames;
  guint                  frames_size;

  AccordJsonKeyEntry              *entries;
  gsize                  n_entries;
  gsize                  entries_size;
  GString               *arena;

  guint64                seed[2];
  gboolean               seeded;

  AccordJsonCheckResult  result;
  gsize                  error_offset;
  char                  *message;

  AccordJsonDoc         *doc;         /* built as the bytes are checked, or NULL */
} AccordJsonChecker;

AccordJsonCheckResult _accord_json_check_run              (const char             *data,
                                                           gsize                   length,
                                                           const AccordJsonLimits *limits,
                                                           AccordJsonDoc          *doc,
                                                           AccordJsonPosition     *position,
                                                           char                  **message);

const guchar       *_accord_json_fail_literal             (AccordJsonChecker               *ck,
                                                           AccordJsonCheckResult  result,
                                                           const guchar          *at,
                                                           const char            *message);
const guchar       *_accord_json_fail_nul                 (AccordJsonChecker               *ck,
                                                           const guchar          *at);
const guchar       *_accord_json_fail_printf              (AccordJsonChecker               *ck,
                                                           AccordJsonCheckResult  result,
                                                           const guchar          *at,
                                                           const char            *format,
                                                           ...) G_GNUC_PRINTF (4, 5);
const guchar       *_accord_json_fail_utf8                (AccordJsonChecker               *ck,
                                                           const guchar          *at);
const guchar       *_accord_json_fail_unterminated_string (AccordJsonChecker               *ck,
                                                           const guchar          *start);
char               *_accord_json_quote_for_message        (const char            *text,
                                                           gsize                  length);
const guchar       *_accord_json_scan_string              (AccordJsonChecker               *ck,
                                                           const guchar          *p,
                                                           gboolean              *has_escape);
const guchar       *_accord_json_scan_word                (AccordJsonChecker               *ck,
                                                           const guchar          *p);
const guchar       *_accord_json_scan_number              (AccordJsonChecker               *ck,
                                                           const guchar          *p);
gboolean            _accord_json_add_key                  (AccordJsonChecker               *ck,
                                                           const guchar          *start,
                                                           const guchar          *end,
                                                           gboolean               has_escape);
AccordJsonPosition  _accord_json_position_at              (const guchar          *data,
                                                           gsize                  length,
                                                           gsize                  bom,
                                                           gsize                  offset);
void                _accord_json_decode_string            (GString               *out,
                                                           const guchar          *p,
                                                           const guchar          *end);

static const guint8 ws_byte[256] = {
  [' '] = 1, ['\n'] = 1, ['\r'] = 1, ['\t'] = 1,
};

static inline gboolean
_accord_json_is_ws (guchar c)
{
  return ws_byte[c];
}

static inline gboolean
_accord_json_is_digit (guchar c)
{
  return c >= '0' && c <= '9';
}

static inline gboolean
_accord_json_is_word_byte (guchar c)
{
  return g_ascii_isalnum (c) || c == '_' || c == '$';
}

static inline const guchar *
_accord_json_skip_ws (const guchar *p,
                      const guchar *end)
{
  while (p < end && ws_byte[*p])
    p++;
  return p;
}

static inline gsize
_accord_json_bom_length (const guchar *data,
                         gsize         length)
{
  if (length >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF)
    return 3;
  return 0;
}

/* Length of the well-formed UTF-8 sequence at p (Unicode's table 3-7:
 * no overlong forms, no surrogates, nothing above U+10FFFF), or 0. */
static inline gsize
_accord_json_utf8_sequence_length (const guchar *p,
                                   const guchar *end)
{
  gsize avail = end - p;
  guchar c = p[0];

  if (c < 0x80)
    return 1;
  if (c < 0xC2)
    return 0;
  if (c < 0xE0)
    return avail >= 2 && (p[1] & 0xC0) == 0x80 ? 2 : 0;
  if (c < 0xF0)
    {
      if (avail < 3
          || (p[1] & 0xC0) != 0x80
          || (p[2] & 0xC0) != 0x80
          || (c == 0xE0 && p[1] < 0xA0)
          || (c == 0xED && p[1] >= 0xA0))
        return 0;
      return 3;
    }
  if (c < 0xF5)
    {
      if (avail < 4
          || (p[1] & 0xC0) != 0x80
          || (p[2] & 0xC0) != 0x80
          || (p[3] & 0xC0) != 0x80
          || (c == 0xF0 && p[1] < 0x90)
          || (c == 0xF4 && p[1] >= 0x90))
        return 0;
      return 4;
    }
  return 0;
}

static inline gboolean
_accord_json_read_hex4 (const guchar *p,
                        const guchar *end,
                        guint        *value)
{
  guint v = 0;

  if (end - p < 4)
    return FALSE;

  for (guint i = 0; i < 4; i++)
    {
      int digit = g_ascii_xdigit_value (p[i]);

      if (digit < 0)
        return FALSE;
      v = (v << 4) | (guint) digit;
    }

  *value = v;
  return TRUE;
}

G_END_DECLS
