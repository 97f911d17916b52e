/* accord-search-result-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A row of the search results: a group's header ("Quotes (3)"), or one
 * object with the best matching field's snippet, its matches in bold, and
 * how many more of its fields match.  Plain text with Pango attributes,
 * never markup.
 */

#define G_LOG_DOMAIN "accord-search-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "accord-actor.h"
#include "accord-event.h"
#include "accord-quote.h"
#include "accord-note.h"
#include "accord-search.h"
#include "accord-search-result-row.h"
#include "accord-section.h"

struct _AccordSearchResultRow
{
  GtkWidget  parent_instance;

  GtkLabel  *more_label;
  GtkLabel  *snippet_label;
  GtkLabel  *title_label;
};

G_DEFINE_FINAL_TYPE (AccordSearchResultRow, accord_search_result_row, GTK_TYPE_WIDGET)

static const char *
result_title (AccordSearchResult *result)
{
  GObject *object = accord_search_result_get_object (result);

  switch (accord_search_result_get_kind (result))
    {
    case ACCORD_SEARCH_KIND_SECTION:
      return accord_section_get_title (ACCORD_SECTION (object));
    case ACCORD_SEARCH_KIND_QUOTE:
      return accord_actor_get_name (accord_quote_get_speaker (ACCORD_QUOTE (object)));
    case ACCORD_SEARCH_KIND_ACTOR:
      return accord_actor_get_name (ACCORD_ACTOR (object));
    case ACCORD_SEARCH_KIND_EVENT:
    default:
      return accord_event_get_title (ACCORD_EVENT (object));
    }
}

/* GTK 4.8 names a list's row after nothing: give the row that holds this
 * one the name a screen reader should say. */
static void
name_list_row (AccordSearchResultRow *self,
               const char            *name)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (self));

  if (parent != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (parent),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                    -1);
}

static void
show_header (AccordSearchResultRow *self,
             const char            *text)
{
  gtk_label_set_text (self->title_label, text);
  gtk_widget_add_css_class (GTK_WIDGET (self->title_label), "heading");
  gtk_widget_add_css_class (GTK_WIDGET (self->title_label), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self), "result-header");
  gtk_widget_set_visible (GTK_WIDGET (self->snippet_label), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->more_label), FALSE);
  name_list_row (self, text);
}

static void
show_result (AccordSearchResultRow *self,
             AccordSearchResult    *result)
{
  g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();
  g_autofree char *name = NULL;
  const AccordSearchRange *ranges;
  guint n_ranges, n_more;

  gtk_widget_remove_css_class (GTK_WIDGET (self->title_label), "heading");
  gtk_widget_remove_css_class (GTK_WIDGET (self->title_label), "dim-label");
  gtk_widget_remove_css_class (GTK_WIDGET (self), "result-header");
  gtk_widget_set_visible (GTK_WIDGET (self->snippet_label), TRUE);

  gtk_label_set_text (self->title_label, result_title (result));
  gtk_label_set_text (self->snippet_label, accord_search_result_get_snippet (result));

  ranges = accord_search_result_get_ranges (result, &n_ranges);
  for (guint i = 0; i < n_ranges; i++)
    {
      PangoAttribute *attr = pango_attr_weight_new (PANGO_WEIGHT_BOLD);

      attr->start_index = ranges[i].start;
      attr->end_index = ranges[i].end;
      pango_attr_list_insert (attrs, attr);

      attr = pango_attr_underline_new (PANGO_UNDERLINE_SINGLE);
      attr->start_index = ranges[i].start;
      attr->end_index = ranges[i].end;
      pango_attr_list_insert (attrs, attr);
    }
  gtk_label_set_attributes (self->snippet_label, attrs);

  /* One row an object: the best field's snippet, and how many others match. */
  n_more = accord_search_result_get_n_more (result);
  gtk_widget_set_visible (GTK_WIDGET (self->more_label), n_more > 0);
  if (n_more > 0)
    {
      g_autofree char *text = g_strdup_printf (ngettext ("and %u more match", "and %u more matches", n_more),
                                               n_more);

      gtk_label_set_text (self->more_label, text);
    }

  name = g_strjoin (" — ", result_title (result), accord_search_result_get_snippet (result), NULL);
  name_list_row (self, name);
}

/* One of the reader's notes: its note (or its passage), and its section. */
static void
show_note (AccordSearchResultRow *self,
           AccordNote            *note)
{
  g_autofree char *quoted = NULL;
  g_autofree char *name = NULL;
  const char *title;
  const char *where = accord_note_get_target_title (note);

  gtk_widget_remove_css_class (GTK_WIDGET (self->title_label), "heading");
  gtk_widget_remove_css_class (GTK_WIDGET (self->title_label), "dim-label");
  gtk_widget_remove_css_class (GTK_WIDGET (self), "result-header");
  gtk_widget_set_visible (GTK_WIDGET (self->snippet_label), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->more_label), FALSE);
  gtk_label_set_attributes (self->snippet_label, NULL);

  if (accord_note_get_field (note) != NULL)
    quoted = g_strdup_printf (_("“%s”"), accord_note_get_exact (note));
  title = accord_note_get_body (note) != NULL ? accord_note_get_body (note)
          : quoted != NULL ? quoted : _("Note on the section");
  gtk_label_set_text (self->title_label, title);
  gtk_label_set_text (self->snippet_label,
                      accord_note_get_body (note) != NULL && quoted != NULL ? quoted
                      : where != NULL ? where : "");

  name = g_strjoin (" — ", title, gtk_label_get_text (self->snippet_label), NULL);
  name_list_row (self, name);
}

static void
accord_search_result_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), ACCORD_TYPE_SEARCH_RESULT_ROW);

  G_OBJECT_CLASS (accord_search_result_row_parent_class)->dispose (object);
}

static void
accord_search_result_row_class_init (AccordSearchResultRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = accord_search_result_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/accordapp/Accord/ui/accord-search-result-row.ui");
  gtk_widget_class_bind_template_child (widget_class, AccordSearchResultRow, more_label);
  gtk_widget_class_bind_template_child (widget_class, AccordSearchResultRow, snippet_label);
  gtk_widget_class_bind_template_child (widget_class, AccordSearchResultRow, title_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
}

static void
accord_search_result_row_init (AccordSearchResultRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))), 2);
}

GtkWidget *
accord_search_result_row_new (void)
{
  return g_object_new (ACCORD_TYPE_SEARCH_RESULT_ROW, NULL);
}

/**
 * accord_search_result_row_set_item:
 * @item: a #GtkStringObject (a group's header) or an #AccordSearchResult
 *
 * Returns: %TRUE if @item is a result, which can be opened
 */
gboolean
accord_search_result_row_set_item (AccordSearchResultRow *self,
                                   GObject               *item)
{
  g_return_val_if_fail (ACCORD_IS_SEARCH_RESULT_ROW (self), FALSE);

  if (GTK_IS_STRING_OBJECT (item))
    {
      show_header (self, gtk_string_object_get_string (GTK_STRING_OBJECT (item)));
      return FALSE;
    }
  if (ACCORD_IS_NOTE (item))
    {
      show_note (self, ACCORD_NOTE (item));
      return TRUE;
    }

  show_result (self, ACCORD_SEARCH_RESULT (item));
  return TRUE;
}
