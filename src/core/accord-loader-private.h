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

typedef enum
{
  FIELD_OPTIONAL = 0,
  FIELD_REQUIRED = 1 << 0,
  FIELD_ID       = 1 << 1,
} FieldFlags;

typedef enum
{
  ID_SOURCE,
  ID_ACTOR,
  ID_SECTION,
  ID_EVENT,
} IdKind;

static inline AccordJsonType
node_type (Loader         *l,
           AccordJsonNode  node)
{
  return accord_json_doc_get_node_type (l->doc, node);
}

static inline gboolean
node_is_string (Loader         *l,
                AccordJsonNode  node)
{
  return node_type (l, node) == ACCORD_JSON_STRING;
}

static inline const char *
node_string (Loader         *l,
             AccordJsonNode  node,
             gsize          *length)
{
  return accord_json_doc_get_string (l->doc, node, length);
}

static inline AccordJsonNode
get_member (Loader         *l,
            AccordJsonNode  object,
            const char     *key)
{
  return accord_json_doc_get_member (l->doc, object, key);
}

static inline guint
array_length (Loader         *l,
              AccordJsonNode  array)
{
  return accord_json_doc_get_length (l->doc, array);
}

static inline AccordJsonNode
array_element (Loader         *l,
               AccordJsonNode  array,
               guint           index)
{
  return accord_json_doc_get_element (l->doc, array, index);
}

void            _accord_loader_path_push_key      (Loader          *l,
                                                   const char      *key);
void            _accord_loader_path_push_index    (Loader          *l,
                                                   guint            index);
void            _accord_loader_path_pop           (Loader          *l);
char           *_accord_loader_path_to_string     (Loader          *l);
void            _accord_loader_fail               (Loader          *l,
                                                   int              code,
                                                   const char      *format,
                                                   ...) G_GNUC_PRINTF (3, 4);
const char     *_accord_loader_describe_node      (Loader          *l,
                                                   AccordJsonNode   node);
gboolean        _accord_loader_id_is_valid        (const char      *id);
gboolean        _accord_loader_get_field          (Loader          *l,
                                                   AccordJsonNode   object,
                                                   const char      *key,
                                                   FieldFlags       flags,
                                                   AccordJsonNode  *out);
gboolean        _accord_loader_read_string        (Loader          *l,
                                                   AccordJsonNode   object,
                                                   const char      *key,
                                                   FieldFlags       flags,
                                                   char           **out);
gboolean        _accord_loader_read_array         (Loader          *l,
                                                   AccordJsonNode   object,
                                                   const char      *key,
                                                   FieldFlags       flags,
                                                   AccordJsonNode  *out);
gboolean        _accord_loader_read_string_list   (Loader          *l,
                                                   AccordJsonNode   object,
                                                   const char      *key,
                                                   FieldFlags       flags,
                                                   GStrv           *out);
AccordJsonNode  _accord_loader_element_object     (Loader          *l,
                                                   AccordJsonNode   array,
                                                   guint            index);
gboolean        _accord_loader_read_date          (Loader          *l,
                                                   AccordJsonNode   object,
                                                   const char      *key,
                                                   FieldFlags       flags,
                                                   AccordDate     **out);
void            _accord_loader_fail_missing       (Loader          *l,
                                                   IdKind           kind,
                                                   const char      *id);
void            _accord_loader_fail_duplicate     (Loader          *l,
                                                   IdKind           kind,
                                                   const char      *id);
gboolean        _accord_loader_read_references    (Loader          *l,
                                                   AccordJsonNode   object,
                                                   const char      *key,
                                                   GHashTable      *table,
                                                   IdKind           kind,
                                                   GPtrArray      **out);
gpointer        _accord_loader_read_reference     (Loader          *l,
                                                   AccordJsonNode   object,
                                                   const char      *key,
                                                   FieldFlags       flags,
                                                   GHashTable      *table,
                                                   IdKind           kind,
                                                   gboolean        *ok);
gboolean        _accord_loader_register_id        (Loader          *l,
                                                   GHashTable      *table,
                                                   const char      *id,
                                                   gpointer         object,
                                                   IdKind           kind);

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
