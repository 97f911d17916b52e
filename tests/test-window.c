/* test-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Drives the real window under Xvfb and asserts on what it shows.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <libglib-testing/signal-logger.h>

#include "accord-briefing.h"
#include "accord-event.h"
#include "accord-event-card.h"
#include "accord-export-dialog.h"
#include "accord-properties-window.h"
#include "accord-loader.h"
#include "accord-quote.h"
#include "accord-search.h"
#include "accord-section.h"
#include "accord-section-node.h"
#include "accord-section-view.h"
#include "accord-test-ui.h"
#include "accord-window.h"

static const char *
visible_page (AccordWindow *window)
{
  return accord_window_get_visible_page (window);
}

static void
test_window_bundled_sections (void)
{
  AccordWindow *window = accord_test_new_window (1100, 760);
  GListModel *model;
  AccordBriefing *briefing;
  guint n;

  accord_window_open_bundled (window);
  accord_test_settle ();

  g_assert_cmpstr (visible_page (window), ==, "briefing");
  briefing = accord_window_get_briefing (window);
  g_assert_nonnull (briefing);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Canada–Korea defence agreement");

  /* The sidebar lists the seven sections. */
  model = accord_briefing_page_get_sections_model (accord_test_briefing_page (window));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 7);

  /* Selecting each shows its title and its quotes in the detail pane. */
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (model, i);
      g_autoptr(AccordSectionNode) node = gtk_tree_list_row_get_item (row);
      AccordSection *section = accord_section_node_get_section (node);
      GtkWidget *label;

      gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (model), i);
      accord_test_settle ();

      g_assert_true (accord_window_get_section (window) == section);
      label = accord_section_view_find_label (accord_test_section_view (window),
                                              accord_section_get_title (section));
      g_assert_nonnull (label);
      g_assert_true (gtk_widget_is_drawable (label));

      for (guint q = 0; q < accord_section_get_n_quotes (section); q++)
        {
          AccordQuote *quote = accord_section_get_quote (section, q);

          label = accord_section_view_find_label (accord_test_section_view (window),
                                                  accord_quote_get_text (quote));
          g_assert_nonnull (label);
          g_assert_true (gtk_widget_get_mapped (label));
        }
    }

  /* The roundtable quote is attributed with the speaker's role. */
  g_assert_true (accord_window_select_section (window, "roundtable"));
  accord_test_settle ();
  g_assert_nonnull (accord_section_view_find_label (accord_test_section_view (window),
                                                    "— Jeehye Kim, Senior Program Manager, Northeast Asia, Asia Pacific Foundation of Canada"));
  g_assert_false (accord_window_select_section (window, "no-such-section"));

  /* A kind the format knows is shown as a word, not as the JSON has it. */
  g_assert_true (accord_window_select_section (window, "signing"));
  accord_test_settle ();
  g_assert_nonnull (accord_section_view_find_label (accord_test_section_view (window), "Overview"));
  g_assert_null (accord_section_view_find_label (accord_test_section_view (window), "overview"));

  accord_test_destroy_window (GTK_WINDOW (window));
}

static int        sidebar_width (AccordWindow *window);
static GtkWidget *find_tab      (GtkWidget    *widget,
                                 const char   *title);

static gboolean
is_folded (gpointer data)
{
  return accord_briefing_page_get_folded (accord_test_briefing_page (ACCORD_WINDOW (data)));
}

static void
test_window_narrow_folds (void)
{
  AccordWindow *window = accord_test_new_window (1100, 760);

  accord_window_open_bundled (window);
  accord_test_settle ();
  g_assert_false (accord_briefing_page_get_folded (accord_test_briefing_page (window)));

  gtk_window_set_default_size (GTK_WINDOW (window), 400, 700);
  accord_test_wait_until (is_folded, window);

  /* Folded, the sidebar is shown first; opening a section shows the
   * content page, and the back action returns to the list. */
  g_assert_true (accord_window_select_section (window, "pillar-3"));
  accord_test_settle ();
  g_assert_true (accord_briefing_page_get_content_shown (accord_test_briefing_page (window)));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (accord_test_section_view (window))));
  /* The views are switched from the bar at the bottom. */
  {
    GtkWidget *tab = find_tab (GTK_WIDGET (window), "Timeline");

    g_assert_nonnull (tab);
    g_signal_emit_by_name (tab, "clicked");
    accord_test_settle ();
    g_assert_cmpstr (accord_briefing_page_get_view (accord_test_briefing_page (window)), ==, "timeline");
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "section");
    accord_test_settle ();
  }

  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  accord_test_settle ();
  g_assert_false (accord_briefing_page_get_content_shown (accord_test_briefing_page (window)));
  /* Folded, the sidebar takes the window's whole width. */
  g_assert_cmpint (sidebar_width (window), ==, gtk_widget_get_width (GTK_WIDGET (accord_test_briefing_page (window))));

  accord_test_destroy_window (GTK_WINDOW (window));
}

/* The width of the sidebar as shown: the box that holds its header bar. */
static int
sidebar_width (AccordWindow *window)
{
  GtkWidget *title = accord_test_find_label (GTK_WIDGET (accord_test_briefing_page (window)), "Sections", TRUE);

  g_assert_nonnull (title);
  return gtk_widget_get_width (gtk_widget_get_parent (gtk_widget_get_ancestor (title, ADW_TYPE_HEADER_BAR)));
}

/* The view switcher's tab that shows @title on screen. */
static GtkWidget *
find_tab (GtkWidget  *widget,
          const char *title)
{
  GtkWidget *label = accord_test_find_label (widget, title, TRUE);

  return label ? gtk_widget_get_ancestor (label, GTK_TYPE_TOGGLE_BUTTON) : NULL;
}

/* The sidebar keeps its width on every page, and the page the reader
 * chose survives folding the window, even after a search. */
static void
test_window_sidebar_and_folding (void)
{
  AccordWindow *window = accord_test_new_window (1100, 760);
  GtkWidget *tab;
  int width;

  accord_window_open_bundled (window);
  accord_test_settle ();
  width = sidebar_width (window);
  g_assert_cmpint (width, ==, accord_briefing_page_get_sidebar_width (accord_test_briefing_page (window)));

  accord_window_begin_search (window, "naval");
  accord_test_settle ();
  g_assert_cmpint (sidebar_width (window), ==, width);

  /* A click on the Timeline tab, as a reader does. */
  tab = find_tab (GTK_WIDGET (window), "Timeline");
  g_assert_nonnull (tab);
  g_signal_emit_by_name (tab, "clicked");
  accord_test_settle ();
  g_assert_cmpstr (accord_briefing_page_get_view (accord_test_briefing_page (window)), ==, "timeline");
  g_assert_cmpint (sidebar_width (window), ==, width);

  gtk_window_set_default_size (GTK_WINDOW (window), 400, 700);
  accord_test_wait_until (is_folded, window);
  accord_test_settle ();
  g_assert_true (accord_briefing_page_get_content_shown (accord_test_briefing_page (window)));
  g_assert_cmpstr (accord_briefing_page_get_view (accord_test_briefing_page (window)), ==, "timeline");
  /* The focus is where the reader is, not left in the hidden search. */
  {
    GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

    g_assert_nonnull (focus);
    g_assert_true (gtk_widget_is_ancestor (focus, GTK_WIDGET (accord_briefing_page_get_timeline_page (accord_test_briefing_page (window)))));
  }

  accord_test_destroy_window (GTK_WINDOW (window));
}

static gboolean
is_not_loading (gpointer data)
{
  return g_strcmp0 (visible_page (ACCORD_WINDOW (data)), "loading") != 0;
}

static void
test_window_broken_file (void)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "window", "broken.briefing.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AccordWindow *window = accord_test_new_window (900, 700);
  GtkWidget *label, *focus;
  const char *text;

  accord_window_open_file (window, file);
  accord_test_wait_until (is_not_loading, window);

  g_assert_cmpstr (visible_page (window), ==, "error");
  text = accord_error_page_get_message (accord_window_get_error_page (window));
  g_assert_true (g_str_has_prefix (text, "broken.briefing.json:7:36: sections[0].quotes[0].speaker: no actor “mcguinty”"));
  label = accord_test_find_label (GTK_WIDGET (window), text, FALSE);
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_get_mapped (label));
  g_assert_false (gtk_label_get_use_markup (GTK_LABEL (label)));
  /* The way on has the focus. */
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (GTK_IS_BUTTON (focus));
  g_assert_true (gtk_widget_get_mapped (focus));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (focus)), ==, "_Open Another Briefing…");

  /* The app keeps running: the bundled briefing opens in the same window. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", NULL);
  accord_test_settle ();
  g_assert_cmpstr (visible_page (window), ==, "briefing");

  accord_test_destroy_window (GTK_WINDOW (window));
}

static void
test_window_markup_is_literal (void)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "window", "markup.briefing.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AccordWindow *window = accord_test_new_window (900, 700);
  GtkWidget *label;

  accord_window_open_file (window, file);
  accord_test_wait_until (is_not_loading, window);
  g_assert_cmpstr (visible_page (window), ==, "briefing");
  accord_test_settle ();

  /* Shown exactly as written: not bold, not empty, no link. */
  label = accord_section_view_find_label (accord_test_section_view (window), "<b>Tom & Jerry</b>");
  g_assert_nonnull (label);
  g_assert_false (gtk_label_get_use_markup (GTK_LABEL (label)));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (label)), ==, "<b>Tom & Jerry</b>");
  g_assert_nonnull (accord_section_view_find_label (accord_test_section_view (window),
                                                    "<a href='file:///etc/passwd'>click</a>"));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "<span size='2147483647'>&amp;</span>");

  /* The sidebar's title widget shows the briefing title as plain text too. */
  label = accord_test_find_label (GTK_WIDGET (window), "<span size='2147483647'>&amp;</span>", FALSE);
  g_assert_nonnull (label);
  g_assert_false (gtk_label_get_use_markup (GTK_LABEL (label)));

  accord_test_destroy_window (GTK_WINDOW (window));
}

static void
test_window_event_signal (void)
{
  g_autoptr(GtSignalLogger) logger = gt_signal_logger_new ();
  AccordWindow *window = accord_test_new_window (1100, 760);
  AccordEvent *emitted = NULL;
  AccordSection *section;
  AccordEvent *event;
  GtkWidget *button;

  accord_window_open_bundled (window);
  accord_test_settle ();
  g_assert_true (accord_window_select_section (window, "middle-powers"));
  accord_test_settle ();

  section = accord_window_get_section (window);
  g_assert_cmpuint (accord_section_get_n_events (section), ==, 1);
  event = accord_section_get_event (section, 0);
  g_assert_cmpstr (accord_event_get_id (event), ==, "davos-2026-01-20");

  gt_signal_logger_connect (logger, accord_test_section_view (window), "event-activated");

  /* The related event is a real button, named for screen readers. */
  button = accord_section_view_find_label (accord_test_section_view (window), accord_event_get_title (event));
  g_assert_nonnull (button);
  button = gtk_widget_get_ancestor (button, GTK_TYPE_BUTTON);
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");

  gt_signal_logger_assert_emission_pop (logger, accord_test_section_view (window), "event-activated", &emitted);
  g_assert_true (emitted == event);
  g_clear_object (&emitted);
  gt_signal_logger_assert_no_emissions (logger);

  g_assert_cmpstr (accord_briefing_page_get_view (accord_test_briefing_page (window)), ==, "timeline");

  accord_test_destroy_window (GTK_WINDOW (window));
}

static void
test_window_remembers_section (void)
{
  AccordWindow *window = accord_test_new_window (1100, 760);

  accord_window_open_bundled (window);
  accord_test_settle ();
  g_assert_true (accord_window_select_section (window, "pillar-4"));
  accord_test_settle ();
  accord_test_destroy_window (GTK_WINDOW (window));

  window = accord_test_new_window (1100, 760);
  accord_window_open_bundled (window);
  accord_test_settle ();
  g_assert_cmpstr (accord_section_get_id (accord_window_get_section (window)), ==, "pillar-4");
  accord_test_destroy_window (GTK_WINDOW (window));
}

static AccordExportDialog *
find_export_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = g_list_model_get_n_items (toplevels);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ACCORD_IS_EXPORT_DIALOG (window))
        return ACCORD_EXPORT_DIALOG (window);
    }

  return NULL;
}

static gboolean
export_dialog_gone (gpointer data)
{
  return find_export_dialog () == NULL;
}

static void
test_window_export_dialog (void)
{
  g_autofree char *dir = g_dir_make_tmp ("accord-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "chosen.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  AccordWindow *window = accord_test_new_window (1100, 760);
  AccordExportDialog *dialog;
  AccordBriefing *briefing;
  const char *p3, *p1;

  accord_window_open_bundled (window);
  accord_test_settle ();
  g_assert_true (accord_window_select_section (window, "pillar-3"));
  accord_test_settle ();

  gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL);
  accord_test_settle ();
  dialog = find_export_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (dialog)));

  /* The default is the current section as PDF, named after it. */
  name = accord_export_dialog_suggest_name (dialog);
  g_assert_cmpstr (name, ==, "Canada–Korea defence agreement — Pillar 3.pdf");

  /* Two chosen sections, picked in reverse: exported in briefing order. */
  briefing = accord_window_get_briefing (window);
  accord_export_dialog_set_format (dialog, ACCORD_EXPORT_FORMAT_TEXT);
  accord_export_dialog_set_chosen (dialog, accord_briefing_lookup_section (briefing, "pillar-3"), TRUE);
  accord_export_dialog_set_chosen (dialog, accord_briefing_lookup_section (briefing, "pillar-1"), TRUE);
  accord_export_dialog_set_scope (dialog, ACCORD_EXPORT_SCOPE_CHOSEN);
  accord_export_dialog_export_to_file (dialog, file);
  accord_test_wait_until (export_dialog_gone, NULL);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  p1 = strstr (contents, "Pillar 1 — International peace and security");
  p3 = strstr (contents, "Pillar 3 — Security and defence cooperation");
  g_assert_nonnull (p1);
  g_assert_nonnull (p3);
  g_assert_true (p1 < p3);
  g_assert_null (strstr (contents, "Pillar 2 — "));

  g_unlink (path);
  g_rmdir (dir);
  accord_test_destroy_window (GTK_WINDOW (window));
}

static GtkWidget *
find_link_button (GtkWidget  *widget,
                  const char *url)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && gtk_widget_has_css_class (child, "link") &&
          g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), url) == 0)
        return child;
      if ((found = find_link_button (child, url)) != NULL)
        return found;
    }

  return NULL;
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = g_list_model_get_n_items (toplevels);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window))
        return ADW_MESSAGE_DIALOG (window);
    }

  return NULL;
}

static void
test_window_links (void)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "window", "links.briefing.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AccordWindow *window = accord_test_new_window (1000, 900);
  AdwMessageDialog *dialog;
  GtkWidget *button;

  accord_window_open_file (window, file);
  accord_test_wait_until (is_not_loading, window);
  accord_test_settle ();

  /* Only the https address is a link; the others are shown as text. */
  button = find_link_button (GTK_WIDGET (accord_test_section_view (window)), "https://example.org/page?a=1&b=2");
  g_assert_nonnull (button);
  g_assert_null (find_link_button (GTK_WIDGET (accord_test_section_view (window)), "file:///etc/passwd"));
  g_assert_null (find_link_button (GTK_WIDGET (accord_test_section_view (window)), "javascript:alert(1)"));
  g_assert_nonnull (accord_section_view_find_label (accord_test_section_view (window), "file:///etc/passwd"));

  /* Following it first shows the address, and opens nothing by itself. */
  g_assert_null (find_message_dialog ());
  g_signal_emit_by_name (button, "clicked");
  accord_test_settle ();
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, "https://example.org/page?a=1&b=2");
  g_assert_false (adw_message_dialog_get_body_use_markup (dialog));
  /* Emitting the response does not close it: the buttons do both. */
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  accord_test_settle ();
  g_assert_null (find_message_dialog ());

  accord_test_destroy_window (GTK_WINDOW (window));
}

static gboolean
showing_results (gpointer data)
{
  AccordWindow *window = data;
  AccordSearchPanelState state = accord_search_panel_get_state (accord_test_search_panel (window));

  return state == ACCORD_SEARCH_PANEL_RESULTS || state == ACCORD_SEARCH_PANEL_NO_RESULTS;
}

static gboolean
index_ready (gpointer data)
{
  AccordWindow *window = data;

  return accord_window_get_briefing_page (window) != NULL &&
         accord_search_panel_get_ready (accord_test_search_panel (window));
}

static void
test_window_search (void)
{
  AccordWindow *window = accord_test_new_window (1100, 760);
  GListModel *results;
  GtkWidget *label, *focus;
  const char *key_point = "Gaps in capabilities on both sides, especially naval capacity.";

  accord_window_open_bundled (window);
  accord_test_wait_until (index_ready, window);
  g_assert_true (accord_window_select_section (window, "signing"));
  accord_test_settle ();

  /* Ctrl+F opens the search bar with the entry focused. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  accord_test_settle ();
  g_assert_true (accord_search_panel_get_search_mode (accord_test_search_panel (window)));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (accord_search_panel_get_entry (accord_test_search_panel (window)))) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)),
                                         GTK_WIDGET (accord_search_panel_get_entry (accord_test_search_panel (window)))));

  /* "naval" lists the roundtable section once, and nothing unrelated. */
  gtk_editable_set_text (GTK_EDITABLE (accord_search_panel_get_entry (accord_test_search_panel (window))), "naval");
  accord_test_wait_until (showing_results, window);
  g_assert_cmpint (accord_search_panel_get_state (accord_test_search_panel (window)), ==, ACCORD_SEARCH_PANEL_RESULTS);
  results = accord_search_panel_get_results (accord_test_search_panel (window));
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 2);
  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (results, i);

      if (i == 0)
        {
          g_assert_true (GTK_IS_STRING_OBJECT (item));
          g_assert_cmpstr (gtk_string_object_get_string (GTK_STRING_OBJECT (item)), ==, "Sections (1)");
          continue;
        }
      g_assert_true (ACCORD_IS_SEARCH_RESULT (item));
      g_assert_cmpstr (accord_section_get_id (accord_search_result_get_section (ACCORD_SEARCH_RESULT (item))),
                       ==, "roundtable");
    }

  /* The one row says that another part of the section matches too. */
  label = accord_test_wait_for_label (GTK_WIDGET (window), "and 1 more match");
  g_assert_true (gtk_widget_get_mapped (label));

  /* Enter opens it, with every match highlighted. */
  g_signal_emit_by_name (accord_search_panel_get_entry (accord_test_search_panel (window)), "activate");
  accord_test_settle ();
  g_assert_cmpstr (accord_section_get_id (accord_window_get_section (window)), ==, "roundtable");
  g_assert_cmpuint (accord_section_view_get_n_matches (accord_test_section_view (window)), ==, 2);
  label = accord_section_view_find_label (accord_test_section_view (window), key_point);
  g_assert_nonnull (label);
  g_assert_nonnull (gtk_label_get_attributes (GTK_LABEL (label)));
  g_assert_cmpstr (accord_search_panel_get_match_text (accord_test_search_panel (window)), ==, "1 of 2");

  g_assert_cmpuint (accord_section_view_get_current_match (accord_test_section_view (window)), ==, 0);

  /* Ctrl+G goes to the next match, drawn apart from the others; the
   * keyboard focus stays in the entry. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-match", NULL);
  accord_test_settle ();
  g_assert_cmpstr (accord_search_panel_get_match_text (accord_test_search_panel (window)), ==, "2 of 2");
  g_assert_cmpuint (accord_section_view_get_current_match (accord_test_section_view (window)), ==, 1);
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)),
                                         accord_search_panel_get_entry (accord_test_search_panel (window))));

  /* A search with no match says so. */
  gtk_editable_set_text (GTK_EDITABLE (accord_search_panel_get_entry (accord_test_search_panel (window))), "zzzyzzx");
  accord_test_wait_until (showing_results, window);
  g_assert_cmpint (accord_search_panel_get_state (accord_test_search_panel (window)), ==, ACCORD_SEARCH_PANEL_NO_RESULTS);

  /* Escape closes the search, restores the list and clears the highlights. */
  g_signal_emit_by_name (accord_search_panel_get_entry (accord_test_search_panel (window)), "stop-search");
  accord_test_settle ();
  g_assert_false (accord_search_panel_get_search_mode (accord_test_search_panel (window)));
  g_assert_cmpint (accord_search_panel_get_state (accord_test_search_panel (window)), ==, ACCORD_SEARCH_PANEL_IDLE);
  /* Focus is back on the sections. */
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_nonnull (gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_VIEW));
  g_assert_true (gtk_widget_get_mapped (focus));
  g_assert_cmpstr (accord_section_get_id (accord_window_get_section (window)), ==, "roundtable");
  label = accord_section_view_find_label (accord_test_section_view (window), key_point);
  g_assert_null (gtk_label_get_attributes (GTK_LABEL (label)));
  g_assert_cmpuint (accord_section_view_get_n_matches (accord_test_section_view (window)), ==, 0);

  accord_test_destroy_window (GTK_WINDOW (window));
}

/* The focus lands where the keys say: Alt+2 on an event of the timeline
 * (the one on the card), Alt+1 on the reading column, Escape from the
 * search on the row of the section shown. */
static void
test_window_focus_lands (void)
{
  AccordWindow *window = accord_test_new_window (1100, 760);
  AccordTimelinePage *timeline;
  AccordEvent *first;
  GtkWidget *focus, *label;

  accord_window_open_bundled (window);
  accord_test_settle ();
  g_assert_true (accord_window_select_section (window, "pillar-2"));
  accord_test_settle ();

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "timeline");
  accord_test_settle ();
  timeline = accord_briefing_page_get_timeline_page (accord_test_briefing_page (window));
  g_assert_nonnull (timeline);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, GTK_WIDGET (accord_timeline_page_get_view (timeline))));
  g_assert_true (gtk_widget_get_mapped (focus));
  /* The first event, and the card shows it. */
  first = g_list_model_get_item (accord_timeline_page_get_events (timeline), 0);
  g_assert_true (focus == accord_timeline_view_find_marker (accord_timeline_page_get_view (timeline), 0));
  g_assert_true (accord_event_card_get_event (accord_timeline_page_get_card (timeline)) == first);
  g_object_unref (first);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "section");
  accord_test_settle ();
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (accord_test_section_view (window))));

  /* Escape from a search: back on the row of the section shown. */
  accord_window_begin_search (window, "naval");
  accord_test_wait_until (showing_results, window);
  g_signal_emit_by_name (accord_search_panel_get_entry (accord_test_search_panel (window)), "stop-search");
  accord_test_settle ();
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_VIEW));
  label = accord_test_find_label (focus, accord_section_get_title (accord_window_get_section (window)), TRUE);
  g_assert_nonnull (label);

  accord_test_destroy_window (GTK_WINDOW (window));
}

/* Ctrl+G works from a section without a match and goes on from section
 * to section; the results list hands its focus to its first result. */
static void
test_window_search_steps (void)
{
  AccordWindow *window = accord_test_new_window (1100, 760);
  GtkWidget *list, *focus;
  g_autoptr(GHashTable) visited = g_hash_table_new (NULL, NULL);

  accord_window_open_bundled (window);
  accord_test_settle ();
  g_assert_true (accord_window_select_section (window, "signing"));
  accord_window_begin_search (window, "naval");
  accord_test_wait_until (showing_results, window);

  /* The section shown has no match, the briefing has: the arrows work. */
  g_assert_cmpstr (accord_search_panel_get_match_text (accord_test_search_panel (window)), ==, "");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.next-match", NULL));
  accord_test_settle ();
  g_assert_cmpstr (accord_section_get_id (accord_window_get_section (window)), ==, "roundtable");
  g_assert_cmpstr (accord_search_panel_get_match_text (accord_test_search_panel (window)), ==, "1 of 2");

  /* The results list, given the focus, gives it to its first result. */
  list = gtk_widget_get_ancestor (accord_test_find_label (GTK_WIDGET (accord_test_search_panel (window)),
                                                          "Expert view — the December roundtable", TRUE),
                                  GTK_TYPE_LIST_VIEW);
  g_assert_nonnull (list);
  gtk_widget_grab_focus (list);
  accord_test_settle ();
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (focus != list);
  g_assert_nonnull (accord_test_find_label (focus, "Expert view — the December roundtable", TRUE));

  /* "middle" matches in several sections: Ctrl+G visits them all. */
  gtk_editable_set_text (GTK_EDITABLE (accord_search_panel_get_entry (accord_test_search_panel (window))), "middle");
  accord_test_wait_until (showing_results, window);
  accord_test_settle ();
  for (guint i = 0; i < 30; i++)
    {
      gtk_widget_activate_action (GTK_WIDGET (window), "win.next-match", NULL);
      g_hash_table_add (visited, accord_window_get_section (window));
    }
  g_assert_cmpuint (g_hash_table_size (visited), >=, 2);

  accord_test_destroy_window (GTK_WINDOW (window));
}

/* The reading column is one Tab stop, then its links and buttons: not
 * one stop per paragraph, and no text selects itself on focus. */
static void
test_window_reading_tab_stops (void)
{
  AccordWindow *window = accord_test_new_window (1100, 760);
  GtkWidget *view;
  guint stops = 0;

  accord_window_open_bundled (window);
  accord_test_settle ();
  g_assert_true (accord_window_select_section (window, "roundtable"));
  accord_test_settle ();

  view = GTK_WIDGET (accord_test_section_view (window));
  gtk_widget_grab_focus (view);
  g_assert_true (gtk_widget_has_focus (view));

  while (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD))
    {
      GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

      if (focus == NULL || !gtk_widget_is_ancestor (focus, view))
        break;
      /* Only controls: a label never takes the focus by Tab. */
      g_assert_false (GTK_IS_LABEL (focus));
      stops++;
      g_assert_cmpuint (stops, <, 10);
    }

  accord_test_destroy_window (GTK_WINDOW (window));
}

static double
luminance (const GdkRGBA *c)
{
  double rgb[3] = { c->red, c->green, c->blue };

  for (guint i = 0; i < 3; i++)
    rgb[i] = rgb[i] <= 0.03928 ? rgb[i] / 12.92 : pow ((rgb[i] + 0.055) / 1.055, 2.4);

  return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
}

/* WCAG's contrast ratio of @fg (with its alpha) drawn on the opaque @bg. */
static double
contrast (const GdkRGBA *fg,
          const GdkRGBA *bg)
{
  GdkRGBA drawn = {
    fg->red * fg->alpha + bg->red * (1 - fg->alpha),
    fg->green * fg->alpha + bg->green * (1 - fg->alpha),
    fg->blue * fg->alpha + bg->blue * (1 - fg->alpha),
    1,
  };
  double a = luminance (&drawn), b = luminance (bg);

  return (MAX (a, b) + 0.05) / (MIN (a, b) + 0.05);
}

/* The colour @label's text is drawn in, as rendered: its colour, alpha
 * and CSS opacity together.  It shows full blocks, so the most opaque
 * pixel is solid text, not an anti-aliased edge. */
static GdkRGBA
drawn_text_color (GtkWidget *label)
{
  int width = gtk_widget_get_width (label), height = gtk_widget_get_height (label);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (label);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree guchar *pixels = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (label));
  GdkRGBA best = { 0, 0, 0, 0 };

  g_assert_cmpint (width, >, 0);
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  pixels = g_malloc ((gsize) width * height * 4);
  gdk_texture_download (texture, pixels, (gsize) width * 4);

  /* GDK_MEMORY_DEFAULT: B, G, R, A, premultiplied */
  for (int i = 0; i < width * height; i++)
    {
      const guchar *p = pixels + i * 4;
      double a = p[3] / 255.0;

      if (a > best.alpha)
        best = (GdkRGBA) { p[2] / 255.0 / a, p[1] / 255.0 / a, p[0] / 255.0 / a, a };
    }

  return best;
}

G_GNUC_BEGIN_IGNORE_DEPRECATIONS

/* Body text and dimmed captions, as drawn, reach 4.5:1 on the window's,
 * the views' and the header bars' backgrounds, light and dark. */
static void
test_window_contrast (void)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  const AdwColorScheme schemes[] = { ADW_COLOR_SCHEME_FORCE_LIGHT, ADW_COLOR_SCHEME_FORCE_DARK };
  const char *backgrounds[] = { "window_bg_color", "view_bg_color", "headerbar_bg_color" };

  for (guint s = 0; s < G_N_ELEMENTS (schemes); s++)
    {
      AccordWindow *window;
      GtkWidget *caption, *body, *column;
      GdkRGBA caption_fg, body_fg;

      adw_style_manager_set_color_scheme (manager, schemes[s]);
      window = accord_test_new_window (900, 700);
      accord_window_open_bundled (window);
      accord_test_settle ();

      /* Beside the section's title, in the reading column. */
      column = gtk_widget_get_parent (accord_section_view_find_label (accord_test_section_view (window),
                                                                      accord_section_get_title (accord_window_get_section (window))));
      caption = gtk_label_new ("████████");
      gtk_widget_add_css_class (caption, "caption");
      gtk_widget_add_css_class (caption, "dim-label");
      body = gtk_label_new ("████████");
      gtk_box_prepend (GTK_BOX (column), caption);
      gtk_box_prepend (GTK_BOX (column), body);
      accord_test_settle ();
      caption_fg = drawn_text_color (caption);
      body_fg = drawn_text_color (body);

      for (guint b = 0; b < G_N_ELEMENTS (backgrounds); b++)
        {
          GdkRGBA bg;

          g_assert_true (gtk_style_context_lookup_color (gtk_widget_get_style_context (caption),
                                                         backgrounds[b], &bg));
          g_test_message ("%s, on %s: body %.2f:1, caption %.2f:1", s ? "dark" : "light", backgrounds[b],
                          contrast (&body_fg, &bg), contrast (&caption_fg, &bg));
          g_assert_cmpfloat (contrast (&body_fg, &bg), >=, 4.5);
          g_assert_cmpfloat (contrast (&caption_fg, &bg), >=, 4.5);
        }

      accord_test_destroy_window (GTK_WINDOW (window));
    }

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
}

G_GNUC_END_IGNORE_DEPRECATIONS

static gboolean
title_is_changed (gpointer data)
{
  return g_strcmp0 (gtk_window_get_title (GTK_WINDOW (data)), "Canada–Korea defence agreement, revised") == 0;
}

static gboolean
has_banner (gpointer data)
{
  return accord_briefing_page_get_banner (accord_test_briefing_page (ACCORD_WINDOW (data))) != NULL;
}

static gboolean
has_no_banner (gpointer data)
{
  return !has_banner (data);
}

static GtkWidget *
find_sidebar_label (GtkWidget  *widget,
                    const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0 &&
      gtk_widget_get_ancestor (widget, GTK_TYPE_LIST_VIEW) != NULL)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_sidebar_label (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
sidebar_shows_revised_title (gpointer data)
{
  return find_sidebar_label (data, "Pillar 3 — Security and defence cooperation, revised") != NULL;
}

/* An editor saves the open file: the window shows the new version where
 * the reader was, in the sidebar rows it had (retitled where a title
 * changed); a broken save keeps the last good one and says what is
 * wrong; the next good save clears that; a deleted file is said so. */
static void
test_window_live_reload (void)
{
  g_autofree char *bundled = g_build_filename (TEST_DATA_DIR, "..", "..", "data", "briefings",
                                               "canada-korea-2026.briefing.json", NULL);
  g_autofree char *dir = g_dir_make_tmp ("accord-reload-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "reload.briefing.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *text = NULL;
  g_autoptr(GString) revised = NULL;
  AccordWindow *window;
  GtkWidget *first_row, *pillar_row;
  const char *banner;

  g_assert_true (g_file_get_contents (bundled, &text, NULL, NULL));
  g_assert_true (g_file_set_contents (path, text, -1, NULL));

  window = accord_test_new_window (1100, 760);
  accord_window_open_file (window, file);
  accord_test_wait_until (is_not_loading, window);
  g_assert_true (accord_window_select_section (window, "pillar-3"));
  accord_test_settle ();
  first_row = find_sidebar_label (GTK_WIDGET (window), "The signing and the joint statement");
  pillar_row = find_sidebar_label (GTK_WIDGET (window), "Pillar 3 — Security and defence cooperation");
  g_assert_nonnull (first_row);
  g_assert_nonnull (pillar_row);

  revised = g_string_new (text);
  g_assert_cmpuint (g_string_replace (revised, "\"title\": \"Canada–Korea defence agreement\"",
                                      "\"title\": \"Canada–Korea defence agreement, revised\"", 1), ==, 1);
  g_assert_cmpuint (g_string_replace (revised, "\"title\": \"Pillar 3 — Security and defence cooperation\"",
                                      "\"title\": \"Pillar 3 — Security and defence cooperation, revised\"", 1), ==, 1);
  g_assert_true (g_file_set_contents (path, revised->str, -1, NULL));
  accord_test_wait_until (title_is_changed, window);
  g_assert_cmpstr (accord_section_get_id (accord_window_get_section (window)), ==, "pillar-3");
  /* The same rows, not new ones: the retitled one says its new title. */
  accord_test_wait_until (sidebar_shows_revised_title, window);
  g_assert_true (find_sidebar_label (GTK_WIDGET (window), "The signing and the joint statement") == first_row);
  g_assert_true (find_sidebar_label (GTK_WIDGET (window), "Pillar 3 — Security and defence cooperation, revised") == pillar_row);
  g_assert_null (accord_briefing_page_get_banner (accord_test_briefing_page (window)));

  /* A save cut short: the last good version stays, the banner says why. */
  g_assert_true (g_file_set_contents (path, "{\n  \"format\": \"accord-briefing\",\n  \"title\": ", -1, NULL));
  accord_test_wait_until (has_banner, window);
  banner = accord_briefing_page_get_banner (accord_test_briefing_page (window));
  g_assert_nonnull (strstr (banner, "reload.briefing.json:3:"));
  g_assert_true (title_is_changed (window));
  g_assert_cmpstr (accord_section_get_id (accord_window_get_section (window)), ==, "pillar-3");

  /* The next good save clears it. */
  g_assert_true (g_file_set_contents (path, revised->str, -1, NULL));
  accord_test_wait_until (has_no_banner, window);
  g_assert_cmpstr (accord_section_get_id (accord_window_get_section (window)), ==, "pillar-3");

  /* Deleted: what was shown stays, and the banner says so. */
  g_assert_cmpint (g_unlink (path), ==, 0);
  accord_test_wait_until (has_banner, window);
  g_assert_nonnull (strstr (accord_briefing_page_get_banner (accord_test_briefing_page (window)), "was deleted or moved"));
  g_assert_true (title_is_changed (window));

  accord_test_destroy_window (GTK_WINDOW (window));
  g_rmdir (dir);
}

/* What follows a section's body (its quotes, people, events, sources)
 * comes once the view's first frame is drawn; whatever looks for it
 * before gets it at once, and it comes by itself after. */
static void
test_window_section_tail (void)
{
  for (guint asked = 0; asked < 2; asked++)
    {
      AccordWindow *window = accord_test_new_window (1100, 760);
      AccordSection *section;
      const char *quote;

      accord_window_open_bundled (window);
      section = accord_window_get_section (window);
      g_assert_cmpuint (accord_section_get_n_quotes (section), >, 0);
      quote = accord_quote_get_text (accord_section_get_quote (section, 0));

      if (asked)
        g_assert_nonnull (accord_section_view_find_label (accord_test_section_view (window), quote));
      else
        g_assert_null (accord_test_find_label (GTK_WIDGET (window), quote, FALSE));
      /* The title changes with the frame that shows the briefing. */
      g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), !=, "Canada–Korea defence agreement");
      accord_test_settle ();
      g_assert_nonnull (accord_test_find_label (GTK_WIDGET (window), quote, FALSE));
      g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Canada–Korea defence agreement");

      accord_test_destroy_window (GTK_WINDOW (window));
    }
}

/* Every template instantiates, so a .ui file that uses API newer than
 * GTK 4.8 / libadwaita 1.2 fails here rather than on a user's machine. */
static void
test_window_templates (void)
{
  GtkWidget *view = accord_section_view_new ();

  g_object_ref_sink (view);
  g_assert_finalize_object (view);

  {
    g_autoptr(AccordBriefing) briefing = accord_loader_load_bundled (NULL);
    AccordExportDialog *dialog = accord_export_dialog_new (NULL, briefing, NULL);

    gtk_window_destroy (GTK_WINDOW (dialog));
  }
}

static gboolean
is_shortcut_for (GtkWidget  *widget,
                 const char *accelerator)
{
  g_autofree char *value = NULL;

  if (!GTK_IS_SHORTCUTS_SHORTCUT (widget))
    return FALSE;

  g_object_get (widget, "accelerator", &value, NULL);
  return g_strcmp0 (value, accelerator) == 0;
}

static gboolean
has_shortcut (GtkWidget  *widget,
              const char *accelerator)
{
  if (is_shortcut_for (widget, accelerator))
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_shortcut (child, accelerator))
      return TRUE;

  return FALSE;
}

/* The keyboard shortcuts window of @window, if it was built. */
static GtkWindow *
find_shortcuts_window (AccordWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = g_list_model_get_n_items (toplevels);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (GTK_IS_SHORTCUTS_WINDOW (toplevel) &&
          gtk_window_get_transient_for (toplevel) == GTK_WINDOW (window))
        return toplevel;
    }

  return NULL;
}

static void
test_window_shortcuts (void)
{
  AccordWindow *window = accord_test_new_window (900, 700);
  GtkWindow *shortcuts;

  /* Built when first asked for, not with the window. */
  g_assert_null (find_shortcuts_window (window));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  accord_test_settle ();
  shortcuts = find_shortcuts_window (window);
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (shortcuts));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (shortcuts)));
  g_assert_true (gtk_window_get_transient_for (shortcuts) == GTK_WINDOW (window));
  g_assert_true (has_shortcut (GTK_WIDGET (shortcuts), "<ctrl>f"));
  g_assert_true (has_shortcut (GTK_WIDGET (shortcuts), "<ctrl><shift>e"));
  g_assert_true (has_shortcut (GTK_WIDGET (shortcuts), "<alt>Return"));

  /* Closing it hides it; asking again shows the same one. */
  gtk_window_close (shortcuts);
  accord_test_settle ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
  accord_test_settle ();
  g_assert_true (find_shortcuts_window (window) == shortcuts);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (shortcuts)));

  /* It goes with its window. */
  g_object_add_weak_pointer (G_OBJECT (shortcuts), (gpointer *)&shortcuts);
  accord_test_destroy_window (GTK_WINDOW (window));
  g_assert_null (shortcuts);
}

/* A new window builds only its loading page; the rest comes with the
 * first briefing.  Whatever arrives before that must wait for it. */
static void
test_window_loading_first (void)
{
  AccordWindow *window = accord_test_new_window (1100, 760);
  guint n_toplevels;
  GListModel *results;

  g_assert_cmpstr (visible_page (window), ==, "loading");
  g_assert_null (accord_window_get_briefing_page (window));
  g_assert_null (accord_window_get_error_page (window));
  g_assert_null (accord_window_get_section (window));
  g_assert_false (accord_window_select_section (window, "roundtable"));
  /* Saving and exporting wait for a briefing: no dialog opens. */
  n_toplevels = g_list_model_get_n_items (gtk_window_get_toplevels ());
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save-as-briefing", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL);
  accord_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (gtk_window_get_toplevels ()), ==, n_toplevels);
  /* Alt+Left and Ctrl+F do nothing yet. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  g_assert_null (accord_window_get_briefing_page (window));

  /* The Shell's "more results" can come while the briefing still loads:
   * the words are searched for once it is shown. */
  accord_window_begin_search (window, "naval");
  accord_window_open_bundled (window);
  accord_test_wait_until (showing_results, window);
  g_assert_cmpstr (visible_page (window), ==, "briefing");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (accord_search_panel_get_entry (accord_test_search_panel (window)))), ==, "naval");
  g_assert_cmpint (accord_search_panel_get_state (accord_test_search_panel (window)), ==, ACCORD_SEARCH_PANEL_RESULTS);
  results = accord_search_panel_get_results (accord_test_search_panel (window));
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 2);

  accord_test_destroy_window (GTK_WINDOW (window));
}

static void
collect_wrapping_labels (GtkWidget *widget,
                         GPtrArray *labels)
{
  if (!gtk_widget_get_mapped (widget))
    return;
  if (GTK_IS_LABEL (widget) && gtk_label_get_wrap (GTK_LABEL (widget)))
    g_ptr_array_add (labels, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_wrapping_labels (child, labels);
}

/* A section's texts ask for a minimum width (the section view's
 * MIN_WIDTH_CHARS, which spares GTK a dear layout): in the narrowest
 * window, in large print, every one still fits the width it is given,
 * or it would be measured for one width and drawn at another. */
static void
test_window_narrow_large_print (void)
{
  static const char *sections[] = { "signing", "pillar-1", "roundtable", "middle-powers" };
  GtkSettings *settings = gtk_settings_get_default ();
  AccordWindow *window;
  int dpi;

  g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);
  /* GNOME's "Large Text" scales the font resolution by 1.25; more here. */
  g_object_set (settings, "gtk-xft-dpi", 96 * 1024 * 3 / 2, NULL);
  window = accord_test_new_window (360, 700);
  accord_window_open_bundled (window);
  accord_test_wait_until (is_folded, window);

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      g_autoptr(GPtrArray) labels = g_ptr_array_new ();
      int column = 0;

      g_assert_true (accord_window_select_section (window, sections[i]));
      accord_test_settle ();
      g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (accord_test_section_view (window))));
      collect_wrapping_labels (GTK_WIDGET (accord_test_section_view (window)), labels);
      /* The title, the summary, the key points, the body, the quotes. */
      g_assert_cmpuint (labels->len, >=, 8);
      for (guint j = 0; j < labels->len; j++)
        {
          GtkWidget *label = g_ptr_array_index (labels, j);
          int minimum;

          gtk_widget_measure (label, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
          if (minimum > gtk_widget_get_width (label))
            g_error ("%s: “%.40s” needs %d px, and is given %d", sections[i],
                     gtk_label_get_text (GTK_LABEL (label)), minimum, gtk_widget_get_width (label));
          column = MAX (column, gtk_widget_get_width (label));
        }
      /* The column is the narrow one. */
      g_assert_cmpint (column, <, 360);
    }

  accord_test_destroy_window (GTK_WINDOW (window));
  g_object_set (settings, "gtk-xft-dpi", dpi, NULL);
}

static GtkWidget *
find_widget_of_type (GtkWidget *widget,
                     GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget_of_type (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_search_button (GtkWidget *widget)
{
  if (GTK_IS_TOGGLE_BUTTON (widget) &&
      g_strcmp0 (gtk_widget_get_tooltip_text (widget), "Search") == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_search_button (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The search panel is no part of a briefing's first frame: it is made
 * just after it, unasked, and at once when the reader asks first. */
static void
test_window_search_panel_later (void)
{
  AccordWindow *window = accord_test_new_window (1100, 760);
  GtkWidget *page, *button, *focus;

  accord_window_open_bundled (window);
  page = GTK_WIDGET (accord_test_briefing_page (window));
  g_assert_null (find_widget_of_type (page, GTK_TYPE_SEARCH_ENTRY));

  /* The Search button, clicked before the panel is there. */
  button = find_search_button (page);
  g_assert_nonnull (button);
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)));
  g_signal_emit_by_name (button, "clicked");
  g_assert_nonnull (find_widget_of_type (page, GTK_TYPE_SEARCH_ENTRY));
  accord_test_settle ();
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)));
  g_assert_true (accord_search_panel_get_search_mode (accord_test_search_panel (window)));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, find_widget_of_type (page, GTK_TYPE_SEARCH_ENTRY)));
  /* And clicked again, it closes it. */
  g_signal_emit_by_name (button, "clicked");
  accord_test_settle ();
  g_assert_false (accord_search_panel_get_search_mode (accord_test_search_panel (window)));
  accord_test_destroy_window (GTK_WINDOW (window));

  /* Unasked, it is there once the window has drawn the briefing. */
  window = accord_test_new_window (1100, 760);
  accord_window_open_bundled (window);
  page = GTK_WIDGET (accord_test_briefing_page (window));
  g_assert_null (find_widget_of_type (page, GTK_TYPE_SEARCH_ENTRY));
  accord_test_settle ();
  g_assert_nonnull (find_widget_of_type (page, GTK_TYPE_SEARCH_ENTRY));
  accord_test_destroy_window (GTK_WINDOW (window));
}

static double
baseline_in (GtkWidget *label,
             GtkWidget *ancestor)
{
  graphene_point_t point;
  int y;

  gtk_label_get_layout_offsets (GTK_LABEL (label), NULL, &y);
  y += pango_layout_get_baseline (gtk_label_get_layout (GTK_LABEL (label))) / PANGO_SCALE;
  g_assert_true (gtk_widget_compute_point (label, ancestor, &GRAPHENE_POINT_INIT (0, y), &point));
  return point.y;
}

static void
collect_bullets (GtkWidget *widget,
                 GPtrArray *bullets)
{
  if (gtk_widget_has_css_class (widget, "bullet"))
    g_ptr_array_add (bullets, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_bullets (child, bullets);
}

/* A key point's bullet sits on the baseline of the point's first line,
 * even drawn in another font than the text (in Korean, "•" falls back to
 * a CJK font with a taller line): here, twice the text's size. */
static void
test_window_bullets_on_baseline (void)
{
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();
  g_autoptr(GPtrArray) bullets = g_ptr_array_new ();
  AccordWindow *window = accord_test_new_window (1100, 760);
  GtkWidget *view;

  gtk_css_provider_load_from_data (css, ".bullet { font-size: 2em; }", -1);
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
  accord_window_open_bundled (window);
  accord_test_settle ();
  g_assert_true (accord_window_select_section (window, "signing"));
  accord_test_settle ();
  view = GTK_WIDGET (accord_test_section_view (window));
  collect_bullets (view, bullets);
  /* The first section's four key points. */
  g_assert_cmpuint (bullets->len, ==, 4);
  for (guint i = 0; i < bullets->len; i++)
    {
      GtkWidget *bullet = g_ptr_array_index (bullets, i);
      GtkWidget *row = gtk_widget_get_parent (bullet);
      GtkWidget *text = gtk_widget_get_first_child (gtk_overlay_get_child (GTK_OVERLAY (row)));

      g_assert_true (GTK_IS_LABEL (text));
      g_assert_cmpfloat_with_epsilon (baseline_in (bullet, view), baseline_in (text, view), 1.5);
    }

  accord_test_destroy_window (GTK_WINDOW (window));
  gtk_style_context_remove_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css));
}

static AccordPropertiesWindow *
find_properties_window (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ACCORD_IS_PROPERTIES_WINDOW (window))
        return ACCORD_PROPERTIES_WINDOW (window);
    }

  return NULL;
}

static gboolean
properties_window_gone (gpointer data)
{
  return find_properties_window () == NULL;
}

/* A label that shows @text exactly, as plain text. */
static void
assert_shows (GtkWidget  *root,
              const char *text)
{
  GtkWidget *label = accord_test_find_label (root, text, TRUE);

  if (label == NULL)
    g_error ("“%s” is not shown", text);
  g_assert_false (gtk_label_get_use_markup (GTK_LABEL (label)));
}

/* Properties show what the reading pane does not: the briefing's
 * subtitle and summary, its file, format, language and contents; a file
 * name is plain text, whatever it holds. */
static void
test_window_properties (void)
{
  g_autofree char *bundled = g_build_filename (TEST_DATA_DIR, "..", "..", "data", "briefings",
                                               "canada-korea-2026.briefing.json", NULL);
  g_autofree char *dir = g_dir_make_tmp ("accord-properties-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "Tom & Jerry <i>draft.briefing.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *text = NULL;
  AccordWindow *window = accord_test_new_window (1100, 760);
  AccordPropertiesWindow *properties;
  AccordBriefing *briefing;

  accord_window_open_bundled (window);
  accord_test_settle ();
  briefing = accord_window_get_briefing (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-properties", NULL));
  accord_test_settle ();
  properties = find_properties_window ();
  g_assert_nonnull (properties);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (properties)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (properties)) == GTK_WINDOW (window));
  assert_shows (GTK_WIDGET (properties), accord_briefing_get_title (briefing));
  assert_shows (GTK_WIDGET (properties), accord_briefing_get_subtitle (briefing));
  assert_shows (GTK_WIDGET (properties), accord_briefing_get_summary (briefing));
  assert_shows (GTK_WIDGET (properties), "Comes with Accord");
  assert_shows (GTK_WIDGET (properties), "Briefing JSON");
  assert_shows (GTK_WIDGET (properties), "en");
  assert_shows (GTK_WIDGET (properties), "7 sections, 3 events, 6 people and organizations, 2 sources");
  gtk_window_close (GTK_WINDOW (properties));
  accord_test_wait_until (properties_window_gone, NULL);

  /* A file whose name looks like markup. */
  g_assert_true (g_file_get_contents (bundled, &text, NULL, NULL));
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  accord_window_open_file (window, file);
  accord_test_wait_until (is_not_loading, window);
  accord_test_settle ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-properties", NULL);
  accord_test_settle ();
  properties = find_properties_window ();
  g_assert_nonnull (properties);
  assert_shows (GTK_WIDGET (properties), path);
  gtk_window_close (GTK_WINDOW (properties));
  accord_test_wait_until (properties_window_gone, NULL);

  accord_test_destroy_window (GTK_WINDOW (window));
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/window/templates", test_window_templates);
  g_test_add_func ("/window/bundled-sections", test_window_bundled_sections);
  g_test_add_func ("/window/narrow-folds", test_window_narrow_folds);
  g_test_add_func ("/window/sidebar-and-folding", test_window_sidebar_and_folding);
  g_test_add_func ("/window/narrow-large-print", test_window_narrow_large_print);
  g_test_add_func ("/window/bullets-on-baseline", test_window_bullets_on_baseline);
  g_test_add_func ("/window/broken-file", test_window_broken_file);
  g_test_add_func ("/window/markup-is-literal", test_window_markup_is_literal);
  g_test_add_func ("/window/event-signal", test_window_event_signal);
  g_test_add_func ("/window/remembers-section", test_window_remembers_section);
  g_test_add_func ("/window/export-dialog", test_window_export_dialog);
  g_test_add_func ("/window/properties", test_window_properties);
  g_test_add_func ("/window/links", test_window_links);
  g_test_add_func ("/window/search", test_window_search);
  g_test_add_func ("/window/shortcuts", test_window_shortcuts);
  g_test_add_func ("/window/reading-tab-stops", test_window_reading_tab_stops);
  g_test_add_func ("/window/focus-lands", test_window_focus_lands);
  g_test_add_func ("/window/search-steps", test_window_search_steps);
  g_test_add_func ("/window/live-reload", test_window_live_reload);
  g_test_add_func ("/window/section-tail", test_window_section_tail);
  g_test_add_func ("/window/search-panel-later", test_window_search_panel_later);
  g_test_add_func ("/window/contrast", test_window_contrast);
  g_test_add_func ("/window/loading-first", test_window_loading_first);

  return g_test_run ();
}
