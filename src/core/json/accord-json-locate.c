/* accord-json-locate.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-json-check"

#include "config.h"

#include <glib/gi18n.h>

#include <string.h>

#include "accord-json-check-private.h"

/* Positions are only needed for errors, so the hot loops keep no line or
 * column counts; this walks from the start once, when a position is asked
 * for.  The BOM is not a character a person sees, so it is not counted.
 * A line ends at LF, CRLF or a lone CR (old Mac files), as editors count. */
AccordJsonPosition
_accord_json_position_at (const guchar *data,
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

  if (memchr (line_start, '\r', target - line_start) == NULL)
    {
      while ((nl = memchr (line_start, '\n', target - line_start)) != NULL)
        {
          if (pos.line < G_MAXUINT)
            pos.line++;
          line_start = nl + 1;
        }
    }
  else
    {
      const guchar *end = data + length;

      for (const guchar *q = line_start; q < target; q++)
        {
          /* The CR of a CRLF leaves the counting to its LF. */
          if (*q == '\n' || (*q == '\r' && (q + 1 >= end || q[1] != '\n')))
            {
              if (pos.line < G_MAXUINT)
                pos.line++;
              line_start = q + 1;
            }
        }
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
void
_accord_json_decode_string (GString      *out,
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
          if (!_accord_json_read_hex4 (p + 2, end, &cp))
            {
              g_string_append_c (out, '\\');
              p++;
              break;
            }
          p += 6;
          if (cp >= 0xD800 && cp <= 0xDBFF
              && end - p >= 6 && p[0] == '\\' && p[1] == 'u'
              && _accord_json_read_hex4 (p + 2, end, &low)
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
  return _accord_json_is_ws (c) || c == ',' || c == ':' || c == '"'
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
      else if (c == ',' || c == ':' || _accord_json_is_ws (c))
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
  bom = _accord_json_bom_length (start, length);
  key = g_string_new (NULL);

  p = _accord_json_skip_ws (start + bom, end);
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
          p = _accord_json_skip_ws (p + 1, end);

          for (;;)
            {
              if (p == end || *p == ']')
                goto out;
              if (index == 0)
                break;
              p = _accord_json_skip_ws (skip_value (p, end), end);
              if (p == end || *p != ',')
                goto out;
              p = _accord_json_skip_ws (p + 1, end);
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
          p = _accord_json_skip_ws (p + 1, end);

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
              _accord_json_decode_string (key, key_start + 1, p - 1);
              match = key->len == name_length
                      && memcmp (key->str, name, name_length) == 0;

              p = _accord_json_skip_ws (p, end);
              if (p == end || *p != ':')
                goto out;
              p = _accord_json_skip_ws (p + 1, end);
              if (p == end)
                goto out;
              if (match)
                break;

              p = _accord_json_skip_ws (skip_value (p, end), end);
              if (p == end || *p != ',')
                goto out;
              p = _accord_json_skip_ws (p + 1, end);
            }
        }

      found = p;
    }

  located = TRUE;

out:
  if (position != NULL)
    {
      if (found != NULL)
        *position = _accord_json_position_at (start, length, bom, found - start);
      else
        *position = (AccordJsonPosition) { 1, 1 };
    }

  return located;
}
