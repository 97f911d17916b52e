/* accord-width-bin.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Says how wide its child is without asking it.  A box of wrapping texts
 * answers that question by laying each text out at width after width
 * (at its narrowest, on one line, at each height asked): work thrown
 * away where the width is decided elsewhere.  The sidebar is as wide as
 * the reader set it, on every page (folded, the leaflet gives it the
 * whole window, and it fills it); the reading column is as wide as the
 * clamp above it allows.  The child is still asked its height at the
 * width it gets.
 */

#define G_LOG_DOMAIN "accord-briefing-page"

#include "config.h"

#include "accord-width-bin.h"

#define DEFAULT_WIDTH 300

struct _AccordWidthBin
{
  GtkWidget parent_instance;

  int       width;          /* the natural width */
  int       minimum_width;  /* -1: the width */
};

G_DEFINE_FINAL_TYPE (AccordWidthBin, accord_width_bin, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_WIDTH,
  PROP_MINIMUM_WIDTH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
accord_width_bin_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  AccordWidthBin *self = ACCORD_WIDTH_BIN (widget);
  GtkWidget *child = gtk_widget_get_first_child (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *natural = self->width;
      *minimum = self->minimum_width >= 0 ? MIN (self->minimum_width, self->width) : self->width;
      return;
    }

  if (child != NULL && gtk_widget_should_layout (child))
    gtk_widget_measure (child, orientation, for_size, minimum, natural, NULL, NULL);
}

static void
accord_width_bin_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  GtkWidget *child = gtk_widget_get_first_child (widget);

  if (child != NULL && gtk_widget_should_layout (child))
    gtk_widget_allocate (child, width, height, baseline, NULL);
}

static void
accord_width_bin_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (accord_width_bin_parent_class)->dispose (object);
}

static void
accord_width_bin_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  AccordWidthBin *self = ACCORD_WIDTH_BIN (object);

  switch (prop_id)
    {
    case PROP_WIDTH:
      g_value_set_int (value, self->width);
      break;
    case PROP_MINIMUM_WIDTH:
      g_value_set_int (value, self->minimum_width);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_width_bin_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  AccordWidthBin *self = ACCORD_WIDTH_BIN (object);

  switch (prop_id)
    {
    case PROP_WIDTH:
      accord_width_bin_set_width (self, g_value_get_int (value));
      break;
    case PROP_MINIMUM_WIDTH:
      if (self->minimum_width != g_value_get_int (value))
        {
          self->minimum_width = g_value_get_int (value);
          gtk_widget_queue_resize (GTK_WIDGET (self));
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_width_bin_class_init (AccordWidthBinClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = accord_width_bin_dispose;
  object_class->get_property = accord_width_bin_get_property;
  object_class->set_property = accord_width_bin_set_property;
  widget_class->measure = accord_width_bin_measure;
  widget_class->size_allocate = accord_width_bin_size_allocate;

  properties[PROP_WIDTH] =
    g_param_spec_int ("width", NULL, NULL,
                      120, 1000, DEFAULT_WIDTH,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MINIMUM_WIDTH] =
    g_param_spec_int ("minimum-width", NULL, NULL,
                      -1, 1000, -1,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
accord_width_bin_init (AccordWidthBin *self)
{
  self->width = DEFAULT_WIDTH;
  self->minimum_width = -1;
}

int
accord_width_bin_get_width (AccordWidthBin *self)
{
  g_return_val_if_fail (ACCORD_IS_WIDTH_BIN (self), DEFAULT_WIDTH);

  return self->width;
}

void
accord_width_bin_set_width (AccordWidthBin *self,
                              int               width)
{
  g_return_if_fail (ACCORD_IS_WIDTH_BIN (self));

  if (self->width == width)
    return;

  self->width = width;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WIDTH]);
}
