/* accord-timeline-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The timeline canvas.  AccordTimelineLayout does the arithmetic; this
 * widget draws what it returns (accord-timeline-view-draw.c) and keeps one
 * real child widget, from a recycled pool, for each visible event or
 * cluster, so that each can be focused, activated, read by a screen reader
 * and given a tooltip (accord-timeline-view-input.c).  The frame is
 * recomputed only when the range, the size or the events change, so the
 * work per frame is bounded by what is visible.
 */

#define G_LOG_DOMAIN "accord-timeline-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "accord-event.h"
#include "accord-group.h"
#include "accord-timeline-view-private.h"

#define ZOOM_STEP 1.5

G_DEFINE_FINAL_TYPE_WITH_CODE (AccordTimelineView, accord_timeline_view, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_ORIENTABLE, NULL))

enum {
  PROP_0,
  PROP_EVENTS,
  PROP_ADAPTIVE,
  PROP_SELECTED_EVENT,
  N_PROPS,
  PROP_ORIENTATION = N_PROPS,
};

enum {
  EVENT_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* ---- Range and frame ------------------------------------------------ */

void
_accord_timeline_view_ensure_frame (AccordTimelineView *self)
{
  if (!self->frame_dirty)
    return;

  self->frame_dirty = FALSE;
  g_clear_pointer (&self->frame, accord_timeline_frame_unref);

  if (self->length >= 1 && self->have_range && self->end_day > self->start_day)
    self->frame = accord_timeline_layout_compute (self->layout, self->start_day, self->end_day,
                                                  self->length, &self->metrics);

  /* A busy group may take the lanes the quiet ones leave; when they are
   * all busy, they share the height evenly. */
  if (self->frame != NULL && self->lane_budget > 0 &&
      accord_timeline_frame_get_n_lanes (self->frame) > self->lane_budget &&
      self->metrics.max_lanes > self->even_lanes)
    {
      AccordTimelineMetrics even = self->metrics;

      even.max_lanes = self->even_lanes;
      g_clear_pointer (&self->frame, accord_timeline_frame_unref);
      self->frame = accord_timeline_layout_compute (self->layout, self->start_day, self->end_day,
                                                    self->length, &even);
    }

  _accord_timeline_view_sync_markers (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
_accord_timeline_view_set_range (AccordTimelineView *self,
                                 double              start_day,
                                 double              end_day)
{
  if (self->have_range && start_day == self->start_day && end_day == self->end_day)
    return;

  self->start_day = start_day;
  self->end_day = end_day;
  self->have_range = TRUE;
  self->frame_dirty = TRUE;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

void
_accord_timeline_view_zoom_at (AccordTimelineView *self,
                               double              factor,
                               double              anchor_px)
{
  double start = self->start_day;
  double end = self->end_day;

  if (!self->have_range || self->length < 1)
    return;

  accord_timeline_zoom (&start, &end, self->length, anchor_px, factor);
  self->fitted = FALSE;
  _accord_timeline_view_set_range (self, start, end);
}

void
_accord_timeline_view_pan_by (AccordTimelineView *self,
                              double              delta_px)
{
  double start = self->start_day;
  double end = self->end_day;

  if (!self->have_range || self->length < 1)
    return;

  accord_timeline_pan (&start, &end, self->length, delta_px);
  self->fitted = FALSE;
  _accord_timeline_view_set_range (self, start, end);
}

/* Where keyboard and toolbar zooms keep still: the selected event when it
 * is in view, else the middle. */
double
_accord_timeline_view_keyboard_anchor (AccordTimelineView *self)
{
  double px;

  if (self->selected == GTK_INVALID_LIST_POSITION || !self->have_range || self->length < 1)
    return self->length / 2;

  px = accord_timeline_day_to_px ((self->selected_first + self->selected_last + 1) / 2.0,
                                  self->start_day, self->end_day, self->length);
  if (self->selected_first == self->selected_last)
    px = accord_timeline_day_to_px (self->selected_first, self->start_day, self->end_day, self->length);

  if (px < 0 || px > self->length)
    return self->length / 2;

  return px;
}

/* Pans, keeping the zoom, until the selected event starts in view. */
void
_accord_timeline_view_scroll_to_selected (AccordTimelineView *self)
{
  double a, b, margin;

  /* Fitted, every event is in view already. */
  if (self->selected == GTK_INVALID_LIST_POSITION || self->fitted)
    return;

  if (!self->have_range || self->length < 1)
    {
      self->scroll_pending = TRUE;
      return;
    }

  self->scroll_pending = FALSE;
  margin = MIN (48, self->length / 4);
  a = accord_timeline_day_to_px (self->selected_first, self->start_day, self->end_day, self->length);
  b = accord_timeline_day_to_px (self->selected_last + 1, self->start_day, self->end_day, self->length);
  if (a >= margin && a <= self->length - margin)
    return;

  if (b - a < self->length * 0.8)
    _accord_timeline_view_pan_by (self, (a + b) / 2 - self->length / 2);
  else
    _accord_timeline_view_pan_by (self, a - margin);
}

void
_accord_timeline_view_set_selected (AccordTimelineView *self,
                                    guint               position)
{
  if (position == self->selected)
    return;

  self->selected = position;
  if (position != GTK_INVALID_LIST_POSITION)
    {
      g_autoptr(AccordEvent) event = g_list_model_get_item (self->events, position);
      AccordGroup *group = accord_event_get_group (event);

      self->selected_first = accord_event_get_first_day (event);
      self->selected_last = MAX (accord_event_get_last_day (event), self->selected_first);
      self->selected_group = group != NULL ? accord_group_get_index (group) + 1 : 0;
    }

  for (guint i = 0; i < self->markers->len; i++)
    {
      AccordTimelineMarker *marker = g_ptr_array_index (self->markers, i);

      if (marker->in_use && timeline_item_has_selected (self, &marker->item))
        gtk_widget_add_css_class (GTK_WIDGET (marker), "selected");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (marker), "selected");
    }

  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_EVENT]);
}

void
_accord_timeline_view_activate_item (AccordTimelineView       *self,
                                     const AccordTimelineItem *item)
{
  g_autoptr(AccordEvent) event = NULL;

  if (item->kind == ACCORD_TIMELINE_ITEM_CLUSTER)
    {
      /* Opening a cluster zooms in until its events can be told apart,
       * or lists them. */
      _accord_timeline_view_open_cluster (self, item);
      return;
    }

  _accord_timeline_view_set_selected (self, item->index);
  event = g_list_model_get_item (self->events, item->index);
  g_signal_emit (self, signals[EVENT_ACTIVATED], 0, event);
}

/* ---- Geometry ------------------------------------------------------- */

static void
update_geometry (AccordTimelineView *self,
                 int                 width,
                 int                 height)
{
  AccordTimelineMetrics m;
  double old_length = self->length;
  GtkOrientation old_orientation = self->orientation;

  if (self->adaptive)
    self->orientation = width < ACCORD_TIMELINE_VIEW_NARROW_WIDTH
                        ? GTK_ORIENTATION_VERTICAL : GTK_ORIENTATION_HORIZONTAL;

  if (self->char_width <= 0)
    {
      PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
      PangoFontMetrics *fm = pango_context_get_metrics (context, NULL, NULL);

      self->char_width = pango_font_metrics_get_approximate_char_width (fm) / (double) PANGO_SCALE;
      if (self->char_width <= 0)
        self->char_width = 7;
      pango_font_metrics_unref (fm);
    }

  accord_timeline_metrics_init (&m);
  m.min_point_distance = 8;

  if (timeline_is_horizontal (self))
    {
      guint n_rows = MAX (accord_timeline_layout_get_n_rows (self->layout), 1);

      self->length = width;
      self->across = height;
      /* Era titles sit in rows of their own between the ticks and the
       * axis; their bands reach down behind the lanes. */
      self->axis_pos = BAND_ROW + TICK_ROW + 6 + self->n_era_levels * ERA_ROW;
      self->lanes_start = self->axis_pos + GAP_ROW + 6;
      self->lane_size = LANE_HEIGHT;
      self->row_header = _accord_timeline_view_rows_have_titles (self) ? ROW_HEADER : 0;
      m.char_width = self->char_width;
      m.min_tick_spacing = 72;
      m.marker_width = MARKER_SIZE + 8;
      m.max_label_width = 200;
      m.item_spacing = 14;
      /* Each group stacks its events in lanes of its own: as many as the
       * others leave it, at one lane each (ensure_frame shares them evenly
       * when that is too many). */
      self->lane_budget = MAX ((int) ((height - self->lanes_start - n_rows * self->row_header) / LANE_HEIGHT), 1);
      self->even_lanes = CLAMP (self->lane_budget / n_rows, 1, MAX_LANES);
      m.max_lanes = CLAMP ((int) self->lane_budget - (int) n_rows + 1, 1, MAX_LANES);
      m.label_padding = 8;
    }
  else
    {
      guint n_rows = MAX (accord_timeline_layout_get_n_rows (self->layout), 1);

      self->length = height;
      self->across = width;
      self->axis_pos = SIDE_COLUMN;
      self->lane_budget = 0;
      /* Era bars run beside the axis, a column each level. */
      self->lanes_start = SIDE_COLUMN + 14 + self->n_era_levels * ERA_COLUMN;
      self->row_header = 0;
      /* Labels run across the axis here: along it every item takes one
       * line, and a gap label needs a line and some room. */
      m.char_width = 0;
      m.min_tick_spacing = 34;
      m.marker_width = LINE_HEIGHT;
      m.max_label_width = 0;
      m.item_spacing = 4;
      m.max_lanes = CLAMP ((int) ((width - self->lanes_start) / MIN_LANE_WIDTH / n_rows), 1, MAX_LANES_NARROW);
      m.label_padding = 22;
    }

  if (old_orientation != self->orientation)
    {
      /* The rows scroll the other way now. */
      self->cross_offset = 0;
      _accord_timeline_view_unbind_markers (self);
      g_object_notify (G_OBJECT (self), "orientation");
    }

  if (memcmp (&m, &self->metrics, sizeof m) == 0 && old_length == self->length &&
      old_orientation == self->orientation)
    return;

  self->metrics = m;
  self->frame_dirty = TRUE;

  /* A range the user chose keeps its middle and its scale. */
  if (!self->fitted && self->have_range && old_length >= 1 && self->length >= 1)
    {
      double middle = (self->start_day + self->end_day) / 2;
      double span = (self->end_day - self->start_day) * self->length / old_length;

      span = CLAMP (span, ACCORD_TIMELINE_MIN_SPAN_DAYS, ACCORD_TIMELINE_MAX_SPAN_DAYS);
      self->start_day = middle - span / 2;
      self->end_day = middle + span / 2;
    }
}

/* The layout pads for the markers only.  Along a horizontal axis the
 * label of the last event runs on to its right, so keep room for one;
 * along a vertical one, a line before and after. */
static void
fit_range (AccordTimelineView *self,
           double             *start,
           double             *end)
{
  double before = 0, after, scale;

  if (timeline_is_horizontal (self))
    after = MIN (self->metrics.max_label_width + MARKER_SIZE + 8, self->length / 3);
  else
    before = after = MIN (LINE_HEIGHT, self->length / 6);

  accord_timeline_layout_fit (self->layout, self->length - before - after, start, end);
  scale = (*end - *start) / (self->length - before - after);
  *start -= before * scale;
  *end += after * scale;
}

/* ---- Overrides ------------------------------------------------------ */

static void
accord_timeline_view_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  /* The same in both orientations, so that turning cannot change the size
   * it turned for. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 240;
      *natural = 720;
    }
  else
    {
      *minimum = 200;
      *natural = 320;
    }
}

static void
accord_timeline_view_size_allocate (GtkWidget *widget,
                                    int        width,
                                    int        height,
                                    int        baseline)
{
  AccordTimelineView *self = ACCORD_TIMELINE_VIEW (widget);

  update_geometry (self, width, height);

  if (self->fitted && self->length >= 1)
    {
      double start, end;

      fit_range (self, &start, &end);
      if (!self->have_range || start != self->start_day || end != self->end_day)
        {
          self->start_day = start;
          self->end_day = end;
          self->have_range = TRUE;
          self->frame_dirty = TRUE;
        }
    }

  if (self->scroll_pending)
    _accord_timeline_view_scroll_to_selected (self);

  _accord_timeline_view_ensure_frame (self);
  if (!timeline_is_horizontal (self) && self->frame != NULL)
    self->lane_size = CLAMP ((self->across - self->lanes_start - 8) / MAX (accord_timeline_frame_get_n_lanes (self->frame), 1),
                             60, 420);
  _accord_timeline_view_update_scroll (self);
  _accord_timeline_view_allocate_markers (self);

  if (self->focus_pending && gtk_widget_get_mapped (widget))
    _accord_timeline_view_focus_selected (self);

  if (self->cluster_popover != NULL)
    gtk_popover_present (GTK_POPOVER (self->cluster_popover));
}

static void
accord_timeline_view_dispose (GObject *object)
{
  AccordTimelineView *self = (AccordTimelineView *)object;

  if (self->markers != NULL)
    {
      for (guint i = 0; i < self->markers->len; i++)
        gtk_widget_unparent (g_ptr_array_index (self->markers, i));
      g_ptr_array_set_size (self->markers, 0);
    }

  g_clear_pointer (&self->cluster_popover, gtk_widget_unparent);
  _accord_timeline_view_dispose_scroll (self);
  g_clear_pointer (&self->frame, accord_timeline_frame_unref);
  g_clear_pointer (&self->positions, g_hash_table_unref);
  g_clear_object (&self->events);
  g_clear_object (&self->groups);
  g_clear_object (&self->eras);
  g_clear_object (&self->layout);

  G_OBJECT_CLASS (accord_timeline_view_parent_class)->dispose (object);
}

static void
accord_timeline_view_finalize (GObject *object)
{
  AccordTimelineView *self = (AccordTimelineView *)object;

  g_clear_pointer (&self->markers, g_ptr_array_unref);

  G_OBJECT_CLASS (accord_timeline_view_parent_class)->finalize (object);
}

static void
accord_timeline_view_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  AccordTimelineView *self = ACCORD_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_EVENTS:
      g_value_set_object (value, self->events);
      break;
    case PROP_ADAPTIVE:
      g_value_set_boolean (value, self->adaptive);
      break;
    case PROP_SELECTED_EVENT:
      g_value_take_object (value, accord_timeline_view_get_selected_event (self));
      break;
    case PROP_ORIENTATION:
      g_value_set_enum (value, self->orientation);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_timeline_view_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  AccordTimelineView *self = ACCORD_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_EVENTS:
      accord_timeline_view_set_events (self, g_value_get_object (value));
      break;
    case PROP_ADAPTIVE:
      accord_timeline_view_set_adaptive (self, g_value_get_boolean (value));
      break;
    case PROP_ORIENTATION:
      if (self->orientation != (GtkOrientation) g_value_get_enum (value))
        {
          self->orientation = g_value_get_enum (value);
          _accord_timeline_view_unbind_markers (self);
          gtk_widget_queue_allocate (GTK_WIDGET (self));
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_timeline_view_class_init (AccordTimelineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = accord_timeline_view_dispose;
  object_class->finalize = accord_timeline_view_finalize;
  object_class->get_property = accord_timeline_view_get_property;
  object_class->set_property = accord_timeline_view_set_property;

  widget_class->measure = accord_timeline_view_measure;
  widget_class->size_allocate = accord_timeline_view_size_allocate;
  widget_class->snapshot = _accord_timeline_view_snapshot;

  properties[PROP_EVENTS] =
    g_param_spec_object ("events", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ADAPTIVE] =
    g_param_spec_boolean ("adaptive", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SELECTED_EVENT] =
    g_param_spec_object ("selected-event", NULL, NULL, ACCORD_TYPE_EVENT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  g_object_class_override_property (object_class, PROP_ORIENTATION, "orientation");

  /**
   * AccordTimelineView::event-activated:
   *
   * An event was activated with Enter, Space or a double click.
   */
  signals[EVENT_ACTIVATED] =
    g_signal_new ("event-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, ACCORD_TYPE_EVENT);

  _accord_timeline_view_class_init_input (widget_class);

  gtk_widget_class_set_css_name (widget_class, "timeline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
accord_timeline_view_init (AccordTimelineView *self)
{
  self->orientation = GTK_ORIENTATION_HORIZONTAL;
  self->layout = accord_timeline_layout_new ();
  self->markers = g_ptr_array_new ();
  self->positions = g_hash_table_new (NULL, NULL);
  self->selected = GTK_INVALID_LIST_POSITION;
  self->fitted = TRUE;
  self->frame_dirty = TRUE;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Timeline"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Arrow keys along the timeline move between events in date order, across it between lanes; Enter opens the event’s section"),
                                  -1);

  _accord_timeline_view_init_input (self);
  _accord_timeline_view_init_scroll (self);
}

/* ---- Public API ----------------------------------------------------- */

GtkWidget *
accord_timeline_view_new (void)
{
  return g_object_new (ACCORD_TYPE_TIMELINE_VIEW, NULL);
}

GListModel *
accord_timeline_view_get_events (AccordTimelineView *self)
{
  g_return_val_if_fail (ACCORD_IS_TIMELINE_VIEW (self), NULL);
  return self->events;
}

/**
 * accord_timeline_view_set_events:
 * @events: (nullable): #AccordEvent in timeline order, as
 *   accord_briefing_get_timeline() gives them
 *
 * Shows the events, all of them fitted in view, none selected.
 */
void
accord_timeline_view_set_events (AccordTimelineView *self,
                                 GListModel         *events)
{
  guint n;

  g_return_if_fail (ACCORD_IS_TIMELINE_VIEW (self));
  g_return_if_fail (events == NULL || G_IS_LIST_MODEL (events));

  if (events == self->events)
    return;

  _accord_timeline_view_set_selected (self, GTK_INVALID_LIST_POSITION);
  g_set_object (&self->events, events);
  accord_timeline_layout_set_events (self->layout, events);

  g_hash_table_remove_all (self->positions);
  n = timeline_n_events (self);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (events, i);

      /* The model keeps the event alive; the table only points to it. */
      g_hash_table_insert (self->positions, item, GUINT_TO_POINTER (i + 1));
    }

  _accord_timeline_view_unbind_markers (self);
  self->cross_offset = 0;
  /* Other rows may need other lanes: the geometry is computed again. */
  memset (&self->metrics, 0, sizeof self->metrics);
  accord_timeline_view_fit (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENTS]);
}

/**
 * accord_timeline_view_set_groups:
 * @groups: (nullable): the briefing's #AccordGroup, as
 *   accord_briefing_get_groups() gives them
 *
 * Where the rows of the events' groups take their titles and colours.
 */
void
accord_timeline_view_set_groups (AccordTimelineView *self,
                                 GListModel         *groups)
{
  g_return_if_fail (ACCORD_IS_TIMELINE_VIEW (self));
  g_return_if_fail (groups == NULL || G_IS_LIST_MODEL (groups));

  if (!g_set_object (&self->groups, groups))
    return;

  _accord_timeline_view_unbind_markers (self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

/**
 * accord_timeline_view_set_eras:
 * @eras: (nullable): #AccordEra, as accord_briefing_get_eras() gives them
 *
 * Draws the eras as bands behind the events.
 */
void
accord_timeline_view_set_eras (AccordTimelineView *self,
                               GListModel         *eras)
{
  g_return_if_fail (ACCORD_IS_TIMELINE_VIEW (self));
  g_return_if_fail (eras == NULL || G_IS_LIST_MODEL (eras));

  g_set_object (&self->eras, eras);
  accord_timeline_layout_set_eras (self->layout, eras);
  self->n_era_levels = accord_timeline_layout_get_n_era_levels (self->layout);
  /* The geometry depends on the levels: recompute it. */
  memset (&self->metrics, 0, sizeof self->metrics);
  self->frame_dirty = TRUE;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

gboolean
accord_timeline_view_get_adaptive (AccordTimelineView *self)
{
  g_return_val_if_fail (ACCORD_IS_TIMELINE_VIEW (self), FALSE);
  return self->adaptive;
}

/**
 * accord_timeline_view_set_adaptive:
 *
 * When %TRUE, the view picks its orientation from its width: vertical
 * below %ACCORD_TIMELINE_VIEW_NARROW_WIDTH, horizontal above.
 */
void
accord_timeline_view_set_adaptive (AccordTimelineView *self,
                                   gboolean            adaptive)
{
  g_return_if_fail (ACCORD_IS_TIMELINE_VIEW (self));

  adaptive = !!adaptive;
  if (self->adaptive == adaptive)
    return;

  self->adaptive = adaptive;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADAPTIVE]);
}

/**
 * accord_timeline_view_get_selected:
 *
 * Returns: the position of the selected event in the events, or
 *   %GTK_INVALID_LIST_POSITION
 */
guint
accord_timeline_view_get_selected (AccordTimelineView *self)
{
  g_return_val_if_fail (ACCORD_IS_TIMELINE_VIEW (self), GTK_INVALID_LIST_POSITION);
  return self->selected;
}

/**
 * accord_timeline_view_get_selected_event:
 *
 * Returns: (transfer full) (nullable): the selected event
 */
AccordEvent *
accord_timeline_view_get_selected_event (AccordTimelineView *self)
{
  g_return_val_if_fail (ACCORD_IS_TIMELINE_VIEW (self), NULL);

  if (self->selected == GTK_INVALID_LIST_POSITION)
    return NULL;

  return g_list_model_get_item (self->events, self->selected);
}

/**
 * accord_timeline_view_select:
 * @position: a position in the events
 * @grab_focus: whether to move the keyboard focus to it
 *
 * Selects the event and pans, keeping the zoom, until it is in view.
 */
void
accord_timeline_view_select (AccordTimelineView *self,
                             guint               position,
                             gboolean            grab_focus)
{
  g_return_if_fail (ACCORD_IS_TIMELINE_VIEW (self));
  g_return_if_fail (position < timeline_n_events (self));

  _accord_timeline_view_set_selected (self, position);
  _accord_timeline_view_scroll_to_selected (self);
  _accord_timeline_view_ensure_frame (self);
  /* …and scrolls its row into view, if the rows overflow. */
  _accord_timeline_view_reveal_selected (self);

  if (!grab_focus)
    return;

  if (self->length >= 1 && gtk_widget_get_mapped (GTK_WIDGET (self)))
    _accord_timeline_view_focus_selected (self);
  else
    self->focus_pending = TRUE;
}

gboolean
accord_timeline_view_select_event (AccordTimelineView *self,
                                   AccordEvent        *event,
                                   gboolean            grab_focus)
{
  guint position;

  g_return_val_if_fail (ACCORD_IS_TIMELINE_VIEW (self), FALSE);
  g_return_val_if_fail (ACCORD_IS_EVENT (event), FALSE);

  position = GPOINTER_TO_UINT (g_hash_table_lookup (self->positions, event));
  if (position == 0)
    return FALSE;

  accord_timeline_view_select (self, position - 1, grab_focus);
  return TRUE;
}

void
accord_timeline_view_get_range (AccordTimelineView *self,
                                double             *start_day,
                                double             *end_day)
{
  g_return_if_fail (ACCORD_IS_TIMELINE_VIEW (self));

  if (start_day != NULL)
    *start_day = self->start_day;
  if (end_day != NULL)
    *end_day = self->end_day;
}

void
accord_timeline_view_set_range (AccordTimelineView *self,
                                double              start_day,
                                double              end_day)
{
  g_return_if_fail (ACCORD_IS_TIMELINE_VIEW (self));
  g_return_if_fail (isfinite (start_day) && isfinite (end_day) && end_day > start_day);

  /* Within what zooming and panning allow. */
  accord_timeline_zoom (&start_day, &end_day, 1, 0.5, 1);
  self->fitted = FALSE;
  _accord_timeline_view_set_range (self, start_day, end_day);
}

void
accord_timeline_view_zoom_in (AccordTimelineView *self)
{
  g_return_if_fail (ACCORD_IS_TIMELINE_VIEW (self));
  _accord_timeline_view_zoom_at (self, ZOOM_STEP, _accord_timeline_view_keyboard_anchor (self));
}

void
accord_timeline_view_zoom_out (AccordTimelineView *self)
{
  g_return_if_fail (ACCORD_IS_TIMELINE_VIEW (self));
  _accord_timeline_view_zoom_at (self, 1 / ZOOM_STEP, _accord_timeline_view_keyboard_anchor (self));
}

/**
 * accord_timeline_view_fit:
 *
 * Shows every event, with some room around them, and keeps doing so as
 * the size changes until the user zooms or pans.
 */
void
accord_timeline_view_fit (AccordTimelineView *self)
{
  g_return_if_fail (ACCORD_IS_TIMELINE_VIEW (self));

  self->fitted = TRUE;
  self->frame_dirty = TRUE;
  if (self->length >= 1)
    {
      double start, end;

      fit_range (self, &start, &end);
      _accord_timeline_view_set_range (self, start, end);
    }
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

/**
 * accord_timeline_view_get_frame:
 *
 * Returns: (transfer none) (nullable): what is laid out now
 */
AccordTimelineFrame *
accord_timeline_view_get_frame (AccordTimelineView *self)
{
  g_return_val_if_fail (ACCORD_IS_TIMELINE_VIEW (self), NULL);
  return self->frame;
}

/**
 * accord_timeline_view_find_marker:
 *
 * Returns: (transfer none) (nullable): the child that shows the event at
 *   @position (when it is the selected one, possibly its cluster), if it
 *   is in view
 */
GtkWidget *
accord_timeline_view_find_marker (AccordTimelineView *self,
                                  guint               position)
{
  g_return_val_if_fail (ACCORD_IS_TIMELINE_VIEW (self), NULL);
  return (GtkWidget *) _accord_timeline_view_find_marker (self, position);
}

/**
 * accord_timeline_view_get_marker_item:
 * @item: (out caller-allocates): what @marker shows
 *
 * Returns: %TRUE if @marker is a child of the view in use
 */
gboolean
accord_timeline_view_get_marker_item (AccordTimelineView *self,
                                      GtkWidget          *marker,
                                      AccordTimelineItem *item)
{
  g_return_val_if_fail (ACCORD_IS_TIMELINE_VIEW (self), FALSE);
  g_return_val_if_fail (item != NULL, FALSE);

  if (!ACCORD_IS_TIMELINE_MARKER (marker) ||
      gtk_widget_get_parent (marker) != GTK_WIDGET (self) ||
      !ACCORD_TIMELINE_MARKER (marker)->in_use)
    return FALSE;

  *item = ACCORD_TIMELINE_MARKER (marker)->item;
  return TRUE;
}
