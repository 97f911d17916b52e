/* accord-note-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One note in the Notes view: its colour, the passage quoted, the note,
 * and whether the passage is gone; above it the title of its section when
 * it is the first note shown of that section (GTK 4.8's list view has no
 * section headers).  The list view recycles rows: set_note() shows
 * another note, or the same one edited, changing only what differs.
 */

#define G_LOG_DOMAIN "accord-notes"

#include "config.h"

#include <glib/gi18n.h>

#include "accord-note-row.h"

struct _AccordNoteRow
{
  GtkWidget  parent_instance;

  GtkWidget *box;
  GtkLabel  *body;
  GtkLabel  *detached;
  GtkLabel  *header;
  GtkLabel  *passage;
  GtkWidget *swatch;

  const char *colour_class;
};

G_DEFINE_FINAL_TYPE (AccordNoteRow, accord_note_row, GTK_TYPE_WIDGET)

static void
accord_note_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), ACCORD_TYPE_NOTE_ROW);

  G_OBJECT_CLASS (accord_note_row_parent_class)->dispose (object);
}

static void
accord_note_row_class_init (AccordNoteRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = accord_note_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/accordapp/Accord/ui/accord-note-row.ui");
  gtk_widget_class_bind_template_child (widget_class, AccordNoteRow, box);
  gtk_widget_class_bind_template_child (widget_class, AccordNoteRow, body);
  gtk_widget_class_bind_template_child (widget_class, AccordNoteRow, detached);
  gtk_widget_class_bind_template_child (widget_class, AccordNoteRow, header);
  gtk_widget_class_bind_template_child (widget_class, AccordNoteRow, passage);
  gtk_widget_class_bind_template_child (widget_class, AccordNoteRow, swatch);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "noterow");
}

static void
accord_note_row_init (AccordNoteRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->header), GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);
}

GtkWidget *
accord_note_row_new (void)
{
  return g_object_new (ACCORD_TYPE_NOTE_ROW, NULL);
}

static void
set_text (GtkLabel   *label,
          const char *text)
{
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL);
  /* GtkLabel keeps its layout when the text is the same. */
  if (text != NULL)
    gtk_label_set_text (label, text);
}

/**
 * accord_note_row_set_note:
 * @first_of_section: whether to show the section's title above the note
 *
 * Shows @note, and names the row that holds this one (the list view's,
 * which takes the focus) for assistive technologies.
 */
void
accord_note_row_set_note (AccordNoteRow *self,
                          AccordNote    *note,
                          gboolean       first_of_section)
{
  const char *colour = accord_note_colour_to_string (accord_note_get_colour (note));
  const char *title = accord_note_get_target_title (note);
  const char *body = accord_note_get_body (note);
  g_autofree char *quoted = NULL;
  g_autoptr(GString) name = g_string_new (accord_note_colour_get_label (accord_note_get_colour (note)));
  GtkWidget *parent;

  g_return_if_fail (ACCORD_IS_NOTE_ROW (self));
  g_return_if_fail (ACCORD_IS_NOTE (note));

  set_text (self->header, !first_of_section ? NULL : title != NULL ? title : accord_note_get_target_id (note));

  if (self->colour_class != colour)
    {
      if (self->colour_class != NULL)
        gtk_widget_remove_css_class (self->swatch, self->colour_class);
      gtk_widget_add_css_class (self->swatch, colour);
      self->colour_class = colour;
    }

  if (accord_note_get_field (note) != NULL)
    {
      quoted = g_strdup_printf (_("“%s”"), accord_note_get_exact (note));
      g_string_append_printf (name, ", %s", quoted);
    }
  set_text (self->passage, quoted);

  if (body != NULL)
    g_string_append_printf (name, ", %s", body);
  else if (accord_note_get_field (note) == NULL)
    body = _("Note on the section");
  set_text (self->body, body);

  gtk_widget_set_visible (GTK_WIDGET (self->detached), accord_note_get_detached (note));
  if (accord_note_get_detached (note))
    g_string_append_printf (name, ", %s", _("No longer in the briefing"));

  parent = gtk_widget_get_parent (GTK_WIDGET (self));
  if (parent != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (parent), GTK_ACCESSIBLE_PROPERTY_LABEL, name->str, -1);
}
