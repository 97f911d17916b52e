/* accord-background-unref.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Freeing a 50 MB briefing or its search index takes a few hundred
 * milliseconds of finalizers and page returns: done on the main thread
 * when a reload replaces them, it stops the window for that long.  The
 * last reference goes to a worker thread instead.
 *
 * The objects handed over are immutable data (the model, the index): the
 * worker only frees what nobody else holds, and references are atomic, so
 * whatever the window still uses stays alive and is freed where it drops
 * it.  Callers hand an object over once they are done with it, not while a
 * borrowed pointer into it may still be used.
 */

#include "config.h"

#include "accord-background-unref.h"

static void
unref_object (gpointer object,
              gpointer unused)
{
  g_object_unref (object);
}

static gpointer
create_pool (gpointer data)
{
  /* One thread: freeing is memory-bound, and two reloads in a row free in
   * turn rather than competing with the loader for the second core. */
  return g_thread_pool_new (unref_object, NULL, 1, FALSE, NULL);
}

/**
 * accord_background_unref:
 * @object: (transfer full) (nullable): a reference to drop
 *
 * Drops @object's reference in a worker thread.
 */
void
accord_background_unref (gpointer object)
{
  static GOnce once = G_ONCE_INIT;
  GThreadPool *pool;

  if (object == NULL)
    return;

  g_return_if_fail (G_IS_OBJECT (object));

  pool = g_once (&once, create_pool, NULL);
  if (!g_thread_pool_push (pool, object, NULL))
    g_object_unref (object);
}
