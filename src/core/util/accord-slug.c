/* accord-slug.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Ids made from text, for files that have none of their own (a Markdown
 * heading, a TimelineJS group): lowercase ASCII letters and digits, words
 * joined by single hyphens.  Only ASCII letters and digits survive, so a
 * title in another script gives an empty slug and the caller's fallback.
 */

#define G_LOG_DOMAIN "accord-text"

#include "config.h"

#include <string.h>

#include "accord-slug.h"

/* Long enough to tell headings apart, short enough for a settings key. */
#define SLUG_MAX_LENGTH 64

/**
 * accord_slug_is_id:
 *
 * The one rule for an id, in every format Accord reads: lowercase ASCII
 * letters, digits and hyphens, starting with a letter or a digit.
 *
 * Returns: whether @id is one
 */
gboolean
accord_slug_is_id (const char *id)
{
  if (!g_ascii_islower (id[0]) && !g_ascii_isdigit (id[0]))
    return FALSE;

  for (const char *p = id; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
      return FALSE;

  return TRUE;
}

/**
 * accord_slug_from_text:
 * @length: the length of @text in bytes, or -1 if it is NUL-terminated
 *
 * Returns: (transfer full): "Pillar 1 — Peace" gives "pillar-1-peace";
 *   the empty string when @text has no ASCII letter or digit
 */
char *
accord_slug_from_text (const char *text,
                       gssize      length)
{
  GString *slug = g_string_new (NULL);
  gboolean pending_hyphen = FALSE;
  const char *end;

  g_return_val_if_fail (text != NULL, NULL);

  end = text + (length < 0 ? (gssize) strlen (text) : length);
  for (const char *p = text; p < end && slug->len < SLUG_MAX_LENGTH; p++)
    {
      char c = *p;

      /* An apostrophe joins ("Canada's" is one word), as in most slugs. */
      if (c == '\'')
        continue;

      if (g_ascii_isalnum (c))
        {
          if (pending_hyphen && slug->len > 0)
            g_string_append_c (slug, '-');
          g_string_append_c (slug, g_ascii_tolower (c));
          pending_hyphen = FALSE;
        }
      else
        pending_hyphen = TRUE;
    }

  return g_string_free (slug, FALSE);
}

/**
 * accord_slug_unique:
 * @taken: a set of the ids already used; the new one is added to it
 * @base: the id wanted, or an empty string
 * @fallback: the id to start from when @base is empty
 *
 * Returns: (transfer full): @base, or @base with "-2", "-3"… appended,
 *   whichever is not in @taken yet
 */
char *
accord_slug_unique (GHashTable *taken,
                    const char *base,
                    const char *fallback)
{
  char *id;

  g_return_val_if_fail (taken != NULL, NULL);
  g_return_val_if_fail (fallback != NULL && fallback[0] != '\0', NULL);

  if (base == NULL || base[0] == '\0')
    base = fallback;

  id = g_strdup (base);
  for (guint n = 2; g_hash_table_contains (taken, id); n++)
    {
      g_free (id);
      id = g_strdup_printf ("%s-%u", base, n);
    }

  g_hash_table_add (taken, g_strdup (id));

  return id;
}
