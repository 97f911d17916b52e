/* accord-section-view-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by accord-section-view.c (the view), accord-section-view-blocks.c
 * (quotes, people, events, sources) and accord-section-view-highlight.c
 * (search matches).
 */

#pragma once

#include <adwaita.h>

#include "accord-mention-finder.h"
#include "accord-note-store.h"
#include "accord-section-view.h"

G_BEGIN_DECLS

struct _AccordSectionView
{
  GtkWidget           parent_instance;

  GtkScrolledWindow  *scroller;
  GtkLabel           *kind_label;
  GtkLabel           *title_label;
  GtkLabel           *summary_label;
  GtkBox             *sections_box;

  AccordSection      *section;
  GPtrArray          *text_labels;   /* labels that show briefing text */
  guint               tail_source;   /* adds what follows the body, or 0 */

  AccordHighlightFunc highlight_func;
  gpointer            highlight_data;
  GDestroyNotify      highlight_destroy;
  GArray             *matches;       /* MatchRef */
  guint               current_match; /* G_MAXUINT: none */
  gboolean            scroll_pending; /* to the current match, once laid out */
  double              pending_scroll; /* a position to restore once laid out, or -1 */

  AccordMentionFinder *finder;       /* names shown as links; may be NULL */
  /* The reader's notes (accord-section-view-notes.c) */
  AccordNoteStore    *notes;
  AccordBriefing     *notes_briefing;
  GtkWidget          *note_popover;
  GtkWidget          *scroll_to;      /* a label to bring into view once laid out */
};

typedef struct
{
  GtkLabel *label;
  guint     start;  /* byte offsets in the label's text */
  guint     end;
} MatchRef;

void       _accord_section_view_ensure_filled      (AccordSectionView *self);
GtkLabel  *_accord_section_view_make_label        (AccordSectionView *self,
                                                   const char        *text,
                                                   const char        *css_class,
                                                   gboolean           is_briefing_text);
GtkWidget *_accord_section_view_make_quote        (AccordSectionView *self,
                                                   AccordQuote       *quote);
GtkWidget *_accord_section_view_make_actor        (AccordSectionView *self,
                                                   AccordActor       *actor);
GtkWidget *_accord_section_view_make_event_button (AccordSectionView *self,
                                                   AccordEvent       *event);
GtkWidget *_accord_section_view_make_source       (AccordSectionView *self,
                                                   AccordSource      *source);
void       _accord_section_view_apply_highlight   (AccordSectionView *self);
GPtrArray *_accord_section_view_collect_sources   (AccordSection     *section);
void       _accord_section_view_link_mentions     (AccordSectionView *self);
GtkWidget *_accord_section_view_make_person_button (AccordSectionView *self,
                                                    GtkWidget         *child,
                                                    AccordActor       *actor);

PangoAttrList *_accord_section_view_note_attributes (AccordSectionView *self,
                                                     GtkLabel          *label);
void       _accord_section_view_tag_label         (AccordSectionView *self,
                                                   GtkLabel          *label,
                                                   const char        *field,
                                                   guint              index,
                                                   guint              offset);
void       _accord_section_view_tag_labels_since  (AccordSectionView *self,
                                                   guint              first,
                                                   const char        *field,
                                                   guint              index);
void       _accord_section_view_notes_class_init  (GtkWidgetClass    *widget_class);
void       _accord_section_view_notes_dispose     (AccordSectionView *self);
void       _accord_section_view_notes_allocated   (AccordSectionView *self);

G_END_DECLS
