/* accord-export-write.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writing an export: complete or not at all, never a partial file, and
 * nothing left behind by a process killed midway.
 */

#define G_LOG_DOMAIN "accord-export"

/* For O_TMPFILE. */
#define _GNU_SOURCE

#include "config.h"

#include <glib/gi18n.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "accord-export.h"

static const char *
describe_file_error (const GError *error)
{
  if (error->domain != G_FILE_ERROR)
    return error->message;

  switch (error->code)
    {
    case G_FILE_ERROR_NOENT:
      return _("The folder does not exist");
    case G_FILE_ERROR_NOTDIR:
      return _("A part of the path is not a folder");
    case G_FILE_ERROR_ACCES:
    case G_FILE_ERROR_PERM:
      return _("Permission denied");
    case G_FILE_ERROR_ROFS:
      return _("The disk is read-only");
    case G_FILE_ERROR_NOSPC:
      return _("The disk is full");
    case G_FILE_ERROR_ISDIR:
      return _("It is a folder");
    case G_FILE_ERROR_NAMETOOLONG:
      return _("The name is too long");
    default:
      return error->message;
    }
}

/**
 * accord_export_write:
 *
 * Writes @bytes to @file atomically: into a temporary file beside it that
 * is synced and then renamed over the target.  On any failure the file
 * that was there is left as it was (g_file_replace_contents() is not used:
 * on a full disk it renames the partial file over the original).
 */
/* Writes the file so that it appears complete or not at all, and so that a
 * process killed midway leaves nothing behind.  The data goes into an
 * unnamed file in the target's folder (O_TMPFILE), made durable, then
 * linked under a hidden temporary name and renamed over the target: a kill
 * before the link leaves no file at all, and the window after it is two
 * system calls.  g_file_set_contents_full() names its temporary file from
 * the start, so a kill during the write left a stray "name.XXXXXX".
 *
 * Returns: 1 on success, 0 on failure with *errsv set, -1 when the
 *   filesystem has no O_TMPFILE (the caller falls back). */
static int
write_unnamed (const char *path,
               const char *data,
               gsize       length,
               int        *errsv)
{
#ifdef O_TMPFILE
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *proc = NULL;
  gsize written = 0;
  int dirfd;
  int fd;

  fd = open (dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      if (errno == EOPNOTSUPP || errno == EISDIR || errno == EINVAL)
        return -1;
      *errsv = errno;
      return 0;
    }

  while (written < length)
    {
      gssize n = write (fd, data + written, MIN (length - written, G_MAXSSIZE));

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          *errsv = errno;
          close (fd);
          return 0;
        }
      written += n;
    }

  if (fsync (fd) != 0)
    {
      *errsv = errno;
      close (fd);
      return 0;
    }

  proc = g_strdup_printf ("/proc/self/fd/%d", fd);
  for (guint attempt = 0; ; attempt++)
    {
      g_autofree char *name = g_strdup_printf ("%s/.%s.%08x", dir, base, g_random_int ());

      if (linkat (AT_FDCWD, proc, AT_FDCWD, name, AT_SYMLINK_FOLLOW) == 0)
        {
          if (rename (name, path) != 0)
            {
              *errsv = errno;
              unlink (name);
              close (fd);
              return 0;
            }
          break;
        }

      if (errno != EEXIST || attempt >= 16)
        {
          int err = errno;

          close (fd);
          /* Without /proc the unnamed file cannot be linked: fall back. */
          if (err == ENOENT)
            return -1;
          *errsv = err;
          return 0;
        }
    }

  close (fd);

  /* The rename itself is durable once the folder is. */
  dirfd = open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dirfd >= 0)
    {
      fsync (dirfd);
      close (dirfd);
    }

  return 1;
#else
  return -1;
#endif
}

gboolean
accord_export_write (GBytes  *bytes,
                     GFile   *file,
                     GError **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *display = NULL;
  const char *path;
  const char *data;
  gsize length;
  int errsv = 0;

  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  path = g_file_peek_path (file);
  if (path == NULL)
    {
      display = g_file_get_parse_name (file);
      g_set_error (error, ACCORD_ERROR, ACCORD_ERROR_EXPORT,
                   _("Could not write “%s”: only local files can be written"), display);
      return FALSE;
    }

  data = g_bytes_get_data (bytes, &length);
  switch (write_unnamed (path, data != NULL ? data : "", length, &errsv))
    {
    case 1:
      return TRUE;

    case 0:
      g_set_error_literal (&local_error, G_FILE_ERROR, g_file_error_from_errno (errsv),
                           g_strerror (errsv));
      break;

    default:
      /* Never g_file_replace_contents(): on a full disk GLib 2.74 renames
       * the partial file over the original. */
      if (g_file_set_contents_full (path, data != NULL ? data : "", length,
                                    G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                    0666, &local_error))
        return TRUE;
      break;
    }

  display = g_filename_display_name (path);
  g_set_error (error, ACCORD_ERROR, ACCORD_ERROR_EXPORT,
               _("Could not write “%s”: %s"), display, describe_file_error (local_error));
  return FALSE;
}
