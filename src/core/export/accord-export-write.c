/* accord-export-write.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writing an export: complete or not at all, never a partial file, and
 * nothing left behind by a process killed midway (the next write into the
 * folder removes what a killed writer left).
 */

#define G_LOG_DOMAIN "accord-export"

/* For O_TMPFILE. */
#define _GNU_SOURCE

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "accord-export.h"

/* A temporary file is named ".TARGET~accord-PID-XXXXXXXX": hidden, next to
 * its target, and recognisable, so that a later write can tell a file left
 * by a killed writer (its process is gone) from one being written now. */
#define TEMP_MARK "~accord-"

/* Data goes to the disk in pieces of this size, so that a large export is
 * several write() calls and a failure in any of them is handled the same. */
#define WRITE_CHUNK (256 * 1024)

static const char *
describe_errno (int errsv)
{
  switch (errsv)
    {
    case ENOENT:
      return _("The folder does not exist");
    case ENOTDIR:
      return _("A part of the path is not a folder");
    case EACCES:
    case EPERM:
      return _("Permission denied");
    case EROFS:
      return _("The disk is read-only");
    case ENOSPC:
    case EDQUOT:
      return _("The disk is full");
    case EIO:
      return _("The disk reported an input/output error");
    case EISDIR:
      return _("It is a folder");
    case ENAMETOOLONG:
      return _("The name is too long");
    default:
      return g_strerror (errsv);
    }
}

static char *
temp_name (const char *dir,
           const char *base)
{
  /* Without the target's name when that would pass NAME_MAX. */
  if (strlen (base) + 40 > NAME_MAX)
    base = "";

  return g_strdup_printf ("%s/.%s" TEMP_MARK "%ld-%08x", dir, base,
                          (long) getpid (), g_random_int ());
}

/* Returns the writer's process id if @name is one of Accord's temporary
 * files, or 0. */
static pid_t
parse_temp_name (const char *name)
{
  const char *mark;
  const char *p;
  char *end;
  long pid;

  if (name[0] != '.')
    return 0;
  mark = g_strrstr (name, TEMP_MARK);
  if (mark == NULL)
    return 0;

  p = mark + strlen (TEMP_MARK);
  if (!g_ascii_isdigit (*p))
    return 0;
  errno = 0;
  pid = strtol (p, &end, 10);
  if (errno != 0 || pid <= 0 || pid > INT_MAX || *end != '-')
    return 0;

  p = end + 1;
  for (guint i = 0; i < 8; i++)
    if (!g_ascii_isxdigit (p[i]) || g_ascii_isupper (p[i]))
      return 0;
  if (p[8] != '\0')
    return 0;

  return (pid_t) pid;
}

/* Removes the temporary files that writers killed midway left in @dir:
 * ours by name, regular files owned by this user, whose process is gone.
 * A file whose writer still runs (this process's other exports included)
 * is kept. */
static void
remove_stale_temporaries (const char *dir)
{
  DIR *d = opendir (dir);
  struct dirent *entry;

  if (d == NULL)
    return;

  while ((entry = readdir (d)) != NULL)
    {
      struct stat st;
      pid_t pid = parse_temp_name (entry->d_name);

      if (pid == 0 || pid == getpid ())
        continue;
      if (kill (pid, 0) == 0 || errno != ESRCH)
        continue;
      if (fstatat (dirfd (d), entry->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0 ||
          !S_ISREG (st.st_mode) || st.st_uid != geteuid ())
        continue;

      unlinkat (dirfd (d), entry->d_name, 0);
    }

  closedir (d);
}

static gboolean
write_all (int         fd,
           const char *data,
           gsize       length,
           int        *errsv)
{
  gsize written = 0;

  while (written < length)
    {
      gssize n = write (fd, data + written, MIN (length - written, WRITE_CHUNK));

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          *errsv = errno;
          return FALSE;
        }
      /* A regular file that takes nothing is full. */
      if (n == 0)
        {
          *errsv = ENOSPC;
          return FALSE;
        }
      written += n;
    }

  if (fsync (fd) != 0)
    {
      *errsv = errno;
      return FALSE;
    }

  return TRUE;
}

static void
sync_folder (const char *dir)
{
  int fd = open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

  /* The rename is made; only its durability is at stake here, and the
   * target is complete either way. */
  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
}

/* Writes the data into an unnamed file in the target's folder (O_TMPFILE),
 * makes it durable, then links it under a temporary name and renames that
 * over the target: a kill before the link leaves no file at all, and one
 * between the link and the rename leaves a temporary file that the next
 * write removes.
 *
 * Returns: 1 on success, 0 on failure with *errsv set, -1 when the
 *   filesystem has no O_TMPFILE or there is no /proc (the caller falls
 *   back). */
static int
write_unnamed (const char *dir,
               const char *base,
               const char *path,
               const char *data,
               gsize       length,
               int        *errsv)
{
#ifdef O_TMPFILE
  g_autofree char *proc = NULL;
  int fd;

  fd = open (dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      if (errno == EOPNOTSUPP || errno == EISDIR || errno == EINVAL)
        return -1;
      *errsv = errno;
      return 0;
    }

  if (!write_all (fd, data, length, errsv))
    {
      close (fd);
      return 0;
    }

  proc = g_strdup_printf ("/proc/self/fd/%d", fd);
  for (guint attempt = 0; ; attempt++)
    {
      g_autofree char *name = temp_name (dir, base);

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
  return 1;
#else
  return -1;
#endif
}

/* The fallback: a named temporary file from the start, removed on any
 * failure, and by the next write if this process is killed. */
static gboolean
write_named (const char *dir,
             const char *base,
             const char *path,
             const char *data,
             gsize       length,
             int        *errsv)
{
  g_autofree char *name = NULL;
  int fd = -1;

  for (guint attempt = 0; fd < 0; attempt++)
    {
      g_clear_pointer (&name, g_free);
      name = temp_name (dir, base);
      fd = open (name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0666);
      if (fd < 0 && (errno != EEXIST || attempt >= 16))
        {
          *errsv = errno;
          return FALSE;
        }
    }

  if (!write_all (fd, data, length, errsv))
    {
      close (fd);
      unlink (name);
      return FALSE;
    }
  close (fd);

  if (rename (name, path) != 0)
    {
      *errsv = errno;
      unlink (name);
      return FALSE;
    }

  return TRUE;
}

/**
 * accord_export_write:
 *
 * Writes @bytes to @file so that it appears complete or not at all: into
 * a temporary file beside it that is synced and then renamed over the
 * target.  On any failure the file that was there is left as it was, and
 * no temporary file remains; one left by a writer killed midway is removed
 * by the next write into the same folder.  g_file_replace_contents() is
 * not used: on a full disk it renames the partial file over the original.
 */
gboolean
accord_export_write (GBytes  *bytes,
                     GFile   *file,
                     GError **error)
{
  g_autofree char *display = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  const char *path;
  const char *data;
  gsize length;
  int errsv = 0;
  gboolean ok;

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

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  data = g_bytes_get_data (bytes, &length);
  if (data == NULL)
    data = "";

  remove_stale_temporaries (dir);

  switch (write_unnamed (dir, base, path, data, length, &errsv))
    {
    case 1:
      ok = TRUE;
      break;
    case 0:
      ok = FALSE;
      break;
    default:
      ok = write_named (dir, base, path, data, length, &errsv);
      break;
    }

  if (ok)
    {
      sync_folder (dir);
      return TRUE;
    }

  display = g_filename_display_name (path);
  g_set_error (error, ACCORD_ERROR, ACCORD_ERROR_EXPORT,
               _("Could not write “%s”: %s"), display, describe_errno (errsv));
  return FALSE;
}
