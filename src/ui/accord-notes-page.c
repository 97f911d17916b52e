/* accord-notes-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Notes view: every highlight and note of the briefing in document
 * order, under the title of its section (a note whose passage is gone is
 * listed under its old section, said so), filtered by colour and by the
 * words typed in the search entry.  Enter or a click on a note emits
 * note-activated: the page that holds this one shows its passage.
 */

#define G_LOG_DOMAIN "accord-notes"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "accord-notes-page.h"

struct _AccordNotesPage
{
  GtkWidget        parent_instance;

  GtkWidget       *box;
  GtkDropDown     *colour_dropdown;
  AdwStatusPage   *empty_page;
  GtkListBox      *list_box;
  GtkSearchEntry  *search_entry;
  GtkStack        *stack;

  AccordNoteStore *notes;
  AccordBriefing  *briefing;
};

G_DEFINE_FINAL_TYPE (AccordNotesPage, accord_notes_page, GTK_TYPE_WIDGET)

enum {
  NOTE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
section_title (AccordNote *note)
{
  const char *title = accord_note_get_target_title (note);
  return title != NULL ? title : accord_note_get_target_id (note);
}

static GtkWidget *
make_row (AccordNote *note)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *swatch = gtk_label_new (NULL);
  g_autoptr(GString) name = g_string_new (NULL);
  const char *body = accord_note_get_body (note);

  gtk_widget_add_css_class (swatch, "note-swatch");
  gtk_widget_add_css_class (swatch, accord_note_colour_to_string (accord_note_get_colour (note)));
  gtk_widget_set_valign (swatch, GTK_ALIGN_FILL);
  gtk_box_append (GTK_BOX (box), swatch);

  g_string_append (name, accord_note_colour_get_label (accord_note_get_colour (note)));
  if (accord_note_get_field (note) != NULL)
    {
      g_autofree char *quoted = g_strdup_printf (_("“%s”"), accord_note_get_exact (note));
      GtkWidget *passage = gtk_label_new (NULL);

      gtk_label_set_text (GTK_LABEL (passage), quoted);
      gtk_label_set_wrap (GTK_LABEL (passage), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (passage), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_lines (GTK_LABEL (passage), 4);
      gtk_label_set_ellipsize (GTK_LABEL (passage), PANGO_ELLIPSIZE_END);
      gtk_label_set_xalign (GTK_LABEL (passage), 0);
      gtk_widget_add_css_class (passage, "note-passage");
      gtk_box_append (GTK_BOX (text), passage);
      g_string_append_printf (name, ", %s", quoted);
    }
  if (body != NULL)
    {
      GtkWidget *label = gtk_label_new (NULL);

      gtk_label_set_text (GTK_LABEL (label), body);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_box_append (GTK_BOX (text), label);
      g_string_append_printf (name, ", %s", body);
    }
  else if (accord_note_get_field (note) == NULL)
    {
      GtkWidget *label = gtk_label_new (_("Note on the section"));

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_box_append (GTK_BOX (text), label);
    }
  if (accord_note_get_detached (note))
    {
      GtkWidget *label = gtk_label_new (_("No longer in the briefing"));

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "caption");
      gtk_box_append (GTK_BOX (text), label);
      g_string_append_printf (name, ", %s", _("No longer in the briefing"));
    }

  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (box), text);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), !accord_note_get_detached (note));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name->str, -1);
  g_object_set_data_full (G_OBJECT (row), "accord-note", g_object_ref (note), g_object_unref);
  return row;
}

static void
update_header (GtkListBoxRow *row,
               GtkListBoxRow *before,
               gpointer       user_data)
{
  AccordNote *note = g_object_get_data (G_OBJECT (row), "accord-note");
  AccordNote *previous = before != NULL ? g_object_get_data (G_OBJECT (before), "accord-note") : NULL;
  GtkWidget *header;

  if (previous != NULL && g_strcmp0 (accord_note_get_target_id (note), accord_note_get_target_id (previous)) == 0)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }
  header = gtk_label_new (NULL);
  gtk_label_set_text (GTK_LABEL (header), section_title (note));
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_label_set_wrap (GTK_LABEL (header), TRUE);
  gtk_widget_add_css_class (header, "heading");
  gtk_widget_set_margin_top (header, 18);
  gtk_widget_set_margin_bottom (header, 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (header), GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);
  gtk_list_box_row_set_header (row, header);
}

static gboolean
contains_folded (const char *text,
                 const char *folded_query)
{
  g_autofree char *folded = NULL;

  if (text == NULL)
    return FALSE;
  folded = g_utf8_casefold (text, -1);
  return strstr (folded, folded_query) != NULL;
}

static gboolean
filter_row (GtkListBoxRow *row,
            gpointer       user_data)
{
  AccordNotesPage *self = user_data;
  AccordNote *note = g_object_get_data (G_OBJECT (row), "accord-note");
  guint colour = gtk_drop_down_get_selected (self->colour_dropdown);
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *folded = NULL;

  /* The first choice is every colour. */
  if (colour != 0 && colour != GTK_INVALID_LIST_POSITION && accord_note_get_colour (note) != colour - 1)
    return FALSE;
  if (query[0] == '\0')
    return TRUE;
  folded = g_utf8_casefold (query, -1);
  return contains_folded (accord_note_get_exact (note), folded)
         || contains_folded (accord_note_get_body (note), folded)
         || contains_folded (section_title (note), folded);
}

static void
rebuild (AccordNotesPage *self)
{
  g_autoptr(GPtrArray) notes = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);

  if (self->notes != NULL)
    {
      notes = accord_note_store_list_in_order (self->notes, self->briefing);
      for (guint i = 0; i < notes->len; i++)
        gtk_list_box_append (self->list_box, make_row (g_ptr_array_index (notes, i)));
    }
  gtk_stack_set_visible_child_name (self->stack, notes != NULL && notes->len > 0 ? "list" : "empty");
}

static void
on_filter_changed (AccordNotesPage *self)
{
  gtk_list_box_invalidate_filter (self->list_box);
}

static void
on_row_activated (AccordNotesPage *self,
                  GtkListBoxRow   *row)
{
  AccordNote *note = g_object_get_data (G_OBJECT (row), "accord-note");

  g_signal_emit (self, signals[NOTE_ACTIVATED], 0, note);
}

static void
accord_notes_page_dispose (GObject *object)
{
  AccordNotesPage *self = ACCORD_NOTES_PAGE (object);

  if (self->notes != NULL)
    g_signal_handlers_disconnect_by_func (self->notes, rebuild, self);
  g_clear_object (&self->notes);
  g_clear_object (&self->briefing);
  gtk_widget_dispose_template (GTK_WIDGET (self), ACCORD_TYPE_NOTES_PAGE);

  G_OBJECT_CLASS (accord_notes_page_parent_class)->dispose (object);
}

static void
accord_notes_page_class_init (AccordNotesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = accord_notes_page_dispose;

  /**
   * AccordNotesPage::note-activated:
   *
   * Enter or a click on a note: show its passage.
   */
  signals[NOTE_ACTIVATED] = g_signal_new ("note-activated", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 1, ACCORD_TYPE_NOTE);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/accordapp/Accord/ui/accord-notes-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AccordNotesPage, box);
  gtk_widget_class_bind_template_child (widget_class, AccordNotesPage, colour_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AccordNotesPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, AccordNotesPage, list_box);
  gtk_widget_class_bind_template_child (widget_class, AccordNotesPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, AccordNotesPage, stack);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "notespage");
}

static void
accord_notes_page_init (AccordNotesPage *self)
{
  g_autoptr(GtkStringList) colours = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Translators: the colour filter of the Notes view: no filter */
  gtk_string_list_append (colours, _("All Colours"));
  for (guint i = 0; i < ACCORD_NOTE_N_COLOURS; i++)
    gtk_string_list_append (colours, accord_note_colour_get_label (i));
  gtk_drop_down_set_model (self->colour_dropdown, G_LIST_MODEL (colours));

  gtk_list_box_set_header_func (self->list_box, update_header, NULL, NULL);
  gtk_list_box_set_filter_func (self->list_box, filter_row, self, NULL);
}

GtkWidget *
accord_notes_page_new (void)
{
  return g_object_new (ACCORD_TYPE_NOTES_PAGE, NULL);
}

/**
 * accord_notes_page_set_notes:
 * @notes: (nullable): the notes, or %NULL for none
 */
void
accord_notes_page_set_notes (AccordNotesPage *self,
                             AccordNoteStore *notes,
                             AccordBriefing  *briefing)
{
  g_return_if_fail (ACCORD_IS_NOTES_PAGE (self));

  if (self->notes != notes)
    {
      if (self->notes != NULL)
        g_signal_handlers_disconnect_by_func (self->notes, rebuild, self);
      g_set_object (&self->notes, notes);
      if (notes != NULL)
        g_signal_connect_swapped (notes, "items-changed", G_CALLBACK (rebuild), self);
    }
  g_set_object (&self->briefing, briefing);
  rebuild (self);
}

/**
 * accord_notes_page_focus:
 *
 * Puts the focus on the first note shown, or the search entry if none.
 */
void
accord_notes_page_focus (AccordNotesPage *self)
{
  GtkListBoxRow *row;

  g_return_if_fail (ACCORD_IS_NOTES_PAGE (self));

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list_box, i)) != NULL; i++)
    if (gtk_widget_get_child_visible (GTK_WIDGET (row)))
      {
        gtk_widget_grab_focus (GTK_WIDGET (row));
        return;
      }
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}
