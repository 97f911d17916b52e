/* main.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "accord-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AccordApplication) app = NULL;
  /* An uninstalled build (meson devenv, build-aux/accord-dev run) reads
   * the catalogues the build made. */
  const char *localedir = g_getenv ("ACCORD_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL && localedir[0] != '\0' ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = accord_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
