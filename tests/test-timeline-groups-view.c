/* test-timeline-groups-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The timeline page in groups and eras, under Xvfb: each group's events
 * in its own row, in the briefing's order; the eras drawn behind the
 * axis; the arrows from lane to lane; the groups shown or hidden from the
 * popover, and remembered per briefing.
 */

#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "accord-briefing.h"
#include "accord-date.h"
#include "accord-era.h"
#include "accord-event.h"
#include "accord-group.h"
#include "accord-loader.h"
#include "accord-test-ui.h"
#include "accord-timeline-page.h"
#include "accord-timeline-view.h"

typedef struct
{
  GtkWidget          *window;
  AccordTimelinePage *page;
  AccordTimelineView *view;
  AccordBriefing     *briefing;
} Fixture;

static AccordBriefing *
load_river (void)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "groups", "river-treaty.briefing.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  AccordBriefing *briefing = accord_loader_load_file (file, NULL, NULL, &error);

  g_assert_no_error (error);
  return briefing;
}

static void
fixture_open (Fixture *f,
              int      width,
              int      height)
{
  f->briefing = load_river ();
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

static AccordGroup *
event_group (AccordTimelineView *view,
             guint               position)
{
  g_autoptr(AccordEvent) event = g_list_model_get_item (accord_timeline_view_get_events (view), position);

  return accord_event_get_group (event);
}

/* Each visible event's child lies in its group's row, and the rows come
 * in the briefing's order, top to bottom. */
static void
test_rows (void)
{
  Fixture f;
  AccordTimelineFrame *frame;
  const AccordTimelineRow *rows;
  guint n_rows, n_seen = 0;
  double row_top[4] = { G_MAXDOUBLE, G_MAXDOUBLE, G_MAXDOUBLE, G_MAXDOUBLE };
  double row_bottom[4] = { -1, -1, -1, -1 };

  fixture_open (&f, 1300, 900);
  frame = accord_timeline_view_get_frame (f.view);
  rows = accord_timeline_frame_get_rows (frame, &n_rows);
  g_assert_cmpuint (n_rows, ==, 4);
  for (guint r = 0; r < 3; r++)
    g_assert_cmpuint (rows[r].group, ==, r + 1);
  g_assert_cmpuint (rows[3].group, ==, 0);

  for (GtkWidget *w = gtk_widget_get_first_child (GTK_WIDGET (f.view)); w != NULL; w = gtk_widget_get_next_sibling (w))
    {
      AccordTimelineItem item;
      graphene_rect_t bounds;
      AccordGroup *group;
      guint expected;

      if (!gtk_widget_get_child_visible (w))
        continue;
      g_assert_true (accord_timeline_view_get_marker_item (f.view, w, &item));
      g_assert_true (gtk_widget_compute_bounds (w, GTK_WIDGET (f.view), &bounds));
      g_assert_cmpuint (item.count, ==, 1);

      group = event_group (f.view, item.index);
      expected = group != NULL ? accord_group_get_index (group) : 3;
      g_assert_cmpuint (item.row, ==, expected);
      row_top[item.row] = MIN (row_top[item.row], bounds.origin.y);
      row_bottom[item.row] = MAX (row_bottom[item.row], bounds.origin.y + bounds.size.height);
      n_seen++;
    }

  /* Fitted, all 13 events show apart, each group's below the one before. */
  g_assert_cmpuint (n_seen, ==, 13);
  for (guint r = 1; r < 4; r++)
    g_assert_cmpfloat (row_top[r], >=, row_bottom[r - 1]);

  fixture_close (&f);
}

/* The eras' titles are drawn in their band, between the ticks and the
 * axis: the rendered pixels there are darker inside an era than between
 * two.  The band follows the range: zoomed into one era, it spans the
 * view. */
static guint
luminance_at (GtkWidget *widget,
              int        x,
              int        y)
{
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  guint32 pixel;
  guint value;

  GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, gtk_widget_get_width (widget), gtk_widget_get_height (widget));
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  pixel = *(guint32 *) (cairo_image_surface_get_data (surface) + y * cairo_image_surface_get_stride (surface) + x * 4);
  value = ((pixel >> 16) & 0xff) + ((pixel >> 8) & 0xff) + (pixel & 0xff);
  cairo_surface_destroy (surface);

  return value;
}

static void
test_eras (void)
{
  Fixture f;
  AccordTimelineFrame *frame;
  const AccordTimelineEraBand *bands;
  guint n_bands;
  double inside, outside;
  /* The row of era titles: under the month or year names and the ticks
   * (24 + 20 px), 16 px high. */
  const int era_y = 24 + 20 + 4 + 8;

  fixture_open (&f, 1300, 900);
  frame = accord_timeline_view_get_frame (f.view);
  bands = accord_timeline_frame_get_eras (frame, &n_bands);
  g_assert_cmpuint (n_bands, ==, 3);
  g_assert_cmpuint (accord_timeline_frame_get_n_era_levels (frame), ==, 1);

  /* Between the drought (to the end of 2020) and the talks (from March
   * 2021), and inside the talks. */
  outside = (bands[0].end_px + bands[1].start_px) / 2;
  inside = (bands[1].start_px + bands[1].end_px) / 2;
  g_assert_cmpfloat (bands[1].start_px - bands[0].end_px, >, 8);
  g_assert_cmpuint (luminance_at (GTK_WIDGET (f.view), (int) inside, era_y) + 24, <,
                    luminance_at (GTK_WIDGET (f.view), (int) outside, era_y));

  /* Zoomed into the talks: one band over the whole width, clipped. */
  accord_timeline_view_set_range (f.view, accord_date_days_from_civil (2021, 6, 1),
                                  accord_date_days_from_civil (2021, 9, 1));
  accord_test_settle ();
  bands = accord_timeline_frame_get_eras (accord_timeline_view_get_frame (f.view), &n_bands);
  g_assert_cmpuint (n_bands, ==, 1);
  g_assert_true (bands[0].starts_before && bands[0].ends_after);
  g_assert_cmpfloat (bands[0].start_px, ==, 0);
  g_assert_cmpfloat (bands[0].end_px, ==, gtk_widget_get_width (GTK_WIDGET (f.view)));

  fixture_close (&f);
}

static const AccordTimelineItem *
selected_item (AccordTimelineView *view)
{
  GtkWidget *marker = accord_timeline_view_find_marker (view, accord_timeline_view_get_selected (view));
  static AccordTimelineItem item;

  g_assert_nonnull (marker);
  g_assert_true (accord_timeline_view_get_marker_item (view, marker, &item));
  return &item;
}

/* Down goes to the nearest item in the next lane that shows any, Up
 * back; past the last lane the key is not taken. */
static void
test_lanes_keyboard (void)
{
  Fixture f;
  AccordEvent *first = NULL;
  guint n_lanes;
  guint moves = 0;

  fixture_open (&f, 1300, 900);
  first = accord_briefing_lookup_event (f.briefing, "first-meeting");
  g_assert_true (accord_timeline_view_select_event (f.view, first, TRUE));
  accord_test_settle ();
  n_lanes = accord_timeline_frame_get_n_lanes (accord_timeline_view_get_frame (f.view));

  for (guint step = 0; step < n_lanes; step++)
    {
      AccordTimelineItem from = *selected_item (f.view);
      const AccordTimelineItem *items;
      const AccordTimelineItem *expected = NULL;
      guint n_items;

      /* What the reader should land on: the next lane down with anything
       * in it, the nearest in time there. */
      items = accord_timeline_frame_get_items (accord_timeline_view_get_frame (f.view), &n_items);
      for (guint lane = from.lane + 1; lane < n_lanes && expected == NULL; lane++)
        for (guint i = 0; i < n_items; i++)
          if (items[i].lane == lane &&
              (expected == NULL || fabs (items[i].start_px - from.start_px) < fabs (expected->start_px - from.start_px)))
            expected = &items[i];

      gtk_widget_activate_action (GTK_WIDGET (f.view), "timeline.select-lane-below", NULL);
      accord_test_settle ();
      if (expected == NULL)
        {
          /* The bottom lane: nothing moves. */
          g_assert_cmpuint (selected_item (f.view)->lane, ==, from.lane);
          break;
        }
      g_assert_cmpuint (accord_timeline_view_get_selected (f.view), ==, expected->index);
      g_assert_cmpuint (selected_item (f.view)->lane, >, from.lane);
      moves++;
      /* The focus follows, on what a person sees selected. */
      g_assert_true (gtk_root_get_focus (GTK_ROOT (f.window)) ==
                     accord_timeline_view_find_marker (f.view, expected->index));
    }

  /* Through every group's row at least. */
  g_assert_cmpuint (moves, >=, 3);

  /* And Up climbs back to the first lane. */
  for (guint step = 0; step < n_lanes; step++)
    {
      gtk_widget_activate_action (GTK_WIDGET (f.view), "timeline.select-lane-above", NULL);
      accord_test_settle ();
    }
  g_assert_cmpuint (selected_item (f.view)->lane, ==, 0);
  g_assert_true (event_group (f.view, accord_timeline_view_get_selected (f.view)) ==
                 accord_briefing_lookup_group (f.briefing, "northtown"));

  fixture_close (&f);
}

static GtkCheckButton *
find_check (GtkWidget  *root,
            const char *label)
{
  if (GTK_IS_CHECK_BUTTON (root) && g_strcmp0 (gtk_check_button_get_label (GTK_CHECK_BUTTON (root)), label) == 0)
    return GTK_CHECK_BUTTON (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkCheckButton *found = find_check (child, label);

      if (found != NULL)
        return found;
    }

  /* The popover is not a child in the widget tree. */
  if (GTK_IS_MENU_BUTTON (root) && gtk_menu_button_get_popover (GTK_MENU_BUTTON (root)) != NULL)
    return find_check (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (root))), label);

  return NULL;
}

static gboolean
any_in_group (AccordTimelineView *view,
              const char         *id)
{
  GListModel *events = accord_timeline_view_get_events (view);

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      AccordGroup *group = event_group (view, i);

      if (group != NULL && g_str_equal (accord_group_get_id (group), id))
        return TRUE;
    }

  return FALSE;
}

static void
test_filter (void)
{
  Fixture f;
  GtkCheckButton *south, *other;
  g_autoptr(GSettings) settings = g_settings_new ("io.github.accordapp.Accord");
  g_autoptr(GVariant) hidden = NULL;
  g_autofree char *key = NULL;
  g_autofree const char **ids = NULL;
  AccordEvent *walkout;

  g_settings_reset (settings, "hidden-groups");
  fixture_open (&f, 1300, 900);
  key = accord_briefing_dup_key (f.briefing);

  /* One check box per group, and one for the events in no group; all
   * shown at first. */
  south = find_check (GTK_WIDGET (f.page), "Southtown");
  other = find_check (GTK_WIDGET (f.page), "Other events");
  g_assert_nonnull (south);
  g_assert_nonnull (other);
  g_assert_nonnull (find_check (GTK_WIDGET (f.page), "Northtown"));
  g_assert_nonnull (find_check (GTK_WIDGET (f.page), "River Commission"));
  g_assert_true (gtk_check_button_get_active (south));
  g_assert_cmpuint (g_list_model_get_n_items (accord_timeline_view_get_events (f.view)), ==, 13);

  /* The selected event stays selected while another group goes, and the
   * range stays where the reader put it. */
  walkout = accord_briefing_lookup_event (f.briefing, "second-meeting");
  accord_timeline_view_set_range (f.view, accord_date_days_from_civil (2021, 1, 1),
                                  accord_date_days_from_civil (2022, 1, 1));
  accord_timeline_view_select_event (f.view, walkout, FALSE);
  gtk_check_button_set_active (south, FALSE);
  accord_test_settle ();
  {
    double s, e;

    accord_timeline_view_get_range (f.view, &s, &e);
    g_assert_cmpfloat (s, ==, accord_date_days_from_civil (2021, 1, 1));
    g_assert_cmpfloat (e, ==, accord_date_days_from_civil (2022, 1, 1));
  }
  g_assert_false (any_in_group (f.view, "southtown"));
  g_assert_cmpuint (g_list_model_get_n_items (accord_timeline_view_get_events (f.view)), ==, 8);
  {
    guint n_rows;

    accord_timeline_frame_get_rows (accord_timeline_view_get_frame (f.view), &n_rows);
    g_assert_cmpuint (n_rows, ==, 3);
  }
  {
    g_autoptr(AccordEvent) selected = accord_timeline_view_get_selected_event (f.view);

    g_assert_true (selected == walkout);
  }

  gtk_check_button_set_active (other, FALSE);
  accord_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (accord_timeline_view_get_events (f.view)), ==, 7);

  /* Remembered for this briefing, by id ("" for no group). */
  hidden = g_settings_get_value (settings, "hidden-groups");
  g_assert_true (g_variant_lookup (hidden, key, "^a&s", &ids));
  g_assert_cmpuint (g_strv_length ((char **) ids), ==, 2);
  g_assert_true (g_strv_contains (ids, "southtown"));
  g_assert_true (g_strv_contains (ids, ""));
  fixture_close (&f);

  /* Opened again: the same groups hidden, their boxes unchecked. */
  fixture_open (&f, 1300, 900);
  g_assert_false (gtk_check_button_get_active (find_check (GTK_WIDGET (f.page), "Southtown")));
  g_assert_true (gtk_check_button_get_active (find_check (GTK_WIDGET (f.page), "Northtown")));
  g_assert_cmpuint (g_list_model_get_n_items (accord_timeline_view_get_events (f.view)), ==, 7);

  /* Shown again: forgotten. */
  gtk_check_button_set_active (find_check (GTK_WIDGET (f.page), "Southtown"), TRUE);
  gtk_check_button_set_active (find_check (GTK_WIDGET (f.page), "Other events"), TRUE);
  accord_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (accord_timeline_view_get_events (f.view)), ==, 13);
  g_clear_pointer (&hidden, g_variant_unref);
  hidden = g_settings_get_value (settings, "hidden-groups");
  g_assert_false (g_variant_lookup (hidden, key, "as", NULL));
  fixture_close (&f);
}

/* A briefing without groups shows no filter and no row titles. */
static void
test_no_groups (void)
{
  static const char json[] =
    "{\"format\":\"accord-briefing\",\"version\":1,\"id\":\"n\",\"title\":\"N\","
    "\"sections\":[{\"id\":\"s\",\"title\":\"S\",\"body\":[]}],"
    "\"events\":[{\"id\":\"a\",\"title\":\"A\",\"date\":\"2020\"},{\"id\":\"b\",\"title\":\"B\",\"date\":\"2021\"}]}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, sizeof json - 1);
  g_autoptr(AccordBriefing) briefing = accord_loader_load_bytes (bytes, "n.json", NULL);
  GtkWidget *window = gtk_window_new ();
  AccordTimelinePage *page = ACCORD_TIMELINE_PAGE (accord_timeline_page_new ());
  AccordTimelineView *view = accord_timeline_page_get_view (page);
  GtkWidget *button = NULL;
  const AccordTimelineRow *rows;
  guint n_rows;

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  accord_timeline_page_set_briefing (page, briefing);
  accord_test_present (GTK_WINDOW (window));
  accord_test_settle ();

  for (GtkWidget *w = gtk_widget_get_first_child (gtk_widget_get_first_child (gtk_widget_get_first_child (GTK_WIDGET (page))));
       w != NULL; w = gtk_widget_get_next_sibling (w))
    if (GTK_IS_MENU_BUTTON (w))
      button = w;
  g_assert_nonnull (button);
  g_assert_false (gtk_widget_get_visible (button));

  /* One row, of the events in no group. */
  rows = accord_timeline_frame_get_rows (accord_timeline_view_get_frame (view), &n_rows);
  g_assert_cmpuint (n_rows, ==, 1);
  g_assert_cmpuint (rows[0].group, ==, 0);

  accord_test_destroy_window (GTK_WINDOW (window));
}

/* Narrow: vertical, the rows side by side, still in order. */
static void
test_vertical (void)
{
  Fixture f;
  double right_of[4] = { -1, -1, -1, -1 };
  double left_of[4] = { G_MAXDOUBLE, G_MAXDOUBLE, G_MAXDOUBLE, G_MAXDOUBLE };

  fixture_open (&f, 500, 900);
  g_assert_cmpint (gtk_orientable_get_orientation (GTK_ORIENTABLE (f.view)), ==, GTK_ORIENTATION_VERTICAL);

  for (GtkWidget *w = gtk_widget_get_first_child (GTK_WIDGET (f.view)); w != NULL; w = gtk_widget_get_next_sibling (w))
    {
      AccordTimelineItem item;
      graphene_rect_t bounds;

      if (!gtk_widget_get_child_visible (w))
        continue;
      g_assert_true (accord_timeline_view_get_marker_item (f.view, w, &item));
      g_assert_true (gtk_widget_compute_bounds (w, GTK_WIDGET (f.view), &bounds));
      left_of[item.row] = MIN (left_of[item.row], bounds.origin.x);
      right_of[item.row] = MAX (right_of[item.row], bounds.origin.x);
    }
  for (guint r = 1; r < 4; r++)
    g_assert_cmpfloat (left_of[r], >, right_of[r - 1]);

  fixture_close (&f);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/timeline-groups/rows", test_rows);
  g_test_add_func ("/timeline-groups/eras", test_eras);
  g_test_add_func ("/timeline-groups/lanes-keyboard", test_lanes_keyboard);
  g_test_add_func ("/timeline-groups/filter", test_filter);
  g_test_add_func ("/timeline-groups/no-groups", test_no_groups);
  g_test_add_func ("/timeline-groups/vertical", test_vertical);

  return g_test_run ();
}
