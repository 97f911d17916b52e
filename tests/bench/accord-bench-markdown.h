/* accord-bench-markdown.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "accord-types.h"

G_BEGIN_DECLS

GBytes *accord_bench_markdown_write (AccordBriefing *briefing);

G_END_DECLS
