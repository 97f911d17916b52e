/* accord-loader.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "accord-types.h"

G_BEGIN_DECLS

/* Bounds that keep any file under the size cap from exhausting memory: the
 * document takes 12 bytes a value plus the text, and the model a few dozen
 * bytes an object, so no accepted file reaches a gigabyte.  They also keep
 * the file readable by json-glib 1.6, which needs about 200 bytes a value. */
#define ACCORD_LOADER_MAX_FILE_SIZE (64 * 1024 * 1024)
#define ACCORD_LOADER_MAX_DEPTH     64
#define ACCORD_LOADER_MAX_VALUES    2000000

#define ACCORD_BUNDLED_BRIEFING "/io/github/accordapp/Accord/briefings/canada-korea-2026.briefing.json"

AccordBriefing *accord_loader_load_bytes       (GBytes               *bytes,
                                                const char           *display_name,
                                                GError              **error);
AccordBriefing *accord_loader_load_file        (GFile                *file,
                                                const char           *display_name,
                                                GCancellable         *cancellable,
                                                GError              **error);
AccordBriefing *accord_loader_load_resource    (const char           *path,
                                                GError              **error);
AccordBriefing *accord_loader_load_bundled     (GError              **error);
void            accord_loader_load_file_async  (GFile                *file,
                                                const char           *display_name,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
AccordBriefing *accord_loader_load_file_finish (GAsyncResult         *result,
                                                GError              **error);

G_END_DECLS
