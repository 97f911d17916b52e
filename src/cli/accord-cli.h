/* accord-cli.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "accord-text-clean.h"
#include "accord-note-store.h"
#include "accord-types.h"

G_BEGIN_DECLS

/* Briefing text is untrusted: a title may hold terminal escapes or bidi
 * overrides.  Control characters and line separators become spaces (so
 * that tabs and newlines cannot break the one-line, tab-separated output),
 * direction overrides are dropped (accord-text-clean.c has the list). */
#define ACCORD_CLI_CLEAN ACCORD_TEXT_CLEAN_CONTROLS_TO_SPACE

extern const GOptionEntry accord_cli_options[];

int   accord_cli_run      (GVariantDict        *options);
int   accord_cli_search   (const char          *query,
                           const char * const  *files);
int   accord_cli_export   (GVariantDict        *options,
                           const char          *format,
                           const char * const  *files);
int   accord_cli_export_timeline (GVariantDict *options,
                                 const char   *format,
                                 const char * const *files);
int   accord_cli_list_actors (const char * const  *files);
int   accord_cli_convert  (GVariantDict        *options,
                           const char * const  *files);
gboolean accord_cli_convert_option    (const char  *option_name,
                                       const char  *value,
                                       gpointer     data,
                                       GError     **error);
gboolean accord_cli_convert_requested (void);
AccordBriefing *accord_cli_load_briefing (const char * const *files);
int   accord_cli_list_notes (const char * const  *files);
AccordNoteStore *accord_cli_load_notes (AccordBriefing *briefing);

G_END_DECLS
