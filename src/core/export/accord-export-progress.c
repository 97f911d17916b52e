/* accord-export-progress.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "accord-export"

#include "config.h"

#include "accord-export-progress.h"

/* @progress may be %NULL: nobody is listening. */
void
_accord_export_progress_report (AccordExportProgress *progress,
                                double                fraction)
{
  if (progress == NULL || progress->func == NULL)
    return;

  fraction = CLAMP (fraction, 0.0, 1.0);

  /* Every percent is plenty for a progress bar. */
  if (progress->last >= 0 && fraction < 1.0 && fraction < progress->last + 0.01)
    return;
  if (fraction <= progress->last)
    return;

  progress->last = fraction;
  progress->func (fraction, progress->data);
}
