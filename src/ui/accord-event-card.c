/* accord-event-card.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The details of the event selected on the timeline: its title, its date
 * as written with what is known of it, where, why, who, and buttons to the
 * sections it belongs to.  All text is plain (gtk_label_set_text).
 */

#define G_LOG_DOMAIN "accord-event-card"

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "accord-actor.h"
#include "accord-date.h"
#include "accord-event.h"
#include "accord-event-card.h"
#include "accord-heading.h"
#include "accord-readable-label.h"
#include "accord-section.h"

struct _AccordEventCard
{
  GtkWidget    parent_instance;

  GtkLabel    *empty_label;
  GtkWidget   *event_clamp;
  GtkLabel    *title_label;
  GtkLabel    *date_label;
  GtkBox      *place_box;
  GtkLabel    *place_label;
  GtkLabel    *note_label;
  GtkLabel    *summary_label;
  GtkBox      *actors_box;
  GtkBox      *sections_box;
  GtkWidget   *note_button;

  AccordEvent *event;
  GPtrArray   *labels;   /* every label that shows text of the event */
};

G_DEFINE_FINAL_TYPE (AccordEventCard, accord_event_card, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_EVENT,
  N_PROPS
};

enum {
  SECTION_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static GtkLabel *
make_label (AccordEventCard *self,
            const char      *text,
            const char      *css_class)
{
  GtkLabel *label = GTK_LABEL (gtk_label_new (NULL));

  gtk_label_set_use_markup (label, FALSE);
  gtk_label_set_text (label, text);
  gtk_label_set_xalign (label, 0);
  gtk_label_set_wrap (label, TRUE);
  gtk_label_set_wrap_mode (label, PANGO_WRAP_WORD_CHAR);
  accord_readable_label_setup (label);
  if (css_class != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (label), css_class);
  g_ptr_array_add (self->labels, label);

  return label;
}

/* Shows the label with text, or hides it when there is none. */
static void
set_optional (AccordEventCard *self,
              GtkLabel        *label,
              GtkWidget       *row,
              const char      *text)
{
  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (row, text != NULL && *text != '\0');
  if (text != NULL)
    g_ptr_array_add (self->labels, label);
}

static void
append_heading (AccordEventCard *self,
                GtkBox          *box,
                const char      *text)
{
  GtkLabel *label = make_label (self, text, "heading");

  gtk_label_set_selectable (label, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, 3,
                                  -1);
  gtk_box_append (box, GTK_WIDGET (label));
}

/* A person on the card opens their page (win.show-person). */
static GtkWidget *
make_person_button (GtkWidget   *child,
                    AccordActor *actor)
{
  GtkWidget *button = gtk_button_new ();
  g_autofree char *name = NULL;

  for (GtkWidget *w = gtk_widget_get_first_child (child); w != NULL; w = gtk_widget_get_next_sibling (w))
    if (GTK_IS_LABEL (w))
      gtk_label_set_selectable (GTK_LABEL (w), FALSE);

  gtk_button_set_child (GTK_BUTTON (button), child);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "person-link");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.show-person");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", accord_actor_get_id (actor));
  gtk_widget_set_tooltip_text (button, _("Show this person’s page"));
  /* Translators: how a screen reader names a person on an event's card */
  name = g_strdup_printf (_("%s, show page"), accord_actor_get_name (actor));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  return button;
}

static GtkWidget *
make_actor (AccordEventCard *self,
            AccordActor     *actor)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GString *name = g_string_new (accord_actor_get_name (actor));
  GString *detail = g_string_new (NULL);
  const char *parts[] = {
    accord_actor_get_role (actor),
    accord_actor_get_organization (actor),
    accord_actor_get_country (actor),
  };

  if (accord_actor_get_native_name (actor) != NULL)
    g_string_append_printf (name, " (%s)", accord_actor_get_native_name (actor));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (make_label (self, name->str, "actor-name")));

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      if (parts[i] == NULL)
        continue;
      if (detail->len > 0)
        g_string_append (detail, ", ");
      g_string_append (detail, parts[i]);
    }

  if (detail->len > 0)
    {
      GtkLabel *label = make_label (self, detail->str, "caption");

      gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (label));
    }

  g_string_free (name, TRUE);
  g_string_free (detail, TRUE);

  return make_person_button (box, actor);
}

static void
on_section_clicked (GtkButton       *button,
                    AccordEventCard *self)
{
  AccordSection *section = g_object_get_data (G_OBJECT (button), "accord-section");

  g_signal_emit (self, signals[SECTION_ACTIVATED], 0, section);
}

static GtkWidget *
make_section_button (AccordEventCard *self,
                     AccordSection   *section)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *icon = gtk_image_new_from_icon_name ("view-paged-symbolic");
  GtkLabel *label = make_label (self, accord_section_get_title (section), NULL);
  g_autofree char *name = NULL;

  gtk_label_set_selectable (label, FALSE);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (label));
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "section-link");
  gtk_widget_set_tooltip_text (button, _("Open this section"));

  /* Translators: screen reader name of a button that opens a section */
  name = g_strdup_printf (_("Open section %s"), accord_section_get_title (section));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);

  g_object_set_data_full (G_OBJECT (button), "accord-section",
                          g_object_ref (section), g_object_unref);
  g_signal_connect (button, "clicked", G_CALLBACK (on_section_clicked), self);

  return button;
}

static void
fill_with_event (AccordEventCard *self)
{
  AccordEvent *event = self->event;
  AccordDate *date;
  g_autofree char *when = NULL;
  g_autofree char *precision = NULL;
  g_autofree char *date_text = NULL;
  guint n;

  g_ptr_array_set_size (self->labels, 0);
  clear_box (self->actors_box);
  clear_box (self->sections_box);

  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), event == NULL);
  gtk_widget_set_visible (self->event_clamp, event != NULL);
  if (event == NULL)
    return;

  gtk_label_set_text (self->title_label, accord_event_get_title (event));
  g_ptr_array_add (self->labels, self->title_label);
  /* The target first: an action that takes the event's id must never see
   * the button without one. */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->note_button), "s", accord_event_get_id (event));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->note_button), "notes.note-on-event");

  /* The date keeps its precision: "December 2025" is a month, and the
   * card says so rather than inventing a day. */
  date = accord_event_get_date (event);
  when = accord_event_format_date (event);
  precision = accord_event_get_end_date (event) != NULL
              ? g_strdup (_("a span of time"))
              : accord_date_describe_precision (date);
  /* Translators: a date, then how precisely it is known, e.g.
   * "December 2025 — month known, day not given" */
  date_text = g_strdup_printf (_("%s — %s"), when, precision);
  gtk_label_set_text (self->date_label, date_text);
  g_ptr_array_add (self->labels, self->date_label);

  set_optional (self, self->place_label, GTK_WIDGET (self->place_box), accord_event_get_place (event));
  set_optional (self, self->note_label, GTK_WIDGET (self->note_label), accord_event_get_date_note (event));
  set_optional (self, self->summary_label, GTK_WIDGET (self->summary_label), accord_event_get_summary (event));

  n = accord_event_get_n_actors (event);
  gtk_widget_set_visible (GTK_WIDGET (self->actors_box), n > 0);
  if (n > 0)
    append_heading (self, self->actors_box, accord_heading_get_title (ACCORD_HEADING_PEOPLE));
  for (guint i = 0; i < n; i++)
    gtk_box_append (self->actors_box, make_actor (self, accord_event_get_actor (event, i)));

  n = accord_event_get_n_sections (event);
  gtk_widget_set_visible (GTK_WIDGET (self->sections_box), n > 0);
  if (n > 0)
    append_heading (self, self->sections_box, accord_heading_get_title (ACCORD_HEADING_SECTIONS));
  for (guint i = 0; i < n; i++)
    gtk_box_append (self->sections_box, make_section_button (self, accord_event_get_section (event, i)));
}

static void
accord_event_card_dispose (GObject *object)
{
  AccordEventCard *self = (AccordEventCard *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), ACCORD_TYPE_EVENT_CARD);
  /* GTK 4.8 only unparents the template children it binds. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->event);

  G_OBJECT_CLASS (accord_event_card_parent_class)->dispose (object);
}

static void
accord_event_card_finalize (GObject *object)
{
  AccordEventCard *self = (AccordEventCard *)object;

  g_clear_pointer (&self->labels, g_ptr_array_unref);

  G_OBJECT_CLASS (accord_event_card_parent_class)->finalize (object);
}

static void
accord_event_card_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  AccordEventCard *self = ACCORD_EVENT_CARD (object);

  switch (prop_id)
    {
    case PROP_EVENT:
      g_value_set_object (value, self->event);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_event_card_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  AccordEventCard *self = ACCORD_EVENT_CARD (object);

  switch (prop_id)
    {
    case PROP_EVENT:
      accord_event_card_set_event (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_event_card_class_init (AccordEventCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = accord_event_card_dispose;
  object_class->finalize = accord_event_card_finalize;
  object_class->get_property = accord_event_card_get_property;
  object_class->set_property = accord_event_card_set_property;

  properties[PROP_EVENT] =
    g_param_spec_object ("event", NULL, NULL, ACCORD_TYPE_EVENT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * AccordEventCard::section-activated:
   *
   * One of the event's sections was chosen; the window shows it.
   */
  signals[SECTION_ACTIVATED] =
    g_signal_new ("section-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, ACCORD_TYPE_SECTION);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/accordapp/Accord/ui/accord-event-card.ui");
  gtk_widget_class_bind_template_child (widget_class, AccordEventCard, actors_box);
  gtk_widget_class_bind_template_child (widget_class, AccordEventCard, date_label);
  gtk_widget_class_bind_template_child (widget_class, AccordEventCard, empty_label);
  gtk_widget_class_bind_template_child (widget_class, AccordEventCard, event_clamp);
  gtk_widget_class_bind_template_child (widget_class, AccordEventCard, note_button);
  gtk_widget_class_bind_template_child (widget_class, AccordEventCard, note_label);
  gtk_widget_class_bind_template_child (widget_class, AccordEventCard, place_box);
  gtk_widget_class_bind_template_child (widget_class, AccordEventCard, place_label);
  gtk_widget_class_bind_template_child (widget_class, AccordEventCard, sections_box);
  gtk_widget_class_bind_template_child (widget_class, AccordEventCard, summary_label);
  gtk_widget_class_bind_template_child (widget_class, AccordEventCard, title_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "eventcard");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
accord_event_card_init (AccordEventCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->labels = g_ptr_array_new ();
  accord_readable_label_setup (self->title_label);
  accord_readable_label_setup (self->date_label);
  accord_readable_label_setup (self->place_label);
  accord_readable_label_setup (self->note_label);
  accord_readable_label_setup (self->summary_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Selected Event"),
                                  -1);
  fill_with_event (self);
}

GtkWidget *
accord_event_card_new (void)
{
  return g_object_new (ACCORD_TYPE_EVENT_CARD, NULL);
}

AccordEvent *
accord_event_card_get_event (AccordEventCard *self)
{
  g_return_val_if_fail (ACCORD_IS_EVENT_CARD (self), NULL);
  return self->event;
}

/**
 * accord_event_card_set_event:
 * @event: (nullable): the event to show, or %NULL for a hint
 */
void
accord_event_card_set_event (AccordEventCard *self,
                             AccordEvent     *event)
{
  g_return_if_fail (ACCORD_IS_EVENT_CARD (self));
  g_return_if_fail (event == NULL || ACCORD_IS_EVENT (event));

  if (!g_set_object (&self->event, event))
    return;

  fill_with_event (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENT]);
}

/**
 * accord_event_card_find_label:
 *
 * For tests and accessibility checks: the label that shows exactly @text.
 *
 * Returns: (transfer none) (nullable): the label
 */
GtkWidget *
accord_event_card_find_label (AccordEventCard *self,
                              const char      *text)
{
  g_return_val_if_fail (ACCORD_IS_EVENT_CARD (self), NULL);

  for (guint i = 0; i < self->labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (self->labels, i);

      if (g_strcmp0 (gtk_label_get_text (label), text) == 0)
        return GTK_WIDGET (label);
    }

  return NULL;
}
