/* accord-test-unprivileged.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean accord_test_unprivileged_possible (char       **why_not);
void     accord_test_unprivileged_give     (const char  *path);
void     accord_test_unprivileged_become   (void);

G_END_DECLS
