/* accord-section-view-notes.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reader's highlights and notes in the section view.  Each label of
 * briefing text knows the field it shows (title, summary, a key point, a
 * paragraph, a quote) and where its chunk starts in it, so a selection
 * becomes a note's offsets and a note's offsets become Pango attributes
 * on the label's plain text.  Ctrl+H (or Highlight in the label's menu)
 * highlights the selection and opens its popover; without a selection it
 * writes a note on the whole section.  Clicking a highlight opens its
 * note.  Ctrl+Shift+C copies the selection with its citation, as plain
 * text and as HTML.
 */

#define G_LOG_DOMAIN "accord-section-view"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "accord-briefing.h"
#include "accord-citation.h"
#include "accord-note-popover.h"
#include "accord-note-stores.h"
#include "accord-quote.h"
#include "accord-section.h"
#include "accord-section-view-private.h"

#define FIELD_KEY  "accord-note-field"
#define INDEX_KEY  "accord-note-index"
#define OFFSET_KEY "accord-note-offset"

typedef struct
{
  GtkLabel   *label;
  const char *field;
  guint       index;
  guint       start;  /* characters in the field */
  guint       end;
} Selection;

static gboolean
label_field (GtkLabel    *label,
             const char **field,
             guint       *index,
             guint       *offset)
{
  *field = g_object_get_data (G_OBJECT (label), FIELD_KEY);
  *index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (label), INDEX_KEY));
  *offset = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (label), OFFSET_KEY));
  return *field != NULL;
}

/* The selection in the view's text, if any: in one label. */
static gboolean
get_selection (AccordSectionView *self,
               Selection         *selection)
{
  for (guint i = 0; i < self->text_labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (self->text_labels, i);
      const char *field;
      guint index, offset;
      int start, end;

      if (!gtk_label_get_selection_bounds (label, &start, &end) || start == end)
        continue;
      if (!label_field (label, &field, &index, &offset))
        continue;
      selection->label = label;
      selection->field = field;
      selection->index = index;
      selection->start = offset + MIN (start, end);
      selection->end = offset + MAX (start, end);
      return TRUE;
    }
  return FALSE;
}

static gboolean
note_is_on (AccordNote    *note,
            AccordSection *section,
            const char    *field,
            guint          index)
{
  return !accord_note_get_detached (note)
         && accord_note_get_target_kind (note) == ACCORD_NOTE_TARGET_SECTION
         && g_strcmp0 (accord_note_get_target_id (note), accord_section_get_id (section)) == 0
         && g_strcmp0 (accord_note_get_field (note), field) == 0
         && accord_note_get_index (note) == index;
}

/**
 * _accord_section_view_note_attributes:
 *
 * Returns: (transfer full) (nullable): the highlights of @label's text
 */
PangoAttrList *
_accord_section_view_note_attributes (AccordSectionView *self,
                                      GtkLabel          *label)
{
  PangoAttrList *attrs = NULL;
  const char *text = gtk_label_get_text (label);
  const char *field;
  guint index, offset, n, length;

  if (self->notes == NULL || self->section == NULL || !label_field (label, &field, &index, &offset))
    return NULL;

  length = g_utf8_strlen (text, -1);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->notes));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AccordNote) note = g_list_model_get_item (G_LIST_MODEL (self->notes), i);
      guint32 rgb;
      guint start, end;
      PangoAttribute *attr;
      guint a, b;

      if (!note_is_on (note, self->section, field, index))
        continue;
      start = MAX (accord_note_get_start (note), offset);
      end = MIN (accord_note_get_end (note), offset + length);
      if (start >= end)
        continue;
      a = g_utf8_offset_to_pointer (text, start - offset) - text;
      b = g_utf8_offset_to_pointer (text, end - offset) - text;

      if (attrs == NULL)
        attrs = pango_attr_list_new ();
      /* Light tints with dark text: readable in light and dark styles. */
      rgb = accord_note_colour_get_rgb (accord_note_get_colour (note));
      attr = pango_attr_background_new (((rgb >> 16) & 0xff) * 257, ((rgb >> 8) & 0xff) * 257,
                                        (rgb & 0xff) * 257);
      attr->start_index = a;
      attr->end_index = b;
      pango_attr_list_insert (attrs, attr);
      attr = pango_attr_foreground_new (0x1e1e, 0x1e1e, 0x1e1e);
      attr->start_index = a;
      attr->end_index = b;
      pango_attr_list_insert (attrs, attr);
      /* A highlight with a note is underlined: there is more to read. */
      if (accord_note_get_body (note) != NULL)
        {
          attr = pango_attr_underline_new (PANGO_UNDERLINE_SINGLE);
          attr->start_index = a;
          attr->end_index = b;
          pango_attr_list_insert (attrs, attr);
        }
    }
  return attrs;
}

static void
on_notes_changed (AccordSectionView *self)
{
  _accord_section_view_apply_highlight (self);
}

static void
open_popover (AccordSectionView *self,
              AccordNote        *note,
              GtkWidget         *parent,
              const GdkRectangle *rect)
{
  if (self->note_popover != NULL)
    {
      gtk_popover_popdown (GTK_POPOVER (self->note_popover));
      gtk_widget_unparent (self->note_popover);
      g_clear_pointer (&self->note_popover, g_object_unref);
    }

  self->note_popover = g_object_ref_sink (accord_note_popover_new ());
  gtk_widget_set_parent (self->note_popover, parent);
  if (rect != NULL)
    gtk_popover_set_pointing_to (GTK_POPOVER (self->note_popover), rect);
  accord_note_popover_set_note (ACCORD_NOTE_POPOVER (self->note_popover), self->notes, note);
  gtk_popover_popup (GTK_POPOVER (self->note_popover));
}

/* Where a character range of @label's text is, in its coordinates. */
static void
range_rect (GtkLabel     *label,
            guint         start_char,
            GdkRectangle *rect)
{
  PangoLayout *layout = gtk_label_get_layout (label);
  const char *text = gtk_label_get_text (label);
  PangoRectangle pos;
  int x, y;

  gtk_label_get_layout_offsets (label, &x, &y);
  pango_layout_index_to_pos (layout, g_utf8_offset_to_pointer (text, start_char) - text, &pos);
  rect->x = x + PANGO_PIXELS (pos.x);
  rect->y = y + PANGO_PIXELS (pos.y);
  rect->width = MAX (1, PANGO_PIXELS (pos.width));
  rect->height = PANGO_PIXELS (pos.height);
}

/* The note whose passage covers character @at of @label, if any. */
static AccordNote *
find_note_at (AccordSectionView *self,
              GtkLabel          *label,
              guint              at)
{
  const char *field;
  guint index, offset, n;

  if (self->notes == NULL || !label_field (label, &field, &index, &offset))
    return NULL;
  n = g_list_model_get_n_items (G_LIST_MODEL (self->notes));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AccordNote) note = g_list_model_get_item (G_LIST_MODEL (self->notes), i);

      if (note_is_on (note, self->section, field, index)
          && accord_note_get_start (note) <= offset + at && offset + at < accord_note_get_end (note))
        return note;
    }
  return NULL;
}

/* A click on a highlight opens its note.  The label's own gestures claim
 * the press (to place the cursor or select), so the click is seen in two
 * halves: where it was pressed, from a gesture in the capture phase; the
 * release, from a legacy controller; and once the label has handled the
 * release, whether it left a selection (a drag) or not (a click). */
static void
on_label_pressed (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  gpointer         user_data)
{
  GtkWidget *label = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));

  g_object_set_data (G_OBJECT (label), "accord-note-press-x", GINT_TO_POINTER ((int) x + 1));
  g_object_set_data (G_OBJECT (label), "accord-note-press-y", GINT_TO_POINTER ((int) y));
  g_object_set_data (G_OBJECT (label), "accord-note-presses", GINT_TO_POINTER (n_press));
}

static gboolean
open_clicked_note (gpointer data)
{
  GtkLabel *label = data;
  AccordSectionView *self = ACCORD_SECTION_VIEW (gtk_widget_get_ancestor (GTK_WIDGET (label), ACCORD_TYPE_SECTION_VIEW));
  int x = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (label), "accord-note-press-x")) - 1;
  int y = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (label), "accord-note-press-y"));
  int presses = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (label), "accord-note-presses"));
  PangoLayout *layout = gtk_label_get_layout (label);
  const char *text = gtk_label_get_text (label);
  AccordNote *note;
  GdkRectangle rect;
  int lx, ly, index, trailing, start, end;

  g_object_set_data (G_OBJECT (label), "accord-note-press-x", NULL);
  if (self == NULL || x < 0 || presses != 1
      || (gtk_label_get_selection_bounds (label, &start, &end) && start != end))
    return G_SOURCE_REMOVE;
  gtk_label_get_layout_offsets (label, &lx, &ly);
  if (!pango_layout_xy_to_index (layout, (x - lx) * PANGO_SCALE, (y - ly) * PANGO_SCALE, &index, &trailing))
    return G_SOURCE_REMOVE;
  note = find_note_at (self, label, g_utf8_pointer_to_offset (text, text + index));
  if (note == NULL)
    return G_SOURCE_REMOVE;
  range_rect (label, g_utf8_pointer_to_offset (text, text + index), &rect);
  open_popover (self, note, GTK_WIDGET (label), &rect);
  return G_SOURCE_REMOVE;
}

static gboolean
on_label_event (GtkEventControllerLegacy *controller,
                GdkEvent                 *event,
                gpointer                  user_data)
{
  GtkWidget *label = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));

  if (gdk_event_get_event_type (event) == GDK_BUTTON_RELEASE
      && g_object_get_data (G_OBJECT (label), "accord-note-press-x") != NULL)
    g_idle_add_full (G_PRIORITY_DEFAULT, open_clicked_note, g_object_ref (label), g_object_unref);
  return GDK_EVENT_PROPAGATE;
}

static GMenuModel *
label_menu (void)
{
  static GMenu *menu;

  if (menu == NULL)
    {
      menu = g_menu_new ();
      g_menu_append (menu, _("_Highlight"), "notes.highlight");
      g_menu_append (menu, _("Copy with _Citation"), "notes.copy-citation");
    }
  return G_MENU_MODEL (menu);
}

/**
 * _accord_section_view_tag_label:
 * @offset: where @label's text starts in the field, in characters
 *
 * Says which field @label shows, for notes.
 */
void
_accord_section_view_tag_label (AccordSectionView *self,
                                GtkLabel          *label,
                                const char        *field,
                                guint              index,
                                guint              offset)
{
  GtkEventController *legacy;
  GtkGesture *click;

  g_object_set_data (G_OBJECT (label), FIELD_KEY, (gpointer) field);
  g_object_set_data (G_OBJECT (label), INDEX_KEY, GUINT_TO_POINTER (index));
  g_object_set_data (G_OBJECT (label), OFFSET_KEY, GUINT_TO_POINTER (offset));

  if (g_object_get_data (G_OBJECT (label), "accord-note-click") != NULL)
    return;
  click = gtk_gesture_click_new ();
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect (click, "pressed", G_CALLBACK (on_label_pressed), NULL);
  gtk_widget_add_controller (GTK_WIDGET (label), GTK_EVENT_CONTROLLER (click));
  g_object_set_data (G_OBJECT (label), "accord-note-click", click);
  legacy = gtk_event_controller_legacy_new ();
  gtk_event_controller_set_propagation_phase (legacy, GTK_PHASE_CAPTURE);
  g_signal_connect (legacy, "event", G_CALLBACK (on_label_event), NULL);
  gtk_widget_add_controller (GTK_WIDGET (label), legacy);
  gtk_label_set_extra_menu (label, label_menu ());
}

/* Tags the labels made since @first, the chunks of one field in order. */
void
_accord_section_view_tag_labels_since (AccordSectionView *self,
                                       guint              first,
                                       const char        *field,
                                       guint              index)
{
  guint offset = 0;

  for (guint i = first; i < self->text_labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (self->text_labels, i);

      _accord_section_view_tag_label (self, label, field, index, offset);
      offset += g_utf8_strlen (gtk_label_get_text (label), -1);
    }
}

static void
highlight_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  AccordSectionView *self = ACCORD_SECTION_VIEW (widget);
  g_autoptr(AccordNote) note = NULL;
  Selection sel;
  GdkRectangle rect;
  guint offset;

  if (self->notes == NULL || self->section == NULL)
    return;

  if (!get_selection (self, &sel))
    {
      /* No passage: a note on the whole section, under its title. */
      note = accord_note_new (ACCORD_NOTE_TARGET_SECTION, accord_section_get_id (self->section),
                              NULL, 0, NULL, 0, 0);
      accord_note_set_target_title (note, accord_section_get_title (self->section));
      accord_note_store_add (self->notes, note);
      open_popover (self, note, GTK_WIDGET (self->title_label), NULL);
      return;
    }

  offset = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (sel.label), OFFSET_KEY));
  note = find_note_at (self, sel.label, sel.start - offset);
  if (note != NULL && accord_note_get_start (note) == sel.start && accord_note_get_end (note) == sel.end)
    g_object_ref (note);
  else
    {
      const char *text = accord_note_get_field_text (self->notes_briefing, ACCORD_NOTE_TARGET_SECTION,
                                                     accord_section_get_id (self->section),
                                                     sel.field, sel.index);
      if (text == NULL)
        return;
      note = accord_note_new (ACCORD_NOTE_TARGET_SECTION, accord_section_get_id (self->section),
                              sel.field, sel.index, text, sel.start, sel.end);
      accord_note_set_target_title (note, accord_section_get_title (self->section));
      accord_note_store_add (self->notes, note);
    }

  /* The selection would hide the highlight under it. */
  gtk_label_select_region (sel.label, sel.end - offset, sel.end - offset);
  range_rect (sel.label, sel.start - offset, &rect);
  open_popover (self, note, GTK_WIDGET (sel.label), &rect);
}

static void
copy_citation_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  AccordSectionView *self = ACCORD_SECTION_VIEW (widget);
  g_autofree char *passage = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *html = NULL;
  g_autoptr(GBytes) html_bytes = NULL;
  GdkContentProvider *providers[2];
  g_autoptr(GdkContentProvider) provider = NULL;
  AccordQuote *quote = NULL;
  const char *text;
  const char *a, *b;
  guint offset;
  Selection sel;

  if (self->section == NULL || self->notes_briefing == NULL || !get_selection (self, &sel))
    {
      gtk_widget_error_bell (widget);
      return;
    }

  offset = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (sel.label), OFFSET_KEY));
  text = gtk_label_get_text (sel.label);
  a = g_utf8_offset_to_pointer (text, sel.start - offset);
  b = g_utf8_offset_to_pointer (text, sel.end - offset);
  passage = g_strndup (a, b - a);
  if (g_str_equal (sel.field, ACCORD_NOTE_FIELD_QUOTES) && sel.index < accord_section_get_n_quotes (self->section))
    quote = accord_section_get_quote (self->section, sel.index);

  plain = accord_citation_format (self->notes_briefing, self->section, quote, NULL, passage, &html);
  html_bytes = g_bytes_new_take (html, strlen (html));
  html = NULL;
  /* Editors that take HTML get the link; the rest, the plain text. */
  providers[0] = gdk_content_provider_new_for_bytes ("text/html", html_bytes);
  providers[1] = gdk_content_provider_new_typed (G_TYPE_STRING, plain);
  provider = gdk_content_provider_new_union (providers, 2);
  gdk_clipboard_set_content (gtk_widget_get_clipboard (widget), provider);
}

void
_accord_section_view_notes_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "notes.highlight", NULL, highlight_action);
  gtk_widget_class_install_action (widget_class, "notes.copy-citation", NULL, copy_citation_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_h, GDK_CONTROL_MASK, "notes.highlight", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_C, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "notes.copy-citation", NULL);
}

void
_accord_section_view_notes_dispose (AccordSectionView *self)
{
  if (self->note_popover != NULL)
    {
      gtk_widget_unparent (self->note_popover);
      g_clear_pointer (&self->note_popover, g_object_unref);
    }
  if (self->notes != NULL)
    g_signal_handlers_disconnect_by_func (self->notes, on_notes_changed, self);
  g_clear_object (&self->notes);
  g_clear_object (&self->notes_briefing);
  self->scroll_to = NULL;
}

/* A note asked for is shown once its label has a place. */
void
_accord_section_view_notes_allocated (AccordSectionView *self)
{
  GtkWidget *child = gtk_scrolled_window_get_child (self->scroller);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  graphene_rect_t bounds;

  if (self->scroll_to == NULL)
    return;
  if (gtk_widget_compute_bounds (self->scroll_to, child, &bounds))
    {
      double page = gtk_adjustment_get_page_size (adjustment);
      double value = gtk_adjustment_get_value (adjustment);

      if (bounds.origin.y < value || bounds.origin.y + MIN (bounds.size.height, page / 2) > value + page)
        gtk_adjustment_set_value (adjustment, bounds.origin.y - page / 3);
    }
  self->scroll_to = NULL;
}

/**
 * accord_section_view_set_notes:
 * @notes: (nullable): the reader's notes on @briefing, or %NULL for none
 *
 * Draws the notes' highlights, and lets the reader add and edit them.
 */
void
accord_section_view_set_notes (AccordSectionView *self,
                               AccordNoteStore   *notes,
                               AccordBriefing    *briefing)
{
  g_return_if_fail (ACCORD_IS_SECTION_VIEW (self));
  g_return_if_fail (notes == NULL || ACCORD_IS_NOTE_STORE (notes));
  g_return_if_fail (notes == NULL || ACCORD_IS_BRIEFING (briefing));

  if (self->notes != notes)
    {
      if (self->notes != NULL)
        g_signal_handlers_disconnect_by_func (self->notes, on_notes_changed, self);
      g_set_object (&self->notes, notes);
      if (notes != NULL)
        g_signal_connect_swapped (notes, "items-changed", G_CALLBACK (on_notes_changed), self);
    }
  g_set_object (&self->notes_briefing, briefing);
  _accord_section_view_apply_highlight (self);
}

/**
 * accord_section_view_show_note:
 *
 * Brings @note's passage into view and selects it (the section must be the
 * one shown); a note on the whole section brings the title.  The focus
 * goes to the passage, so that the keyboard can go on from there.
 *
 * Returns: whether the passage is in the view
 */
gboolean
accord_section_view_show_note (AccordSectionView *self,
                               AccordNote        *note)
{
  g_return_val_if_fail (ACCORD_IS_SECTION_VIEW (self), FALSE);
  g_return_val_if_fail (ACCORD_IS_NOTE (note), FALSE);

  if (self->section == NULL || accord_note_get_detached (note))
    return FALSE;

  _accord_section_view_ensure_filled (self);
  for (guint i = 0; i < self->text_labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (self->text_labels, i);
      const char *field;
      guint index, offset, length;

      if (!label_field (label, &field, &index, &offset))
        continue;
      length = g_utf8_strlen (gtk_label_get_text (label), -1);
      if (accord_note_get_field (note) == NULL)
        {
          if (!g_str_equal (field, ACCORD_NOTE_FIELD_TITLE))
            continue;
        }
      else if (!note_is_on (note, self->section, field, index)
               || accord_note_get_start (note) < offset
               || accord_note_get_start (note) > offset + length)
        continue;

      gtk_widget_set_focusable (GTK_WIDGET (label), TRUE);
      gtk_widget_grab_focus (GTK_WIDGET (label));
      if (accord_note_get_field (note) != NULL)
        gtk_label_select_region (label, accord_note_get_start (note) - offset,
                                 MIN (accord_note_get_end (note) - offset, length));
      self->scroll_to = GTK_WIDGET (label);
      gtk_widget_queue_allocate (GTK_WIDGET (self));
      return TRUE;
    }
  return FALSE;
}
