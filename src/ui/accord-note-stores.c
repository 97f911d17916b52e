/* accord-note-stores.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The application's notes: one AccordNoteStore per briefing (by the notes
 * key, accord_notes_dup_key()), shared by every window that shows it, so
 * that two windows on one briefing see each other's notes at once.  Each
 * store is saved at most once a second while the reader types (the first
 * change starts a one-second timer; later ones ride on it), when a note's
 * popover closes, and always when the application shuts down.  Kept on the
 * application as object data: nothing else needs to know of it.  The
 * file is read and the notes anchored in a worker thread, so a briefing
 * with many notes opens as fast as one without; they appear when read.
 */

#define G_LOG_DOMAIN "accord-notes"

#include "config.h"

#include <glib/gi18n.h>

#include "accord-briefing.h"
#include "accord-note-stores.h"
#include "accord-toast.h"
#include "accord-window.h"

#define SAVE_DELAY_SECONDS 1

typedef struct
{
  GHashTable *stores;  /* key -> AccordNoteStore */
} Stores;

static void
stores_free (gpointer data)
{
  Stores *stores = data;

  g_hash_table_unref (stores->stores);
  g_free (stores);
}

static void
save (AccordNoteStore *store)
{
  g_autoptr(GError) error = NULL;

  g_object_set_data (G_OBJECT (store), "accord-save-timer", NULL);
  if (!accord_note_store_get_dirty (store))
    return;
  if (!accord_note_store_save (store, &error))
    g_warning ("Could not save notes: %s", error->message);
}

static gboolean
on_save_timeout (gpointer data)
{
  /* The source ends by returning: its id must not be removed as well. */
  g_object_steal_data (G_OBJECT (data), "accord-save-timer");
  save (ACCORD_NOTE_STORE (data));
  return G_SOURCE_REMOVE;
}

static void
cancel_timer (gpointer data)
{
  guint id = GPOINTER_TO_UINT (data);

  if (id != 0)
    g_source_remove (id);
}

static void
on_store_changed (AccordNoteStore *store,
                  gpointer         user_data)
{
  guint id;

  if (g_object_get_data (G_OBJECT (store), "accord-save-timer") != NULL)
    return;
  id = g_timeout_add_seconds_full (G_PRIORITY_DEFAULT, SAVE_DELAY_SECONDS, on_save_timeout,
                                   g_object_ref (store), g_object_unref);
  /* Cancelled if the store goes first. */
  g_object_set_data_full (G_OBJECT (store), "accord-save-timer", GUINT_TO_POINTER (id), cancel_timer);
}

/**
 * accord_note_stores_save_now:
 *
 * Saves @store if it has changes, now (when a note is closed).
 */
void
accord_note_stores_save_now (AccordNoteStore *store)
{
  g_return_if_fail (ACCORD_IS_NOTE_STORE (store));

  /* save () clears the timer, which removes its source. */
  save (store);
}

static void
on_shutdown (GApplication *application,
             Stores       *stores)
{
  GHashTableIter iter;
  gpointer store;

  g_hash_table_iter_init (&iter, stores->stores);
  while (g_hash_table_iter_next (&iter, NULL, &store))
    save (store);
}

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  AccordNoteStore *store = ACCORD_NOTE_STORE (source);
  g_autoptr(GApplication) application = user_data;
  g_autoptr(GError) error = NULL;
  AccordBriefing *latest;

  if (!accord_note_store_load_finish (store, result, &error))
    {
      GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));
      g_autofree char *title = g_strdup_printf (_("Your notes could not be read: %s"), error->message);

      if (ACCORD_IS_WINDOW (window))
        {
          AdwToast *toast = accord_toast_new_plain (title);

          adw_toast_set_timeout (toast, 0);
          accord_window_add_toast (ACCORD_WINDOW (window), toast);
        }
      else
        g_message ("%s", title);
    }

  /* Opened again (reloaded) while the notes were read: anchor them there. */
  latest = g_object_get_data (G_OBJECT (store), "accord-briefing");
  if (latest != NULL)
    accord_note_store_anchor (store, latest);
}

/**
 * accord_note_stores_get:
 * @application: (nullable): the application; without one (a widget shown
 *   on its own) the notes are not kept
 *
 * The notes of @briefing: read from their file in a worker thread the
 * first time they are asked for (the store fills when they are read), and
 * anchored in @briefing (a reloaded or edited briefing re-anchors them).
 * A file that could not be read is kept aside and said in a toast; the
 * store is then empty and usable.
 *
 * Returns: (transfer none) (nullable): the store
 */
AccordNoteStore *
accord_note_stores_get (GApplication    *application,
                        AccordBriefing  *briefing)
{
  g_autofree char *key = NULL;
  Stores *stores;
  AccordNoteStore *store;

  g_return_val_if_fail (ACCORD_IS_BRIEFING (briefing), NULL);

  if (application == NULL)
    return NULL;

  stores = g_object_get_data (G_OBJECT (application), "accord-note-stores");
  if (stores == NULL)
    {
      stores = g_new0 (Stores, 1);
      stores->stores = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
      g_object_set_data_full (G_OBJECT (application), "accord-note-stores", stores, stores_free);
      g_signal_connect (application, "shutdown", G_CALLBACK (on_shutdown), stores);
    }

  key = accord_notes_dup_key (briefing);
  store = g_hash_table_lookup (stores->stores, key);
  if (store == NULL)
    {
      g_autoptr(GFile) file = accord_notes_dup_file_for_briefing (briefing);

      store = accord_note_store_new (file);
      g_hash_table_insert (stores->stores, g_strdup (key), store);
      g_signal_connect (store, "changed", G_CALLBACK (on_store_changed), NULL);
      accord_note_store_set_briefing_info (store, briefing);
      accord_note_store_load_async (store, briefing, NULL, on_loaded, g_object_ref (application));
      return store;
    }

  accord_note_store_set_briefing_info (store, briefing);
  if (accord_note_store_get_loaded (store))
    accord_note_store_anchor (store, briefing);
  else
    g_object_set_data_full (G_OBJECT (store), "accord-briefing", g_object_ref (briefing), g_object_unref);
  return store;
}
