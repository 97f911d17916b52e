/* accord-loader-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "accord-json-doc.h"
#include "accord-loader.h"

G_BEGIN_DECLS

typedef struct
{
  const char *key;   /* NULL for an array element */
  guint       index;
} PathSegment;

typedef struct
{
  const char     *display_name;
  const char     *data;
  gsize           length;
  AccordJsonDoc  *doc;
  AccordBriefing *briefing;
  GArray         *path;
  GError         *error;
  guint           n_sections;
} Loader;

gboolean        _accord_loader_load_root            (Loader          *l,
                                                     AccordJsonNode   root_node);
AccordBriefing *_accord_loader_load_data            (const char      *data,
                                                     gsize            length,
                                                     const char      *display_name,
                                                     GFile           *file,
                                                     GError         **error);
void            _accord_loader_set_too_large_error  (GError         **error,
                                                     const char      *display_name,
                                                     guint64          length);

G_END_DECLS
