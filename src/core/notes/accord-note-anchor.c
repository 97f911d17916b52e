/* accord-note-anchor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Finding a note's passage again in a briefing that was reloaded or
 * edited: the offsets first, then the exact text with its prefix and
 * suffix, then the exact text alone; otherwise the note is detached, and
 * kept.  The note's own field is tried before the target's other fields,
 * so a passage that moved to another paragraph is still found.
 */

#define G_LOG_DOMAIN "accord-notes"

#include "config.h"

#include <string.h>

#include "accord-briefing.h"
#include "accord-event.h"
#include "accord-notes-private.h"
#include "accord-quote.h"
#include "accord-section.h"

typedef struct
{
  const char *field;
  guint       index;
  const char *text;
} Field;

/* Fields in the order the section view shows them. */
static const char * const section_fields[] = {
  ACCORD_NOTE_FIELD_TITLE,
  ACCORD_NOTE_FIELD_SUMMARY,
  ACCORD_NOTE_FIELD_KEY_POINTS,
  ACCORD_NOTE_FIELD_BODY,
  ACCORD_NOTE_FIELD_QUOTES,
};

static guint
field_rank (const char *field)
{
  if (field == NULL)
    return 0;
  for (guint i = 0; i < G_N_ELEMENTS (section_fields); i++)
    if (g_str_equal (field, section_fields[i]))
      return i + 1;
  return G_N_ELEMENTS (section_fields) + 1;
}

static const char *
strv_get (const char * const *strv,
          guint               index)
{
  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    if (i == index)
      return strv[i];
  return NULL;
}

static void
collect_fields (AccordBriefing       *briefing,
                AccordNoteTargetKind  kind,
                const char           *target_id,
                GArray               *fields)
{
  if (kind == ACCORD_NOTE_TARGET_SECTION)
    {
      AccordSection *section = accord_briefing_lookup_section (briefing, target_id);
      const char * const *strv;
      Field f;

      if (section == NULL)
        return;
      f = (Field) { ACCORD_NOTE_FIELD_TITLE, 0, accord_section_get_title (section) };
      g_array_append_val (fields, f);
      f = (Field) { ACCORD_NOTE_FIELD_SUMMARY, 0, accord_section_get_summary (section) };
      g_array_append_val (fields, f);
      strv = accord_section_get_key_points (section);
      for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
        {
          f = (Field) { ACCORD_NOTE_FIELD_KEY_POINTS, i, strv[i] };
          g_array_append_val (fields, f);
        }
      strv = accord_section_get_body (section);
      for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
        {
          f = (Field) { ACCORD_NOTE_FIELD_BODY, i, strv[i] };
          g_array_append_val (fields, f);
        }
      for (guint i = 0; i < accord_section_get_n_quotes (section); i++)
        {
          f = (Field) { ACCORD_NOTE_FIELD_QUOTES, i,
                        accord_quote_get_text (accord_section_get_quote (section, i)) };
          g_array_append_val (fields, f);
        }
    }
  else
    {
      AccordEvent *event = accord_briefing_lookup_event (briefing, target_id);
      Field f;

      if (event == NULL)
        return;
      f = (Field) { ACCORD_NOTE_FIELD_TITLE, 0, accord_event_get_title (event) };
      g_array_append_val (fields, f);
      f = (Field) { ACCORD_NOTE_FIELD_SUMMARY, 0, accord_event_get_summary (event) };
      g_array_append_val (fields, f);
    }
}

/**
 * accord_note_get_field_text:
 *
 * Returns: (nullable): the text of a field of a section or event, as the
 *   briefing has it now, or %NULL if there is no such field
 */
const char *
accord_note_get_field_text (AccordBriefing       *briefing,
                            AccordNoteTargetKind  kind,
                            const char           *target_id,
                            const char           *field,
                            guint                 index)
{
  g_return_val_if_fail (ACCORD_IS_BRIEFING (briefing), NULL);

  if (target_id == NULL || field == NULL)
    return NULL;

  if (kind == ACCORD_NOTE_TARGET_SECTION)
    {
      AccordSection *section = accord_briefing_lookup_section (briefing, target_id);

      if (section == NULL)
        return NULL;
      if (g_str_equal (field, ACCORD_NOTE_FIELD_TITLE))
        return index == 0 ? accord_section_get_title (section) : NULL;
      if (g_str_equal (field, ACCORD_NOTE_FIELD_SUMMARY))
        return index == 0 ? accord_section_get_summary (section) : NULL;
      if (g_str_equal (field, ACCORD_NOTE_FIELD_KEY_POINTS))
        return strv_get (accord_section_get_key_points (section), index);
      if (g_str_equal (field, ACCORD_NOTE_FIELD_BODY))
        return strv_get (accord_section_get_body (section), index);
      if (g_str_equal (field, ACCORD_NOTE_FIELD_QUOTES))
        return index < accord_section_get_n_quotes (section)
               ? accord_quote_get_text (accord_section_get_quote (section, index)) : NULL;
      return NULL;
    }
  else
    {
      AccordEvent *event = accord_briefing_lookup_event (briefing, target_id);

      if (event == NULL || index != 0)
        return NULL;
      if (g_str_equal (field, ACCORD_NOTE_FIELD_TITLE))
        return accord_event_get_title (event);
      if (g_str_equal (field, ACCORD_NOTE_FIELD_SUMMARY))
        return accord_event_get_summary (event);
      return NULL;
    }
}

/* A character that belongs to the one before it: a passage can neither
 * end before it nor start on it (an accent, a Hangul vowel or final jamo,
 * a joiner). */
static gboolean
continues_cluster (const char *p)
{
  gunichar c;

  if (*p == '\0')
    return FALSE;
  c = g_utf8_get_char (p);
  if (g_unichar_ismark (c) || c == 0x200D)
    return TRUE;
  switch (g_unichar_break_type (c))
    {
    case G_UNICODE_BREAK_HANGUL_V_JAMO:
    case G_UNICODE_BREAK_HANGUL_T_JAMO:
    case G_UNICODE_BREAK_COMBINING_MARK:
    case G_UNICODE_BREAK_ZERO_WIDTH_JOINER:
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
ends_with (const char *text,
           gsize       length,
           const char *suffix)
{
  gsize n = strlen (suffix);

  return n <= length && memcmp (text + length - n, suffix, n) == 0;
}

/* How many bytes of context agree, before and after. */
static gsize
context_agreement (const char *text,
                   gsize       pos,
                   gsize       len,
                   const char *prefix,
                   const char *suffix)
{
  gsize before = 0, after = 0;
  gsize np = strlen (prefix);
  const char *rest = text + pos + len;

  while (before < np && before < pos && text[pos - 1 - before] == prefix[np - 1 - before])
    before++;
  while (suffix[after] != '\0' && rest[after] == suffix[after])
    after++;

  return before + after;
}

typedef struct
{
  guint  field;       /* in the fields array */
  gsize  pos;         /* bytes */
  gsize  agreement;
  gboolean context;   /* prefix and suffix both match */
  glong  distance;    /* from the old start, in the note's own field */
} Candidate;

static gboolean
better (const Candidate *a,
        const Candidate *b)
{
  if (a->context != b->context)
    return a->context;
  if (a->agreement != b->agreement)
    return a->agreement > b->agreement;
  return a->distance < b->distance;
}

/* Returns whether the note changed. */
static gboolean
replace_string (char       **field,
                const char  *start,
                gsize        length)
{
  if (*field != NULL && strlen (*field) == length && memcmp (*field, start, length) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strndup (start, length);
  return TRUE;
}

/* Puts the note on characters [start, end) of @f, with its context;
 * returns whether anything about it changed. */
static gboolean
place (AccordNote  *self,
       const Field *f,
       const char  *a,
       const char  *b,
       guint        start,
       guint        end)
{
  const char *p = a, *s = b;
  gboolean changed = self->detached || self->start != start || self->end != end
                     || self->index != f->index || g_strcmp0 (self->field, f->field) != 0;

  for (guint i = 0; i < ACCORD_NOTE_CONTEXT_LENGTH && p > f->text; i++)
    p = g_utf8_prev_char (p);
  for (guint i = 0; i < ACCORD_NOTE_CONTEXT_LENGTH && *s != '\0'; i++)
    s = g_utf8_next_char (s);

  if (g_strcmp0 (self->field, f->field) != 0)
    {
      g_free (self->field);
      self->field = g_strdup (f->field);
    }
  self->index = f->index;
  self->start = start;
  self->end = end;
  self->detached = FALSE;
  changed |= replace_string (&self->exact, a, b - a);
  changed |= replace_string (&self->prefix, p, a - p);
  changed |= replace_string (&self->suffix, b, s - b);
  return changed;
}

/**
 * accord_note_anchor:
 *
 * Finds the note's passage in @briefing and updates its field, offsets and
 * context; a note whose passage (or target) is gone is marked detached,
 * and keeps its quoted text.
 *
 * Returns: whether anything about the note changed
 */
gboolean
accord_note_anchor (AccordNote     *self,
                    AccordBriefing *briefing)
{
  g_autoptr(GArray) fields = NULL;
  const char *title = NULL;
  gsize exact_len;
  Candidate best = { G_MAXUINT, 0, 0, FALSE, G_MAXLONG };
  gboolean was_detached;

  g_return_val_if_fail (ACCORD_IS_NOTE (self), FALSE);
  g_return_val_if_fail (ACCORD_IS_BRIEFING (briefing), FALSE);

  was_detached = self->detached;

  if (self->kind == ACCORD_NOTE_TARGET_SECTION)
    {
      AccordSection *section = accord_briefing_lookup_section (briefing, self->target_id);
      if (section != NULL)
        title = accord_section_get_title (section);
    }
  else
    {
      AccordEvent *event = accord_briefing_lookup_event (briefing, self->target_id);
      if (event != NULL)
        title = accord_event_get_title (event);
    }

  if (title == NULL)
    {
      /* The target is gone: keep its old title to list the note under. */
      self->detached = TRUE;
      return !was_detached;
    }
  accord_note_set_target_title (self, title);

  if (self->field == NULL)
    {
      self->detached = FALSE;
      return was_detached;
    }

  exact_len = self->exact != NULL ? strlen (self->exact) : 0;

  /* 1. The offsets, if the text there is still the passage: the common
   * case, checked without collecting the target's fields. */
  {
    const char *text = accord_note_get_field_text (briefing, self->kind, self->target_id,
                                                   self->field, self->index);
    Field own = { self->field, self->index, text };

    if (text != NULL && exact_len > 0 && self->start <= self->end)
      {
        const char *a = text, *b;
        guint i;

        for (i = 0; i < self->start && *a != '\0'; i++)
          a = g_utf8_next_char (a);
        b = a;
        for (; i < self->end && *b != '\0'; i++)
          b = g_utf8_next_char (b);
        if (i == self->end && (gsize) (b - a) == exact_len && memcmp (a, self->exact, exact_len) == 0
            && !continues_cluster (a) && !continues_cluster (b))
          return place (self, &own, a, b, self->start, self->end);
      }
  }

  if (exact_len == 0)
    {
      self->detached = TRUE;
      return !was_detached;
    }

  fields = g_array_new (FALSE, FALSE, sizeof (Field));
  collect_fields (briefing, self->kind, self->target_id, fields);

  /* 2 and 3. Every occurrence of the exact text in the target: one with
   * its prefix and suffix wins over one without; then the most context;
   * then the nearest to where it was. */
  for (guint i = 0; i < fields->len; i++)
    {
      const Field *f = &g_array_index (fields, Field, i);
      gboolean own;
      const char *p;

      if (f->text == NULL)
        continue;
      own = g_str_equal (f->field, self->field) && f->index == self->index;

      for (p = strstr (f->text, self->exact); p != NULL; p = strstr (p + 1, self->exact))
        {
          Candidate c;
          gsize pos = p - f->text;

          if (continues_cluster (p) || continues_cluster (p + exact_len))
            continue;
          c.field = i;
          c.pos = pos;
          c.context = ends_with (f->text, pos, self->prefix ? self->prefix : "")
                      && g_str_has_prefix (p + exact_len, self->suffix ? self->suffix : "");
          c.agreement = context_agreement (f->text, pos, exact_len,
                                           self->prefix ? self->prefix : "",
                                           self->suffix ? self->suffix : "");
          c.distance = own ? ABS (g_utf8_pointer_to_offset (f->text, p) - (glong) self->start)
                           : G_MAXLONG - 1;
          if (best.field == G_MAXUINT || better (&c, &best))
            best = c;
        }
    }

  if (best.field == G_MAXUINT)
    {
      self->detached = TRUE;
      return !was_detached;
    }
  else
    {
      const Field *f = &g_array_index (fields, Field, best.field);
      const char *a = f->text + best.pos;
      guint start = g_utf8_pointer_to_offset (f->text, a);

      return place (self, f, a, a + exact_len, start, start + g_utf8_strlen (self->exact, -1));
    }
}

static guint
target_position (AccordNote     *note,
                 AccordBriefing *briefing,
                 gboolean       *found)
{
  if (note->kind == ACCORD_NOTE_TARGET_SECTION)
    {
      AccordSection *section = accord_briefing_lookup_section (briefing, note->target_id);

      *found = section != NULL;
      return section != NULL ? accord_section_get_index (section) : 0;
    }
  else
    {
      AccordEvent *event = accord_briefing_lookup_event (briefing, note->target_id);

      *found = event != NULL;
      /* Events come after every section. */
      return event != NULL ? G_MAXUINT / 2 + accord_event_get_index (event) : 0;
    }
}

/**
 * accord_note_compare:
 *
 * Document order: by section (then events), field as the section view
 * shows them, paragraph, and offset; notes whose target is gone last,
 * oldest first.
 */
int
accord_note_compare (AccordNote     *a,
                     AccordNote     *b,
                     AccordBriefing *briefing)
{
  gboolean found_a, found_b;
  guint ta = target_position (a, briefing, &found_a);
  guint tb = target_position (b, briefing, &found_b);

  if (found_a != found_b)
    return found_a ? -1 : 1;
  if (!found_a)
    return g_strcmp0 (a->created, b->created);
  if (ta != tb)
    return ta < tb ? -1 : 1;
  if (field_rank (a->field) != field_rank (b->field))
    return field_rank (a->field) < field_rank (b->field) ? -1 : 1;
  if (a->index != b->index)
    return a->index < b->index ? -1 : 1;
  if (a->start != b->start)
    return a->start < b->start ? -1 : 1;
  return g_strcmp0 (a->created, b->created);
}
