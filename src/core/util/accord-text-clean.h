/* accord-text-clean.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * AccordTextCleanFlags:
 * @ACCORD_TEXT_CLEAN_DEFAULT: unsafe characters are removed; marks,
 *   separators and noncharacters are kept
 * @ACCORD_TEXT_CLEAN_KEEP_NEWLINE_TAB: newline and tab are kept, not
 *   treated as control characters
 * @ACCORD_TEXT_CLEAN_CONTROLS_TO_SPACE: control characters and line
 *   separators become a space, so that text stays on one line and words
 *   stay apart
 * @ACCORD_TEXT_CLEAN_ESCAPE: every character of the list below is written
 *   as "\uXXXX", visible; for quoting text in a message
 * @ACCORD_TEXT_CLEAN_SEPARATORS_TO_NEWLINE: U+2028 and U+2029 become a
 *   newline
 * @ACCORD_TEXT_CLEAN_REPLACE_NONCHARACTERS: noncharacters become U+FFFD
 * @ACCORD_TEXT_CLEAN_STRIP: leading and trailing spaces, tabs and newlines
 *   are dropped
 * @ACCORD_TEXT_CLEAN_ONE_LINE: runs of spaces, tabs and newlines become one
 *   space, and none is left at either end
 *
 * How accord_text_clean() treats the characters that untrusted text can
 * use to garble or disguise what is shown; see there for the list.
 */
typedef enum
{
  ACCORD_TEXT_CLEAN_DEFAULT                = 0,
  ACCORD_TEXT_CLEAN_KEEP_NEWLINE_TAB       = 1 << 0,
  ACCORD_TEXT_CLEAN_CONTROLS_TO_SPACE      = 1 << 1,
  ACCORD_TEXT_CLEAN_ESCAPE                 = 1 << 2,
  ACCORD_TEXT_CLEAN_SEPARATORS_TO_NEWLINE  = 1 << 3,
  ACCORD_TEXT_CLEAN_REPLACE_NONCHARACTERS  = 1 << 4,
  ACCORD_TEXT_CLEAN_STRIP                  = 1 << 5,
  ACCORD_TEXT_CLEAN_ONE_LINE               = 1 << 6,
} AccordTextCleanFlags;

char *accord_text_clean     (const char           *text,
                             AccordTextCleanFlags  flags);
char *accord_text_clean_len (const char           *text,
                             gssize                length,
                             AccordTextCleanFlags  flags);

G_END_DECLS
