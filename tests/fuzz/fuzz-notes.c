/* fuzz-notes.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Any bytes as a notes file.  A file the reader refuses gives an
 * ACCORD_NOTES_ERROR naming it; a file it accepts writes back to a file
 * that reads to the same notes (written twice, the same bytes), and every
 * note, whatever its offsets and selector, anchors in a briefing without
 * crashing and points inside its field's text.
 */

#define G_LOG_DOMAIN "fuzz-notes"

#include "config.h"

#include <string.h>

#include "accord-briefing.h"
#include "accord-loader.h"
#include "accord-note-store.h"
#include "fuzz-common.h"

static const char briefing_json[] =
  "{\"format\":\"accord-briefing\",\"version\":1,\"id\":\"f\",\"title\":\"Fuzz\","
  "\"sections\":[{\"id\":\"s\",\"title\":\"Section\",\"summary\":\"A summary, a summary.\","
  "\"key_points\":[\"Point one\",\"서울 회담\"],"
  "\"body\":[\"The passage. The passage again.\",\"cafe\\u0301 and cafe\"]}],"
  "\"events\":[{\"id\":\"e\",\"title\":\"An event\",\"date\":\"2026-01-20\",\"summary\":\"It happened.\"}]}";

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static AccordBriefing *briefing;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GBytes) rewritten = NULL;

  if (briefing == NULL)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (briefing_json, strlen (briefing_json));
      briefing = accord_loader_load_bytes (bytes, "fuzz.json", &error);
      g_assert_no_error (error);
    }

  notes = accord_notes_parse ((const char *) data, size, "notes.json", &error);
  if (notes == NULL)
    {
      g_assert_error (error, ACCORD_NOTES_ERROR, error->code);
      g_assert_true (g_str_has_prefix (error->message, "notes.json"));
      fuzz_check_required_text (error->message);
      return 0;
    }
  g_assert_no_error (error);

  written = accord_notes_serialize (notes, "f", "bundled");
  again = accord_notes_parse (g_bytes_get_data (written, NULL), g_bytes_get_size (written),
                              "written.json", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (again->len, ==, notes->len);
  rewritten = accord_notes_serialize (again, "f", "bundled");
  g_assert_true (g_bytes_equal (written, rewritten));

  for (guint i = 0; i < notes->len; i++)
    {
      AccordNote *note = g_ptr_array_index (notes, i);
      const char *text;

      accord_note_anchor (note, briefing);
      if (accord_note_get_detached (note) || accord_note_get_field (note) == NULL)
        continue;
      text = accord_note_get_field_text (briefing, accord_note_get_target_kind (note),
                                         accord_note_get_target_id (note),
                                         accord_note_get_field (note),
                                         accord_note_get_index (note));
      g_assert_nonnull (text);
      g_assert_cmpuint (accord_note_get_start (note), <=, accord_note_get_end (note));
      g_assert_cmpuint (accord_note_get_end (note), <=, g_utf8_strlen (text, -1));
      g_assert_true (g_str_has_prefix (g_utf8_offset_to_pointer (text, accord_note_get_start (note)),
                                       accord_note_get_exact (note)));
    }

  return 0;
}
