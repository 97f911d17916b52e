/* test-text-clean.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one rule for untrusted text, class by class and flag by flag, and
 * the three ways Accord applies it (exports, command line, messages).
 */

#include "config.h"

#include <string.h>

#include "accord-text-clean.h"

#define EXPORT_FLAGS (ACCORD_TEXT_CLEAN_KEEP_NEWLINE_TAB | \
                      ACCORD_TEXT_CLEAN_SEPARATORS_TO_NEWLINE | \
                      ACCORD_TEXT_CLEAN_REPLACE_NONCHARACTERS | \
                      ACCORD_TEXT_CLEAN_STRIP)

typedef struct
{
  const char *input;
  AccordTextCleanFlags flags;
  const char *expected;
} Case;

static void
check_cases (const Case *cases,
             guint       n_cases)
{
  for (guint i = 0; i < n_cases; i++)
    {
      g_autofree char *clean = accord_text_clean (cases[i].input, cases[i].flags);

      g_test_message ("case %u: flags 0x%x", i, cases[i].flags);
      g_assert_cmpstr (clean, ==, cases[i].expected);
      g_assert_true (g_utf8_validate (clean, -1, NULL));
    }
}

static void
test_null_and_plain (void)
{
  static const Case cases[] = {
    { "", ACCORD_TEXT_CLEAN_DEFAULT, "" },
    { "Séoul, 서울 — ok", ACCORD_TEXT_CLEAN_DEFAULT, "Séoul, 서울 — ok" },
    { "Séoul, 서울 — ok", ACCORD_TEXT_CLEAN_ESCAPE, "Séoul, 서울 — ok" },
    /* Zero-width joiners and non-joiners are never touched. */
    { "a\u200Cb\u200Dc", EXPORT_FLAGS, "a\u200Cb\u200Dc" },
  };
  g_autofree char *null = accord_text_clean (NULL, ACCORD_TEXT_CLEAN_DEFAULT);

  g_assert_cmpstr (null, ==, "");
  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_invalid_utf8 (void)
{
  static const Case cases[] = {
    { "a\xff" "b", ACCORD_TEXT_CLEAN_DEFAULT, "a\uFFFDb" },
    { "\xed\xa0\x80x", EXPORT_FLAGS, "\uFFFD\uFFFD\uFFFDx" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_controls (void)
{
  static const Case cases[] = {
    { "a\033[31mred\rb\x7f\xc2\x85" "c", ACCORD_TEXT_CLEAN_DEFAULT, "a[31mredbc" },
    { "a\nb\tc", ACCORD_TEXT_CLEAN_DEFAULT, "abc" },
    { "a\nb\tc\033", ACCORD_TEXT_CLEAN_KEEP_NEWLINE_TAB, "a\nb\tc" },
    { "a\nb\tc\033d", ACCORD_TEXT_CLEAN_CONTROLS_TO_SPACE, "a b c d" },
    { "a\nb\033", ACCORD_TEXT_CLEAN_ESCAPE, "a\\u000Ab\\u001B" },
    { "\xc2\x80\xc2\x9f", ACCORD_TEXT_CLEAN_ESCAPE, "\\u0080\\u009F" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_bidi (void)
{
  static const Case cases[] = {
    /* Embeddings, overrides and isolates: gone, even as spaces. */
    { "a\u202Ab\u202Ec\u2066d\u2069e", ACCORD_TEXT_CLEAN_DEFAULT, "abcde" },
    { "a\u202Eb", ACCORD_TEXT_CLEAN_CONTROLS_TO_SPACE, "ab" },
    { "a\u202Eb\u2067", ACCORD_TEXT_CLEAN_ESCAPE, "a\\u202Eb\\u2067" },
    /* The implicit marks and the BOM are kept, except in messages. */
    { "a\u200Eb\u200Fc\u061Cd\uFEFFe", EXPORT_FLAGS, "a\u200Eb\u200Fc\u061Cd\uFEFFe" },
    { "a\u200Eb\u200Fc\u061Cd\uFEFFe", ACCORD_TEXT_CLEAN_ESCAPE,
      "a\\u200Eb\\u200Fc\\u061Cd\\uFEFFe" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_separators (void)
{
  static const Case cases[] = {
    { "a\u2028b\u2029c", ACCORD_TEXT_CLEAN_DEFAULT, "a\u2028b\u2029c" },
    { "a\u2028b\u2029c", ACCORD_TEXT_CLEAN_SEPARATORS_TO_NEWLINE, "a\nb\nc" },
    { "a\u2028b", ACCORD_TEXT_CLEAN_CONTROLS_TO_SPACE, "a b" },
    { "a\u2028b", ACCORD_TEXT_CLEAN_ESCAPE, "a\\u2028b" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_noncharacters (void)
{
  static const Case cases[] = {
    { "a\uFDD0b\uFFFEc\U0010FFFFd", ACCORD_TEXT_CLEAN_DEFAULT, "a\uFDD0b\uFFFEc\U0010FFFFd" },
    { "a\uFDD0b\uFDEFc\uFFFEd\U0001FFFFe", ACCORD_TEXT_CLEAN_REPLACE_NONCHARACTERS,
      "a\uFFFDb\uFFFDc\uFFFDd\uFFFDe" },
    /* Not a list of things to show: they stay as they are in messages. */
    { "a\uFDD0", ACCORD_TEXT_CLEAN_ESCAPE, "a\uFDD0" },
    /* U+FDCF and U+FDF0 are ordinary characters. */
    { "\uFDCF\uFDF0", ACCORD_TEXT_CLEAN_REPLACE_NONCHARACTERS, "\uFDCF\uFDF0" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_strip_and_one_line (void)
{
  static const Case cases[] = {
    { " \n\ta b\n\n", ACCORD_TEXT_CLEAN_KEEP_NEWLINE_TAB | ACCORD_TEXT_CLEAN_STRIP, "a b" },
    { " \n\ta  \u2028 b\t\nc ", EXPORT_FLAGS | ACCORD_TEXT_CLEAN_ONE_LINE, "a b c" },
    /* A line break or a tab parts words even where controls are dropped. */
    { "harbour\nwall\r\nin\tstone", ACCORD_TEXT_CLEAN_ONE_LINE, "harbour wall in stone" },
    /* A text that was only control characters leaves nothing. */
    { "\033\u202E\n", EXPORT_FLAGS | ACCORD_TEXT_CLEAN_ONE_LINE, "" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_length (void)
{
  const char text[] = "ab\ncd";
  g_autofree char *two = accord_text_clean_len (text, 3, ACCORD_TEXT_CLEAN_ESCAPE);
  g_autofree char *all = accord_text_clean_len (text, -1, ACCORD_TEXT_CLEAN_DEFAULT);

  g_assert_cmpstr (two, ==, "ab\\u000A");
  g_assert_cmpstr (all, ==, "abcd");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text-clean/plain", test_null_and_plain);
  g_test_add_func ("/text-clean/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/text-clean/controls", test_controls);
  g_test_add_func ("/text-clean/bidi", test_bidi);
  g_test_add_func ("/text-clean/separators", test_separators);
  g_test_add_func ("/text-clean/noncharacters", test_noncharacters);
  g_test_add_func ("/text-clean/strip-and-one-line", test_strip_and_one_line);
  g_test_add_func ("/text-clean/length", test_length);

  return g_test_run ();
}
