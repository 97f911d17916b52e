/* accord-cli.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "accord-types.h"

G_BEGIN_DECLS

extern const GOptionEntry accord_cli_options[];

int   accord_cli_run      (GVariantDict        *options);
int   accord_cli_search   (const char          *query,
                           const char * const  *files);
int   accord_cli_export   (GVariantDict        *options,
                           const char          *format,
                           const char * const  *files);
char *accord_cli_sanitize (const char          *text);
AccordBriefing *accord_cli_load_briefing (const char * const *files);

G_END_DECLS
