/* accord-test-unprivileged.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Permission cases as root: root reads a file without read permission and
 * writes into a read-only folder, so such a case runs in a child process
 * (g_test_trap_subprocess()) that first becomes the user "nobody".  As
 * any other user these do nothing and the case runs as that user.
 */

#define G_LOG_DOMAIN "accord-test"

/* For setresuid() and setresgid(). */
#define _GNU_SOURCE

#include "config.h"

#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "accord-test-unprivileged.h"

#define UNPRIVILEGED_USER "nobody"

static gboolean
become (const struct passwd *user,
        int                 *errsv)
{
  if (setgroups (0, NULL) != 0 ||
      setresgid (user->pw_gid, user->pw_gid, user->pw_gid) != 0 ||
      setresuid (user->pw_uid, user->pw_uid, user->pw_uid) != 0)
    {
      *errsv = errno;
      return FALSE;
    }
  /* No way back: the case must not pass by regaining root. */
  if (setresuid (0, 0, 0) == 0)
    {
      *errsv = EPERM;
      return FALSE;
    }
  return TRUE;
}

/* Whether a child can become the unprivileged user (asked in a forked
 * child, so that this process keeps its rights). */
gboolean
accord_test_unprivileged_possible (char **why_not)
{
  struct passwd *user;
  pid_t pid;
  int status = 0;

  if (geteuid () != 0)
    return TRUE;

  user = getpwnam (UNPRIVILEGED_USER);
  if (user == NULL)
    {
      *why_not = g_strdup ("there is no user " UNPRIVILEGED_USER);
      return FALSE;
    }

  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      int errsv = 0;

      _exit (become (user, &errsv) ? 0 : 1);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    {
      *why_not = g_strdup ("root cannot become " UNPRIVILEGED_USER " here (no CAP_SETUID)");
      return FALSE;
    }

  return TRUE;
}

/* Makes @path the unprivileged user's, when running as root. */
void
accord_test_unprivileged_give (const char *path)
{
  struct passwd *user;

  if (geteuid () != 0)
    return;

  user = getpwnam (UNPRIVILEGED_USER);
  g_assert_nonnull (user);
  g_assert_cmpint (lchown (path, user->pw_uid, user->pw_gid), ==, 0);
}

/* In the child: becomes the unprivileged user, when running as root. */
void
accord_test_unprivileged_become (void)
{
  struct passwd *user;
  int errsv = 0;

  if (geteuid () != 0)
    return;

  user = getpwnam (UNPRIVILEGED_USER);
  g_assert_nonnull (user);
  if (!become (user, &errsv))
    g_error ("could not become %s: %s", UNPRIVILEGED_USER, g_strerror (errsv));
  g_assert_cmpint (geteuid (), !=, 0);
}
