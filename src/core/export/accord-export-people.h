/* accord-export-people.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The exports' index of people: who is named or quoted where.
 */

#pragma once

#include <glib-object.h>

#include "accord-types.h"

G_BEGIN_DECLS

typedef struct
{
  gpointer actor;  /* the AccordActor, as an identity only */
  char   *name;    /* as listed: cleaned, one line */
  char   *key;     /* its collation key in the current locale */
  GArray *blocks;  /* guint: the export blocks that name them, ascending, each once */
  GArray *pages;   /* guint: filled by the PDF layout, 0-based, ascending, each once */
} AccordExportPerson;


const char *_accord_export_people_title   (void);
GPtrArray  *_accord_export_people_collect (AccordBriefing *briefing,
                                           GPtrArray      *blocks,
                                           GObject       **finder);
void        _accord_export_people_append  (GPtrArray      *blocks,
                                           GPtrArray      *people,
                                           const char     *document_title);
int         _accord_export_person_compare (gconstpointer   a,
                                           gconstpointer   b);

/* The PDF layout tells each line it placed; then each person has pages. */
typedef struct _AccordExportPeoplePages AccordExportPeoplePages;

AccordExportPeoplePages *_accord_export_people_pages_new      (GObject                 *finder,
                                                               GPtrArray               *people);
void                     _accord_export_people_pages_add_line (AccordExportPeoplePages *pages,
                                                               guint                    block,
                                                               guint                    page,
                                                               const char              *text,
                                                               gsize                    length);
void                     _accord_export_people_pages_finish   (AccordExportPeoplePages *pages);

G_END_DECLS
