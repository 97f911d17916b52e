/* accord-cli-timeline.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * accord --export=svg|png|pdf --timeline [--range=FIRST/LAST] [--scale=2]
 *        [--output=PATH] [FILE]
 *
 * The timeline as a picture, written atomically like every export.
 */

#define G_LOG_DOMAIN "accord-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <unistd.h>

#include "accord-briefing.h"
#include "accord-cli.h"
#include "accord-date.h"
#include "accord-export.h"
#include "accord-timeline-picture.h"

/* FIRST/LAST as two dates (2025-12, 2026-02-25…): the days from the
 * first day of FIRST to the last day of LAST. */
static gboolean
parse_range (const char  *text,
             double      *start_day,
             double      *end_day)
{
  g_auto(GStrv) parts = g_strsplit (text, "/", -1);
  g_autoptr(AccordDate) first = NULL;
  g_autoptr(AccordDate) last = NULL;

  if (g_strv_length (parts) != 2)
    return FALSE;

  first = accord_date_parse (parts[0], NULL);
  last = accord_date_parse (parts[1], NULL);
  if (first == NULL || last == NULL ||
      accord_date_is_interval (first) || accord_date_is_interval (last))
    return FALSE;

  *start_day = accord_date_get_first_day (first);
  *end_day = accord_date_get_last_day (last) + 1;

  return *end_day > *start_day;
}

int
accord_cli_export_timeline (GVariantDict       *options,
                            const char         *format_name,
                            const char * const *files)
{
  g_autoptr(AccordBriefing) briefing = NULL;
  g_autoptr(AccordTimelinePicture) picture = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  AccordTimelinePictureFormat format;
  const char *range = NULL;
  double start_day, end_day;
  int scale = 1;

  if (!accord_timeline_picture_format_from_string (format_name, &format))
    {
      g_printerr (_("accord: unknown timeline format “%s” (use svg, png or pdf)\n"), format_name);
      return 1;
    }

  if (g_variant_dict_lookup (options, "scale", "i", &scale) &&
      (format != ACCORD_TIMELINE_PICTURE_PNG || (scale != 1 && scale != 2)))
    {
      g_printerr (_("accord: --scale is 1 or 2, for a PNG\n"));
      return 1;
    }

  g_variant_dict_lookup (options, "range", "&s", &range);
  if (range != NULL && !parse_range (range, &start_day, &end_day))
    {
      g_printerr (_("accord: “%s” is not a range of dates such as 2025-12/2026-02-25\n"), range);
      return 1;
    }

  if (g_variant_dict_contains (options, "section"))
    {
      g_printerr (_("accord: --section does not go with --timeline\n"));
      return 2;
    }

  briefing = accord_cli_load_briefing (files);
  if (briefing == NULL)
    return 1;

  picture = accord_timeline_picture_new (accord_briefing_get_timeline (briefing),
                                         accord_briefing_get_title (briefing),
                                         accord_briefing_get_language (briefing));
  accord_timeline_picture_set_eras (picture, accord_briefing_get_eras (briefing));
  if (range != NULL)
    accord_timeline_picture_set_range (picture, start_day, end_day);

  g_variant_dict_lookup (options, "output", "^ay", &output);
  if (output == NULL)
    output = accord_timeline_picture_suggest_filename (briefing, format);

  if (g_strcmp0 (output, "-") == 0 && format != ACCORD_TIMELINE_PICTURE_SVG && isatty (STDOUT_FILENO))
    {
      g_printerr (_("accord: will not write a picture to a terminal; use --output=FILE\n"));
      return 1;
    }

  bytes = accord_timeline_picture_to_bytes (picture, format, ACCORD_TIMELINE_PICTURE_WIDTH, scale, &error);
  if (bytes == NULL)
    {
      g_printerr ("accord: %s\n", error->message);
      return 1;
    }

  if (g_strcmp0 (output, "-") == 0)
    {
      gsize length;
      const guint8 *data = g_bytes_get_data (bytes, &length);

      if (fwrite (data, 1, length, stdout) != length || fflush (stdout) != 0)
        {
          g_printerr (_("accord: could not write to standard output\n"));
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
