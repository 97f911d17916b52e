/* accord-window-search.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Search in the sidebar: the query, its results grouped by kind, and
 * stepping through the matches across the briefing (Ctrl+G).
 */

#define G_LOG_DOMAIN "accord-window"

#include "config.h"

#include <glib/gi18n.h>

#include "accord-actor.h"
#include "accord-briefing.h"
#include "accord-event.h"
#include "accord-quote.h"
#include "accord-search.h"
#include "accord-section.h"
#include "accord-window-private.h"

#define MAX_RESULTS 2000

/* The order of the groups in the results list. */
static const AccordSearchKind group_order[] = {
  ACCORD_SEARCH_KIND_SECTION,
  ACCORD_SEARCH_KIND_QUOTE,
  ACCORD_SEARCH_KIND_ACTOR,
  ACCORD_SEARCH_KIND_EVENT,
};

static const char *
group_title (AccordSearchKind kind)
{
  switch (kind)
    {
    case ACCORD_SEARCH_KIND_SECTION:
      return _("Sections");
    case ACCORD_SEARCH_KIND_QUOTE:
      return _("Quotes");
    case ACCORD_SEARCH_KIND_ACTOR:
      return _("People");
    case ACCORD_SEARCH_KIND_EVENT:
    default:
      return _("Events");
    }
}

static GArray *
highlight_query (const char *text,
                 gpointer    user_data)
{
  AccordSearchQuery *query = user_data;
  g_autoptr(GArray) ranges = accord_search_query_match_text (query, text);
  GArray *offsets;

  if (ranges == NULL || ranges->len == 0)
    return NULL;

  offsets = g_array_sized_new (FALSE, FALSE, sizeof (guint), ranges->len * 2);
  for (guint i = 0; i < ranges->len; i++)
    {
      AccordSearchRange *r = &g_array_index (ranges, AccordSearchRange, i);

      g_array_append_val (offsets, r->start);
      g_array_append_val (offsets, r->end);
    }

  return offsets;
}

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

static void
setup_result_row (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *snippet = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (snippet), 0);
  gtk_label_set_wrap (GTK_LABEL (snippet), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (snippet), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (snippet), 3);
  gtk_label_set_ellipsize (GTK_LABEL (snippet), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (snippet, "caption");
  gtk_widget_add_css_class (snippet, "snippet");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), snippet);
  gtk_list_item_set_child (item, box);
}

static void
bind_result_row (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  GObject *object = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *title = gtk_widget_get_first_child (box);
  GtkWidget *snippet = gtk_widget_get_next_sibling (title);
  g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();
  AccordSearchResult *result;
  const AccordSearchRange *ranges;
  guint n_ranges;

  if (GTK_IS_STRING_OBJECT (object))
    {
      /* A group header: "Quotes (3)". */
      gtk_label_set_text (GTK_LABEL (title), gtk_string_object_get_string (GTK_STRING_OBJECT (object)));
      gtk_widget_add_css_class (title, "heading");
      gtk_widget_add_css_class (title, "dim-label");
      gtk_widget_set_visible (snippet, FALSE);
      gtk_list_item_set_activatable (item, FALSE);
      gtk_list_item_set_selectable (item, FALSE);
      return;
    }

  result = ACCORD_SEARCH_RESULT (object);
  gtk_widget_remove_css_class (title, "heading");
  gtk_widget_remove_css_class (title, "dim-label");
  gtk_widget_set_visible (snippet, TRUE);
  gtk_list_item_set_activatable (item, TRUE);
  gtk_list_item_set_selectable (item, TRUE);

  gtk_label_set_text (GTK_LABEL (title), result_title (result));
  gtk_label_set_text (GTK_LABEL (snippet), accord_search_result_get_snippet (result));

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
  gtk_label_set_attributes (GTK_LABEL (snippet), attrs);
}

static guint
section_position_in_briefing (AccordSection *section)
{
  return accord_section_get_index (section);
}

/* The matches of the query over the whole briefing, section by section, in
 * document order: the Ctrl+G counter walks these. */
static void
update_counter (AccordWindow *self)
{
  g_autofree char *text = NULL;
  guint n = accord_section_view_get_n_matches (self->section_view);

  if (self->search_query == NULL || n == 0)
    {
      gtk_label_set_text (self->match_label, "");
      gtk_widget_set_visible (GTK_WIDGET (self->match_box), self->search_query != NULL);
      gtk_widget_set_sensitive (GTK_WIDGET (self->match_box), FALSE);
      return;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->match_box), TRUE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->match_box), TRUE);

  /* Translators: the current search match and how many the section has */
  text = g_strdup_printf (_("%u of %u"), self->match_index + 1, n);
  gtk_label_set_text (self->match_label, text);
}

static void
apply_query_to_view (AccordWindow *self)
{
  if (self->search_query != NULL)
    accord_section_view_set_highlight (self->section_view, highlight_query,
                                       accord_search_query_ref (self->search_query),
                                       (GDestroyNotify)accord_search_query_unref);
  else
    accord_section_view_set_highlight (self->section_view, NULL, NULL, NULL);

  self->match_index = 0;
  update_counter (self);
}

static void
run_query (AccordWindow *self)
{
  g_autoptr(AccordSearchResults) results = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  guint total = 0;
  guint n;

  g_list_store_remove_all (self->result_groups);

  if (self->search_query == NULL)
    {
      gtk_stack_set_visible_child_name (self->sidebar_stack, "sections");
      return;
    }

  if (self->search_index == NULL)
    return; /* runs again once the index is built */

  results = accord_search_index_query (self->search_index, self->search_query, MAX_RESULTS, &total);
  n = g_list_model_get_n_items (G_LIST_MODEL (results));

  if (n == 0)
    {
      gtk_stack_set_visible_child_name (self->sidebar_stack, "no-results");
      return;
    }

  /* Each group is a header and the group's results, which stay lazy: the
   * list makes result objects only for the rows it shows. */
  groups = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint g = 0; g < G_N_ELEMENTS (group_order); g++)
    {
      g_autoptr(AccordSearchResults) group = accord_search_results_filter_kind (results, group_order[g]);
      guint count = g_list_model_get_n_items (G_LIST_MODEL (group));
      g_autofree char *title = NULL;
      g_autoptr(GtkStringObject) header_item = NULL;
      GListStore *header;

      if (count == 0)
        continue;

      /* Translators: a group of search results and how many it holds */
      title = g_strdup_printf (_("%s (%u)"), group_title (group_order[g]), count);
      header_item = gtk_string_object_new (title);
      header = g_list_store_new (GTK_TYPE_STRING_OBJECT);
      g_list_store_append (header, header_item);

      g_ptr_array_add (groups, header);
      g_ptr_array_add (groups, g_steal_pointer (&group));
    }

  g_list_store_splice (self->result_groups, 0, 0, groups->pdata, groups->len);
  gtk_stack_set_visible_child_name (self->sidebar_stack, "results");

  if (total > n)
    {
      g_autofree char *title = g_strdup_printf (ngettext ("Showing the first %u of %u result",
                                                          "Showing the first %u of %u results",
                                                          total),
                                                n, total);
      AdwToast *toast = adw_toast_new (NULL);

      /* Toast titles are parsed as markup in libadwaita 1.2: set it plain. */
      adw_toast_set_title (toast, "");
      adw_toast_set_custom_title (toast, gtk_label_new (title));
      accord_window_add_toast (self, toast);
    }
}

void
on_search_changed (AccordWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  AccordSearchQuery *query = accord_search_query_parse (text);

  g_clear_pointer (&self->search_query, accord_search_query_unref);
  if (query != NULL && accord_search_query_get_n_terms (query) > 0)
    self->search_query = query;
  else
    g_clear_pointer (&query, accord_search_query_unref);

  run_query (self);
  apply_query_to_view (self);
}

static void
open_result (AccordWindow       *self,
             AccordSearchResult *result)
{
  GObject *object = accord_search_result_get_object (result);
  AccordSection *section = accord_search_result_get_section (result);

  switch (accord_search_result_get_kind (result))
    {
    case ACCORD_SEARCH_KIND_EVENT:
      accord_window_show_event (self, ACCORD_EVENT (object));
      adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
      return;

    case ACCORD_SEARCH_KIND_ACTOR:
      /* A person opens the first section that names them. */
      if (section == NULL)
        {
          GListModel *all = accord_briefing_get_all_sections (self->briefing);
          guint n = g_list_model_get_n_items (all);

          for (guint i = 0; i < n && section == NULL; i++)
            {
              g_autoptr(AccordSection) s = g_list_model_get_item (all, i);

              for (guint a = 0; a < accord_section_get_n_actors (s); a++)
                if ((GObject *)accord_section_get_actor (s, a) == object)
                  {
                    section = s;
                    break;
                  }
            }
        }
      break;

    case ACCORD_SEARCH_KIND_SECTION:
    case ACCORD_SEARCH_KIND_QUOTE:
    default:
      break;
    }

  if (section == NULL)
    return;

  accord_window_select_section (self, accord_section_get_id (section));
  apply_query_to_view (self);
  accord_section_view_focus_match (self->section_view, 0);
  update_counter (self);
}

void
on_result_activated (AccordWindow *self,
                     guint         position)
{
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->results), position);

  if (ACCORD_IS_SEARCH_RESULT (item))
    open_result (self, ACCORD_SEARCH_RESULT (item));
}

void
on_search_activate (AccordWindow *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->results));

  /* Enter opens the best result. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->results), i);

      if (ACCORD_IS_SEARCH_RESULT (item))
        {
          open_result (self, ACCORD_SEARCH_RESULT (item));
          return;
        }
    }
}

void
on_search_stop (AccordWindow *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  gtk_stack_set_visible_child_name (self->sidebar_stack, "sections");
  gtk_widget_grab_focus (GTK_WIDGET (self->section_list));
}

static void
on_search_mode_changed (AccordWindow *self)
{
  if (!gtk_search_bar_get_search_mode (self->search_bar))
    {
      g_clear_pointer (&self->search_query, accord_search_query_unref);
      g_list_store_remove_all (self->result_groups);
      gtk_stack_set_visible_child_name (self->sidebar_stack, "sections");
      apply_query_to_view (self);
    }
}

/* Steps through the matches: within the section, then on to the next (or
 * previous) section that has any, wrapping around the briefing. */
static void
step_match (AccordWindow *self,
            int           direction)
{
  GListModel *all;
  guint n_sections, start;
  guint n = accord_section_view_get_n_matches (self->section_view);

  if (self->search_query == NULL || self->briefing == NULL)
    return;

  if (n > 0 && ((direction > 0 && self->match_index + 1 < n) ||
                (direction < 0 && self->match_index > 0)))
    {
      self->match_index += direction;
      accord_section_view_focus_match (self->section_view, self->match_index);
      update_counter (self);
      return;
    }

  all = accord_briefing_get_all_sections (self->briefing);
  n_sections = g_list_model_get_n_items (all);
  start = accord_window_get_section (self) ? section_position_in_briefing (accord_window_get_section (self)) : 0;

  for (guint step = 1; step <= n_sections; step++)
    {
      guint i = direction > 0 ? (start + step) % n_sections
                             : (start + n_sections - step) % n_sections;
      g_autoptr(AccordSection) section = g_list_model_get_item (all, i);

      if (!accord_section_view_section_has_match (section, highlight_query, self->search_query))
        continue;

      accord_window_select_section (self, accord_section_get_id (section));
      apply_query_to_view (self);
      n = accord_section_view_get_n_matches (self->section_view);
      if (n == 0)
        continue;
      self->match_index = direction > 0 ? 0 : n - 1;
      accord_section_view_focus_match (self->section_view, self->match_index);
      update_counter (self);
      return;
    }
}

static void
next_match_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  step_match (ACCORD_WINDOW (widget), 1);
}

static void
previous_match_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  step_match (ACCORD_WINDOW (widget), -1);
}

void
accord_window_begin_search (AccordWindow *self,
                            const char   *query)
{
  g_return_if_fail (ACCORD_IS_WINDOW (self));

  /* The Shell may ask while a briefing is still loading: the words wait
   * in the entry and are searched for once it is shown. */
  _accord_window_ensure_briefing_page (self);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  if (query != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), query);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
index_ready_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(AccordWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  AccordSearchIndex *index;

  index = accord_search_index_new_finish (result, &error);
  if (index == NULL)
    return;

  /* A later briefing may have replaced the one this index was built for. */
  if (accord_search_index_get_briefing (index) != self->briefing)
    {
      g_object_unref (index);
      return;
    }

  g_clear_object (&self->search_index);
  self->search_index = index;
  run_query (self);
}

void
_accord_window_search_briefing_changed (AccordWindow *self)
{
  g_cancellable_cancel (self->search_cancellable);
  g_clear_object (&self->search_cancellable);
  g_clear_object (&self->search_index);
  g_list_store_remove_all (self->result_groups);

  if (self->briefing == NULL)
    return;

  /* Built in a worker thread: typing never waits for a large briefing. */
  self->search_cancellable = g_cancellable_new ();
  accord_search_index_new_async (self->briefing, self->search_cancellable,
                                 index_ready_cb, g_object_ref (self));
}

void
_accord_window_search_section_changed (AccordWindow *self)
{
  apply_query_to_view (self);
}

void
_accord_window_init_search (AccordWindow *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_result_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_result_row), NULL);

  self->result_groups = g_list_store_new (G_TYPE_LIST_MODEL);
  self->results = gtk_flatten_list_model_new (g_object_ref (G_LIST_MODEL (self->result_groups)));
  self->result_selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->results)));
  gtk_list_view_set_factory (self->result_list, factory);
  gtk_list_view_set_model (self->result_list, GTK_SELECTION_MODEL (self->result_selection));

  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self->sidebar));
  g_signal_connect_swapped (self->search_bar, "notify::search-mode-enabled",
                            G_CALLBACK (on_search_mode_changed), self);
  update_counter (self);
}

void
_accord_window_search_dispose (AccordWindow *self)
{
  g_cancellable_cancel (self->search_cancellable);
  g_clear_object (&self->search_cancellable);
  g_clear_object (&self->search_index);
  g_clear_pointer (&self->search_query, accord_search_query_unref);
  g_clear_object (&self->result_selection);
  g_clear_object (&self->results);
  g_clear_object (&self->result_groups);
}

void
_accord_window_class_init_search_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.next-match", NULL, next_match_action);
  gtk_widget_class_install_action (widget_class, "win.previous-match", NULL, previous_match_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, GDK_CONTROL_MASK, "win.next-match", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.previous-match", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_G, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.previous-match", NULL);
}
