/* accord-search-fold.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-search"

#include "config.h"

#include <glib/gi18n.h>

#include "accord-search-private.h"

#define FOLD_MAX                   64

#define HANGUL_S_FIRST     0xAC00
#define HANGUL_S_LAST      0xD7A3
#define HANGUL_L_FIRST     0x1100
#define HANGUL_L_COUNT     19
#define HANGUL_V_FIRST     0x1161
#define HANGUL_V_COUNT     21
#define HANGUL_T_BASE      0x11A7
#define HANGUL_T_COUNT     28

/* Folding */

static inline guint
push_unichar (gunichar *out,
              guint     n,
              gunichar  c)
{
  if (n < FOLD_MAX)
    out[n++] = c;
  return n;
}

/* Folds one character into at most FOLD_MAX characters; returns how many. */
static guint
fold_unichar (gunichar  c,
              gunichar *out)
{
  gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize n_decomposed;
  guint n = 0;

  if (c < 0x80)
    {
      out[0] = g_ascii_tolower (c);
      return 1;
    }

  if (c >= HANGUL_S_FIRST && c <= HANGUL_S_LAST)
    {
      out[0] = c;
      return 1;
    }

  n_decomposed = g_unichar_fully_decompose (c, TRUE, decomposed, G_N_ELEMENTS (decomposed));

  for (gsize i = 0; i < n_decomposed; i++)
    {
      gunichar d = decomposed[i];

      if (d < 0x80)
        n = push_unichar (out, n, g_ascii_tolower (d));
      else if (_accord_search_is_dropped_mark (d))
        continue;
      else if (d == 0x00DF || d == 0x1E9E)
        {
          /* Sharp s folds to two letters. */
          n = push_unichar (out, n, 's');
          n = push_unichar (out, n, 's');
        }
      else if (d == 0x03C2)
        n = push_unichar (out, n, 0x03C3);
      else if (g_unichar_isupper (d) || g_unichar_istitle (d))
        {
          char utf8[8];
          int len = g_unichar_to_utf8 (d, utf8);
          g_autofree char *folded = g_utf8_casefold (utf8, len);

          /* Folding can bring marks back, as in U+0130 → i + U+0307. */
          for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
            {
              gunichar again[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
              gsize n_again = g_unichar_fully_decompose (g_utf8_get_char (p), TRUE,
                                                         again, G_N_ELEMENTS (again));

              for (gsize j = 0; j < n_again; j++)
                if (!_accord_search_is_dropped_mark (again[j]))
                  n = push_unichar (out, n, again[j]);
            }
        }
      else
        n = push_unichar (out, n, d);
    }

  return n;
}

/* The syllable that @prev and @next make, or 0: a leading consonant and a
 * vowel, or a syllable without a final consonant and a final consonant. */
static inline gunichar
compose_hangul (gunichar prev,
                gunichar next)
{
  if (prev >= HANGUL_L_FIRST && prev < HANGUL_L_FIRST + HANGUL_L_COUNT &&
      next >= HANGUL_V_FIRST && next < HANGUL_V_FIRST + HANGUL_V_COUNT)
    return HANGUL_S_FIRST + ((prev - HANGUL_L_FIRST) * HANGUL_V_COUNT +
                             (next - HANGUL_V_FIRST)) * HANGUL_T_COUNT;

  if (prev >= HANGUL_S_FIRST && prev <= HANGUL_S_LAST &&
      (prev - HANGUL_S_FIRST) % HANGUL_T_COUNT == 0 &&
      next > HANGUL_T_BASE && next < HANGUL_T_BASE + HANGUL_T_COUNT)
    return prev + (next - HANGUL_T_BASE);

  return 0;
}

void
_accord_search_folder_init (AccordSearchFolder *folder,
                            gboolean            map)
{
  folder->folded = g_string_new (NULL);
  folder->words = g_array_new (FALSE, FALSE, sizeof (AccordSearchFoldedWord));
  folder->map_size = map ? 256 : 0;
  folder->starts = map ? g_new (guint32, folder->map_size) : NULL;
  folder->ends = map ? g_new (guint32, folder->map_size) : NULL;
}

void
_accord_search_folder_clear (AccordSearchFolder *folder)
{
  g_string_free (folder->folded, TRUE);
  g_array_unref (folder->words);
  g_clear_pointer (&folder->starts, g_free);
  g_clear_pointer (&folder->ends, g_free);
}

/* Maps the last @n_bytes folded bytes to the character at [@start, @end).
 * Written in place: appending to a GArray byte by byte was half the time
 * of making a snippet. */
static inline void
folder_map (AccordSearchFolder *folder,
            guint               n_bytes,
            guint32             start,
            guint32             end)
{
  gsize len = folder->folded->len;

  if (G_UNLIKELY (len > folder->map_size))
    {
      folder->map_size = MAX (len, folder->map_size * 2);
      folder->starts = g_renew (guint32, folder->starts, folder->map_size);
      folder->ends = g_renew (guint32, folder->ends, folder->map_size);
    }

  for (gsize i = len - n_bytes; i < len; i++)
    {
      folder->starts[i] = start;
      folder->ends[i] = end;
    }
}

static inline void
folder_end_word (AccordSearchFolder *folder,
                 guint               word_start)
{
  AccordSearchFoldedWord word = { word_start, folder->folded->len - word_start };

  g_array_append_val (folder->words, word);
  g_string_append_c (folder->folded, '\0');
  if (folder->starts != NULL)
    folder_map (folder, 1, 0, 0);
}

void
_accord_search_folder_run (AccordSearchFolder *folder,
                           const char         *text)
{
  const char *p = text;
  gboolean in_word = FALSE;
  guint word_start = 0;
  gunichar prev = 0;      /* last character of the current word */
  guint prev_at = 0;      /* its folded byte offset */

  g_string_truncate (folder->folded, 0);
  g_array_set_size (folder->words, 0);

  while (*p != '\0')
    {
      guint32 at = p - text;
      const char *next;
      gunichar c;
      gunichar buf[FOLD_MAX];
      guint n;

      if ((guchar)*p < 0x80)
        {
          /* Plain ASCII is nearly all text: keep it off the slow path. */
          char ch = *p;

          if (g_ascii_isalnum (ch))
            {
              if (!in_word)
                {
                  in_word = TRUE;
                  word_start = folder->folded->len;
                }
              prev = ch;
              prev_at = folder->folded->len;
              g_string_append_c (folder->folded, g_ascii_tolower (ch));
              if (folder->starts != NULL)
                folder_map (folder, 1, at, at + 1);
            }
          else if (in_word)
            {
              folder_end_word (folder, word_start);
              in_word = FALSE;
            }
          p++;
          continue;
        }

      c = g_utf8_get_char_validated (p, -1);
      if (c == (gunichar)-1 || c == (gunichar)-2)
        {
          /* A stray byte: treat it as a separator. */
          if (in_word)
            {
              folder_end_word (folder, word_start);
              in_word = FALSE;
            }
          p++;
          continue;
        }

      next = g_utf8_next_char (p);
      n = fold_unichar (c, buf);

      if (n == 0 && in_word && folder->starts != NULL)
        {
          /* A dropped combining mark belongs to the letter before it:
           * a highlight must cover both. */
          for (guint i = prev_at; i < folder->folded->len; i++)
            folder->ends[i] = next - text;
        }

      for (guint i = 0; i < n; i++)
        {
          gunichar d = buf[i];
          gunichar composed;
          char utf8[8];
          int len;

          if (!_accord_search_is_word_unichar (d))
            {
              if (in_word)
                {
                  folder_end_word (folder, word_start);
                  in_word = FALSE;
                }
              continue;
            }

          if (!in_word)
            {
              in_word = TRUE;
              word_start = folder->folded->len;
              prev = 0;
            }

          /* Compose conjoining jamo into syllables in place: they and the
           * syllable are all three bytes long in UTF-8. */
          composed = compose_hangul (prev, d);
          if (composed != 0)
            {
              g_unichar_to_utf8 (composed, folder->folded->str + prev_at);
              if (folder->starts != NULL)
                for (guint j = prev_at; j < folder->folded->len; j++)
                  folder->ends[j] = next - text;
              prev = composed;
              continue;
            }

          len = g_unichar_to_utf8 (d, utf8);
          prev = d;
          prev_at = folder->folded->len;
          g_string_append_len (folder->folded, utf8, len);
          if (folder->starts != NULL)
            folder_map (folder, len, at, next - text);
        }

      p = next;
    }

  if (in_word)
    folder_end_word (folder, word_start);
}
