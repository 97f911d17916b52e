/* accord-window-reload.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Live reload: when the open file changes on disk (an editor saves it, a
 * git pull), the window reads it again in a worker thread and shows it
 * where the reader was.  If the new version cannot be read, nothing is
 * lost: the last good version stays, and a banner says what is wrong.
 */

#define G_LOG_DOMAIN "accord-window"

#include "config.h"

#include <glib/gi18n.h>

#include "accord-background-unref.h"
#include "accord-briefing.h"
#include "accord-loader.h"
#include "accord-section.h"
#include "accord-window-private.h"

/* Editors save in several steps (write, sync, rename): wait this long
 * after the last event, so that one save is one reload. */
#define QUIET_MS 300

/* The section of @briefing nearest to the one that was shown: the same id,
 * or else the same title. */
static AccordSection *
find_same_section (AccordBriefing *briefing,
                   const char     *id,
                   const char     *title)
{
  AccordSection *section = accord_briefing_lookup_section (briefing, id);
  GListModel *all;
  guint n;

  if (section != NULL)
    return section;

  all = accord_briefing_get_all_sections (briefing);
  n = g_list_model_get_n_items (all);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AccordSection) candidate = g_list_model_get_item (all, i);

      if (g_strcmp0 (accord_section_get_title (candidate), title) == 0)
        return candidate;
    }

  return NULL;
}

/* Freeing a large briefing takes long: once the window has let go of the
 * old one (the next idle, after the new one is laid out), a worker drops
 * the last reference. */
static gboolean
release_when_idle (gpointer data)
{
  accord_background_unref (data);

  return G_SOURCE_REMOVE;
}

static void
show_reloaded (AccordWindow   *self,
               AccordBriefing *briefing)
{
  AccordBriefingPage *page = self->briefing_page;
  AccordSection *old = accord_briefing_page_get_section (page);
  g_autofree char *old_id = old ? g_strdup (accord_section_get_id (old)) : NULL;
  AccordSectionView *view = accord_briefing_page_get_section_view (page);
  AccordTimelinePage *timeline = accord_briefing_page_get_timeline_page (page);
  g_autofree char *view_name = g_strdup (accord_briefing_page_get_view (page));
  double scroll = accord_section_view_get_scroll (view);
  double start = 0, end = 0;
  AccordSection *section = NULL;

  if (self->briefing != NULL)
    g_idle_add_full (G_PRIORITY_LOW, release_when_idle, g_object_ref (self->briefing), NULL);
  if (old != NULL)
    section = find_same_section (briefing, accord_section_get_id (old), accord_section_get_title (old));
  if (timeline != NULL)
    accord_timeline_view_get_range (accord_timeline_page_get_view (timeline), &start, &end);

  g_set_object (&self->briefing, briefing);
  _accord_window_show_title (self, accord_briefing_get_title (briefing));
  accord_briefing_page_set_briefing (page, briefing, section);

  /* Where the reader was, without taking the focus from them. */
  /* (The old section is not the new one's: compare ids.) */
  if (section != NULL && g_strcmp0 (accord_section_get_id (section), old_id) == 0)
    accord_section_view_set_scroll (view, scroll);
  if (g_strcmp0 (view_name, "timeline") == 0)
    {
      accord_briefing_page_show_view (page, "timeline");
      if (end > start)
        accord_timeline_view_set_range (accord_timeline_page_get_view (timeline), start, end);
    }
}

static void
reload_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(AccordWindow) self = user_data;
  g_autoptr(AccordBriefing) briefing = NULL;
  g_autoptr(GError) error = NULL;

  briefing = accord_loader_load_file_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->reload_cancellable);
  if (self->briefing_page == NULL)
    return;

  if (briefing == NULL)
    {
      g_autofree char *message = NULL;

      g_free (self->reload_error);
      self->reload_error = g_strdup (error->message);
      /* Translators: %s is the error, with the file's name, line and column */
      message = g_strdup_printf (_("The file changed but cannot be read: %s. The last version that could be read is shown."),
                                 error->message);
      accord_briefing_page_set_banner (self->briefing_page, message, _("Show Error"));
      return;
    }

  g_clear_pointer (&self->reload_error, g_free);
  accord_briefing_page_set_banner (self->briefing_page, NULL, NULL);
  show_reloaded (self, briefing);
}

static gboolean
reload_when_quiet (gpointer data)
{
  AccordWindow *self = data;
  GFile *file;

  self->reload_source = 0;

  if (self->briefing == NULL || self->briefing_page == NULL ||
      (file = accord_briefing_get_file (self->briefing)) == NULL)
    return G_SOURCE_REMOVE;

  if (!g_file_query_exists (file, NULL))
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *message = NULL;

      /* Translators: %s is a file name */
      message = g_strdup_printf (_("“%s” was deleted or moved. What was last read from it is still shown."), name);
      accord_briefing_page_set_banner (self->briefing_page, message, NULL);
      return G_SOURCE_REMOVE;
    }

  g_cancellable_cancel (self->reload_cancellable);
  g_clear_object (&self->reload_cancellable);
  self->reload_cancellable = g_cancellable_new ();
  accord_loader_load_file_async (file, NULL, self->reload_cancellable,
                                 reload_cb, g_object_ref (self));

  return G_SOURCE_REMOVE;
}

static void
on_file_changed (GFileMonitor      *monitor,
                 GFile             *file,
                 GFile             *other_file,
                 GFileMonitorEvent  event,
                 AccordWindow      *self)
{
  if (event == G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED ||
      event == G_FILE_MONITOR_EVENT_PRE_UNMOUNT ||
      !g_settings_get_boolean (self->settings, "live-reload"))
    return;

  /* Every other event (changed, created, deleted, moved, renamed) leads
   * to the same question once the writes settle: what is there now? */
  g_clear_handle_id (&self->reload_source, g_source_remove);
  self->reload_source = g_timeout_add (QUIET_MS, reload_when_quiet, self);
}

static void
on_show_error (AccordWindow *self)
{
  AdwMessageDialog *dialog;

  if (self->reload_error == NULL)
    return;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("This Briefing Could Not Be Read Again"),
                                                       NULL));
  /* The message quotes the file: plain text. */
  adw_message_dialog_set_body_use_markup (dialog, FALSE);
  adw_message_dialog_set_body (dialog, self->reload_error);
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * _accord_window_watch_file:
 * @file: (nullable): the briefing's file, or %NULL for none
 *
 * Watches @file for changes from now on, and only it.
 */
void
_accord_window_watch_file (AccordWindow *self,
                           GFile        *file)
{
  g_clear_handle_id (&self->reload_source, g_source_remove);
  g_cancellable_cancel (self->reload_cancellable);
  g_clear_object (&self->reload_cancellable);
  g_clear_pointer (&self->reload_error, g_free);
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->monitor, on_file_changed, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }

  if (self->briefing_page != NULL)
    {
      accord_briefing_page_set_banner (self->briefing_page, NULL, NULL);
      g_signal_handlers_disconnect_by_func (self->briefing_page, on_show_error, self);
      g_signal_connect_object (self->briefing_page, "banner-button-clicked",
                               G_CALLBACK (on_show_error), self, G_CONNECT_SWAPPED);
    }

  if (file == NULL)
    return;

  /* A briefing that cannot be watched is still shown: reload is a help,
   * not a condition. */
  self->monitor = g_file_monitor_file (file, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  if (self->monitor != NULL)
    g_signal_connect (self->monitor, "changed", G_CALLBACK (on_file_changed), self);
}

void
_accord_window_reload_dispose (AccordWindow *self)
{
  _accord_window_watch_file (self, NULL);
}
