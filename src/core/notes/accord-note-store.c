/* accord-note-store.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The notes of one briefing, as a list model, and their file.  The file is
 * the reader's own data: it is written atomically (accord_export_write(),
 * the writer every export uses), and a file that cannot be read is never
 * written over: it is kept aside as NAME.damaged-DATE.json and the store
 * starts empty.  Another writer (a second Accord) may have saved since this
 * store last read the file: the store then merges before it writes, so
 * neither loses the other's notes.
 */

#define G_LOG_DOMAIN "accord-notes"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "accord-briefing.h"
#include "accord-export.h"
#include "accord-note-store.h"
#include "accord-notes-private.h"

struct _AccordNoteStore
{
  GObject     parent_instance;

  GFile      *file;
  GPtrArray  *notes;       /* AccordNote, in the order they were added */
  char       *briefing_id;
  char       *briefing_source;
  gboolean    dirty;
  GHashTable *synced;      /* id -> modified, as the file had them when last read or written */
  GHashTable *deleted;     /* ids removed here since then */
  char       *stamp;       /* the file's identity then, to see another writer's save */
  gboolean    loaded;      /* the file has been read (or was not there) */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (AccordNoteStore, accord_note_store, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GType
get_item_type (GListModel *model)
{
  return ACCORD_TYPE_NOTE;
}

static guint
get_n_items (GListModel *model)
{
  return ACCORD_NOTE_STORE (model)->notes->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  AccordNoteStore *self = ACCORD_NOTE_STORE (model);

  if (position >= self->notes->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->notes, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
accord_note_store_finalize (GObject *object)
{
  AccordNoteStore *self = ACCORD_NOTE_STORE (object);

  g_clear_object (&self->file);
  g_ptr_array_unref (self->notes);
  g_free (self->briefing_id);
  g_free (self->briefing_source);
  g_hash_table_unref (self->synced);
  g_hash_table_unref (self->deleted);
  g_free (self->stamp);

  G_OBJECT_CLASS (accord_note_store_parent_class)->finalize (object);
}

static void
accord_note_store_class_init (AccordNoteStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = accord_note_store_finalize;

  /**
   * AccordNoteStore::changed:
   *
   * A note was added, removed or edited here, or notes changed when the
   * store read the file: time to save (and to redraw).
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
}

static void
accord_note_store_init (AccordNoteStore *self)
{
  self->notes = g_ptr_array_new_with_free_func (g_object_unref);
  self->synced = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->deleted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

static void
mark_changed (AccordNoteStore *self)
{
  self->dirty = TRUE;
  g_signal_emit (self, signals[CHANGED], 0);
}

/* What identifies the file's current version: a save by rename makes a
 * new inode, and any write changes the time. */
static char *
dup_stamp (GFile *file)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file,
                                                 G_FILE_ATTRIBUTE_UNIX_INODE ","
                                                 G_FILE_ATTRIBUTE_TIME_MODIFIED ","
                                                 G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC ","
                                                 G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);

  if (info == NULL)
    return NULL;
  return g_strdup_printf ("%" G_GUINT64_FORMAT ":%" G_GUINT64_FORMAT ".%u:%" G_GOFFSET_FORMAT,
                          g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_UNIX_INODE),
                          g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED),
                          g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC),
                          g_file_info_get_size (info));
}

static void
remember_synced (AccordNoteStore *self)
{
  g_hash_table_remove_all (self->synced);
  g_hash_table_remove_all (self->deleted);
  for (guint i = 0; i < self->notes->len; i++)
    {
      AccordNote *note = g_ptr_array_index (self->notes, i);
      g_hash_table_insert (self->synced, g_strdup (note->id), g_strdup (note->modified));
    }
  g_free (self->stamp);
  self->stamp = dup_stamp (self->file);
}

/* Renames an unreadable file to NAME.damaged-DATE.json beside it. */
static GFile *
keep_aside (GFile   *file,
            GError **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *stem = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *date = g_date_time_format (now, "%Y%m%dT%H%M%SZ");

  stem = g_str_has_suffix (path, ".json") ? g_strndup (path, strlen (path) - 5) : g_strdup (path);

  for (guint i = 1; i < 1000; i++)
    {
      g_autofree char *aside = i == 1
        ? g_strdup_printf ("%s.damaged-%s.json", stem, date)
        : g_strdup_printf ("%s.damaged-%s-%u.json", stem, date, i);

      if (g_file_test (aside, G_FILE_TEST_EXISTS))
        continue;
      if (g_rename (path, aside) != 0)
        {
          int errsv = errno;
          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv),
                       "%s", g_strerror (errsv));
          return NULL;
        }
      return g_file_new_for_path (aside);
    }

  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_EXISTS, g_strerror (EEXIST));
  return NULL;
}

/* Reads the file.  *missing says it is not there (not an error).  A file
 * that cannot be read is kept aside and the error says so. */
static GPtrArray *
read_file (AccordNoteStore  *self,
           gboolean         *missing,
           GError          **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GError) aside_error = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFile) aside = NULL;
  g_autofree char *display = g_file_get_parse_name (self->file);
  g_autofree char *data = NULL;
  GPtrArray *notes;
  gsize length;

  *missing = FALSE;

  info = g_file_query_info (self->file, G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                            G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  if (info == NULL && g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      *missing = TRUE;
      return NULL;
    }
  if (info == NULL)
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", display);
      return NULL;
    }
  /* Never open a FIFO or a device: it could block or never end. */
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR
      || g_file_info_get_size (info) > ACCORD_NOTES_MAX_FILE_SIZE)
    {
      g_set_error (&local_error, ACCORD_NOTES_ERROR, ACCORD_NOTES_ERROR_DAMAGED,
                   _("%s: not a notes file (not a regular file, or too large)"), display);
    }
  else if (!g_file_load_contents (self->file, NULL, &data, &length, NULL, &local_error))
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", display);
      return NULL;
    }
  else
    {
      notes = accord_notes_parse (data, length, display, &local_error);
      if (notes != NULL)
        return notes;
    }

  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  aside = keep_aside (self->file, &aside_error);
  if (aside == NULL)
    {
      /* Translators: the first %s says what is wrong with the notes file,
       * the second why it could not be renamed */
      g_set_error (error, ACCORD_NOTES_ERROR, local_error->code,
                   _("%s. It could not be kept aside (%s): notes will not be saved."),
                   local_error->message, aside_error->message);
    }
  else
    {
      g_autofree char *aside_name = g_file_get_parse_name (aside);

      /* Translators: the first %s says what is wrong with the notes file,
       * the second is where it was moved */
      g_set_error (error, ACCORD_NOTES_ERROR, local_error->code,
                   _("%s. The file was kept as %s and a new notes file was started."),
                   local_error->message, aside_name);
    }
  return NULL;
}

static void
reset (AccordNoteStore *self,
       GPtrArray       *notes)
{
  guint removed = self->notes->len;

  g_ptr_array_set_size (self->notes, 0);
  for (guint i = 0; notes != NULL && i < notes->len; i++)
    g_ptr_array_add (self->notes, g_object_ref (g_ptr_array_index (notes, i)));
  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, self->notes->len);
}

/**
 * accord_notes_dup_key:
 *
 * The stable name of a briefing's notes: its id (letters, digits, `.`,
 * `_` and `-`; anything else as `_`; at most 48 bytes) and the first 16
 * hexadecimal digits of the SHA-256 of accord_briefing_dup_key() (its
 * file's URI, or `bundled`), e.g. `canada-korea-3f2a9c0d1b7e5a46`.  Two
 * copies of one briefing in two places have notes of their own; a briefing
 * edited in place keeps them.
 *
 * Returns: (transfer full): the key
 */
char *
accord_notes_dup_key (AccordBriefing *briefing)
{
  g_autofree char *key = NULL;
  g_autofree char *digest = NULL;
  const char *id;
  GString *name;

  g_return_val_if_fail (ACCORD_IS_BRIEFING (briefing), NULL);

  key = accord_briefing_dup_key (briefing);
  digest = g_compute_checksum_for_string (G_CHECKSUM_SHA256, key, -1);
  id = accord_briefing_get_id (briefing);

  name = g_string_new (NULL);
  for (const char *p = id; p != NULL && *p != '\0' && name->len < 48; p++)
    g_string_append_c (name, g_ascii_isalnum (*p) || *p == '.' || *p == '_' || *p == '-' ? *p : '_');
  if (name->len == 0 || name->str[0] == '.')
    g_string_prepend (name, "briefing");
  g_string_append_printf (name, "-%.16s", digest);

  return g_string_free (name, FALSE);
}

/**
 * accord_notes_dup_file_for_briefing:
 *
 * Returns: (transfer full): `$XDG_DATA_HOME/accord/notes/KEY.json`
 */
GFile *
accord_notes_dup_file_for_briefing (AccordBriefing *briefing)
{
  g_autofree char *key = accord_notes_dup_key (briefing);
  g_autofree char *name = g_strconcat (key, ".json", NULL);
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "accord", "notes", name, NULL);

  return g_file_new_for_path (path);
}

AccordNoteStore *
accord_note_store_new (GFile *file)
{
  AccordNoteStore *self;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (ACCORD_TYPE_NOTE_STORE, NULL);
  self->file = g_object_ref (file);
  return self;
}

GFile *
accord_note_store_get_file (AccordNoteStore *self)
{
  g_return_val_if_fail (ACCORD_IS_NOTE_STORE (self), NULL);
  return self->file;
}

/**
 * accord_note_store_set_briefing_info:
 *
 * Records which briefing the notes are of, in the file, for a person
 * reading it.
 */
void
accord_note_store_set_briefing_info (AccordNoteStore *self,
                                     AccordBriefing  *briefing)
{
  g_return_if_fail (ACCORD_IS_NOTE_STORE (self));
  g_return_if_fail (ACCORD_IS_BRIEFING (briefing));

  g_free (self->briefing_id);
  g_free (self->briefing_source);
  self->briefing_id = g_strdup (accord_briefing_get_id (briefing));
  self->briefing_source = accord_briefing_dup_key (briefing);
}

/**
 * accord_note_store_load:
 *
 * Reads the file; a missing file is no notes.  A file that cannot be read
 * (damaged, or from a newer Accord) is renamed NAME.damaged-DATE.json, the
 * store starts empty, and the error says what was wrong and where the file
 * went.
 *
 * Returns: %FALSE with @error set if the notes could not be read
 */
gboolean
accord_note_store_load (AccordNoteStore  *self,
                        GError          **error)
{
  g_autoptr(GPtrArray) notes = NULL;
  gboolean missing;

  g_return_val_if_fail (ACCORD_IS_NOTE_STORE (self), FALSE);

  notes = read_file (self, &missing, error);
  reset (self, notes);
  self->dirty = FALSE;
  self->loaded = TRUE;
  remember_synced (self);

  return notes != NULL || missing;
}

typedef struct
{
  GFile          *file;
  AccordBriefing *briefing;
  GPtrArray      *notes;
  gboolean        anchored_changes;
} LoadData;

static void
load_data_free (gpointer data)
{
  LoadData *d = data;

  g_object_unref (d->file);
  g_object_unref (d->briefing);
  g_clear_pointer (&d->notes, g_ptr_array_unref);
  g_free (d);
}

/* In a worker: the file read and parsed, and every note anchored.  Only
 * the task's own objects are touched (the briefing is read-only); the
 * store takes the notes in the main thread. */
static void
load_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadData *d = task_data;
  g_autoptr(AccordNoteStore) reader = accord_note_store_new (d->file);
  g_autoptr(GError) error = NULL;
  gboolean missing;

  d->notes = read_file (reader, &missing, &error);
  if (d->notes == NULL && !missing)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (d->notes == NULL)
    d->notes = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < d->notes->len; i++)
    d->anchored_changes |= accord_note_anchor (g_ptr_array_index (d->notes, i), d->briefing);
  g_task_return_boolean (task, TRUE);
}

/**
 * accord_note_store_load_async:
 *
 * accord_note_store_load() and accord_note_store_anchor() in a worker
 * thread, so that a briefing opens without waiting for its notes.  Notes
 * added to the store meanwhile are kept.
 */
void
accord_note_store_load_async (AccordNoteStore     *self,
                              AccordBriefing      *briefing,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  LoadData *d;

  g_return_if_fail (ACCORD_IS_NOTE_STORE (self));
  g_return_if_fail (ACCORD_IS_BRIEFING (briefing));

  d = g_new0 (LoadData, 1);
  d->file = g_object_ref (self->file);
  d->briefing = g_object_ref (briefing);
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, accord_note_store_load_async);
  g_task_set_task_data (task, d, load_data_free);
  g_task_run_in_thread (task, load_thread);
}

/**
 * accord_note_store_load_finish:
 *
 * Returns: %FALSE with @error set if the notes could not be read (the file
 *   has then been kept aside, as accord_note_store_load() does)
 */
gboolean
accord_note_store_load_finish (AccordNoteStore  *self,
                               GAsyncResult     *result,
                               GError          **error)
{
  LoadData *d = g_task_get_task_data (G_TASK (result));
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean ok = g_task_propagate_boolean (G_TASK (result), error);
  gboolean added_meanwhile = self->notes->len > 0;

  if (ok)
    for (guint i = 0; i < d->notes->len; i++)
      g_ptr_array_add (notes, g_object_ref (g_ptr_array_index (d->notes, i)));
  for (guint i = 0; i < self->notes->len; i++)
    g_ptr_array_add (notes, g_object_ref (g_ptr_array_index (self->notes, i)));

  /* What the file had is synced; what was added meanwhile is not. */
  reset (self, ok ? d->notes : NULL);
  remember_synced (self);
  reset (self, notes);
  self->loaded = TRUE;
  self->dirty = FALSE;
  if (added_meanwhile || (ok && d->anchored_changes))
    mark_changed (self);

  return ok;
}

gboolean
accord_note_store_get_loaded (AccordNoteStore *self)
{
  g_return_val_if_fail (ACCORD_IS_NOTE_STORE (self), FALSE);
  return self->loaded;
}

static gint64
time_of (const char *iso)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_iso8601 (iso, NULL);
  return time != NULL ? g_date_time_to_unix (time) * G_USEC_PER_SEC + g_date_time_get_microsecond (time) : 0;
}

/* Another writer saved since we last read or wrote: take its new and
 * edited notes, drop those it deleted, and keep ours. */
static void
merge (AccordNoteStore *self,
       GPtrArray       *disk)
{
  g_autoptr(GPtrArray) merged = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) on_disk = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < disk->len; i++)
    {
      AccordNote *d = g_ptr_array_index (disk, i);
      g_hash_table_insert (on_disk, d->id, d);
    }

  for (guint i = 0; i < self->notes->len; i++)
    {
      AccordNote *m = g_ptr_array_index (self->notes, i);
      AccordNote *d = g_hash_table_lookup (on_disk, m->id);
      const char *synced = g_hash_table_lookup (self->synced, m->id);

      if (d == NULL)
        {
          /* Gone from the file: deleted there, unless it is new or edited here. */
          if (synced == NULL || g_strcmp0 (synced, m->modified) != 0)
            g_ptr_array_add (merged, g_object_ref (m));
        }
      else
        {
          g_ptr_array_add (merged, g_object_ref (time_of (d->modified) > time_of (m->modified) ? d : m));
          g_hash_table_remove (on_disk, m->id);
        }
    }

  for (guint i = 0; i < disk->len; i++)
    {
      AccordNote *d = g_ptr_array_index (disk, i);

      if (g_hash_table_contains (on_disk, d->id) && !g_hash_table_contains (self->deleted, d->id))
        g_ptr_array_add (merged, g_object_ref (d));
    }

  reset (self, merged);
}

/**
 * accord_note_store_save:
 *
 * Writes the notes, atomically, creating the folder if needed.  If another
 * writer saved the file since this store last read or wrote it, its
 * changes are merged first (the newer edit of a note wins).
 *
 * Returns: %FALSE with @error set if the file could not be written; the
 *   file that was there is then left as it was
 */
gboolean
accord_note_store_save (AccordNoteStore  *self,
                        GError          **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFile) parent = NULL;
  g_autofree char *stamp = NULL;

  g_return_val_if_fail (ACCORD_IS_NOTE_STORE (self), FALSE);

  stamp = dup_stamp (self->file);
  if (stamp != NULL && g_strcmp0 (stamp, self->stamp) != 0)
    {
      g_autoptr(GPtrArray) disk = NULL;
      gboolean missing;

      disk = read_file (self, &missing, error);
      if (disk == NULL && !missing)
        return FALSE;
      if (disk != NULL)
        merge (self, disk);
    }

  bytes = accord_notes_serialize (self->notes, self->briefing_id, self->briefing_source);

  parent = g_file_get_parent (self->file);
  if (parent != NULL)
    {
      g_autofree char *path = g_file_get_path (parent);

      if (path != NULL && g_mkdir_with_parents (path, 0700) != 0)
        {
          int errsv = errno;
          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv),
                       "%s: %s", path, g_strerror (errsv));
          return FALSE;
        }
    }

  if (!accord_export_write (bytes, self->file, error))
    return FALSE;

  self->dirty = FALSE;
  remember_synced (self);
  return TRUE;
}

gboolean
accord_note_store_get_dirty (AccordNoteStore *self)
{
  g_return_val_if_fail (ACCORD_IS_NOTE_STORE (self), FALSE);
  return self->dirty;
}

void
accord_note_store_add (AccordNoteStore *self,
                       AccordNote      *note)
{
  g_return_if_fail (ACCORD_IS_NOTE_STORE (self));
  g_return_if_fail (ACCORD_IS_NOTE (note));

  g_ptr_array_add (self->notes, g_object_ref (note));
  g_hash_table_remove (self->deleted, note->id);
  g_list_model_items_changed (G_LIST_MODEL (self), self->notes->len - 1, 0, 1);
  mark_changed (self);
}

void
accord_note_store_remove (AccordNoteStore *self,
                          AccordNote      *note)
{
  guint position;

  g_return_if_fail (ACCORD_IS_NOTE_STORE (self));
  g_return_if_fail (ACCORD_IS_NOTE (note));

  if (!g_ptr_array_find (self->notes, note, &position))
    return;
  g_hash_table_add (self->deleted, g_strdup (note->id));
  g_ptr_array_remove_index (self->notes, position);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 0);
  mark_changed (self);
}

/**
 * accord_note_store_update:
 * @body: (nullable): the note's text; empty or %NULL for a highlight
 *   without a note
 */
void
accord_note_store_update (AccordNoteStore  *self,
                          AccordNote       *note,
                          const char       *body,
                          AccordNoteColour  colour)
{
  guint position;

  g_return_if_fail (ACCORD_IS_NOTE_STORE (self));
  g_return_if_fail (ACCORD_IS_NOTE (note));
  g_return_if_fail (colour < ACCORD_NOTE_N_COLOURS);

  if (body != NULL && body[0] == '\0')
    body = NULL;
  if (g_strcmp0 (body, note->body) == 0 && colour == note->colour)
    return;

  g_free (note->body);
  note->body = g_strdup (body);
  note->colour = colour;
  g_free (note->modified);
  note->modified = _accord_note_now ();

  if (g_ptr_array_find (self->notes, note, &position))
    g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 1);
  mark_changed (self);
}

/**
 * accord_note_store_lookup:
 *
 * Returns: (transfer none) (nullable): the note with this id
 */
AccordNote *
accord_note_store_lookup (AccordNoteStore *self,
                          const char      *id)
{
  g_return_val_if_fail (ACCORD_IS_NOTE_STORE (self), NULL);

  for (guint i = 0; i < self->notes->len; i++)
    {
      AccordNote *note = g_ptr_array_index (self->notes, i);
      if (g_strcmp0 (note->id, id) == 0)
        return note;
    }
  return NULL;
}

/**
 * accord_note_store_anchor:
 *
 * Anchors every note in @briefing (accord_note_anchor()); if any moved or
 * was detached, the store is changed, and saves the new anchors.
 */
void
accord_note_store_anchor (AccordNoteStore *self,
                          AccordBriefing  *briefing)
{
  gboolean changed = FALSE;

  g_return_if_fail (ACCORD_IS_NOTE_STORE (self));
  g_return_if_fail (ACCORD_IS_BRIEFING (briefing));

  for (guint i = 0; i < self->notes->len; i++)
    changed |= accord_note_anchor (g_ptr_array_index (self->notes, i), briefing);

  if (changed)
    {
      g_list_model_items_changed (G_LIST_MODEL (self), 0, self->notes->len, self->notes->len);
      mark_changed (self);
    }
}

static int
compare_in (gconstpointer a,
            gconstpointer b,
            gpointer      briefing)
{
  return accord_note_compare (*(AccordNote **) a, *(AccordNote **) b, briefing);
}

/**
 * accord_note_store_list_in_order:
 *
 * Returns: (transfer container) (element-type AccordNote): the notes in
 *   document order (accord_note_compare())
 */
GPtrArray *
accord_note_store_list_in_order (AccordNoteStore *self,
                                 AccordBriefing  *briefing)
{
  GPtrArray *list;

  g_return_val_if_fail (ACCORD_IS_NOTE_STORE (self), NULL);
  g_return_val_if_fail (ACCORD_IS_BRIEFING (briefing), NULL);

  list = g_ptr_array_new_full (self->notes->len, g_object_unref);
  for (guint i = 0; i < self->notes->len; i++)
    g_ptr_array_add (list, g_object_ref (g_ptr_array_index (self->notes, i)));
  g_ptr_array_sort_with_data (list, compare_in, briefing);
  return list;
}

/**
 * accord_notes_dup_export_annotations:
 *
 * The notes as the export takes them ("Include my notes", "Notes only").
 *
 * Returns: (transfer full) (element-type AccordExportAnnotation): in
 *   document order
 */
GPtrArray *
accord_notes_dup_export_annotations (AccordNoteStore *self,
                                     AccordBriefing  *briefing)
{
  g_autoptr(GPtrArray) notes = NULL;
  GPtrArray *annotations;

  g_return_val_if_fail (ACCORD_IS_NOTE_STORE (self), NULL);
  g_return_val_if_fail (ACCORD_IS_BRIEFING (briefing), NULL);

  notes = accord_note_store_list_in_order (self, briefing);
  annotations = g_ptr_array_new_with_free_func ((GDestroyNotify) accord_export_annotation_free);
  for (guint i = 0; i < notes->len; i++)
    {
      AccordNote *note = g_ptr_array_index (notes, i);
      AccordExportAnnotation *a;

      /* Notes on events are not in exports, which have no events yet. */
      if (note->kind != ACCORD_NOTE_TARGET_SECTION)
        continue;
      a = g_new0 (AccordExportAnnotation, 1);
      a->section_id = g_strdup (note->target_id);
      a->section_title = g_strdup (note->target_title);
      a->field = note->field != NULL ? g_strdup (note->field) : NULL;
      a->index = note->index;
      a->exact = note->field != NULL ? g_strdup (note->exact) : NULL;
      a->body = g_strdup (note->body);
      a->colour_label = g_strdup (accord_note_colour_get_label (note->colour));
      a->rgb = accord_note_colour_get_rgb (note->colour);
      a->date = g_strndup (note->created, 10);
      a->detached = note->detached;
      g_ptr_array_add (annotations, a);
    }
  return annotations;
}
