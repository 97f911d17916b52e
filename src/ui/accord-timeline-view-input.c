/* accord-timeline-view-input.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a person interacts with on the timeline: the child widgets (one per
 * visible event or cluster, from a recycled pool), the keyboard focus
 * among them, key bindings, scrolling, dragging and pinching.
 */

#define G_LOG_DOMAIN "accord-timeline-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "accord-date.h"
#include "accord-event.h"
#include "accord-group.h"
#include "accord-timeline-view-private.h"

#define WHEEL_STEP 48.0

static char *
format_day (gint64 day)
{
  g_autoptr(AccordDate) date = NULL;
  g_autofree char *text = NULL;
  int y, m, d;

  accord_date_civil_from_days (day, &y, &m, &d);
  text = g_strdup_printf ("%04d-%02d-%02d", y, m, d);
  if (y < 0 || y > 9999 || (date = accord_date_parse (text, NULL)) == NULL)
    return g_steal_pointer (&text);

  return accord_date_format (date);
}

static void
marker_bind (AccordTimelineView       *self,
             AccordTimelineMarker     *marker,
             const AccordTimelineItem *item)
{
  static const char * const kinds[] = { "point", "band", "bar", "cluster" };
  gboolean same = marker->bound &&
                  marker->item.index == item->index &&
                  marker->item.row == item->row &&
                  marker->item.kind == item->kind &&
                  marker->item.count == item->count &&
                  timeline_label_hidden (&marker->item) == timeline_label_hidden (item);
  gboolean is_span = item->kind == ACCORD_TIMELINE_ITEM_BAND || item->kind == ACCORD_TIMELINE_ITEM_BAR;
  gboolean horizontal = timeline_is_horizontal (self);
  g_autofree char *text = NULL;
  g_autofree char *when = NULL;
  g_autofree char *tooltip = NULL;
  g_autofree char *name = NULL;
  AccordGroup *group = NULL;

  marker->item = *item;
  marker->in_use = TRUE;
  if (same)
    return;

  marker->bound = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (marker), kinds[i]);
  gtk_widget_add_css_class (GTK_WIDGET (marker), kinds[item->kind]);

  if (item->kind == ACCORD_TIMELINE_ITEM_CLUSTER)
    {
      g_autofree char *first = format_day (item->first_day);
      g_autofree char *last = format_day (item->last_day);

      text = g_strdup_printf (ngettext ("%u event", "%u events", item->count), item->count);
      /* Translators: the days a cluster of events covers, first – last */
      when = item->first_day == item->last_day ? g_strdup (first) : g_strdup_printf (_("%s – %s"), first, last);
    }
  else
    {
      g_autoptr(AccordEvent) event = g_list_model_get_item (self->events, item->index);

      text = g_strdup (accord_event_get_title (event));
      when = accord_event_format_date (event);
      group = accord_event_get_group (event);
    }

  /* A cluster holds the events of its row's group. */
  if (item->kind == ACCORD_TIMELINE_ITEM_CLUSTER)
    group = _accord_timeline_view_get_row_group (self, item->row);

  gtk_label_set_text (marker->label, text);
  marker->label_chars = g_utf8_strlen (text, -1);
  /* Where the layout found no room for it, the tooltip carries it. */
  gtk_widget_set_visible (GTK_WIDGET (marker->label), !timeline_label_hidden (item));

  /* Translators: tooltip of an event on the timeline: title — date */
  tooltip = g_strdup_printf (_("%s — %s"), text, when);
  gtk_widget_set_tooltip_text (GTK_WIDGET (marker), tooltip);
  if (group != NULL)
    /* Translators: what a screen reader says for an event in a group of
     * the timeline: title, date, group */
    name = g_strdup_printf (_("%s, %s, %s"), text, when, accord_group_get_title (group));
  else
    /* Translators: what a screen reader says for an event: title, date */
    name = g_strdup_printf (_("%s, %s"), text, when);
  gtk_accessible_update_property (GTK_ACCESSIBLE (marker),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);

  /* Points and clusters have their marker before the label; the label of
   * a bar or band lies on it when wide, beside it when narrow. */
  gtk_widget_set_margin_start (GTK_WIDGET (marker->label), is_span && horizontal ? 8 : MARKER_SIZE + 8);
  gtk_widget_set_margin_top (GTK_WIDGET (marker->label), is_span && !horizontal ? 4 : 0);
  gtk_widget_set_halign (GTK_WIDGET (marker->label), GTK_ALIGN_START);
  gtk_widget_set_valign (GTK_WIDGET (marker->label),
                         is_span && !horizontal ? GTK_ALIGN_START : GTK_ALIGN_CENTER);
}

#define MARKER_KEY(item) \
  GUINT_TO_POINTER (((item)->index << 1 | ((item)->kind == ACCORD_TIMELINE_ITEM_CLUSTER)) + 1)

/* Gives each item of the frame a marker: the one it had, so that focus
 * stays while panning, or an unused one before any new one.  The pool
 * only grows to the most items a frame ever held. */
void
_accord_timeline_view_sync_markers (AccordTimelineView *self)
{
  g_autoptr(GHashTable) by_key = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) unplaced = g_array_new (FALSE, FALSE, sizeof (guint));
  const AccordTimelineItem *items = NULL;
  guint n_items = 0;
  guint next_free = 0;
  gboolean lost_focus = FALSE;

  if (self->frame != NULL)
    items = accord_timeline_frame_get_items (self->frame, &n_items);

  for (guint i = 0; i < self->markers->len; i++)
    {
      AccordTimelineMarker *marker = g_ptr_array_index (self->markers, i);

      if (marker->in_use && marker->bound)
        g_hash_table_insert (by_key, MARKER_KEY (&marker->item), marker);
      marker->in_use = FALSE;
    }

  for (guint i = 0; i < n_items; i++)
    {
      AccordTimelineMarker *marker = g_hash_table_lookup (by_key, MARKER_KEY (&items[i]));

      if (marker != NULL && !marker->in_use)
        marker_bind (self, marker, &items[i]);
      else
        g_array_append_val (unplaced, i);
    }

  for (guint u = 0; u < unplaced->len; u++)
    {
      AccordTimelineMarker *marker = NULL;

      while (next_free < self->markers->len && marker == NULL)
        {
          AccordTimelineMarker *candidate = g_ptr_array_index (self->markers, next_free++);

          /* The focused one keeps its event or goes: reused for another,
           * Enter would open the wrong one. */
          if (!candidate->in_use && !gtk_widget_has_focus (GTK_WIDGET (candidate)))
            marker = candidate;
        }

      if (marker == NULL)
        {
          marker = g_object_new (ACCORD_TYPE_TIMELINE_MARKER, NULL);
          /* Under the rows' scrollbar, which stays on top for the pointer. */
          gtk_widget_insert_before (GTK_WIDGET (marker), GTK_WIDGET (self), self->rows_scrollbar);
          g_ptr_array_add (self->markers, marker);
          next_free = self->markers->len;
        }

      marker_bind (self, marker, &items[g_array_index (unplaced, guint, u)]);
    }

  for (guint i = 0; i < self->markers->len; i++)
    {
      AccordTimelineMarker *marker = g_ptr_array_index (self->markers, i);

      if (!marker->in_use && gtk_widget_has_focus (GTK_WIDGET (marker)))
        lost_focus = TRUE;

      gtk_widget_set_child_visible (GTK_WIDGET (marker), marker->in_use);
      if (marker->in_use && timeline_item_has_selected (self, &marker->item))
        gtk_widget_add_css_class (GTK_WIDGET (marker), "selected");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (marker), "selected");
    }

  /* The focused event joined a cluster or scrolled away: the cluster, or
   * else the canvas, takes the focus, so that the keys still work. */
  if (lost_focus)
    {
      AccordTimelineMarker *holder = _accord_timeline_view_find_marker (self, self->selected);

      self->moving_focus = TRUE;
      gtk_widget_grab_focus (holder != NULL ? GTK_WIDGET (holder) : GTK_WIDGET (self));
      self->moving_focus = FALSE;
    }
}

/* Their texts are stale: new events, or margins for another orientation. */
void
_accord_timeline_view_unbind_markers (AccordTimelineView *self)
{
  for (guint i = 0; i < self->markers->len; i++)
    ((AccordTimelineMarker *) g_ptr_array_index (self->markers, i))->bound = FALSE;
  self->frame_dirty = TRUE;
}

/* Horizontal: where an item's child starts along the axis, before its
 * label. */
static double
visual_start (AccordTimelineView       *self,
              const AccordTimelineItem *item)
{
  gboolean is_span = item->kind == ACCORD_TIMELINE_ITEM_BAND || item->kind == ACCORD_TIMELINE_ITEM_BAR;
  double m = timeline_item_marker_px (self, item);

  if (is_span)
    return MAX (item->start_px, -2);
  if (item->kind == ACCORD_TIMELINE_ITEM_CLUSTER && timeline_label_hidden (item))
    return MAX (MIN (item->start_px, m - 14) - 2, -2);

  return m - MARKER_SIZE / 2.0 - 4;
}

/* For each item of the frame, where the next item of its lane starts
 * (G_MAXDOUBLE for the last): a label may use the room up to there, and
 * never covers it. */
static GHashTable *
lane_limits (AccordTimelineView *self)
{
  GHashTable *limits = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_autofree double *next = NULL;
  const AccordTimelineItem *items;
  guint n_items, n_lanes;

  if (self->frame == NULL)
    return limits;

  items = accord_timeline_frame_get_items (self->frame, &n_items);
  n_lanes = accord_timeline_frame_get_n_lanes (self->frame);
  next = g_new (double, MAX (n_lanes, 1));
  for (guint l = 0; l < n_lanes; l++)
    next[l] = G_MAXDOUBLE;

  /* Items come in order of their start; the visible starts of one lane
   * keep that order. */
  for (guint i = n_items; i-- > 0;)
    {
      double *limit = g_new (double, 1);

      if (items[i].lane >= n_lanes)
        {
          g_free (limit);
          continue;
        }
      *limit = next[items[i].lane];
      g_hash_table_insert (limits, MARKER_KEY (&items[i]), limit);
      next[items[i].lane] = visual_start (self, &items[i]);
    }

  return limits;
}

/* A label shows only where at least a few characters fit: never a lone
 * "…", nor the tail of a label whose marker scrolled off. */
static void
show_label (AccordTimelineMarker *marker,
            gboolean              shown)
{
  gtk_widget_set_opacity (GTK_WIDGET (marker->label), shown ? 1 : 0);
}

void
_accord_timeline_view_allocate_markers (AccordTimelineView *self)
{
  gboolean horizontal = timeline_is_horizontal (self);
  g_autoptr(GHashTable) limits = horizontal ? lane_limits (self) : NULL;
  /* The least room a label is shown in: three characters and the
   * ellipsis. */
  double least_label = 4 * self->char_width;
  AccordTimelineMarker *out_of_view = NULL;

  for (guint i = 0; i < self->markers->len; i++)
    {
      AccordTimelineMarker *marker = g_ptr_array_index (self->markers, i);
      const AccordTimelineItem *item = &marker->item;
      gboolean is_span = item->kind == ACCORD_TIMELINE_ITEM_BAND || item->kind == ACCORD_TIMELINE_ITEM_BAR;
      double cross = timeline_item_cross (self, item);
      double a0, a1, c0, c1;
      gboolean label_shown = TRUE;
      graphene_rect_t r;
      GtkAllocation alloc;
      int min_w, nat_w, min_h;

      if (!marker->in_use)
        continue;

      gtk_widget_measure (GTK_WIDGET (marker), GTK_ORIENTATION_HORIZONTAL, -1, &min_w, &nat_w, NULL, NULL);
      gtk_widget_measure (GTK_WIDGET (marker), GTK_ORIENTATION_VERTICAL, -1, &min_h, NULL, NULL, NULL);

      if (timeline_label_hidden (item) && !is_span)
        {
          double m = timeline_item_marker_px (self, item);

          /* Room for a count badge on a cluster. */
          double half = item->kind == ACCORD_TIMELINE_ITEM_CLUSTER ? 14 : MARKER_SIZE / 2.0;

          a0 = m - half - 2;
          a1 = m + half + 2;
          if (item->kind == ACCORD_TIMELINE_ITEM_CLUSTER)
            {
              a0 = MIN (item->start_px, a0);
              a1 = MAX (item->end_px, a1);
            }
          c0 = cross - MARKER_SIZE / 2.0 - 4;
          c1 = cross + MARKER_SIZE / 2.0 + 4;
        }
      else if (timeline_label_hidden (item))
        {
          a0 = MAX (item->start_px, -2);
          a1 = MAX (MIN (item->end_px, self->length + 2), a0 + 8);
          c0 = cross - (horizontal ? BUTTON_HEIGHT / 2.0 : MARKER_SIZE / 2.0 + 4);
          c1 = cross + (horizontal ? BUTTON_HEIGHT / 2.0 : MARKER_SIZE / 2.0 + 4);
        }
      else if (horizontal)
        {
          double *limit = g_hash_table_lookup (limits, MARKER_KEY (item));
          /* Up to the next item of the lane, or the end of the view,
           * whatever the layout kept for the label: zoomed in, titles use
           * the room there is; crowded, they never cover the next marker,
           * and they end (ellipsized) in view rather than run out of it. */
          double until = MIN (limit != NULL ? *limit : G_MAXDOUBLE, self->length + 4) - 4;

          if (is_span)
            {
              a0 = MAX (item->start_px, -2);
              a1 = MIN (item->end_px, self->length + 2);
              /* A narrow band lets its label out, as far as there is room;
               * one that has mostly scrolled off keeps it inside, where it
               * shows only if it fits. */
              if (a1 - a0 < nat_w && item->start_px >= 0)
                a1 = MAX (a1, MIN (a0 + nat_w, until));
              /* Its label starts 8 px in. */
              label_shown = a1 - a0 - 8 >= least_label;
            }
          else
            {
              a0 = timeline_item_marker_px (self, item) - MARKER_SIZE / 2.0 - 4;
              a1 = MAX (MIN (a0 + nat_w, until), a0 + MARKER_SIZE + 8);
              label_shown = a1 - a0 - (MARKER_SIZE + 8) >= least_label &&
                            timeline_item_marker_px (self, item) >= 0;
            }
          c0 = cross - BUTTON_HEIGHT / 2.0;
          c1 = c0 + BUTTON_HEIGHT;
        }
      else
        {
          a0 = is_span ? MAX (item->start_px, -2) : item->start_px - LINE_HEIGHT / 2.0;
          a1 = is_span ? MAX (MIN (item->end_px, self->length + 2), a0 + LINE_HEIGHT) : a0 + LINE_HEIGHT;
          c0 = cross - MARKER_SIZE / 2.0 - 4;
          c1 = self->lanes_start - self->cross_offset + (item->lane + 1) * self->lane_size - 4;
          label_shown = c1 - c0 - (MARKER_SIZE + 8) >= least_label;
        }

      show_label (marker, label_shown);

      /* Within the view, not over the days it covers: a cluster reaching
       * far out of view would take the focus ring with it.  What is out
       * of view altogether stays there. */
      if (a1 > 0)
        a0 = MAX (a0, -2);
      if (a0 < self->length)
        a1 = MIN (a1, self->length + 2);
      /* …nor what the rows scrolled out of view. */
      /* What lies under the axis is not drawn there: not clicked there
       * either. */
      gtk_widget_set_can_target (GTK_WIDGET (marker),
                                 _accord_timeline_view_cross_in_view (self, (c0 + c1) / 2, (c0 + c1) / 2 + 1));
      if (a1 <= 0 || a0 >= self->length || !_accord_timeline_view_cross_in_view (self, c0, c1))
        out_of_view = gtk_widget_has_focus (GTK_WIDGET (marker)) ? marker : out_of_view;

      r = timeline_rect (self, a0, a1, c0, c1);
      alloc.x = (int) floor (r.origin.x);
      alloc.y = (int) floor (r.origin.y);
      alloc.width = MAX ((int) ceil (r.size.width), min_w);
      alloc.height = MAX ((int) ceil (r.size.height), min_h);
      gtk_widget_size_allocate (GTK_WIDGET (marker), &alloc, -1);
    }

  /* The focus never stays on what cannot be seen: the canvas takes it,
   * and the keys go on from the selected event. */
  if (out_of_view != NULL)
    {
      self->moving_focus = TRUE;
      gtk_widget_grab_focus (GTK_WIDGET (self));
      self->moving_focus = FALSE;
    }
}

/* The marker of the event at @position, or of the cluster that holds it
 * when it is the selected one. */
AccordTimelineMarker *
_accord_timeline_view_find_marker (AccordTimelineView *self,
                                   guint               position)
{
  AccordTimelineMarker *cluster = NULL;

  for (guint i = 0; i < self->markers->len; i++)
    {
      AccordTimelineMarker *marker = g_ptr_array_index (self->markers, i);

      if (!marker->in_use)
        continue;
      if (marker->item.kind != ACCORD_TIMELINE_ITEM_CLUSTER && marker->item.index == position)
        return marker;
      if (cluster == NULL && position == self->selected &&
          timeline_item_has_selected (self, &marker->item))
        cluster = marker;
    }

  return cluster;
}

static gboolean
grab_focus_self (AccordTimelineView *self)
{
  GtkWidgetClass *parent_class = g_type_class_peek_parent (G_OBJECT_GET_CLASS (self));

  return parent_class->grab_focus (GTK_WIDGET (self));
}

void
_accord_timeline_view_focus_selected (AccordTimelineView *self)
{
  AccordTimelineMarker *marker;

  self->focus_pending = FALSE;
  _accord_timeline_view_ensure_frame (self);
  marker = _accord_timeline_view_find_marker (self, self->selected);

  self->moving_focus = TRUE;
  if (marker != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (marker));
  else
    grab_focus_self (self);
  self->moving_focus = FALSE;
}

/* ---- Focus ---------------------------------------------------------- */

static gboolean
timeline_grab_focus (GtkWidget *widget)
{
  AccordTimelineView *self = ACCORD_TIMELINE_VIEW (widget);
  AccordTimelineMarker *marker;
  gboolean ok;

  if (self->moving_focus || timeline_n_events (self) == 0)
    return grab_focus_self (self);

  if (self->selected == GTK_INVALID_LIST_POSITION)
    _accord_timeline_view_set_selected (self, 0);

  _accord_timeline_view_ensure_frame (self);
  marker = _accord_timeline_view_find_marker (self, self->selected);
  if (marker == NULL)
    {
      _accord_timeline_view_scroll_to_selected (self);
      _accord_timeline_view_ensure_frame (self);
      marker = _accord_timeline_view_find_marker (self, self->selected);
    }
  _accord_timeline_view_reveal_selected (self);

  if (marker == NULL)
    return grab_focus_self (self);

  self->moving_focus = TRUE;
  ok = gtk_widget_grab_focus (GTK_WIDGET (marker));
  self->moving_focus = FALSE;

  return ok;
}

/* The timeline is one stop in the Tab chain: Tab enters at the selected
 * event (or the first) and leaves from any; the arrows move inside. */
static gboolean
timeline_focus (GtkWidget        *widget,
                GtkDirectionType  direction)
{
  AccordTimelineView *self = ACCORD_TIMELINE_VIEW (widget);

  if (gtk_widget_has_focus (widget) || gtk_widget_get_focus_child (widget) != NULL)
    return FALSE;

  if (timeline_n_events (self) == 0)
    return FALSE;

  return gtk_widget_grab_focus (widget);
}

static void
move_selection (AccordTimelineView *self,
                int                 delta,
                gboolean            to_end)
{
  guint n = timeline_n_events (self);
  gint64 position;

  if (n == 0)
    return;

  if (to_end)
    position = delta < 0 ? 0 : n - 1;
  else if (self->selected == GTK_INVALID_LIST_POSITION)
    position = delta < 0 ? n - 1 : 0;
  else
    position = CLAMP ((gint64) self->selected + delta, 0, (gint64) n - 1);

  accord_timeline_view_select (self, (guint) position, TRUE);
}

/* ---- Pointer -------------------------------------------------------- */

static gboolean
on_scroll (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           AccordTimelineView       *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  gboolean wheel = gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_WHEEL;
  gboolean horizontal = timeline_is_horizontal (self);

  if (state & GDK_CONTROL_MASK)
    {
      double anchor = self->has_pointer
                      ? self->pointer[horizontal ? 0 : 1]
                      : _accord_timeline_view_keyboard_anchor (self);

      _accord_timeline_view_zoom_at (self, pow (wheel ? 1.25 : 1.01, -dy), anchor);
      return TRUE;
    }

  /* Shift turns the wheel sideways, as in scrolled windows. */
  if ((state & GDK_SHIFT_MASK) && dx == 0)
    {
      dx = dy;
      dy = 0;
    }

  /* When the rows overflow, the wheel across the axis scrolls them (down
   * a horizontal timeline, sideways a vertical one) and the wheel along
   * it pans; when they fit, a vertical wheel pans a horizontal timeline
   * too, as it always did. */
  if (horizontal && dy != 0 && _accord_timeline_view_rows_overflow (self))
    {
      _accord_timeline_view_scroll_rows_by (self, dy * (wheel ? WHEEL_STEP : 1));
      if (dx != 0)
        _accord_timeline_view_pan_by (self, dx * (wheel ? WHEEL_STEP : 1));
      return TRUE;
    }
  if (!horizontal && dx != 0 && _accord_timeline_view_scroll_rows_by (self, dx * (wheel ? WHEEL_STEP : 1)))
    {
      if (dy != 0)
        _accord_timeline_view_pan_by (self, dy * (wheel ? WHEEL_STEP : 1));
      return TRUE;
    }

  /* A vertical wheel pans a horizontal timeline too. */
  _accord_timeline_view_pan_by (self, (horizontal ? dx + dy : dy) * (wheel ? WHEEL_STEP : 1));
  return TRUE;
}

static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           AccordTimelineView       *self)
{
  self->pointer[0] = x;
  self->pointer[1] = y;
  self->has_pointer = TRUE;
}

static void
on_leave (AccordTimelineView *self)
{
  self->has_pointer = FALSE;
}

static void
on_drag_begin (GtkGestureDrag     *gesture,
               double              x,
               double              y,
               AccordTimelineView *self)
{
  self->drag_range[0] = self->start_day;
  self->drag_range[1] = self->end_day;
}

static void
on_drag_update (GtkGestureDrag     *gesture,
                double              dx,
                double              dy,
                AccordTimelineView *self)
{
  double offset = timeline_is_horizontal (self) ? dx : dy;
  double start = self->drag_range[0];
  double end = self->drag_range[1];

  if (!self->have_range || self->length < 1 || end <= start)
    return;

  if (fabs (offset) > 3)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
    }

  accord_timeline_pan (&start, &end, self->length, -offset);
  self->fitted = FALSE;
  _accord_timeline_view_set_range (self, start, end);
}

static void
on_drag_end (GtkGestureDrag     *gesture,
             double              dx,
             double              dy,
             AccordTimelineView *self)
{
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grab");
}

static void
on_zoom_begin (GtkGesture         *gesture,
               GdkEventSequence   *sequence,
               AccordTimelineView *self)
{
  self->zoom_scale = 1;
}

static void
on_zoom_changed (GtkGestureZoom     *gesture,
                 double              scale,
                 AccordTimelineView *self)
{
  double x, y;

  if (scale <= 0 || self->zoom_scale <= 0)
    return;

  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    x = y = self->length / 2;

  _accord_timeline_view_zoom_at (self, scale / self->zoom_scale, timeline_is_horizontal (self) ? x : y);
  self->zoom_scale = scale;
}

/* ---- Keys ----------------------------------------------------------- */

/* The arrows along the axis move in date order; the other two from lane
 * to lane, and when there is no lane further they are left to the
 * window, to leave the timeline. */
static gboolean
move_binding (GtkWidget *widget,
              GVariant  *args,
              gpointer   user_data)
{
  AccordTimelineView *self = ACCORD_TIMELINE_VIEW (widget);
  gboolean along_vertical;
  int delta;

  g_variant_get (args, "(ib)", &delta, &along_vertical);
  if (timeline_n_events (self) == 0)
    return FALSE;

  /* Across the axis, the arrows go from lane to lane: Up and Down on a
   * horizontal one, Left and Right on a vertical one. */
  if (along_vertical == timeline_is_horizontal (self))
    return _accord_timeline_view_move_lane (self, delta);

  move_selection (self, delta, FALSE);
  return TRUE;
}

static void
activate_selected (AccordTimelineView *self)
{
  AccordTimelineItem item = { .kind = ACCORD_TIMELINE_ITEM_POINT, .count = 1 };
  AccordTimelineMarker *marker;

  if (self->selected == GTK_INVALID_LIST_POSITION)
    return;

  _accord_timeline_view_ensure_frame (self);
  marker = _accord_timeline_view_find_marker (self, self->selected);
  if (marker != NULL && marker->item.kind == ACCORD_TIMELINE_ITEM_CLUSTER)
    item = marker->item;
  else
    item.index = self->selected;

  _accord_timeline_view_activate_item (self, &item);
}

static void
action_cb (GtkWidget  *widget,
           const char *name,
           GVariant   *parameter)
{
  AccordTimelineView *self = ACCORD_TIMELINE_VIEW (widget);

  if (g_str_equal (name, "timeline.zoom-in"))
    accord_timeline_view_zoom_in (self);
  else if (g_str_equal (name, "timeline.zoom-out"))
    accord_timeline_view_zoom_out (self);
  else if (g_str_equal (name, "timeline.fit"))
    accord_timeline_view_fit (self);
  else if (g_str_equal (name, "timeline.select-previous"))
    move_selection (self, -1, FALSE);
  else if (g_str_equal (name, "timeline.select-next"))
    move_selection (self, 1, FALSE);
  else if (g_str_equal (name, "timeline.select-first"))
    move_selection (self, -1, TRUE);
  else if (g_str_equal (name, "timeline.select-last"))
    move_selection (self, 1, TRUE);
  else if (g_str_equal (name, "timeline.activate"))
    activate_selected (self);
  else if (g_str_equal (name, "timeline.select-lane-above"))
    _accord_timeline_view_move_lane (self, -1);
  else if (g_str_equal (name, "timeline.select-lane-below"))
    _accord_timeline_view_move_lane (self, 1);
}

static void
add_bindings (GtkWidgetClass  *widget_class,
              const char      *action,
              const guint     *keys,
              guint            n_keys,
              GdkModifierType  mods)
{
  for (guint i = 0; i < n_keys; i++)
    gtk_widget_class_add_binding_action (widget_class, keys[i], mods, action, NULL);
}

void
_accord_timeline_view_class_init_input (GtkWidgetClass *widget_class)
{
  static const guint zoom_in_keys[] = { GDK_KEY_plus, GDK_KEY_equal, GDK_KEY_KP_Add };
  static const guint zoom_out_keys[] = { GDK_KEY_minus, GDK_KEY_KP_Subtract };
  static const guint fit_keys[] = { GDK_KEY_0, GDK_KEY_KP_0 };
  static const guint first_keys[] = { GDK_KEY_Home, GDK_KEY_KP_Home };
  static const guint last_keys[] = { GDK_KEY_End, GDK_KEY_KP_End };
  static const guint activate_keys[] = { GDK_KEY_Return, GDK_KEY_KP_Enter, GDK_KEY_ISO_Enter, GDK_KEY_space };
  static const struct { guint key; int delta; gboolean vertical; } moves[] = {
    { GDK_KEY_Left, -1, FALSE }, { GDK_KEY_KP_Left, -1, FALSE },
    { GDK_KEY_Right, 1, FALSE }, { GDK_KEY_KP_Right, 1, FALSE },
    { GDK_KEY_Up, -1, TRUE }, { GDK_KEY_KP_Up, -1, TRUE },
    { GDK_KEY_Down, 1, TRUE }, { GDK_KEY_KP_Down, 1, TRUE },
  };
  static const char * const actions[] = {
    "timeline.zoom-in", "timeline.zoom-out", "timeline.fit",
    "timeline.select-previous", "timeline.select-next",
    "timeline.select-first", "timeline.select-last", "timeline.activate",
    "timeline.select-lane-above", "timeline.select-lane-below",
  };

  widget_class->grab_focus = timeline_grab_focus;
  widget_class->focus = timeline_focus;

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_class_install_action (widget_class, actions[i], NULL, action_cb);

  for (guint i = 0; i < G_N_ELEMENTS (moves); i++)
    gtk_widget_class_add_binding (widget_class, moves[i].key, 0, move_binding,
                                  "(ib)", moves[i].delta, moves[i].vertical);

  add_bindings (widget_class, "timeline.zoom-in", zoom_in_keys, G_N_ELEMENTS (zoom_in_keys), 0);
  add_bindings (widget_class, "timeline.zoom-in", zoom_in_keys, G_N_ELEMENTS (zoom_in_keys), GDK_CONTROL_MASK);
  add_bindings (widget_class, "timeline.zoom-out", zoom_out_keys, G_N_ELEMENTS (zoom_out_keys), 0);
  add_bindings (widget_class, "timeline.zoom-out", zoom_out_keys, G_N_ELEMENTS (zoom_out_keys), GDK_CONTROL_MASK);
  add_bindings (widget_class, "timeline.fit", fit_keys, G_N_ELEMENTS (fit_keys), GDK_CONTROL_MASK);
  add_bindings (widget_class, "timeline.select-first", first_keys, G_N_ELEMENTS (first_keys), 0);
  add_bindings (widget_class, "timeline.select-last", last_keys, G_N_ELEMENTS (last_keys), 0);
  /* A marker handles these itself; these serve when the canvas has the
   * focus because the selected event is out of view. */
  add_bindings (widget_class, "timeline.activate", activate_keys, G_N_ELEMENTS (activate_keys), 0);
}

void
_accord_timeline_view_init_input (AccordTimelineView *self)
{
  GtkEventController *controller;
  GtkGesture *gesture;

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect (controller, "scroll", G_CALLBACK (on_scroll), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (on_motion), self);
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (on_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  gesture = gtk_gesture_drag_new ();
  g_signal_connect (gesture, "drag-begin", G_CALLBACK (on_drag_begin), self);
  g_signal_connect (gesture, "drag-update", G_CALLBACK (on_drag_update), self);
  g_signal_connect (gesture, "drag-end", G_CALLBACK (on_drag_end), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_zoom_new ();
  g_signal_connect (gesture, "begin", G_CALLBACK (on_zoom_begin), self);
  g_signal_connect (gesture, "scale-changed", G_CALLBACK (on_zoom_changed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grab");
}
