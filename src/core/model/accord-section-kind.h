/* accord-section-kind.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *accord_section_kind_label (const char *kind);

G_END_DECLS
