/* accord-test-ui.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "accord-test-ui.h"

/* Runs the main loop until @cond holds, failing after a few seconds. */
void
accord_test_wait_until (AccordTestCondition cond,
                        gpointer            data)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (!cond (data))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("timed out waiting for the window");
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

/* Lets the window lay out and draw: a fifth of a second of main loop. */
void
accord_test_settle (void)
{
  gint64 until = g_get_monotonic_time () + 200 * 1000;

  while (g_get_monotonic_time () < until)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

/* Mapped, and laid out at the size the window system gave it: a resize
 * asked for before that is undone when the first configure arrives. */
static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data)) &&
         gtk_widget_get_width (GTK_WIDGET (data)) > 0;
}

/* Presents the window and waits until it is on screen. */
void
accord_test_present (GtkWindow *window)
{
  gtk_window_present (window);
  accord_test_wait_until (is_mapped, window);
}

/* The stylesheet AdwApplication loads for the real program, so that the
 * tests see the window as a reader does. */
static void
load_app_style (void)
{
  static gsize loaded;

  if (g_once_init_enter (&loaded))
    {
      GtkCssProvider *provider = gtk_css_provider_new ();

      gtk_css_provider_load_from_resource (provider, "/io/github/accordapp/Accord/style.css");
      gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                  GTK_STYLE_PROVIDER (provider),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
      g_once_init_leave (&loaded, 1);
    }
}

AccordWindow *
accord_test_new_window (int width,
                        int height)
{
  AccordWindow *window;

  load_app_style ();
  window = accord_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  accord_test_present (GTK_WINDOW (window));

  return window;
}

/* Destroys the window and checks that nothing keeps it alive. */
void
accord_test_destroy_window (GtkWindow *window)
{
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *)&window);
  gtk_window_destroy (window);
  accord_test_settle ();
  g_assert_null (window);
}

/**
 * accord_test_find_label:
 * @shown_only: look only at what is on screen (mapped)
 *
 * The first label under @root whose text is exactly @text: what a reader
 * sees, whichever widget shows it.
 */
GtkWidget *
accord_test_find_label (GtkWidget  *root,
                        const char *text,
                        gboolean    shown_only)
{
  if (shown_only && !gtk_widget_get_mapped (root))
    return NULL;

  if (GTK_IS_LABEL (root) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (root)), text) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = accord_test_find_label (child, text, shown_only);

      if (found != NULL)
        return found;
    }

  return NULL;
}

typedef struct
{
  GtkWidget  *root;
  const char *text;
  GtkWidget  *found;
} LabelSearch;

static gboolean
label_shown (gpointer data)
{
  LabelSearch *search = data;

  search->found = accord_test_find_label (search->root, search->text, TRUE);
  return search->found != NULL;
}

/**
 * accord_test_wait_for_label:
 *
 * Waits (bounded) until a label with @text is on screen under @root, as
 * mapping follows layout and the stacks' transitions; returns it.
 */
GtkWidget *
accord_test_wait_for_label (GtkWidget  *root,
                            const char *text)
{
  LabelSearch search = { root, text, NULL };

  accord_test_wait_until (label_shown, &search);
  return search.found;
}

/* The window's pages, which a test reaches through their public API. */
AccordBriefingPage *
accord_test_briefing_page (AccordWindow *window)
{
  AccordBriefingPage *page = accord_window_get_briefing_page (window);

  g_assert_nonnull (page);
  return page;
}

AccordSectionView *
accord_test_section_view (AccordWindow *window)
{
  return accord_briefing_page_get_section_view (accord_test_briefing_page (window));
}

AccordSearchPanel *
accord_test_search_panel (AccordWindow *window)
{
  return accord_briefing_page_get_search_panel (accord_test_briefing_page (window));
}
