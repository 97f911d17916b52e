/* accord-note-store-file.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The notes file, read and written.  Read with the strict JSON check and
 * its compact document, as briefings are (json-glib 1.6 is never used to
 * read: docs/DESIGN.md); written with json-glib's builder and generator,
 * as briefing JSON is.  Any note that cannot be read makes the whole file
 * unreadable, so that the store keeps it aside rather than writing over
 * the notes it could not read.
 */

#define G_LOG_DOMAIN "accord-notes"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "accord-json-doc.h"
#include "accord-note-store.h"
#include "accord-notes-private.h"

G_DEFINE_QUARK (accord-notes-error-quark, accord_notes_error)

typedef struct
{
  const AccordJsonDoc *doc;
  const char *display_name;
  GError **error;
} Reader;

static gboolean
fail (Reader     *r,
      guint       n,
      const char *what)
{
  /* Translators: a notes file that cannot be read; the first %s is the
   * file, %u the note's number, the last %s what is wrong */
  g_set_error (r->error, ACCORD_NOTES_ERROR, ACCORD_NOTES_ERROR_DAMAGED,
               _("%s: note %u: %s"), r->display_name, n + 1, what);
  return FALSE;
}

/* A string member: %TRUE if absent and optional, or a string. */
static gboolean
get_string (Reader         *r,
            AccordJsonNode  object,
            const char     *key,
            gboolean        required,
            char          **out)
{
  AccordJsonNode node = accord_json_doc_get_member (r->doc, object, key);

  if (node == ACCORD_JSON_NODE_NONE)
    return !required;
  if (accord_json_doc_get_node_type (r->doc, node) != ACCORD_JSON_STRING)
    return FALSE;
  g_free (*out);
  *out = g_strdup (accord_json_doc_get_string (r->doc, node, NULL));
  return TRUE;
}

static gboolean
get_uint (Reader         *r,
          AccordJsonNode  object,
          const char     *key,
          guint          *out)
{
  AccordJsonNode node = accord_json_doc_get_member (r->doc, object, key);
  gint64 value;

  if (node == ACCORD_JSON_NODE_NONE)
    return TRUE;
  if (accord_json_doc_get_node_type (r->doc, node) != ACCORD_JSON_INTEGER)
    return FALSE;
  value = accord_json_doc_get_int (r->doc, node);
  if (value < 0 || value > G_MAXINT32)
    return FALSE;
  *out = value;
  return TRUE;
}

/* YYYY-MM-DDTHH:MM:SS and a zone or fraction: what the store writes.  A
 * pattern, not a parse: a file of 10,000 notes has 20,000 of them. */
static gboolean
is_time (const char *text)
{
  static const char pattern[] = "dddd-dd-ddTdd:dd:dd";

  for (guint i = 0; pattern[i] != '\0'; i++)
    if (pattern[i] == 'd' ? !g_ascii_isdigit (text[i]) : text[i] != pattern[i])
      return FALSE;
  return text[19] == 'Z' || text[19] == '.' || text[19] == '+' || text[19] == '-';
}

static AccordNote *
read_note (Reader         *r,
           AccordJsonNode  object,
           guint           n)
{
  g_autoptr(AccordNote) note = _accord_note_new_empty ();
  g_autofree char *colour = NULL;
  AccordJsonNode target, selector, node;

  if (accord_json_doc_get_node_type (r->doc, object) != ACCORD_JSON_OBJECT)
    return fail (r, n, _("not an object")), NULL;

  if (!get_string (r, object, "id", TRUE, &note->id) || note->id[0] == '\0')
    return fail (r, n, _("“id” is missing or not a string")), NULL;
  if (!get_string (r, object, "created", TRUE, &note->created) || !is_time (note->created))
    return fail (r, n, _("“created” is not an ISO 8601 time")), NULL;
  if (!get_string (r, object, "modified", TRUE, &note->modified) || !is_time (note->modified))
    return fail (r, n, _("“modified” is not an ISO 8601 time")), NULL;
  if (!get_string (r, object, "colour", TRUE, &colour)
      || !accord_note_colour_from_string (colour, &note->colour))
    return fail (r, n, _("“colour” is not one of yellow, green, blue, pink, purple")), NULL;
  if (!get_string (r, object, "body", FALSE, &note->body))
    return fail (r, n, _("“body” is not a string")), NULL;

  node = accord_json_doc_get_member (r->doc, object, "detached");
  if (node != ACCORD_JSON_NODE_NONE)
    {
      if (accord_json_doc_get_node_type (r->doc, node) != ACCORD_JSON_BOOLEAN)
        return fail (r, n, _("“detached” is not true or false")), NULL;
      note->detached = accord_json_doc_get_boolean (r->doc, node);
    }

  target = accord_json_doc_get_member (r->doc, object, "target");
  if (target == ACCORD_JSON_NODE_NONE
      || accord_json_doc_get_node_type (r->doc, target) != ACCORD_JSON_OBJECT)
    return fail (r, n, _("“target” is missing or not an object")), NULL;

  if (accord_json_doc_get_member (r->doc, target, "section") != ACCORD_JSON_NODE_NONE)
    {
      note->kind = ACCORD_NOTE_TARGET_SECTION;
      if (!get_string (r, target, "section", TRUE, &note->target_id))
        return fail (r, n, _("“section” is not a string")), NULL;
    }
  else
    {
      note->kind = ACCORD_NOTE_TARGET_EVENT;
      if (!get_string (r, target, "event", TRUE, &note->target_id))
        return fail (r, n, _("the target has neither a “section” nor an “event”")), NULL;
    }
  if (!get_string (r, target, "title", FALSE, &note->target_title))
    return fail (r, n, _("“title” is not a string")), NULL;
  if (!get_string (r, target, "field", FALSE, &note->field))
    return fail (r, n, _("“field” is not a string")), NULL;
  if (!get_uint (r, target, "index", &note->index))
    return fail (r, n, _("“index” is not a number of 0 or more")), NULL;

  selector = accord_json_doc_get_member (r->doc, target, "selector");
  if (note->field != NULL)
    {
      if (selector == ACCORD_JSON_NODE_NONE
          || accord_json_doc_get_node_type (r->doc, selector) != ACCORD_JSON_OBJECT)
        return fail (r, n, _("a passage without a “selector”")), NULL;
      if (!get_string (r, selector, "exact", TRUE, &note->exact)
          || !get_string (r, selector, "prefix", FALSE, &note->prefix)
          || !get_string (r, selector, "suffix", FALSE, &note->suffix))
        return fail (r, n, _("the selector’s “exact”, “prefix” or “suffix” is not a string")), NULL;
      if (!get_uint (r, selector, "start", &note->start)
          || !get_uint (r, selector, "end", &note->end)
          || note->end < note->start)
        return fail (r, n, _("the selector’s “start” and “end” are not offsets")), NULL;
      if (note->prefix == NULL)
        note->prefix = g_strdup ("");
      if (note->suffix == NULL)
        note->suffix = g_strdup ("");
    }

  return g_steal_pointer (&note);
}

/**
 * accord_notes_parse:
 *
 * Reads a notes file.  Every failure is an %ACCORD_NOTES_ERROR that names
 * the file, and the line and column or the note that is wrong.
 *
 * Returns: (transfer full) (element-type AccordNote): the notes, in the
 *   file's order, or %NULL
 */
GPtrArray *
accord_notes_parse (const char  *data,
                    gsize        length,
                    const char  *display_name,
                    GError     **error)
{
  static const AccordJsonLimits limits = { 16, 4000000 };
  g_autoptr(AccordJsonDoc) doc = NULL;
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *message = NULL;
  AccordJsonPosition pos = { 1, 1 };
  AccordJsonNode root, node, list;
  Reader r = { NULL, display_name, error };

  if (length > ACCORD_NOTES_MAX_FILE_SIZE)
    {
      g_set_error (error, ACCORD_NOTES_ERROR, ACCORD_NOTES_ERROR_DAMAGED,
                   _("%s: larger than a notes file can be"), display_name);
      return NULL;
    }

  if (accord_json_doc_parse (data, length, &limits, &doc, &pos, &message) != ACCORD_JSON_CHECK_OK)
    {
      g_set_error (error, ACCORD_NOTES_ERROR, ACCORD_NOTES_ERROR_DAMAGED,
                   "%s:%u:%u: %s", display_name, pos.line, pos.column, message);
      return NULL;
    }
  r.doc = doc;

  root = accord_json_doc_get_root (doc);
  if (accord_json_doc_get_node_type (doc, root) != ACCORD_JSON_OBJECT)
    {
      g_set_error (error, ACCORD_NOTES_ERROR, ACCORD_NOTES_ERROR_DAMAGED,
                   _("%s: not a notes file (not a JSON object)"), display_name);
      return NULL;
    }

  node = accord_json_doc_get_member (doc, root, "format");
  if (node == ACCORD_JSON_NODE_NONE
      || accord_json_doc_get_node_type (doc, node) != ACCORD_JSON_STRING
      || g_strcmp0 (accord_json_doc_get_string (doc, node, NULL), ACCORD_NOTES_FORMAT) != 0)
    {
      g_set_error (error, ACCORD_NOTES_ERROR, ACCORD_NOTES_ERROR_DAMAGED,
                   _("%s: not a notes file (its “format” is not “%s”)"),
                   display_name, ACCORD_NOTES_FORMAT);
      return NULL;
    }

  node = accord_json_doc_get_member (doc, root, "version");
  if (node == ACCORD_JSON_NODE_NONE
      || accord_json_doc_get_node_type (doc, node) != ACCORD_JSON_INTEGER
      || accord_json_doc_get_int (doc, node) < 1)
    {
      g_set_error (error, ACCORD_NOTES_ERROR, ACCORD_NOTES_ERROR_DAMAGED,
                   _("%s: its “version” is missing or not a number"), display_name);
      return NULL;
    }
  if (accord_json_doc_get_int (doc, node) > ACCORD_NOTES_VERSION)
    {
      /* The number is formatted apart: gettext cannot see through
       * G_GINT64_FORMAT, so a msgid holding it is never translated. */
      g_autofree char *version = g_strdup_printf ("%" G_GINT64_FORMAT,
                                                  accord_json_doc_get_int (doc, node));

      g_set_error (error, ACCORD_NOTES_ERROR, ACCORD_NOTES_ERROR_NEWER,
                   /* Translators: %1$s is the notes file, %2$s the version number
                    * it was written with. */
                   _("%1$s: written by a newer version of Accord (notes version %2$s)"),
                   display_name, version);
      return NULL;
    }

  list = accord_json_doc_get_member (doc, root, "notes");
  if (list == ACCORD_JSON_NODE_NONE
      || accord_json_doc_get_node_type (doc, list) != ACCORD_JSON_ARRAY)
    {
      g_set_error (error, ACCORD_NOTES_ERROR, ACCORD_NOTES_ERROR_DAMAGED,
                   _("%s: “notes” is missing or not a list"), display_name);
      return NULL;
    }

  for (guint i = 0; i < accord_json_doc_get_length (doc, list); i++)
    {
      AccordNote *note = read_note (&r, accord_json_doc_get_element (doc, list, i), i);

      if (note == NULL)
        return NULL;
      g_ptr_array_add (notes, note);
    }

  return g_steal_pointer (&notes);
}

static void
add_string (JsonBuilder *builder,
            const char  *key,
            const char  *value)
{
  if (value == NULL)
    return;
  json_builder_set_member_name (builder, key);
  json_builder_add_string_value (builder, value);
}

static void
add_uint (JsonBuilder *builder,
          const char  *key,
          guint        value)
{
  json_builder_set_member_name (builder, key);
  json_builder_add_int_value (builder, value);
}

/**
 * accord_notes_serialize:
 * @notes: (element-type AccordNote)
 *
 * Returns: (transfer full): the notes file, in UTF-8
 */
GBytes *
accord_notes_serialize (GPtrArray  *notes,
                        const char *briefing_id,
                        const char *briefing_source)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  GString *generated;
  GString *text;

  json_builder_begin_object (builder);
  add_string (builder, "format", ACCORD_NOTES_FORMAT);
  add_uint (builder, "version", ACCORD_NOTES_VERSION);
  if (briefing_id != NULL || briefing_source != NULL)
    {
      json_builder_set_member_name (builder, "briefing");
      json_builder_begin_object (builder);
      add_string (builder, "id", briefing_id);
      add_string (builder, "source", briefing_source);
      json_builder_end_object (builder);
    }
  json_builder_set_member_name (builder, "notes");
  json_builder_begin_array (builder);
  for (guint i = 0; i < notes->len; i++)
    {
      AccordNote *note = g_ptr_array_index (notes, i);

      json_builder_begin_object (builder);
      add_string (builder, "id", note->id);
      add_string (builder, "created", note->created);
      add_string (builder, "modified", note->modified);
      add_string (builder, "colour", accord_note_colour_to_string (note->colour));
      add_string (builder, "body", note->body);
      if (note->detached)
        {
          json_builder_set_member_name (builder, "detached");
          json_builder_add_boolean_value (builder, TRUE);
        }
      json_builder_set_member_name (builder, "target");
      json_builder_begin_object (builder);
      add_string (builder, note->kind == ACCORD_NOTE_TARGET_SECTION ? "section" : "event",
                  note->target_id);
      add_string (builder, "title", note->target_title);
      if (note->field != NULL)
        {
          add_string (builder, "field", note->field);
          add_uint (builder, "index", note->index);
          json_builder_set_member_name (builder, "selector");
          json_builder_begin_object (builder);
          add_string (builder, "type", "TextQuoteSelector");
          add_string (builder, "exact", note->exact);
          add_string (builder, "prefix", note->prefix);
          add_string (builder, "suffix", note->suffix);
          add_uint (builder, "start", note->start);
          add_uint (builder, "end", note->end);
          json_builder_end_object (builder);
        }
      json_builder_end_object (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 1);

  generated = g_string_new (NULL);
  json_generator_to_gstring (generator, generated);

  /* As in the briefing writer: json-glib 1.6 writes control characters
   * other than \b \f \n \r \t raw, which JSON forbids; outside strings it
   * writes only spaces and newlines, so every other one is in a string. */
  text = g_string_sized_new (generated->len + 1);
  for (gsize i = 0; i < generated->len; i++)
    {
      guchar c = generated->str[i];

      if (c < 0x20 && c != '\n')
        g_string_append_printf (text, "\\u%04x", c);
      else
        g_string_append_c (text, c);
    }
  g_string_append_c (text, '\n');
  g_string_free (generated, TRUE);

  return g_string_free_to_bytes (text);
}
