/* fuzz-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Any bytes to the loader; whatever it accepts is exported as plain text
 * and Markdown, whole and as a one-section excerpt, and, for small inputs,
 * as PDF.  A briefing that opens must export: any failure is a finding.
 */

#define G_LOG_DOMAIN "fuzz-export"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "accord-briefing.h"
#include "accord-export.h"
#include "accord-loader.h"
#include "accord-section.h"
#include "fuzz-common.h"

/* Pango lays out every paragraph for PDF, which is a hundred times slower
 * than the text exporters; small inputs still reach all of its code. */
#define PDF_MAX_INPUT 4096

static void
check_filename (AccordBriefing     *briefing,
                GPtrArray          *sections,
                AccordExportFormat  format)
{
  g_autofree char *name = accord_export_suggest_filename (briefing, sections, format);

  fuzz_check_required_text (name);
  g_assert_cmpuint (strlen (name), >, 0);
  g_assert_cmpuint (strlen (name), <, 255);
  g_assert_true (name[0] != '.');
  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_assert_true (c != '/' && c != '\\');
      g_assert_false (g_unichar_iscntrl (c));
    }
}

static void
export (AccordBriefing     *briefing,
        GPtrArray          *sections,
        AccordExportFormat  format)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  const char *data;
  gsize length;

  bytes = accord_export_to_bytes (briefing, sections, format, NULL, NULL, NULL, NULL, &error);
  if (bytes == NULL)
    g_error ("export failed: %s", error != NULL ? error->message : "(no error)");
  g_assert_no_error (error);

  data = g_bytes_get_data (bytes, &length);
  g_assert_cmpuint (length, >, 0);

  if (format == ACCORD_EXPORT_FORMAT_PDF)
    {
      g_assert_true (length > 8 && memcmp (data, "%PDF-", 5) == 0);
      g_assert_nonnull (g_strstr_len (data + length - 8, 8, "%%EOF"));
    }
  else
    {
      /* People paste these into other documents. */
      g_assert_true (g_utf8_validate (data, length, NULL));
      g_assert_null (memchr (data, '\0', length));
    }

  check_filename (briefing, sections, format);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(AccordBriefing) briefing = NULL;
  g_autoptr(GPtrArray) excerpt = NULL;
  GListModel *all;
  guint n_all;

  briefing = accord_loader_load_bytes (bytes, "fuzz.json", NULL);
  if (briefing == NULL)
    return 0;

  export (briefing, NULL, ACCORD_EXPORT_FORMAT_TEXT);
  export (briefing, NULL, ACCORD_EXPORT_FORMAT_MARKDOWN);

  /* The last section may be nested: an excerpt then starts mid-tree. */
  all = accord_briefing_get_all_sections (briefing);
  n_all = g_list_model_get_n_items (all);
  excerpt = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (excerpt, g_list_model_get_item (all, n_all - 1));
  export (briefing, excerpt, ACCORD_EXPORT_FORMAT_TEXT);
  export (briefing, excerpt, ACCORD_EXPORT_FORMAT_MARKDOWN);

  if (size < PDF_MAX_INPUT)
    {
      export (briefing, NULL, ACCORD_EXPORT_FORMAT_PDF);
      export (briefing, excerpt, ACCORD_EXPORT_FORMAT_PDF);
    }

  return 0;
}
