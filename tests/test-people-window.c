/* test-people-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Person pages and history in the real window: a person opened from a
 * name in the text, a quote's attribution, the sidebar's People and the
 * event card; back and forward over it all; briefing text with markup in
 * it stays literal around the links.
 */

#include "config.h"

#include <adwaita.h>

#include "accord-actor.h"
#include "accord-briefing.h"
#include "accord-briefing-page.h"
#include "accord-history.h"
#include "accord-loader.h"
#include "accord-person-page.h"
#include "accord-search-panel.h"
#include "accord-section.h"
#include "accord-section-view.h"
#include "accord-test-ui.h"
#include "accord-window.h"

#define FIRST_PARAGRAPH "Yesterday <i>Tom</i> & Jerry met Kim Min-jun <b>here</b>."
#define HANGUL_PARAGRAPH "김민준은 <b>왔다</b>."

static gboolean
index_ready (gpointer data)
{
  AccordBriefingPage *page = accord_window_get_briefing_page (data);

  return page != NULL && accord_briefing_page_get_people_index (page) != NULL;
}

static AccordWindow *
open_people (int width,
             int height)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "window", "people.briefing.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GSettings) settings = g_settings_new ("io.github.accordapp.Accord");
  AccordWindow *window;

  /* Each test starts on the first section, whatever the last one showed. */
  g_settings_reset (settings, "last-sections");
  window = accord_test_new_window (width, height);
  accord_window_open_file (window, file);
  accord_test_wait_until (index_ready, window);
  accord_test_settle ();
  return window;
}

static const char *
person_shown (AccordWindow *window)
{
  AccordActor *actor = accord_briefing_page_get_person (accord_test_briefing_page (window));

  return actor != NULL ? accord_actor_get_id (actor) : NULL;
}

static const char *
section_shown (AccordWindow *window)
{
  AccordSection *section;

  if (person_shown (window) != NULL ||
      g_strcmp0 (accord_briefing_page_get_view (accord_test_briefing_page (window)), "section") != 0)
    return NULL;
  section = accord_window_get_section (window);
  return section != NULL ? accord_section_get_id (section) : NULL;
}

/* Follows the link whose text is @name in @label, as a click on it does:
 * the label's markup is read for the link's address. */
static void
follow_link (GtkWidget  *label,
             const char *name)
{
  const char *markup = gtk_label_get_label (GTK_LABEL (label));
  g_autofree char *escaped = g_markup_escape_text (name, -1);
  g_autofree char *needle = g_strdup_printf (">%s</a>", escaped);
  const char *at = strstr (markup, needle);
  const char *href = NULL;
  g_autofree char *uri = NULL;
  gboolean handled = FALSE;

  g_assert_true (gtk_label_get_use_markup (GTK_LABEL (label)));
  g_assert_nonnull (at);
  for (const char *p = at; p > markup; p--)
    if (g_str_has_prefix (p, "href=\""))
      {
        href = p + strlen ("href=\"");
        break;
      }
  g_assert_nonnull (href);
  uri = g_strndup (href, strchr (href, '"') - href);
  g_signal_emit_by_name (label, "activate-link", uri, &handled);
  g_assert_true (handled);
  accord_test_settle ();
}

static GtkWidget *
find_button_with_label (GtkWidget  *root,
                        const char *text)
{
  GtkWidget *label = accord_test_find_label (root, text, TRUE);

  g_assert_nonnull (label);
  return gtk_widget_get_ancestor (label, GTK_TYPE_BUTTON);
}

/* The header's button for @action, as the reader sees it: can it be
 * pressed? */
static GtkWidget *
find_action_button (GtkWidget  *root,
                    const char *action)
{
  if (GTK_IS_BUTTON (root) && gtk_widget_get_mapped (root) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (root)), action) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_action_button (child, action);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
button_sensitive (GtkWidget  *root,
                  const char *action)
{
  GtkWidget *button = find_action_button (root, action);

  g_assert_nonnull (button);
  return gtk_widget_is_sensitive (button);
}

/* A click: "clicked" at once (gtk_widget_activate() waits 250 ms). */
static void
click (GtkWidget *button)
{
  g_assert_true (GTK_IS_BUTTON (button));
  g_signal_emit_by_name (button, "clicked");
}

static void
go (AccordWindow *window,
    const char   *action)
{
  g_assert_true (button_sensitive (GTK_WIDGET (window), action));
  gtk_widget_activate_action (GTK_WIDGET (window), action, NULL);
  accord_test_settle ();
}

/* Markup in a name or a paragraph stays literal around the links, and a
 * name in the text opens its person's page; back and forward. */
static void
test_people_from_mention (void)
{
  AccordWindow *window = open_people (1100, 760);
  AccordBriefingPage *page = accord_test_briefing_page (window);
  GtkWidget *paragraph, *name, *hangul;
  const char *markup;

  g_assert_cmpstr (section_shown (window), ==, "first");
  g_assert_false (button_sensitive (GTK_WIDGET (window), "win.back"));

  /* The paragraph reads exactly as written; its markup is escaped. */
  paragraph = accord_test_find_label (GTK_WIDGET (window), FIRST_PARAGRAPH, TRUE);
  g_assert_nonnull (paragraph);
  markup = gtk_label_get_label (GTK_LABEL (paragraph));
  g_assert_nonnull (strstr (markup, "&lt;b&gt;here&lt;/b&gt;"));
  g_assert_null (strstr (markup, "<b>"));
  g_assert_null (strstr (markup, "<i>"));
  /* "Kimberley" is not Kim. */
  g_assert_false (gtk_label_get_use_markup (GTK_LABEL (accord_test_find_label (GTK_WIDGET (window), "Nothing to see in Kimberley.", TRUE))));

  /* The name's words are matched, not its punctuation: the link starts
   * at its first letter. */
  follow_link (paragraph, "i>Tom</i> & Jerry");
  g_assert_cmpstr (person_shown (window), ==, "tom");
  name = accord_test_find_label (accord_briefing_page_get_person_page (page), "<i>Tom</i> & Jerry", TRUE);
  g_assert_nonnull (name);
  g_assert_false (gtk_label_get_use_markup (GTK_LABEL (name)));
  g_assert_nonnull (accord_test_find_label (accord_briefing_page_get_person_page (page), "<u>role</u>", TRUE));
  /* The person page has the keyboard. */
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), accord_briefing_page_get_person_page (page)) ||
                 gtk_root_get_focus (GTK_ROOT (window)) == accord_briefing_page_get_person_page (page));

  go (window, "win.back");
  g_assert_cmpstr (section_shown (window), ==, "first");
  g_assert_null (person_shown (window));
  go (window, "win.forward");
  g_assert_cmpstr (person_shown (window), ==, "tom");

  /* The section that names them opens from their page. */
  click (find_button_with_label (accord_briefing_page_get_person_page (page), "First"));
  accord_test_settle ();
  g_assert_cmpstr (section_shown (window), ==, "first");

  /* A Korean name before its particle, in a paragraph with markup. */
  accord_window_show_section (window, accord_briefing_lookup_section (accord_window_get_briefing (window), "second"));
  accord_test_settle ();
  hangul = accord_test_find_label (GTK_WIDGET (window), HANGUL_PARAGRAPH, TRUE);
  g_assert_nonnull (hangul);
  follow_link (hangul, "김민준");
  g_assert_cmpstr (person_shown (window), ==, "kmj");
  g_assert_nonnull (accord_test_find_label (accord_briefing_page_get_person_page (page), "김민준", TRUE));

  /* Back through all of it, in order; then forward again. */
  go (window, "win.back");
  g_assert_cmpstr (section_shown (window), ==, "second");
  go (window, "win.back");
  g_assert_cmpstr (section_shown (window), ==, "first");
  go (window, "win.back");
  g_assert_cmpstr (person_shown (window), ==, "tom");
  go (window, "win.back");
  g_assert_cmpstr (section_shown (window), ==, "first");
  g_assert_false (button_sensitive (GTK_WIDGET (window), "win.back"));
  go (window, "win.forward");
  go (window, "win.forward");
  go (window, "win.forward");
  go (window, "win.forward");
  g_assert_cmpstr (person_shown (window), ==, "kmj");
  g_assert_false (button_sensitive (GTK_WIDGET (window), "win.forward"));

  accord_test_destroy_window (GTK_WINDOW (window));
}

/* A quote's attribution opens its speaker; the quote on their page opens
 * its section again. */
static void
test_people_from_quote (void)
{
  AccordWindow *window = open_people (1100, 760);
  AccordBriefingPage *page = accord_test_briefing_page (window);
  GtkWidget *person_page;
  GtkWidget *attribution = NULL;

  for (GtkWidget *w = accord_test_find_label (GTK_WIDGET (window), "Yes, we agree.", TRUE);
       w != NULL && attribution == NULL;
       w = gtk_widget_get_next_sibling (w))
    if (GTK_IS_LABEL (w) && gtk_widget_has_css_class (w, "quote-attribution"))
      attribution = w;
  g_assert_nonnull (attribution);
  follow_link (attribution, "Kim Min-jun");
  g_assert_cmpstr (person_shown (window), ==, "kmj");

  /* Their quote, with the section it stands in; their events by date. */
  person_page = accord_briefing_page_get_person_page (page);
  g_assert_nonnull (accord_test_find_label (person_page, "In “First”", TRUE));
  g_assert_nonnull (accord_test_find_label (person_page, "Talks", TRUE));
  click (find_button_with_label (person_page, "Yes, we agree."));
  accord_test_settle ();
  g_assert_cmpstr (section_shown (window), ==, "first");

  go (window, "win.back");
  g_assert_cmpstr (person_shown (window), ==, "kmj");
  go (window, "win.back");
  g_assert_cmpstr (section_shown (window), ==, "first");

  accord_test_destroy_window (GTK_WINDOW (window));
}

static gboolean
people_list_shown (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (accord_briefing_page_get_people_list (data)));
}

/* The sidebar's People list, the event card's people and an event on a
 * person page, all in the history. */
static void
test_people_from_sidebar (void)
{
  AccordWindow *window = open_people (1100, 760);
  AccordBriefingPage *page = accord_test_briefing_page (window);
  GtkListView *list = accord_briefing_page_get_people_list (page);
  GtkWidget *button;

  accord_briefing_page_show_people_list (page);
  accord_test_wait_until (people_list_shown, page);
  g_assert_nonnull (accord_test_find_label (GTK_WIDGET (list), "Kim Min-jun (김민준)", TRUE));
  g_signal_emit_by_name (list, "activate", 2);
  accord_test_settle ();
  g_assert_cmpstr (person_shown (window), ==, "kim");

  /* Their events, first to last, open on the timeline. */
  click (find_button_with_label (accord_briefing_page_get_person_page (page), "Talks"));
  accord_test_settle ();
  g_assert_cmpstr (accord_briefing_page_get_view (page), ==, "timeline");

  /* On the event card, a person opens their page. */
  button = accord_test_find_label (GTK_WIDGET (accord_briefing_page_get_timeline_page (page)), "Kim Min-jun (김민준)", TRUE);
  g_assert_nonnull (button);
  button = gtk_widget_get_ancestor (button, GTK_TYPE_BUTTON);
  g_assert_nonnull (button);
  click (button);
  accord_test_settle ();
  g_assert_cmpstr (person_shown (window), ==, "kmj");

  go (window, "win.back");
  g_assert_cmpstr (accord_briefing_page_get_view (page), ==, "timeline");
  go (window, "win.back");
  g_assert_cmpstr (person_shown (window), ==, "kim");
  go (window, "win.back");
  g_assert_cmpstr (section_shown (window), ==, "first");

  accord_test_destroy_window (GTK_WINDOW (window));
}

static gboolean
showing_results (gpointer data)
{
  AccordSearchPanelState state = accord_search_panel_get_state (accord_test_search_panel (data));

  return state == ACCORD_SEARCH_PANEL_RESULTS || state == ACCORD_SEARCH_PANEL_NO_RESULTS;
}

/* A search result of kind person opens their page; Back returns to the
 * search, as a browser returns to its results. */
static void
test_people_from_search (void)
{
  AccordWindow *window = open_people (1100, 760);
  AccordSearchPanel *panel = accord_test_search_panel (window);
  GtkWidget *entry;

  accord_window_begin_search (window, NULL);
  accord_test_settle ();
  entry = accord_search_panel_get_entry (panel);
  /* Only the actor's role says "Mayor". */
  gtk_editable_set_text (GTK_EDITABLE (entry), "mayor");
  accord_test_wait_until (showing_results, window);
  g_assert_cmpint (accord_search_panel_get_state (panel), ==, ACCORD_SEARCH_PANEL_RESULTS);
  g_signal_emit_by_name (entry, "activate");
  accord_test_settle ();
  g_assert_cmpstr (person_shown (window), ==, "kmj");

  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  accord_search_panel_set_search_mode (panel, FALSE);
  accord_test_settle ();
  go (window, "win.back");
  g_assert_true (accord_search_panel_get_search_mode (panel));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "mayor");
  go (window, "win.back");
  g_assert_cmpstr (section_shown (window), ==, "first");

  accord_test_destroy_window (GTK_WINDOW (window));
}

static gboolean
is_folded (gpointer data)
{
  return accord_briefing_page_get_folded (accord_test_briefing_page (data));
}

/* Narrow: Back returns to the sidebar first, then goes back in history. */
static void
test_people_narrow (void)
{
  AccordWindow *window = open_people (1100, 760);
  AccordBriefingPage *page = accord_test_briefing_page (window);

  gtk_window_set_default_size (GTK_WINDOW (window), 400, 700);
  accord_test_wait_until (is_folded, window);
  accord_test_settle ();

  accord_briefing_page_show_people_list (page);
  accord_briefing_page_navigate_back (page);
  accord_test_settle ();
  g_assert_false (accord_briefing_page_get_content_shown (page));
  g_signal_emit_by_name (accord_briefing_page_get_people_list (page), "activate", 0);
  accord_test_settle ();
  g_assert_cmpstr (person_shown (window), ==, "tom");
  g_assert_true (accord_briefing_page_get_content_shown (page));

  go (window, "win.back");
  g_assert_false (accord_briefing_page_get_content_shown (page));
  g_assert_cmpstr (person_shown (window), ==, "tom");
  go (window, "win.back");
  g_assert_true (accord_briefing_page_get_content_shown (page));
  g_assert_cmpstr (section_shown (window), ==, "first");

  accord_test_destroy_window (GTK_WINDOW (window));
}

/* A reload (the same file read again) keeps the history and the person. */
static void
test_people_reload_keeps_history (void)
{
  AccordWindow *window = open_people (1100, 760);
  AccordBriefingPage *page = accord_test_briefing_page (window);
  GFile *file = accord_briefing_get_file (accord_window_get_briefing (window));
  g_autoptr(AccordBriefing) again = NULL;
  g_autoptr(GError) error = NULL;
  guint n_places;

  g_assert_true (accord_briefing_page_show_person_id (page, "kmj"));
  accord_test_settle ();
  n_places = accord_history_get_n_places (accord_briefing_page_get_history (page));
  g_assert_cmpuint (n_places, ==, 2);

  again = accord_loader_load_file (file, NULL, NULL, &error);
  g_assert_no_error (error);
  accord_window_set_briefing (window, again);
  accord_test_wait_until (index_ready, window);
  accord_test_settle ();

  g_assert_cmpstr (person_shown (window), ==, "kmj");
  g_assert_true (accord_briefing_page_get_person (page) ==
                 accord_briefing_lookup_actor (again, "kmj"));
  g_assert_cmpuint (accord_history_get_n_places (accord_briefing_page_get_history (page)), ==, n_places);
  go (window, "win.back");
  g_assert_cmpstr (section_shown (window), ==, "first");

  accord_test_destroy_window (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/people-window/from-mention", test_people_from_mention);
  g_test_add_func ("/people-window/from-quote", test_people_from_quote);
  g_test_add_func ("/people-window/from-sidebar", test_people_from_sidebar);
  g_test_add_func ("/people-window/from-search", test_people_from_search);
  g_test_add_func ("/people-window/narrow", test_people_narrow);
  g_test_add_func ("/people-window/reload-keeps-history", test_people_reload_keeps_history);

  return g_test_run ();
}
