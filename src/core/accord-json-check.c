/* accord-json-check.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-json-check"

#include "config.h"

#include <glib/gi18n.h>

#include <errno.h>
#include <math.h>
#include <stddef.h>
#include <string.h>

#include "accord-json-check.h"

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

/* Enough significant digits to decide exactly whether a number in
 * [1e308, 1e309) rounds to infinity: the boundary, DBL_MAX plus half an
 * ulp, is an integer with 309 decimal digits. */
#define MAX_SIGNIFICANT_DIGITS 330

/* A word or key quoted in a message is cut after this many characters. */
#define MAX_QUOTED_CHARS 40

typedef enum
{
  FRAME_ARRAY,
  FRAME_OBJECT,
} FrameKind;

typedef struct
{
  FrameKind   kind;
  guint       n_entries;    /* keys compared linearly, in Checker.entries */
  gsize       open_offset;
  gsize       first_entry;
  gsize       arena_mark;
  GHashTable *keys;         /* of HashedKey, once the object outgrows LINEAR_KEYS */
  GHashTable *str_hashes;   /* g_str_hash value → keys with it, likewise */
} Frame;

/* A key of an open object: in the input when it has no escapes (so most
 * keys are never copied), else decoded into Checker.arena.  Offsets, not
 * pointers, because the arena moves as it grows. */
typedef struct
{
  gsize    offset;
  gsize    length;
  gboolean in_arena;
} KeyEntry;

typedef struct
{
  guint hash;
  gsize length;
  char  bytes[];
} HashedKey;

typedef struct
{
  const guchar          *data;
  const guchar          *end;
  gsize                  bom;
  guint                  max_depth;
  gsize                  max_values;
  gsize                  n_values;

  Frame                 *frames;
  guint                  n_frames;
  guint                  frames_size;

  KeyEntry              *entries;
  gsize                  n_entries;
  gsize                  entries_size;
  GString               *arena;

  guint64                seed[2];
  gboolean               seeded;

  AccordJsonCheckResult  result;
  gsize                  error_offset;
  char                  *message;
} Checker;

typedef enum
{
  STATE_VALUE,
  STATE_KEY,
  STATE_AFTER_VALUE,
} State;

/* Strings are most of a briefing, so their plain runs are skipped eight
 * bytes at a time; the loads may be unaligned. */
typedef guint64 unaligned_guint64 __attribute__ ((aligned (1), may_alias));

#define REPEAT_BYTE(b) (G_GUINT64_CONSTANT (0x0101010101010101) * (b))

/* The bytes a string may hold as they are: printable ASCII except the quote
 * and the backslash.  Everything else leaves the fast loop. */
static const guint8 plain_string_byte[256] = {
  [0x20 ... 0x21] = 1,
  [0x23 ... 0x5B] = 1,
  [0x5D ... 0x7F] = 1,
};

static const guint8 ws_byte[256] = {
  [' '] = 1, ['\n'] = 1, ['\r'] = 1, ['\t'] = 1,
};

static inline gboolean
is_ws (guchar c)
{
  return ws_byte[c];
}

static inline gboolean
is_digit (guchar c)
{
  return c >= '0' && c <= '9';
}

static inline gboolean
is_word_byte (guchar c)
{
  return g_ascii_isalnum (c) || c == '_' || c == '$';
}

static inline const guchar *
skip_ws (const guchar *p,
         const guchar *end)
{
  while (p < end && ws_byte[*p])
    p++;
  return p;
}

static gsize
bom_length (const guchar *data,
            gsize         length)
{
  if (length >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF)
    return 3;
  return 0;
}

/* Length of the well-formed UTF-8 sequence at p (Unicode's table 3-7:
 * no overlong forms, no surrogates, nothing above U+10FFFF), or 0. */
static inline gsize
utf8_sequence_length (const guchar *p,
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

static gboolean
read_hex4 (const guchar *p,
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

/* Positions are only needed for errors, so the hot loops keep no line or
 * column counts; this walks from the start once, when a position is asked
 * for.  The BOM is not a character a person sees, so it is not counted. */
static AccordJsonPosition
position_at (const guchar *data,
             gsize         length,
             gsize         bom,
             gsize         offset)
{
  AccordJsonPosition pos = { 1, 1 };
  const guchar *line_start = data + bom;
  const guchar *target = data + MIN (offset, length);
  const guchar *nl;
  gsize column = 1;

  if (target <= line_start)
    return pos;

  while ((nl = memchr (line_start, '\n', target - line_start)) != NULL)
    {
      if (pos.line < G_MAXUINT)
        pos.line++;
      line_start = nl + 1;
    }

  for (const guchar *q = line_start; q < target; q++)
    if ((*q & 0xC0) != 0x80)
      column++;

  pos.column = (guint) MIN (column, (gsize) G_MAXUINT);
  return pos;
}

/* Decodes the contents of a string that has already been checked (or, for
 * accord_json_locate(), is trusted to be valid); malformed escapes are kept
 * as they are rather than read past. */
static void
decode_string (GString      *out,
               const guchar *p,
               const guchar *end)
{
  while (p < end)
    {
      const guchar *backslash = memchr (p, '\\', end - p);
      guint cp;
      guint low;

      if (backslash == NULL)
        {
          g_string_append_len (out, (const char *) p, end - p);
          return;
        }

      g_string_append_len (out, (const char *) p, backslash - p);
      p = backslash;

      if (end - p < 2)
        {
          g_string_append_c (out, '\\');
          return;
        }

      switch (p[1])
        {
        case 'b': g_string_append_c (out, '\b'); p += 2; break;
        case 'f': g_string_append_c (out, '\f'); p += 2; break;
        case 'n': g_string_append_c (out, '\n'); p += 2; break;
        case 'r': g_string_append_c (out, '\r'); p += 2; break;
        case 't': g_string_append_c (out, '\t'); p += 2; break;

        case 'u':
          if (!read_hex4 (p + 2, end, &cp))
            {
              g_string_append_c (out, '\\');
              p++;
              break;
            }
          p += 6;
          if (cp >= 0xD800 && cp <= 0xDBFF
              && end - p >= 6 && p[0] == '\\' && p[1] == 'u'
              && read_hex4 (p + 2, end, &low)
              && low >= 0xDC00 && low <= 0xDFFF)
            {
              cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
              p += 6;
            }
          else if (cp >= 0xD800 && cp <= 0xDFFF)
            {
              cp = 0xFFFD;
            }
          g_string_append_unichar (out, cp);
          break;

        default:
          g_string_append_c (out, (char) p[1]);
          p += 2;
          break;
        }
    }
}

/* Keys, words and characters are quoted in messages shown as plain text;
 * control and bidirectional formatting characters are written as escapes so
 * that a crafted key cannot garble or reorder the message around it. */
static gboolean
needs_escape_in_message (gunichar c)
{
  return c < 0x20
         || (c >= 0x7F && c < 0xA0)
         || c == 0x061C
         || c == 0x200E || c == 0x200F
         || (c >= 0x2028 && c <= 0x202E)
         || (c >= 0x2066 && c <= 0x2069)
         || c == 0xFEFF;
}

static char *
quote_for_message (const char *text,
                   gsize       length)
{
  GString *out = g_string_new (NULL);
  const char *end = text + length;
  guint n_chars = 0;

  /* The text is valid UTF-8 without NUL: the checker made sure of it. */
  for (const char *p = text; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (n_chars++ == MAX_QUOTED_CHARS)
        {
          g_string_append (out, "…");
          break;
        }

      if (needs_escape_in_message (c))
        g_string_append_printf (out, "\\u%04X", c);
      else
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/* Names the character at p for a message; p is not at the end and starts
 * valid UTF-8. */
static char *
describe_character (const guchar *p)
{
  if (*p == '\'')
    return g_strdup ("\"'\"");
  if (*p > 0x20 && *p < 0x7F)
    return g_strdup_printf ("'%c'", *p);
  if (*p < 0x80)
    return g_strdup_printf ("U+%04X", *p);
  return g_strdup_printf ("U+%04X", g_utf8_get_char ((const char *) p));
}

/* SipHash-2-4 with a key drawn for each check: the keys of an object come
 * from the file, and an unkeyed hash would let a crafted file make every
 * key collide and the hash table quadratic. */
#define ROTL64(x, b) (((x) << (b)) | ((x) >> (64 - (b))))

static inline void
sip_round (guint64 *v)
{
  v[0] += v[1]; v[1] = ROTL64 (v[1], 13); v[1] ^= v[0]; v[0] = ROTL64 (v[0], 32);
  v[2] += v[3]; v[3] = ROTL64 (v[3], 16); v[3] ^= v[2];
  v[0] += v[3]; v[3] = ROTL64 (v[3], 21); v[3] ^= v[0];
  v[2] += v[1]; v[1] = ROTL64 (v[1], 17); v[1] ^= v[2]; v[2] = ROTL64 (v[2], 32);
}

static guint
keyed_hash (const guint64 *seed,
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

static guint
hashed_key_hash (gconstpointer key)
{
  return ((const HashedKey *) key)->hash;
}

static gboolean
hashed_key_equal (gconstpointer a,
                  gconstpointer b)
{
  const HashedKey *ka = a;
  const HashedKey *kb = b;

  return ka->hash == kb->hash
         && ka->length == kb->length
         && memcmp (ka->bytes, kb->bytes, ka->length) == 0;
}

static HashedKey *
hashed_key_new (Checker      *ck,
                const guchar *bytes,
                gsize         length)
{
  HashedKey *key;

  if (!ck->seeded)
    {
      ck->seed[0] = ((guint64) g_random_int () << 32) | g_random_int ();
      ck->seed[1] = ((guint64) g_random_int () << 32) | g_random_int ();
      ck->seeded = TRUE;
    }

  key = g_malloc (offsetof (HashedKey, bytes) + length);
  key->hash = keyed_hash (ck->seed, bytes, length);
  key->length = length;
  if (length > 0)
    memcpy (key->bytes, bytes, length);

  return key;
}

/* Error reporting.  Only the first error counts; every helper returns NULL
 * so that scanners can report and return in one statement. */

static const guchar *
fail_literal (Checker               *ck,
              AccordJsonCheckResult  result,
              const guchar          *at,
              const char            *message)
{
  if (ck->result != ACCORD_JSON_CHECK_OK)
    return NULL;

  /* Wherever a NUL byte stops the scan, it is the thing to report. */
  if (result == ACCORD_JSON_CHECK_SYNTAX && at < ck->end && *at == 0)
    {
      result = ACCORD_JSON_CHECK_ENCODING;
      message = _("the file contains a NUL byte");
    }

  ck->result = result;
  ck->error_offset = at - ck->data;
  ck->message = g_strdup (message);
  return NULL;
}

static const guchar *
fail_nul (Checker      *ck,
          const guchar *at)
{
  return fail_literal (ck, ACCORD_JSON_CHECK_ENCODING, at,
                       _("the file contains a NUL byte"));
}

G_GNUC_PRINTF (4, 5)
static const guchar *
fail_printf (Checker               *ck,
             AccordJsonCheckResult  result,
             const guchar          *at,
             const char            *format,
             ...)
{
  va_list args;

  if (ck->result != ACCORD_JSON_CHECK_OK)
    return NULL;

  if (result == ACCORD_JSON_CHECK_SYNTAX && at < ck->end && *at == 0)
    return fail_nul (ck, at);

  ck->result = result;
  ck->error_offset = at - ck->data;
  va_start (args, format);
  ck->message = g_strdup_vprintf (format, args);
  va_end (args);
  return NULL;
}

static const guchar *
fail_utf8 (Checker      *ck,
           const guchar *at)
{
  if (*at < 0xC2 || *at > 0xF4)
    return fail_printf (ck, ACCORD_JSON_CHECK_ENCODING, at,
                        _("the file is not valid UTF-8 (byte 0x%02X cannot start a character)"),
                        *at);
  return fail_printf (ck, ACCORD_JSON_CHECK_ENCODING, at,
                      _("the file is not valid UTF-8 (byte 0x%02X starts an invalid or incomplete character)"),
                      *at);
}

static const guchar *
fail_eof (Checker *ck)
{
  const Frame *frame;
  AccordJsonPosition open;

  if (ck->n_frames == 0)
    return fail_literal (ck, ACCORD_JSON_CHECK_SYNTAX, ck->end,
                         _("unexpected end of file"));

  frame = &ck->frames[ck->n_frames - 1];
  open = position_at (ck->data, ck->end - ck->data, ck->bom, frame->open_offset);

  if (frame->kind == FRAME_ARRAY)
    return fail_printf (ck, ACCORD_JSON_CHECK_SYNTAX, ck->end,
                        _("unexpected end of file: the array opened at line %u, column %u is not closed"),
                        open.line, open.column);
  return fail_printf (ck, ACCORD_JSON_CHECK_SYNTAX, ck->end,
                      _("unexpected end of file: the object opened at line %u, column %u is not closed"),
                      open.line, open.column);
}

static const guchar *
fail_unterminated_string (Checker      *ck,
                          const guchar *start)
{
  AccordJsonPosition open = position_at (ck->data, ck->end - ck->data, ck->bom,
                                         start - ck->data);

  return fail_printf (ck, ACCORD_JSON_CHECK_SYNTAX, ck->end,
                      _("unexpected end of file: the string started at line %u, column %u is not closed"),
                      open.line, open.column);
}

/* Reports what is wrong with an unexpected byte the same way wherever it
 * occurs (end of file, NUL, bad UTF-8, a comment); returns TRUE if it did,
 * so the caller only has to word the remaining cases. */
static gboolean
fail_common (Checker      *ck,
             const guchar *p)
{
  if (p == ck->end)
    fail_eof (ck);
  else if (*p == 0)
    fail_nul (ck, p);
  else if (*p >= 0x80 && utf8_sequence_length (p, ck->end) == 0)
    fail_utf8 (ck, p);
  else if (*p == '/' && ck->end - p >= 2 && (p[1] == '/' || p[1] == '*'))
    fail_literal (ck, ACCORD_JSON_CHECK_SYNTAX, p,
                  _("comments are not allowed in JSON"));
  else
    return FALSE;

  return TRUE;
}

static const guchar *
fail_expected_value (Checker      *ck,
                     const guchar *p,
                     gboolean      after_comma)
{
  g_autofree char *found = NULL;

  if (fail_common (ck, p))
    return NULL;

  if (*p == '\'')
    return fail_literal (ck, ACCORD_JSON_CHECK_SYNTAX, p,
                         _("strings must use double quotes"));
  if (*p == '+')
    return fail_literal (ck, ACCORD_JSON_CHECK_SYNTAX, p,
                         _("numbers must not start with '+'"));
  if (*p == '.' && ck->end - p >= 2 && is_digit (p[1]))
    return fail_literal (ck, ACCORD_JSON_CHECK_SYNTAX, p,
                         _("numbers must have a digit before the decimal point"));
  if (after_comma && (*p == ']' || *p == '}'))
    return fail_literal (ck, ACCORD_JSON_CHECK_SYNTAX, p,
                         _("trailing commas are not allowed in JSON"));

  found = describe_character (p);
  return fail_printf (ck, ACCORD_JSON_CHECK_SYNTAX, p,
                      _("expected a value, found %s"), found);
}

static const guchar *
fail_expected_key (Checker      *ck,
                   const guchar *p,
                   gboolean      after_comma)
{
  g_autofree char *found = NULL;

  if (fail_common (ck, p))
    return NULL;

  if (*p == '\'')
    return fail_literal (ck, ACCORD_JSON_CHECK_SYNTAX, p,
                         _("strings must use double quotes"));
  if (is_word_byte (*p))
    return fail_literal (ck, ACCORD_JSON_CHECK_SYNTAX, p,
                         _("object keys must be strings in double quotes"));
  if (after_comma && *p == '}')
    return fail_literal (ck, ACCORD_JSON_CHECK_SYNTAX, p,
                         _("trailing commas are not allowed in JSON"));

  found = describe_character (p);
  return fail_printf (ck, ACCORD_JSON_CHECK_SYNTAX, p,
                      _("expected a key in double quotes, found %s"), found);
}

static const guchar *
fail_expected_colon (Checker      *ck,
                     const guchar *p)
{
  g_autofree char *found = NULL;

  if (fail_common (ck, p))
    return NULL;

  found = describe_character (p);
  return fail_printf (ck, ACCORD_JSON_CHECK_SYNTAX, p,
                      _("expected ':' after an object key, found %s"), found);
}

static const guchar *
fail_expected_separator (Checker      *ck,
                         const guchar *p,
                         FrameKind     kind)
{
  g_autofree char *found = NULL;

  if (fail_common (ck, p))
    return NULL;

  found = describe_character (p);
  if (kind == FRAME_ARRAY)
    return fail_printf (ck, ACCORD_JSON_CHECK_SYNTAX, p,
                        _("expected ',' or ']' after an array element, found %s"),
                        found);
  return fail_printf (ck, ACCORD_JSON_CHECK_SYNTAX, p,
                      _("expected ',' or '}' after an object member, found %s"),
                      found);
}

static const guchar *
fail_trailing (Checker      *ck,
               const guchar *p)
{
  if (fail_common (ck, p))
    return NULL;

  return fail_literal (ck, ACCORD_JSON_CHECK_SYNTAX, p,
                       _("unexpected data after the end of the JSON value"));
}

/* Catches UTF-16 and UTF-32 before the first NUL byte is reported as such,
 * since "the file is UTF-16" tells the author what to do. */
static gboolean
check_foreign_encoding (Checker *ck)
{
  const guchar *d = ck->data;
  gsize length = ck->end - ck->data;
  gboolean utf32;

  if (length >= 4
      && ((d[0] == 0xFF && d[1] == 0xFE && d[2] == 0 && d[3] == 0)
          || (d[0] == 0 && d[1] == 0 && d[2] == 0xFE && d[3] == 0xFF)
          || (d[0] == 0 && d[1] == 0 && d[2] == 0 && d[3] != 0)
          || (d[0] != 0 && d[1] == 0 && d[2] == 0 && d[3] == 0)))
    utf32 = TRUE;
  else if (length >= 2
           && ((d[0] == 0xFF && d[1] == 0xFE)
               || (d[0] == 0xFE && d[1] == 0xFF)
               || (d[0] == 0 && d[1] != 0)
               || (d[0] != 0 && d[1] == 0)))
    utf32 = FALSE;
  else
    return FALSE;

  fail_literal (ck, ACCORD_JSON_CHECK_ENCODING, d,
                utf32 ? _("the file is UTF-32, not UTF-8")
                      : _("the file is UTF-16, not UTF-8"));
  return TRUE;
}

static gboolean
count_value (Checker      *ck,
             const guchar *p)
{
  if (ck->n_values++ < ck->max_values)
    return TRUE;

  fail_printf (ck, ACCORD_JSON_CHECK_LIMIT, p,
               ngettext ("the file holds more than %lu value",
                         "the file holds more than %lu values",
                         (gulong) ck->max_values),
               (gulong) ck->max_values);
  return FALSE;
}

static const guchar *
scan_escape (Checker      *ck,
             const guchar *string_start,
             const guchar *p)
{
  const guchar *end = ck->end;
  guint cp;
  guint low;

  if (end - p < 2)
    return fail_unterminated_string (ck, string_start);

  switch (p[1])
    {
    case '"': case '\\': case '/':
    case 'b': case 'f': case 'n': case 'r': case 't':
      return p + 2;

    case 'u':
      if (!read_hex4 (p + 2, end, &cp))
        {
          const guchar *nul = memchr (p + 2, 0, MIN (end - (p + 2), 4));

          if (nul != NULL)
            return fail_nul (ck, nul);
          return fail_literal (ck, ACCORD_JSON_CHECK_SYNTAX, p,
                               _("\\u must be followed by four hexadecimal digits"));
        }
      if (cp == 0)
        return fail_literal (ck, ACCORD_JSON_CHECK_ENCODING, p,
                             _("\\u0000 is not allowed in text"));
      if (cp >= 0xD800 && cp <= 0xDBFF
          && end - p >= 12 && p[6] == '\\' && p[7] == 'u'
          && read_hex4 (p + 8, end, &low)
          && low >= 0xDC00 && low <= 0xDFFF)
        return p + 12;
      if (cp >= 0xD800 && cp <= 0xDFFF)
        return fail_printf (ck, ACCORD_JSON_CHECK_ENCODING, p,
                            _("lone surrogate \\u%04X"), cp);
      return p + 6;

    case 0:
      return fail_nul (ck, p + 1);

    default:
      if (p[1] >= 0x80 && utf8_sequence_length (p + 1, end) == 0)
        return fail_utf8 (ck, p + 1);
      if (p[1] > 0x20 && p[1] < 0x7F)
        return fail_printf (ck, ACCORD_JSON_CHECK_SYNTAX, p,
                            _("invalid escape sequence \\%c in a string"), p[1]);
      return fail_literal (ck, ACCORD_JSON_CHECK_SYNTAX, p,
                           _("invalid escape sequence in a string"));
    }
}

/* p is at the opening quote; returns the byte after the closing quote. */
static const guchar *
scan_string (Checker      *ck,
             const guchar *p,
             gboolean     *has_escape)
{
  const guchar *start = p;
  const guchar *end = ck->end;
  gboolean escape = FALSE;

  p++;

  for (;;)
    {
      guchar c;

      /* A word needs a closer look if a byte is below 0x20, is a quote or a
       * backslash (it is then zero after the XOR), or has its high bit
       * set.  Borrows can flag a plain byte too, but only above the first
       * byte really flagged, so in little-endian order the lowest flag is
       * exact; elsewhere the byte loop below finds it. */
      while (end - p >= 8)
        {
          guint64 w = *(const unaligned_guint64 *) p;
          guint64 quote = w ^ REPEAT_BYTE ('"');
          guint64 backslash = w ^ REPEAT_BYTE ('\\');
          guint64 flags = (((w - REPEAT_BYTE (0x20)) & ~w)
                           | ((quote - REPEAT_BYTE (1)) & ~quote)
                           | ((backslash - REPEAT_BYTE (1)) & ~backslash)
                           | w) & REPEAT_BYTE (0x80);

          if (flags != 0)
            {
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
              p += __builtin_ctzll (flags) / 8;
#endif
              break;
            }
          p += 8;
        }

      while (p < end && plain_string_byte[*p])
        p++;

      if (p == end)
        return fail_unterminated_string (ck, start);

      c = *p;

      if (c == '"')
        {
          *has_escape = escape;
          return p + 1;
        }
      else if (c == '\\')
        {
          escape = TRUE;
          p = scan_escape (ck, start, p);
          if (p == NULL)
            return NULL;
        }
      else if (c >= 0x80)
        {
          gsize n = utf8_sequence_length (p, end);

          if (n == 0)
            return fail_utf8 (ck, p);
          p += n;
        }
      else if (c == 0)
        {
          return fail_nul (ck, p);
        }
      else
        {
          return fail_printf (ck, ACCORD_JSON_CHECK_SYNTAX, p,
                              _("control character U+%04X must be escaped in a string"),
                              c);
        }
    }
}

static const guchar *
fail_word (Checker      *ck,
           const guchar *start,
           const guchar *end)
{
  g_autofree char *word = NULL;
  gsize length = end - start;

  if (end < ck->end && *end == 0)
    return fail_nul (ck, end);

  if ((length == 3 && memcmp (start, "NaN", 3) == 0)
      || (length == 8 && memcmp (start, "Infinity", 8) == 0))
    return fail_literal (ck, ACCORD_JSON_CHECK_SYNTAX, start,
                         _("NaN and Infinity are not allowed in JSON"));

  word = quote_for_message ((const char *) start, length);
  return fail_printf (ck, ACCORD_JSON_CHECK_SYNTAX, start,
                      _("unknown word '%s': only true, false and null are allowed"),
                      word);
}

static const guchar *
scan_word (Checker      *ck,
           const guchar *p)
{
  const guchar *start = p;
  gsize length;

  while (p < ck->end && is_word_byte (*p))
    p++;

  length = p - start;
  if ((length == 4 && memcmp (start, "true", 4) == 0)
      || (length == 4 && memcmp (start, "null", 4) == 0)
      || (length == 5 && memcmp (start, "false", 5) == 0))
    return p;

  return fail_word (ck, start, p);
}

/* A number with a fraction or an exponent becomes a double; reject those
 * that would become infinity.  Most numbers are far from the limit, and
 * their decimal exponent alone says so; only those in [1e308, 1e309) are
 * converted, from a bounded copy of their significant digits. */
static gboolean
double_overflows (const guchar *int_start,
                  const guchar *int_end,
                  const guchar *frac_start,
                  const guchar *frac_end,
                  gint64        exponent)
{
  const gint64 cap = G_GINT64_CONSTANT (100000000000000000);
  char buffer[MAX_SIGNIFICANT_DIGITS + 32];
  const guchar *first = NULL;
  gint64 magnitude;
  gsize n = 0;
  gboolean dropped_nonzero = FALSE;
  double value;

  if (*int_start != '0')
    {
      first = int_start;
      magnitude = (gint64) MIN ((gsize) (int_end - int_start), (gsize) cap) - 1;
    }
  else
    {
      for (const guchar *q = frac_start; q < frac_end; q++)
        if (*q != '0')
          {
            first = q;
            break;
          }
      if (first == NULL)
        return FALSE;
      magnitude = -(gint64) MIN ((gsize) (first - frac_start), (gsize) cap) - 1;
    }

  magnitude += exponent;
  if (magnitude < 308)
    return FALSE;
  if (magnitude > 308)
    return TRUE;

  buffer[n++] = '0';
  buffer[n++] = '.';
  for (const guchar *q = first; q < frac_end; q++)
    {
      if (q == int_end)
        q = frac_start;
      if (q >= frac_end)
        break;
      if (n < MAX_SIGNIFICANT_DIGITS + 2)
        buffer[n++] = (char) *q;
      else if (*q != '0')
        dropped_nonzero = TRUE;
    }
  /* A dropped nonzero digit only matters in rounding, where any nonzero
   * digit in its place has the same effect. */
  if (dropped_nonzero)
    buffer[n++] = '1';
  g_snprintf (buffer + n, sizeof buffer - n, "e309");

  errno = 0;
  value = g_ascii_strtod (buffer, NULL);
  return isinf (value) || (errno == ERANGE && fabs (value) > 1.0);
}

static const guchar *
scan_number (Checker      *ck,
             const guchar *p)
{
  const guchar *end = ck->end;
  const guchar *start = p;
  const guchar *int_start;
  const guchar *int_end;
  const guchar *frac_start = NULL;
  const guchar *frac_end = NULL;
  gboolean negative = FALSE;
  gboolean integer = TRUE;
  gint64 exponent = 0;

  if (*p == '-')
    {
      negative = TRUE;
      p++;
      if (p < end && is_word_byte (*p) && !is_digit (*p))
        {
          const guchar *word_end = p;

          while (word_end < end && is_word_byte (*word_end))
            word_end++;
          if (word_end - p == 8 && memcmp (p, "Infinity", 8) == 0)
            return fail_literal (ck, ACCORD_JSON_CHECK_SYNTAX, start,
                                 _("NaN and Infinity are not allowed in JSON"));
        }
      if (p == end || !is_digit (*p))
        return fail_literal (ck, ACCORD_JSON_CHECK_SYNTAX, p,
                             _("a digit must follow the minus sign"));
    }

  int_start = p;
  if (*p == '0')
    {
      p++;
      if (p < end)
        {
          if (*p == 'x' || *p == 'X')
            return fail_literal (ck, ACCORD_JSON_CHECK_SYNTAX, int_start,
                                 _("hexadecimal numbers are not allowed in JSON"));
          if (*p == 'b' || *p == 'B')
            return fail_literal (ck, ACCORD_JSON_CHECK_SYNTAX, int_start,
                                 _("binary numbers are not allowed in JSON"));
          if (*p == 'o' || *p == 'O')
            return fail_literal (ck, ACCORD_JSON_CHECK_SYNTAX, int_start,
                                 _("octal numbers are not allowed in JSON"));
          if (is_digit (*p))
            return fail_literal (ck, ACCORD_JSON_CHECK_SYNTAX, int_start,
                                 _("numbers must not have leading zeros"));
        }
    }
  else
    {
      while (p < end && is_digit (*p))
        p++;
    }
  int_end = p;

  if (p < end && *p == '.')
    {
      integer = FALSE;
      p++;
      frac_start = p;
      while (p < end && is_digit (*p))
        p++;
      frac_end = p;
      if (frac_start == frac_end)
        return fail_literal (ck, ACCORD_JSON_CHECK_SYNTAX, p,
                             _("a digit must follow the decimal point"));
    }
  else
    {
      frac_start = frac_end = int_end;
    }

  if (p < end && (*p == 'e' || *p == 'E'))
    {
      gboolean exp_negative = FALSE;
      const guchar *exp_start;

      integer = FALSE;
      p++;
      if (p < end && (*p == '+' || *p == '-'))
        {
          exp_negative = *p == '-';
          p++;
        }
      exp_start = p;
      while (p < end && is_digit (*p))
        {
          /* Saturate: past this the value is infinite or zero anyway. */
          if (exponent < G_GINT64_CONSTANT (100000000000000000))
            exponent = exponent * 10 + (*p - '0');
          p++;
        }
      if (p == exp_start)
        return fail_literal (ck, ACCORD_JSON_CHECK_SYNTAX, p,
                             _("a digit must follow the exponent of a number"));
      if (exp_negative)
        exponent = -exponent;
    }

  if (p < end && (is_word_byte (*p) || *p == '.' || *p == '+' || *p == '-'))
    return fail_printf (ck, ACCORD_JSON_CHECK_SYNTAX, p,
                        _("invalid character '%c' in a number"), *p);

  if (integer)
    {
      /* json-glib reads integers as gint64 and wraps those that do not fit. */
      gsize digits = int_end - int_start;

      if (digits > 19
          || (digits == 19
              && memcmp (int_start,
                         negative ? "9223372036854775808" : "9223372036854775807",
                         19) > 0))
        return fail_literal (ck, ACCORD_JSON_CHECK_LIMIT, start,
                             _("number out of range: integers must lie between -9223372036854775808 and 9223372036854775807"));
    }
  else if (double_overflows (int_start, int_end, frac_start, frac_end, exponent))
    {
      return fail_literal (ck, ACCORD_JSON_CHECK_LIMIT, start,
                           _("number out of range: it is too large to be represented"));
    }

  return p;
}

static gboolean
push_frame (Checker      *ck,
            FrameKind     kind,
            const guchar *at)
{
  Frame *frame;

  if (ck->n_frames >= ck->max_depth)
    {
      fail_printf (ck, ACCORD_JSON_CHECK_LIMIT, at,
                   ngettext ("nesting is deeper than %u level",
                             "nesting is deeper than %u levels",
                             ck->max_depth),
                   ck->max_depth);
      return FALSE;
    }

  if (ck->n_frames == ck->frames_size)
    {
      guint size = ck->frames_size == 0 ? 16 : ck->frames_size * 2;

      if (size < ck->frames_size || size > ck->max_depth)
        size = ck->max_depth;
      ck->frames = g_renew (Frame, ck->frames, size);
      ck->frames_size = size;
    }

  frame = &ck->frames[ck->n_frames++];
  frame->kind = kind;
  frame->n_entries = 0;
  frame->open_offset = at - ck->data;
  frame->first_entry = ck->n_entries;
  frame->arena_mark = ck->arena->len;
  frame->keys = NULL;
  frame->str_hashes = NULL;

  return TRUE;
}

static void
pop_frame (Checker *ck)
{
  Frame *frame = &ck->frames[--ck->n_frames];

  g_clear_pointer (&frame->keys, g_hash_table_unref);
  g_clear_pointer (&frame->str_hashes, g_hash_table_unref);
  ck->n_entries = frame->first_entry;
  g_string_truncate (ck->arena, frame->arena_mark);
}

static const guchar *
entry_bytes (Checker        *ck,
             const KeyEntry *entry)
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
count_str_hash (Checker      *ck,
                Frame        *frame,
                const guchar *at,
                const guchar *bytes,
                gsize         length)
{
  gpointer hash = GUINT_TO_POINTER (str_hash (bytes, length));
  guint count;

  if (frame->str_hashes == NULL)
    frame->str_hashes = g_hash_table_new (NULL, NULL);

  count = GPOINTER_TO_UINT (g_hash_table_lookup (frame->str_hashes, hash)) + 1;
  if (count > MAX_SAME_STR_HASH)
    {
      fail_printf (ck, ACCORD_JSON_CHECK_LIMIT, at,
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
static gboolean
add_key (Checker      *ck,
         const guchar *start,
         const guchar *end,
         gboolean      has_escape)
{
  Frame *frame = &ck->frames[ck->n_frames - 1];
  const guchar *bytes;
  gsize length;
  gsize arena_offset = ck->arena->len;
  HashedKey *key;

  if (has_escape)
    {
      decode_string (ck->arena, start + 1, end - 1);
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
      KeyEntry *entry;

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
          ck->entries = g_renew (KeyEntry, ck->entries, ck->entries_size);
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
          const KeyEntry *entry = &ck->entries[i];

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
    g_autofree char *quoted = quote_for_message ((const char *) bytes, length);

    fail_printf (ck, ACCORD_JSON_CHECK_DUPLICATE, start,
                 _("duplicate key \"%s\""), quoted);
    return FALSE;
  }
}

static void
run (Checker *ck)
{
  const guchar *end = ck->end;
  const guchar *p = ck->data + ck->bom;
  State state = STATE_VALUE;
  gboolean after_comma = FALSE;

  p = skip_ws (p, end);
  if (p == end)
    {
      fail_literal (ck, ACCORD_JSON_CHECK_SYNTAX, ck->data,
                    _("the file is empty"));
      return;
    }

  for (;;)
    {
      p = skip_ws (p, end);

      switch (state)
        {
        case STATE_VALUE:
          if (p == end)
            {
              fail_eof (ck);
              return;
            }

          switch (*p)
            {
            case '[':
            case '{':
              {
                FrameKind kind = *p == '[' ? FRAME_ARRAY : FRAME_OBJECT;
                guchar closer = *p == '[' ? ']' : '}';

                if (!count_value (ck, p) || !push_frame (ck, kind, p))
                  return;
                p = skip_ws (p + 1, end);
                after_comma = FALSE;
                if (p < end && *p == closer)
                  {
                    pop_frame (ck);
                    p++;
                    state = STATE_AFTER_VALUE;
                  }
                else
                  {
                    state = kind == FRAME_ARRAY ? STATE_VALUE : STATE_KEY;
                  }
              }
              break;

            case '"':
              {
                gboolean has_escape;

                if (!count_value (ck, p))
                  return;
                p = scan_string (ck, p, &has_escape);
                state = STATE_AFTER_VALUE;
              }
              break;

            case '-':
            case '0': case '1': case '2': case '3': case '4':
            case '5': case '6': case '7': case '8': case '9':
              if (!count_value (ck, p))
                return;
              p = scan_number (ck, p);
              state = STATE_AFTER_VALUE;
              break;

            default:
              if (is_word_byte (*p))
                {
                  if (!count_value (ck, p))
                    return;
                  p = scan_word (ck, p);
                  state = STATE_AFTER_VALUE;
                }
              else
                {
                  fail_expected_value (ck, p, after_comma);
                  return;
                }
              break;
            }

          if (p == NULL)
            return;
          break;

        case STATE_KEY:
          {
            const guchar *key_start = p;
            gboolean has_escape;

            if (p == end || *p != '"')
              {
                fail_expected_key (ck, p, after_comma);
                return;
              }

            p = scan_string (ck, p, &has_escape);
            if (p == NULL || !add_key (ck, key_start, p, has_escape))
              return;

            p = skip_ws (p, end);
            if (p == end || *p != ':')
              {
                fail_expected_colon (ck, p);
                return;
              }
            p++;
            after_comma = FALSE;
            state = STATE_VALUE;
          }
          break;

        case STATE_AFTER_VALUE:
          {
            const Frame *frame;

            if (ck->n_frames == 0)
              {
                if (p != end)
                  fail_trailing (ck, p);
                return;
              }

            frame = &ck->frames[ck->n_frames - 1];

            if (p < end && *p == ',')
              {
                p++;
                after_comma = TRUE;
                state = frame->kind == FRAME_ARRAY ? STATE_VALUE : STATE_KEY;
              }
            else if (p < end && *p == (frame->kind == FRAME_ARRAY ? ']' : '}'))
              {
                pop_frame (ck);
                p++;
              }
            else
              {
                fail_expected_separator (ck, p, frame->kind);
                return;
              }
          }
          break;

        default:
          g_assert_not_reached ();
        }
    }
}

/* Helpers of accord_json_locate(), which reads JSON that has passed the
 * check; they still never read past the end, whatever they are given. */

static const guchar *
skip_string (const guchar *p,
             const guchar *end)
{
  p++;
  while (p < end)
    {
      if (*p == '"')
        return p + 1;
      if (*p == '\\')
        {
          if (end - p < 2)
            return end;
          p += 2;
        }
      else
        {
          p++;
        }
    }
  return end;
}

static inline gboolean
ends_scalar (guchar c)
{
  return is_ws (c) || c == ',' || c == ':' || c == '"'
         || c == '[' || c == ']' || c == '{' || c == '}';
}

/* Skips the value at p, counting brackets instead of recursing. */
static const guchar *
skip_value (const guchar *p,
            const guchar *end)
{
  gsize depth = 0;

  while (p < end)
    {
      guchar c = *p;

      if (c == '[' || c == '{')
        {
          depth++;
          p++;
          continue;
        }
      else if (c == ']' || c == '}')
        {
          if (depth == 0)
            return p;
          depth--;
          p++;
        }
      else if (c == '"')
        {
          p = skip_string (p, end);
        }
      else if (c == ',' || c == ':' || is_ws (c))
        {
          if (depth == 0)
            return p;
          p++;
          continue;
        }
      else
        {
          while (p < end && !ends_scalar (*p))
            p++;
        }

      if (depth == 0)
        return p;
    }

  return p;
}

AccordJsonCheckResult
accord_json_check (const char               *data,
                   gsize                     length,
                   const AccordJsonLimits   *limits,
                   AccordJsonPosition       *position,
                   char                    **message)
{
  Checker ck = { 0, };
  AccordJsonCheckResult result;

  g_return_val_if_fail (data != NULL || length == 0, ACCORD_JSON_CHECK_SYNTAX);
  g_return_val_if_fail (limits != NULL, ACCORD_JSON_CHECK_SYNTAX);

  if (data == NULL)
    data = "";

  ck.data = (const guchar *) data;
  ck.end = ck.data + length;
  ck.bom = bom_length (ck.data, length);
  ck.max_depth = limits->max_depth;
  ck.max_values = limits->max_values;
  ck.arena = g_string_new (NULL);
  ck.result = ACCORD_JSON_CHECK_OK;

  if (!check_foreign_encoding (&ck))
    run (&ck);

  while (ck.n_frames > 0)
    pop_frame (&ck);
  g_free (ck.frames);
  g_free (ck.entries);
  g_string_free (ck.arena, TRUE);

  result = ck.result;

  if (position != NULL)
    {
      if (result == ACCORD_JSON_CHECK_OK)
        *position = (AccordJsonPosition) { 0, 0 };
      else
        *position = position_at (ck.data, length, ck.bom, ck.error_offset);
    }

  if (message != NULL)
    *message = g_steal_pointer (&ck.message);
  else
    g_free (ck.message);

  return result;
}

gboolean
accord_json_locate (const char         *data,
                    gsize               length,
                    const char         *path,
                    AccordJsonPosition *position)
{
  g_autoptr(GString) key = NULL;
  const guchar *start;
  const guchar *end;
  const guchar *p;
  const guchar *found = NULL;
  const char *s = path;
  gboolean located = FALSE;
  gsize bom;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (data == NULL)
    data = "";

  start = (const guchar *) data;
  end = start + length;
  bom = bom_length (start, length);
  key = g_string_new (NULL);

  p = skip_ws (start + bom, end);
  if (p == end)
    goto out;
  found = p;

  while (*s != '\0')
    {
      if (*s == '[')
        {
          guint64 index = 0;
          const char *digits = ++s;

          for (; g_ascii_isdigit (*s); s++)
            {
              if (index > (G_MAXUINT64 - 9) / 10)
                goto out;
              index = index * 10 + (guint64) (*s - '0');
            }
          if (s == digits || *s != ']')
            goto out;
          s++;

          if (p == end || *p != '[')
            goto out;
          p = skip_ws (p + 1, end);

          for (;;)
            {
              if (p == end || *p == ']')
                goto out;
              if (index == 0)
                break;
              p = skip_ws (skip_value (p, end), end);
              if (p == end || *p != ',')
                goto out;
              p = skip_ws (p + 1, end);
              index--;
            }
        }
      else
        {
          const char *name;
          gsize name_length;

          if (*s == '.')
            s++;
          name = s;
          while (*s != '\0' && *s != '.' && *s != '[')
            s++;
          name_length = s - name;

          if (p == end || *p != '{')
            goto out;
          p = skip_ws (p + 1, end);

          for (;;)
            {
              const guchar *key_start = p;
              gboolean match;

              if (p == end || *p != '"')
                goto out;
              p = skip_string (p, end);
              if (p - key_start < 2 || p[-1] != '"')
                goto out;

              g_string_truncate (key, 0);
              decode_string (key, key_start + 1, p - 1);
              match = key->len == name_length
                      && memcmp (key->str, name, name_length) == 0;

              p = skip_ws (p, end);
              if (p == end || *p != ':')
                goto out;
              p = skip_ws (p + 1, end);
              if (p == end)
                goto out;
              if (match)
                break;

              p = skip_ws (skip_value (p, end), end);
              if (p == end || *p != ',')
                goto out;
              p = skip_ws (p + 1, end);
            }
        }

      found = p;
    }

  located = TRUE;

out:
  if (position != NULL)
    {
      if (found != NULL)
        *position = position_at (start, length, bom, found - start);
      else
        *position = (AccordJsonPosition) { 1, 1 };
    }

  return located;
}
