/* accord-section-view-blocks.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The parts of the detail pane built for each section: quotes, people,
 * related events and sources, with links that open only for http(s).
 */

#define G_LOG_DOMAIN "accord-section-view"

#include "config.h"

#include <glib/gi18n.h>

#include "accord-actor.h"
#include "accord-date.h"
#include "accord-event.h"
#include "accord-quote.h"
#include "accord-section.h"
#include "accord-section-view-private.h"
#include "accord-source.h"
#include "accord-web-link.h"

static void
on_event_button_clicked (GtkButton         *button,
                         AccordSectionView *self)
{
  AccordEvent *event = g_object_get_data (G_OBJECT (button), "accord-event");

  g_signal_emit_by_name (self, "event-activated", event);
}

GtkWidget *
_accord_section_view_make_quote (AccordSectionView *self,
            AccordQuote       *quote)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  AccordActor *speaker = accord_quote_get_speaker (quote);
  g_autofree char *attribution = NULL;
  g_autofree char *dashed = NULL;
  GtkLabel *text;
  GtkLabel *who;

  gtk_widget_add_css_class (box, "blockquote");
  gtk_accessible_update_property (GTK_ACCESSIBLE (box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Quote"),
                                  -1);

  text = _accord_section_view_make_label (self, accord_quote_get_text (quote), "quote-text", TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (text));

  attribution = accord_actor_dup_attribution (speaker);
  /* Translators: attribution under a quote, %s is the speaker */
  dashed = g_strdup_printf (_("— %s"), attribution);
  who = _accord_section_view_make_label (self, dashed, "quote-attribution", TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (who), "dim-label");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (who));

  if (accord_quote_get_note (quote) != NULL)
    {
      GtkLabel *note = _accord_section_view_make_label (self, accord_quote_get_note (quote), "caption", TRUE);
      gtk_widget_add_css_class (GTK_WIDGET (note), "dim-label");
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (note));
    }

  return box;
}

GtkWidget *
_accord_section_view_make_actor (AccordSectionView *self,
            AccordActor       *actor)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GString *name = g_string_new (accord_actor_get_name (actor));
  GString *detail = g_string_new (NULL);
  GtkLabel *label;

  gtk_widget_add_css_class (box, "actor");

  if (accord_actor_get_native_name (actor) != NULL)
    g_string_append_printf (name, " (%s)", accord_actor_get_native_name (actor));

  label = _accord_section_view_make_label (self, name->str, "actor-name", TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (label));

  for (guint i = 0; i < 3; i++)
    {
      const char *part = i == 0 ? accord_actor_get_role (actor)
                       : i == 1 ? accord_actor_get_organization (actor)
                       : accord_actor_get_country (actor);

      if (part == NULL)
        continue;
      if (detail->len > 0)
        g_string_append (detail, ", ");
      g_string_append (detail, part);
    }

  if (detail->len > 0)
    {
      label = _accord_section_view_make_label (self, detail->str, "caption", TRUE);
      gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (label));
    }

  g_string_free (name, TRUE);
  g_string_free (detail, TRUE);

  return _accord_section_view_make_person_button (self, box, actor);
}

GtkWidget *
_accord_section_view_make_event_button (AccordSectionView *self,
                   AccordEvent       *event)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *date = accord_event_format_date (event);
  g_autofree char *name = NULL;
  GtkLabel *label;

  label = _accord_section_view_make_label (self, accord_event_get_title (event), NULL, TRUE);
  gtk_label_set_selectable (label, FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (label));

  label = _accord_section_view_make_label (self, date, "caption", FALSE);
  gtk_label_set_selectable (label, FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (label));

  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "event-link");
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Show on the timeline"));

  /* Translators: how a screen reader names an event: its title, then its date */
  name = g_strdup_printf (C_("accessible event name", "%s, %s"), accord_event_get_title (event), date);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);

  g_object_set_data_full (G_OBJECT (button), "accord-event",
                          g_object_ref (event), g_object_unref);
  g_signal_connect (button, "clicked", G_CALLBACK (on_event_button_clicked), self);

  return button;
}

GtkWidget *
_accord_section_view_make_source (AccordSectionView *self,
             AccordSource      *source)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GString *detail = g_string_new (NULL);
  const char *url = accord_source_get_url (source);
  GtkLabel *label;

  gtk_widget_add_css_class (box, "source");
  label = _accord_section_view_make_label (self, accord_source_get_title (source), "source-title", TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (label));

  if (accord_source_get_publisher (source) != NULL)
    g_string_append (detail, accord_source_get_publisher (source));
  if (accord_source_get_date (source) != NULL)
    {
      g_autofree char *date = accord_date_format (accord_source_get_date (source));

      if (detail->len > 0)
        g_string_append (detail, ", ");
      g_string_append (detail, date);
    }
  if (detail->len > 0)
    {
      label = _accord_section_view_make_label (self, detail->str, "caption", TRUE);
      gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (label));
    }
  g_string_free (detail, TRUE);

  if (accord_source_get_note (source) != NULL)
    {
      label = _accord_section_view_make_label (self, accord_source_get_note (source), "caption", TRUE);
      gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (label));
    }

  if (accord_web_link_is_web (url))
    {
      GtkWidget *button = gtk_button_new_with_label (url);
      GtkWidget *child = gtk_button_get_child (GTK_BUTTON (button));

      gtk_label_set_ellipsize (GTK_LABEL (child), PANGO_ELLIPSIZE_MIDDLE);
      gtk_widget_set_halign (button, GTK_ALIGN_START);
      gtk_widget_add_css_class (button, "link");
      gtk_widget_add_css_class (button, "flat");
      accord_web_link_connect (GTK_BUTTON (button), url);
      gtk_box_append (GTK_BOX (box), button);
    }
  else if (url != NULL)
    {
      /* Shown, so nothing is hidden, but never a link. */
      label = _accord_section_view_make_label (self, url, "caption", TRUE);
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (label));
    }

  return box;
}

/* The sources the section's quotes and events cite, each once, in the
 * order they are first cited. */
GPtrArray *
_accord_section_view_collect_sources (AccordSection *section)
{
  GPtrArray *sources = g_ptr_array_new ();

  for (guint i = 0; i < accord_section_get_n_quotes (section); i++)
    {
      AccordSource *source = accord_quote_get_source (accord_section_get_quote (section, i));

      if (source != NULL && !g_ptr_array_find (sources, source, NULL))
        g_ptr_array_add (sources, source);
    }

  for (guint i = 0; i < accord_section_get_n_events (section); i++)
    {
      AccordSource *source = accord_event_get_source (accord_section_get_event (section, i));

      if (source != NULL && !g_ptr_array_find (sources, source, NULL))
        g_ptr_array_add (sources, source);
    }

  return sources;
}
