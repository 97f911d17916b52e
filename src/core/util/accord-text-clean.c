/* accord-text-clean.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One rule for untrusted text, wherever it is shown: exports, the command
 * line's output, error messages.
 */

#define G_LOG_DOMAIN "accord-text"

#include "config.h"

#include <string.h>

#include "accord-text-clean.h"

/*
 * The characters, and what becomes of them.
 *
 * Briefings come from anywhere; their text reaches terminals, editors, PDF
 * viewers and error messages.  Invalid UTF-8 is always replaced with U+FFFD
 * first (Pango would warn, terminals would guess).  Then:
 *
 *  - CONTROL: the C0 and C1 control characters, U+0000–U+001F and
 *    U+007F–U+009F.  An escape sequence (ESC, CSI, OSC…) can drive the
 *    terminal that shows the text, and a carriage return can hide a line.
 *    Removed; a space with CONTROLS_TO_SPACE.  Newline and tab are kept
 *    with KEEP_NEWLINE_TAB.
 *  - BIDI_CONTROL: the bidirectional embeddings and overrides
 *    U+202A–U+202E and isolates U+2066–U+2069, which make text display in
 *    an order other than the one it is read in ("Trojan Source").  Always
 *    removed (they are invisible: a space would add nothing).
 *  - SEPARATOR: the line and paragraph separators U+2028 and U+2029.  Kept;
 *    a newline with SEPARATORS_TO_NEWLINE, a space with CONTROLS_TO_SPACE.
 *  - MARK: the implicit direction marks U+061C, U+200E, U+200F and the
 *    byte order mark U+FEFF.  Kept, since right-to-left and mixed text
 *    needs the marks; zero-width joiners are never touched, some scripts
 *    need them.
 *  - NONCHARACTER: U+FDD0–U+FDEF and U+xFFFE, U+xFFFF.  Valid UTF-8, but
 *    cairo 1.16 refuses them in PDF text, metadata and bookmarks.  Kept;
 *    U+FFFD with REPLACE_NONCHARACTERS.
 *
 * With ESCAPE, every CONTROL, BIDI_CONTROL, SEPARATOR and MARK character is
 * written as "\uXXXX" instead, so that a message quoting a crafted key can
 * be neither garbled nor reordered, and says what was there.
 */

typedef enum
{
  CHAR_PLAIN,
  CHAR_CONTROL,
  CHAR_BIDI_CONTROL,
  CHAR_SEPARATOR,
  CHAR_MARK,
  CHAR_NONCHARACTER,
} AccordTextCharClass;

static AccordTextCharClass
classify (gunichar c)
{
  if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
    return CHAR_CONTROL;
  if (c < 0x61c)
    return CHAR_PLAIN;
  if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069))
    return CHAR_BIDI_CONTROL;
  if (c == 0x2028 || c == 0x2029)
    return CHAR_SEPARATOR;
  if (c == 0x061c || c == 0x200e || c == 0x200f || c == 0xfeff)
    return CHAR_MARK;
  if ((c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) == 0xfffe)
    return CHAR_NONCHARACTER;
  return CHAR_PLAIN;
}

static inline gboolean
is_blank (char c)
{
  return c == ' ' || c == '\t' || c == '\n';
}

/* Runs of blanks become one space, none at either end. */
static void
squeeze_blanks (GString *str)
{
  gsize out = 0;
  gboolean blank = FALSE;

  for (gsize i = 0; i < str->len; i++)
    {
      if (is_blank (str->str[i]))
        {
          blank = TRUE;
          continue;
        }
      if (blank && out > 0)
        str->str[out++] = ' ';
      blank = FALSE;
      str->str[out++] = str->str[i];
    }

  g_string_truncate (str, out);
}

static void
strip_blanks (GString *str)
{
  gsize start = 0;

  while (str->len > 0 && is_blank (str->str[str->len - 1]))
    g_string_truncate (str, str->len - 1);
  while (start < str->len && is_blank (str->str[start]))
    start++;
  g_string_erase (str, 0, start);
}

/**
 * accord_text_clean_len:
 * @text: (nullable): UTF-8 text, possibly invalid
 * @length: its length in bytes, or -1 if it is NUL-terminated
 * @flags: what to do with the characters listed above
 *
 * Returns: (transfer full): the text, valid UTF-8 and cleaned; "" for
 *   %NULL
 */
char *
accord_text_clean_len (const char           *text,
                       gssize                length,
                       AccordTextCleanFlags  flags)
{
  g_autofree char *valid = NULL;
  GString *out;

  if (text == NULL)
    return g_strdup ("");

  valid = g_utf8_make_valid (text, length);
  out = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      AccordTextCharClass klass = classify (c);

      if ((flags & ACCORD_TEXT_CLEAN_KEEP_NEWLINE_TAB) && (c == '\n' || c == '\t'))
        klass = CHAR_PLAIN;
      /* One line: a line break or a tab parts two words as a space does
       * ("harbour<br>wall" in a TimelineJS headline). */
      if ((flags & ACCORD_TEXT_CLEAN_ONE_LINE) && (c == '\n' || c == '\r' || c == '\t'))
        {
          g_string_append_c (out, ' ');
          continue;
        }

      if ((flags & ACCORD_TEXT_CLEAN_ESCAPE) &&
          klass != CHAR_PLAIN && klass != CHAR_NONCHARACTER)
        {
          g_string_append_printf (out, "\\u%04X", c);
          continue;
        }

      switch (klass)
        {
        case CHAR_CONTROL:
          if (flags & ACCORD_TEXT_CLEAN_CONTROLS_TO_SPACE)
            g_string_append_c (out, ' ');
          break;

        case CHAR_BIDI_CONTROL:
          break;

        case CHAR_SEPARATOR:
          if (flags & ACCORD_TEXT_CLEAN_SEPARATORS_TO_NEWLINE)
            g_string_append_c (out, '\n');
          else if (flags & ACCORD_TEXT_CLEAN_CONTROLS_TO_SPACE)
            g_string_append_c (out, ' ');
          else
            g_string_append_unichar (out, c);
          break;

        case CHAR_NONCHARACTER:
          g_string_append_unichar (out, (flags & ACCORD_TEXT_CLEAN_REPLACE_NONCHARACTERS) ? 0xfffd : c);
          break;

        case CHAR_MARK:
        case CHAR_PLAIN:
        default:
          g_string_append_unichar (out, c);
          break;
        }
    }

  if (flags & ACCORD_TEXT_CLEAN_ONE_LINE)
    squeeze_blanks (out);
  else if (flags & ACCORD_TEXT_CLEAN_STRIP)
    strip_blanks (out);

  return g_string_free (out, FALSE);
}

/**
 * accord_text_clean:
 * @text: (nullable): NUL-terminated UTF-8 text, possibly invalid
 * @flags: what to do with the characters listed above
 *
 * Returns: (transfer full): the text, valid UTF-8 and cleaned; "" for
 *   %NULL
 */
char *
accord_text_clean (const char           *text,
                   AccordTextCleanFlags  flags)
{
  return accord_text_clean_len (text, -1, flags);
}
