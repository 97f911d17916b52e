/* accord-section-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "accord-mention-finder.h"
#include "accord-note-store.h"
#include "accord-types.h"

G_BEGIN_DECLS

#define ACCORD_TYPE_SECTION_VIEW (accord_section_view_get_type ())

G_DECLARE_FINAL_TYPE (AccordSectionView, accord_section_view, ACCORD, SECTION_VIEW, GtkWidget)

/* Returns the ranges (pairs of byte offsets, start then end) of @text to
 * highlight; NULL for none. */
typedef GArray *(*AccordHighlightFunc) (const char *text,
                                        gpointer    user_data);

GtkWidget     *accord_section_view_new             (void);
AccordSection *accord_section_view_get_section     (AccordSectionView   *self);
/* accord-section-view-mentions.c */
void           accord_section_view_set_mention_finder (AccordSectionView   *self,
                                                       AccordMentionFinder *finder);
void           accord_section_view_set_section     (AccordSectionView   *self,
                                                    AccordSection       *section);
void           accord_section_view_set_highlight   (AccordSectionView   *self,
                                                    AccordHighlightFunc  func,
                                                    gpointer             user_data,
                                                    GDestroyNotify       destroy);
guint          accord_section_view_get_n_matches   (AccordSectionView   *self);
void           accord_section_view_focus_match     (AccordSectionView   *self,
                                                    guint                match);
guint          accord_section_view_get_current_match
                                                   (AccordSectionView   *self);
gboolean       accord_section_view_section_has_match
                                                   (AccordSection       *section,
                                                    AccordHighlightFunc  func,
                                                    gpointer             user_data);
double         accord_section_view_get_scroll      (AccordSectionView   *self);
void           accord_section_view_set_scroll      (AccordSectionView   *self,
                                                    double               value);
GtkWidget     *accord_section_view_find_label      (AccordSectionView   *self,
                                                    const char          *text);
void           accord_section_view_set_notes       (AccordSectionView   *self,
                                                    AccordNoteStore     *notes,
                                                    AccordBriefing      *briefing);
gboolean       accord_section_view_show_note       (AccordSectionView   *self,
                                                    AccordNote          *note);

G_END_DECLS
