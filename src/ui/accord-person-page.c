/* accord-person-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A person or organization across the whole briefing: who they are,
 * what they said (each quote with its section), the sections that name
 * them, the events they take part in (in date order, with a strip that
 * shows when they happened), and their sources.  Every item opens its
 * target: a section or an event through the page's signals, a source's
 * web address after asking.  Briefing text is set as plain text.
 */

#define G_LOG_DOMAIN "accord-person-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "accord-actor.h"
#include "accord-date.h"
#include "accord-event.h"
#include "accord-heading.h"
#include "accord-person-page.h"
#include "accord-quote.h"
#include "accord-readable-label.h"
#include "accord-section.h"
#include "accord-source.h"
#include "accord-web-link.h"

struct _AccordPersonPage
{
  GtkWidget          parent_instance;

  GtkLabel          *name_label;
  GtkLabel          *native_label;
  GtkBox            *quotes_box;
  GtkLabel          *role_label;
  GtkScrolledWindow *scroller;
  GtkBox            *sections_box;
  GtkBox            *events_box;
  GtkBox            *sources_box;
  GtkLabel          *summary_label;

  AccordActor       *actor;
  GPtrArray         *strip_events;   /* AccordEvent, for the strip */
};

G_DEFINE_FINAL_TYPE (AccordPersonPage, accord_person_page, GTK_TYPE_WIDGET)

enum {
  SECTION_ACTIVATED,
  EVENT_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static GtkWidget *
make_label (const char *text,
            const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_use_markup (GTK_LABEL (label), FALSE);
  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
append_heading (GtkBox     *box,
                const char *text)
{
  GtkWidget *label = make_label (text, "heading");

  gtk_widget_set_margin_top (label, 18);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, 2,
                                  -1);
  gtk_box_append (box, label);
}

static void
on_item_clicked (GtkButton        *button,
                 AccordPersonPage *self)
{
  GObject *target = g_object_get_data (G_OBJECT (button), "accord-target");

  if (ACCORD_IS_EVENT (target))
    g_signal_emit (self, signals[EVENT_ACTIVATED], 0, target);
  else if (ACCORD_IS_SECTION (target))
    g_signal_emit (self, signals[SECTION_ACTIVATED], 0, target);
}

/* A flat button of one or two lines that opens @target. */
static GtkWidget *
make_item (AccordPersonPage *self,
           const char       *text,
           const char       *caption,
           const char       *text_class,
           GObject          *target)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *name = NULL;

  gtk_box_append (GTK_BOX (box), make_label (text, text_class));
  if (caption != NULL)
    {
      GtkWidget *label = make_label (caption, "caption");

      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (box), label);
    }

  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "person-item");
  g_object_set_data_full (G_OBJECT (button), "accord-target", g_object_ref (target), g_object_unref);
  g_signal_connect (button, "clicked", G_CALLBACK (on_item_clicked), self);

  /* Translators: how a screen reader names an item of a person page: its
   * text, then where it is or when */
  name = caption != NULL ? g_strdup_printf (C_("accessible item name", "%s, %s"), text, caption) : g_strdup (text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  return button;
}

/* The strip: each event where it falls between the first and the last,
 * as wide as it lasts (at least a few pixels). */
static void
draw_strip (GtkDrawingArea *area,
            cairo_t        *cr,
            int             width,
            int             height,
            gpointer        user_data)
{
  AccordPersonPage *self = user_data;
  GtkStyleContext *style = gtk_widget_get_style_context (GTK_WIDGET (area));
  GdkRGBA color, line;
  gint64 first = G_MAXINT64, last = G_MININT64;
  double span;

  if (self->strip_events == NULL || self->strip_events->len == 0)
    return;

G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (style, &line);
  if (!gtk_style_context_lookup_color (style, "accent_color", &color))
    color = line;
G_GNUC_END_IGNORE_DEPRECATIONS

  for (guint i = 0; i < self->strip_events->len; i++)
    {
      AccordEvent *event = g_ptr_array_index (self->strip_events, i);

      first = MIN (first, accord_event_get_first_day (event));
      last = MAX (last, accord_event_get_last_day (event));
    }
  span = MAX (1.0, (double) (last - first + 1));

  /* The axis */
  cairo_set_source_rgba (cr, line.red, line.green, line.blue, 0.25);
  cairo_rectangle (cr, 0, height / 2.0 - 0.5, width, 1);
  cairo_fill (cr);

  cairo_set_source_rgba (cr, color.red, color.green, color.blue, 0.8);
  for (guint i = 0; i < self->strip_events->len; i++)
    {
      AccordEvent *event = g_ptr_array_index (self->strip_events, i);
      double x0 = (accord_event_get_first_day (event) - first) / span * (width - 4);
      double x1 = (accord_event_get_last_day (event) - first + 1) / span * (width - 4);

      /* All on one day: one mark, not a bar across the strip. */
      if (first == last)
        x0 = (width - 6) / 2.0, x1 = x0 + 6;
      cairo_rectangle (cr, x0, 4, MAX (4.0, x1 - x0), height - 8);
      cairo_fill (cr);
    }
}

static GtkWidget *
make_strip (AccordPersonPage *self,
            GPtrArray        *events)
{
  GtkWidget *strip = gtk_drawing_area_new ();
  AccordEvent *first = g_ptr_array_index (events, 0);
  AccordEvent *last = g_ptr_array_index (events, events->len - 1);
  g_autofree char *from = accord_event_format_date (first);
  g_autofree char *to = accord_event_format_date (last);
  g_autofree char *name = NULL;

  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (strip), 24);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (strip), draw_strip, self, NULL);
  gtk_widget_add_css_class (strip, "person-strip");
  gtk_widget_set_margin_bottom (strip, 6);

  /* Translators: what the strip of a person's events says to a screen
   * reader: how many, the first date, the last date */
  name = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u event, %s", "%u events, from %s to %s", events->len),
                          events->len, from, to);
  gtk_accessible_update_property (GTK_ACCESSIBLE (strip),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  return strip;
}

static GtkWidget *
make_source (AccordPersonPage *self,
             AccordSource     *source)
{
  const char *url = accord_source_get_url (source);
  GString *detail = g_string_new (NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *result = box;

  gtk_box_append (GTK_BOX (box), make_label (accord_source_get_title (source), NULL));
  if (accord_source_get_publisher (source) != NULL)
    g_string_append (detail, accord_source_get_publisher (source));
  if (accord_source_get_date (source) != NULL)
    {
      g_autofree char *date = accord_date_format (accord_source_get_date (source));

      g_string_append_printf (detail, "%s%s", detail->len > 0 ? ", " : "", date);
    }
  if (detail->len > 0)
    {
      GtkWidget *label = make_label (detail->str, "caption");

      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (box), label);
    }

  if (accord_web_link_is_web (url))
    {
      g_autofree char *name = NULL;

      result = gtk_button_new ();
      gtk_button_set_child (GTK_BUTTON (result), box);
      gtk_widget_add_css_class (result, "flat");
      gtk_widget_add_css_class (result, "person-item");
      accord_web_link_connect (GTK_BUTTON (result), url);
      /* Translators: a source's title as a screen reader names its link */
      name = g_strdup_printf (_("%s, open link"), accord_source_get_title (source));
      gtk_accessible_update_property (GTK_ACCESSIBLE (result),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                      -1);
    }
  else
    gtk_widget_add_css_class (box, "person-source");

  g_string_free (detail, TRUE);
  return result;
}

static void
fill (AccordPersonPage  *self,
      AccordPeopleIndex *index)
{
  AccordActor *actor = self->actor;
  GString *role = g_string_new (NULL);
  GPtrArray *quotes, *sections, *events, *sources;
  g_autofree char *counts = NULL;

  clear_box (self->quotes_box);
  clear_box (self->sections_box);
  clear_box (self->events_box);
  clear_box (self->sources_box);
  g_clear_pointer (&self->strip_events, g_ptr_array_unref);

  if (actor == NULL)
    {
      gtk_label_set_text (self->name_label, "");
      accord_readable_label_set_text (self->native_label, NULL);
      accord_readable_label_set_text (self->role_label, NULL);
      accord_readable_label_set_text (self->summary_label, NULL);
      g_string_free (role, TRUE);
      return;
    }

  gtk_label_set_text (self->name_label, accord_actor_get_name (actor));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accord_actor_get_name (actor),
                                  -1);
  accord_readable_label_set_text (self->native_label, accord_actor_get_native_name (actor));

  for (guint i = 0; i < 3; i++)
    {
      const char *part = i == 0 ? accord_actor_get_role (actor)
                       : i == 1 ? accord_actor_get_organization (actor)
                       : accord_actor_get_country (actor);

      if (part != NULL)
        g_string_append_printf (role, "%s%s", role->len > 0 ? ", " : "", part);
    }
  accord_readable_label_set_text (self->role_label, role->str);
  g_string_free (role, TRUE);

  quotes = accord_people_index_get_quotes (index, actor);
  sections = accord_people_index_get_sections (index, actor);
  events = accord_people_index_get_events (index, actor);
  sources = accord_people_index_get_sources (index, actor);

  {
    g_autofree char *q = NULL, *n = NULL, *e = NULL;

    /* Translators: on a person's page, how many of their quotes there are */
    q = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u quote", "%u quotes", quotes->len), quotes->len);
    /* Translators: on a person's page, in how many sections they are named */
    n = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "named in %u section", "named in %u sections", sections->len), sections->len);
    /* Translators: on a person's page, in how many events they take part */
    e = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u event", "%u events", events->len), events->len);
    /* Translators: the line under a person's name: quotes, sections, events */
    counts = g_strdup_printf (_("%s · %s · %s"), q, n, e);
  }
  accord_readable_label_set_text (self->summary_label, counts);

  if (quotes->len > 0)
    {
      append_heading (self->quotes_box, accord_heading_get_title (ACCORD_HEADING_QUOTES));
      for (guint i = 0; i < quotes->len; i++)
        {
          AccordQuote *quote = g_ptr_array_index (quotes, i);
          AccordSection *section = accord_quote_get_section (quote);
          g_autofree char *where = NULL;

          /* Translators: under a quote on a person's page, %s is a section's title */
          where = g_strdup_printf (_("In “%s”"), accord_section_get_title (section));
          gtk_box_append (self->quotes_box,
                          make_item (self, accord_quote_get_text (quote), where, "quote-text", G_OBJECT (section)));
        }
    }

  if (sections->len > 0)
    {
      append_heading (self->sections_box, accord_heading_get_title (ACCORD_HEADING_SECTIONS));
      for (guint i = 0; i < sections->len; i++)
        {
          AccordSection *section = g_ptr_array_index (sections, i);

          gtk_box_append (self->sections_box,
                          make_item (self, accord_section_get_title (section), NULL, NULL, G_OBJECT (section)));
        }
    }

  if (events->len > 0)
    {
      append_heading (self->events_box, accord_heading_get_title (ACCORD_HEADING_RELATED_EVENTS));
      self->strip_events = g_ptr_array_ref (events);
      gtk_box_append (self->events_box, make_strip (self, events));
      for (guint i = 0; i < events->len; i++)
        {
          AccordEvent *event = g_ptr_array_index (events, i);
          g_autofree char *date = accord_event_format_date (event);

          gtk_box_append (self->events_box,
                          make_item (self, accord_event_get_title (event), date, NULL, G_OBJECT (event)));
        }
    }

  if (sources->len > 0)
    {
      append_heading (self->sources_box, accord_heading_get_title (ACCORD_HEADING_SOURCES));
      for (guint i = 0; i < sources->len; i++)
        gtk_box_append (self->sources_box, make_source (self, g_ptr_array_index (sources, i)));
    }

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

static void
accord_person_page_dispose (GObject *object)
{
  AccordPersonPage *self = (AccordPersonPage *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), ACCORD_TYPE_PERSON_PAGE);
  g_clear_object (&self->actor);
  g_clear_pointer (&self->strip_events, g_ptr_array_unref);

  G_OBJECT_CLASS (accord_person_page_parent_class)->dispose (object);
}

static void
accord_person_page_class_init (AccordPersonPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = accord_person_page_dispose;

  /**
   * AccordPersonPage::section-activated:
   *
   * A quote or a section was chosen: show that section.
   */
  signals[SECTION_ACTIVATED] =
    g_signal_new ("section-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, ACCORD_TYPE_SECTION);

  /**
   * AccordPersonPage::event-activated:
   *
   * An event was chosen: show it on the timeline.
   */
  signals[EVENT_ACTIVATED] =
    g_signal_new ("event-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, ACCORD_TYPE_EVENT);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/accordapp/Accord/ui/accord-person-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AccordPersonPage, events_box);
  gtk_widget_class_bind_template_child (widget_class, AccordPersonPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, AccordPersonPage, native_label);
  gtk_widget_class_bind_template_child (widget_class, AccordPersonPage, quotes_box);
  gtk_widget_class_bind_template_child (widget_class, AccordPersonPage, role_label);
  gtk_widget_class_bind_template_child (widget_class, AccordPersonPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, AccordPersonPage, sections_box);
  gtk_widget_class_bind_template_child (widget_class, AccordPersonPage, sources_box);
  gtk_widget_class_bind_template_child (widget_class, AccordPersonPage, summary_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "personpage");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
accord_person_page_init (AccordPersonPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
accord_person_page_new (void)
{
  return g_object_new (ACCORD_TYPE_PERSON_PAGE, NULL);
}

/**
 * accord_person_page_set_person:
 * @actor: (nullable): whom to show
 * @index: where they appear; needed when @actor is given
 */
void
accord_person_page_set_person (AccordPersonPage  *self,
                               AccordActor       *actor,
                               AccordPeopleIndex *index)
{
  g_return_if_fail (ACCORD_IS_PERSON_PAGE (self));
  g_return_if_fail (actor == NULL || ACCORD_IS_ACTOR (actor));
  g_return_if_fail (actor == NULL || ACCORD_IS_PEOPLE_INDEX (index));

  g_set_object (&self->actor, actor);
  fill (self, index);
}

/**
 * accord_person_page_get_person:
 *
 * Returns: (transfer none) (nullable): whom the page shows
 */
AccordActor *
accord_person_page_get_person (AccordPersonPage *self)
{
  g_return_val_if_fail (ACCORD_IS_PERSON_PAGE (self), NULL);

  return self->actor;
}
