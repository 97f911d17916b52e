/* accord-section-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The detail pane: one section in a readable column.  Every text from the
 * briefing goes into a GtkLabel with gtk_label_set_text(), never as markup;
 * search highlights are PangoAttributes on that plain text.
 */

#define G_LOG_DOMAIN "accord-section-view"

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "accord-actor.h"
#include "accord-date.h"
#include "accord-event.h"
#include "accord-quote.h"
#include "accord-section.h"
#include "accord-section-view.h"
#include "accord-source.h"

/* Pango lays out long unbreakable text in super-linear time (PITFALLS.md),
 * so a paragraph is shown in chunks, and only up to a bound. */
#define CHUNK_CHARS     4000
#define MAX_PARA_CHUNKS 25

struct _AccordSectionView
{
  GtkWidget           parent_instance;

  GtkScrolledWindow  *scroller;
  GtkLabel           *kind_label;
  GtkLabel           *title_label;
  GtkLabel           *summary_label;
  GtkBox             *sections_box;

  AccordSection      *section;
  GPtrArray          *text_labels;   /* labels that show briefing text */

  AccordHighlightFunc highlight_func;
  gpointer            highlight_data;
  GDestroyNotify      highlight_destroy;
  GArray             *matches;       /* MatchRef */
};

typedef struct
{
  GtkLabel *label;
  guint     start;  /* byte offsets in the label's text */
  guint     end;
} MatchRef;

G_DEFINE_FINAL_TYPE (AccordSectionView, accord_section_view, GTK_TYPE_WIDGET)

enum {
  EVENT_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkLabel *
make_label (AccordSectionView *self,
            const char        *text,
            const char        *css_class,
            gboolean           is_briefing_text)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_use_markup (GTK_LABEL (label), FALSE);
  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_hexpand (label, TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  if (is_briefing_text)
    g_ptr_array_add (self->text_labels, label);

  return GTK_LABEL (label);
}

static void
append_heading (AccordSectionView *self,
                GtkBox            *box,
                const char        *text)
{
  GtkLabel *label = make_label (self, text, "heading", FALSE);

  gtk_label_set_selectable (label, FALSE);
  gtk_widget_set_margin_top (GTK_WIDGET (label), 18);
  gtk_widget_set_margin_bottom (GTK_WIDGET (label), 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, 2,
                                  -1);
  gtk_box_append (box, GTK_WIDGET (label));
}

/* Splits a long paragraph at spaces near the chunk size where it can, so
 * no one label holds more than CHUNK_CHARS characters. */
static void
append_paragraph (AccordSectionView *self,
                  GtkBox            *box,
                  const char        *text,
                  const char        *css_class)
{
  glong n_chars = g_utf8_strlen (text, -1);
  const char *p = text;
  guint chunks = 0;

  if (n_chars <= CHUNK_CHARS)
    {
      gtk_box_append (box, GTK_WIDGET (make_label (self, text, css_class, TRUE)));
      return;
    }

  while (*p != '\0' && chunks < MAX_PARA_CHUNKS)
    {
      const char *end = g_utf8_offset_to_pointer (p, MIN (CHUNK_CHARS, g_utf8_strlen (p, CHUNK_CHARS * 4)));
      const char *cut = end;
      g_autofree char *chunk = NULL;

      if (*end != '\0')
        {
          for (const char *q = end; q > p + (end - p) / 2; q = g_utf8_prev_char (q))
            if (*q == ' ')
              {
                cut = q + 1;
                break;
              }
        }

      chunk = g_strndup (p, cut - p);
      gtk_box_append (box, GTK_WIDGET (make_label (self, chunk, css_class, TRUE)));
      p = cut;
      chunks++;
    }

  if (*p != '\0')
    {
      g_autofree char *note = NULL;
      GtkLabel *label;

      note = g_strdup_printf (_("This paragraph is too long to show in full here (%ld characters); export the section to read all of it."),
                              n_chars);
      label = make_label (self, note, "dim-label", FALSE);
      gtk_box_append (box, GTK_WIDGET (label));
    }
}

static void
on_event_button_clicked (GtkButton         *button,
                         AccordSectionView *self)
{
  AccordEvent *event = g_object_get_data (G_OBJECT (button), "accord-event");

  g_signal_emit (self, signals[EVENT_ACTIVATED], 0, event);
}

static GtkWidget *
make_quote (AccordSectionView *self,
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

  text = make_label (self, accord_quote_get_text (quote), "quote-text", TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (text));

  attribution = accord_actor_dup_attribution (speaker);
  /* Translators: attribution under a quote, %s is the speaker */
  dashed = g_strdup_printf (_("— %s"), attribution);
  who = make_label (self, dashed, "quote-attribution", TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (who), "dim-label");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (who));

  if (accord_quote_get_note (quote) != NULL)
    {
      GtkLabel *note = make_label (self, accord_quote_get_note (quote), "caption", TRUE);
      gtk_widget_add_css_class (GTK_WIDGET (note), "dim-label");
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (note));
    }

  return box;
}

static GtkWidget *
make_actor (AccordSectionView *self,
            AccordActor       *actor)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GString *name = g_string_new (accord_actor_get_name (actor));
  GString *detail = g_string_new (NULL);
  GtkLabel *label;

  gtk_widget_add_css_class (box, "actor");

  if (accord_actor_get_native_name (actor) != NULL)
    g_string_append_printf (name, " (%s)", accord_actor_get_native_name (actor));

  label = make_label (self, name->str, "actor-name", TRUE);
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
      label = make_label (self, detail->str, "caption", TRUE);
      gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (label));
    }

  g_string_free (name, TRUE);
  g_string_free (detail, TRUE);

  return box;
}

static GtkWidget *
make_event_button (AccordSectionView *self,
                   AccordEvent       *event)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *date = accord_event_format_date (event);
  g_autofree char *name = NULL;
  GtkLabel *label;

  label = make_label (self, accord_event_get_title (event), NULL, TRUE);
  gtk_label_set_selectable (label, FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (label));

  label = make_label (self, date, "caption", FALSE);
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

/* Only web addresses become links; anything else (file:, javascript:,
 * data:…) stays plain text. */
static gboolean
is_web_url (const char *url)
{
  g_autofree char *scheme = NULL;

  if (url == NULL)
    return FALSE;

  scheme = g_uri_parse_scheme (url);

  return (g_strcmp0 (scheme, "https") == 0 || g_strcmp0 (scheme, "http") == 0) &&
         g_uri_is_valid (url, G_URI_FLAGS_NONE, NULL);
}

static void
on_link_response (AdwMessageDialog *dialog,
                  const char       *response,
                  gpointer          user_data)
{
  const char *url = g_object_get_data (G_OBJECT (dialog), "accord-url");

  if (g_strcmp0 (response, "open") == 0)
    g_app_info_launch_default_for_uri_async (url, NULL, NULL, NULL, NULL);
}

/* A briefing comes from anyone: show where a link goes before following it. */
static void
on_link_clicked (GtkButton         *button,
                 AccordSectionView *self)
{
  const char *url = g_object_get_data (G_OBJECT (button), "accord-url");
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
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
  g_object_set_data_full (G_OBJECT (dialog), "accord-url", g_strdup (url), g_free);
  g_signal_connect (dialog, "response", G_CALLBACK (on_link_response), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
make_source (AccordSectionView *self,
             AccordSource      *source)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GString *detail = g_string_new (NULL);
  const char *url = accord_source_get_url (source);
  GtkLabel *label;

  gtk_widget_add_css_class (box, "source");
  label = make_label (self, accord_source_get_title (source), "source-title", TRUE);
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
      label = make_label (self, detail->str, "caption", TRUE);
      gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (label));
    }
  g_string_free (detail, TRUE);

  if (accord_source_get_note (source) != NULL)
    {
      label = make_label (self, accord_source_get_note (source), "caption", TRUE);
      gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (label));
    }

  if (is_web_url (url))
    {
      GtkWidget *button = gtk_button_new_with_label (url);
      GtkWidget *child = gtk_button_get_child (GTK_BUTTON (button));

      gtk_label_set_ellipsize (GTK_LABEL (child), PANGO_ELLIPSIZE_MIDDLE);
      gtk_widget_set_halign (button, GTK_ALIGN_START);
      gtk_widget_add_css_class (button, "link");
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_tooltip_text (button, url);
      g_object_set_data_full (G_OBJECT (button), "accord-url", g_strdup (url), g_free);
      g_signal_connect (button, "clicked", G_CALLBACK (on_link_clicked), self);
      gtk_box_append (GTK_BOX (box), button);
    }
  else if (url != NULL)
    {
      /* Shown, so nothing is hidden, but never a link. */
      label = make_label (self, url, "caption", TRUE);
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (label));
    }

  return box;
}

/* The sources the section's quotes and events cite, each once, in the
 * order they are first cited. */
static GPtrArray *
collect_sources (AccordSection *section)
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

static void
clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static void
apply_highlight (AccordSectionView *self)
{
  g_array_set_size (self->matches, 0);

  for (guint i = 0; i < self->text_labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (self->text_labels, i);
      g_autoptr(PangoAttrList) attrs = NULL;
      g_autoptr(GArray) ranges = NULL;

      if (self->highlight_func != NULL)
        ranges = self->highlight_func (gtk_label_get_text (label), self->highlight_data);

      if (ranges != NULL && ranges->len >= 2)
        {
          attrs = pango_attr_list_new ();
          for (guint j = 0; j + 1 < ranges->len; j += 2)
            {
              MatchRef ref = { label, g_array_index (ranges, guint, j), g_array_index (ranges, guint, j + 1) };
              PangoAttribute *attr;

              attr = pango_attr_background_new (0xf6f6, 0xd3d3, 0x2d2d);
              attr->start_index = ref.start;
              attr->end_index = ref.end;
              pango_attr_list_insert (attrs, attr);

              attr = pango_attr_foreground_new (0x1e1e, 0x1e1e, 0x1e1e);
              attr->start_index = ref.start;
              attr->end_index = ref.end;
              pango_attr_list_insert (attrs, attr);

              g_array_append_val (self->matches, ref);
            }
        }

      gtk_label_set_attributes (label, attrs);
    }
}

static void
rebuild (AccordSectionView *self)
{
  AccordSection *section = self->section;
  const char * const *strv;
  guint n;

  g_ptr_array_set_size (self->text_labels, 0);
  clear_box (self->sections_box);

  if (section == NULL)
    {
      gtk_label_set_text (self->title_label, "");
      gtk_label_set_text (self->summary_label, "");
      gtk_widget_set_visible (GTK_WIDGET (self->kind_label), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->summary_label), FALSE);
      g_array_set_size (self->matches, 0);
      return;
    }

  gtk_label_set_text (self->title_label, accord_section_get_title (section));
  g_ptr_array_add (self->text_labels, self->title_label);

  if (accord_section_get_kind (section) != NULL)
    {
      gtk_label_set_text (self->kind_label, accord_section_get_kind (section));
      g_ptr_array_add (self->text_labels, self->kind_label);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->kind_label), accord_section_get_kind (section) != NULL);

  gtk_label_set_text (self->summary_label,
                      accord_section_get_summary (section) ? accord_section_get_summary (section) : "");
  gtk_widget_set_visible (GTK_WIDGET (self->summary_label), accord_section_get_summary (section) != NULL);
  if (accord_section_get_summary (section) != NULL)
    g_ptr_array_add (self->text_labels, self->summary_label);

  strv = accord_section_get_key_points (section);
  if (strv[0] != NULL)
    {
      GtkWidget *list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

      gtk_widget_add_css_class (list, "key-points");
      append_heading (self, self->sections_box, _("Key Points"));
      for (guint i = 0; strv[i] != NULL; i++)
        {
          GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
          GtkWidget *bullet = gtk_label_new ("•");

          gtk_widget_set_valign (bullet, GTK_ALIGN_START);
          gtk_widget_add_css_class (bullet, "dim-label");
          gtk_box_append (GTK_BOX (row), bullet);
          append_paragraph (self, GTK_BOX (row), strv[i], "key-point");
          gtk_box_append (GTK_BOX (list), row);
        }
      gtk_box_append (self->sections_box, list);
    }

  strv = accord_section_get_body (section);
  if (strv[0] != NULL)
    {
      GtkWidget *body = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

      gtk_widget_set_margin_top (body, 18);
      gtk_widget_add_css_class (body, "body");
      for (guint i = 0; strv[i] != NULL; i++)
        append_paragraph (self, GTK_BOX (body), strv[i], "body-text");
      gtk_box_append (self->sections_box, body);
    }

  n = accord_section_get_n_quotes (section);
  if (n > 0)
    {
      append_heading (self, self->sections_box, _("Quotes"));
      for (guint i = 0; i < n; i++)
        gtk_box_append (self->sections_box, make_quote (self, accord_section_get_quote (section, i)));
    }

  n = accord_section_get_n_actors (section);
  if (n > 0)
    {
      append_heading (self, self->sections_box, _("People and Organizations"));
      for (guint i = 0; i < n; i++)
        gtk_box_append (self->sections_box, make_actor (self, accord_section_get_actor (section, i)));
    }

  n = accord_section_get_n_events (section);
  if (n > 0)
    {
      GtkWidget *flow = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);

      append_heading (self, self->sections_box, _("Related Events"));
      for (guint i = 0; i < n; i++)
        gtk_box_append (GTK_BOX (flow), make_event_button (self, accord_section_get_event (section, i)));
      gtk_box_append (self->sections_box, flow);
    }

  {
    g_autoptr(GPtrArray) sources = collect_sources (section);

    if (sources->len > 0)
      {
        GtkWidget *list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

        append_heading (self, self->sections_box, _("Sources"));
        for (guint i = 0; i < sources->len; i++)
          gtk_box_append (GTK_BOX (list), make_source (self, g_ptr_array_index (sources, i)));
        gtk_box_append (self->sections_box, list);
      }
  }

  apply_highlight (self);
}

static void
accord_section_view_dispose (GObject *object)
{
  AccordSectionView *self = (AccordSectionView *)object;

  if (self->highlight_destroy != NULL)
    self->highlight_destroy (self->highlight_data);
  self->highlight_destroy = NULL;
  self->highlight_func = NULL;

  gtk_widget_dispose_template (GTK_WIDGET (self), ACCORD_TYPE_SECTION_VIEW);
  g_clear_object (&self->section);

  G_OBJECT_CLASS (accord_section_view_parent_class)->dispose (object);
}

static void
accord_section_view_finalize (GObject *object)
{
  AccordSectionView *self = (AccordSectionView *)object;

  g_clear_pointer (&self->text_labels, g_ptr_array_unref);
  g_clear_pointer (&self->matches, g_array_unref);

  G_OBJECT_CLASS (accord_section_view_parent_class)->finalize (object);
}

static void
accord_section_view_class_init (AccordSectionViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = accord_section_view_dispose;
  object_class->finalize = accord_section_view_finalize;

  /**
   * AccordSectionView::event-activated:
   *
   * A related event was chosen; the window shows it on the timeline.
   */
  signals[EVENT_ACTIVATED] =
    g_signal_new ("event-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_OBJECT);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/accordapp/Accord/ui/accord-section-view.ui");
  gtk_widget_class_bind_template_child (widget_class, AccordSectionView, kind_label);
  gtk_widget_class_bind_template_child (widget_class, AccordSectionView, scroller);
  gtk_widget_class_bind_template_child (widget_class, AccordSectionView, sections_box);
  gtk_widget_class_bind_template_child (widget_class, AccordSectionView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, AccordSectionView, title_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "sectionview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
accord_section_view_init (AccordSectionView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->text_labels = g_ptr_array_new ();
  self->matches = g_array_new (FALSE, FALSE, sizeof (MatchRef));
}

GtkWidget *
accord_section_view_new (void)
{
  return g_object_new (ACCORD_TYPE_SECTION_VIEW, NULL);
}

AccordSection *
accord_section_view_get_section (AccordSectionView *self)
{
  g_return_val_if_fail (ACCORD_IS_SECTION_VIEW (self), NULL);
  return self->section;
}

void
accord_section_view_set_section (AccordSectionView *self,
                                 AccordSection     *section)
{
  g_return_if_fail (ACCORD_IS_SECTION_VIEW (self));
  g_return_if_fail (section == NULL || ACCORD_IS_SECTION (section));

  if (!g_set_object (&self->section, section))
    return;

  rebuild (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

/**
 * accord_section_view_set_highlight:
 * @func: (nullable): finds the ranges to highlight in a text, or %NULL to
 *   remove every highlight
 */
void
accord_section_view_set_highlight (AccordSectionView   *self,
                                   AccordHighlightFunc  func,
                                   gpointer             user_data,
                                   GDestroyNotify       destroy)
{
  g_return_if_fail (ACCORD_IS_SECTION_VIEW (self));

  if (self->highlight_destroy != NULL)
    self->highlight_destroy (self->highlight_data);

  self->highlight_func = func;
  self->highlight_data = user_data;
  self->highlight_destroy = destroy;

  apply_highlight (self);
}

guint
accord_section_view_get_n_matches (AccordSectionView *self)
{
  g_return_val_if_fail (ACCORD_IS_SECTION_VIEW (self), 0);
  return self->matches->len;
}

/**
 * accord_section_view_focus_match:
 *
 * Selects the match and moves the focus to it, which scrolls it into view.
 */
void
accord_section_view_focus_match (AccordSectionView *self,
                                 guint              match)
{
  MatchRef *ref;
  const char *text;

  g_return_if_fail (ACCORD_IS_SECTION_VIEW (self));

  if (match >= self->matches->len)
    return;

  ref = &g_array_index (self->matches, MatchRef, match);
  text = gtk_label_get_text (ref->label);

  gtk_widget_grab_focus (GTK_WIDGET (ref->label));
  gtk_label_select_region (ref->label,
                           g_utf8_pointer_to_offset (text, text + ref->start),
                           g_utf8_pointer_to_offset (text, text + ref->end));
}

/**
 * accord_section_view_find_label:
 *
 * For tests and accessibility checks: the label that shows exactly @text.
 */
GtkWidget *
accord_section_view_find_label (AccordSectionView *self,
                                const char        *text)
{
  g_return_val_if_fail (ACCORD_IS_SECTION_VIEW (self), NULL);

  for (guint i = 0; i < self->text_labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (self->text_labels, i);

      if (g_strcmp0 (gtk_label_get_text (label), text) == 0)
        return GTK_WIDGET (label);
    }

  return NULL;
}

static gboolean
text_matches (const char          *text,
              AccordHighlightFunc  func,
              gpointer             user_data)
{
  g_autoptr(GArray) ranges = NULL;

  if (text == NULL)
    return FALSE;

  ranges = func (text, user_data);

  return ranges != NULL && ranges->len > 0;
}

/**
 * accord_section_view_section_has_match:
 *
 * Whether showing @section would highlight anything: the same texts the
 * view shows, without building any widget.  Ctrl+G uses it to skip
 * sections with no match.
 */
gboolean
accord_section_view_section_has_match (AccordSection       *section,
                                       AccordHighlightFunc  func,
                                       gpointer             user_data)
{
  const char * const *strv;

  g_return_val_if_fail (ACCORD_IS_SECTION (section), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  if (text_matches (accord_section_get_title (section), func, user_data) ||
      text_matches (accord_section_get_kind (section), func, user_data) ||
      text_matches (accord_section_get_summary (section), func, user_data))
    return TRUE;

  for (strv = accord_section_get_key_points (section); *strv; strv++)
    if (text_matches (*strv, func, user_data))
      return TRUE;

  for (strv = accord_section_get_body (section); *strv; strv++)
    if (text_matches (*strv, func, user_data))
      return TRUE;

  for (guint i = 0; i < accord_section_get_n_quotes (section); i++)
    {
      AccordQuote *quote = accord_section_get_quote (section, i);
      g_autofree char *attribution = accord_actor_dup_attribution (accord_quote_get_speaker (quote));

      if (text_matches (accord_quote_get_text (quote), func, user_data) ||
          text_matches (attribution, func, user_data) ||
          text_matches (accord_quote_get_note (quote), func, user_data))
        return TRUE;
    }

  for (guint i = 0; i < accord_section_get_n_actors (section); i++)
    {
      AccordActor *actor = accord_section_get_actor (section, i);

      if (text_matches (accord_actor_get_name (actor), func, user_data) ||
          text_matches (accord_actor_get_native_name (actor), func, user_data) ||
          text_matches (accord_actor_get_role (actor), func, user_data) ||
          text_matches (accord_actor_get_organization (actor), func, user_data) ||
          text_matches (accord_actor_get_country (actor), func, user_data))
        return TRUE;
    }

  for (guint i = 0; i < accord_section_get_n_events (section); i++)
    if (text_matches (accord_event_get_title (accord_section_get_event (section, i)), func, user_data))
      return TRUE;

  {
    g_autoptr(GPtrArray) sources = collect_sources (section);

    for (guint i = 0; i < sources->len; i++)
      {
        AccordSource *source = g_ptr_array_index (sources, i);

        if (text_matches (accord_source_get_title (source), func, user_data) ||
            text_matches (accord_source_get_publisher (source), func, user_data) ||
            text_matches (accord_source_get_note (source), func, user_data) ||
            text_matches (accord_source_get_url (source), func, user_data))
          return TRUE;
      }
  }

  return FALSE;
}
