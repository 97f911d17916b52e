/* accord-toast.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "accord-toast.h"

/**
 * accord_toast_new_plain:
 * @title: plain text: an error message, a path, words from a briefing
 *
 * libadwaita 1.2 parses a toast's title as markup, so a title that may
 * hold "<" or "&" is given as a label of its own, which shows it as typed.
 */
AdwToast *
accord_toast_new_plain (const char *title)
{
  AdwToast *toast = adw_toast_new ("");
  GtkWidget *label = gtk_label_new (title);

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  adw_toast_set_custom_title (toast, label);

  return toast;
}
