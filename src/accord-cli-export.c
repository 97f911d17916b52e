/* accord-cli-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "accord-cli.h"

int
accord_cli_export (GVariantDict       *options,
                   const char         *format,
                   const char * const *files)
{
  g_printerr (_("accord: export is not available in this build\n"));
  return 2;
}
