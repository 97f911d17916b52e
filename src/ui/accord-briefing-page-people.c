/* accord-briefing-page-people.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The briefing page's people: the sidebar's list of them, the person page
 * in the reading pane, and the index of where each appears, which is
 * built in a worker thread when a briefing is shown (about a second for
 * 50 MB, see the benchmark) and then gives the section view its links.
 */

#define G_LOG_DOMAIN "accord-briefing-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "accord-actor.h"
#include "accord-briefing.h"
#include "accord-background-unref.h"
#include "accord-briefing-page-private.h"
#include "accord-label-tooltip.h"

static void
setup_person_row (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  accord_label_tooltip_when_shortened (GTK_LABEL (label));
  gtk_list_item_set_child (item, label);
}

static void
bind_person_row (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  AccordActor *actor = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);
  const char *native = accord_actor_get_native_name (actor);
  g_autofree char *text = NULL;

  text = native != NULL ? g_strdup_printf ("%s (%s)", accord_actor_get_name (actor), native)
                        : g_strdup (accord_actor_get_name (actor));
  gtk_label_set_text (GTK_LABEL (label), text);
  /* As the sections' rows: a row is named after what it shows. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (label)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                  -1);
}

static void
on_person_activated (GtkListView        *list,
                     guint               position,
                     AccordBriefingPage *self)
{
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (list));
  g_autoptr(AccordActor) actor = g_list_model_get_item (model, position);

  if (actor != NULL)
    accord_briefing_page_show_person (self, actor);
}

static void
on_person_page_section (AccordBriefingPage *self,
                        AccordSection      *section)
{
  accord_briefing_page_show_section (self, section);
  gtk_widget_grab_focus (GTK_WIDGET (self->section_view));
}

static void
on_person_page_event (AccordBriefingPage *self,
                      AccordEvent        *event)
{
  accord_briefing_page_show_event (self, event);
}

static void
ensure_person_page (AccordBriefingPage *self)
{
  if (self->person_page != NULL)
    return;

  self->person_page = ACCORD_PERSON_PAGE (accord_person_page_new ());
  g_signal_connect_object (self->person_page, "section-activated",
                           G_CALLBACK (on_person_page_section), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->person_page, "event-activated",
                           G_CALLBACK (on_person_page_event), self, G_CONNECT_SWAPPED);
  adw_bin_set_child (self->person_bin, GTK_WIDGET (self->person_page));
}

static void
build_index_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  AccordPeopleIndex *index = accord_people_index_new (task_data, cancellable);

  if (index == NULL)
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "cancelled");
  else
    g_task_return_pointer (task, index, g_object_unref);
}

static void
use_index (AccordBriefingPage *self,
           AccordPeopleIndex  *index)
{
  AccordActor *shown;

  g_set_object (&self->people_index, index);
  accord_section_view_set_mention_finder (self->section_view, accord_people_index_get_finder (index));

  /* A person shown (from before a reload) is shown again from this
   * briefing's index, or by id when the index was not there yet. */
  shown = self->person_page != NULL ? accord_person_page_get_person (self->person_page) : NULL;
  if (self->pending_person != NULL)
    {
      g_autofree char *id = g_steal_pointer (&self->pending_person);
      gboolean was_navigating = self->navigating;

      /* The page shown before a reload, not a new step. */
      self->navigating = TRUE;
      accord_briefing_page_show_person_id (self, id);
      self->navigating = was_navigating;
    }
  else if (shown != NULL)
    {
      AccordActor *again = accord_briefing_lookup_actor (self->briefing, accord_actor_get_id (shown));

      if (again != NULL)
        accord_person_page_set_person (self->person_page, again, index);
    }
}

static void
on_index_built (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  AccordBriefingPage *self = ACCORD_BRIEFING_PAGE (source);
  g_autoptr(AccordPeopleIndex) index = g_task_propagate_pointer (G_TASK (result), NULL);

  /* The task holds the briefing it indexed: a newer one may be shown. */
  if (index == NULL || g_task_get_task_data (G_TASK (result)) != self->briefing)
    return;

  use_index (self, index);
}

/* The list of people gets its rows only once it is shown: hidden behind
 * Sections, its rows would be made (and remade on every reload) for
 * nothing, in the frame that shows the briefing. */
static void
fill_people_list (AccordBriefingPage *self)
{
  GListModel *actors;
  GtkSelectionModel *model;

  if (self->briefing == NULL ||
      g_strcmp0 (gtk_stack_get_visible_child_name (self->sidebar_stack), "people") != 0)
    {
      if (gtk_list_view_get_model (self->people_list) != NULL && self->briefing == NULL)
        gtk_list_view_set_model (self->people_list, NULL);
      return;
    }

  actors = accord_briefing_get_actors (self->briefing);
  model = gtk_list_view_get_model (self->people_list);
  if (model != NULL && gtk_no_selection_get_model (GTK_NO_SELECTION (model)) == actors)
    return;

  model = GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (actors)));
  gtk_list_view_set_model (self->people_list, model);
  g_object_unref (model);
}

void
_accord_briefing_page_set_people_briefing (AccordBriefingPage *self,
                                           AccordBriefing     *briefing)
{
  g_autoptr(GTask) task = NULL;
  AccordPeopleIndex *old_index = g_steal_pointer (&self->people_index);

  g_cancellable_cancel (self->people_cancellable);
  g_clear_object (&self->people_cancellable);
  accord_section_view_set_mention_finder (self->section_view, NULL);

  fill_people_list (self);

  /* A person page shown stays, and is filled again once the index is. */
  if (self->person_page != NULL && accord_person_page_get_person (self->person_page) != NULL &&
      self->pending_person == NULL)
    self->pending_person = g_strdup (accord_actor_get_id (accord_person_page_get_person (self->person_page)));
  if (self->person_page != NULL)
    accord_person_page_set_person (self->person_page, NULL, NULL);

  /* Nothing shows the old index any more: freed off the main thread (see
   * accord_background_unref()). */
  accord_background_unref (old_index);

  self->people_cancellable = g_cancellable_new ();
  task = g_task_new (self, self->people_cancellable, on_index_built, NULL);
  g_task_set_source_tag (task, _accord_briefing_page_set_people_briefing);
  g_task_set_task_data (task, g_object_ref (briefing), g_object_unref);
  g_task_run_in_thread (task, build_index_thread);
}

/* The sidebar's title says which list it shows. */
static void
on_sidebar_list_changed (AccordBriefingPage *self)
{
  gboolean people = g_strcmp0 (gtk_stack_get_visible_child_name (self->sidebar_stack), "people") == 0;

  fill_people_list (self);

  adw_window_title_set_title (self->sidebar_title, people ? _("People") : _("Sections"));
}

void
_accord_briefing_page_init_people (AccordBriefingPage *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_person_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_person_row), NULL);
  gtk_list_view_set_factory (self->people_list, factory);
  g_signal_connect (self->people_list, "activate", G_CALLBACK (on_person_activated), self);
  g_signal_connect_swapped (self->sidebar_stack, "notify::visible-child-name",
                            G_CALLBACK (on_sidebar_list_changed), self);
}

void
_accord_briefing_page_dispose_people (AccordBriefingPage *self)
{
  g_cancellable_cancel (self->people_cancellable);
  g_clear_object (&self->people_cancellable);
  g_clear_object (&self->people_index);
  g_clear_pointer (&self->pending_person, g_free);
  self->person_page = NULL;
}

/**
 * accord_briefing_page_show_person:
 *
 * Shows @actor's page in the reading pane; in a folded window, the
 * content comes forward.
 */
void
accord_briefing_page_show_person (AccordBriefingPage *self,
                                  AccordActor        *actor)
{
  g_return_if_fail (ACCORD_IS_BRIEFING_PAGE (self));
  g_return_if_fail (ACCORD_IS_ACTOR (actor));

  /* Asked for before the worker finished: build it here. */
  if (self->people_index == NULL)
    {
      g_autoptr(AccordPeopleIndex) index = accord_people_index_new (self->briefing, NULL);

      g_cancellable_cancel (self->people_cancellable);
      g_clear_pointer (&self->pending_person, g_free);
      use_index (self, index);
    }

  ensure_person_page (self);
  accord_person_page_set_person (self->person_page, actor, self->people_index);
  gtk_stack_set_visible_child_name (self->reading_stack, "person");
  accord_briefing_page_show_view (self, "section");
  _accord_briefing_page_record (self, "person", accord_actor_get_id (actor));
}

/**
 * accord_briefing_page_show_person_id:
 *
 * Returns: whether the briefing has an actor @id (then shown)
 */
gboolean
accord_briefing_page_show_person_id (AccordBriefingPage *self,
                                     const char         *id)
{
  AccordActor *actor;

  g_return_val_if_fail (ACCORD_IS_BRIEFING_PAGE (self), FALSE);

  if (self->briefing == NULL || id == NULL)
    return FALSE;

  actor = accord_briefing_lookup_actor (self->briefing, id);
  if (actor == NULL)
    return FALSE;

  accord_briefing_page_show_person (self, actor);
  return TRUE;
}

/**
 * accord_briefing_page_get_person:
 *
 * Returns: (transfer none) (nullable): the person whose page is shown in
 *   the reading pane, or %NULL when it shows a section
 */
AccordActor *
accord_briefing_page_get_person (AccordBriefingPage *self)
{
  g_return_val_if_fail (ACCORD_IS_BRIEFING_PAGE (self), NULL);

  if (self->person_page == NULL ||
      g_strcmp0 (gtk_stack_get_visible_child_name (self->reading_stack), "person") != 0)
    return NULL;

  return accord_person_page_get_person (self->person_page);
}

/**
 * accord_briefing_page_get_people_index:
 *
 * Returns: (transfer none) (nullable): the index, or %NULL while it is built
 */
AccordPeopleIndex *
accord_briefing_page_get_people_index (AccordBriefingPage *self)
{
  g_return_val_if_fail (ACCORD_IS_BRIEFING_PAGE (self), NULL);

  return self->people_index;
}

/**
 * accord_briefing_page_get_person_page:
 *
 * Returns: (transfer none) (nullable): the person page, once first shown
 */
GtkWidget *
accord_briefing_page_get_person_page (AccordBriefingPage *self)
{
  g_return_val_if_fail (ACCORD_IS_BRIEFING_PAGE (self), NULL);

  return GTK_WIDGET (self->person_page);
}

GtkListView *
accord_briefing_page_get_people_list (AccordBriefingPage *self)
{
  g_return_val_if_fail (ACCORD_IS_BRIEFING_PAGE (self), NULL);

  return self->people_list;
}

/**
 * accord_briefing_page_show_people_list:
 *
 * Shows the sidebar's list of people instead of the sections.
 */
void
accord_briefing_page_show_people_list (AccordBriefingPage *self)
{
  g_return_if_fail (ACCORD_IS_BRIEFING_PAGE (self));

  gtk_stack_set_visible_child_name (self->sidebar_stack, "people");
}
