/* test-timeline-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Drives the timeline, alone and in the real window, under Xvfb.
 */

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <string.h>

#include "accord-briefing.h"
#include "accord-date.h"
#include "accord-event.h"
#include "accord-event-card.h"
#include "accord-loader.h"
#include "accord-section.h"
#include "accord-test-ui.h"
#include "accord-timeline-view.h"
#include "accord-window.h"

static AccordWindow *
new_window (int width,
            int height)
{
  AccordWindow *window = accord_test_new_window (width, height);

  accord_window_open_bundled (window);
  accord_test_settle ();

  return window;
}

static AccordTimelineView *
window_view (AccordWindow *window)
{
  AccordBriefingPage *page = accord_window_get_briefing_page (window);

  /* The page is built when first shown. */
  accord_briefing_page_show_view (page, "timeline");
  g_assert_nonnull (accord_briefing_page_get_timeline_page (page));

  return accord_timeline_page_get_view (accord_briefing_page_get_timeline_page (page));
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static AccordEventCard *
window_card (AccordWindow *window)
{
  AccordTimelinePage *page = accord_briefing_page_get_timeline_page (accord_window_get_briefing_page (window));

  /* The card the timeline page shows, found as a reader sees it. */
  return ACCORD_EVENT_CARD (find_descendant (GTK_WIDGET (page), ACCORD_TYPE_EVENT_CARD));
}

static GtkWidget *
focus_widget (AccordWindow *window)
{
  return gtk_root_get_focus (GTK_ROOT (window));
}

/* The visible children of the view, as (marker, item, bounds). */
typedef struct
{
  GtkWidget          *marker;
  AccordTimelineItem  item;
  graphene_rect_t     bounds;
} Child;

static GArray *
visible_children (AccordTimelineView *view,
                  guint              *n_total)
{
  GArray *children = g_array_new (FALSE, TRUE, sizeof (Child));
  guint total = 0;

  for (GtkWidget *w = gtk_widget_get_first_child (GTK_WIDGET (view));
       w != NULL;
       w = gtk_widget_get_next_sibling (w))
    {
      Child child = { w, };

      total++;
      if (!gtk_widget_get_child_visible (w))
        continue;
      g_assert_true (accord_timeline_view_get_marker_item (view, w, &child.item));
      g_assert_true (gtk_widget_compute_bounds (w, GTK_WIDGET (view), &child.bounds));
      g_array_append_val (children, child);
    }

  if (n_total != NULL)
    *n_total = total;

  return children;
}

static void
test_bundled_order (void)
{
  AccordWindow *window = new_window (1100, 760);
  AccordTimelineView *view = window_view (window);
  GListModel *events = accord_timeline_view_get_events (view);
  AccordTimelineFrame *frame;
  const AccordTimelineGap *gaps;
  g_autoptr(GArray) children = NULL;
  Child *c;
  double px_per_day;
  guint n_gaps;

  accord_briefing_page_show_view (accord_window_get_briefing_page (window), "timeline");
  accord_test_settle ();

  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 3);
  g_assert_cmpint (gtk_orientable_get_orientation (GTK_ORIENTABLE (view)), ==, GTK_ORIENTATION_HORIZONTAL);

  /* One child per event, in date order from left to right. */
  children = visible_children (view, NULL);
  g_assert_cmpuint (children->len, ==, 3);
  c = (Child *) children->data;
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(AccordEvent) event = g_list_model_get_item (events, i);
      g_autofree char *date = accord_event_format_date (event);
      g_autofree char *tooltip = g_strdup_printf ("%s — %s", accord_event_get_title (event), date);

      g_assert_cmpuint (c[i].item.index, ==, i);
      g_assert_cmpuint (c[i].item.count, ==, 1);
      g_assert_true (accord_timeline_view_find_marker (view, i) == c[i].marker);
      g_assert_cmpstr (gtk_widget_get_tooltip_text (c[i].marker), ==, tooltip);
      g_assert_true (gtk_widget_get_focusable (c[i].marker));
      if (i > 0)
        {
          g_assert_cmpfloat (c[i].item.start_px, >, c[i - 1].item.start_px);
          g_assert_cmpfloat (c[i].bounds.origin.x, >, c[i - 1].bounds.origin.x);
        }
      /* Every one fully in view, label included. */
      g_assert_cmpfloat (c[i].bounds.origin.x, >=, 0);
      g_assert_cmpfloat (c[i].bounds.origin.x + c[i].bounds.size.width, <=, gtk_widget_get_width (GTK_WIDGET (view)));
    }

  g_assert_cmpstr (gtk_widget_get_tooltip_text (c[1].marker), ==,
                   "Prime Minister Carney’s special address at the World Economic Forum, Davos — 20 January 2026");

  /* In proportion: December 2025 is a band of 31 days, the others are
   * days, 36 days apart. */
  g_assert_cmpint (c[0].item.kind, ==, ACCORD_TIMELINE_ITEM_BAND);
  g_assert_cmpint (c[1].item.kind, ==, ACCORD_TIMELINE_ITEM_POINT);
  g_assert_cmpint (c[2].item.kind, ==, ACCORD_TIMELINE_ITEM_POINT);
  px_per_day = (c[2].item.start_px - c[1].item.start_px) / 36.0;
  g_assert_cmpfloat (px_per_day, >, 2);
  g_assert_cmpfloat_with_epsilon (c[0].item.end_px - c[0].item.start_px, 31 * px_per_day, 1e-6);
  g_assert_cmpfloat_with_epsilon (c[1].item.start_px - c[0].item.end_px, 19 * px_per_day, 1e-6);
  g_assert_cmpfloat (c[1].item.end_px, ==, c[1].item.start_px);
  /* The band's child covers the band. */
  g_assert_cmpfloat (fabs (c[0].bounds.origin.x - c[0].item.start_px), <=, 1);
  g_assert_cmpfloat (c[0].bounds.size.width, >=, 31 * px_per_day - 1);
  /* A point's child starts half a marker before its date: the dot (20 px,
   * the marker width the view gives the layout) is centred on the date and
   * the label follows it, where the layout kept room for it. */
  for (guint i = 1; i < 3; i++)
    {
      g_assert_cmpfloat (fabs (c[i].bounds.origin.x - (c[i].item.start_px - 20 / 2.0)), <=, 1);
      g_assert_cmpfloat (c[i].bounds.size.width, >, 20);
    }

  /* The gaps between them are labelled. */
  frame = accord_timeline_view_get_frame (view);
  gaps = accord_timeline_frame_get_gaps (frame, &n_gaps);
  g_assert_cmpuint (n_gaps, ==, 2);
  g_assert_cmpstr (gaps[0].label, ==, "3 weeks later");
  g_assert_cmpstr (gaps[1].label, ==, "5 weeks later");
  g_assert_cmpfloat (gaps[0].px, >, c[0].item.end_px);
  g_assert_cmpfloat (gaps[0].px, <, c[1].item.start_px);
  g_assert_cmpfloat (gaps[1].px, >, c[1].item.start_px);
  g_assert_cmpfloat (gaps[1].px, <, c[2].item.start_px);

  accord_test_destroy_window (GTK_WINDOW (window));
}

static void
assert_focus_on (AccordWindow *window,
                 guint         position,
                 const char   *title)
{
  AccordTimelineView *view = window_view (window);
  GtkWidget *marker = accord_timeline_view_find_marker (view, position);

  g_assert_cmpuint (accord_timeline_view_get_selected (view), ==, position);
  g_assert_nonnull (marker);
  g_assert_true (focus_widget (window) == marker);
  g_assert_true (gtk_widget_has_css_class (marker, "selected"));
  g_assert_nonnull (accord_event_card_find_label (window_card (window), title));
}

static void
test_keyboard (void)
{
  AccordWindow *window = new_window (1100, 760);
  AccordTimelineView *view = window_view (window);
  AccordEventCard *card = window_card (window);
  const char *titles[] = {
    "Asia Pacific Foundation of Canada roundtable on the Canada–Korea partnership",
    "Prime Minister Carney’s special address at the World Economic Forum, Davos",
    "Signing of the Canada–Korea defence agreement",
  };
  double previous_x = -1;

  accord_briefing_page_show_view (accord_window_get_briefing_page (window), "timeline");
  accord_test_settle ();
  g_assert_null (accord_event_card_get_event (card));

  /* Tab enters at the first event. */
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (view), GTK_DIR_TAB_FORWARD));
  accord_test_settle ();
  assert_focus_on (window, 0, titles[0]);
  g_assert_nonnull (accord_event_card_find_label (card, "December 2025 — month known, day not given"));
  /* …and Tab leaves it from there, not going through every event. */
  g_assert_false (gtk_widget_child_focus (GTK_WIDGET (view), GTK_DIR_TAB_FORWARD));

  /* Right (select-next) goes in date order, left to right. */
  for (guint i = 0; i < 3; i++)
    {
      graphene_rect_t bounds;

      if (i > 0)
        gtk_widget_activate_action (focus_widget (window), "timeline.select-next", NULL);
      accord_test_settle ();
      assert_focus_on (window, i, titles[i]);
      g_assert_true (gtk_widget_compute_bounds (focus_widget (window), GTK_WIDGET (view), &bounds));
      g_assert_cmpfloat (bounds.origin.x, >, previous_x);
      previous_x = bounds.origin.x;
    }

  /* The last stays the last. */
  gtk_widget_activate_action (focus_widget (window), "timeline.select-next", NULL);
  accord_test_settle ();
  assert_focus_on (window, 2, titles[2]);

  gtk_widget_activate_action (focus_widget (window), "timeline.select-first", NULL);
  accord_test_settle ();
  assert_focus_on (window, 0, titles[0]);
  gtk_widget_activate_action (focus_widget (window), "timeline.select-last", NULL);
  accord_test_settle ();
  assert_focus_on (window, 2, titles[2]);
  gtk_widget_activate_action (focus_widget (window), "timeline.select-previous", NULL);
  accord_test_settle ();
  assert_focus_on (window, 1, titles[1]);
  g_assert_nonnull (accord_event_card_find_label (card, "20 January 2026 — exact day"));
  g_assert_nonnull (accord_event_card_find_label (card, "Davos"));
  gtk_widget_activate_action (focus_widget (window), "timeline.select-next", NULL);
  accord_test_settle ();

  /* The card shows native names. */
  g_assert_nonnull (accord_event_card_find_label (card, "Ahn Gyu-back (안규백)"));

  /* Enter on the signing opens its first section. */
  g_assert_true (gtk_widget_activate (focus_widget (window)));
  accord_test_settle ();
  g_assert_cmpstr (accord_briefing_page_get_view (accord_window_get_briefing_page (window)), ==, "section");
  g_assert_cmpstr (accord_section_get_id (accord_window_get_section (window)), ==, "signing");

  accord_test_destroy_window (GTK_WINDOW (window));
}

static void
test_card_sections (void)
{
  AccordWindow *window = new_window (1100, 760);
  AccordTimelineView *view = window_view (window);
  AccordEventCard *card = window_card (window);
  AccordSection *pillar;
  GtkWidget *label;

  accord_briefing_page_show_view (accord_window_get_briefing_page (window), "timeline");
  accord_test_settle ();
  accord_timeline_view_select (view, 2, FALSE);
  accord_test_settle ();

  pillar = accord_briefing_lookup_section (accord_window_get_briefing (window), "pillar-1");
  label = accord_event_card_find_label (card, accord_section_get_title (pillar));
  g_assert_nonnull (label);
  g_assert_false (gtk_label_get_use_markup (GTK_LABEL (label)));
  g_signal_emit_by_name (gtk_widget_get_ancestor (label, GTK_TYPE_BUTTON), "clicked");
  accord_test_settle ();
  g_assert_cmpstr (accord_section_get_id (accord_window_get_section (window)), ==, "pillar-1");

  accord_test_destroy_window (GTK_WINDOW (window));
}

static gboolean
is_vertical (gpointer data)
{
  AccordTimelineView *view = window_view (ACCORD_WINDOW (data));

  return gtk_orientable_get_orientation (GTK_ORIENTABLE (view)) == GTK_ORIENTATION_VERTICAL &&
         accord_timeline_view_find_marker (view, 1) != NULL;
}

static void
test_narrow_vertical (void)
{
  AccordWindow *window = new_window (400, 700);
  AccordTimelineView *view = window_view (window);
  AccordEvent *davos = accord_briefing_lookup_event (accord_window_get_briefing (window), "davos-2026-01-20");
  g_autoptr(GArray) children = NULL;
  Child *c;

  /* Shown from a section, as the section view's related events do. */
  accord_window_show_event (window, davos);
  accord_test_wait_until (is_vertical, window);
  accord_test_settle ();

  g_assert_cmpstr (accord_briefing_page_get_view (accord_window_get_briefing_page (window)), ==, "timeline");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view)));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (view)), <, ACCORD_TIMELINE_VIEW_NARROW_WIDTH);
  assert_focus_on (window, 1, accord_event_get_title (davos));

  /* Top to bottom in date order. */
  children = visible_children (view, NULL);
  g_assert_cmpuint (children->len, ==, 3);
  c = (Child *) children->data;
  for (guint i = 0; i < 3; i++)
    {
      g_assert_cmpuint (c[i].item.index, ==, i);
      if (i > 0)
        g_assert_cmpfloat (c[i].bounds.origin.y, >, c[i - 1].bounds.origin.y + c[i - 1].bounds.size.height / 2);
      g_assert_cmpfloat (c[i].bounds.origin.x + c[i].bounds.size.width, <=, gtk_widget_get_width (GTK_WIDGET (view)));
    }

  /* Down moves on, in date order. */
  gtk_widget_activate_action (focus_widget (window), "timeline.select-next", NULL);
  accord_test_settle ();
  g_assert_cmpuint (accord_timeline_view_get_selected (view), ==, 2);

  /* Wide again: horizontal. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  accord_test_settle ();
  accord_test_settle ();
  g_assert_cmpint (gtk_orientable_get_orientation (GTK_ORIENTABLE (view)), ==, GTK_ORIENTATION_HORIZONTAL);

  accord_test_destroy_window (GTK_WINDOW (window));
}

#define N_MANY 50000

/* 50,000 events over ten years, some months, some spans, some vague. */
static AccordBriefing *
make_many (void)
{
  GString *json = g_string_new ("{\"format\":\"accord-briefing\",\"version\":1,\"id\":\"many\","
                                "\"title\":\"Many\",\"sections\":[{\"id\":\"s\",\"title\":\"S\","
                                "\"body\":[\"x\"]}],\"events\":[");
  gint64 base = accord_date_days_from_civil (2015, 1, 1);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  AccordBriefing *briefing;

  for (guint i = 0; i < N_MANY; i++)
    {
      int y, m, d;

      accord_date_civil_from_days (base + (i * 7919) % 3650, &y, &m, &d);
      g_string_append_printf (json, "%s{\"id\":\"e%u\",\"title\":\"Event number %u\",\"date\":\"",
                              i > 0 ? "," : "", i, i);
      if (i % 7 == 0)
        g_string_append_printf (json, "%04d-%02d\"", y, m);
      else
        g_string_append_printf (json, "%04d-%02d-%02d%s\"", y, m, d, i % 11 == 0 ? "~" : "");
      if (i % 13 == 0 && i % 7 != 0)
        g_string_append_printf (json, ",\"end_date\":\"%04d\"", y + 1);
      g_string_append (json, ",\"sections\":[\"s\"]}");
    }
  g_string_append (json, "]}");

  bytes = g_string_free_to_bytes (json);
  briefing = accord_loader_load_bytes (bytes, "many.briefing.json", &error);
  g_assert_no_error (error);

  return briefing;
}

static guint
check_bounded (AccordTimelineView *view)
{
  g_autoptr(GArray) children = NULL;
  guint total;

  children = visible_children (view, &total);
  g_assert_cmpuint (total, <, 500);
  g_assert_cmpuint (children->len, >, 0);

  return total;
}

/* The keyboard focus is on the view or one of its children, and what has
 * it lies in view: a reader sees where it is. */
static void
check_focus_in_view (AccordTimelineView *view)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (view)));
  graphene_rect_t bounds;
  int width = gtk_widget_get_width (GTK_WIDGET (view));

  g_assert_nonnull (focus);
  g_assert_true (focus == GTK_WIDGET (view) || gtk_widget_get_parent (focus) == GTK_WIDGET (view));
  if (focus == GTK_WIDGET (view))
    return;
  g_assert_true (gtk_widget_get_child_visible (focus));
  g_assert_true (gtk_widget_compute_bounds (focus, GTK_WIDGET (view), &bounds));
  g_assert_cmpfloat (bounds.origin.x, >=, -4);
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, width + 4);
}

/* In each lane, no child covers the next one: labels stop before the next
 * marker, whatever their text (Hangul is twice as wide as the estimate the
 * layout reserves room with). */
static void
check_lanes_apart (AccordTimelineView *view)
{
  g_autoptr(GArray) children = visible_children (view, NULL);

  for (guint i = 0; i < children->len; i++)
    for (guint j = 0; j < children->len; j++)
      {
        Child *a = &g_array_index (children, Child, i);
        Child *b = &g_array_index (children, Child, j);

        if (i == j || a->item.lane != b->item.lane || a->bounds.origin.x > b->bounds.origin.x)
          continue;
        if (a->bounds.origin.x + a->bounds.size.width > b->bounds.origin.x + 4)
          g_error ("lane %u: the child of item %u (%.0f to %.0f px) covers item %u's (from %.0f px)",
                   a->item.lane, a->item.index, a->bounds.origin.x,
                   a->bounds.origin.x + a->bounds.size.width, b->item.index, b->bounds.origin.x);
      }
}

static GtkWidget *
find_cluster (AccordTimelineView *view,
              gboolean            one_day)
{
  g_autoptr(GArray) children = visible_children (view, NULL);

  for (guint i = 0; i < children->len; i++)
    {
      Child *c = &g_array_index (children, Child, i);

      if (c->item.kind == ACCORD_TIMELINE_ITEM_CLUSTER &&
          (c->item.first_day == c->item.last_day) == one_day &&
          c->bounds.origin.x >= 0)
        return c->marker;
    }

  return NULL;
}

static void
focus_first_cluster (AccordTimelineView *view)
{
  GtkWidget *cluster = find_cluster (view, FALSE);

  g_assert_nonnull (cluster);
  g_assert_true (gtk_widget_grab_focus (cluster));
  accord_test_settle ();
  check_focus_in_view (view);
}

static void
test_many_events (void)
{
  g_autoptr(AccordBriefing) briefing = make_many ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = accord_timeline_view_new ();
  AccordTimelineView *tv = ACCORD_TIMELINE_VIEW (view);
  const AccordTimelineItem *items;
  guint n_items, count = 0;
  gint64 start = g_get_monotonic_time ();

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 600);
  gtk_window_set_child (GTK_WINDOW (window), view);
  accord_timeline_view_set_events (tv, accord_briefing_get_timeline (briefing));
  accord_test_present (GTK_WINDOW (window));
  accord_test_settle ();
  g_test_message ("50,000 events shown in %.0f ms", (g_get_monotonic_time () - start) / 1000.0);

  /* Fitted, every event is in some item: nothing is lost to clustering. */
  items = accord_timeline_frame_get_items (accord_timeline_view_get_frame (tv), &n_items);
  for (guint i = 0; i < n_items; i++)
    count += items[i].count;
  g_assert_cmpuint (count, ==, N_MANY);
  check_bounded (tv);

  /* Zooming in to days and panning keep the number of children bounded;
   * the focus, on a cluster at first, stays on something in view. */
  focus_first_cluster (tv);
  for (guint i = 0; i < 12; i++)
    {
      gtk_widget_activate_action (view, "timeline.zoom-in", NULL);
      accord_test_settle ();
      check_bounded (tv);
      check_focus_in_view (tv);
      check_lanes_apart (tv);
    }
  for (guint i = 0; i < 5; i++)
    {
      double s, e;

      accord_timeline_view_get_range (tv, &s, &e);
      accord_timeline_view_set_range (tv, s + 200, e + 200);
      accord_test_settle ();
      check_bounded (tv);
    }

  /* End goes to the last event, far away, and focuses it. */
  gtk_widget_activate_action (view, "timeline.select-last", NULL);
  accord_test_settle ();
  g_assert_cmpuint (accord_timeline_view_get_selected (tv), ==, N_MANY - 1);
  g_assert_nonnull (accord_timeline_view_find_marker (tv, N_MANY - 1));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == accord_timeline_view_find_marker (tv, N_MANY - 1));
  check_bounded (tv);

  /* Panned out of view, the focus stays in the timeline (on the canvas),
   * never on a child that now shows another event; the keys go on from
   * the selected event. */
  {
    double s, e;
    GtkWidget *focus;

    accord_timeline_view_get_range (tv, &s, &e);
    accord_timeline_view_set_range (tv, s + 1000, e + 1000);
    accord_test_settle ();
    focus = gtk_root_get_focus (GTK_ROOT (window));
    g_assert_true (focus == view);
    g_assert_null (accord_timeline_view_find_marker (tv, N_MANY - 1));

    gtk_widget_activate_action (focus, "timeline.select-previous", NULL);
    accord_test_settle ();
    g_assert_cmpuint (accord_timeline_view_get_selected (tv), ==, N_MANY - 2);
    g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == accord_timeline_view_find_marker (tv, N_MANY - 2));
  }

  accord_test_destroy_window (GTK_WINDOW (window));
}

static void
test_zoom (void)
{
  g_autoptr(AccordBriefing) briefing = accord_loader_load_bundled (NULL);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = accord_timeline_view_new ();
  AccordTimelineView *tv = ACCORD_TIMELINE_VIEW (view);
  double s0, e0, s, e;
  guint step;

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 400);
  gtk_window_set_child (GTK_WINDOW (window), view);
  accord_timeline_view_set_events (tv, accord_briefing_get_timeline (briefing));
  accord_test_present (GTK_WINDOW (window));
  accord_test_settle ();

  accord_timeline_view_get_range (tv, &s0, &e0);
  g_assert_cmpfloat (s0, <, accord_date_days_from_civil (2025, 12, 1));
  g_assert_cmpfloat (e0, >, accord_date_days_from_civil (2026, 2, 26));

  gtk_widget_activate_action (view, "timeline.zoom-in", NULL);
  accord_test_settle ();
  accord_timeline_view_get_range (tv, &s, &e);
  g_assert_cmpfloat_with_epsilon ((e - s) * 1.5, e0 - s0, 1e-6);

  gtk_widget_activate_action (view, "timeline.zoom-out", NULL);
  gtk_widget_activate_action (view, "timeline.zoom-out", NULL);
  accord_test_settle ();
  accord_timeline_view_get_range (tv, &s, &e);
  g_assert_cmpfloat_with_epsilon (e - s, (e0 - s0) * 1.5, 1e-6);

  gtk_widget_activate_action (view, "timeline.fit", NULL);
  accord_test_settle ();
  accord_timeline_view_get_range (tv, &s, &e);
  g_assert_cmpfloat (s, ==, s0);
  g_assert_cmpfloat (e, ==, e0);

  /* Zoomed in around the signing, the ticks are days. */
  accord_timeline_view_select (tv, 2, FALSE);
  for (guint i = 0; i < 6; i++)
    accord_timeline_view_zoom_in (tv);
  accord_test_settle ();
  g_assert_cmpint (accord_timeline_frame_get_tick_unit (accord_timeline_view_get_frame (tv), &step), ==,
                   ACCORD_TIMELINE_UNIT_DAY);
  g_assert_nonnull (accord_timeline_view_find_marker (tv, 2));

  accord_test_destroy_window (GTK_WINDOW (window));
}

/* Every template instantiates, and nothing keeps the widgets alive. */
static void
test_templates (void)
{
  GtkWidget *card = accord_event_card_new ();
  GtkWidget *view = accord_timeline_view_new ();

  g_object_ref_sink (card);
  g_object_ref_sink (view);
  g_assert_finalize_object (card);
  g_assert_finalize_object (view);
}

static AccordBriefing *
load_json (const char *json)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GError) error = NULL;
  AccordBriefing *briefing = accord_loader_load_bytes (bytes, "test.briefing.json", &error);

  g_assert_no_error (error);
  return briefing;
}

static GtkWidget *
show_view (AccordBriefing *briefing,
           int             width,
           int             height)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = accord_timeline_view_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_set_child (GTK_WINDOW (window), view);
  accord_timeline_view_set_events (ACCORD_TIMELINE_VIEW (view), accord_briefing_get_timeline (briefing));
  accord_test_present (GTK_WINDOW (window));
  accord_test_settle ();

  return window;
}

/* A click on a cluster zooms in to the days it covers, its events come
 * apart and the first is selected; a cluster of one day lists its events,
 * and choosing one selects it. */
static void
test_cluster_click (void)
{
  g_autoptr(AccordBriefing) briefing = make_many ();
  GtkWidget *window = show_view (briefing, 1200, 600);
  AccordTimelineView *view = ACCORD_TIMELINE_VIEW (gtk_window_get_child (GTK_WINDOW (window)));
  GtkWidget *cluster = find_cluster (view, FALSE);
  AccordTimelineItem item;
  double s0, e0, s, e;

  g_assert_nonnull (cluster);
  g_assert_true (accord_timeline_view_get_marker_item (view, cluster, &item));
  accord_timeline_view_get_range (view, &s0, &e0);
  g_signal_emit_by_name (cluster, "clicked");
  accord_test_settle ();

  accord_timeline_view_get_range (view, &s, &e);
  g_assert_cmpfloat (e - s, <, (e0 - s0) / 2);
  g_assert_cmpfloat (s, <=, item.first_day);
  g_assert_cmpfloat (e, >=, item.last_day + 1);
  g_assert_cmpfloat (e - s, <=, (item.last_day + 1 - item.first_day) * 1.2);
  g_assert_cmpuint (accord_timeline_view_get_selected (view), ==, item.index);
  check_focus_in_view (view);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == accord_timeline_view_find_marker (view, item.index));

  accord_test_destroy_window (GTK_WINDOW (window));
}

static void
test_cluster_one_day (void)
{
  GString *json = g_string_new ("{\"format\":\"accord-briefing\",\"version\":1,\"id\":\"d\",\"title\":\"D\","
                                "\"sections\":[{\"id\":\"s\",\"title\":\"S\",\"body\":[]}],\"events\":["
                                "{\"id\":\"before\",\"title\":\"Before\",\"date\":\"2020-01-01\"},"
                                "{\"id\":\"after\",\"title\":\"After\",\"date\":\"2020-12-31\"}");
  g_autoptr(AccordBriefing) briefing = NULL;
  GtkWidget *window;
  AccordTimelineView *view;
  GtkWidget *cluster = NULL;
  GtkWidget *popover, *list, *row;
  AccordTimelineItem item;
  guint n_rows = 0;
  g_autoptr(AccordEvent) chosen = NULL;

  for (guint i = 0; i < 30; i++)
    g_string_append_printf (json, ",{\"id\":\"e%u\",\"title\":\"Same day <%u>\",\"date\":\"2020-06-15\"}", i, i);
  g_string_append (json, "]}");
  briefing = load_json (json->str);
  g_string_free (json, TRUE);
  window = show_view (briefing, 900, 400);
  view = ACCORD_TIMELINE_VIEW (gtk_window_get_child (GTK_WINDOW (window)));

  cluster = find_cluster (view, TRUE);
  g_assert_nonnull (cluster);
  g_assert_true (accord_timeline_view_get_marker_item (view, cluster, &item));
  g_signal_emit_by_name (cluster, "clicked");
  accord_test_settle ();

  /* A popover, with a row per event of the cluster, titles as they are. */
  for (popover = gtk_widget_get_first_child (GTK_WIDGET (view)); popover != NULL; popover = gtk_widget_get_next_sibling (popover))
    if (GTK_IS_POPOVER (popover))
      break;
  g_assert_nonnull (popover);
  g_assert_true (gtk_widget_get_visible (popover));
  g_assert_nonnull (accord_test_find_label (popover, "30 events on this day", TRUE));
  g_assert_nonnull (accord_test_find_label (popover, "Same day <7>", TRUE));
  list = find_descendant (popover, GTK_TYPE_LIST_BOX);
  g_assert_nonnull (list);
  for (GtkWidget *w = gtk_widget_get_first_child (list); w != NULL; w = gtk_widget_get_next_sibling (w))
    n_rows += GTK_IS_LIST_BOX_ROW (w);
  g_assert_cmpuint (n_rows, ==, 30);

  row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 7));
  g_signal_emit_by_name (list, "row-activated", row);
  accord_test_settle ();
  g_assert_false (gtk_widget_get_visible (popover));
  chosen = accord_timeline_view_get_selected_event (view);
  g_assert_cmpstr (accord_event_get_title (chosen), ==, "Same day <7>");
  check_focus_in_view (view);

  accord_test_destroy_window (GTK_WINDOW (window));
}

static double
label_room (AccordTimelineView *view,
            const char         *title,
            double             *opacity)
{
  g_autoptr(GArray) children = visible_children (view, NULL);

  for (guint i = 0; i < children->len; i++)
    {
      Child *c = &g_array_index (children, Child, i);
      GtkWidget *label = accord_test_find_label (c->marker, title, FALSE);

      if (label != NULL)
        {
          if (opacity != NULL)
            *opacity = gtk_widget_get_opacity (label);
          /* Measured sizes count the margins; allocated ones do not. */
          return gtk_widget_get_width (label) + gtk_widget_get_margin_start (label) + gtk_widget_get_margin_end (label);
        }
    }

  return -1;
}

/* Zoomed in with room to spare, a title shows whole, well past the width
 * the layout reserves for it (200 px); a band that scrolls off leaves no
 * lone "…" at the edge, nor does a point whose marker left the view. */
static void
test_labels_use_room (void)
{
  g_autoptr(AccordBriefing) briefing = load_json (
    "{\"format\":\"accord-briefing\",\"version\":1,\"id\":\"l\",\"title\":\"L\","
    "\"sections\":[{\"id\":\"s\",\"title\":\"S\",\"body\":[]}],\"events\":["
    "{\"id\":\"a\",\"title\":\"A rather long title for an event, of the kind briefings are full of, ending here\",\"date\":\"2020-03-02\"},"
    "{\"id\":\"m\",\"title\":\"A month of talks\",\"date\":\"2020-04\"},"
    "{\"id\":\"b\",\"title\":\"Later\",\"date\":\"2020-12-01\"}]}");
  GtkWidget *window = show_view (briefing, 1200, 400);
  AccordTimelineView *view = ACCORD_TIMELINE_VIEW (gtk_window_get_child (GTK_WINDOW (window)));
  const char *long_title = "A rather long title for an event, of the kind briefings are full of, ending here";
  double opacity = 0;
  int natural;
  GtkWidget *label;

  accord_timeline_view_set_range (view, accord_date_days_from_civil (2020, 2, 25), accord_date_days_from_civil (2020, 3, 25));
  accord_test_settle ();
  label = accord_test_find_label (GTK_WIDGET (view), long_title, FALSE);
  g_assert_nonnull (label);
  gtk_widget_measure (label, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  g_assert_cmpint (natural, >, 220);
  g_assert_cmpfloat (label_room (view, long_title, &opacity), >=, natural);
  g_assert_cmpfloat (opacity, ==, 1);

  /* The month band ends 2 px into the view: its label is not shown, not
   * even as "…". */
  {
    double px_per_day = 1200.0 / 20;
    double start = accord_date_days_from_civil (2020, 5, 1) - 2 / px_per_day;

    accord_timeline_view_set_range (view, start, start + 20);
    accord_test_settle ();
    g_assert_cmpfloat (label_room (view, "A month of talks", &opacity), >=, 0);
    g_assert_cmpfloat (opacity, ==, 0);
  }

  /* The point's marker is 20 px out of view: its label does not show the
   * rest of its text. */
  {
    double px_per_day = 1200.0 / 30;
    double start = accord_date_days_from_civil (2020, 3, 2) + 20 / px_per_day;

    accord_timeline_view_set_range (view, start, start + 30);
    accord_test_settle ();
    g_assert_cmpfloat (label_room (view, long_title, &opacity), >=, 0);
    g_assert_cmpfloat (opacity, ==, 0);
  }

  accord_test_destroy_window (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/timeline/templates", test_templates);
  g_test_add_func ("/timeline/bundled-order", test_bundled_order);
  g_test_add_func ("/timeline/keyboard", test_keyboard);
  g_test_add_func ("/timeline/card-sections", test_card_sections);
  g_test_add_func ("/timeline/narrow-vertical", test_narrow_vertical);
  g_test_add_func ("/timeline/zoom", test_zoom);
  g_test_add_func ("/timeline/many-events", test_many_events);
  g_test_add_func ("/timeline/cluster-click", test_cluster_click);
  g_test_add_func ("/timeline/cluster-one-day", test_cluster_one_day);
  g_test_add_func ("/timeline/labels-use-room", test_labels_use_room);

  return g_test_run ();
}
