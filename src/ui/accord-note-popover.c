/* accord-note-popover.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A highlight's colour and note, edited in place: the colours as a row of
 * toggle buttons (each named for screen readers), the note as a text view.
 * Every change goes to the store at once (the store saves at most once a
 * second); closing the popover saves.  Delete removes the note, with Undo
 * in a toast.
 */

#define G_LOG_DOMAIN "accord-notes"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "accord-note-popover.h"
#include "accord-note-stores.h"

struct _AccordNotePopover
{
  GtkPopover       parent_instance;

  GtkBox          *colours_box;
  GtkTextView     *text_view;
  GtkLabel        *where_label;

  GtkToggleButton *colour_buttons[ACCORD_NOTE_N_COLOURS];
  AccordNoteStore *store;
  AccordNote      *note;
  gboolean         filling;
};

G_DEFINE_FINAL_TYPE (AccordNotePopover, accord_note_popover, GTK_TYPE_POPOVER)

static char *
dup_body (AccordNotePopover *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static AccordNoteColour
chosen_colour (AccordNotePopover *self)
{
  for (guint i = 0; i < ACCORD_NOTE_N_COLOURS; i++)
    if (gtk_toggle_button_get_active (self->colour_buttons[i]))
      return i;
  return accord_note_get_colour (self->note);
}

static void
store_changes (AccordNotePopover *self)
{
  g_autofree char *body = NULL;

  if (self->filling || self->note == NULL)
    return;
  body = dup_body (self);
  accord_note_store_update (self->store, self->note, body, chosen_colour (self));
}

static void
on_colour_toggled (AccordNotePopover *self,
                   GtkToggleButton   *button)
{
  if (gtk_toggle_button_get_active (button))
    store_changes (self);
}

static void
on_text_changed (AccordNotePopover *self)
{
  store_changes (self);
}

static void
on_undo (AdwToast *toast,
         gpointer  user_data)
{
  AccordNoteStore *store = g_object_get_data (G_OBJECT (toast), "accord-store");
  AccordNote *note = g_object_get_data (G_OBJECT (toast), "accord-note");

  accord_note_store_add (store, note);
}

static void
on_delete_clicked (AccordNotePopover *self)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (self));
  GtkWidget *overlay = parent != NULL ? gtk_widget_get_ancestor (parent, ADW_TYPE_TOAST_OVERLAY) : NULL;
  g_autoptr(AccordNote) note = g_steal_pointer (&self->note);
  g_autoptr(AccordNoteStore) store = g_steal_pointer (&self->store);

  if (note == NULL)
    return;
  accord_note_store_remove (store, note);
  gtk_popover_popdown (GTK_POPOVER (self));

  if (overlay != NULL)
    {
      AdwToast *toast = adw_toast_new (accord_note_get_body (note) != NULL
                                       ? _("Note deleted") : _("Highlight removed"));

      adw_toast_set_button_label (toast, _("_Undo"));
      g_object_set_data_full (G_OBJECT (toast), "accord-store", g_object_ref (store), g_object_unref);
      g_object_set_data_full (G_OBJECT (toast), "accord-note", g_object_ref (note), g_object_unref);
      g_signal_connect (toast, "button-clicked", G_CALLBACK (on_undo), NULL);
      adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
    }
}

static void
accord_note_popover_closed (GtkPopover *popover)
{
  AccordNotePopover *self = ACCORD_NOTE_POPOVER (popover);

  if (self->note != NULL)
    {
      /* A note on a whole section is its text: empty, it is no note. */
      if (accord_note_get_field (self->note) == NULL && accord_note_get_body (self->note) == NULL)
        accord_note_store_remove (self->store, self->note);
      accord_note_stores_save_now (self->store);
    }
  g_clear_object (&self->note);
  g_clear_object (&self->store);

  if (GTK_POPOVER_CLASS (accord_note_popover_parent_class)->closed != NULL)
    GTK_POPOVER_CLASS (accord_note_popover_parent_class)->closed (popover);
}

static void
accord_note_popover_dispose (GObject *object)
{
  AccordNotePopover *self = ACCORD_NOTE_POPOVER (object);

  g_clear_object (&self->note);
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), ACCORD_TYPE_NOTE_POPOVER);

  G_OBJECT_CLASS (accord_note_popover_parent_class)->dispose (object);
}

static void
accord_note_popover_class_init (AccordNotePopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = accord_note_popover_dispose;
  GTK_POPOVER_CLASS (klass)->closed = accord_note_popover_closed;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/accordapp/Accord/ui/accord-note-popover.ui");
  gtk_widget_class_bind_template_child (widget_class, AccordNotePopover, colours_box);
  gtk_widget_class_bind_template_child (widget_class, AccordNotePopover, text_view);
  gtk_widget_class_bind_template_child (widget_class, AccordNotePopover, where_label);
  gtk_widget_class_bind_template_callback (widget_class, on_delete_clicked);
}

static void
accord_note_popover_init (AccordNotePopover *self)
{
  GtkToggleButton *group = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < ACCORD_NOTE_N_COLOURS; i++)
    {
      GtkWidget *button = gtk_toggle_button_new ();

      gtk_widget_add_css_class (button, "note-colour");
      gtk_widget_add_css_class (button, accord_note_colour_to_string (i));
      gtk_widget_set_tooltip_text (button, accord_note_colour_get_label (i));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, accord_note_colour_get_label (i),
                                      -1);
      if (group != NULL)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), group);
      else
        group = GTK_TOGGLE_BUTTON (button);
      g_signal_connect_swapped (button, "toggled", G_CALLBACK (on_colour_toggled), self);
      gtk_box_append (self->colours_box, button);
      self->colour_buttons[i] = GTK_TOGGLE_BUTTON (button);
    }

  g_signal_connect_swapped (gtk_text_view_get_buffer (self->text_view), "changed",
                            G_CALLBACK (on_text_changed), self);
}

GtkWidget *
accord_note_popover_new (void)
{
  return g_object_new (ACCORD_TYPE_NOTE_POPOVER, NULL);
}

/**
 * accord_note_popover_set_note:
 *
 * Shows @note's colour and text, to edit in @store.
 */
void
accord_note_popover_set_note (AccordNotePopover *self,
                              AccordNoteStore   *store,
                              AccordNote        *note)
{
  const char *body;
  const char *title;

  g_return_if_fail (ACCORD_IS_NOTE_POPOVER (self));
  g_return_if_fail (ACCORD_IS_NOTE_STORE (store));
  g_return_if_fail (ACCORD_IS_NOTE (note));

  g_set_object (&self->store, store);
  g_set_object (&self->note, note);

  self->filling = TRUE;
  gtk_toggle_button_set_active (self->colour_buttons[accord_note_get_colour (note)], TRUE);
  body = accord_note_get_body (note);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), body != NULL ? body : "", -1);
  title = accord_note_get_target_title (note);
  if (accord_note_get_field (note) == NULL)
    /* Translators: where a note is, in its popover: on a whole section */
    gtk_label_set_text (self->where_label, _("Note on the section"));
  else
    gtk_label_set_text (self->where_label, title != NULL ? title : "");
  gtk_widget_set_visible (GTK_WIDGET (self->where_label), title != NULL);
  self->filling = FALSE;

  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

/**
 * accord_note_popover_get_note:
 *
 * Returns: (transfer none) (nullable): the note shown
 */
AccordNote *
accord_note_popover_get_note (AccordNotePopover *self)
{
  g_return_val_if_fail (ACCORD_IS_NOTE_POPOVER (self), NULL);
  return self->note;
}
