/* test-notes-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reader's notes in the real window: select a passage, highlight it
 * (the action Ctrl+H and the label's menu run), choose a colour and write
 * a note in the popover; the highlight is drawn on the passage's bytes;
 * the notes file has it; a new window on the same briefing finds it, in
 * the section and on the Notes view; the briefing edited underneath moves
 * the highlight with its passage, and a passage deleted leaves the note
 * listed as no longer in the briefing.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "accord-briefing.h"
#include "accord-briefing-page.h"
#include "accord-event.h"
#include "accord-note-popover.h"
#include "accord-note-store.h"
#include "accord-search-panel.h"
#include "accord-section.h"
#include "accord-section-view.h"
#include "accord-test-ui.h"

#define PASSAGE "setting the legal framework"
#define NOTE_TEXT "Check this against the joint statement."
#define PINK 0xf7b2d3

static GtkWidget *
find_widget (GtkWidget   *root,
             gboolean   (*match) (GtkWidget *, gconstpointer),
             gconstpointer data)
{
  if (match (root, data))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, match, data);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_label_containing (GtkWidget    *widget,
                     gconstpointer text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget)
         && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL;
}

static gboolean
is_type (GtkWidget    *widget,
         gconstpointer type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

static gboolean
is_named (GtkWidget    *widget,
          gconstpointer name)
{
  return GTK_IS_TOGGLE_BUTTON (widget)
         && g_strcmp0 (gtk_widget_get_tooltip_text (widget), name) == 0;
}

/* The byte where the label's text has a background of @rgb, or -1. */
static int
background_at (GtkLabel *label,
               guint32   rgb,
               int      *end)
{
  PangoAttrList *attrs = gtk_label_get_attributes (label);
  GSList *list;
  int found = -1;

  if (attrs == NULL)
    return -1;
  list = pango_attr_list_get_attributes (attrs);
  for (GSList *l = list; l != NULL; l = l->next)
    {
      PangoAttribute *attr = l->data;

      if (attr->klass->type == PANGO_ATTR_BACKGROUND)
        {
          PangoColor *c = &((PangoAttrColor *) attr)->color;
          if ((guint32) (((c->red >> 8) << 16) | ((c->green >> 8) << 8) | (c->blue >> 8)) == rgb)
            {
              found = attr->start_index;
              *end = attr->end_index;
            }
        }
    }
  g_slist_free_full (list, (GDestroyNotify) pango_attribute_destroy);
  return found;
}

typedef struct
{
  AccordWindow *window;
  const char   *text;
} Wait;

static gboolean
is_not_loading (gpointer data)
{
  return g_strcmp0 (accord_window_get_visible_page (ACCORD_WINDOW (data)), "loading") != 0;
}

static gboolean
label_shown (gpointer data)
{
  Wait *w = data;
  return find_widget (GTK_WIDGET (w->window), is_label_containing, w->text) != NULL;
}

static gboolean
is_active (gpointer data)
{
  return gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (data));
}

static gboolean
popover_shown (gpointer data)
{
  GtkWidget *popover = find_widget (GTK_WIDGET (data), is_type, GSIZE_TO_POINTER (ACCORD_TYPE_NOTE_POPOVER));
  return popover != NULL && gtk_widget_get_mapped (popover);
}

static gboolean
file_has_note (gpointer data)
{
  g_autofree char *contents = NULL;

  return g_file_get_contents (data, &contents, NULL, NULL) && strstr (contents, NOTE_TEXT) != NULL;
}

static GtkLabel *
passage_label (AccordWindow *window,
               const char   *text)
{
  Wait w = { window, text };

  accord_test_wait_until (label_shown, &w);
  return GTK_LABEL (find_widget (GTK_WIDGET (accord_test_section_view (window)), is_label_containing, text));
}

typedef struct
{
  AccordWindow *window;
  const char   *text;
  int           start;  /* the byte expected */
} WaitHighlight;

static gboolean
highlight_at (gpointer data)
{
  WaitHighlight *w = data;
  GtkWidget *label = find_widget (GTK_WIDGET (accord_test_section_view (w->window)), is_label_containing, w->text);
  int end;

  return label != NULL && background_at (GTK_LABEL (label), PINK, &end) == w->start;
}

static AccordBriefing *old_briefing;

static gboolean
briefing_changed (gpointer data)
{
  return accord_window_get_briefing (ACCORD_WINDOW (data)) != old_briefing;
}

static AccordWindow *
open_window (GFile *file)
{
  AccordWindow *window = accord_test_new_window (1100, 760);

  accord_window_open_file (window, file);
  accord_test_wait_until (is_not_loading, window);
  g_assert_true (accord_window_select_section (window, "signing"));
  accord_test_settle ();
  return window;
}

static void
test_notes_window (void)
{
  g_autofree char *bundled = g_build_filename (TEST_DATA_DIR, "..", "..", "data", "briefings",
                                               "canada-korea-2026.briefing.json", NULL);
  g_autofree char *dir = g_dir_make_tmp ("accord-notes-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "notes.briefing.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) notes_file = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GString) edited = NULL;
  AccordWindow *window;
  GtkWidget *popover, *view, *pink;
  GtkLabel *label;
  const char *p;
  WaitHighlight wait = { NULL, PASSAGE, 0 };
  int start, end;

  g_assert_true (g_file_get_contents (bundled, &text, NULL, NULL));
  g_assert_true (g_file_set_contents (path, text, -1, NULL));

  /* Select the passage and highlight it. */
  window = open_window (file);
  notes_file = accord_notes_dup_file_for_briefing (accord_window_get_briefing (window));
  label = passage_label (window, PASSAGE);
  p = strstr (gtk_label_get_text (label), PASSAGE);
  start = g_utf8_pointer_to_offset (gtk_label_get_text (label), p);
  gtk_label_select_region (label, start, start + strlen (PASSAGE));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (label), "notes.highlight", NULL));
  accord_test_wait_until (popover_shown, window);

  /* Pink, with a note, as a person picks and types them. */
  popover = find_widget (GTK_WIDGET (window), is_type, GSIZE_TO_POINTER (ACCORD_TYPE_NOTE_POPOVER));
  pink = find_widget (popover, is_named, "Pink");
  g_assert_nonnull (pink);
  /* A button activated clicks once its press is shown. */
  gtk_widget_activate (pink);
  accord_test_wait_until (is_active, pink);
  view = find_widget (popover, is_type, GSIZE_TO_POINTER (GTK_TYPE_TEXT_VIEW));
  g_assert_true (gtk_widget_has_focus (view));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), NOTE_TEXT, -1);
  gtk_popover_popdown (GTK_POPOVER (popover));
  accord_test_settle ();

  /* Drawn on the passage's bytes, and saved when the popover closed. */
  wait.window = window;
  wait.start = p - gtk_label_get_text (label);
  accord_test_wait_until (highlight_at, &wait);
  g_assert_cmpint (background_at (label, PINK, &end), ==, wait.start);
  g_assert_cmpint (end, ==, wait.start + (int) strlen (PASSAGE));
  g_assert_true (file_has_note ((gpointer) g_file_peek_path (notes_file)));
  accord_test_destroy_window (GTK_WINDOW (window));

  /* Another window on the briefing finds it, in the section and listed. */
  window = open_window (file);
  wait.window = window;
  accord_test_wait_until (highlight_at, &wait);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "notes"));
  {
    Wait w = { window, NOTE_TEXT };
    accord_test_wait_until (label_shown, &w);
  }

  /* The window's search finds it, in a group of its own. */
  accord_window_begin_search (window, "joint against");
  {
    Wait w = { window, "My Notes (1)" };
    accord_test_wait_until (label_shown, &w);
    g_assert_nonnull (find_widget (GTK_WIDGET (accord_test_search_panel (window)), is_label_containing, NOTE_TEXT));
  }

  /* Words added before the passage: the highlight moves with it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "section"));
  edited = g_string_new (text);
  g_assert_cmpuint (g_string_replace (edited, "Wednesday, 25 February 2026, " PASSAGE,
                                      "Wednesday, 25 February 2026, after long talks, " PASSAGE, 0), ==, 1);
  g_assert_true (g_file_set_contents (path, edited->str, -1, NULL));
  wait.start += strlen ("after long talks, ");
  old_briefing = accord_window_get_briefing (window);
  accord_test_wait_until (briefing_changed, window);
  accord_test_wait_until (highlight_at, &wait);

  /* The passage deleted: no highlight; the note is kept, and said so. */
  g_string_replace (edited, PASSAGE, "establishing a framework", 0);
  g_assert_true (g_file_set_contents (path, edited->str, -1, NULL));
  {
    Wait w = { window, "establishing a framework" };
    accord_test_wait_until (label_shown, &w);
  }
  label = passage_label (window, "establishing a framework");
  g_assert_cmpint (background_at (label, PINK, &end), ==, -1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "notes"));
  {
    Wait w = { window, "No longer in the briefing" };
    accord_test_wait_until (label_shown, &w);
    w.text = NOTE_TEXT;
    g_assert_true (label_shown (&w));
  }

  accord_test_destroy_window (GTK_WINDOW (window));
  g_unlink (path);
  g_rmdir (dir);
}

typedef struct
{
  char *text;
  char *html;
  int   pending;
} Clip;

static void
on_text_read (GObject      *source,
              GAsyncResult *result,
              gpointer      data)
{
  Clip *clip = data;

  clip->text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);
  clip->pending--;
}

static void
on_html_read (GObject      *source,
              GAsyncResult *result,
              gpointer      data)
{
  Clip *clip = data;
  g_autoptr(GInputStream) stream = gdk_clipboard_read_finish (GDK_CLIPBOARD (source), result, NULL, NULL);
  g_autoptr(GBytes) bytes = stream != NULL ? g_input_stream_read_bytes (stream, 65536, NULL, NULL) : NULL;

  clip->html = bytes != NULL ? g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes)) : NULL;
  clip->pending--;
}

static gboolean
clip_read (gpointer data)
{
  return ((Clip *) data)->pending == 0;
}

/* A passage of a quote copied with its citation: the speaker, the
 * organization, the briefing and the section, as text and as HTML. */
static void
test_copy_citation (void)
{
  static const char *mime_types[] = { "text/html", NULL };
  AccordWindow *window = accord_test_new_window (1100, 760);
  GtkLabel *label;
  GdkClipboard *clipboard;
  const char *p;
  Clip clip = { NULL, NULL, 2 };
  int start;

  accord_window_open_bundled (window);
  accord_test_wait_until (is_not_loading, window);
  g_assert_true (accord_window_select_section (window, "roundtable"));
  accord_test_settle ();

  label = passage_label (window, "has the potential to serve as a model");
  p = strstr (gtk_label_get_text (label), "a model for middle-power alignment");
  start = g_utf8_pointer_to_offset (gtk_label_get_text (label), p);
  gtk_label_select_region (label, start, start + g_utf8_strlen ("a model for middle-power alignment", -1));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (label), "notes.copy-citation", NULL));

  clipboard = gtk_widget_get_clipboard (GTK_WIDGET (label));
  gdk_clipboard_read_text_async (clipboard, NULL, on_text_read, &clip);
  gdk_clipboard_read_async (clipboard, mime_types, G_PRIORITY_DEFAULT, NULL, on_html_read, &clip);
  accord_test_wait_until (clip_read, &clip);

  g_assert_cmpstr (clip.text, ==,
                   "“a model for middle-power alignment” — Jeehye Kim, Asia Pacific Foundation of Canada, "
                   "in “Canada–Korea defence agreement”, Expert view — the December roundtable "
                   "(source: Canada and South Korea enter defense agreement due to ‘unpredictable global order’)");
  g_assert_nonnull (clip.html);
  g_assert_true (g_str_has_prefix (clip.html, "<p>“a model for middle-power alignment” — Jeehye Kim"));

  g_free (clip.text);
  g_free (clip.html);
  accord_test_destroy_window (GTK_WINDOW (window));
}

/* A note on an event, written from its card on the timeline. */
static void
test_event_note (void)
{
  AccordWindow *window = accord_test_new_window (1100, 760);
  AccordBriefing *briefing;
  AccordEvent *event;
  GtkWidget *label, *button, *popover, *view;

  accord_window_open_bundled (window);
  accord_test_wait_until (is_not_loading, window);
  briefing = accord_window_get_briefing (window);
  event = g_list_model_get_item (accord_briefing_get_timeline (briefing), 0);
  g_object_unref (event);
  accord_window_show_event (window, event);
  {
    Wait w = { window, "Write a Note" };
    accord_test_wait_until (label_shown, &w);
  }
  label = find_widget (GTK_WIDGET (window), is_label_containing, "Write a Note");
  button = gtk_widget_get_ancestor (label, GTK_TYPE_BUTTON);
  g_assert_true (gtk_widget_is_sensitive (button));
  gtk_widget_activate (button);
  accord_test_wait_until (popover_shown, window);

  popover = find_widget (GTK_WIDGET (window), is_type, GSIZE_TO_POINTER (ACCORD_TYPE_NOTE_POPOVER));
  view = find_widget (popover, is_type, GSIZE_TO_POINTER (GTK_TYPE_TEXT_VIEW));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), "Ask who attended.", -1);
  gtk_popover_popdown (GTK_POPOVER (popover));
  accord_test_settle ();

  /* Listed under the event's title. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "notes"));
  {
    Wait w = { window, "Ask who attended." };
    accord_test_wait_until (label_shown, &w);
    w.text = accord_event_get_title (event);
    g_assert_true (label_shown (&w));
  }

  accord_test_destroy_window (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = g_dir_make_tmp ("accord-notes-data-XXXXXX", NULL);
  g_autoptr(AdwApplication) app = NULL;
  int status;

  /* The reader's own notes are never touched by a test. */
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* Notes are kept per application: this one is the default. */
  app = adw_application_new ("io.github.accordapp.Accord.TestNotes", G_APPLICATION_NON_UNIQUE);

  g_test_add_func ("/notes-window/highlight-reopen-edit", test_notes_window);
  g_test_add_func ("/notes-window/copy-citation", test_copy_citation);
  g_test_add_func ("/notes-window/event-note", test_event_note);

  status = g_test_run ();
  return status;
}
