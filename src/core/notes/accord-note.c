/* accord-note.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One highlight or note of the reader's: where it is (a target and a
 * text-quote selector, in the W3C Web Annotation model's words), what it
 * says, its colour and its times.  Kept by AccordNoteStore.
 */

#define G_LOG_DOMAIN "accord-notes"

#include "config.h"

#include <glib/gi18n.h>

#include "accord-notes-private.h"

G_DEFINE_FINAL_TYPE (AccordNote, accord_note, G_TYPE_OBJECT)

static const char * const colour_names[ACCORD_NOTE_N_COLOURS] = {
  "yellow", "green", "blue", "pink", "purple",
};

static void
accord_note_finalize (GObject *object)
{
  AccordNote *self = ACCORD_NOTE (object);

  g_free (self->id);
  g_free (self->target_id);
  g_free (self->target_title);
  g_free (self->field);
  g_free (self->exact);
  g_free (self->prefix);
  g_free (self->suffix);
  g_free (self->body);
  g_free (self->created);
  g_free (self->modified);

  G_OBJECT_CLASS (accord_note_parent_class)->finalize (object);
}

static void
accord_note_class_init (AccordNoteClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = accord_note_finalize;
}

static void
accord_note_init (AccordNote *self)
{
}

AccordNote *
_accord_note_new_empty (void)
{
  return g_object_new (ACCORD_TYPE_NOTE, NULL);
}

/* Milliseconds, so that two edits within a second still order. */
char *
_accord_note_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *seconds = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S");

  return g_strdup_printf ("%s.%03dZ", seconds,
                          g_date_time_get_microsecond (now) / 1000);
}

/* Characters [start, end) of @text, with ACCORD_NOTE_CONTEXT_LENGTH
 * characters on each side. */
void
_accord_note_set_context (AccordNote *self,
                          const char *field_text,
                          guint       start,
                          guint       end)
{
  glong length = g_utf8_strlen (field_text, -1);
  const char *a, *b, *p, *s;

  end = MIN ((glong) end, length);
  start = MIN (start, end);

  a = g_utf8_offset_to_pointer (field_text, start);
  b = g_utf8_offset_to_pointer (field_text, end);
  p = g_utf8_offset_to_pointer (field_text, MAX (0, (glong) start - ACCORD_NOTE_CONTEXT_LENGTH));
  s = g_utf8_offset_to_pointer (field_text, MIN (length, (glong) end + ACCORD_NOTE_CONTEXT_LENGTH));

  g_free (self->exact);
  g_free (self->prefix);
  g_free (self->suffix);
  self->exact = g_strndup (a, b - a);
  self->prefix = g_strndup (p, a - p);
  self->suffix = g_strndup (b, s - b);
  self->start = start;
  self->end = end;
}

/**
 * accord_note_new:
 * @field: (nullable): one of the ACCORD_NOTE_FIELD_* names, or %NULL for
 *   a note on the whole section or event
 * @field_text: (nullable): the field's text, when @field is set
 * @start: the passage's first character in @field_text
 * @end: the character after the passage
 *
 * A new yellow highlight without a note, created now.
 */
AccordNote *
accord_note_new (AccordNoteTargetKind  kind,
                 const char           *target_id,
                 const char           *field,
                 guint                 index,
                 const char           *field_text,
                 guint                 start,
                 guint                 end)
{
  AccordNote *self;

  g_return_val_if_fail (target_id != NULL, NULL);
  g_return_val_if_fail (field == NULL || field_text != NULL, NULL);

  self = _accord_note_new_empty ();
  self->id = g_uuid_string_random ();
  self->kind = kind;
  self->target_id = g_strdup (target_id);
  self->field = g_strdup (field);
  self->index = index;
  self->colour = ACCORD_NOTE_COLOUR_YELLOW;
  self->created = _accord_note_now ();
  self->modified = g_strdup (self->created);

  if (field != NULL)
    _accord_note_set_context (self, field_text, start, end);

  return self;
}

AccordNote *
accord_note_copy (AccordNote *self)
{
  AccordNote *copy;

  g_return_val_if_fail (ACCORD_IS_NOTE (self), NULL);

  copy = _accord_note_new_empty ();
  copy->id = g_strdup (self->id);
  copy->kind = self->kind;
  copy->target_id = g_strdup (self->target_id);
  copy->target_title = g_strdup (self->target_title);
  copy->field = g_strdup (self->field);
  copy->index = self->index;
  copy->exact = g_strdup (self->exact);
  copy->prefix = g_strdup (self->prefix);
  copy->suffix = g_strdup (self->suffix);
  copy->start = self->start;
  copy->end = self->end;
  copy->body = g_strdup (self->body);
  copy->colour = self->colour;
  copy->created = g_strdup (self->created);
  copy->modified = g_strdup (self->modified);
  copy->detached = self->detached;

  return copy;
}

const char *
accord_note_get_id (AccordNote *self)
{
  g_return_val_if_fail (ACCORD_IS_NOTE (self), NULL);
  return self->id;
}

AccordNoteTargetKind
accord_note_get_target_kind (AccordNote *self)
{
  g_return_val_if_fail (ACCORD_IS_NOTE (self), 0);
  return self->kind;
}

const char *
accord_note_get_target_id (AccordNote *self)
{
  g_return_val_if_fail (ACCORD_IS_NOTE (self), NULL);
  return self->target_id;
}

/**
 * accord_note_get_target_title:
 *
 * Returns: (nullable): the title of the section or event when the note
 *   was last anchored, so that a detached note can still say where it was
 */
const char *
accord_note_get_target_title (AccordNote *self)
{
  g_return_val_if_fail (ACCORD_IS_NOTE (self), NULL);
  return self->target_title;
}

void
accord_note_set_target_title (AccordNote *self,
                              const char *title)
{
  g_return_if_fail (ACCORD_IS_NOTE (self));

  if (g_strcmp0 (self->target_title, title) == 0)
    return;
  g_free (self->target_title);
  self->target_title = g_strdup (title);
}

const char *
accord_note_get_field (AccordNote *self)
{
  g_return_val_if_fail (ACCORD_IS_NOTE (self), NULL);
  return self->field;
}

guint
accord_note_get_index (AccordNote *self)
{
  g_return_val_if_fail (ACCORD_IS_NOTE (self), 0);
  return self->index;
}

const char *
accord_note_get_exact (AccordNote *self)
{
  g_return_val_if_fail (ACCORD_IS_NOTE (self), NULL);
  return self->exact;
}

const char *
accord_note_get_prefix (AccordNote *self)
{
  g_return_val_if_fail (ACCORD_IS_NOTE (self), NULL);
  return self->prefix;
}

const char *
accord_note_get_suffix (AccordNote *self)
{
  g_return_val_if_fail (ACCORD_IS_NOTE (self), NULL);
  return self->suffix;
}

guint
accord_note_get_start (AccordNote *self)
{
  g_return_val_if_fail (ACCORD_IS_NOTE (self), 0);
  return self->start;
}

guint
accord_note_get_end (AccordNote *self)
{
  g_return_val_if_fail (ACCORD_IS_NOTE (self), 0);
  return self->end;
}

/**
 * accord_note_get_body:
 *
 * Returns: (nullable): what the reader wrote, or %NULL for a highlight
 *   without a note
 */
const char *
accord_note_get_body (AccordNote *self)
{
  g_return_val_if_fail (ACCORD_IS_NOTE (self), NULL);
  return self->body;
}

AccordNoteColour
accord_note_get_colour (AccordNote *self)
{
  g_return_val_if_fail (ACCORD_IS_NOTE (self), 0);
  return self->colour;
}

const char *
accord_note_get_created (AccordNote *self)
{
  g_return_val_if_fail (ACCORD_IS_NOTE (self), NULL);
  return self->created;
}

const char *
accord_note_get_modified (AccordNote *self)
{
  g_return_val_if_fail (ACCORD_IS_NOTE (self), NULL);
  return self->modified;
}

/**
 * accord_note_get_detached:
 *
 * Returns: whether the passage could not be found in the briefing when it
 *   was last anchored; the note is kept, with its quoted text
 */
gboolean
accord_note_get_detached (AccordNote *self)
{
  g_return_val_if_fail (ACCORD_IS_NOTE (self), FALSE);
  return self->detached;
}

const char *
accord_note_colour_to_string (AccordNoteColour colour)
{
  g_return_val_if_fail (colour < ACCORD_NOTE_N_COLOURS, NULL);
  return colour_names[colour];
}

gboolean
accord_note_colour_from_string (const char       *text,
                                AccordNoteColour *colour)
{
  for (guint i = 0; i < ACCORD_NOTE_N_COLOURS; i++)
    if (g_strcmp0 (text, colour_names[i]) == 0)
      {
        *colour = i;
        return TRUE;
      }
  return FALSE;
}

/* Light tints (GNOME's palette, lightest shades), for paper and the light
 * style: black text stays readable on each. */
guint32
accord_note_colour_get_rgb (AccordNoteColour colour)
{
  static const guint32 rgb[ACCORD_NOTE_N_COLOURS] = {
    0xf9f06b, 0x8ff0a4, 0x99c1f1, 0xf7b2d3, 0xdc8add,
  };

  g_return_val_if_fail (colour < ACCORD_NOTE_N_COLOURS, 0);
  return rgb[colour];
}

const char *
accord_note_colour_get_label (AccordNoteColour colour)
{
  switch (colour)
    {
    case ACCORD_NOTE_COLOUR_YELLOW: return C_("highlight colour", "Yellow");
    case ACCORD_NOTE_COLOUR_GREEN:  return C_("highlight colour", "Green");
    case ACCORD_NOTE_COLOUR_BLUE:   return C_("highlight colour", "Blue");
    case ACCORD_NOTE_COLOUR_PINK:   return C_("highlight colour", "Pink");
    case ACCORD_NOTE_COLOUR_PURPLE: return C_("highlight colour", "Purple");
    case ACCORD_NOTE_N_COLOURS:
    default:
      g_return_val_if_reached (NULL);
    }
}
