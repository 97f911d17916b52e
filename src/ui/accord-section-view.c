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
#include "accord-heading.h"
#include "accord-quote.h"
#include "accord-readable-label.h"
#include "accord-section.h"
#include "accord-section-kind.h"
#include "accord-section-view-private.h"
#include "accord-source.h"
#include "accord-width-bin.h"

/* Pango lays out long unbreakable text in super-linear time (8 s for
 * 100,000 characters without a space on Debian 12), so a paragraph is
 * shown in chunks, and only up to a bound. */
#define CHUNK_CHARS     4000
#define MAX_PARA_CHUNKS 25

/* A wrapping label's minimum width.  Without one, GTK measures it by
 * laying the text out at width 0, one character per line (word-char
 * wrapping): for a long paragraph that was the dearest layout of a
 * section's first frame.  Twelve characters of body text fit the
 * narrowest column (240 px) even in large print; the title, short and
 * large, keeps GTK's own minimum. */
#define MIN_WIDTH_CHARS 12


G_DEFINE_FINAL_TYPE (AccordSectionView, accord_section_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SECTION,
  N_PROPS
};

enum {
  EVENT_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

GtkLabel *
_accord_section_view_make_label (AccordSectionView *self,
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
  gtk_label_set_width_chars (GTK_LABEL (label), MIN_WIDTH_CHARS);
  accord_readable_label_setup (GTK_LABEL (label));
  gtk_widget_set_hexpand (label, TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  if (is_briefing_text)
    g_ptr_array_add (self->text_labels, label);

  return GTK_LABEL (label);
}

/* A key point's bullet sits on the baseline of the point's first line,
 * whatever font draws each: in Korean the bullet falls back to a CJK font,
 * whose line is taller than the Latin text's, and a bullet aligned to the
 * top hung below the text. */
static gboolean
place_bullet (GtkOverlay   *row,
              GtkWidget    *bullet,
              GdkRectangle *allocation,
              gpointer      user_data)
{
  GtkWidget *first = gtk_widget_get_first_child (gtk_overlay_get_child (row));
  graphene_point_t baseline;
  int width, height, bullet_baseline, y;

  gtk_widget_measure (bullet, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &width, NULL, NULL);
  gtk_widget_measure (bullet, GTK_ORIENTATION_VERTICAL, -1, NULL, &height, NULL, &bullet_baseline);
  /* In the indent: at the start of the line, on the right in RTL. */
  allocation->x = gtk_widget_get_direction (GTK_WIDGET (row)) == GTK_TEXT_DIR_RTL
                  ? gtk_widget_get_width (GTK_WIDGET (row)) - width : 0;
  allocation->y = 0;
  allocation->width = width;
  allocation->height = height;

  if (!GTK_IS_LABEL (first) || bullet_baseline < 0)
    return TRUE;

  gtk_label_get_layout_offsets (GTK_LABEL (first), NULL, &y);
  y += pango_layout_get_baseline (gtk_label_get_layout (GTK_LABEL (first))) / PANGO_SCALE;
  if (gtk_widget_compute_point (first, GTK_WIDGET (row), &GRAPHENE_POINT_INIT (0, y), &baseline))
    allocation->y = (int) baseline.y - bullet_baseline;

  return TRUE;
}

static void
append_heading (AccordSectionView *self,
                GtkBox            *box,
                const char        *text)
{
  GtkLabel *label = _accord_section_view_make_label (self, text, "heading", FALSE);

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
      gtk_box_append (box, GTK_WIDGET (_accord_section_view_make_label (self, text, css_class, TRUE)));
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
      gtk_box_append (box, GTK_WIDGET (_accord_section_view_make_label (self, chunk, css_class, TRUE)));
      p = cut;
      chunks++;
    }

  if (*p != '\0')
    {
      g_autofree char *note = NULL;
      GtkLabel *label;

      note = g_strdup_printf (_("This paragraph is too long to show in full here (%ld characters); export the section to read all of it."),
                              n_chars);
      label = _accord_section_view_make_label (self, note, "dim-label", FALSE);
      gtk_box_append (box, GTK_WIDGET (label));
    }
}

static void
clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

/* The section's quotes, people, related events and sources. */
static void
append_tail (AccordSectionView *self)
{
  AccordSection *section = self->section;
  guint n;
  guint first;

  n = accord_section_get_n_quotes (section);
  if (n > 0)
    {
      append_heading (self, self->sections_box, accord_heading_get_title (ACCORD_HEADING_QUOTES));
      for (guint i = 0; i < n; i++)
        {
          /* The quote's text is its first label (then attribution, note). */
          first = self->text_labels->len;
          gtk_box_append (self->sections_box, _accord_section_view_make_quote (self, accord_section_get_quote (section, i)));
          if (first < self->text_labels->len)
            _accord_section_view_tag_label (self, g_ptr_array_index (self->text_labels, first),
                                            ACCORD_NOTE_FIELD_QUOTES, i, 0);
        }
    }

  n = accord_section_get_n_actors (section);
  if (n > 0)
    {
      append_heading (self, self->sections_box, accord_heading_get_title (ACCORD_HEADING_PEOPLE));
      for (guint i = 0; i < n; i++)
        gtk_box_append (self->sections_box, _accord_section_view_make_actor (self, accord_section_get_actor (section, i)));
    }

  n = accord_section_get_n_events (section);
  if (n > 0)
    {
      GtkWidget *flow = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);

      append_heading (self, self->sections_box, accord_heading_get_title (ACCORD_HEADING_RELATED_EVENTS));
      for (guint i = 0; i < n; i++)
        gtk_box_append (GTK_BOX (flow), _accord_section_view_make_event_button (self, accord_section_get_event (section, i)));
      gtk_box_append (self->sections_box, flow);
    }

  {
    g_autoptr(GPtrArray) sources = _accord_section_view_collect_sources (section);

    if (sources->len > 0)
      {
        GtkWidget *list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

        append_heading (self, self->sections_box, accord_heading_get_title (ACCORD_HEADING_SOURCES));
        for (guint i = 0; i < sources->len; i++)
          gtk_box_append (GTK_BOX (list), _accord_section_view_make_source (self, g_ptr_array_index (sources, i)));
        gtk_box_append (self->sections_box, list);
      }
  }
}

/* The end of the section, added after the rest was drawn: its links and
 * highlights are made again over every label. */
static void
finish_tail (AccordSectionView *self)
{
  append_tail (self);
  _accord_section_view_link_mentions (self);
  _accord_section_view_apply_highlight (self);
}

static gboolean
append_tail_when_idle (gpointer data)
{
  AccordSectionView *self = data;

  self->tail_source = 0;
  finish_tail (self);

  return G_SOURCE_REMOVE;
}

/**
 * _accord_section_view_ensure_filled:
 *
 * Adds the end of the section now if it is still to come: for whatever
 * looks at every label.
 */
void
_accord_section_view_ensure_filled (AccordSectionView *self)
{
  if (self->tail_source == 0)
    return;

  g_clear_handle_id (&self->tail_source, g_source_remove);
  finish_tail (self);
}

static void
fill_with_section (AccordSectionView *self)
{
  AccordSection *section = self->section;
  g_autofree char *kind = NULL;
  const char * const *strv;
  guint first;

  g_clear_handle_id (&self->tail_source, g_source_remove);
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
  _accord_section_view_tag_label (self, self->title_label, ACCORD_NOTE_FIELD_TITLE, 0, 0);
  /* The column is focusable: a screen reader names it after its section. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accord_section_get_title (section),
                                  -1);

  /* "Overview", translated, for the kinds the format knows; any other
   * kind as the briefing writes it. */
  kind = accord_section_kind_label (accord_section_get_kind (section));
  if (kind != NULL)
    {
      gtk_label_set_text (self->kind_label, kind);
      g_ptr_array_add (self->text_labels, self->kind_label);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->kind_label), kind != NULL);

  gtk_label_set_text (self->summary_label,
                      accord_section_get_summary (section) ? accord_section_get_summary (section) : "");
  gtk_widget_set_visible (GTK_WIDGET (self->summary_label), accord_section_get_summary (section) != NULL);
  if (accord_section_get_summary (section) != NULL)
    {
      g_ptr_array_add (self->text_labels, self->summary_label);
      _accord_section_view_tag_label (self, self->summary_label, ACCORD_NOTE_FIELD_SUMMARY, 0, 0);
    }

  strv = accord_section_get_key_points (section);
  if (strv[0] != NULL)
    {
      GtkWidget *list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

      gtk_widget_add_css_class (list, "key-points");
      append_heading (self, self->sections_box, accord_heading_get_title (ACCORD_HEADING_KEY_POINTS));
      for (guint i = 0; strv[i] != NULL; i++)
        {
          /* The bullet overlays the point's indent: a horizontal box would
           * ask the wrapped text for its width at each height, which GTK
           * answers by laying it out again and again (most of a section's
           * first frame, measured with gdb and callgrind). */
          GtkWidget *row = gtk_overlay_new ();
          GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
          GtkWidget *bullet = gtk_label_new ("•");

          gtk_widget_add_css_class (bullet, "bullet");
          gtk_widget_add_css_class (bullet, "dim-label");
          g_signal_connect (row, "get-child-position", G_CALLBACK (place_bullet), NULL);
          gtk_widget_set_margin_start (text, 16);
          first = self->text_labels->len;
          append_paragraph (self, GTK_BOX (text), strv[i], "key-point");
          _accord_section_view_tag_labels_since (self, first, ACCORD_NOTE_FIELD_KEY_POINTS, i);
          gtk_overlay_set_child (GTK_OVERLAY (row), text);
          gtk_overlay_add_overlay (GTK_OVERLAY (row), bullet);
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
        {
          first = self->text_labels->len;
          append_paragraph (self, GTK_BOX (body), strv[i], "body-text");
          _accord_section_view_tag_labels_since (self, first, ACCORD_NOTE_FIELD_BODY, i);
        }
      gtk_box_append (self->sections_box, body);
    }

  /* What follows the body is seldom on screen when a window first shows a
   * section, and laying it out is a third of that first frame: it is
   * added once that frame is drawn.  Anything that needs it (a search
   * match, a note, a scroll position) adds it first. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    append_tail (self);
  else
    self->tail_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, append_tail_when_idle, self, NULL);

  _accord_section_view_link_mentions (self);
  _accord_section_view_apply_highlight (self);
}

static void
accord_section_view_dispose (GObject *object)
{
  AccordSectionView *self = (AccordSectionView *)object;

  if (self->highlight_destroy != NULL)
    self->highlight_destroy (self->highlight_data);
  self->highlight_destroy = NULL;
  self->highlight_func = NULL;

  g_clear_handle_id (&self->tail_source, g_source_remove);
  _accord_section_view_notes_dispose (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), ACCORD_TYPE_SECTION_VIEW);
  g_clear_object (&self->section);
  g_clear_object (&self->finder);

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

/* The view scrolls, so the width it needs does not depend on the height it
 * gets.  Containers that lay out by width-for-height (the leaflet's
 * vertical content box) would otherwise make every wrapped label search
 * for its width line by line, which cost most of the first frame. */
static void
accord_section_view_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  AccordSectionView *self = ACCORD_SECTION_VIEW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    for_size = -1;

  gtk_widget_measure (GTK_WIDGET (self->scroller), orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
accord_section_view_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  AccordSectionView *self = ACCORD_SECTION_VIEW (widget);

  gtk_widget_allocate (GTK_WIDGET (self->scroller), width, height, baseline, NULL);

  if (self->pending_scroll >= 0)
    {
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), self->pending_scroll);
      self->pending_scroll = -1;
    }

  _accord_section_view_notes_allocated (self);

  /* The current match's place is known once its label is laid out. */
  if (self->scroll_pending && self->current_match < self->matches->len)
    {
      MatchRef *ref = &g_array_index (self->matches, MatchRef, self->current_match);
      GtkWidget *child = gtk_scrolled_window_get_child (self->scroller);
      GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
      graphene_rect_t bounds;

      self->scroll_pending = FALSE;
      if (gtk_widget_compute_bounds (GTK_WIDGET (ref->label), child, &bounds))
        {
          double page = gtk_adjustment_get_page_size (adjustment);
          double value = gtk_adjustment_get_value (adjustment);

          /* Only when it is not in view already; then a third down. */
          if (bounds.origin.y < value || bounds.origin.y + MIN (bounds.size.height, page / 2) > value + page)
            gtk_adjustment_set_value (adjustment, bounds.origin.y - page / 3);
        }
    }
}

/* The reading column scrolls with the keys a document scrolls with. */
static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                AccordSectionView     *self)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  double value = gtk_adjustment_get_value (adjustment);
  double page = gtk_adjustment_get_page_size (adjustment);
  double line = 40;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
      value += page * 0.9;
      break;
    case GDK_KEY_space:
      value += (state & GDK_SHIFT_MASK) ? -page * 0.9 : page * 0.9;
      break;
    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
      value -= page * 0.9;
      break;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      value += line;
      break;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      value -= line;
      break;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      value = 0;
      break;
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      value = gtk_adjustment_get_upper (adjustment);
      break;
    default:
      return FALSE;
    }

  gtk_adjustment_set_value (adjustment, value);
  return TRUE;
}

static void
accord_section_view_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  AccordSectionView *self = ACCORD_SECTION_VIEW (object);

  switch (prop_id)
    {
    case PROP_SECTION:
      g_value_set_object (value, self->section);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_section_view_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  AccordSectionView *self = ACCORD_SECTION_VIEW (object);

  switch (prop_id)
    {
    case PROP_SECTION:
      accord_section_view_set_section (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_section_view_class_init (AccordSectionViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  g_type_ensure (ACCORD_TYPE_WIDTH_BIN);

  object_class->dispose = accord_section_view_dispose;
  object_class->finalize = accord_section_view_finalize;
  object_class->get_property = accord_section_view_get_property;
  object_class->set_property = accord_section_view_set_property;
  widget_class->measure = accord_section_view_measure;
  widget_class->size_allocate = accord_section_view_size_allocate;

  properties[PROP_SECTION] =
    g_param_spec_object ("section", NULL, NULL,
                         ACCORD_TYPE_SECTION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

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

  gtk_widget_class_set_css_name (widget_class, "sectionview");
  _accord_section_view_notes_class_init (widget_class);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
accord_section_view_init (AccordSectionView *self)
{
  GtkEventController *key;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->text_labels = g_ptr_array_new ();
  self->matches = g_array_new (FALSE, FALSE, sizeof (MatchRef));
  self->current_match = G_MAXUINT;
  self->pending_scroll = -1;

  accord_readable_label_setup (self->title_label);
  accord_readable_label_setup (self->summary_label);
  gtk_label_set_width_chars (self->summary_label, MIN_WIDTH_CHARS);

  /* One Tab stop for the whole column, then its links and buttons. */
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  key = gtk_event_controller_key_new ();
  g_signal_connect (key, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), key);
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

  self->current_match = G_MAXUINT;
  fill_with_section (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTION]);
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

  _accord_section_view_ensure_filled (self);
  for (guint i = 0; i < self->text_labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (self->text_labels, i);

      if (g_strcmp0 (gtk_label_get_text (label), text) == 0)
        return GTK_WIDGET (label);
    }

  return NULL;
}

/**
 * accord_section_view_get_scroll:
 *
 * Returns: how far down the section the reader has scrolled, in pixels
 */
double
accord_section_view_get_scroll (AccordSectionView *self)
{
  g_return_val_if_fail (ACCORD_IS_SECTION_VIEW (self), 0);

  return gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (self->scroller));
}

/**
 * accord_section_view_set_scroll:
 *
 * Scrolls to @value once the section shown is laid out: a section just
 * set has no height yet.
 */
void
accord_section_view_set_scroll (AccordSectionView *self,
                                double             value)
{
  g_return_if_fail (ACCORD_IS_SECTION_VIEW (self));

  _accord_section_view_ensure_filled (self);
  self->pending_scroll = MAX (value, 0);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}
