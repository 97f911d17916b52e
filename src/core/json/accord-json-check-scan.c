/* accord-json-check-scan.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-json-check"

#include "config.h"

#include <glib/gi18n.h>

#include <errno.h>
#include <math.h>
#include <string.h>

#include "accord-json-check-private.h"

/* Enough significant digits to decide exactly whether a number in
 * [1e308, 1e309) rounds to infinity: the boundary, DBL_MAX plus half an
 * ulp, is an integer with 309 decimal digits. */
#define MAX_SIGNIFICANT_DIGITS 330

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

static const guchar *
scan_escape (AccordJsonChecker *ck,
             const guchar      *string_start,
             const guchar      *p)
{
  const guchar *end = ck->end;
  guint cp;
  guint low;

  if (end - p < 2)
    return _accord_json_fail_unterminated_string (ck, string_start);

  switch (p[1])
    {
    case '"': case '\\': case '/':
    case 'b': case 'f': case 'n': case 'r': case 't':
      return p + 2;

    case 'u':
      if (!_accord_json_read_hex4 (p + 2, end, &cp))
        {
          const guchar *nul = memchr (p + 2, 0, MIN (end - (p + 2), 4));

          if (nul != NULL)
            return _accord_json_fail_nul (ck, nul);
          return _accord_json_fail_literal (ck, ACCORD_JSON_CHECK_SYNTAX, p,
                                            _("\\u must be followed by four hexadecimal digits"));
        }
      if (cp == 0)
        return _accord_json_fail_literal (ck, ACCORD_JSON_CHECK_ENCODING, p,
                                          _("\\u0000 is not allowed in text"));
      if (cp >= 0xD800 && cp <= 0xDBFF
          && end - p >= 12 && p[6] == '\\' && p[7] == 'u'
          && _accord_json_read_hex4 (p + 8, end, &low)
          && low >= 0xDC00 && low <= 0xDFFF)
        return p + 12;
      if (cp >= 0xD800 && cp <= 0xDFFF)
        return _accord_json_fail_printf (ck, ACCORD_JSON_CHECK_ENCODING, p,
                                         _("lone surrogate \\u%04X"), cp);
      return p + 6;

    case 0:
      return _accord_json_fail_nul (ck, p + 1);

    default:
      if (p[1] >= 0x80 && _accord_json_utf8_sequence_length (p + 1, end) == 0)
        return _accord_json_fail_utf8 (ck, p + 1);
      if (p[1] > 0x20 && p[1] < 0x7F)
        return _accord_json_fail_printf (ck, ACCORD_JSON_CHECK_SYNTAX, p,
                                         _("invalid escape sequence \\%c in a string"), p[1]);
      return _accord_json_fail_literal (ck, ACCORD_JSON_CHECK_SYNTAX, p,
                                        _("invalid escape sequence in a string"));
    }
}

/* p is at the opening quote; returns the byte after the closing quote. */
const guchar *
_accord_json_scan_string (AccordJsonChecker *ck,
                          const guchar      *p,
                          gboolean          *has_escape)
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
        return _accord_json_fail_unterminated_string (ck, start);

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
          gsize n = _accord_json_utf8_sequence_length (p, end);

          if (n == 0)
            return _accord_json_fail_utf8 (ck, p);
          p += n;
        }
      else if (c == 0)
        {
          return _accord_json_fail_nul (ck, p);
        }
      else
        {
          return _accord_json_fail_printf (ck, ACCORD_JSON_CHECK_SYNTAX, p,
                                           _("control character U+%04X must be escaped in a string"),
                                           c);
        }
    }
}

static const guchar *
fail_word (AccordJsonChecker *ck,
           const guchar      *start,
           const guchar      *end)
{
  g_autofree char *word = NULL;
  gsize length = end - start;

  if (end < ck->end && *end == 0)
    return _accord_json_fail_nul (ck, end);

  if ((length == 3 && memcmp (start, "NaN", 3) == 0)
      || (length == 8 && memcmp (start, "Infinity", 8) == 0))
    return _accord_json_fail_literal (ck, ACCORD_JSON_CHECK_SYNTAX, start,
                                      _("NaN and Infinity are not allowed in JSON"));

  word = _accord_json_quote_for_message ((const char *) start, length);
  return _accord_json_fail_printf (ck, ACCORD_JSON_CHECK_SYNTAX, start,
                                   _("unknown word '%s': only true, false and null are allowed"),
                                   word);
}

const guchar *
_accord_json_scan_word (AccordJsonChecker *ck,
                        const guchar      *p)
{
  const guchar *start = p;
  gsize length;

  while (p < ck->end && _accord_json_is_word_byte (*p))
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

const guchar *
_accord_json_scan_number (AccordJsonChecker *ck,
                          const guchar      *p)
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
      if (p < end && _accord_json_is_word_byte (*p) && !_accord_json_is_digit (*p))
        {
          const guchar *word_end = p;

          while (word_end < end && _accord_json_is_word_byte (*word_end))
            word_end++;
          if (word_end - p == 8 && memcmp (p, "Infinity", 8) == 0)
            return _accord_json_fail_literal (ck, ACCORD_JSON_CHECK_SYNTAX, start,
                                              _("NaN and Infinity are not allowed in JSON"));
        }
      if (p == end || !_accord_json_is_digit (*p))
        return _accord_json_fail_literal (ck, ACCORD_JSON_CHECK_SYNTAX, p,
                                          _("a digit must follow the minus sign"));
    }

  int_start = p;
  if (*p == '0')
    {
      p++;
      if (p < end)
        {
          if (*p == 'x' || *p == 'X')
            return _accord_json_fail_literal (ck, ACCORD_JSON_CHECK_SYNTAX, int_start,
                                              _("hexadecimal numbers are not allowed in JSON"));
          if (*p == 'b' || *p == 'B')
            return _accord_json_fail_literal (ck, ACCORD_JSON_CHECK_SYNTAX, int_start,
                                              _("binary numbers are not allowed in JSON"));
          if (*p == 'o' || *p == 'O')
            return _accord_json_fail_literal (ck, ACCORD_JSON_CHECK_SYNTAX, int_start,
                                              _("octal numbers are not allowed in JSON"));
          if (_accord_json_is_digit (*p))
            return _accord_json_fail_literal (ck, ACCORD_JSON_CHECK_SYNTAX, int_start,
                                              _("numbers must not have leading zeros"));
        }
    }
  else
    {
      while (p < end && _accord_json_is_digit (*p))
        p++;
    }
  int_end = p;

  if (p < end && *p == '.')
    {
      integer = FALSE;
      p++;
      frac_start = p;
      while (p < end && _accord_json_is_digit (*p))
        p++;
      frac_end = p;
      if (frac_start == frac_end)
        return _accord_json_fail_literal (ck, ACCORD_JSON_CHECK_SYNTAX, p,
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
      while (p < end && _accord_json_is_digit (*p))
        {
          /* Saturate: past this the value is infinite or zero anyway. */
          if (exponent < G_GINT64_CONSTANT (100000000000000000))
            exponent = exponent * 10 + (*p - '0');
          p++;
        }
      if (p == exp_start)
        return _accord_json_fail_literal (ck, ACCORD_JSON_CHECK_SYNTAX, p,
                                          _("a digit must follow the exponent of a number"));
      if (exp_negative)
        exponent = -exponent;
    }

  if (p < end && (_accord_json_is_word_byte (*p) || *p == '.' || *p == '+' || *p == '-'))
    return _accord_json_fail_printf (ck, ACCORD_JSON_CHECK_SYNTAX, p,
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
        return _accord_json_fail_literal (ck, ACCORD_JSON_CHECK_LIMIT, start,
                                          _("number out of range: integers must lie between -9223372036854775808 and 9223372036854775807"));
    }
  else if (double_overflows (int_start, int_end, frac_start, frac_end, exponent))
    {
      return _accord_json_fail_literal (ck, ACCORD_JSON_CHECK_LIMIT, start,
                                        _("number out of range: it is too large to be represented"));
    }

  return p;
}
