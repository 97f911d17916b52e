/* accord-briefing-page-history.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Back and forward, as in GNOME Web, Devhelp and Yelp, over the places the
 * reader opened: sections, person pages, events and searches.  The page
 * records each (by kind and id, AccordHistory) unless it is showing one
 * of them again; each window has its own page, so its own history, and
 * the page outlives a reload, which keeps it.  In a folded window Back
 * first returns to the sidebar (accord_briefing_page_navigate_back()).
 */

#define G_LOG_DOMAIN "accord-briefing-page"

#include "config.h"

#include <adwaita.h>

#include "accord-actor.h"
#include "accord-briefing.h"
#include "accord-briefing-page-private.h"
#include "accord-event.h"
#include "accord-section.h"

#define MAX_PLACES 200

void
_accord_briefing_page_record (AccordBriefingPage *self,
                              const char         *kind,
                              const char         *key)
{
  if (self->navigating || self->history == NULL || key == NULL)
    return;

  accord_history_visit (self->history, kind, key);
}

void
_accord_briefing_page_update_can_go_back (AccordBriefingPage *self)
{
  gboolean can = accord_briefing_page_can_go_back (self);

  if (can != self->could_go_back)
    {
      self->could_go_back = can;
      g_object_notify (G_OBJECT (self), "can-go-back");
    }
}

static void
on_history_changed (AccordBriefingPage *self,
                    GParamSpec         *pspec)
{
  if (g_str_equal (pspec->name, "can-go-forward"))
    g_object_notify (G_OBJECT (self), "can-go-forward");
  else
    _accord_briefing_page_update_can_go_back (self);
}

/* Shows a place of the history; FALSE when this briefing has no such
 * place (a reload removed it). */
static gboolean
show_place (AccordBriefingPage *self,
            const char         *kind,
            const char         *key)
{
  gboolean shown = FALSE;

  if (self->briefing == NULL)
    return FALSE;

  self->navigating = TRUE;

  if (g_str_equal (kind, "section"))
    {
      AccordSection *section = accord_briefing_lookup_section (self->briefing, key);

      if ((shown = section != NULL))
        {
          accord_briefing_page_show_section (self, section);
          accord_briefing_page_focus_view (self);
        }
    }
  else if (g_str_equal (kind, "person"))
    {
      if ((shown = accord_briefing_page_show_person_id (self, key)))
        accord_briefing_page_focus_view (self);
    }
  else if (g_str_equal (kind, "event"))
    {
      AccordEvent *event = accord_briefing_lookup_event (self->briefing, key);

      if ((shown = event != NULL))
        accord_briefing_page_show_event (self, event);
    }
  else if (g_str_equal (kind, "search"))
    {
      accord_briefing_page_begin_search (self, key);
      shown = TRUE;
    }

  self->navigating = FALSE;
  return shown;
}

static gboolean
step (AccordBriefingPage *self,
      int                 direction)
{
  const char *kind, *key;

  for (;;)
    {
      gboolean moved = direction < 0 ? accord_history_go_back (self->history, &kind, &key)
                                     : accord_history_go_forward (self->history, &kind, &key);

      if (!moved)
        return FALSE;
      if (show_place (self, kind, key))
        return TRUE;
      /* Gone since: forget it and keep going the same way. */
      accord_history_forget_current (self->history);
      if (direction > 0 && !accord_history_go_back (self->history, NULL, NULL))
        return FALSE;
    }
}

/**
 * accord_briefing_page_go_back:
 *
 * In a folded window showing the content, returns to the sidebar;
 * otherwise shows the place opened before the current one.
 *
 * Returns: whether anything changed
 */
gboolean
accord_briefing_page_go_back (AccordBriefingPage *self)
{
  g_return_val_if_fail (ACCORD_IS_BRIEFING_PAGE (self), FALSE);

  if (accord_briefing_page_navigate_back (self))
    return TRUE;

  return step (self, -1);
}

gboolean
accord_briefing_page_go_forward (AccordBriefingPage *self)
{
  g_return_val_if_fail (ACCORD_IS_BRIEFING_PAGE (self), FALSE);

  return step (self, 1);
}

gboolean
accord_briefing_page_can_go_back (AccordBriefingPage *self)
{
  g_return_val_if_fail (ACCORD_IS_BRIEFING_PAGE (self), FALSE);

  if (adw_leaflet_get_folded (self->leaflet) &&
      adw_leaflet_get_visible_child (self->leaflet) == self->content)
    return TRUE;

  return self->history != NULL && accord_history_can_go_back (self->history);
}

gboolean
accord_briefing_page_can_go_forward (AccordBriefingPage *self)
{
  g_return_val_if_fail (ACCORD_IS_BRIEFING_PAGE (self), FALSE);

  return self->history != NULL && accord_history_can_go_forward (self->history);
}

/**
 * accord_briefing_page_get_history:
 *
 * Returns: (transfer none): the page's history
 */
AccordHistory *
accord_briefing_page_get_history (AccordBriefingPage *self)
{
  g_return_val_if_fail (ACCORD_IS_BRIEFING_PAGE (self), NULL);

  return self->history;
}

void
_accord_briefing_page_init_history (AccordBriefingPage *self)
{
  self->history = accord_history_new (MAX_PLACES);
  g_signal_connect_object (self->history, "notify::can-go-back",
                           G_CALLBACK (on_history_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->history, "notify::can-go-forward",
                           G_CALLBACK (on_history_changed), self, G_CONNECT_SWAPPED);
}

void
_accord_briefing_page_dispose_history (AccordBriefingPage *self)
{
  g_clear_object (&self->history);
}
