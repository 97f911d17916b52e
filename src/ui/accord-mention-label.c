/* accord-mention-label.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Names in a label as links to their person pages.  GtkLabel has links
 * only through markup, so the label's text is rebuilt as markup in which
 * every piece of briefing text is escaped, and a link's address is only
 * "accord-person:N", N an index into the actors' ids kept on the label:
 * nothing from the briefing is ever read as markup or as an address.  The
 * label's text (gtk_label_get_text) stays the briefing's text, so search
 * highlights, which are attributes at byte offsets of it, still fall where
 * they should.  A link activates win.show-person with the actor's id.
 */

#define G_LOG_DOMAIN "accord-mention-label"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "accord-actor.h"
#include "accord-mention-label.h"

#define LINK_PREFIX "accord-person:"

static void
append_escaped (GString    *out,
                const char *text,
                gssize      length)
{
  g_autofree char *escaped = g_markup_escape_text (text, length);

  g_string_append (out, escaped);
}

/**
 * accord_mention_markup:
 * @text: valid UTF-8
 * @mentions: in order, not overlapping, at character boundaries of @text
 *
 * Returns: (transfer full): @text as markup, escaped, with mention i as
 *   a link to "accord-person:i"
 */
char *
accord_mention_markup (const char          *text,
                       const AccordMention *mentions,
                       guint                n_mentions)
{
  GString *out = g_string_new (NULL);
  /* Translators: the tooltip of a person's name as a link in the text */
  g_autofree char *title = g_markup_escape_text (_("Show this person’s page"), -1);
  gsize at = 0;
  gsize length = strlen (text);

  for (guint i = 0; i < n_mentions; i++)
    {
      const AccordMention *m = &mentions[i];

      g_return_val_if_fail (m->start >= at && m->end > m->start && m->end <= length, g_string_free (out, TRUE));

      append_escaped (out, text + at, m->start - at);
      g_string_append_printf (out, "<a href=\"" LINK_PREFIX "%u\" title=\"%s\">", i, title);
      append_escaped (out, text + m->start, m->end - m->start);
      g_string_append (out, "</a>");
      at = m->end;
    }
  append_escaped (out, text + at, length - at);

  return g_string_free (out, FALSE);
}

static gboolean
on_activate_link (GtkLabel   *label,
                  const char *uri,
                  gpointer    user_data)
{
  const char * const *ids = g_object_get_data (G_OBJECT (label), "accord-mention-ids");
  guint64 index;

  /* Handled, whatever it is: no other address is ever made here. */
  if (ids == NULL || !g_str_has_prefix (uri, LINK_PREFIX) ||
      !g_ascii_string_to_unsigned (uri + strlen (LINK_PREFIX), 10, 0, g_strv_length ((char **) ids) - 1,
                                   &index, NULL))
    return TRUE;

  gtk_widget_activate_action (GTK_WIDGET (label), "win.show-person", "s", ids[index]);
  return TRUE;
}

/**
 * accord_mention_label_set:
 *
 * Shows @text in @label with @mentions as links; plain text when there
 * are none.
 *
 * Returns: whether any link was made
 */
gboolean
accord_mention_label_set (GtkLabel            *label,
                          const char          *text,
                          const AccordMention *mentions,
                          guint                n_mentions)
{
  g_autofree char *markup = NULL;
  char **ids;

  g_return_val_if_fail (GTK_IS_LABEL (label), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  if (n_mentions == 0)
    {
      gtk_label_set_use_markup (label, FALSE);
      gtk_label_set_text (label, text);
      return FALSE;
    }

  ids = g_new0 (char *, n_mentions + 1);
  for (guint i = 0; i < n_mentions; i++)
    ids[i] = g_strdup (accord_actor_get_id (mentions[i].actor));
  g_object_set_data_full (G_OBJECT (label), "accord-mention-ids", ids, (GDestroyNotify) g_strfreev);

  if (g_object_get_data (G_OBJECT (label), "accord-mention-connected") == NULL)
    {
      g_signal_connect (label, "activate-link", G_CALLBACK (on_activate_link), NULL);
      g_object_set_data (G_OBJECT (label), "accord-mention-connected", GINT_TO_POINTER (TRUE));
    }

  markup = accord_mention_markup (text, mentions, n_mentions);
  gtk_label_set_markup (label, markup);
  return TRUE;
}

/**
 * accord_mention_label_find:
 *
 * Makes links of the names @finder finds in @label's text.
 *
 * Returns: whether any link was made
 */
gboolean
accord_mention_label_find (GtkLabel            *label,
                           AccordMentionFinder *finder)
{
  g_autofree char *text = NULL;
  g_autoptr(GArray) mentions = NULL;

  g_return_val_if_fail (GTK_IS_LABEL (label), FALSE);
  g_return_val_if_fail (ACCORD_IS_MENTION_FINDER (finder), FALSE);

  text = g_strdup (gtk_label_get_text (label));
  mentions = accord_mention_finder_find (finder, text);
  if (mentions->len == 0)
    return FALSE;

  return accord_mention_label_set (label, text, (AccordMention *) (gpointer) mentions->data, mentions->len);
}
