/* accord-cli-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * accord --export=pdf|txt|md [--section=ID]… [--output=PATH] [FILE]
 *
 * The output is written atomically: complete, or not at all.
 */

#define G_LOG_DOMAIN "accord-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <unistd.h>

#include "accord-briefing.h"
#include "accord-cli.h"
#include "accord-export.h"
#include "accord-loader.h"
#include "accord-section.h"

static gboolean
write_stdout (GBytes  *bytes,
              GError **error)
{
  gsize length;
  const guint8 *data = g_bytes_get_data (bytes, &length);

  if (fwrite (data, 1, length, stdout) != length || fflush (stdout) != 0)
    {
      g_set_error (error, ACCORD_ERROR, ACCORD_ERROR_EXPORT,
                   _("could not write to standard output"));
      return FALSE;
    }

  return TRUE;
}

int
accord_cli_export (GVariantDict       *options,
                   const char         *format_name,
                   const char * const *files)
{
  g_autoptr(AccordBriefing) briefing = NULL;
  g_autoptr(GPtrArray) sections = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree const char **ids = NULL;
  g_autofree char *output = NULL;
  g_autoptr(GPtrArray) annotations = NULL;
  AccordExportOptions export_options;
  AccordExportFormat format;
  const char *name;

  if (!accord_export_format_from_string (format_name, &format))
    {
      g_printerr (_("accord: unknown export format “%s” (use pdf, txt or md)\n"), format_name);
      return 1;
    }

  briefing = accord_cli_load_briefing (files);
  if (briefing == NULL)
    return 1;

  name = accord_briefing_get_display_name (briefing);

  g_variant_dict_lookup (options, "section", "^a&s", &ids);
  if (ids != NULL && ids[0] != NULL)
    {
      sections = g_ptr_array_new ();
      for (guint i = 0; ids[i] != NULL; i++)
        {
          AccordSection *section = accord_briefing_lookup_section (briefing, ids[i]);

          if (section == NULL)
            {
              g_printerr (_("accord: %s has no section “%s” (see --list-sections)\n"), name, ids[i]);
              return 1;
            }
          g_ptr_array_add (sections, section);
        }
    }

  g_variant_dict_lookup (options, "output", "^ay", &output);
  if (output == NULL)
    output = accord_export_suggest_filename (briefing, sections, format);

  if (g_strcmp0 (output, "-") == 0 && format == ACCORD_EXPORT_FORMAT_PDF && isatty (STDOUT_FILENO))
    {
      g_printerr (_("accord: will not write a PDF to a terminal; use --output=FILE\n"));
      return 1;
    }

  accord_export_options_init (&export_options);
  if (g_variant_dict_contains (options, "notes") || g_variant_dict_contains (options, "notes-only"))
    {
      g_autoptr(AccordNoteStore) store = accord_cli_load_notes (briefing);

      if (store == NULL)
        return 1;
      annotations = accord_notes_dup_export_annotations (store, briefing);
      export_options.annotations = annotations;
      export_options.annotations_only = g_variant_dict_contains (options, "notes-only");
    }
  bytes = accord_export_to_bytes (briefing, sections, format, &export_options,
                                  NULL, NULL, NULL, &error);
  if (bytes == NULL)
    {
      g_printerr ("accord: %s\n", error->message);
      return 1;
    }

  if (g_strcmp0 (output, "-") == 0)
    {
      if (!write_stdout (bytes, &error))
        {
          g_printerr ("accord: %s\n", error->message);
          return 1;
        }
    }
  else
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (output);

      if (!accord_export_write (bytes, file, &error))
        {
          g_printerr ("accord: %s\n", error->message);
          return 1;
        }

      g_printerr (_("accord: wrote %s\n"), output);
    }

  return 0;
}
