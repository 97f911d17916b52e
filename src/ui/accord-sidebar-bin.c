/* accord-sidebar-bin.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Holds the sidebar at one width on every page.  The leaflet asks its
 * children how wide they want to be at the window's height; a box of
 * wrapping titles answers that by laying each title out at width after
 * width.  The sidebar's width is the reader's setting, so this bin says it
 * without asking.  Folded, the leaflet gives it the whole window, and the
 * sidebar fills it.
 */

#define G_LOG_DOMAIN "accord-briefing-page"

#include "config.h"

#include "accord-sidebar-bin.h"

#define DEFAULT_WIDTH 300

struct _AccordSidebarBin
{
  GtkWidget parent_instance;

  int       width;
};

G_DEFINE_FINAL_TYPE (AccordSidebarBin, accord_sidebar_bin, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_WIDTH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
accord_sidebar_bin_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  AccordSidebarBin *self = ACCORD_SIDEBAR_BIN (widget);
  GtkWidget *child = gtk_widget_get_first_child (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = *natural = self->width;
      return;
    }

  if (child != NULL && gtk_widget_should_layout (child))
    gtk_widget_measure (child, orientation, for_size, minimum, natural, NULL, NULL);
}

static void
accord_sidebar_bin_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  GtkWidget *child = gtk_widget_get_first_child (widget);

  if (child != NULL && gtk_widget_should_layout (child))
    gtk_widget_allocate (child, width, height, baseline, NULL);
}

static void
accord_sidebar_bin_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (accord_sidebar_bin_parent_class)->dispose (object);
}

static void
accord_sidebar_bin_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  AccordSidebarBin *self = ACCORD_SIDEBAR_BIN (object);

  switch (prop_id)
    {
    case PROP_WIDTH:
      g_value_set_int (value, self->width);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_sidebar_bin_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  AccordSidebarBin *self = ACCORD_SIDEBAR_BIN (object);

  switch (prop_id)
    {
    case PROP_WIDTH:
      accord_sidebar_bin_set_width (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_sidebar_bin_class_init (AccordSidebarBinClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = accord_sidebar_bin_dispose;
  object_class->get_property = accord_sidebar_bin_get_property;
  object_class->set_property = accord_sidebar_bin_set_property;
  widget_class->measure = accord_sidebar_bin_measure;
  widget_class->size_allocate = accord_sidebar_bin_size_allocate;

  properties[PROP_WIDTH] =
    g_param_spec_int ("width", NULL, NULL,
                      120, 1000, DEFAULT_WIDTH,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
accord_sidebar_bin_init (AccordSidebarBin *self)
{
  self->width = DEFAULT_WIDTH;
}

int
accord_sidebar_bin_get_width (AccordSidebarBin *self)
{
  g_return_val_if_fail (ACCORD_IS_SIDEBAR_BIN (self), DEFAULT_WIDTH);

  return self->width;
}

void
accord_sidebar_bin_set_width (AccordSidebarBin *self,
                              int               width)
{
  g_return_if_fail (ACCORD_IS_SIDEBAR_BIN (self));

  if (self->width == width)
    return;

  self->width = width;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WIDTH]);
}
