/* accord-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-application"

#include "config.h"

#include <glib/gi18n.h>

#include "accord-accessible.h"
#include "accord-application.h"
#include "accord-briefing.h"
#include "accord-cli.h"
#include "accord-search-provider.h"
#include "accord-window.h"

#define SEARCH_PROVIDER_PATH "/io/github/accordapp/Accord/SearchProvider"

struct _AccordApplication
{
  AdwApplication  parent_instance;

  GSettings            *settings;
  AccordSearchProvider *search_provider;
};

G_DEFINE_FINAL_TYPE (AccordApplication, accord_application, ADW_TYPE_APPLICATION)

static AccordWindow *
new_window (AccordApplication *self)
{
  return accord_window_new (ADW_APPLICATION (self));
}

/* The window is mapped, and its first frame is about to be laid out: fill
 * it now, so that the first frame it paints holds the briefing.  Filled
 * after that frame instead, the content waited for the next one, which
 * GDK paces (about 45 ms under Xvfb, measured). */
static gboolean
fill_on_first_frame (GtkWidget     *widget,
                     GdkFrameClock *clock,
                     gpointer       user_data)
{
  AccordWindow *window = ACCORD_WINDOW (widget);

  if (accord_window_get_briefing (window) == NULL)
    accord_window_open_bundled (window);

  return G_SOURCE_REMOVE;
}

static void
accord_application_activate (GApplication *app)
{
  AccordApplication *self = ACCORD_APPLICATION (app);
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  if (window == NULL)
    {
      window = GTK_WINDOW (new_window (self));
      gtk_window_present (window);
      /* The window is mapped at once; the briefing fills it in its first
       * frame (the tick of the frame's update phase). */
      gtk_widget_add_tick_callback (GTK_WIDGET (window), fill_on_first_frame, NULL, NULL);
      return;
    }

  gtk_window_present (window);
}

/* Each briefing gets its own window, so opening one never replaces what a
 * person is reading. */
static void
accord_application_open (GApplication  *app,
                         GFile        **files,
                         int            n_files,
                         const char    *hint)
{
  AccordApplication *self = ACCORD_APPLICATION (app);

  for (int i = 0; i < n_files; i++)
    {
      AccordWindow *window = new_window (self);

      accord_window_open_file (window, files[i]);
      gtk_window_present (GTK_WINDOW (window));
    }
}

static int
accord_application_command_line (GApplication            *app,
                                 GApplicationCommandLine *command_line)
{
  GVariantDict *options = g_application_command_line_get_options_dict (command_line);
  g_autofree const char **args = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);

  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &args);

  for (guint i = 0; args != NULL && args[i] != NULL; i++)
    g_ptr_array_add (files, g_application_command_line_create_file_for_arg (command_line, args[i]));

  if (files->len > 0)
    g_application_open (app, (GFile **)files->pdata, files->len, "");
  else
    g_application_activate (app);

  return 0;
}

static int
accord_application_handle_local_options (GApplication *app,
                                         GVariantDict *options)
{
  int status = accord_cli_run (options);

  if (status >= 0)
    return status;

  /* Without a display GTK would abort; say why instead. */
  if (!gtk_init_check ())
    {
      g_printerr (_("accord: cannot open a display. Run it in a graphical session, "
                    "or use --validate, --list-sections, --list-events, --search, "
                    "--export or --convert (see --help).\n"));
      return 1;
    }

  return -1;
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  AccordApplication *self = user_data;
  static const char *developers[] = { "The Accord developers", NULL };
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  GtkWidget *about;
  g_autofree char *version_name = NULL;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", window,
                        "application-name", _("Accord"),
                        "application-icon", APP_ID,
                        "developer-name", _("The Accord developers"),
                        "version", PACKAGE_VERSION,
                        "developers", developers,
                        "copyright", _("© 2026 The Accord developers"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "comments", _("Read an agreement in its context: its sections, "
                                      "the people and quotes behind it, and a timeline "
                                      "of the events around it."),
                        /* Translators: put your names here, one per line */
                        "translator-credits", _("translator-credits"),
                        NULL);

  /* libadwaita 1.2 leaves some of the window's own parts without a name
   * for a screen reader: its version button, its lists, its scrolling. */
  /* Translators: the About window's version button; %s is the version */
  version_name = g_strdup_printf (_("Version %s"), PACKAGE_VERSION);
  accord_accessible_name_button_showing (about, PACKAGE_VERSION, version_name);
  accord_accessible_name_group_lists (about);
  accord_accessible_name_scrolled_windows (about, _("About Accord"));
  gtk_window_present (GTK_WINDOW (about));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  AccordApplication *self = user_data;
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));

  /* Close each window so that it saves its size and state. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);

  g_list_free (windows);
}

static void
update_color_scheme (AccordApplication *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();

  switch (g_settings_get_enum (self->settings, "color-scheme"))
    {
    case 1:
      adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
      break;
    case 2:
      adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
      break;
    default:
      adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
      break;
    }
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "quit", quit_action },
};

static void
accord_application_startup (GApplication *app)
{
  AccordApplication *self = ACCORD_APPLICATION (app);
  g_autoptr(GAction) scheme = NULL;
  g_autoptr(GAction) reload = NULL;
  static const char *quit_accels[] = { "<Ctrl>q", NULL };
  static const char *help_accels[] = { "<Ctrl>question", NULL };

  G_APPLICATION_CLASS (accord_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);

  self->settings = g_settings_new (APP_ID);
  scheme = g_settings_create_action (self->settings, "color-scheme");
  g_action_map_add_action (G_ACTION_MAP (app), scheme);
  reload = g_settings_create_action (self->settings, "live-reload");
  g_action_map_add_action (G_ACTION_MAP (app), reload);
  g_signal_connect_object (self->settings, "changed::color-scheme",
                           G_CALLBACK (update_color_scheme), self, G_CONNECT_SWAPPED);
  update_color_scheme (self);

  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.show-help-overlay", help_accels);
}

static gboolean
accord_application_dbus_register (GApplication     *app,
                                  GDBusConnection  *connection,
                                  const char       *object_path,
                                  GError          **error)
{
  AccordApplication *self = ACCORD_APPLICATION (app);

  if (!G_APPLICATION_CLASS (accord_application_parent_class)->dbus_register (app, connection, object_path, error))
    return FALSE;

  self->search_provider = accord_search_provider_new (app);

  return accord_search_provider_register (self->search_provider, connection,
                                          SEARCH_PROVIDER_PATH, error);
}

static void
accord_application_dbus_unregister (GApplication    *app,
                                    GDBusConnection *connection,
                                    const char      *object_path)
{
  AccordApplication *self = ACCORD_APPLICATION (app);

  if (self->search_provider != NULL)
    accord_search_provider_unregister (self->search_provider);
  g_clear_object (&self->search_provider);

  G_APPLICATION_CLASS (accord_application_parent_class)->dbus_unregister (app, connection, object_path);
}

/* A person who closes the last window means to quit: the process goes at
 * once, so that the next launch starts a new one instead of being handed
 * to a process on its way out.  Started by the Shell for search only (no
 * window ever), it lingers between calls as a D-Bus service should. */
static void
accord_application_window_removed (GtkApplication *app,
                                   GtkWindow      *window)
{
  GList *windows = gtk_application_get_windows (app);

  if (windows != NULL && windows->data == window && windows->next == NULL)
    g_application_set_inactivity_timeout (G_APPLICATION (app), 0);

  GTK_APPLICATION_CLASS (accord_application_parent_class)->window_removed (app, window);
}

static void
accord_application_dispose (GObject *object)
{
  AccordApplication *self = (AccordApplication *)object;

  g_clear_object (&self->search_provider);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (accord_application_parent_class)->dispose (object);
}

static void
accord_application_class_init (AccordApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);
  GtkApplicationClass *gtk_app_class = GTK_APPLICATION_CLASS (klass);

  object_class->dispose = accord_application_dispose;
  gtk_app_class->window_removed = accord_application_window_removed;

  app_class->activate = accord_application_activate;
  app_class->open = accord_application_open;
  app_class->command_line = accord_application_command_line;
  app_class->dbus_register = accord_application_dbus_register;
  app_class->dbus_unregister = accord_application_dbus_unregister;
  app_class->handle_local_options = accord_application_handle_local_options;
  app_class->startup = accord_application_startup;
}

static void
accord_application_init (AccordApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), accord_cli_options);
  /* As a D-Bus service (search provider), linger briefly between calls. */
  g_application_set_inactivity_timeout (G_APPLICATION (self), 20000);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Read an agreement in its context."));
}

AccordApplication *
accord_application_new (void)
{
  return g_object_new (ACCORD_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN | G_APPLICATION_HANDLES_COMMAND_LINE,
                       "resource-base-path", "/io/github/accordapp/Accord",
                       NULL);
}

/**
 * accord_application_open_section:
 * @briefing_key: "bundled" or the briefing's URI
 *
 * Opens the briefing in a new window at the section; the Shell search
 * provider uses it.
 */
void
accord_application_open_section (AccordApplication *self,
                                 const char        *briefing_key,
                                 const char        *section_id)
{
  AccordWindow *window;

  g_return_if_fail (ACCORD_IS_APPLICATION (self));

  window = new_window (self);
  if (g_strcmp0 (briefing_key, ACCORD_BRIEFING_KEY_BUNDLED) == 0)
    {
      accord_window_open_bundled (window);
      accord_window_select_section (window, section_id);
    }
  else
    {
      g_autoptr(GFile) file = g_file_new_for_uri (briefing_key);

      accord_window_open_file_at (window, file, section_id);
    }

  gtk_window_present (GTK_WINDOW (window));
}

/**
 * accord_application_search:
 *
 * "More results" in the Shell: the in-app search with the same words.
 */
void
accord_application_search (AccordApplication *self,
                           const char        *text)
{
  GtkWindow *window;

  g_return_if_fail (ACCORD_IS_APPLICATION (self));

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (!ACCORD_IS_WINDOW (window))
    {
      window = GTK_WINDOW (new_window (self));
      accord_window_open_bundled (ACCORD_WINDOW (window));
    }

  gtk_window_present (window);
  accord_window_begin_search (ACCORD_WINDOW (window), text);
}
