/* accord-export-progress.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How an export reports its progress: the caller's callback (public), and
 * the throttle the writers report through (private).
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * AccordExportProgressFunc:
 * @fraction: work done so far, from 0 to 1
 *
 * Called in the thread (or, for the async API, the main context) of the
 * caller, never from a worker thread.
 */
typedef void (*AccordExportProgressFunc) (double   fraction,
                                          gpointer user_data);

typedef struct
{
  AccordExportProgressFunc func;
  gpointer data;
  double last;
} AccordExportProgress;

void _accord_export_progress_report (AccordExportProgress *progress,
                                     double                fraction);

G_END_DECLS
