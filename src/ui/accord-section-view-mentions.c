/* accord-section-view-mentions.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * People in the section view: the names of known actors in the summary,
 * key points, paragraphs and quote attributions as links to their pages
 * (accord-mention-label.c escapes all of it), and each person of the
 * People block as a button to their page.
 */

#define G_LOG_DOMAIN "accord-section-view"

#include "config.h"

#include <glib/gi18n.h>

#include "accord-actor.h"
#include "accord-mention-label.h"
#include "accord-section-view-private.h"

static gboolean
takes_links (GtkLabel *label)
{
  GtkWidget *widget = GTK_WIDGET (label);

  return gtk_widget_has_css_class (widget, "body-text") ||
         gtk_widget_has_css_class (widget, "key-point") ||
         gtk_widget_has_css_class (widget, "lead") ||
         gtk_widget_has_css_class (widget, "quote-attribution");
}

void
_accord_section_view_link_mentions (AccordSectionView *self)
{
  if (self->finder == NULL)
    return;

  for (guint i = 0; i < self->text_labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (self->text_labels, i);

      if (takes_links (label) && !gtk_label_get_use_markup (label))
        accord_mention_label_find (label, self->finder);
    }
}

/**
 * accord_section_view_set_mention_finder:
 * @finder: (nullable): the names to show as links
 *
 * The section shown gets its links at once; so does every one after.
 */
void
accord_section_view_set_mention_finder (AccordSectionView   *self,
                                        AccordMentionFinder *finder)
{
  g_return_if_fail (ACCORD_IS_SECTION_VIEW (self));
  g_return_if_fail (finder == NULL || ACCORD_IS_MENTION_FINDER (finder));

  if (!g_set_object (&self->finder, finder))
    return;

  _accord_section_view_link_mentions (self);
  /* The links' attributes replace nothing: the highlights are the
   * label's own attributes, kept. */
}

GtkWidget *
_accord_section_view_make_person_button (AccordSectionView *self,
                                         GtkWidget         *child,
                                         AccordActor       *actor)
{
  GtkWidget *button = gtk_button_new ();
  g_autofree char *name = NULL;

  /* Labels inside a button are not selectable: they would take the click. */
  for (GtkWidget *w = gtk_widget_get_first_child (child); w != NULL; w = gtk_widget_get_next_sibling (w))
    if (GTK_IS_LABEL (w))
      gtk_label_set_selectable (GTK_LABEL (w), FALSE);

  gtk_button_set_child (GTK_BUTTON (button), child);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "person-link");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.show-person");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", accord_actor_get_id (actor));
  gtk_widget_set_tooltip_text (button, _("Show this person’s page"));

  /* Translators: how a screen reader names a person in a section's People
   * block; %s is their name */
  name = g_strdup_printf (_("%s, show page"), accord_actor_get_name (actor));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  return button;
}
