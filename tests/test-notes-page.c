/* test-notes-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Notes view with the 10,000 notes on the bundled briefing:
 * words typed in its search and a colour chosen leave the notes that
 * match, in document order, under their section's title; a note edited
 * changes its own row and no other (the rows on screen stay the same
 * widgets); the first note takes the focus; activated, a note is shown.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "accord-briefing.h"
#include "accord-loader.h"
#include "accord-note-store.h"
#include "accord-notes-page.h"
#include "accord-section.h"
#include "accord-test-ui.h"

#define N_NOTES 10000

/* The first widget of @type under @root; with @css_class if not NULL (the
 * colour dropdown has a list view of its own). */
static GtkWidget *
find_type (GtkWidget  *root,
           GType       type,
           const char *css_class)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) && (css_class == NULL || gtk_widget_has_css_class (root, css_class)))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_type (child, type, css_class);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The rows of the list view, in order: only those it made. */
static GPtrArray *
rows (GtkWidget *list_view)
{
  GPtrArray *array = g_ptr_array_new ();

  for (GtkWidget *child = gtk_widget_get_first_child (list_view); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_get_child_visible (child) && gtk_widget_get_first_child (child) != NULL)
      g_ptr_array_add (array, child);
  return array;
}

/* The texts a row shows, one a line. */
static char *
row_text (GtkWidget *row)
{
  GString *text = g_string_new (NULL);
  GPtrArray *stack = g_ptr_array_new ();

  g_ptr_array_add (stack, row);
  while (stack->len > 0)
    {
      GtkWidget *w = g_ptr_array_steal_index (stack, stack->len - 1);
      g_autoptr(GPtrArray) children = g_ptr_array_new ();

      if (!gtk_widget_get_visible (w))
        continue;
      if (GTK_IS_LABEL (w) && gtk_label_get_text (GTK_LABEL (w))[0] != '\0')
        g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (w)));
      for (GtkWidget *c = gtk_widget_get_first_child (w); c != NULL; c = gtk_widget_get_next_sibling (c))
        g_ptr_array_add (children, c);
      for (guint i = children->len; i > 0; i--)
        g_ptr_array_add (stack, g_ptr_array_index (children, i - 1));
    }
  g_ptr_array_unref (stack);
  return g_string_free (text, FALSE);
}

typedef struct
{
  GtkWidget *list_view;
  guint      n_items;
} WaitCount;

static gboolean
count_is (gpointer data)
{
  WaitCount *w = data;
  g_autoptr(GPtrArray) shown = rows (w->list_view);

  return g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (w->list_view)))) == w->n_items
         && (w->n_items == 0 || shown->len > 0);
}

typedef struct
{
  GtkWidget  *list_view;
  const char *text;
} WaitText;

static gboolean
list_shows (gpointer data)
{
  WaitText *w = data;
  g_autoptr(GPtrArray) shown = rows (w->list_view);

  for (guint i = 0; i < shown->len; i++)
    {
      g_autofree char *text = row_text (g_ptr_array_index (shown, i));
      if (strstr (text, w->text) != NULL)
        return TRUE;
    }
  return FALSE;
}

static int
compare_in (gconstpointer a,
            gconstpointer b,
            gpointer      briefing)
{
  return accord_note_compare (*(AccordNote **) a, *(AccordNote **) b, briefing);
}

static void
on_note_activated (AccordNotesPage *page,
                   AccordNote      *note,
                   AccordNote     **activated)
{
  *activated = note;
}

static void
test_ten_thousand (void)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "..", "..", "data", "briefings",
                                            "canada-korea-2026.briefing.json", NULL);
  g_autofree char *dir = g_dir_make_tmp ("accord-notes-page-XXXXXX", NULL);
  g_autofree char *notes_path = g_build_filename (dir, "notes.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) notes_file = g_file_new_for_path (notes_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordBriefing) briefing = accord_loader_load_file (file, path, NULL, &error);
  g_autoptr(AccordNoteStore) store = accord_note_store_new (notes_file);
  g_autoptr(GPtrArray) matching = g_ptr_array_new ();
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *first_text = NULL;
  GListModel *sections;
  GtkWidget *window, *page, *list_view, *entry, *dropdown, *focus;
  AccordNote *edited, *activated = NULL;
  WaitCount wait;
  guint n_pink = 0;

  g_assert_no_error (error);
  sections = accord_briefing_get_all_sections (briefing);

  /* Each note on a paragraph of a section, in turn, a few words long. */
  for (guint i = 0; i < N_NOTES; i++)
    {
      g_autoptr(AccordSection) section = g_list_model_get_item (sections, i % g_list_model_get_n_items (sections));
      const char * const *body = accord_section_get_body (section);
      guint n_body = body != NULL ? g_strv_length ((char **) body) : 0;
      g_autoptr(AccordNote) note = NULL;
      g_autofree char *text = g_strdup_printf ("Reader's note %05u", i);
      guint index = n_body > 0 ? (i / 7) % n_body : 0;
      glong length = n_body > 0 ? g_utf8_strlen (body[index], -1) : 0;
      glong start = length > 20 ? (i * 13) % (length - 20) : 0;

      if (n_body > 0)
        note = accord_note_new (ACCORD_NOTE_TARGET_SECTION, accord_section_get_id (section),
                                ACCORD_NOTE_FIELD_BODY, index, body[index], start, MIN (start + 20, length));
      else
        note = accord_note_new (ACCORD_NOTE_TARGET_SECTION, accord_section_get_id (section),
                                NULL, 0, NULL, 0, 0);
      accord_note_store_add (store, note);
      accord_note_store_update (store, note, text, i % ACCORD_NOTE_N_COLOURS);
      /* "note 0420" matches 04200 to 04209: in no passage or title. */
      if (i / 10 == 420)
        g_ptr_array_add (matching, note);
    }
  accord_note_store_anchor (store, briefing);
  g_ptr_array_sort_with_data (matching, compare_in, briefing);

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 800, 900);
  page = accord_notes_page_new ();
  g_signal_connect (page, "note-activated", G_CALLBACK (on_note_activated), &activated);
  gtk_window_set_child (GTK_WINDOW (window), page);
  accord_notes_page_set_notes (ACCORD_NOTES_PAGE (page), store, briefing);
  accord_test_present (GTK_WINDOW (window));
  list_view = find_type (page, GTK_TYPE_LIST_VIEW, "notes-list");
  entry = find_type (page, GTK_TYPE_SEARCH_ENTRY, NULL);
  dropdown = find_type (page, GTK_TYPE_DROP_DOWN, NULL);

  /* All of them listed; only those on screen have rows. */
  wait = (WaitCount) { list_view, N_NOTES };
  accord_test_wait_until (count_is, &wait);
  before = rows (list_view);
  g_assert_cmpuint (before->len, >, 0);
  g_assert_cmpuint (before->len, <, 200);
  g_clear_pointer (&before, g_ptr_array_unref);

  /* The first note takes the focus. */
  accord_notes_page_focus (ACCORD_NOTES_PAGE (page));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, list_view));
  {
    g_autoptr(GPtrArray) shown = rows (list_view);
    g_assert_true (focus == g_ptr_array_index (shown, 0));
  }

  /* Words typed: the ten notes that have them, in document order, the
   * first under its section's title. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "NOTE 0420");
  wait.n_items = 10;
  accord_test_wait_until (count_is, &wait);
  accord_test_settle ();
  before = rows (list_view);
  /* Those on screen have rows. */
  g_assert_cmpuint (before->len, >=, 4);
  g_assert_cmpuint (before->len, <=, 10);
  first_text = row_text (g_ptr_array_index (before, 0));
  {
    AccordNote *first = g_ptr_array_index (matching, 0);
    g_autofree char *expected = g_strdup_printf ("%s\n", accord_note_get_body (first));

    const char *title = accord_note_get_target_title (first);

    g_assert_nonnull (title);
    g_assert_true (g_str_has_prefix (first_text, title));
    g_assert_nonnull (strstr (first_text, expected));
  }
  /* The focus on the first note shown, as Alt+3 puts it. */
  accord_notes_page_focus (ACCORD_NOTES_PAGE (page));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == g_ptr_array_index (before, 0));
  for (guint i = 0; i < before->len; i++)
    {
      g_autofree char *text = row_text (g_ptr_array_index (before, i));
      g_assert_nonnull (strstr (text, accord_note_get_body (g_ptr_array_index (matching, i))));
      g_ptr_array_add (texts, g_steal_pointer (&text));
    }

  /* One note edited, as each keystroke in the popover does: its row says
   * so; every row is the same widget as before, the others unchanged. */
  edited = g_ptr_array_index (matching, 3);
  accord_note_store_update (store, edited, "Reader's note 0420x, edited", ACCORD_NOTE_COLOUR_GREEN);
  {
    WaitText w = { list_view, "Reader's note 0420x, edited" };
    accord_test_wait_until (list_shows, &w);
  }
  after = rows (list_view);
  g_assert_cmpuint (after->len, ==, before->len);
  for (guint i = 0; i < after->len; i++)
    {
      g_autofree char *text = row_text (g_ptr_array_index (after, i));

      g_assert_true (g_ptr_array_index (after, i) == g_ptr_array_index (before, i));
      if (i != 3)
        g_assert_cmpstr (text, ==, g_ptr_array_index (texts, i));
      else
        g_assert_cmpstr (text, !=, g_ptr_array_index (texts, i));
    }

  /* Activated, a note is shown. */
  g_assert_true (gtk_widget_activate_action (list_view, "list.activate-item", "u", 2));
  g_assert_true (activated == g_ptr_array_index (matching, 2));

  /* The colour: every pink note, with the words gone. */
  for (guint i = 0; i < N_NOTES; i++)
    {
      g_autoptr(AccordNote) note = g_list_model_get_item (G_LIST_MODEL (store), i);
      n_pink += accord_note_get_colour (note) == ACCORD_NOTE_COLOUR_PINK;
    }
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), 1 + ACCORD_NOTE_COLOUR_PINK);
  wait.n_items = n_pink;
  accord_test_wait_until (count_is, &wait);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), 0);
  wait.n_items = N_NOTES;
  accord_test_wait_until (count_is, &wait);

  gtk_window_destroy (GTK_WINDOW (window));
  accord_test_settle ();
  g_unlink (notes_path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/notes-page/ten-thousand", test_ten_thousand);

  return g_test_run ();
}
