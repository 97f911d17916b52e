/* accord-markdown.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "accord-types.h"

G_BEGIN_DECLS

AccordBriefing *accord_markdown_read (const char  *data,
                                      gsize        length,
                                      const char  *display_name,
                                      GFile       *file,
                                      GError     **error);

G_END_DECLS
