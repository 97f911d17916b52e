/* accord-briefing-page-sections.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The briefing page's sidebar of sections: its rows (a tree of sections
 * and subsections), finding and focusing the selected one, and the
 * keyboard in it.
 */

#define G_LOG_DOMAIN "accord-briefing-page"

#include "config.h"

#include <adwaita.h>

#include "accord-briefing-page-private.h"
#include "accord-label-tooltip.h"
#include "accord-section-node.h"
#include "accord-section.h"

static GListModel *
create_children_model (gpointer item,
                       gpointer user_data)
{
  GListModel *children = accord_section_node_get_children (ACCORD_SECTION_NODE (item));

  return children != NULL ? g_object_ref (children) : NULL;
}

static void
show_title (GtkWidget         *expander,
            AccordSectionNode *node)
{
  GtkWidget *label = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (expander));
  const char *title = accord_section_node_get_title (node);

  gtk_label_set_text (GTK_LABEL (label), title);
  /* GTK 4.8 names a list row after nothing: name it after its section,
   * which is what a screen reader says when the row gets the focus. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (expander)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
}

static void
on_node_title_changed (AccordSectionNode *node,
                       GParamSpec        *pspec,
                       GtkWidget         *expander)
{
  show_title (expander, node);
}

static void
setup_section_row (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   gpointer                  user_data)
{
  GtkWidget *expander = gtk_tree_expander_new ();
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  /* Long titles take a second line before they are shortened. */
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (label), 2);
  gtk_label_set_natural_wrap_mode (GTK_LABEL (label), GTK_NATURAL_WRAP_NONE);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  accord_label_tooltip_when_shortened (GTK_LABEL (label));
  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), label);
  gtk_list_item_set_child (item, expander);
}

static void
bind_section_row (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  GtkTreeListRow *row = gtk_list_item_get_item (item);
  GtkWidget *expander = gtk_list_item_get_child (item);
  g_autoptr(AccordSectionNode) node = gtk_tree_list_row_get_item (row);

  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), row);
  show_title (expander, node);
  /* A reload keeps the row and may retitle its section. */
  g_signal_connect_object (node, "notify::title", G_CALLBACK (on_node_title_changed), expander, 0);
}

static void
unbind_section_row (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    gpointer                  user_data)
{
  GtkWidget *expander = gtk_list_item_get_child (item);
  GtkTreeListRow *row = gtk_list_item_get_item (item);

  if (row != NULL)
    {
      g_autoptr(AccordSectionNode) node = gtk_tree_list_row_get_item (row);

      g_signal_handlers_disconnect_by_func (node, on_node_title_changed, expander);
    }
  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), NULL);
}

/* The row of a section in the tree (its ancestors are expanded: the tree
 * expands every row). */
guint
_accord_briefing_page_find_section_position (AccordBriefingPage *self,
                                             AccordSection      *section)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->tree));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (self->tree), i);
      g_autoptr(AccordSectionNode) node = gtk_tree_list_row_get_item (row);

      if (accord_section_node_get_section (node) == section)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

/* The row widget that shows @position, if the list has made it. */
static GtkWidget *
find_row (AccordBriefingPage *self,
          guint               position)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->section_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *expander = gtk_widget_get_first_child (row);
      GtkTreeListRow *list_row;

      if (!GTK_IS_TREE_EXPANDER (expander))
        continue;
      list_row = gtk_tree_expander_get_list_row (GTK_TREE_EXPANDER (expander));
      if (list_row != NULL && gtk_tree_list_row_get_position (list_row) == position)
        return row;
    }

  return NULL;
}

static gboolean
focus_selected_row_now (AccordBriefingPage *self)
{
  guint position = gtk_single_selection_get_selected (self->selection);
  GtkWidget *row;

  if (position == GTK_INVALID_LIST_POSITION)
    return gtk_widget_grab_focus (GTK_WIDGET (self->section_list));

  row = find_row (self, position);
  return row != NULL && gtk_widget_grab_focus (row);
}

static gboolean
focus_selected_row_later (gpointer data)
{
  AccordBriefingPage *self = data;

  if (!focus_selected_row_now (self))
    gtk_widget_grab_focus (GTK_WIDGET (self->section_list));

  return G_SOURCE_REMOVE;
}

/* Puts the focus on the selected section's row (a GtkListView focuses the
 * row it last had, or the first): the reader comes back to where they
 * were.  A row far down the list is made once it is scrolled to. */
void
_accord_briefing_page_focus_selected_row (AccordBriefingPage *self)
{
  guint position = gtk_single_selection_get_selected (self->selection);

  if (focus_selected_row_now (self))
    return;

  gtk_widget_activate_action (GTK_WIDGET (self->section_list), "list.scroll-to-item", "u", position);
  g_idle_add_full (G_PRIORITY_LOW, focus_selected_row_later,
                   g_object_ref (self), g_object_unref);
}

/* A list is one Tab stop: the arrows move inside it, Tab leaves it (GTK
 * 4.8's list view would go from row to row, 3,000 Tabs for a large
 * briefing). */
static gboolean
on_list_key_pressed (GtkEventControllerKey *controller,
                     guint                  keyval,
                     guint                  keycode,
                     GdkModifierType        state,
                     AccordBriefingPage    *self)
{
  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return FALSE;

  /* + and − open and close the selected section's subsections. */
  if (keyval == GDK_KEY_plus || keyval == GDK_KEY_KP_Add ||
      keyval == GDK_KEY_minus || keyval == GDK_KEY_KP_Subtract)
    {
      GtkTreeListRow *row = gtk_single_selection_get_selected_item (self->selection);

      if (row == NULL || !gtk_tree_list_row_is_expandable (row))
        return FALSE;
      gtk_tree_list_row_set_expanded (row, keyval == GDK_KEY_plus || keyval == GDK_KEY_KP_Add);
      return TRUE;
    }

  if (keyval == GDK_KEY_Tab || keyval == GDK_KEY_KP_Tab)
    {
      if ((state & GDK_SHIFT_MASK) == 0)
        return gtk_widget_child_focus (self->content, GTK_DIR_TAB_FORWARD);
    }
  else if (keyval != GDK_KEY_ISO_Left_Tab)
    return FALSE;

  if (self->search_panel != NULL && accord_search_panel_get_search_mode (self->search_panel))
    return gtk_widget_grab_focus (GTK_WIDGET (self->search_panel));

  return gtk_widget_child_focus (self->sidebar_header, GTK_DIR_TAB_BACKWARD);
}

/* The sidebar's rows, and a list that is one Tab stop. */
void
_accord_briefing_page_init_sections (AccordBriefingPage *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkEventController *key;

  self->nodes = g_list_store_new (ACCORD_TYPE_SECTION_NODE);
  self->tree = gtk_tree_list_model_new (g_object_ref (G_LIST_MODEL (self->nodes)), FALSE, TRUE,
                                        create_children_model, NULL, NULL);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_section_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_section_row), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_section_row), NULL);
  gtk_list_view_set_factory (self->section_list, factory);

  key = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (key, GTK_PHASE_CAPTURE);
  g_signal_connect (key, "key-pressed", G_CALLBACK (on_list_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->section_list), key);
}
