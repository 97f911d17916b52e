/* test-window-shown.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window as a person meets it: keys sent as key events through the X
 * server (xdotool, XTest), highlights checked at the offsets of the match
 * in the text shown, the export dialog opened by its action on a briefing
 * with markup in its titles and driven through its own buttons and the
 * file chooser, down to the PDF on disk.
 */

#include "config.h"

#include <adwaita.h>
#include <gdk/x11/gdkx.h>
#include <glib/gstdio.h>
#include <string.h>

#include "accord-application.h"
#include "accord-briefing.h"
#include "accord-export-dialog.h"
#include "accord-search.h"
#include "accord-section.h"
#include "accord-section-view.h"
#include "accord-test-ui.h"
#include "accord-window.h"

/* Says what it waits for, so that a timeout names it. */
#define wait_until(cond, data) \
  G_STMT_START { \
    g_test_message ("waiting until %s", #cond); \
    accord_test_wait_until (cond, data); \
  } G_STMT_END

/* Sends @keys (xdotool's names, separated by spaces: "ctrl+f", "n a v")
 * to @window as real key presses and releases, after giving it the
 * keyboard focus. */
static void
send_keys (GtkWidget  *window,
           const char *keys)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  g_autofree char *xid = g_strdup_printf ("%lu", (gulong) gdk_x11_surface_get_xid (surface));
  g_auto(GStrv) names = g_strsplit (keys, " ", -1);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_ptr_array_add (argv, (char *) "xdotool");
  g_ptr_array_add (argv, (char *) "windowfocus");
  g_ptr_array_add (argv, (char *) "--sync");
  g_ptr_array_add (argv, xid);
  g_ptr_array_add (argv, (char *) "key");
  g_ptr_array_add (argv, (char *) "--clearmodifiers");
  for (guint i = 0; names[i] != NULL; i++)
    g_ptr_array_add (argv, names[i]);
  g_ptr_array_add (argv, NULL);

  /* Its output is kept off the TAP stream. */
  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH,
                NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  if (error != NULL)
    g_error ("xdotool %s: %s%s", keys, out, err);
}

static gboolean
have_xdotool (void)
{
  g_autofree char *path = g_find_program_in_path ("xdotool");

  if (path == NULL)
    g_test_skip ("xdotool is not installed");
  return path != NULL;
}

/* Asserts that @label's attributes mark exactly the places where @needle
 * (ASCII, any case) occurs in the text it shows, and nothing else. */
static void
assert_highlights_match (GtkLabel   *label,
                         const char *needle)
{
  const char *text = gtk_label_get_text (label);
  PangoAttrList *attrs = gtk_label_get_attributes (label);
  g_autofree char *folded = g_ascii_strdown (text, -1);
  g_autofree char *folded_needle = g_ascii_strdown (needle, -1);
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree gboolean *marked = NULL;
  GSList *list;

  for (const char *p = strstr (folded, folded_needle); p != NULL; p = strstr (p + 1, folded_needle))
    {
      guint start = p - folded;

      g_array_append_val (starts, start);
    }
  g_assert_cmpuint (starts->len, >, 0);
  g_assert_nonnull (attrs);

  list = pango_attr_list_get_attributes (attrs);
  marked = g_new0 (gboolean, starts->len);
  for (GSList *l = list; l != NULL; l = l->next)
    {
      PangoAttribute *attr = l->data;
      gboolean at_match = FALSE;

      for (guint i = 0; i < starts->len; i++)
        if (attr->start_index == g_array_index (starts, guint, i) &&
            attr->end_index == g_array_index (starts, guint, i) + strlen (needle))
          {
            at_match = TRUE;
            marked[i] = TRUE;
          }
      if (!at_match)
        g_error ("a highlight covers bytes %u–%u of “%s”, not “%s”",
                 attr->start_index, attr->end_index, text, needle);
    }
  g_slist_free_full (list, (GDestroyNotify) pango_attribute_destroy);

  /* Every occurrence is marked (by two or three attributes: the current
   * match has one more). */
  for (guint i = 0; i < starts->len; i++)
    g_assert_true (marked[i]);
}

static gboolean
index_ready (gpointer data)
{
  return accord_search_panel_get_ready (accord_test_search_panel (data));
}

static gboolean
search_open (gpointer data)
{
  return accord_search_panel_get_search_mode (accord_test_search_panel (data));
}

static gboolean
entry_focused (gpointer data)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (data));
  GtkWidget *entry = GTK_WIDGET (accord_search_panel_get_entry (accord_test_search_panel (data)));

  /* The focus moves before the search bar has shown the entry, and keys
   * sent to an entry that is not yet mapped are lost. */
  return focus != NULL && (focus == entry || gtk_widget_is_ancestor (focus, entry)) &&
         gtk_widget_get_mapped (entry) && gtk_widget_get_width (entry) > 0;
}

static gboolean
search_closed (gpointer data)
{
  return !accord_search_panel_get_search_mode (accord_test_search_panel (data));
}

static gboolean
showing_results (gpointer data)
{
  AccordSearchPanelState state = accord_search_panel_get_state (accord_test_search_panel (data));

  return state == ACCORD_SEARCH_PANEL_RESULTS || state == ACCORD_SEARCH_PANEL_NO_RESULTS;
}

static gboolean
on_roundtable (gpointer data)
{
  AccordSection *section = accord_window_get_section (data);

  return section != NULL && g_str_equal (accord_section_get_id (section), "roundtable");
}

static gboolean
at_second_match (gpointer data)
{
  return g_strcmp0 (accord_search_panel_get_match_text (accord_test_search_panel (data)), "2 of 2") == 0;
}

/* Ctrl+F, typing, Enter, Ctrl+G and Escape as key events; the highlights
 * at the offsets of the match in the text the label shows. */
static void
test_search_keys_and_highlights (void)
{
  const char *key_point = "Gaps in capabilities on both sides, especially naval capacity.";
  AccordWindow *window;
  GtkWidget *label;

  if (!have_xdotool ())
    return;

  window = accord_test_new_window (1100, 760);
  accord_window_open_bundled (window);
  wait_until (index_ready, window);
  g_assert_true (accord_window_select_section (window, "signing"));
  accord_test_settle ();

  send_keys (GTK_WIDGET (window), "ctrl+f");
  wait_until (search_open, window);

  /* Typing goes where the focus is: wait for it to reach the entry. */
  wait_until (entry_focused, window);
  send_keys (GTK_WIDGET (window), "n a v a l");
  wait_until (showing_results, window);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (accord_search_panel_get_entry (accord_test_search_panel (window)))),
                   ==, "naval");
  g_assert_cmpint (accord_search_panel_get_state (accord_test_search_panel (window)), ==, ACCORD_SEARCH_PANEL_RESULTS);

  send_keys (GTK_WIDGET (window), "Return");
  wait_until (on_roundtable, window);
  accord_test_settle ();
  g_assert_cmpuint (accord_section_view_get_n_matches (accord_test_section_view (window)), ==, 2);
  label = accord_section_view_find_label (accord_test_section_view (window), key_point);
  g_assert_nonnull (label);
  g_assert_true (gtk_widget_get_mapped (label));
  assert_highlights_match (GTK_LABEL (label), "naval");
  g_assert_cmpstr (accord_search_panel_get_match_text (accord_test_search_panel (window)), ==, "1 of 2");

  send_keys (GTK_WIDGET (window), "ctrl+g");
  wait_until (at_second_match, window);

  /* Enter left the focus on the match in the section, where neither
   * Escape nor (today) Ctrl+F reaches the search: the focus is put back in
   * the entry, where Escape closes it. */
  gtk_widget_grab_focus (GTK_WIDGET (accord_search_panel_get_entry (accord_test_search_panel (window))));
  wait_until (entry_focused, window);
  send_keys (GTK_WIDGET (window), "Escape");
  wait_until (search_closed, window);
  accord_test_settle ();
  g_assert_null (gtk_label_get_attributes (GTK_LABEL (label)));

  accord_test_destroy_window (GTK_WINDOW (window));
}

/* Every label under @widget, depth first. */
static void
collect_labels (GtkWidget *widget,
                GPtrArray *labels)
{
  if (GTK_IS_LABEL (widget))
    g_ptr_array_add (labels, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, labels);
}

static GtkWidget *
find_label (GtkWidget  *root,
            const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect_labels (root, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_text (labels->pdata[i]), text) == 0)
      return labels->pdata[i];
  return NULL;
}

/* The widget of type @type that is an ancestor of the label showing @text. */
static GtkWidget *
find_by_label (GtkWidget  *root,
               const char *text,
               GType       type)
{
  GtkWidget *label = find_label (root, text);

  g_assert_nonnull (label);
  return gtk_widget_get_ancestor (label, type);
}

/* The check button in the row titled @title. */
static GtkWidget *
row_check (GtkWidget  *root,
           const char *title)
{
  GtkWidget *row = find_by_label (root, title, ADW_TYPE_PREFERENCES_ROW);
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();

  g_assert_nonnull (row);
  g_ptr_array_add (stack, row);
  while (stack->len > 0)
    {
      GtkWidget *w = g_ptr_array_steal_index (stack, stack->len - 1);

      if (GTK_IS_CHECK_BUTTON (w))
        return w;
      for (GtkWidget *c = gtk_widget_get_first_child (w); c != NULL; c = gtk_widget_get_next_sibling (c))
        g_ptr_array_add (stack, c);
    }
  g_assert_not_reached ();
}

static GtkWindow *
find_toplevel (GType type)
{
  g_autoptr(GListModel) toplevels = gtk_window_get_toplevels ();

  g_object_ref (toplevels);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (w, type) && gtk_widget_get_mapped (GTK_WIDGET (w)))
        return w;
    }
  return NULL;
}

static gboolean
export_dialog_shown (gpointer data)
{
  return find_toplevel (ACCORD_TYPE_EXPORT_DIALOG) != NULL;
}

G_GNUC_BEGIN_IGNORE_DEPRECATIONS
static gboolean
chooser_shown (gpointer data)
{
  return find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG) != NULL;
}
G_GNUC_END_IGNORE_DEPRECATIONS

static gboolean
export_dialog_gone (gpointer data)
{
  return find_toplevel (ACCORD_TYPE_EXPORT_DIALOG) == NULL;
}

static gboolean
file_complete (gpointer data)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (data, &contents, &length, NULL))
    return FALSE;
  return length > 16 && g_str_has_prefix (contents, "%PDF-") &&
         g_strstr_len (contents + length - 16, 16, "%%EOF") != NULL;
}

static gboolean
briefing_shown (gpointer data)
{
  return g_strcmp0 (accord_window_get_visible_page (data), "briefing") == 0;
}

/* Opened by its action on a briefing whose titles hold markup: the titles
 * shown literally; then PDF, the chosen section, Export…, the file
 * chooser's Export, and the PDF on disk. */
static void
test_export_dialog_markup (void)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "window", "markup.briefing.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *dir = g_dir_make_tmp ("accord-test-shown-XXXXXX", NULL);
  g_autofree char *target = g_build_filename (dir, "markup.pdf", NULL);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  AccordWindow *window = accord_test_new_window (1100, 760);
  GtkWindow *dialog;
  GtkWindow *chooser;
  GtkWidget *button;
  GtkWidget *title;

  accord_window_open_file (window, file);
  wait_until (briefing_shown, window);
  accord_test_settle ();

  gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL);
  wait_until (export_dialog_shown, NULL);
  dialog = find_toplevel (ACCORD_TYPE_EXPORT_DIALOG);
  accord_test_settle ();

  /* Choosing sections shows a row per section, titled literally. */
  gtk_widget_activate (row_check (GTK_WIDGET (dialog), "Chosen Sections"));
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (find_by_label (GTK_WIDGET (dialog), "Chosen Sections",
                                                                 ADW_TYPE_EXPANDER_ROW)), TRUE);
  accord_test_settle ();
  collect_labels (GTK_WIDGET (dialog), labels);
  title = NULL;
  for (guint i = 0; i < labels->len; i++)
    {
      const char *text = gtk_label_get_text (labels->pdata[i]);

      /* Parsed as markup, the title would show as "Tom & Jerry" (or
       * nothing, with a warning). */
      g_assert_cmpstr (text, !=, "Tom & Jerry");
      if (g_str_equal (text, "<b>Tom & Jerry</b>") && gtk_widget_get_mapped (labels->pdata[i]) &&
          gtk_widget_get_ancestor (labels->pdata[i], ADW_TYPE_EXPANDER_ROW) != NULL)
        title = labels->pdata[i];
    }
  g_assert_nonnull (title);

  gtk_widget_activate (row_check (GTK_WIDGET (dialog), "<b>Tom & Jerry</b>"));
  gtk_widget_activate (row_check (GTK_WIDGET (dialog), "PDF Document"));
  accord_test_settle ();

  /* Its own Export… button, then the file chooser's. */
  g_assert_cmpint (g_chdir (dir), ==, 0);
  button = find_by_label (GTK_WIDGET (dialog), "Export…", GTK_TYPE_BUTTON);
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  gtk_widget_activate (button);
  wait_until (chooser_shown, NULL);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  chooser = find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  /* The chooser opens in the working folder, which the test made the
   * temporary one: only the name is typed. */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "markup.pdf");
  accord_test_settle ();
  gtk_widget_activate (find_by_label (GTK_WIDGET (chooser), "Export", GTK_TYPE_BUTTON));
  G_GNUC_END_IGNORE_DEPRECATIONS

  wait_until (file_complete, target);
  wait_until (export_dialog_gone, NULL);

  accord_test_destroy_window (GTK_WINDOW (window));
  g_assert_cmpint (g_chdir (g_get_tmp_dir ()), ==, 0);
  g_assert_cmpint (g_unlink (target), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* The Shell's calls to the search provider, made over D-Bus to an
 * application running in this process, so that the windows they open can
 * be looked at. */
typedef struct
{
  GDBusConnection *client;
  GVariant        *reply;
  GError          *error;
} Call;

static void
on_call_done (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  Call *call = user_data;

  call->reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, &call->error);
}

static gboolean
call_done (gpointer data)
{
  Call *call = data;

  return call->reply != NULL || call->error != NULL;
}

static GVariant *
provider_call (GDBusConnection    *client,
               const char         *method,
               GVariant           *parameters,
               const GVariantType *reply_type)
{
  Call call = { client, NULL, NULL };

  g_dbus_connection_call (client, "io.github.accordapp.Accord",
                          "/io/github/accordapp/Accord/SearchProvider",
                          "org.gnome.Shell.SearchProvider2", method, parameters, reply_type,
                          G_DBUS_CALL_FLAGS_NONE, -1, NULL, on_call_done, &call);
  wait_until (call_done, &call);
  g_assert_no_error (call.error);
  return call.reply;
}

static AccordWindow *
app_window (AccordApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  return ACCORD_IS_WINDOW (window) && gtk_widget_get_mapped (GTK_WIDGET (window))
    ? ACCORD_WINDOW (window) : NULL;
}

static gboolean
window_on_roundtable (gpointer data)
{
  AccordWindow *window = app_window (data);

  return window != NULL && briefing_shown (window) && on_roundtable (window);
}

static gboolean
window_searching (gpointer data)
{
  AccordWindow *window = app_window (data);

  return window != NULL && briefing_shown (window) && index_ready (window) &&
         search_open (window) && accord_search_panel_get_state (accord_test_search_panel (window)) == ACCORD_SEARCH_PANEL_RESULTS;
}

static void
test_search_provider (void)
{
  g_autoptr(AccordApplication) app = accord_application_new ();
  g_autoptr(GDBusConnection) client = NULL;
  g_autoptr(GVariant) initial = NULL;
  g_autoptr(GVariant) narrower = NULL;
  g_autoptr(GVariant) none = NULL;
  g_autoptr(GVariant) activated = NULL;
  g_autoptr(GVariant) launched = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree const char **ids = NULL;
  g_autofree const char **narrower_ids = NULL;
  g_autofree const char **no_ids = NULL;
  const char *naval[] = { "naval", NULL };
  const char *naval_capacity[] = { "naval", "capacity", NULL };
  const char *naval_nothing[] = { "naval", "zzzyzzx", NULL };
  const char *middle_powers[] = { "middle", "powers", NULL };
  AccordWindow *window;

  /* The provider is exported when the application registers on the bus. */
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  g_assert_false (g_application_get_is_remote (G_APPLICATION (app)));
  client = g_dbus_connection_new_for_address_sync (g_getenv ("DBUS_SESSION_BUS_ADDRESS"),
                                                   G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                                   G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                                   NULL, NULL, &error);
  g_assert_no_error (error);

  initial = provider_call (client, "GetInitialResultSet", g_variant_new ("(^as)", naval),
                           G_VARIANT_TYPE ("(as)"));
  g_variant_get (initial, "(^a&s)", &ids);
  g_assert_cmpuint (g_strv_length ((char **) ids), ==, 1);

  /* Narrowing keeps only what still matches, and may end with nothing. */
  narrower = provider_call (client, "GetSubsearchResultSet",
                            g_variant_new ("(^as^as)", ids, naval_capacity), G_VARIANT_TYPE ("(as)"));
  g_variant_get (narrower, "(^a&s)", &narrower_ids);
  g_assert_cmpuint (g_strv_length ((char **) narrower_ids), ==, 1);
  g_assert_cmpstr (narrower_ids[0], ==, ids[0]);
  none = provider_call (client, "GetSubsearchResultSet",
                        g_variant_new ("(^as^as)", ids, naval_nothing), G_VARIANT_TYPE ("(as)"));
  g_variant_get (none, "(^a&s)", &no_ids);
  g_assert_cmpuint (g_strv_length ((char **) no_ids), ==, 0);

  /* Activating the result opens the briefing in a window, at the section. */
  activated = provider_call (client, "ActivateResult",
                             g_variant_new ("(s^asu)", ids[0], naval, 0), G_VARIANT_TYPE ("()"));
  wait_until (window_on_roundtable, app);
  window = app_window (app);
  g_assert_nonnull (accord_section_view_find_label (accord_test_section_view (window),
                                                    "Gaps in capabilities on both sides, especially naval capacity."));
  accord_test_destroy_window (GTK_WINDOW (window));

  /* Launching the search opens a window searching for the terms. */
  launched = provider_call (client, "LaunchSearch",
                            g_variant_new ("(^asu)", middle_powers, 0), G_VARIANT_TYPE ("()"));
  wait_until (window_searching, app);
  window = app_window (app);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (accord_search_panel_get_entry (accord_test_search_panel (window)))),
                   ==, "middle powers");
  g_assert_cmpuint (g_list_model_get_n_items (accord_search_panel_get_results (accord_test_search_panel (window))), >, 0);
  accord_test_destroy_window (GTK_WINDOW (window));

  g_dbus_connection_close_sync (client, NULL, NULL);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/window-shown/search-keys-and-highlights", test_search_keys_and_highlights);
  g_test_add_func ("/window-shown/export-dialog-markup", test_export_dialog_markup);
  g_test_add_func ("/window-shown/search-provider", test_search_provider);

  return g_test_run ();
}
