/* accord-html-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * HTML fragments from other people's files (a TimelineJS event's text, an
 * HTML block in Markdown) as plain text: nothing of the HTML is ever
 * rendered or handed to Pango as markup.  Tags are dropped, block tags
 * and <br> end a paragraph, a link keeps its address after its text, an
 * image becomes its alt text, the contents of <script>, <style> and the
 * like disappear, character references are decoded, and white space is
 * collapsed as a browser would.  One pass, linear in the input whatever
 * it holds (unterminated tags, quotes that never close).
 */

#define G_LOG_DOMAIN "accord-text"

#include "config.h"

#include <string.h>

#include "accord-html-text.h"

typedef struct
{
  GPtrArray  *paragraphs;
  GString    *current;
  gboolean    pending_space;
  char       *href;         /* of the open <a> */
  gsize       link_start;   /* where its text starts in current */
  const char *skip_until;   /* "script" while inside <script>… */
} HtmlText;

static const struct
{
  const char *name;
  const char *text;
} entities[] = {
  { "amp", "&" }, { "lt", "<" }, { "gt", ">" }, { "quot", "\"" },
  { "apos", "'" }, { "nbsp", " " }, { "ndash", "–" }, { "mdash", "—" },
  { "hellip", "…" }, { "lsquo", "‘" }, { "rsquo", "’" }, { "ldquo", "“" },
  { "rdquo", "”" }, { "laquo", "«" }, { "raquo", "»" }, { "copy", "©" },
  { "reg", "®" }, { "trade", "™" }, { "deg", "°" }, { "middot", "·" },
  { "bull", "•" }, { "eacute", "é" }, { "egrave", "è" }, { "agrave", "à" },
  { "ccedil", "ç" }, { "ouml", "ö" }, { "uuml", "ü" }, { "auml", "ä" },
  { "szlig", "ß" }, { "euro", "€" }, { "pound", "£" }, { "times", "×" },
};

/* Tags whose content is not text for a reader. */
static const char * const skipped_tags[] = {
  "script", "style", "template", "noscript", "head", "title", "svg", "object",
};

/* Tags that end a paragraph, opening or closing. */
static const char * const block_tags[] = {
  "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
  "blockquote", "table", "tr", "section", "article", "header", "footer",
  "pre", "hr", "dd", "dt", "dl", "figure", "figcaption", "aside", "nav",
  "main", "address", "details", "summary",
};

static gboolean
name_in (const char         *name,
         const char * const *list,
         gsize               n)
{
  for (gsize i = 0; i < n; i++)
    if (g_ascii_strcasecmp (name, list[i]) == 0)
      return TRUE;

  return FALSE;
}

static void
end_paragraph (HtmlText *h)
{
  h->pending_space = FALSE;
  if (h->current->len > 0)
    g_ptr_array_add (h->paragraphs, g_string_free (g_steal_pointer (&h->current), FALSE));
  if (h->current == NULL)
    h->current = g_string_new (NULL);
  h->link_start = 0;
}

static void
append_text (HtmlText   *h,
             const char *text,
             gsize       length)
{
  for (gsize i = 0; i < length; i++)
    {
      char c = text[i];

      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f')
        {
          h->pending_space = TRUE;
          continue;
        }

      if (h->pending_space && h->current->len > 0)
        g_string_append_c (h->current, ' ');
      h->pending_space = FALSE;
      g_string_append_c (h->current, c);
    }
}

static void
append_unichar (HtmlText *h,
                gunichar  c)
{
  char buffer[6];
  int n;

  /* Controls and what is not a character at all become U+FFFD, so that a
   * reference cannot smuggle in what the file itself could not hold. */
  if (c == 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF) ||
      (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c < 0xA0))
    c = 0xFFFD;

  n = g_unichar_to_utf8 (c, buffer);
  append_text (h, buffer, n);
}

/* Returns the length consumed after the '&', or 0 to keep the '&'. */
static gsize
decode_reference (HtmlText   *h,
                  const char *p,
                  const char *end)
{
  const char *semicolon;
  gsize length;

  /* Named and numeric references are short: look no further. */
  semicolon = memchr (p, ';', MIN ((gsize) (end - p), 12));
  if (semicolon == NULL || semicolon == p)
    return 0;
  length = semicolon - p;

  if (p[0] == '#')
    {
      guint64 value = 0;
      gboolean hex = length > 1 && (p[1] == 'x' || p[1] == 'X');
      gsize start = hex ? 2 : 1;

      if (start >= length)
        return 0;
      for (gsize i = start; i < length; i++)
        {
          int digit = hex ? g_ascii_xdigit_value (p[i]) : g_ascii_digit_value (p[i]);

          if (digit < 0)
            return 0;
          value = value * (hex ? 16 : 10) + digit;
        }
      append_unichar (h, (gunichar) MIN (value, 0x110000));
      return length + 1;
    }

  for (gsize i = 0; i < G_N_ELEMENTS (entities); i++)
    if (strlen (entities[i].name) == length && strncmp (p, entities[i].name, length) == 0)
      {
        /* A no-break space is a space to a plain-text reader. */
        append_text (h, entities[i].text, strlen (entities[i].text));
        return length + 1;
      }

  return 0;
}

static void
append_text_decoded (HtmlText   *h,
                     const char *p,
                     const char *end)
{
  while (p < end)
    {
      const char *amp = memchr (p, '&', end - p);
      gsize used;

      if (amp == NULL)
        {
          append_text (h, p, end - p);
          return;
        }

      append_text (h, p, amp - p);
      used = decode_reference (h, amp + 1, end);
      if (used == 0)
        append_text (h, "&", 1);
      p = amp + 1 + used;
    }
}

/* The value of attribute @name in the tag's text, decoded. */
static char *
get_attribute (const char *tag,
               const char *end,
               const char *name)
{
  gsize name_length = strlen (name);
  const char *p = tag;

  /* Past the tag's name. */
  while (p < end && !g_ascii_isspace (*p))
    p++;

  while (p < end)
    {
      const char *attr;
      gsize attr_length;
      const char *value = NULL;
      gsize value_length = 0;

      while (p < end && (g_ascii_isspace (*p) || *p == '/'))
        p++;
      attr = p;
      while (p < end && !g_ascii_isspace (*p) && *p != '=' && *p != '/')
        p++;
      attr_length = p - attr;
      while (p < end && g_ascii_isspace (*p))
        p++;
      if (p < end && *p == '=')
        {
          p++;
          while (p < end && g_ascii_isspace (*p))
            p++;
          if (p < end && (*p == '"' || *p == '\''))
            {
              const char *close = memchr (p + 1, *p, end - (p + 1));

              value = p + 1;
              value_length = (close ? close : end) - value;
              p = close ? close + 1 : end;
            }
          else
            {
              value = p;
              while (p < end && !g_ascii_isspace (*p))
                p++;
              value_length = p - value;
            }
        }

      if (attr_length == 0)
        {
          if (p < end)
            p++;
          continue;
        }

      if (attr_length == name_length && g_ascii_strncasecmp (attr, name, name_length) == 0)
        {
          HtmlText decoded = { 0 };
          char *result;

          if (value == NULL)
            return g_strdup ("");

          decoded.paragraphs = g_ptr_array_new ();
          decoded.current = g_string_new (NULL);
          append_text_decoded (&decoded, value, value + value_length);
          result = g_string_free (decoded.current, FALSE);
          g_ptr_array_unref (decoded.paragraphs);
          return result;
        }
    }

  return NULL;
}

static gboolean
is_web_address (const char *href)
{
  return g_ascii_strncasecmp (href, "http://", 7) == 0 ||
         g_ascii_strncasecmp (href, "https://", 8) == 0 ||
         g_ascii_strncasecmp (href, "mailto:", 7) == 0;
}

static void
close_link (HtmlText *h)
{
  const char *text;

  if (h->href == NULL)
    return;

  /* The address follows the text unless the text already is the address:
   * a reader of plain text can still follow it. */
  text = h->current->str + MIN (h->link_start, h->current->len);
  if (is_web_address (h->href) && strstr (text, h->href) == NULL)
    {
      g_autofree char *suffix = g_strdup_printf ("(%s)", h->href);

      if (h->current->len > 0)
        h->pending_space = TRUE;
      append_text (h, suffix, strlen (suffix));
    }

  g_clear_pointer (&h->href, g_free);
}

static void
handle_tag (HtmlText   *h,
            const char *tag,
            const char *end)
{
  gboolean closing = FALSE;
  char name[16];
  gsize n = 0;
  const char *p = tag;

  if (p < end && *p == '/')
    {
      closing = TRUE;
      p++;
    }
  while (p < end && g_ascii_isalnum (*p))
    {
      if (n < sizeof name - 1)
        name[n++] = g_ascii_tolower (*p);
      p++;
    }
  name[n] = '\0';

  if (h->skip_until != NULL)
    {
      if (closing && strcmp (name, h->skip_until) == 0)
        h->skip_until = NULL;
      return;
    }

  if (!closing && name_in (name, skipped_tags, G_N_ELEMENTS (skipped_tags)))
    {
      /* A self-closed <svg/> has nothing to skip. */
      if (end > tag && end[-1] != '/')
        h->skip_until = g_intern_string (name);
      return;
    }

  if (strcmp (name, "a") == 0)
    {
      close_link (h);
      if (!closing)
        {
          h->href = get_attribute (tag, end, "href");
          h->link_start = h->current->len;
        }
      return;
    }

  if (!closing && strcmp (name, "img") == 0)
    {
      g_autofree char *alt = get_attribute (tag, end, "alt");

      if (alt != NULL)
        {
          h->pending_space = h->pending_space || h->current->len > 0;
          append_text (h, alt, strlen (alt));
        }
      return;
    }

  if (name_in (name, block_tags, G_N_ELEMENTS (block_tags)))
    {
      close_link (h);
      end_paragraph (h);
      return;
    }

  /* Cells of a row stay apart. */
  if (!closing && (strcmp (name, "td") == 0 || strcmp (name, "th") == 0))
    h->pending_space = TRUE;
}

/* Where the tag that starts at @p (just after '<') ends, at its '>', or
 * NULL.  Quoted '>' do not end it; if a quote never closes, quotes are
 * no longer honoured for the rest of the input, which keeps the whole
 * pass linear. */
static const char *
find_tag_end (const char *p,
              const char *end,
              gboolean   *honour_quotes)
{
  if (*honour_quotes)
    {
      char quote = 0;

      for (const char *q = p; q < end; q++)
        {
          if (quote != 0)
            {
              if (*q == quote)
                quote = 0;
            }
          else if (*q == '"' || *q == '\'')
            quote = *q;
          else if (*q == '>')
            return q;
        }

      if (quote == 0)
        return NULL;
      *honour_quotes = FALSE;
    }

  return memchr (p, '>', end - p);
}

/**
 * accord_html_to_paragraphs:
 * @html: valid UTF-8
 *
 * Returns: (transfer full) (element-type utf8): the text's paragraphs,
 *   none of them empty
 */
GPtrArray *
accord_html_to_paragraphs (const char *html,
                           gssize      length)
{
  HtmlText h = { 0 };
  gboolean honour_quotes = TRUE;
  gboolean no_more_tags = FALSE;
  const char *p;
  const char *end;

  g_return_val_if_fail (html != NULL, NULL);

  end = html + (length < 0 ? (gssize) strlen (html) : length);
  h.paragraphs = g_ptr_array_new_with_free_func (g_free);
  h.current = g_string_new (NULL);

  for (p = html; p < end;)
    {
      const char *lt = no_more_tags ? NULL : memchr (p, '<', end - p);
      const char *tag_end;

      if (lt == NULL)
        {
          if (h.skip_until == NULL)
            append_text_decoded (&h, p, end);
          break;
        }

      if (h.skip_until == NULL)
        append_text_decoded (&h, p, lt);
      p = lt + 1;

      if (p < end && strncmp (p, "!--", MIN (3, (gsize) (end - p))) == 0 && end - p >= 3)
        {
          const char *close = g_strstr_len (p + 3, end - (p + 3), "-->");

          p = close != NULL ? close + 3 : end;
          continue;
        }

      if (p >= end || !(g_ascii_isalpha (*p) || *p == '/' || *p == '!' || *p == '?'))
        {
          if (h.skip_until == NULL)
            append_text (&h, "<", 1);
          continue;
        }

      tag_end = find_tag_end (p, end, &honour_quotes);
      if (tag_end == NULL)
        {
          /* No '>' anywhere after: this and every later '<' is text. */
          no_more_tags = TRUE;
          p = lt;
          continue;
        }

      if (g_ascii_isalpha (*p) || *p == '/')
        handle_tag (&h, p, tag_end);
      p = tag_end + 1;
    }

  close_link (&h);
  end_paragraph (&h);
  g_string_free (h.current, TRUE);
  g_free (h.href);

  return h.paragraphs;
}

/**
 * accord_html_to_text:
 *
 * Returns: (transfer full): the paragraphs of accord_html_to_paragraphs(),
 *   separated by blank lines
 */
char *
accord_html_to_text (const char *html,
                     gssize      length)
{
  g_autoptr(GPtrArray) paragraphs = accord_html_to_paragraphs (html, length);

  g_ptr_array_add (paragraphs, NULL);

  return g_strjoinv ("\n\n", (char **) paragraphs->pdata);
}
