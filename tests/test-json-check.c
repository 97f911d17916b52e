/* test-json-check.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib.h>

#include "accord-json-check.h"

static const AccordJsonLimits default_limits = { 64, 1000000 };

/* -1 as length means "up to the NUL", so that most cases stay readable;
 * inputs holding NUL bytes give their length. */
typedef struct
{
  const char            *input;
  gssize                 length;
  AccordJsonCheckResult  result;
  guint                  line;
  guint                  column;
  const char            *message;
} InvalidCase;

static const InvalidCase invalid_cases[] = {
  /* Empty input */
  { "", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 1, "the file is empty" },
  { "  \n\t\r\n ", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 1, "the file is empty" },
  { "\xEF\xBB\xBF", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 1, "the file is empty" },

  /* Comments */
  { "[1, /* two */ 2]", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 5, "comments are not allowed in JSON" },
  { "// note\n[1]", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 1, "comments are not allowed in JSON" },
  { "[1] // note", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 5, "comments are not allowed in JSON" },
  { "{\"a\": 1 /* x */}", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 9, "comments are not allowed in JSON" },

  /* Quotes */
  { "{'a': 1}", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 2, "strings must use double quotes" },
  { "['a']", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 2, "strings must use double quotes" },
  { "{a: 1}", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 2, "object keys must be strings in double quotes" },

  /* Numbers */
  { "[0x10]", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 2, "hexadecimal numbers are not allowed" },
  { "[010]", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 2, "numbers must not have leading zeros" },
  { "[-012]", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 3, "numbers must not have leading zeros" },
  { "[0b1]", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 2, "binary numbers are not allowed" },
  { "[0o7]", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 2, "octal numbers are not allowed" },
  { "[+1]", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 2, "numbers must not start with '+'" },
  { "[.5]", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 2, "digit before the decimal point" },
  { "[1.]", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 4, "a digit must follow the decimal point" },
  { "[1.e5]", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 4, "a digit must follow the decimal point" },
  { "[1e]", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 4, "a digit must follow the exponent" },
  { "[1E+]", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 5, "a digit must follow the exponent" },
  { "1e", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 3, "a digit must follow the exponent" },
  { "[-]", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 3, "a digit must follow the minus sign" },
  { "[- 1]", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 3, "a digit must follow the minus sign" },
  { "[1.5.3]", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 5, "invalid character '.' in a number" },
  { "[12a]", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 4, "invalid character 'a' in a number" },
  { "[NaN]", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 2, "NaN and Infinity are not allowed" },
  { "[Infinity]", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 2, "NaN and Infinity are not allowed" },
  { "[1, -Infinity]", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 5, "NaN and Infinity are not allowed" },

  /* Words */
  { "[True]", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 2, "unknown word 'True'" },
  { "[nul]", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 2, "unknown word 'nul'" },
  { "[nulll]", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 2, "unknown word 'nulll'" },
  { "{\"a\": undefined}", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 7, "unknown word 'undefined'" },
  { "[$10]", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 2, "unknown word '$10'" },
  { "var x = [1]", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 1, "unknown word 'var'" },

  /* Commas and colons */
  { "[1,]", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 4, "trailing commas are not allowed" },
  { "{\"a\":1,}", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 8, "trailing commas are not allowed" },
  { "[1,\r\n2,\n]", -1, ACCORD_JSON_CHECK_SYNTAX, 3, 1, "trailing commas are not allowed" },
  { "[1,\r2,\r]", -1, ACCORD_JSON_CHECK_SYNTAX, 3, 1, "trailing commas are not allowed" },
  { "[1,\r\r\n2,\r\n  ]", -1, ACCORD_JSON_CHECK_SYNTAX, 4, 3, "trailing commas are not allowed" },
  { "[,1]", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 2, "expected a value, found ','" },
  { "{\"a\":}", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 6, "expected a value, found '}'" },
  { "[1 2]", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 4, "expected ',' or ']' after an array element, found '2'" },
  { "[1}", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 3, "expected ',' or ']'" },
  { "{\"a\":1 \"b\":2}", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 8, "expected ',' or '}' after an object member, found '\"'" },
  { "{\"a\" 1}", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 6, "expected ':' after an object key, found '1'" },
  { "{\"a\"=1}", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 5, "expected ':'" },
  { "{\"a\":1,,\"b\":2}", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 8, "expected a key in double quotes, found ','" },
  { "{1:2}", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 2, "object keys must be strings" },

  /* Unterminated */
  { "[", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 2, "unexpected end of file: the array opened at line 1, column 1 is not closed" },
  { "{", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 2, "unexpected end of file: the object opened at line 1, column 1 is not closed" },
  { "[1,\n [2,\n  3", -1, ACCORD_JSON_CHECK_SYNTAX, 3, 4, "the array opened at line 2, column 2 is not closed" },
  { "{\"a\":\n  {\"b\"", -1, ACCORD_JSON_CHECK_SYNTAX, 2, 7, "the object opened at line 2, column 3 is not closed" },
  { "{\"a\":", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 6, "the object opened at line 1, column 1 is not closed" },
  { "[1,", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 4, "the array opened at line 1, column 1 is not closed" },
  { "\"abc", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 5, "the string started at line 1, column 1 is not closed" },
  { "[\n \"abc\\", -1, ACCORD_JSON_CHECK_SYNTAX, 2, 7, "the string started at line 2, column 2 is not closed" },

  /* After the value */
  { "[1] [2]", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 5, "unexpected data after the end of the JSON value" },
  { "{} x", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 4, "unexpected data after the end of the JSON value" },
  { "[1]\n\n  ,", -1, ACCORD_JSON_CHECK_SYNTAX, 3, 3, "unexpected data after the end of the JSON value" },
  { "1 2", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 3, "unexpected data after the end of the JSON value" },
  { "[1]\xEF\xBB\xBF", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 4, "unexpected data after the end of the JSON value" },

  /* Strings */
  { "[\"a\tb\"]", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 4, "control character U+0009 must be escaped in a string" },
  { "[\"a\nb\"]", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 4, "control character U+000A must be escaped" },
  { "[\"\x1f\"]", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 3, "control character U+001F must be escaped" },
  { "[\"\\x41\"]", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 3, "invalid escape sequence \\x in a string" },
  { "[\"ab\\'\"]", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 5, "invalid escape sequence \\'" },
  { "[\"\\u12\"]", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 3, "\\u must be followed by four hexadecimal digits" },
  { "[\"\\u12G4\"]", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 3, "four hexadecimal digits" },
  { "[\"\\U0041\"]", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 3, "invalid escape sequence \\U" },
  { "[\"\\\xC3\xA9\"]", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 3, "invalid escape sequence in a string" },

  /* Encoding */
  { "[1,\0]", 5, ACCORD_JSON_CHECK_ENCODING, 1, 4, "NUL byte" },
  { "[\"a\0\"]", 6, ACCORD_JSON_CHECK_ENCODING, 1, 4, "NUL byte" },
  { "[1]\0", 4, ACCORD_JSON_CHECK_ENCODING, 1, 4, "NUL byte" },
  { "[\"\\\0\"]", 6, ACCORD_JSON_CHECK_ENCODING, 1, 4, "NUL byte" },
  { "[1.\0]", 5, ACCORD_JSON_CHECK_ENCODING, 1, 4, "NUL byte" },
  { "[-\0]", 4, ACCORD_JSON_CHECK_ENCODING, 1, 3, "NUL byte" },
  { "[tru\0]", 6, ACCORD_JSON_CHECK_ENCODING, 1, 5, "NUL byte" },
  { "[\"\\u00\0\"]", 9, ACCORD_JSON_CHECK_ENCODING, 1, 7, "NUL byte" },
  { "{\"a\"\0:1}", 8, ACCORD_JSON_CHECK_ENCODING, 1, 5, "NUL byte" },
  { "[\"\xC3\"]", -1, ACCORD_JSON_CHECK_ENCODING, 1, 3, "the file is not valid UTF-8 (byte 0xC3" },
  { "[\"\xC0\x80\"]", -1, ACCORD_JSON_CHECK_ENCODING, 1, 3, "not valid UTF-8 (byte 0xC0" },
  { "[\"\xE0\x80\xAF\"]", -1, ACCORD_JSON_CHECK_ENCODING, 1, 3, "not valid UTF-8 (byte 0xE0" },
  { "[\"\xED\xA0\x80\"]", -1, ACCORD_JSON_CHECK_ENCODING, 1, 3, "not valid UTF-8 (byte 0xED" },
  { "[\"\xF4\x90\x80\x80\"]", -1, ACCORD_JSON_CHECK_ENCODING, 1, 3, "not valid UTF-8 (byte 0xF4" },
  { "[\"\xF8\x88\x80\x80\x80\"]", -1, ACCORD_JSON_CHECK_ENCODING, 1, 3, "not valid UTF-8 (byte 0xF8" },
  { "[\"\xE2\x82", -1, ACCORD_JSON_CHECK_ENCODING, 1, 3, "not valid UTF-8 (byte 0xE2" },
  { "[\"\xC3\xA9\", \x80]", -1, ACCORD_JSON_CHECK_ENCODING, 1, 7, "not valid UTF-8 (byte 0x80" },
  { "\xFF\xFE[\0]\0", 6, ACCORD_JSON_CHECK_ENCODING, 1, 1, "the file is UTF-16, not UTF-8" },
  { "\xFE\xFF\0[\0]", 6, ACCORD_JSON_CHECK_ENCODING, 1, 1, "the file is UTF-16, not UTF-8" },
  { "\0[\0]", 4, ACCORD_JSON_CHECK_ENCODING, 1, 1, "the file is UTF-16, not UTF-8" },
  { "[\0]\0", 4, ACCORD_JSON_CHECK_ENCODING, 1, 1, "the file is UTF-16, not UTF-8" },
  { "[\0\0\0]\0\0\0", 8, ACCORD_JSON_CHECK_ENCODING, 1, 1, "the file is UTF-32, not UTF-8" },
  { "\0\0\0[\0\0\0]", 8, ACCORD_JSON_CHECK_ENCODING, 1, 1, "the file is UTF-32, not UTF-8" },
  { "[\"\\u0000\"]", -1, ACCORD_JSON_CHECK_ENCODING, 1, 3, "\\u0000 is not allowed in text" },
  { "{\"a\\u0000b\":1,\"a\":2}", -1, ACCORD_JSON_CHECK_ENCODING, 1, 4, "\\u0000 is not allowed in text" },
  { "[\"\\uD800\"]", -1, ACCORD_JSON_CHECK_ENCODING, 1, 3, "lone surrogate \\uD800" },
  { "[\"\\ud800x\"]", -1, ACCORD_JSON_CHECK_ENCODING, 1, 3, "lone surrogate \\uD800" },
  { "[\"\\uDC00\"]", -1, ACCORD_JSON_CHECK_ENCODING, 1, 3, "lone surrogate \\uDC00" },
  { "[\"x\\uD800\\u0041\"]", -1, ACCORD_JSON_CHECK_ENCODING, 1, 4, "lone surrogate \\uD800" },
  { "[\"\\uDBFF\\uDBFF\"]", -1, ACCORD_JSON_CHECK_ENCODING, 1, 3, "lone surrogate \\uDBFF" },
  { "[\"\\uD83D\\uDE00\\uDE00\"]", -1, ACCORD_JSON_CHECK_ENCODING, 1, 15, "lone surrogate \\uDE00" },

  /* Characters that are not JSON outside strings */
  { "[1,\xC2\xA0 2]", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 4, "expected a value, found U+00A0" },
  { "[\"\xC3\xA9\", x]", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 7, "unknown word 'x'" },
  { "[\"\xF0\x9F\x98\x80\"x]", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 5, "found 'x'" },
  { "\xEF\xBB\xBF[1,]", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 4, "trailing commas" },
  { "[1,\f2]", -1, ACCORD_JSON_CHECK_SYNTAX, 1, 4, "expected a value, found U+000C" },

  /* Duplicates */
  { "{\"a\":1,\"a\":2}", -1, ACCORD_JSON_CHECK_DUPLICATE, 1, 8, "duplicate key \"a\"" },
  { "{\"a\":1,\n \"\\u0061\":2}", -1, ACCORD_JSON_CHECK_DUPLICATE, 2, 2, "duplicate key \"a\"" },
  { "{\"\\u0061\":{\"\\u0062\":1,\"c\":2},\"\\u0064\":3,\"a\":4}", -1,
    ACCORD_JSON_CHECK_DUPLICATE, 1, 41, "duplicate key \"a\"" },
  { "{\"\":1,\"\":2}", -1, ACCORD_JSON_CHECK_DUPLICATE, 1, 7, "duplicate key \"\"" },
  { "{\"tab\\there\":1,\"tab\\u0009here\":2}", -1, ACCORD_JSON_CHECK_DUPLICATE, 1, 16,
    "duplicate key \"tab\\u0009here\"" },
  { "{\"\\u202Eevil\":1,\"\xE2\x80\xAE" "evil\":2}", -1, ACCORD_JSON_CHECK_DUPLICATE, 1, 17,
    "duplicate key \"\\u202Eevil\"" },
  { "[{\"a\":1},{\"a\":1,\"b\":2,\"a\":3}]", -1, ACCORD_JSON_CHECK_DUPLICATE, 1, 23, "duplicate key \"a\"" },

  /* Limits */
  { "[9223372036854775808]", -1, ACCORD_JSON_CHECK_LIMIT, 1, 2, "number out of range" },
  { "[-9223372036854775809]", -1, ACCORD_JSON_CHECK_LIMIT, 1, 2, "number out of range" },
  { "[1, 18446744073709551616]", -1, ACCORD_JSON_CHECK_LIMIT, 1, 5, "number out of range" },
  { "[1e400]", -1, ACCORD_JSON_CHECK_LIMIT, 1, 2, "number out of range" },
  { "[-1.8e308]", -1, ACCORD_JSON_CHECK_LIMIT, 1, 2, "number out of range" },
  { "[1.7976931348623159e308]", -1, ACCORD_JSON_CHECK_LIMIT, 1, 2, "number out of range" },
  { "[0.00001e314]", -1, ACCORD_JSON_CHECK_LIMIT, 1, 2, "number out of range" },
  { "[1e99999999999999999999999999]", -1, ACCORD_JSON_CHECK_LIMIT, 1, 2, "number out of range" },
};

typedef struct
{
  const char *input;
  gssize      length;
} ValidCase;

static const ValidCase valid_cases[] = {
  { "{}", -1 },
  { "[]", -1 },
  { " \t\r\n[ ] \r\n", -1 },
  { "\xEF\xBB\xBF{\"a\": [1, 2]}", -1 },
  { "{\"a\": {\"b\": [true, false, null, {\"c\": []}]}, \"d\": \"e\"}", -1 },
  { "[-0, 0, 1.5e-3, 1E2, 1e+2, 1e-2, 0.5, -0.0, 10, 123456789]", -1 },
  { "[9223372036854775807, -9223372036854775808]", -1 },
  { "[1.7976931348623157e308, -1.7976931348623157e308, 17976931348623157e292]", -1 },
  { "[1e-400, 0e999999999, 0.0e400, 0.000001e313, 1.0, 12345678901234567890.5]", -1 },
  { "[\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u0001 \\u00e9 \\u20AC \\uD83D\\uDE00\"]", -1 },
  { "[\"caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80 \xF4\x8F\xBF\xBF \x7F\"]", -1 },
  { "{\"a\":1,\"b\":2,\"c\":{\"a\":1,\"b\":2},\"d\":[{\"a\":1},{\"a\":1}]}", -1 },
  { "{\"\\u0061\":{\"\\u0062\":1,\"c\":2},\"\\u0064\":3,\"e\":4,\"\\u0062\":5}", -1 },
  { "true", -1 },
  { "null", -1 },
  { " \"text\" ", -1 },
  { "-12.5e3", -1 },
  { "0", -1 },
  { "\"\\u0041\\u00DF\\u6771\\uD834\\uDD1E\"", -1 },
};

static gsize
case_length (const char *input,
             gssize      length)
{
  return length < 0 ? strlen (input) : (gsize) length;
}

static void
test_invalid (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (invalid_cases); i++)
    {
      const InvalidCase *c = &invalid_cases[i];
      g_autofree char *message = NULL;
      g_autofree char *printable = g_strescape (c->input, NULL);
      AccordJsonPosition position = { 0, 0 };
      AccordJsonCheckResult result;

      result = accord_json_check (c->input, case_length (c->input, c->length),
                                  &default_limits, &position, &message);
      g_test_message ("case %u: %s -> %d %u:%u %s", i, printable, result,
                      position.line, position.column, message);

      g_assert_cmpint (result, ==, c->result);
      g_assert_cmpuint (position.line, ==, c->line);
      g_assert_cmpuint (position.column, ==, c->column);
      g_assert_nonnull (message);
      g_assert_nonnull (strstr (message, c->message));
      g_assert_true (g_utf8_validate (message, -1, NULL));
    }
}

static void
test_valid (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (valid_cases); i++)
    {
      const ValidCase *c = &valid_cases[i];
      g_autofree char *message = NULL;
      AccordJsonPosition position = { 7, 7 };
      AccordJsonCheckResult result;

      result = accord_json_check (c->input, case_length (c->input, c->length),
                                  &default_limits, &position, &message);
      if (result != ACCORD_JSON_CHECK_OK)
        g_test_message ("case %u: %s at %u:%u", i, message, position.line, position.column);

      g_assert_cmpint (result, ==, ACCORD_JSON_CHECK_OK);
      g_assert_null (message);
      g_assert_cmpuint (position.line, ==, 0);
      g_assert_cmpuint (position.column, ==, 0);
    }
}

static void
test_optional_outputs (void)
{
  AccordJsonPosition position;
  char *message = NULL;

  g_assert_cmpint (accord_json_check ("[1,]", 4, &default_limits, NULL, NULL),
                   ==, ACCORD_JSON_CHECK_SYNTAX);
  g_assert_cmpint (accord_json_check ("[1,]", 4, &default_limits, &position, NULL),
                   ==, ACCORD_JSON_CHECK_SYNTAX);
  g_assert_cmpuint (position.column, ==, 4);
  g_assert_cmpint (accord_json_check ("[1,]", 4, &default_limits, NULL, &message),
                   ==, ACCORD_JSON_CHECK_SYNTAX);
  g_assert_nonnull (message);
  g_free (message);

  /* The length is what counts, not a terminating NUL. */
  g_assert_cmpint (accord_json_check ("[1]xyz", 3, &default_limits, NULL, NULL),
                   ==, ACCORD_JSON_CHECK_OK);
  g_assert_cmpint (accord_json_check ("[1]xyz", 2, &default_limits, NULL, NULL),
                   ==, ACCORD_JSON_CHECK_SYNTAX);
  g_assert_cmpint (accord_json_check (NULL, 0, &default_limits, NULL, NULL),
                   ==, ACCORD_JSON_CHECK_SYNTAX);
}

/* Every proper prefix of a document that ends with a container is
 * incomplete. */
static void
test_truncated (void)
{
  const char *doc = "{\"a\": [1, 2.5e1, \"x\\u00e9\\uD83D\\uDE00\", {\"b\": null}], \"c\": true}";
  gsize length = strlen (doc);

  g_assert_cmpint (accord_json_check (doc, length, &default_limits, NULL, NULL),
                   ==, ACCORD_JSON_CHECK_OK);

  for (gsize i = 0; i < length; i++)
    {
      g_autofree char *copy = g_strndup (doc, i);
      AccordJsonCheckResult result;

      /* A heap copy of exactly i bytes, so that a read past the end shows
       * up under AddressSanitizer and valgrind. */
      char *exact = g_malloc (MAX (i, 1));
      memcpy (exact, copy, i);
      result = accord_json_check (exact, i, &default_limits, NULL, NULL);
      g_free (exact);

      g_assert_cmpint (result, !=, ACCORD_JSON_CHECK_OK);
    }
}

/* Strings are scanned several bytes at a time: put each kind of byte at
 * every offset within and across those words. */
static void
test_string_offsets (void)
{
  const struct
  {
    const char            *insert;
    AccordJsonCheckResult  result;
    guint                  column_after_prefix;  /* 0: no error */
  } inserts[] = {
    { " ", ACCORD_JSON_CHECK_OK, 0 },
    { "\x7F", ACCORD_JSON_CHECK_OK, 0 },
    { "!", ACCORD_JSON_CHECK_OK, 0 },
    { "\xC3\xA9", ACCORD_JSON_CHECK_OK, 0 },
    { "\xF0\x9F\x98\x80", ACCORD_JSON_CHECK_OK, 0 },
    { "\\n", ACCORD_JSON_CHECK_OK, 0 },
    { "\\u00e9", ACCORD_JSON_CHECK_OK, 0 },
    { "\t", ACCORD_JSON_CHECK_SYNTAX, 1 },
    { "\x1F", ACCORD_JSON_CHECK_SYNTAX, 1 },
    { "\xFF", ACCORD_JSON_CHECK_ENCODING, 1 },
    { "\xC3(", ACCORD_JSON_CHECK_ENCODING, 1 },
    { "\\q", ACCORD_JSON_CHECK_SYNTAX, 1 },
    { "\"", ACCORD_JSON_CHECK_SYNTAX, 2 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (inserts); i++)
    for (guint offset = 0; offset < 20; offset++)
      {
        g_autoptr(GString) s = g_string_new ("[\"");
        AccordJsonPosition position;
        AccordJsonCheckResult result;

        for (guint j = 0; j < offset; j++)
          g_string_append_c (s, 'a');
        g_string_append (s, inserts[i].insert);
        g_string_append (s, "bbbbbbbbbbbbbbbbb\"]");

        result = accord_json_check (s->str, s->len, &default_limits, &position, NULL);
        g_assert_cmpint (result, ==, inserts[i].result);
        if (inserts[i].column_after_prefix > 0)
          {
            g_assert_cmpuint (position.line, ==, 1);
            g_assert_cmpuint (position.column, ==, 2 + offset + inserts[i].column_after_prefix);
          }
      }
}

static GString *
repeat (const char *unit,
        guint       times)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < times; i++)
    g_string_append (s, unit);
  return s;
}

static void
test_deep_arrays (void)
{
  g_autoptr(GString) deep = repeat ("[", 100000);
  g_autoptr(GString) ok = repeat ("[", 64);
  g_autofree char *message = NULL;
  AccordJsonPosition position;

  g_assert_cmpint (accord_json_check (deep->str, deep->len, &default_limits,
                                      &position, &message),
                   ==, ACCORD_JSON_CHECK_LIMIT);
  g_assert_cmpuint (position.line, ==, 1);
  g_assert_cmpuint (position.column, ==, 65);
  g_assert_cmpstr (message, ==, "nesting is deeper than 64 levels");

  for (guint i = 0; i < 64; i++)
    g_string_append_c (ok, ']');
  g_assert_cmpint (accord_json_check (ok->str, ok->len, &default_limits, NULL, NULL),
                   ==, ACCORD_JSON_CHECK_OK);

  /* One more level fails, at the innermost opening bracket. */
  g_string_prepend_c (ok, '[');
  g_string_append_c (ok, ']');
  g_assert_cmpint (accord_json_check (ok->str, ok->len, &default_limits, &position, NULL),
                   ==, ACCORD_JSON_CHECK_LIMIT);
  g_assert_cmpuint (position.column, ==, 65);
}

static void
test_deep_objects (void)
{
  g_autoptr(GString) deep = repeat ("{\"a\":", 100000);
  g_autofree char *message = NULL;
  AccordJsonPosition position;

  g_assert_cmpint (accord_json_check (deep->str, deep->len, &default_limits,
                                      &position, &message),
                   ==, ACCORD_JSON_CHECK_LIMIT);
  g_assert_cmpuint (position.line, ==, 1);
  g_assert_cmpuint (position.column, ==, 64 * 5 + 1);
  g_assert_nonnull (strstr (message, "deeper than 64 levels"));
}

static void
test_depth_limit_values (void)
{
  AccordJsonLimits limits = { 1, 100 };
  AccordJsonPosition position;
  g_autofree char *message = NULL;

  g_assert_cmpint (accord_json_check ("[1, 2]", 6, &limits, NULL, NULL),
                   ==, ACCORD_JSON_CHECK_OK);
  g_assert_cmpint (accord_json_check ("[[1]]", 5, &limits, &position, &message),
                   ==, ACCORD_JSON_CHECK_LIMIT);
  g_assert_cmpuint (position.column, ==, 2);
  g_assert_cmpstr (message, ==, "nesting is deeper than 1 level");

  limits.max_depth = 0;
  g_assert_cmpint (accord_json_check ("7", 1, &limits, NULL, NULL),
                   ==, ACCORD_JSON_CHECK_OK);
  g_assert_cmpint (accord_json_check ("{}", 2, &limits, NULL, NULL),
                   ==, ACCORD_JSON_CHECK_LIMIT);
}

static void
test_max_values (void)
{
  AccordJsonLimits limits = { 64, 4 };
  AccordJsonPosition position;
  char *message = NULL;

  /* The array and its three elements: four values. */
  g_assert_cmpint (accord_json_check ("[1,2,3]", 7, &limits, NULL, NULL),
                   ==, ACCORD_JSON_CHECK_OK);
  g_assert_cmpint (accord_json_check ("[1,2,3,4]", 9, &limits, &position, &message),
                   ==, ACCORD_JSON_CHECK_LIMIT);
  g_assert_cmpuint (position.line, ==, 1);
  g_assert_cmpuint (position.column, ==, 8);
  g_assert_cmpstr (message, ==, "the file holds more than 4 values");
  g_clear_pointer (&message, g_free);

  /* Containers and object members count too. */
  g_assert_cmpint (accord_json_check ("{\"a\":{},\"b\":[]}", 15, &limits, NULL, NULL),
                   ==, ACCORD_JSON_CHECK_OK);
  g_assert_cmpint (accord_json_check ("[[],[],[],[]]", 13, &limits, &position, &message),
                   ==, ACCORD_JSON_CHECK_LIMIT);
  g_assert_cmpuint (position.column, ==, 11);
  g_clear_pointer (&message, g_free);

  limits.max_values = 1;
  g_assert_cmpint (accord_json_check ("[]", 2, &limits, NULL, NULL),
                   ==, ACCORD_JSON_CHECK_OK);
  g_assert_cmpint (accord_json_check ("[0]", 3, &limits, NULL, &message),
                   ==, ACCORD_JSON_CHECK_LIMIT);
  g_assert_cmpstr (message, ==, "the file holds more than 1 value");
  g_free (message);
}

static GString *
many_keys (guint       n,
           const char *last)
{
  GString *s = g_string_new ("{\n");

  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, "%s\"key%u\": %u", i > 0 ? ",\n" : "", i, i);
  if (last != NULL)
    g_string_append_printf (s, ",\n%s: 0", last);
  g_string_append (s, "\n}");
  return s;
}

static void
test_many_keys (void)
{
  g_autoptr(GString) distinct = many_keys (40000, NULL);
  g_autoptr(GString) late_duplicate = many_keys (40000, "\"key\\u0031\"");
  g_autoptr(GString) same = g_string_new ("{\"k\":0");
  g_autofree char *message = NULL;
  AccordJsonPosition position;
  double elapsed;

  g_test_timer_start ();
  g_assert_cmpint (accord_json_check (distinct->str, distinct->len, &default_limits,
                                      NULL, NULL),
                   ==, ACCORD_JSON_CHECK_OK);
  elapsed = g_test_timer_elapsed ();
  g_test_message ("40,000 distinct keys: %.2f ms", elapsed * 1000);
  /* Generous, to hold under valgrind; a quadratic check takes far longer. */
  g_assert_cmpfloat (elapsed, <, 2.0);

  g_test_timer_start ();
  g_assert_cmpint (accord_json_check (late_duplicate->str, late_duplicate->len,
                                      &default_limits, &position, &message),
                   ==, ACCORD_JSON_CHECK_DUPLICATE);
  elapsed = g_test_timer_elapsed ();
  g_test_message ("40,000 keys and a duplicate: %.2f ms", elapsed * 1000);
  g_assert_cmpfloat (elapsed, <, 2.0);
  g_assert_cmpuint (position.line, ==, 40002);
  g_assert_cmpuint (position.column, ==, 1);
  g_assert_cmpstr (message, ==, "duplicate key \"key1\"");
  g_clear_pointer (&message, g_free);

  /* 40,000 repetitions of one key: rejected at the first repetition. */
  for (guint i = 1; i < 40000; i++)
    g_string_append (same, ",\"k\":0");
  g_string_append_c (same, '}');
  g_assert_cmpint (accord_json_check (same->str, same->len, &default_limits,
                                      &position, &message),
                   ==, ACCORD_JSON_CHECK_DUPLICATE);
  g_assert_cmpuint (position.column, ==, 8);
  g_assert_cmpstr (message, ==, "duplicate key \"k\"");
}

/* Duplicates around the switch from pairwise comparison to the hash table,
 * with escaped keys on both sides of it and objects nested in between. */
static void
test_duplicates_at_threshold (void)
{
  for (guint n = 1; n <= 20; n++)
    for (guint dup = 0; dup < n; dup++)
      {
        g_autoptr(GString) s = g_string_new ("{");
        g_autofree char *message = NULL;
        g_autofree char *expected = g_strdup_printf ("duplicate key \"k%u\"", dup);
        AccordJsonPosition position;
        gsize dup_offset;

        for (guint i = 0; i < n; i++)
          {
            if (i % 3 == 0)
              g_string_append_printf (s, "\"\\u006b%u\":{\"k%u\":[{\"k0\":1,\"k0x\":2}]},", i, dup);
            else
              g_string_append_printf (s, "\"k%u\":%u,", i, i);
          }
        dup_offset = s->len;
        g_string_append_printf (s, "\"k%u\":true}", dup);

        g_assert_cmpint (accord_json_check (s->str, s->len, &default_limits,
                                            &position, &message),
                         ==, ACCORD_JSON_CHECK_DUPLICATE);
        g_assert_cmpstr (message, ==, expected);
        g_assert_cmpuint (position.column, ==, dup_offset + 1);

        /* Without the duplicate, the same object is fine. */
        g_string_truncate (s, dup_offset);
        g_string_append (s, "\"other\":true}");
        g_assert_cmpint (accord_json_check (s->str, s->len, &default_limits, NULL, NULL),
                         ==, ACCORD_JSON_CHECK_OK);
      }
}

static const char locate_doc[] =
  "{\n"                                                  /* 1 */
  "  \"title\": \"Accord\",\n"                           /* 2 */
  "  \"sections\": [\n"                                  /* 3 */
  "    {\"name\": \"one\", \"quotes\": []},\n"           /* 4 */
  "    {\n"                                              /* 5 */
  "      \"name\": \"d\xC3\xA9j\xC3\xA0\",\n"            /* 6 */
  "      \"quotes\": [\n"                                /* 7 */
  "        {\"speaker\": \"A\", \"text\": \"x, [y]\"},\n"  /* 8 */
  "        { \"sp\\u0065aker\" : \"B\" }\n"              /* 9 */
  "      ]\n"                                            /* 10 */
  "    }\n"                                              /* 11 */
  "  ],\n"                                               /* 12 */
  "  \"events\": [1, {\"a\": \"}\"}, [3, [4, 5]]],\n"    /* 13 */
  "  \"caf\\u00e9\": true, \"\xC3\xA9t\xC3\xA9\": 5,\n"  /* 14 */
  "  \"q\\\"uote\": null\n"                              /* 15 */
  "}\n";

typedef struct
{
  const char *path;
  gboolean    found;
  guint       line;
  guint       column;
} LocateCase;

static const LocateCase locate_cases[] = {
  { "", TRUE, 1, 1 },
  { "title", TRUE, 2, 12 },
  { "sections", TRUE, 3, 15 },
  { "sections[0]", TRUE, 4, 5 },
  { "sections[0].quotes", TRUE, 4, 31 },
  { "sections[1]", TRUE, 5, 5 },
  { "sections[1].name", TRUE, 6, 15 },
  { "sections[1].quotes[0].text", TRUE, 8, 34 },
  { "sections[1].quotes[1].speaker", TRUE, 9, 28 },
  { "events[0]", TRUE, 13, 14 },
  { "events[1].a", TRUE, 13, 23 },
  { "events[2]", TRUE, 13, 29 },
  { "events[2][1][1]", TRUE, 13, 37 },
  { "caf\xC3\xA9", TRUE, 14, 16 },
  { "\xC3\xA9t\xC3\xA9", TRUE, 14, 29 },
  { "q\"uote", TRUE, 15, 14 },
  /* Missing: the deepest value that exists. */
  { "nope", FALSE, 1, 1 },
  { "sections[2]", FALSE, 3, 15 },
  { "sections[1].quotes[0].nope", FALSE, 8, 9 },
  { "sections[1].quotes[7]", FALSE, 7, 17 },
  { "title.x", FALSE, 2, 12 },
  { "title[0]", FALSE, 2, 12 },
  { "events.x", FALSE, 13, 13 },
  { "events[99999999999999999999999]", FALSE, 13, 13 },
  { "events[x]", FALSE, 13, 13 },
  { "sections[0].quotes[0]", FALSE, 4, 31 },
};

static void
test_locate (void)
{
  gsize length = strlen (locate_doc);

  g_assert_cmpint (accord_json_check (locate_doc, length, &default_limits, NULL, NULL),
                   ==, ACCORD_JSON_CHECK_OK);

  for (guint i = 0; i < G_N_ELEMENTS (locate_cases); i++)
    {
      const LocateCase *c = &locate_cases[i];
      AccordJsonPosition position = { 0, 0 };
      gboolean found;

      found = accord_json_locate (locate_doc, length, c->path, &position);
      g_test_message ("%s -> %d %u:%u", c->path, found, position.line, position.column);
      g_assert_cmpint (found, ==, c->found);
      g_assert_cmpuint (position.line, ==, c->line);
      g_assert_cmpuint (position.column, ==, c->column);
    }
}

static void
test_locate_edges (void)
{
  const char *bom = "\xEF\xBB\xBF  {\"a\": [10, 20]}";
  AccordJsonPosition position;

  g_assert_true (accord_json_locate (bom, strlen (bom), "a[1]", &position));
  g_assert_cmpuint (position.line, ==, 1);
  g_assert_cmpuint (position.column, ==, 14);

  g_assert_true (accord_json_locate ("[[],[[7]]]", 10, "[1][0][0]", &position));
  g_assert_cmpuint (position.column, ==, 7);

  g_assert_false (accord_json_locate ("", 0, "", &position));
  g_assert_cmpuint (position.line, ==, 1);
  g_assert_cmpuint (position.column, ==, 1);

  g_assert_true (accord_json_locate ("{\"a\":1}", 7, "a", NULL));

  /* Invalid input is not expected, but must not be read out of bounds. */
  g_assert_false (accord_json_locate ("{\"a\":[1,", 8, "a[2]", &position));
  g_assert_false (accord_json_locate ("{\"a", 3, "a", &position));
  g_assert_false (accord_json_locate ("{\"a\\", 4, "a", &position));
  g_assert_false (accord_json_locate ("[\"\\u12", 6, "[1]", &position));
  g_assert_false (accord_json_locate ("{\"\\u12\":1}", 10, "x", &position));
}

/* Random mutations of valid documents: nothing here checks the answers,
 * the point is that no input crashes, hangs or reads out of bounds (the
 * sanitizer and valgrind runs catch those). */
static void
test_mutations (void)
{
  const char *seeds[] = {
    locate_doc,
    "{\"a\": [1, -2.5e+3, \"\\uD83D\\uDE00\\n\", {\"b\": null, \"c\": false}], \"d\": true}",
    "[\"caf\xC3\xA9\", 0, 1e308, 9223372036854775807, [[[]]], {\"\\u0061\": 1}]",
  };
  static const char bytes[] = "[]{}\",:\\/*-+.0123456789eEuxtfn \n\t\r\0\x80\xC3\xED\xF4\xFF\xEF\xBB\xBF'";
  const gsize n_bytes = sizeof bytes - 1;
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260212);
  AccordJsonLimits limits = { 8, 200 };

  for (guint round = 0; round < 20000; round++)
    {
      const char *seed = seeds[round % G_N_ELEMENTS (seeds)];
      gsize length = strlen (seed);
      guint n_mutations = g_rand_int_range (rand, 1, 5);
      g_autofree char *message = NULL;
      AccordJsonPosition position;
      AccordJsonCheckResult result;
      char *doc = g_memdup2 (seed, length);

      for (guint m = 0; m < n_mutations && length > 0; m++)
        {
          gsize at = g_rand_int_range (rand, 0, length);

          switch (g_rand_int_range (rand, 0, 3))
            {
            case 0:
              doc[at] = bytes[g_rand_int_range (rand, 0, n_bytes)];
              break;
            case 1:
              length = at;
              break;
            default:
              doc[at] ^= 1 << g_rand_int_range (rand, 0, 8);
              break;
            }
        }

      result = accord_json_check (doc, length, &limits, &position, &message);
      if (result == ACCORD_JSON_CHECK_OK)
        {
          g_assert_null (message);
        }
      else
        {
          g_assert_nonnull (message);
          g_assert_true (g_utf8_validate (message, -1, NULL));
          g_assert_cmpuint (position.line, >=, 1);
          g_assert_cmpuint (position.column, >=, 1);
        }
      accord_json_locate (doc, length, "a[0].b", &position);
      accord_json_locate (doc, length, "sections[1].quotes[1].speaker", &position);
      g_free (doc);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json-check/invalid", test_invalid);
  g_test_add_func ("/json-check/valid", test_valid);
  g_test_add_func ("/json-check/optional-outputs", test_optional_outputs);
  g_test_add_func ("/json-check/truncated", test_truncated);
  g_test_add_func ("/json-check/string-offsets", test_string_offsets);
  g_test_add_func ("/json-check/deep-arrays", test_deep_arrays);
  g_test_add_func ("/json-check/deep-objects", test_deep_objects);
  g_test_add_func ("/json-check/depth-limit", test_depth_limit_values);
  g_test_add_func ("/json-check/max-values", test_max_values);
  g_test_add_func ("/json-check/many-keys", test_many_keys);
  g_test_add_func ("/json-check/duplicates-at-threshold", test_duplicates_at_threshold);
  g_test_add_func ("/json-check/locate", test_locate);
  g_test_add_func ("/json-check/locate-edges", test_locate_edges);
  g_test_add_func ("/json-check/mutations", test_mutations);

  return g_test_run ();
}
