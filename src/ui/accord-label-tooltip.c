/* accord-label-tooltip.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A list row's label shows its whole text in a tooltip when the row had
 * to shorten it, asked for when the pointer rests on it.  Setting the
 * tooltip text at every bind instead (gtk_widget_set_tooltip_text()) asks
 * the display server where the pointer is, one round trip per row bound:
 * GTK 4.8's list views keep up to 200 rows, so filling or refilling a
 * sidebar cost tens of milliseconds.
 */

#include "config.h"

#include "accord-label-tooltip.h"

static gboolean
on_query_tooltip (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard_mode,
                  GtkTooltip *tooltip,
                  gpointer    user_data)
{
  GtkLabel *label = GTK_LABEL (widget);

  if (!pango_layout_is_ellipsized (gtk_label_get_layout (label)))
    return FALSE;

  gtk_tooltip_set_text (tooltip, gtk_label_get_text (label));
  return TRUE;
}

/**
 * accord_label_tooltip_when_shortened:
 *
 * Gives @label a tooltip of its whole text, shown when the text is
 * ellipsized.  Call it once, when the label is made.
 */
void
accord_label_tooltip_when_shortened (GtkLabel *label)
{
  g_return_if_fail (GTK_IS_LABEL (label));

  gtk_widget_set_has_tooltip (GTK_WIDGET (label), TRUE);
  g_signal_connect (label, "query-tooltip", G_CALLBACK (on_query_tooltip), NULL);
}
