/* accord-bench-people.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

int accord_bench_people_run (GBytes *json_bytes,
                             int     runs);

G_END_DECLS
