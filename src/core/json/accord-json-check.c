/* accord-json-check.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-json-check"

#include "config.h"

#include <glib/gi18n.h>

#include "accord-json-check-private.h"
#include "accord-text-clean.h"

/* A word or key quoted in a message is cut after this many characters. */
#define MAX_QUOTED_CHARS 40

typedef enum
{
  STATE_VALUE,
  STATE_KEY,
  STATE_AFTER_VALUE,
} AccordJsonCheckState;

/* Keys, words and characters are quoted in messages shown as plain text;
 * control and bidirectional formatting characters are written as escapes so
 * that a crafted key cannot garble or reorder the message around it.  The
 * text is valid UTF-8 without NUL: the checker made sure of it. */
char *
_accord_json_quote_for_message (const char *text,
                                gsize       length)
{
  const char *end = text + length;
  const char *cut = text;
  char *quoted;

  for (guint n_chars = 0; cut < end && n_chars < MAX_QUOTED_CHARS; n_chars++)
    cut = g_utf8_next_char (cut);

  quoted = accord_text_clean_len (text, cut - text, ACCORD_TEXT_CLEAN_ESCAPE);
  if (cut < end)
    {
      char *longer = g_strconcat (quoted, "…", NULL);

      g_free (quoted);
      quoted = longer;
    }

  return quoted;
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

/* Error reporting.  Only the first error counts; every helper returns NULL
 * so that scanners can report and return in one statement. */

const guchar *
_accord_json_fail_literal (AccordJsonChecker     *ck,
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

const guchar *
_accord_json_fail_nul (AccordJsonChecker *ck,
                       const guchar      *at)
{
  return _accord_json_fail_literal (ck, ACCORD_JSON_CHECK_ENCODING, at,
                                    _("the file contains a NUL byte"));
}

G_GNUC_PRINTF (4, 5)
const guchar *
_accord_json_fail_printf (AccordJsonChecker               *ck,
                          AccordJsonCheckResult  result,
                          const guchar          *at,
                          const char            *format,
                          ...)
{
  va_list args;

  if (ck->result != ACCORD_JSON_CHECK_OK)
    return NULL;

  if (result == ACCORD_JSON_CHECK_SYNTAX && at < ck->end && *at == 0)
    return _accord_json_fail_nul (ck, at);

  ck->result = result;
  ck->error_offset = at - ck->data;
  va_start (args, format);
  ck->message = g_strdup_vprintf (format, args);
  va_end (args);
  return NULL;
}

const guchar *
_accord_json_fail_utf8 (AccordJsonChecker *ck,
                        const guchar      *at)
{
  if (*at < 0xC2 || *at > 0xF4)
    return _accord_json_fail_printf (ck, ACCORD_JSON_CHECK_ENCODING, at,
                                     _("the file is not valid UTF-8 (byte 0x%02X cannot start a character)"),
                                     *at);
  return _accord_json_fail_printf (ck, ACCORD_JSON_CHECK_ENCODING, at,
                                   _("the file is not valid UTF-8 (byte 0x%02X starts an invalid or incomplete character)"),
                                   *at);
}

static const guchar *
fail_eof (AccordJsonChecker *ck)
{
  const AccordJsonFrame *frame;
  AccordJsonPosition open;

  if (ck->n_frames == 0)
    return _accord_json_fail_literal (ck, ACCORD_JSON_CHECK_SYNTAX, ck->end,
                                      _("unexpected end of file"));

  frame = &ck->frames[ck->n_frames - 1];
  open = _accord_json_position_at (ck->data, ck->end - ck->data, ck->bom, frame->open_offset);

  if (frame->kind == FRAME_ARRAY)
    return _accord_json_fail_printf (ck, ACCORD_JSON_CHECK_SYNTAX, ck->end,
                                     _("unexpected end of file: the array opened at line %u, column %u is not closed"),
                                     open.line, open.column);
  return _accord_json_fail_printf (ck, ACCORD_JSON_CHECK_SYNTAX, ck->end,
                                   _("unexpected end of file: the object opened at line %u, column %u is not closed"),
                                   open.line, open.column);
}

const guchar *
_accord_json_fail_unterminated_string (AccordJsonChecker *ck,
                                       const guchar      *start)
{
  AccordJsonPosition open = _accord_json_position_at (ck->data, ck->end - ck->data, ck->bom,
                                                      start - ck->data);

  return _accord_json_fail_printf (ck, ACCORD_JSON_CHECK_SYNTAX, ck->end,
                                   _("unexpected end of file: the string started at line %u, column %u is not closed"),
                                   open.line, open.column);
}

/* Reports what is wrong with an unexpected byte the same way wherever it
 * occurs (end of file, NUL, bad UTF-8, a comment); returns TRUE if it did,
 * so the caller only has to word the remaining cases. */
static gboolean
fail_common (AccordJsonChecker *ck,
             const guchar      *p)
{
  if (p == ck->end)
    fail_eof (ck);
  else if (*p == 0)
    _accord_json_fail_nul (ck, p);
  else if (*p >= 0x80 && _accord_json_utf8_sequence_length (p, ck->end) == 0)
    _accord_json_fail_utf8 (ck, p);
  else if (*p == '/' && ck->end - p >= 2 && (p[1] == '/' || p[1] == '*'))
    _accord_json_fail_literal (ck, ACCORD_JSON_CHECK_SYNTAX, p,
                               _("comments are not allowed in JSON"));
  else
    return FALSE;

  return TRUE;
}

static const guchar *
fail_expected_value (AccordJsonChecker *ck,
                     const guchar      *p,
                     gboolean           after_comma)
{
  g_autofree char *found = NULL;

  if (fail_common (ck, p))
    return NULL;

  if (*p == '\'')
    return _accord_json_fail_literal (ck, ACCORD_JSON_CHECK_SYNTAX, p,
                                      _("strings must use double quotes"));
  if (*p == '+')
    return _accord_json_fail_literal (ck, ACCORD_JSON_CHECK_SYNTAX, p,
                                      _("numbers must not start with '+'"));
  if (*p == '.' && ck->end - p >= 2 && _accord_json_is_digit (p[1]))
    return _accord_json_fail_literal (ck, ACCORD_JSON_CHECK_SYNTAX, p,
                                      _("numbers must have a digit before the decimal point"));
  if (after_comma && (*p == ']' || *p == '}'))
    return _accord_json_fail_literal (ck, ACCORD_JSON_CHECK_SYNTAX, p,
                                      _("trailing commas are not allowed in JSON"));

  found = describe_character (p);
  return _accord_json_fail_printf (ck, ACCORD_JSON_CHECK_SYNTAX, p,
                                   _("expected a value, found %s"), found);
}

static const guchar *
fail_expected_key (AccordJsonChecker *ck,
                   const guchar      *p,
                   gboolean           after_comma)
{
  g_autofree char *found = NULL;

  if (fail_common (ck, p))
    return NULL;

  if (*p == '\'')
    return _accord_json_fail_literal (ck, ACCORD_JSON_CHECK_SYNTAX, p,
                                      _("strings must use double quotes"));
  if (_accord_json_is_word_byte (*p))
    return _accord_json_fail_literal (ck, ACCORD_JSON_CHECK_SYNTAX, p,
                                      _("object keys must be strings in double quotes"));
  if (after_comma && *p == '}')
    return _accord_json_fail_literal (ck, ACCORD_JSON_CHECK_SYNTAX, p,
                                      _("trailing commas are not allowed in JSON"));

  found = describe_character (p);
  return _accord_json_fail_printf (ck, ACCORD_JSON_CHECK_SYNTAX, p,
                                   _("expected a key in double quotes, found %s"), found);
}

static const guchar *
fail_expected_colon (AccordJsonChecker *ck,
                     const guchar      *p)
{
  g_autofree char *found = NULL;

  if (fail_common (ck, p))
    return NULL;

  found = describe_character (p);
  return _accord_json_fail_printf (ck, ACCORD_JSON_CHECK_SYNTAX, p,
                                   _("expected ':' after an object key, found %s"), found);
}

static const guchar *
fail_expected_separator (AccordJsonChecker   *ck,
                         const guchar        *p,
                         AccordJsonFrameKind  kind)
{
  g_autofree char *found = NULL;

  if (fail_common (ck, p))
    return NULL;

  found = describe_character (p);
  if (kind == FRAME_ARRAY)
    return _accord_json_fail_printf (ck, ACCORD_JSON_CHECK_SYNTAX, p,
                                     _("expected ',' or ']' after an array element, found %s"),
                                     found);
  return _accord_json_fail_printf (ck, ACCORD_JSON_CHECK_SYNTAX, p,
                                   _("expected ',' or '}' after an object member, found %s"),
                                   found);
}

static const guchar *
fail_trailing (AccordJsonChecker *ck,
               const guchar      *p)
{
  if (fail_common (ck, p))
    return NULL;

  return _accord_json_fail_literal (ck, ACCORD_JSON_CHECK_SYNTAX, p,
                                    _("unexpected data after the end of the JSON value"));
}

/* Catches UTF-16 and UTF-32 before the first NUL byte is reported as such,
 * since "the file is UTF-16" tells the author what to do. */
static gboolean
check_foreign_encoding (AccordJsonChecker *ck)
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

  _accord_json_fail_literal (ck, ACCORD_JSON_CHECK_ENCODING, d,
                             utf32 ? _("the file is UTF-32, not UTF-8")
                                   : _("the file is UTF-16, not UTF-8"));
  return TRUE;
}

static gboolean
count_value (AccordJsonChecker *ck,
             const guchar      *p)
{
  if (ck->n_values++ < ck->max_values)
    return TRUE;

  _accord_json_fail_printf (ck, ACCORD_JSON_CHECK_LIMIT, p,
                            ngettext ("the file holds more than %lu value",
                                      "the file holds more than %lu values",
                                      (gulong) ck->max_values),
                            (gulong) ck->max_values);
  return FALSE;
}

static gboolean
push_frame (AccordJsonChecker   *ck,
            AccordJsonFrameKind  kind,
            const guchar        *at)
{
  AccordJsonFrame *frame;

  if (ck->n_frames >= ck->max_depth)
    {
      _accord_json_fail_printf (ck, ACCORD_JSON_CHECK_LIMIT, at,
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
      ck->frames = g_renew (AccordJsonFrame, ck->frames, size);
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

  if (ck->doc != NULL)
    {
      AccordJsonType type = kind == FRAME_ARRAY ? ACCORD_JSON_ARRAY : ACCORD_JSON_OBJECT;

      frame->doc_node = _accord_json_doc_add_node (ck->doc, type, 0, 0);
      _accord_json_doc_attach (ck->doc, frame->doc_node, ck->n_frames > 1);
      frame->doc_mark = ck->doc->n_stack;
    }

  return TRUE;
}

/* The document's counterpart of pop_frame(), only when a container really
 * closes. */
static inline void
doc_close (AccordJsonChecker *ck)
{
  const AccordJsonFrame *frame = &ck->frames[ck->n_frames - 1];

  if (ck->doc != NULL)
    _accord_json_doc_close (ck->doc, frame->doc_node, frame->doc_mark);
}

/* start is at the opening quote, end after the closing one. */
static inline void
doc_add_string (AccordJsonChecker *ck,
                const guchar      *start,
                const guchar      *end,
                gboolean           has_escape)
{
  AccordJsonNode node;

  if (has_escape)
    node = _accord_json_doc_add_escaped (ck->doc, start, end);
  else
    node = _accord_json_doc_add_plain_string (ck->doc, start, end);
  _accord_json_doc_attach (ck->doc, node, ck->n_frames > 0);
}

static void
doc_add_word (AccordJsonChecker *ck,
              const guchar      *start)
{
  AccordJsonNode node;

  if (*start == 'n')
    node = _accord_json_doc_add_node (ck->doc, ACCORD_JSON_NULL, 0, 0);
  else
    node = _accord_json_doc_add_node (ck->doc, ACCORD_JSON_BOOLEAN, 0, *start == 't');
  _accord_json_doc_attach (ck->doc, node, ck->n_frames > 0);
}

static void
pop_frame (AccordJsonChecker *ck)
{
  AccordJsonFrame *frame = &ck->frames[--ck->n_frames];

  g_clear_pointer (&frame->keys, g_hash_table_unref);
  g_clear_pointer (&frame->str_hashes, g_hash_table_unref);
  ck->n_entries = frame->first_entry;
  g_string_truncate (ck->arena, frame->arena_mark);
}

static void
check_bytes (AccordJsonChecker *ck)
{
  const guchar *end = ck->end;
  const guchar *p = ck->data + ck->bom;
  AccordJsonCheckState state = STATE_VALUE;
  gboolean after_comma = FALSE;

  p = _accord_json_skip_ws (p, end);
  if (p == end)
    {
      _accord_json_fail_literal (ck, ACCORD_JSON_CHECK_SYNTAX, ck->data,
                                 _("the file is empty"));
      return;
    }

  for (;;)
    {
      p = _accord_json_skip_ws (p, end);

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
                AccordJsonFrameKind kind = *p == '[' ? FRAME_ARRAY : FRAME_OBJECT;
                guchar closer = *p == '[' ? ']' : '}';

                if (!count_value (ck, p) || !push_frame (ck, kind, p))
                  return;
                p = _accord_json_skip_ws (p + 1, end);
                after_comma = FALSE;
                if (p < end && *p == closer)
                  {
                    doc_close (ck);
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
                const guchar *start = p;
                gboolean has_escape;

                if (!count_value (ck, p))
                  return;
                p = _accord_json_scan_string (ck, p, &has_escape);
                if (p != NULL && ck->doc != NULL)
                  doc_add_string (ck, start, p, has_escape);
                state = STATE_AFTER_VALUE;
              }
              break;

            case '-':
            case '0': case '1': case '2': case '3': case '4':
            case '5': case '6': case '7': case '8': case '9':
              {
                const guchar *start = p;

                if (!count_value (ck, p))
                  return;
                p = _accord_json_scan_number (ck, p);
                if (p != NULL && ck->doc != NULL)
                  _accord_json_doc_attach (ck->doc,
                                           _accord_json_doc_add_number (ck->doc, start, p),
                                           ck->n_frames > 0);
                state = STATE_AFTER_VALUE;
              }
              break;

            default:
              if (_accord_json_is_word_byte (*p))
                {
                  const guchar *start = p;

                  if (!count_value (ck, p))
                    return;
                  p = _accord_json_scan_word (ck, p);
                  if (p != NULL && ck->doc != NULL)
                    doc_add_word (ck, start);
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

            p = _accord_json_scan_string (ck, p, &has_escape);
            if (p == NULL || !_accord_json_add_key (ck, key_start, p, has_escape))
              return;
            if (ck->doc != NULL)
              doc_add_string (ck, key_start, p, has_escape);

            p = _accord_json_skip_ws (p, end);
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
            const AccordJsonFrame *frame;

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
                doc_close (ck);
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

/* Checks, and fills @doc (if not NULL) along the way; the caller owns the
 * document and drops it unless the result is ACCORD_JSON_CHECK_OK. */
AccordJsonCheckResult
_accord_json_check_run (const char              *data,
                        gsize                    length,
                        const AccordJsonLimits  *limits,
                        AccordJsonDoc           *doc,
                        AccordJsonPosition      *position,
                        char                   **message)
{
  AccordJsonChecker ck = { 0, };
  AccordJsonCheckResult result;

  if (data == NULL)
    data = "";

  ck.data = (const guchar *) data;
  ck.end = ck.data + length;
  ck.bom = _accord_json_bom_length (ck.data, length);
  ck.max_depth = limits->max_depth;
  ck.max_values = limits->max_values;
  ck.arena = g_string_new (NULL);
  ck.result = ACCORD_JSON_CHECK_OK;
  ck.doc = doc;

  if (!check_foreign_encoding (&ck))
    check_bytes (&ck);

  while (ck.n_frames > 0)
    pop_frame (&ck);
  g_free (ck.frames);
  g_free (ck.entries);
  g_string_free (ck.arena, TRUE);

  result = ck.result;
  if (doc != NULL && result == ACCORD_JSON_CHECK_OK)
    _accord_json_doc_finish (doc);

  if (position != NULL)
    {
      if (result == ACCORD_JSON_CHECK_OK)
        *position = (AccordJsonPosition) { 0, 0 };
      else
        *position = _accord_json_position_at (ck.data, length, ck.bom, ck.error_offset);
    }

  if (message != NULL)
    *message = g_steal_pointer (&ck.message);
  else
    g_free (ck.message);

  return result;
}

AccordJsonCheckResult
accord_json_check (const char              *data,
                   gsize                    length,
                   const AccordJsonLimits  *limits,
                   AccordJsonPosition      *position,
                   char                   **message)
{
  g_return_val_if_fail (data != NULL || length == 0, ACCORD_JSON_CHECK_SYNTAX);
  g_return_val_if_fail (limits != NULL, ACCORD_JSON_CHECK_SYNTAX);

  return _accord_json_check_run (data, length, limits, NULL, position, message);
}
