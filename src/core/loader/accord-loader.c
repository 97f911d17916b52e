/* accord-loader.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Turns bytes into an AccordBriefing.  One pass of accord-json-check both
 * checks the bytes strictly and builds a compact read-only document
 * (accord-json-doc.h); json-glib is not used: its tree took three times the
 * file and as long to free as the model took to build, and json-glib 1.6
 * alone overflows its stack on deep nesting, accepts non-JSON (comments,
 * single quotes, 010 as 8) and decodes a lone surrogate to invalid UTF-8.
 * Every node's type is checked here, explicitly, while the
 * model is built; the document is freed before the briefing is returned.
 * Errors name the file, the line and column, and the JSON path.
 */

#define G_LOG_DOMAIN "accord-loader"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "accord-json-check.h"
#include "accord-json-doc.h"
#include "accord-loader-private.h"
#include "accord-markdown.h"
#include "accord-model-private.h"

void
_accord_loader_set_too_large_error (GError     **error,
                                    const char  *display_name,
                                    guint64      length)
{
  g_autofree char *size = g_format_size (length);
  g_autofree char *max = g_format_size (ACCORD_LOADER_MAX_FILE_SIZE);

  /* Just over the cap, both round to "67.1 MB", which reads as if the file
   * were not too large at all: then give the bytes as well. */
  if (g_strcmp0 (size, max) == 0)
    {
      g_free (size);
      g_free (max);
      size = g_format_size_full (length, G_FORMAT_SIZE_LONG_FORMAT);
      max = g_format_size_full (ACCORD_LOADER_MAX_FILE_SIZE, G_FORMAT_SIZE_LONG_FORMAT);
    }

  g_set_error (error, ACCORD_ERROR, ACCORD_ERROR_TOO_LARGE,
               _("%s: the file is %s; Accord opens briefings of up to %s"),
               display_name, size, max);
}

/* Other JSON shapes that people will try to open, named so that they
 * know what they have. */
static gboolean
load_json_root (AccordLoaderState *l,
                AccordJsonNode     root)
{
  AccordJsonNode member;

  /* A briefing that lost its "format" still has its sections: tell its
   * author what is missing rather than read it as a timeline. */
  if (node_type (l, root) != ACCORD_JSON_OBJECT ||
      get_member (l, root, "format") != ACCORD_JSON_NODE_NONE ||
      get_member (l, root, "sections") != ACCORD_JSON_NODE_NONE)
    return _accord_loader_load_root (l, root);

  member = get_member (l, root, "events");
  if (member != ACCORD_JSON_NODE_NONE && node_type (l, member) == ACCORD_JSON_ARRAY)
    return _accord_loader_load_timelinejs (l, root);

  member = get_member (l, root, "timeline");
  if (member != ACCORD_JSON_NODE_NONE && node_type (l, member) == ACCORD_JSON_OBJECT)
    {
      _accord_loader_path_push_key (l, "timeline");
      _accord_loader_fail (l, ACCORD_ERROR_UNSUPPORTED_FORMAT,
                           _("this is a timeline in the older TimelineJS2 format "
                             "(\"timeline\": {\"date\": […]}); Accord reads TimelineJS3 "
                             "timelines (\"events\": […])"));
      _accord_loader_path_pop (l);
      return FALSE;
    }

  member = get_member (l, root, "storymap");
  if (member != ACCORD_JSON_NODE_NONE && node_type (l, member) == ACCORD_JSON_OBJECT)
    {
      _accord_loader_path_push_key (l, "storymap");
      _accord_loader_fail (l, ACCORD_ERROR_UNSUPPORTED_FORMAT,
                           _("this is a StoryMapJS story map, not a briefing or a timeline; "
                             "Accord reads briefing JSON, Markdown and TimelineJS3 timelines"));
      _accord_loader_path_pop (l);
      return FALSE;
    }

  return _accord_loader_load_root (l, root);
}

typedef enum
{
  SNIFF_JSON,
  SNIFF_MARKDOWN,
  SNIFF_JSON_OR_MARKDOWN,  /* JSON if it parses, Markdown otherwise */
} Sniffed;

static gboolean
name_has_suffix (const char *name,
                 const char *suffix)
{
  gsize n = strlen (name);
  gsize m = strlen (suffix);

  return n >= m && g_ascii_strcasecmp (name + n - m, suffix) == 0;
}

/* The content decides; the name is a hint where content cannot: a file
 * named .json is always JSON (and its errors are JSON errors), a Markdown
 * file may start with "[" (a link, a badge) or, rarely, with "{". */
static Sniffed
sniff (const char *data,
       gsize       length,
       const char *name)
{
  gboolean markdown_name = name_has_suffix (name, ".md") || name_has_suffix (name, ".markdown");
  gsize i = 0;

  if (name_has_suffix (name, ".json"))
    return SNIFF_JSON;

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    i = 3;
  while (i < length && (data[i] == ' ' || data[i] == '\t' || data[i] == '\n' || data[i] == '\r'))
    i++;

  if (i < length && data[i] == '{')
    return markdown_name ? SNIFF_JSON_OR_MARKDOWN : SNIFF_JSON;
  if (i < length && data[i] == '[')
    return SNIFF_JSON_OR_MARKDOWN;

  return SNIFF_MARKDOWN;
}

AccordBriefing *
_accord_loader_load_data (const char  *data,
                          gsize        length,
                          const char  *display_name,
                          GFile       *file,
                          GError     **error)
{
  static const AccordJsonLimits limits = {
    ACCORD_LOADER_MAX_DEPTH,
    ACCORD_LOADER_MAX_VALUES,
  };
  g_autoptr(AccordJsonDoc) doc = NULL;
  g_autofree char *message = NULL;
  AccordJsonPosition pos = { 1, 1 };
  AccordJsonCheckResult result;
  AccordLoaderState l = { 0 };
  Sniffed sniffed;

  if (length > ACCORD_LOADER_MAX_FILE_SIZE)
    {
      _accord_loader_set_too_large_error (error, display_name, length);
      return NULL;
    }

  sniffed = sniff (data, length, display_name);
  if (sniffed == SNIFF_MARKDOWN)
    return accord_markdown_read (data, length, display_name, file, error);

  result = accord_json_doc_parse (data, length, &limits, &doc, &pos, &message);
  if (result != ACCORD_JSON_CHECK_OK && sniffed == SNIFF_JSON_OR_MARKDOWN)
    return accord_markdown_read (data, length, display_name, file, error);
  if (result != ACCORD_JSON_CHECK_OK)
    {
      g_set_error (error, ACCORD_ERROR,
                   result == ACCORD_JSON_CHECK_LIMIT ? ACCORD_ERROR_TOO_LARGE : ACCORD_ERROR_NOT_JSON,
                   "%s:%u:%u: %s", display_name, pos.line, pos.column, message);
      return NULL;
    }

  l.display_name = display_name;
  l.data = data;
  l.length = length;
  l.doc = doc;
  l.briefing = _accord_briefing_new ();
  l.briefing->display_name = g_strdup (display_name);
  g_set_object (&l.briefing->file, file);
  l.path = g_array_new (FALSE, FALSE, sizeof (AccordLoaderPathSegment));

  load_json_root (&l, accord_json_doc_get_root (doc));

  /* Before returning: peak memory is the file, the document and the model,
   * and the caller may go on to build a search index. */
  g_clear_pointer (&doc, accord_json_doc_free);
  l.doc = NULL;
  g_array_unref (l.path);

  if (l.error != NULL)
    {
      g_propagate_error (error, l.error);
      g_object_unref (l.briefing);
      return NULL;
    }

  return l.briefing;
}

/**
 * accord_loader_load_bytes:
 * @bytes: the file's contents
 * @display_name: how errors name the file
 *
 * Returns: (transfer full): the briefing, or %NULL with @error set
 */
AccordBriefing *
accord_loader_load_bytes (GBytes      *bytes,
                          const char  *display_name,
                          GError     **error)
{
  gsize length;
  const char *data;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  data = g_bytes_get_data (bytes, &length);

  return _accord_loader_load_data (data, length, display_name, NULL, error);
}

AccordBriefing *
accord_loader_load_resource (const char  *path,
                             GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  name = g_path_get_basename (path);
  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;

  return accord_loader_load_bytes (bytes, name, error);
}

/**
 * accord_loader_load_bundled:
 *
 * Returns: (transfer full): the briefing that ships with Accord
 */
AccordBriefing *
accord_loader_load_bundled (GError **error)
{
  return accord_loader_load_resource (ACCORD_BUNDLED_BRIEFING, error);
}
