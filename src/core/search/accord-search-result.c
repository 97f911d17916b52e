/* accord-search-result.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-search"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "accord-search-private.h"
#include "accord-section.h"

#define SNIPPET_CONTEXT            50
#define ELLIPSIS                   "…"

struct _AccordSearchResult
{
  GObject parent_instance;

  AccordSearchIndex *index;
  AccordSearchQuery *query;
  GObject *object;
  AccordSection *section;
  AccordSearchKind kind;
  AccordSearchField field;
  guint field_number;
  guint score;
  guint n_more;

  /* Made when first asked for: a list shows few of many results. */
  char *snippet;
  GArray *ranges;
};

G_DEFINE_FINAL_TYPE (AccordSearchResult, accord_search_result, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_FIELD,
  PROP_OBJECT,
  PROP_SECTION,
  PROP_SNIPPET,
  PROP_SCORE,
  PROP_N_MORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

AccordSearchResult *
_accord_search_result_new (AccordSearchIndex *index,
                           AccordSearchQuery *query,
                           guint              field_number,
                           guint              score,
                           guint              n_more)
{
  const AccordSearchIndexField *field = &g_array_index (index->fields, AccordSearchIndexField, field_number);
  const AccordSearchIndexObject *object = &g_array_index (index->objects, AccordSearchIndexObject, field->object);
  AccordSearchResult *self = g_object_new (ACCORD_TYPE_SEARCH_RESULT, NULL);

  self->index = g_object_ref (index);
  self->query = accord_search_query_ref (query);
  self->object = g_object_ref (object->object);
  self->section = object->section != NULL ? g_object_ref (object->section) : NULL;
  self->kind = object->kind;
  self->field = field->field;
  self->field_number = field_number;
  self->score = score;
  self->n_more = n_more;

  return self;
}

/* GObject */

static void
accord_search_result_dispose (GObject *object)
{
  AccordSearchResult *self = (AccordSearchResult *)object;

  g_clear_object (&self->object);
  g_clear_object (&self->section);
  g_clear_object (&self->index);

  G_OBJECT_CLASS (accord_search_result_parent_class)->dispose (object);
}

static void
accord_search_result_finalize (GObject *object)
{
  AccordSearchResult *self = (AccordSearchResult *)object;

  g_clear_pointer (&self->query, accord_search_query_unref);
  g_clear_pointer (&self->ranges, g_array_unref);
  g_free (self->snippet);

  G_OBJECT_CLASS (accord_search_result_parent_class)->finalize (object);
}

static void
accord_search_result_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  AccordSearchResult *self = ACCORD_SEARCH_RESULT (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_FIELD:
      g_value_set_enum (value, self->field);
      break;

    case PROP_OBJECT:
      g_value_set_object (value, self->object);
      break;

    case PROP_SECTION:
      g_value_set_object (value, self->section);
      break;

    case PROP_SNIPPET:
      g_value_set_string (value, accord_search_result_get_snippet (self));
      break;

    case PROP_SCORE:
      g_value_set_uint (value, self->score);
      break;

    case PROP_N_MORE:
      g_value_set_uint (value, self->n_more);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_search_result_class_init (AccordSearchResultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = accord_search_result_dispose;
  object_class->finalize = accord_search_result_finalize;
  object_class->get_property = accord_search_result_get_property;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       ACCORD_TYPE_SEARCH_KIND, ACCORD_SEARCH_KIND_SECTION,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_FIELD] =
    g_param_spec_enum ("field", NULL, NULL,
                       ACCORD_TYPE_SEARCH_FIELD, ACCORD_SEARCH_FIELD_TITLE,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_OBJECT] =
    g_param_spec_object ("object", NULL, NULL,
                         G_TYPE_OBJECT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SECTION] =
    g_param_spec_object ("section", NULL, NULL,
                         ACCORD_TYPE_SECTION,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SNIPPET] =
    g_param_spec_string ("snippet", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SCORE] =
    g_param_spec_uint ("score", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_N_MORE] =
    g_param_spec_uint ("n-more", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
accord_search_result_init (AccordSearchResult *self)
{
}

/* Public API: results */

AccordSearchKind
accord_search_result_get_kind (AccordSearchResult *self)
{
  g_return_val_if_fail (ACCORD_IS_SEARCH_RESULT (self), ACCORD_SEARCH_KIND_SECTION);
  return self->kind;
}

/**
 * accord_search_result_get_object:
 *
 * Returns: (transfer none): the #AccordSection, #AccordQuote, #AccordActor
 *   or #AccordEvent that matched
 */
GObject *
accord_search_result_get_object (AccordSearchResult *self)
{
  g_return_val_if_fail (ACCORD_IS_SEARCH_RESULT (self), NULL);
  return self->object;
}

/**
 * accord_search_result_get_section:
 *
 * Returns: (transfer none) (nullable): the section to open: the section
 *   itself, or the section of a quote; %NULL for actors and events
 */
AccordSection *
accord_search_result_get_section (AccordSearchResult *self)
{
  g_return_val_if_fail (ACCORD_IS_SEARCH_RESULT (self), NULL);
  return self->section;
}

AccordSearchField
accord_search_result_get_field (AccordSearchResult *self)
{
  g_return_val_if_fail (ACCORD_IS_SEARCH_RESULT (self), ACCORD_SEARCH_FIELD_TITLE);
  return self->field;
}

/**
 * accord_search_result_get_score:
 *
 * Returns: a number that is higher for better results: hundreds count the
 *   terms the field holds, tens how well they match (2 exact, 1 prefix,
 *   0 substring), units the weight of the field.  Results with equal scores
 *   come in document order.
 */
guint
accord_search_result_get_score (AccordSearchResult *self)
{
  g_return_val_if_fail (ACCORD_IS_SEARCH_RESULT (self), 0);
  return self->score;
}

/**
 * accord_search_result_get_n_more:
 *
 * A result is one object, shown by the field of it that matched best
 * (accord_search_result_get_field(), the snippet and the score are that
 * field's).
 *
 * Returns: how many other fields of the object match the query
 */
guint
accord_search_result_get_n_more (AccordSearchResult *self)
{
  g_return_val_if_fail (ACCORD_IS_SEARCH_RESULT (self), 0);
  return self->n_more;
}

static inline gsize
step_back (const char *text,
           gsize       offset)
{
  if (offset == 0)
    return 0;
  offset--;
  while (offset > 0 && ((guchar) text[offset] & 0xC0) == 0x80)
    offset--;
  return offset;
}

static inline gsize
step_forward (const char *text,
              gsize       len,
              gsize       offset)
{
  if (offset >= len)
    return len;
  offset++;
  while (offset < len && ((guchar) text[offset] & 0xC0) == 0x80)
    offset++;
  return offset;
}

static inline gboolean
is_space_at (const char *text,
             gsize       offset)
{
  guchar c = text[offset];

  if (c < 0x80)
    return g_ascii_isspace (c);

  return g_unichar_isspace (g_utf8_get_char_validated (text + offset, -1));
}

static inline gboolean
is_word_at (const char *text,
            gsize       offset)
{
  guchar c = text[offset];
  gunichar u;

  if (c < 0x80)
    return g_ascii_isalnum (c);

  u = g_utf8_get_char_validated (text + offset, -1);
  if (u == (gunichar) -1 || u == (gunichar) -2)
    return FALSE;

  return _accord_search_is_word_unichar (u) || _accord_search_is_dropped_mark (u);
}

/* Whether cutting the text at @offset keeps the words on both sides whole. */
static inline gboolean
is_boundary (const char *text,
             gsize       offset)
{
  return offset == 0 || text[offset] == '\0' ||
         !is_word_at (text, offset) || !is_word_at (text, step_back (text, offset));
}

static void
result_make_snippet (AccordSearchResult *self)
{
  const AccordSearchIndexField *field = &g_array_index (self->index->fields, AccordSearchIndexField, self->field_number);
  const char *text = field->text;
  gsize len = strlen (text);
  g_autoptr(GArray) found = accord_search_query_match_text (self->query, text);
  g_autoptr(GArray) kept = NULL;
  AccordSearchRange first = { 0, 0 };
  GString *snippet;
  gsize from, to, i;
  guint n_starts = 0, n_ends = 0;

  if (found->len > 0)
    first = g_array_index (found, AccordSearchRange, 0);

  /* About SNIPPET_CONTEXT characters each side of the first match, then
   * pulled in to the nearest word boundary when there is one, so words
   * stay whole. */
  from = first.start;
  for (i = 0; i < SNIPPET_CONTEXT && from > 0; i++)
    from = step_back (text, from);
  for (gsize at = from; at > 0 && at < first.start; at = step_forward (text, len, at))
    if (is_boundary (text, at))
      {
        from = at;
        break;
      }
  while (from < first.start && is_space_at (text, from))
    from = step_forward (text, len, from);

  to = first.end;
  for (i = 0; i < SNIPPET_CONTEXT && to < len; i++)
    to = step_forward (text, len, to);
  for (gsize at = to; at < len && at > first.end; at = step_back (text, at))
    if (is_boundary (text, at))
      {
        to = at;
        break;
      }
  while (to > first.end && is_space_at (text, step_back (text, to)))
    to = step_back (text, to);

  snippet = g_string_sized_new (to - from + 2 * strlen (ELLIPSIS));
  if (from > 0)
    g_string_append (snippet, ELLIPSIS);

  /* Only whole matches: a highlight must show what was found. */
  kept = g_array_new (FALSE, FALSE, sizeof (AccordSearchRange));
  for (i = 0; i < found->len; i++)
    {
      AccordSearchRange range = g_array_index (found, AccordSearchRange, i);

      if (range.start >= from && range.end <= to)
        g_array_append_val (kept, range);
    }
  self->ranges = g_array_copy (kept);

  /* Copy character by character, moving the ranges along: the loader only
   * lets valid UTF-8 through, but a snippet must never be anything else,
   * and a row is one line.  Ranges are sorted and apart, so their starts
   * and their ends each come in order. */
  for (gsize at = from; at <= to;)
    {
      gunichar c;
      gsize next;

      while (n_starts < kept->len && g_array_index (kept, AccordSearchRange, n_starts).start == at)
        g_array_index (self->ranges, AccordSearchRange, n_starts++).start = snippet->len;
      while (n_ends < kept->len && g_array_index (kept, AccordSearchRange, n_ends).end == at)
        g_array_index (self->ranges, AccordSearchRange, n_ends++).end = snippet->len;

      if (at == to)
        break;

      c = g_utf8_get_char_validated (text + at, to - at);
      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          g_string_append_unichar (snippet, 0xFFFD);
          next = at + 1;
        }
      else
        {
          next = step_forward (text, len, at);
          if (c == '\n' || c == '\r' || c == '\t')
            g_string_append_c (snippet, ' ');
          else
            g_string_append_len (snippet, text + at, next - at);
        }
      at = next;
    }
  g_assert (n_starts == kept->len && n_ends == kept->len);

  if (to < len)
    g_string_append (snippet, ELLIPSIS);

  self->snippet = g_string_free (snippet, FALSE);
}

/**
 * accord_search_result_get_snippet:
 *
 * Returns: (transfer none): about SNIPPET_CONTEXT characters each side of
 *   the first match in the field, with "…" where the text was cut
 */
const char *
accord_search_result_get_snippet (AccordSearchResult *self)
{
  g_return_val_if_fail (ACCORD_IS_SEARCH_RESULT (self), NULL);

  if (self->snippet == NULL)
    result_make_snippet (self);
  return self->snippet;
}

/**
 * accord_search_result_get_ranges:
 * @n_ranges: (out): the number of ranges
 *
 * Returns: (transfer none) (array length=n_ranges): the matches in the
 *   snippet, as sorted byte offsets into it
 */
const AccordSearchRange *
accord_search_result_get_ranges (AccordSearchResult *self,
                                 guint              *n_ranges)
{
  g_return_val_if_fail (ACCORD_IS_SEARCH_RESULT (self), NULL);
  g_return_val_if_fail (n_ranges != NULL, NULL);

  if (self->snippet == NULL)
    result_make_snippet (self);

  *n_ranges = self->ranges->len;
  return (const AccordSearchRange *) (void *) self->ranges->data;
}

/**
 * accord_search_result_format_marked:
 * @open: text to put before each match, such as "["
 * @close: text to put after each match, such as "]"
 *
 * Returns: (transfer full): the snippet with its matches marked
 */
char *
accord_search_result_format_marked (AccordSearchResult *self,
                                    const char         *open,
                                    const char         *close)
{
  const AccordSearchRange *ranges;
  const char *snippet;
  GString *marked;
  guint n_ranges;
  guint at = 0;

  g_return_val_if_fail (ACCORD_IS_SEARCH_RESULT (self), NULL);
  g_return_val_if_fail (open != NULL, NULL);
  g_return_val_if_fail (close != NULL, NULL);

  snippet = accord_search_result_get_snippet (self);
  ranges = accord_search_result_get_ranges (self, &n_ranges);
  marked = g_string_new (NULL);

  for (guint i = 0; i < n_ranges; i++)
    {
      g_string_append_len (marked, snippet + at, ranges[i].start - at);
      g_string_append (marked, open);
      g_string_append_len (marked, snippet + ranges[i].start, ranges[i].end - ranges[i].start);
      g_string_append (marked, close);
      at = ranges[i].end;
    }
  g_string_append (marked, snippet + at);

  return g_string_free (marked, FALSE);
}
