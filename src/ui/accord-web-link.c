/* accord-web-link.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A source's address, wherever it is shown (a section, a person page):
 * only web addresses become links, and a briefing comes from anyone, so
 * the address is shown and confirmed before it is followed.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "accord-web-link.h"

/**
 * accord_web_link_is_web:
 *
 * Whether @url is an http(s) address; anything else (file:, javascript:,
 * data:…) is shown as text, never as a link.
 */
gboolean
accord_web_link_is_web (const char *url)
{
  g_autofree char *scheme = url != NULL ? g_uri_parse_scheme (url) : NULL;

  return (g_strcmp0 (scheme, "https") == 0 || g_strcmp0 (scheme, "http") == 0) &&
         g_uri_is_valid (url, G_URI_FLAGS_NONE, NULL);
}

static void
on_response (AdwMessageDialog *dialog,
             const char       *response,
             char             *url)
{
  if (g_strcmp0 (response, "open") == 0)
    g_app_info_launch_default_for_uri_async (url, NULL, NULL, NULL, NULL);
}

static void
on_clicked (GtkButton  *button,
            const char *url)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (button));
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Open This Link?"), NULL);
  /* The body is plain text: AdwMessageDialog does not parse it as markup
   * unless told to. */
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), url);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "open", _("_Open Link"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "open",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_response),
                         g_strdup (url), (GClosureNotify) (void (*) (void)) g_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * accord_web_link_connect:
 * @url: a web address (see accord_web_link_is_web())
 *
 * Makes a click on @button ask before opening @url.
 */
void
accord_web_link_connect (GtkButton  *button,
                         const char *url)
{
  g_return_if_fail (GTK_IS_BUTTON (button));
  g_return_if_fail (accord_web_link_is_web (url));

  gtk_widget_set_tooltip_text (GTK_WIDGET (button), url);
  g_signal_connect_data (button, "clicked", G_CALLBACK (on_clicked),
                         g_strdup (url), (GClosureNotify) (void (*) (void)) g_free, 0);
}
