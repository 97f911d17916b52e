/* accord-section-view-highlight.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The section view's search highlights: every match marked with Pango
 * attributes on the plain text, the current one drawn apart and scrolled
 * to, and whether a section has a match at all (for Ctrl+G).
 */

#define G_LOG_DOMAIN "accord-section-view"

#include "config.h"

#include "accord-actor.h"
#include "accord-event.h"
#include "accord-quote.h"
#include "accord-section.h"
#include "accord-section-kind.h"
#include "accord-section-view-private.h"
#include "accord-source.h"

void
_accord_section_view_apply_highlight (AccordSectionView *self)
{
  g_array_set_size (self->matches, 0);

  for (guint i = 0; i < self->text_labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (self->text_labels, i);
      g_autoptr(PangoAttrList) attrs = NULL;
      g_autoptr(GArray) ranges = NULL;

      if (self->highlight_func != NULL)
        ranges = self->highlight_func (gtk_label_get_text (label), self->highlight_data);

      /* The reader's highlights first: a search match is drawn over them. */
      attrs = _accord_section_view_note_attributes (self, label);
      if (ranges != NULL && ranges->len >= 2)
        {
          if (attrs == NULL)
            attrs = pango_attr_list_new ();
          for (guint j = 0; j + 1 < ranges->len; j += 2)
            {
              MatchRef ref = { label, g_array_index (ranges, guint, j), g_array_index (ranges, guint, j + 1) };
              PangoAttribute *attr;

              /* Every match yellow, the current one orange and underlined:
               * both readable in light and dark styles. */
              if (self->matches->len == self->current_match)
                {
                  attr = pango_attr_background_new (0xffff, 0x7878, 0x0000);
                  attr->start_index = ref.start;
                  attr->end_index = ref.end;
                  pango_attr_list_insert (attrs, attr);
                  attr = pango_attr_underline_new (PANGO_UNDERLINE_DOUBLE);
                }
              else
                attr = pango_attr_background_new (0xf6f6, 0xd3d3, 0x2d2d);
              attr->start_index = ref.start;
              attr->end_index = ref.end;
              pango_attr_list_insert (attrs, attr);

              attr = pango_attr_foreground_new (0x1e1e, 0x1e1e, 0x1e1e);
              attr->start_index = ref.start;
              attr->end_index = ref.end;
              pango_attr_list_insert (attrs, attr);

              g_array_append_val (self->matches, ref);
            }
        }

      gtk_label_set_attributes (label, attrs);
    }
}

/**
 * accord_section_view_set_highlight:
 * @func: (nullable): finds the ranges to highlight in a text, or %NULL to
 *   remove every highlight
 */
void
accord_section_view_set_highlight (AccordSectionView   *self,
                                   AccordHighlightFunc  func,
                                   gpointer             user_data,
                                   GDestroyNotify       destroy)
{
  g_return_if_fail (ACCORD_IS_SECTION_VIEW (self));

  if (self->highlight_destroy != NULL)
    self->highlight_destroy (self->highlight_data);

  self->highlight_func = func;
  self->highlight_data = user_data;
  self->highlight_destroy = destroy;
  self->current_match = G_MAXUINT;

  _accord_section_view_apply_highlight (self);
}

guint
accord_section_view_get_n_matches (AccordSectionView *self)
{
  g_return_val_if_fail (ACCORD_IS_SECTION_VIEW (self), 0);

  _accord_section_view_ensure_filled (self);
  return self->matches->len;
}

/**
 * accord_section_view_focus_match:
 *
 * Makes @match the current one (drawn apart from the others) and scrolls
 * it into view.  The keyboard focus stays where it is: on the search entry
 * or wherever the reader left it.
 */
void
accord_section_view_focus_match (AccordSectionView *self,
                                 guint              match)
{
  g_return_if_fail (ACCORD_IS_SECTION_VIEW (self));

  _accord_section_view_ensure_filled (self);
  if (match >= self->matches->len)
    return;

  self->current_match = match;
  _accord_section_view_apply_highlight (self);
  self->scroll_pending = TRUE;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

/**
 * accord_section_view_get_current_match:
 *
 * Returns: the current match, or %G_MAXUINT when there is none
 */
guint
accord_section_view_get_current_match (AccordSectionView *self)
{
  g_return_val_if_fail (ACCORD_IS_SECTION_VIEW (self), G_MAXUINT);

  _accord_section_view_ensure_filled (self);
  return self->current_match < self->matches->len ? self->current_match : G_MAXUINT;
}

static gboolean
text_matches (const char          *text,
              AccordHighlightFunc  func,
              gpointer             user_data)
{
  g_autoptr(GArray) ranges = NULL;

  if (text == NULL)
    return FALSE;

  ranges = func (text, user_data);

  return ranges != NULL && ranges->len > 0;
}

/**
 * accord_section_view_section_has_match:
 *
 * Whether showing @section would highlight anything: the same texts the
 * view shows, without building any widget.  Ctrl+G uses it to skip
 * sections with no match.
 */
gboolean
accord_section_view_section_has_match (AccordSection       *section,
                                       AccordHighlightFunc  func,
                                       gpointer             user_data)
{
  g_autofree char *kind = NULL;
  const char * const *strv;

  g_return_val_if_fail (ACCORD_IS_SECTION (section), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  kind = accord_section_kind_label (accord_section_get_kind (section));
  if (text_matches (accord_section_get_title (section), func, user_data) ||
      text_matches (kind, func, user_data) ||
      text_matches (accord_section_get_summary (section), func, user_data))
    return TRUE;

  for (strv = accord_section_get_key_points (section); *strv; strv++)
    if (text_matches (*strv, func, user_data))
      return TRUE;

  for (strv = accord_section_get_body (section); *strv; strv++)
    if (text_matches (*strv, func, user_data))
      return TRUE;

  for (guint i = 0; i < accord_section_get_n_quotes (section); i++)
    {
      AccordQuote *quote = accord_section_get_quote (section, i);
      g_autofree char *attribution = accord_actor_dup_attribution (accord_quote_get_speaker (quote));

      if (text_matches (accord_quote_get_text (quote), func, user_data) ||
          text_matches (attribution, func, user_data) ||
          text_matches (accord_quote_get_note (quote), func, user_data))
        return TRUE;
    }

  for (guint i = 0; i < accord_section_get_n_actors (section); i++)
    {
      AccordActor *actor = accord_section_get_actor (section, i);

      if (text_matches (accord_actor_get_name (actor), func, user_data) ||
          text_matches (accord_actor_get_native_name (actor), func, user_data) ||
          text_matches (accord_actor_get_role (actor), func, user_data) ||
          text_matches (accord_actor_get_organization (actor), func, user_data) ||
          text_matches (accord_actor_get_country (actor), func, user_data))
        return TRUE;
    }

  for (guint i = 0; i < accord_section_get_n_events (section); i++)
    if (text_matches (accord_event_get_title (accord_section_get_event (section, i)), func, user_data))
      return TRUE;

  {
    g_autoptr(GPtrArray) sources = _accord_section_view_collect_sources (section);

    for (guint i = 0; i < sources->len; i++)
      {
        AccordSource *source = g_ptr_array_index (sources, i);

        if (text_matches (accord_source_get_title (source), func, user_data) ||
            text_matches (accord_source_get_publisher (source), func, user_data) ||
            text_matches (accord_source_get_note (source), func, user_data) ||
            text_matches (accord_source_get_url (source), func, user_data))
          return TRUE;
      }
  }

  return FALSE;
}
