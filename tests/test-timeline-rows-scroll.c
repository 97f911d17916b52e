/* test-timeline-rows-scroll.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The timeline with more groups than its height holds, under Xvfb: the
 * rows scroll (by keyboard and by the scrollbar) so that every one can be
 * reached, the date axis stays at the top, and the focus is never on an
 * event that is scrolled out of sight.  Likewise sideways in the narrow,
 * vertical layout.
 */

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <string.h>

#include "accord-briefing.h"
#include "accord-event.h"
#include "accord-group.h"
#include "accord-loader.h"
#include "accord-test-ui.h"
#include "accord-timeline-page.h"
#include "accord-timeline-view.h"

#define N_GROUPS 20

typedef struct
{
  GtkWidget          *window;
  AccordTimelinePage *page;
  AccordTimelineView *view;
  AccordBriefing     *briefing;
} Fixture;

static void
fixture_open (Fixture *f,
              int      width,
              int      height)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "groups", "harbour-twenty.briefing.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  f->briefing = accord_loader_load_file (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (accord_briefing_get_groups (f->briefing)), ==, N_GROUPS);

  f->window = gtk_window_new ();
  f->page = ACCORD_TIMELINE_PAGE (accord_timeline_page_new ());
  f->view = accord_timeline_page_get_view (f->page);
  gtk_window_set_default_size (GTK_WINDOW (f->window), width, height);
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->page));
  accord_timeline_page_set_briefing (f->page, f->briefing);
  accord_test_present (GTK_WINDOW (f->window));
  accord_test_settle ();
}

static void
fixture_close (Fixture *f)
{
  accord_test_destroy_window (GTK_WINDOW (f->window));
  g_clear_object (&f->briefing);
}

static GtkWidget *
find_scrollbar (AccordTimelineView *view)
{
  for (GtkWidget *w = gtk_widget_get_first_child (GTK_WIDGET (view)); w != NULL; w = gtk_widget_get_next_sibling (w))
    if (GTK_IS_SCROLLBAR (w))
      return w;

  return NULL;
}

static guint
group_of (AccordTimelineView *view,
          guint               position)
{
  g_autoptr(AccordEvent) event = g_list_model_get_item (accord_timeline_view_get_events (view), position);
  AccordGroup *group = accord_event_get_group (event);

  g_assert_nonnull (group);
  return accord_group_get_index (group);
}

static guint
first_event_of (AccordTimelineView *view,
                guint               group)
{
  GListModel *events = accord_timeline_view_get_events (view);

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    if (group_of (view, i) == group)
      return i;

  g_assert_not_reached ();
}

/* Where the lanes can be seen: under the axis (where the scrollbar
 * begins) and within the view. */
static graphene_rect_t
lanes_area (AccordTimelineView *view)
{
  GtkWidget *scrollbar = find_scrollbar (view);
  graphene_rect_t sb;
  int w = gtk_widget_get_width (GTK_WIDGET (view));
  int h = gtk_widget_get_height (GTK_WIDGET (view));

  /* Without one, the whole view (which is what a timeline that cannot
   * scroll has to show). */
  if (scrollbar == NULL || !gtk_widget_get_child_visible (scrollbar))
    return GRAPHENE_RECT_INIT (0, 0, w, h);
  g_assert_true (gtk_widget_compute_bounds (scrollbar, GTK_WIDGET (view), &sb));

  if (gtk_orientable_get_orientation (GTK_ORIENTABLE (view)) == GTK_ORIENTATION_HORIZONTAL)
    return GRAPHENE_RECT_INIT (0, sb.origin.y, w, h - sb.origin.y);

  return GRAPHENE_RECT_INIT (sb.origin.x, 0, w - sb.origin.x, h);
}

static gboolean
inside (const graphene_rect_t *outer,
        const graphene_rect_t *r)
{
  return r->origin.x >= outer->origin.x - 2 &&
         r->origin.y >= outer->origin.y - 2 &&
         r->origin.x + r->size.width <= outer->origin.x + outer->size.width + 2 &&
         r->origin.y + r->size.height <= outer->origin.y + outer->size.height + 2;
}

static gboolean
marker_shown (AccordTimelineView *view,
              GtkWidget          *marker)
{
  graphene_rect_t area = lanes_area (view);
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (marker, GTK_WIDGET (view), &bounds));
  return inside (&area, &bounds);
}

/* The focus is on the selected event's marker, in sight; or, when the
 * event was scrolled away, on the canvas itself. */
static void
assert_focus_in_sight (Fixture *f)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (f->window));

  g_assert_nonnull (focus);
  if (focus == GTK_WIDGET (f->view))
    return;

  g_assert_true (gtk_widget_get_parent (focus) == GTK_WIDGET (f->view));
  g_assert_true (marker_shown (f->view, focus));
}

/* The top of the view (month or year names, ticks and their labels)
 * rendered to pixels. */
static guchar *
render_top (GtkWidget *widget,
            int        height,
            gsize     *size)
{
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  guchar *pixels;

  GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, gtk_widget_get_width (widget), height);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  *size = (gsize) cairo_image_surface_get_stride (surface) * height;
  pixels = g_memdup2 (cairo_image_surface_get_data (surface), *size);
  cairo_surface_destroy (surface);

  return pixels;
}

/* Down, from the first group's row to the last: each step lands in sight
 * and the focus goes along; the last group is reached; the axis has not
 * moved. */
static void
test_keyboard_reaches_last_row (void)
{
  Fixture f;
  g_autofree guchar *top_before = NULL;
  g_autofree guchar *top_after = NULL;
  gsize size_before, size_after;
  GtkAdjustment *adjustment;
  GtkWidget *last_marker;
  guint last;
  guint steps = 0;

  fixture_open (&f, 1000, 600);
  g_assert_cmpint (gtk_orientable_get_orientation (GTK_ORIENTABLE (f.view)), ==, GTK_ORIENTATION_HORIZONTAL);

  /* Twenty rows do not fit 600 px: the last one starts below the view,
   * and a scrollbar says so. */
  last = first_event_of (f.view, N_GROUPS - 1);
  last_marker = accord_timeline_view_find_marker (f.view, last);
  g_assert_nonnull (last_marker);
  g_assert_false (marker_shown (f.view, last_marker));

  /* The bands and ticks: 40 px, above the axis line. */
  top_before = render_top (GTK_WIDGET (f.view), 40, &size_before);

  accord_timeline_view_select (f.view, first_event_of (f.view, 0), TRUE);
  accord_test_settle ();
  assert_focus_in_sight (&f);

  while (group_of (f.view, accord_timeline_view_get_selected (f.view)) < N_GROUPS - 1)
    {
      guint from = group_of (f.view, accord_timeline_view_get_selected (f.view));

      g_assert_cmpuint (++steps, <, 2 * N_GROUPS);
      gtk_widget_activate_action (GTK_WIDGET (f.view), "timeline.select-lane-below", NULL);
      accord_test_settle ();
      g_assert_cmpuint (group_of (f.view, accord_timeline_view_get_selected (f.view)), >, from);

      /* Focused and in sight. */
      g_assert_true (gtk_root_get_focus (GTK_ROOT (f.window)) ==
                     accord_timeline_view_find_marker (f.view, accord_timeline_view_get_selected (f.view)));
      assert_focus_in_sight (&f);
    }

  last_marker = accord_timeline_view_find_marker (f.view, accord_timeline_view_get_selected (f.view));
  g_assert_true (marker_shown (f.view, last_marker));

  /* …scrolled, as its scrollbar shows. */
  g_assert_nonnull (find_scrollbar (f.view));
  g_assert_true (gtk_widget_get_child_visible (find_scrollbar (f.view)));
  adjustment = gtk_scrollbar_get_adjustment (GTK_SCROLLBAR (find_scrollbar (f.view)));
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 0);
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), >, gtk_adjustment_get_page_size (adjustment));
  g_assert_true (marker_shown (f.view, last_marker));

  /* The axis stayed at the top. */
  top_after = render_top (GTK_WIDGET (f.view), 40, &size_after);
  g_assert_cmpmem (top_before, size_before, top_after, size_after);

  /* And Up climbs back to the first row, scrolling up. */
  for (guint i = 0; i < 2 * N_GROUPS && group_of (f.view, accord_timeline_view_get_selected (f.view)) > 0; i++)
    {
      gtk_widget_activate_action (GTK_WIDGET (f.view), "timeline.select-lane-above", NULL);
      accord_test_settle ();
      assert_focus_in_sight (&f);
    }
  g_assert_cmpuint (group_of (f.view, accord_timeline_view_get_selected (f.view)), ==, 0);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0);

  fixture_close (&f);
}

/* The scrollbar: to the end shows the last row; the focused event
 * scrolled out of sight gives the focus to the canvas, and the keys go on
 * from it, bringing it back into sight. */
static void
test_scrollbar (void)
{
  Fixture f;
  GtkWidget *scrollbar;
  GtkAdjustment *adjustment;
  GtkWidget *last_marker;
  g_autofree char *name = NULL;
  guint first;

  fixture_open (&f, 1000, 600);
  scrollbar = find_scrollbar (f.view);
  g_assert_nonnull (scrollbar);
  adjustment = gtk_scrollbar_get_adjustment (GTK_SCROLLBAR (scrollbar));
  g_assert_cmpint (gtk_orientable_get_orientation (GTK_ORIENTABLE (scrollbar)), ==, GTK_ORIENTATION_VERTICAL);

  /* It has a name for a screen reader. */
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (scrollbar), GTK_ACCESSIBLE_PROPERTY_LABEL));

  first = first_event_of (f.view, 0);
  accord_timeline_view_select (f.view, first, TRUE);
  accord_test_settle ();
  assert_focus_in_sight (&f);

  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  accord_test_settle ();
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 0);
  last_marker = accord_timeline_view_find_marker (f.view, first_event_of (f.view, N_GROUPS - 1));
  g_assert_nonnull (last_marker);
  g_assert_true (marker_shown (f.view, last_marker));

  /* The first row is out of sight now, and so is not the focus. */
  g_assert_false (marker_shown (f.view, accord_timeline_view_find_marker (f.view, first)));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (f.window)) == GTK_WIDGET (f.view));
  assert_focus_in_sight (&f);

  /* Right, from the selected event, brings its row back. */
  gtk_widget_activate_action (GTK_WIDGET (f.view), "timeline.select-next", NULL);
  accord_test_settle ();
  g_assert_true (gtk_root_get_focus (GTK_ROOT (f.window)) ==
                 accord_timeline_view_find_marker (f.view, accord_timeline_view_get_selected (f.view)));
  assert_focus_in_sight (&f);

  fixture_close (&f);
}

/* Narrow: the rows side by side overflow the width and scroll sideways;
 * Right from lane to lane reaches the last group, in sight. */
static void
test_vertical (void)
{
  Fixture f;
  GtkWidget *scrollbar;
  GtkWidget *marker;
  guint steps = 0;

  fixture_open (&f, 500, 800);
  g_assert_cmpint (gtk_orientable_get_orientation (GTK_ORIENTABLE (f.view)), ==, GTK_ORIENTATION_VERTICAL);
  scrollbar = find_scrollbar (f.view);
  g_assert_nonnull (scrollbar);
  g_assert_true (gtk_widget_get_child_visible (scrollbar));
  g_assert_cmpint (gtk_orientable_get_orientation (GTK_ORIENTABLE (scrollbar)), ==, GTK_ORIENTATION_HORIZONTAL);

  marker = accord_timeline_view_find_marker (f.view, first_event_of (f.view, N_GROUPS - 1));
  g_assert_nonnull (marker);
  g_assert_false (marker_shown (f.view, marker));

  accord_timeline_view_select (f.view, first_event_of (f.view, 0), TRUE);
  accord_test_settle ();
  while (group_of (f.view, accord_timeline_view_get_selected (f.view)) < N_GROUPS - 1)
    {
      g_assert_cmpuint (++steps, <, 2 * N_GROUPS);
      gtk_widget_activate_action (GTK_WIDGET (f.view), "timeline.select-lane-below", NULL);
      accord_test_settle ();
      assert_focus_in_sight (&f);
    }

  marker = accord_timeline_view_find_marker (f.view, accord_timeline_view_get_selected (f.view));
  g_assert_true (marker_shown (f.view, marker));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (f.window)) == marker);

  fixture_close (&f);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/timeline-rows-scroll/keyboard", test_keyboard_reaches_last_row);
  g_test_add_func ("/timeline-rows-scroll/scrollbar", test_scrollbar);
  g_test_add_func ("/timeline-rows-scroll/vertical", test_vertical);

  return g_test_run ();
}
