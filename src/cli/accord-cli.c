/* accord-cli.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The command line: everything here runs without a display, before GTK is
 * initialised, and uses only the core library.
 */

#define G_LOG_DOMAIN "accord-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "accord-briefing.h"
#include "accord-cli.h"
#include "accord-event.h"
#include "accord-loader.h"
#include "accord-section.h"

const GOptionEntry accord_cli_options[] = {
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and exit"), NULL },
  { "validate", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Check the briefings given and report every error"), NULL },
  { "list-sections", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the sections: id, tab, title"), NULL },
  { "list-events", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the events in timeline order: date, tab, id, tab, title"), NULL },
  { "list-actors", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the people and organizations: id, name, native name, number of quotes, sections and events, tab-separated"), NULL },
  { "search", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Search the briefing and print the results, best first"), N_("QUERY") },
  { "export", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Export to a file: pdf, txt or md"), N_("FORMAT") },
  { "convert", 0, G_OPTION_FLAG_OPTIONAL_ARG, G_OPTION_ARG_CALLBACK, (gpointer) accord_cli_convert_option,
    N_("Write the briefing as briefing JSON (from Markdown, TimelineJS3 or JSON)"), N_("json") },
  { "list-notes", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print my notes in document order: section, tab, quoted text, tab, note"), NULL },
  { "notes", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --export: include my highlights and notes"), NULL },
  { "notes-only", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --export: only my notes, with their passages"), NULL },
  { "section", 0, 0, G_OPTION_ARG_STRING_ARRAY, NULL,
    N_("With --export: a section to export (repeat for more; default: all)"), N_("ID") },
  { "timeline", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --export=svg, png or pdf: the timeline as a picture"), NULL },
  { "range", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --timeline: the dates to show, such as 2025-12/2026-02 (default: all)"), N_("FIRST/LAST") },
  { "scale", 0, 0, G_OPTION_ARG_INT, NULL,
    N_("With --timeline and png: 2 for twice the pixels"), N_("1|2") },
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("With --export or --convert: the file to write, or - for standard output"), N_("PATH") },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL,
    NULL, N_("[FILE…]") },
  { NULL }
};

static void
print_line (const char *line)
{
  /* Raw UTF-8 bytes: g_print() would convert to the locale's charset. */
  fputs (line, stdout);
  fputc ('\n', stdout);
}

/**
 * accord_cli_load_briefing:
 * @files: (nullable): the command line's file arguments
 *
 * Loads the one briefing named, or the bundled one when none is; prints
 * the reason when it cannot.
 *
 * Returns: (transfer full) (nullable): the briefing
 */
AccordBriefing *
accord_cli_load_briefing (const char * const *files)
{
  g_autoptr(GError) error = NULL;
  AccordBriefing *briefing;

  if (files != NULL && files[0] != NULL && files[1] != NULL)
    {
      g_printerr (_("accord: give at most one briefing\n"));
      return NULL;
    }

  if (files == NULL || files[0] == NULL)
    briefing = accord_loader_load_bundled (&error);
  else
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (files[0]);

      briefing = accord_loader_load_file (file, files[0], NULL, &error);
    }

  if (briefing == NULL)
    g_printerr ("%s\n", error->message);

  return briefing;
}

static int
run_validate (const char * const *files)
{
  int status = 0;

  if (files == NULL || files[0] == NULL)
    {
      g_printerr (_("accord: --validate needs at least one file\n"));
      return 2;
    }

  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (files[i]);
      g_autoptr(AccordBriefing) briefing = NULL;
      g_autoptr(GError) error = NULL;

      briefing = accord_loader_load_file (file, files[i], NULL, &error);
      if (briefing == NULL)
        {
          g_printerr ("%s\n", error->message);
          status = 1;
        }
    }

  return status;
}

static int
run_list_sections (const char * const *files)
{
  g_autoptr(AccordBriefing) briefing = accord_cli_load_briefing (files);
  GListModel *sections;
  guint n;

  if (briefing == NULL)
    return 1;

  sections = accord_briefing_get_all_sections (briefing);
  n = g_list_model_get_n_items (sections);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AccordSection) section = g_list_model_get_item (sections, i);
      g_autofree char *title = accord_text_clean (accord_section_get_title (section), ACCORD_CLI_CLEAN);
      g_autofree char *line = g_strdup_printf ("%s\t%s", accord_section_get_id (section), title);

      print_line (line);
    }

  return 0;
}

static int
run_list_events (const char * const *files)
{
  g_autoptr(AccordBriefing) briefing = accord_cli_load_briefing (files);
  GListModel *events;
  guint n;

  if (briefing == NULL)
    return 1;

  events = accord_briefing_get_timeline (briefing);
  n = g_list_model_get_n_items (events);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AccordEvent) event = g_list_model_get_item (events, i);
      g_autofree char *date = accord_event_dup_date_text (event);
      g_autofree char *title = accord_text_clean (accord_event_get_title (event), ACCORD_CLI_CLEAN);
      g_autofree char *line = g_strdup_printf ("%s\t%s\t%s", date, accord_event_get_id (event), title);

      print_line (line);
    }

  return 0;
}

/**
 * accord_cli_run:
 *
 * Returns: an exit status, or -1 when the options ask for the window
 */
int
accord_cli_run (GVariantDict *options)
{
  g_autofree const char **files = NULL;
  const char *search = NULL;
  const char *format = NULL;
  int status = -1;

  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &files);
  g_variant_dict_lookup (options, "search", "&s", &search);
  g_variant_dict_lookup (options, "export", "&s", &format);

  if (g_variant_dict_contains (options, "version"))
    {
      print_line ("accord " PACKAGE_VERSION);
      status = 0;
    }
  else if (g_variant_dict_contains (options, "validate"))
    status = run_validate (files);
  else if (g_variant_dict_contains (options, "list-sections"))
    status = run_list_sections (files);
  else if (g_variant_dict_contains (options, "list-events"))
    status = run_list_events (files);
  else if (g_variant_dict_contains (options, "list-actors"))
    status = accord_cli_list_actors (files);
  else if (g_variant_dict_contains (options, "list-notes"))
    status = accord_cli_list_notes (files);
  else if (search != NULL)
    status = accord_cli_search (search, files);
  else if (format != NULL && g_variant_dict_contains (options, "timeline"))
    status = accord_cli_export_timeline (options, format, files);
  else if (g_variant_dict_contains (options, "range") || g_variant_dict_contains (options, "scale") ||
           g_variant_dict_contains (options, "timeline"))
    {
      g_printerr (_("accord: --range and --scale go with --timeline, --timeline with --export\n"));
      status = 2;
    }
  else if (format != NULL)
    status = accord_cli_export (options, format, files);
  else if (accord_cli_convert_requested ())
    status = accord_cli_convert (options, files);
  else if (g_variant_dict_contains (options, "section") ||
           g_variant_dict_contains (options, "output") ||
           g_variant_dict_contains (options, "notes") ||
           g_variant_dict_contains (options, "notes-only"))
    {
      g_printerr (_("accord: --section, --notes and --notes-only go with --export, --output with --export or --convert\n"));
      status = 2;
    }

  fflush (stdout);

  return status;
}
