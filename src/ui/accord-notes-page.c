/* accord-notes-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Notes view: every highlight and note of the briefing in document
 * order, under the title of its section (a note whose passage is gone is
 * listed under its old section, said so), filtered by colour and by the
 * words typed in the search entry.  Enter or a click on a note emits
 * note-activated: the page that holds this one shows its passage.
 *
 * Ten thousand notes must not slow the window: a GtkListView makes rows
 * only for the notes on screen, over the store sorted in document order
 * and filtered; the filter changes incrementally, and a note edited (each
 * keystroke in the popover) changes only its own row.
 */

#define G_LOG_DOMAIN "accord-notes"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "accord-note-row.h"
#include "accord-notes-page.h"

struct _AccordNotesPage
{
  GtkWidget           parent_instance;

  GtkWidget          *box;
  GtkDropDown        *colour_dropdown;
  AdwStatusPage      *empty_page;
  GtkListView        *list_view;
  GtkSearchEntry     *search_entry;
  GtkStack           *stack;

  AccordNoteStore    *notes;
  AccordBriefing     *briefing;

  GtkSortListModel   *sorted;
  GtkFilterListModel *filtered;
  GtkCustomFilter    *filter;
  GHashTable         *items;  /* the list items made (GtkListItem) */
  char               *query;  /* the words sought, case-folded; never NULL */
  guint               colour; /* the dropdown's: 0 is every colour */
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

static int
compare_notes (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  AccordNotesPage *self = user_data;

  if (self->briefing == NULL)
    return GTK_ORDERING_EQUAL;
  return gtk_ordering_from_cmpfunc (accord_note_compare ((AccordNote *) a, (AccordNote *) b, self->briefing));
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
filter_note (gpointer item,
             gpointer user_data)
{
  AccordNotesPage *self = user_data;
  AccordNote *note = item;

  /* The first choice is every colour. */
  if (self->colour != 0 && accord_note_get_colour (note) != self->colour - 1)
    return FALSE;
  if (self->query[0] == '\0')
    return TRUE;
  return contains_folded (accord_note_get_exact (note), self->query)
         || contains_folded (accord_note_get_body (note), self->query)
         || contains_folded (section_title (note), self->query);
}

/* Shows the list item's note, under its section's title if the note
 * shown before it is of another section. */
static void
update_item (AccordNotesPage *self,
             GtkListItem     *list_item)
{
  AccordNote *note = gtk_list_item_get_item (list_item);
  guint position = gtk_list_item_get_position (list_item);
  g_autoptr(AccordNote) previous = NULL;

  if (note == NULL)
    return;
  if (position != GTK_INVALID_LIST_POSITION && position > 0)
    previous = g_list_model_get_item (G_LIST_MODEL (self->filtered), position - 1);
  accord_note_row_set_note (ACCORD_NOTE_ROW (gtk_list_item_get_child (list_item)), note,
                            previous == NULL
                            || g_strcmp0 (accord_note_get_target_id (note), accord_note_get_target_id (previous)) != 0);
  gtk_list_item_set_activatable (list_item, !accord_note_get_detached (note));
}

static void
on_setup (AccordNotesPage *self,
          GtkListItem     *list_item)
{
  gtk_list_item_set_child (list_item, accord_note_row_new ());
  g_hash_table_add (self->items, list_item);
}

static void
on_bind (AccordNotesPage *self,
         GtkListItem     *list_item)
{
  update_item (self, list_item);
}

static void
on_teardown (AccordNotesPage *self,
             GtkListItem     *list_item)
{
  g_hash_table_remove (self->items, list_item);
}

/* After the list view has placed its rows: the list view keeps a row whose
 * note is still there without binding it again, but an edited note's text,
 * or the note before a row, may have changed.  Only the rows on screen
 * exist, so this is cheap; the rows that did not change keep their
 * widgets and layouts. */
static void
on_filtered_items_changed (AccordNotesPage *self)
{
  GHashTableIter iter;
  gpointer list_item;

  g_hash_table_iter_init (&iter, self->items);
  while (g_hash_table_iter_next (&iter, &list_item, NULL))
    update_item (self, list_item);
}

static void
update_empty (AccordNotesPage *self)
{
  gboolean any = self->notes != NULL && g_list_model_get_n_items (G_LIST_MODEL (self->notes)) > 0;

  gtk_stack_set_visible_child_name (self->stack, any ? "list" : "empty");
}

static void
on_query_changed (AccordNotesPage *self)
{
  g_autofree char *query = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), -1);
  GtkFilterChange change;

  if (strcmp (query, self->query) == 0)
    return;
  /* Words added to the query can only hide notes; words removed only show. */
  if (strstr (query, self->query) != NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (strstr (self->query, query) != NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  else
    change = GTK_FILTER_CHANGE_DIFFERENT;
  g_free (self->query);
  self->query = g_steal_pointer (&query);
  gtk_filter_changed (GTK_FILTER (self->filter), change);
}

static void
on_colour_changed (AccordNotesPage *self)
{
  guint colour = gtk_drop_down_get_selected (self->colour_dropdown);
  GtkFilterChange change;

  if (colour == GTK_INVALID_LIST_POSITION)
    colour = 0;
  if (colour == self->colour)
    return;
  if (self->colour == 0)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (colour == 0)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  else
    change = GTK_FILTER_CHANGE_DIFFERENT;
  self->colour = colour;
  gtk_filter_changed (GTK_FILTER (self->filter), change);
}

static void
on_activate (AccordNotesPage *self,
             guint            position)
{
  g_autoptr(AccordNote) note = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);

  if (note != NULL && !accord_note_get_detached (note))
    g_signal_emit (self, signals[NOTE_ACTIVATED], 0, note);
}

static void
accord_notes_page_dispose (GObject *object)
{
  AccordNotesPage *self = ACCORD_NOTES_PAGE (object);

  if (self->notes != NULL)
    g_signal_handlers_disconnect_by_func (self->notes, update_empty, self);
  if (self->filtered != NULL)
    g_signal_handlers_disconnect_by_func (self->filtered, on_filtered_items_changed, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), ACCORD_TYPE_NOTES_PAGE);
  g_clear_object (&self->filtered);
  g_clear_object (&self->sorted);
  g_clear_object (&self->filter);
  g_clear_object (&self->notes);
  g_clear_object (&self->briefing);

  G_OBJECT_CLASS (accord_notes_page_parent_class)->dispose (object);
}

static void
accord_notes_page_finalize (GObject *object)
{
  AccordNotesPage *self = ACCORD_NOTES_PAGE (object);

  g_hash_table_unref (self->items);
  g_free (self->query);

  G_OBJECT_CLASS (accord_notes_page_parent_class)->finalize (object);
}

static void
accord_notes_page_class_init (AccordNotesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = accord_notes_page_dispose;
  object_class->finalize = accord_notes_page_finalize;

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
  gtk_widget_class_bind_template_child (widget_class, AccordNotesPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, AccordNotesPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, AccordNotesPage, stack);
  gtk_widget_class_bind_template_callback (widget_class, on_query_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_colour_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_activate);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "notespage");
}

static void
accord_notes_page_init (AccordNotesPage *self)
{
  g_autoptr(GtkStringList) colours = gtk_string_list_new (NULL);
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkNoSelection) selection = NULL;

  self->items = g_hash_table_new (NULL, NULL);
  self->query = g_strdup ("");

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Translators: the colour filter of the Notes view: no filter */
  gtk_string_list_append (colours, _("All Colours"));
  for (guint i = 0; i < ACCORD_NOTE_N_COLOURS; i++)
    gtk_string_list_append (colours, accord_note_colour_get_label (i));
  gtk_drop_down_set_model (self->colour_dropdown, G_LIST_MODEL (colours));

  self->sorted = gtk_sort_list_model_new (NULL, GTK_SORTER (gtk_custom_sorter_new (compare_notes, self, NULL)));
  self->filter = gtk_custom_filter_new (filter_note, self, NULL);
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->sorted)),
                                              GTK_FILTER (g_object_ref (self->filter)));
  /* After the list view's own handler, which places the rows. */
  g_signal_connect_object (self->filtered, "items-changed", G_CALLBACK (on_filtered_items_changed),
                           self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);

  g_signal_connect_swapped (factory, "setup", G_CALLBACK (on_setup), self);
  g_signal_connect_swapped (factory, "bind", G_CALLBACK (on_bind), self);
  g_signal_connect_swapped (factory, "teardown", G_CALLBACK (on_teardown), self);
  gtk_list_view_set_factory (self->list_view, factory);
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->filtered)));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
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

  g_set_object (&self->briefing, briefing);
  if (self->notes != notes)
    {
      if (self->notes != NULL)
        g_signal_handlers_disconnect_by_func (self->notes, update_empty, self);
      g_set_object (&self->notes, notes);
      if (notes != NULL)
        g_signal_connect_swapped (notes, "items-changed", G_CALLBACK (update_empty), self);
      gtk_sort_list_model_set_model (self->sorted, G_LIST_MODEL (notes));
    }
  else
    {
      /* Another briefing (a reload): its order may differ. */
      gtk_sorter_changed (gtk_sort_list_model_get_sorter (self->sorted), GTK_SORTER_CHANGE_DIFFERENT);
    }
  update_empty (self);
}

/**
 * accord_notes_page_focus:
 *
 * Puts the focus on the first note shown, or the search entry if none.
 */
void
accord_notes_page_focus (AccordNotesPage *self)
{
  g_return_if_fail (ACCORD_IS_NOTES_PAGE (self));

  if (g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) > 0)
    {
      GHashTableIter iter;
      gpointer list_item;

      gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", 0);
      /* The row of the first note, if made: GTK 4.8's list view focuses
       * the row it last had, and none once the filter has hidden it. */
      g_hash_table_iter_init (&iter, self->items);
      while (g_hash_table_iter_next (&iter, &list_item, NULL))
        if (gtk_list_item_get_item (list_item) != NULL && gtk_list_item_get_position (list_item) == 0)
          {
            GtkWidget *row = gtk_widget_get_parent (gtk_list_item_get_child (list_item));

            if (row != NULL && gtk_widget_grab_focus (row))
              return;
          }
      if (gtk_widget_grab_focus (GTK_WIDGET (self->list_view)))
        return;
    }
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}
