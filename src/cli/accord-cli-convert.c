/* accord-cli-convert.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * accord --convert[=json] [FILE] [--output=PATH]
 *
 * Writes the briefing JSON of any file Accord opens (Markdown, a
 * TimelineJS3 timeline, briefing JSON), atomically like an export.
 */

#define G_LOG_DOMAIN "accord-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "accord-briefing.h"
#include "accord-briefing-writer.h"
#include "accord-cli.h"
#include "accord-export.h"

/* GApplication packs only options without a callback into its
 * dictionary, and only a callback can take an optional value: this one
 * keeps what it was given for accord_cli_run(), which runs once per
 * process. */
static char *convert_format;
static char *convert_file;
static gboolean convert_given;

/* GOption gives an optional value the next argument as well, so that
 * "--convert notes.md" arrives as the value "notes.md": a value that is
 * no format but names a file, or looks like a path, is the file. */
gboolean
accord_cli_convert_option (const char  *option_name,
                           const char  *value,
                           gpointer     data,
                           GError     **error)
{
  convert_given = TRUE;
  g_clear_pointer (&convert_format, g_free);
  g_clear_pointer (&convert_file, g_free);

  if (value == NULL || g_strcmp0 (value, "json") == 0)
    convert_format = g_strdup ("json");
  else if (strchr (value, '.') != NULL || strchr (value, '/') != NULL ||
           g_file_test (value, G_FILE_TEST_EXISTS))
    {
      convert_format = g_strdup ("json");
      convert_file = g_strdup (value);
    }
  else
    convert_format = g_strdup (value);

  return TRUE;
}

gboolean
accord_cli_convert_requested (void)
{
  return convert_given;
}

int
accord_cli_convert (GVariantDict       *options,
                    const char * const *files)
{
  g_autoptr(AccordBriefing) briefing = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  g_autoptr(GFile) target = NULL;
  GFile *source;

  if (g_strcmp0 (convert_format, "json") != 0)
    {
      g_printerr (_("accord: unknown conversion “%s” (Accord converts to json)\n"), convert_format);
      return 2;
    }

  if (convert_file != NULL)
    {
      const char *both[] = { convert_file, files != NULL ? files[0] : NULL, NULL };

      briefing = accord_cli_load_briefing (both);
    }
  else
    briefing = accord_cli_load_briefing (files);
  if (briefing == NULL)
    return 1;

  bytes = accord_briefing_write_json (briefing);

  g_variant_dict_lookup (options, "output", "^ay", &output);
  if (g_strcmp0 (output, "-") == 0)
    {
      gsize length;
      const char *data = g_bytes_get_data (bytes, &length);

      if (fwrite (data, 1, length, stdout) != length || fflush (stdout) != 0)
        {
          g_printerr (_("accord: could not write to standard output\n"));
          return 1;
        }
      return 0;
    }

  if (output == NULL)
    output = g_strconcat (accord_briefing_get_id (briefing), ".briefing.json", NULL);
  target = g_file_new_for_commandline_arg (output);

  /* Converting a briefing onto itself would only reformat it, and a
   * mistake there loses the original. */
  source = accord_briefing_get_file (briefing);
  if (source != NULL && g_file_equal (source, target))
    {
      g_printerr (_("accord: %s would overwrite the file it is converted from; use --output=PATH\n"), output);
      return 1;
    }

  if (!accord_export_write (bytes, target, &error))
    {
      g_printerr ("accord: %s\n", error->message);
      return 1;
    }

  g_printerr (_("accord: wrote %s\n"), output);

  return 0;
}
