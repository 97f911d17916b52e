/* driver.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Stands in for a fuzzing engine when the targets are built without one:
 * runs LLVMFuzzerTestOneInput once on every file named on the command line
 * (or found in a directory named there) and reports each as a TAP test.
 * Each input runs in a child process, so that a crash, a fatal GLib message
 * or a leak fails that input alone and the rest still run.  With
 * FUZZ_DRIVER_NO_FORK set, inputs run in this process, for a debugger or
 * Valgrind.
 */

#define G_LOG_DOMAIN "fuzz-driver"

#include "config.h"

#include <glib/gi18n.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);
/* Optional in a target, as with libFuzzer. */
int LLVMFuzzerInitialize (int    *argc,
                          char ***argv) __attribute__ ((weak));

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Sorted, so that the test numbers stay the same from run to run. */
static gboolean
collect_files (const char  *path,
               GPtrArray   *files,
               GError     **error)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = NULL;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_ptr_array_add (files, g_strdup (path));
      return TRUE;
    }

  dir = g_dir_open (path, 0, error);
  if (dir == NULL)
    return FALSE;

  names = g_ptr_array_new_with_free_func (g_free);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      /* Editors' backups and libFuzzer's lock files are not inputs. */
      if (name[0] == '.')
        continue;
      g_ptr_array_add (names, g_build_filename (path, name, NULL));
    }
  g_ptr_array_sort (names, compare_paths);

  for (guint i = 0; i < names->len; i++)
    if (!collect_files (g_ptr_array_index (names, i), files, error))
      return FALSE;

  return TRUE;
}

static gboolean
run_file (const char  *path,
          GError     **error)
{
  g_autofree char *contents = NULL;
  gsize length;
  uint8_t *exact;

  if (!g_file_get_contents (path, &contents, &length, error))
    return FALSE;

  /* g_file_get_contents adds a NUL past the end; a buffer of exactly the
   * file's size lets AddressSanitizer see a target read past its input, as
   * it would under libFuzzer. */
  exact = malloc (length > 0 ? length : 1);
  g_assert (exact != NULL);
  memcpy (exact, contents, length);
  LLVMFuzzerTestOneInput (exact, length);
  free (exact);

  return TRUE;
}

/* Returns what went wrong, or NULL. */
static char *
run_here (const char *path)
{
  g_autoptr(GError) error = NULL;

  if (!run_file (path, &error))
    return g_strdup (error->message);

  return NULL;
}

static char *
run_in_child (const char *path)
{
  pid_t pid;
  int status;

  fflush (NULL);
  pid = fork ();
  if (pid < 0)
    return g_strdup_printf ("fork: %s", g_strerror (errno));

  if (pid == 0)
    {
      g_autoptr(GError) error = NULL;

      if (!run_file (path, &error))
        {
          fprintf (stderr, "%s: %s\n", path, error->message);
          _exit (99);
        }
      /* exit(), not _exit(): LeakSanitizer checks at exit. */
      exit (0);
    }

  while (waitpid (pid, &status, 0) < 0)
    if (errno != EINTR)
      return g_strdup_printf ("waitpid: %s", g_strerror (errno));

  if (WIFSIGNALED (status))
    return g_strdup_printf ("killed by signal %d (%s)", WTERMSIG (status), g_strsignal (WTERMSIG (status)));
  if (WEXITSTATUS (status) == 99)
    return g_strdup ("could not read the file");
  if (WEXITSTATUS (status) != 0)
    return g_strdup_printf ("exit status %d", WEXITSTATUS (status));

  return NULL;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  gboolean no_fork = g_getenv ("FUZZ_DRIVER_NO_FORK") != NULL;
  guint failed = 0;

  if (argc < 2)
    {
      fprintf (stderr, "Usage: %s FILE-OR-DIRECTORY…\n", argv[0]);
      return 2;
    }

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GError) error = NULL;

      if (!collect_files (argv[i], files, &error))
        {
          fprintf (stderr, "%s: %s\n", argv[0], error->message);
          return 2;
        }
    }

  if (LLVMFuzzerInitialize != NULL)
    LLVMFuzzerInitialize (&argc, &argv);

  printf ("1..%u\n", files->len);
  fflush (stdout);

  for (guint i = 0; i < files->len; i++)
    {
      const char *path = g_ptr_array_index (files, i);
      g_autofree char *problem = NULL;

      /* Said before the run so that a crash names its input. */
      printf ("# running %s\n", path);
      fflush (stdout);

      problem = no_fork ? run_here (path) : run_in_child (path);
      if (problem == NULL)
        printf ("ok %u - %s\n", i + 1, path);
      else
        {
          printf ("not ok %u - %s # %s\n", i + 1, path, problem);
          failed++;
        }
      fflush (stdout);
    }

  return failed > 0 ? 1 : 0;
}
