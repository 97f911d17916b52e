/* accord-loader-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "accord-date.h"
#include "accord-json-doc.h"
#include "accord-loader.h"

G_BEGIN_DECLS

typedef struct
{
  const char *key;   /* NULL for an array element */
  guint       index;
} AccordLoaderPathSegment;

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
} AccordLoaderState;

typedef enum
{
  FIELD_OPTIONAL = 0,
  FIELD_REQUIRED = 1 << 0,
  FIELD_ID       = 1 << 1,
} AccordLoaderFieldFlags;

typedef enum
{
  ID_SOURCE,
  ID_ACTOR,
  ID_SECTION,
  ID_EVENT,
  ID_GROUP,
  ID_ERA,
} AccordLoaderIdKind;

static inline AccordJsonType
node_type (AccordLoaderState         *l,
           AccordJsonNode  node)
{
  return accord_json_doc_get_node_type (l->doc, node);
}

static inline gboolean
node_is_string (AccordLoaderState         *l,
                AccordJsonNode  node)
{
  return node_type (l, node) == ACCORD_JSON_STRING;
}

static inline const char *
node_string (AccordLoaderState         *l,
             AccordJsonNode  node,
             gsize          *length)
{
  return accord_json_doc_get_string (l->doc, node, length);
}

static inline AccordJsonNode
get_member (AccordLoaderState         *l,
            AccordJsonNode  object,
            const char     *key)
{
  return accord_json_doc_get_member (l->doc, object, key);
}

static inline guint
array_length (AccordLoaderState         *l,
              AccordJsonNode  array)
{
  return accord_json_doc_get_length (l->doc, array);
}

static inline AccordJsonNode
array_element (AccordLoaderState         *l,
               AccordJsonNode  array,
               guint           index)
{
  return accord_json_doc_get_element (l->doc, array, index);
}

void            _accord_loader_path_push_key      (AccordLoaderState          *l,
                                                   const char      *key);
void            _accord_loader_path_push_index    (AccordLoaderState          *l,
                                                   guint            index);
void            _accord_loader_path_pop           (AccordLoaderState          *l);
char           *_accord_loader_path_to_string     (AccordLoaderState          *l);
void            _accord_loader_fail               (AccordLoaderState          *l,
                                                   int              code,
                                                   const char      *format,
                                                   ...) G_GNUC_PRINTF (3, 4);
const char     *_accord_loader_describe_node      (AccordLoaderState          *l,
                                                   AccordJsonNode   node);
gboolean        _accord_loader_get_field          (AccordLoaderState          *l,
                                                   AccordJsonNode   object,
                                                   const char      *key,
                                                   AccordLoaderFieldFlags       flags,
                                                   AccordJsonNode  *out);
gboolean        _accord_loader_read_string        (AccordLoaderState          *l,
                                                   AccordJsonNode   object,
                                                   const char      *key,
                                                   AccordLoaderFieldFlags       flags,
                                                   char           **out);
gboolean        _accord_loader_read_array         (AccordLoaderState          *l,
                                                   AccordJsonNode   object,
                                                   const char      *key,
                                                   AccordLoaderFieldFlags       flags,
                                                   AccordJsonNode  *out);
gboolean        _accord_loader_read_string_list   (AccordLoaderState          *l,
                                                   AccordJsonNode   object,
                                                   const char      *key,
                                                   AccordLoaderFieldFlags       flags,
                                                   GStrv           *out);
AccordJsonNode  _accord_loader_element_object     (AccordLoaderState          *l,
                                                   AccordJsonNode   array,
                                                   guint            index);
gboolean        _accord_loader_read_date          (AccordLoaderState          *l,
                                                   AccordJsonNode   object,
                                                   const char      *key,
                                                   AccordLoaderFieldFlags       flags,
                                                   AccordDate     **out);
void            _accord_loader_fail_missing       (AccordLoaderState          *l,
                                                   AccordLoaderIdKind           kind,
                                                   const char      *id);
void            _accord_loader_fail_duplicate     (AccordLoaderState          *l,
                                                   AccordLoaderIdKind           kind,
                                                   const char      *id);
gboolean        _accord_loader_read_references    (AccordLoaderState          *l,
                                                   AccordJsonNode   object,
                                                   const char      *key,
                                                   GHashTable      *table,
                                                   AccordLoaderIdKind           kind,
                                                   GPtrArray      **out);
gpointer        _accord_loader_read_reference     (AccordLoaderState          *l,
                                                   AccordJsonNode   object,
                                                   const char      *key,
                                                   AccordLoaderFieldFlags       flags,
                                                   GHashTable      *table,
                                                   AccordLoaderIdKind           kind,
                                                   gboolean        *ok);
gboolean        _accord_loader_register_id        (AccordLoaderState          *l,
                                                   GHashTable      *table,
                                                   const char      *id,
                                                   gpointer         object,
                                                   AccordLoaderIdKind           kind);

gboolean        _accord_loader_load_root            (AccordLoaderState          *l,
                                                     AccordJsonNode   root_node);
gboolean        _accord_loader_load_timelinejs      (AccordLoaderState          *l,
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
