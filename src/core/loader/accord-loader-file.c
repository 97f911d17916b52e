/* accord-loader-file.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-loader"

#include "config.h"

#include <glib/gi18n.h>

#include "accord-loader-private.h"

static char *
default_display_name (GFile *file)
{
  return g_file_get_basename (file);
}

/* Cancellation stays G_IO_ERROR_CANCELLED, so that callers can tell it
 * from a failure and stay silent about it. */
static void
set_io_error (GError     **error,
              const char  *display_name,
              GError      *io_error)
{
  if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, io_error->message);
  /* GIO's own messages name the whole path again, in English: say the
   * common ones as a person would, once. */
  else if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND) ||
           g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY))
    g_set_error (error, ACCORD_ERROR, ACCORD_ERROR_NOT_FOUND,
                 _("%s: No such file"), display_name);
  else if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
    g_set_error (error, ACCORD_ERROR, ACCORD_ERROR_IO,
                 _("%s: Permission denied"), display_name);
  else
    g_set_error (error, ACCORD_ERROR, ACCORD_ERROR_IO,
                 "%s: %s", display_name, io_error->message);
}

/* Reads a regular file of bounded size.  The type is checked before
 * opening, so a FIFO never blocks and /dev/zero never grows. */
static GBytes *
read_file (GFile         *file,
           const char    *display_name,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GByteArray) buffer = NULL;
  GFileType type;
  gsize chunk = 256 * 1024;

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                            G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE,
                            cancellable, &local_error);
  if (info == NULL)
    {
      set_io_error (error, display_name, local_error);
      return NULL;
    }

  type = g_file_info_get_file_type (info);

  /* Links are followed, so a link that is still one here leads nowhere:
   * GIO reports a dangling link or a loop of links as the link itself. */
  if (type == G_FILE_TYPE_SYMBOLIC_LINK)
    {
      g_set_error (error, ACCORD_ERROR, ACCORD_ERROR_NOT_FOUND,
                   _("%s: this link is broken (what it points to does not exist, or the links form a loop)"),
                   display_name);
      return NULL;
    }

  if (type != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, ACCORD_ERROR, ACCORD_ERROR_NOT_A_FILE,
                   type == G_FILE_TYPE_DIRECTORY
                     ? _("%s: this is a folder, not a briefing file")
                     : _("%s: this is not a regular file"),
                   display_name);
      return NULL;
    }

  if (g_file_info_get_size (info) > ACCORD_LOADER_MAX_FILE_SIZE)
    {
      _accord_loader_set_too_large_error (error, display_name, g_file_info_get_size (info));
      return NULL;
    }

  stream = g_file_read (file, cancellable, &local_error);
  if (stream == NULL)
    {
      set_io_error (error, display_name, local_error);
      return NULL;
    }

  /* The file may grow after it was measured: never read past the cap. */
  buffer = g_byte_array_sized_new (MIN ((gsize)g_file_info_get_size (info) + 1,
                                        ACCORD_LOADER_MAX_FILE_SIZE + 1));
  for (;;)
    {
      gsize old_len = buffer->len;
      gsize n_read = 0;

      g_byte_array_set_size (buffer, old_len + chunk);
      if (!g_input_stream_read_all (G_INPUT_STREAM (stream),
                                    buffer->data + old_len, chunk,
                                    &n_read, cancellable, &local_error))
        {
          set_io_error (error, display_name, local_error);
          return NULL;
        }
      g_byte_array_set_size (buffer, old_len + n_read);

      if (buffer->len > ACCORD_LOADER_MAX_FILE_SIZE)
        {
          g_autofree char *max = g_format_size (ACCORD_LOADER_MAX_FILE_SIZE);

          g_set_error (error, ACCORD_ERROR, ACCORD_ERROR_TOO_LARGE,
                       _("%s: the file is larger than %s, the most Accord opens"),
                       display_name, max);
          return NULL;
        }

      if (n_read < chunk)
        break;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}

/**
 * accord_loader_load_file:
 * @display_name: (nullable): how errors name the file; its base name if %NULL
 *
 * Returns: (transfer full): the briefing, or %NULL with @error set
 */
AccordBriefing *
accord_loader_load_file (GFile         *file,
                         const char    *display_name,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_autofree char *fallback_name = NULL;
  g_autoptr(GBytes) bytes = NULL;
  const char *data;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (display_name == NULL)
    display_name = fallback_name = default_display_name (file);

  bytes = read_file (file, display_name, cancellable, error);
  if (bytes == NULL)
    return NULL;

  data = g_bytes_get_data (bytes, &length);

  return _accord_loader_load_data (data, length, display_name, file, error);
}

typedef struct
{
  GFile *file;
  char  *display_name;
} AccordLoaderTask;

static void
load_data_free (AccordLoaderTask *data)
{
  g_clear_object (&data->file);
  g_free (data->display_name);
  g_free (data);
}

static void
load_file_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  AccordLoaderTask *data = task_data;
  AccordBriefing *briefing;
  GError *error = NULL;

  briefing = accord_loader_load_file (data->file, data->display_name, cancellable, &error);
  if (briefing == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, briefing, g_object_unref);
}

/**
 * accord_loader_load_file_async:
 *
 * Loads in a worker thread, so that a large briefing never blocks a frame.
 */
void
accord_loader_load_file_async (GFile               *file,
                               const char          *display_name,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  AccordLoaderTask *data;

  g_return_if_fail (G_IS_FILE (file));

  data = g_new0 (AccordLoaderTask, 1);
  data->file = g_object_ref (file);
  data->display_name = display_name ? g_strdup (display_name) : default_display_name (file);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, accord_loader_load_file_async);
  g_task_set_task_data (task, data, (GDestroyNotify)load_data_free);
  g_task_run_in_thread (task, load_file_thread);
}

AccordBriefing *
accord_loader_load_file_finish (GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
