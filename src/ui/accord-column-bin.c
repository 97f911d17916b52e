/* accord-column-bin.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Holds the reading column and says how wide it can be without asking
 * the column.  AdwClamp asks its child's minimum and natural widths, and
 * a column of wrapping labels answers by laying every paragraph out twice
 * (at the narrowest, and on one line), which is then thrown away: the
 * column is only ever as wide as the clamp allows, and its texts wrap
 * (a third of the first frame's layout, measured at start-up).  The
 * column is still asked its height at the width it gets.
 */

#define G_LOG_DOMAIN "accord-section-view"

#include "config.h"

#include "accord-column-bin.h"

struct _AccordColumnBin
{
  GtkWidget parent_instance;

  int       minimum_width;
  int       natural_width;
};

G_DEFINE_FINAL_TYPE (AccordColumnBin, accord_column_bin, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_MINIMUM_WIDTH,
  PROP_NATURAL_WIDTH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
accord_column_bin_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  AccordColumnBin *self = ACCORD_COLUMN_BIN (widget);
  GtkWidget *child = gtk_widget_get_first_child (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = self->minimum_width;
      *natural = MAX (self->minimum_width, self->natural_width);
      return;
    }

  if (child != NULL && gtk_widget_should_layout (child))
    gtk_widget_measure (child, orientation, for_size, minimum, natural, NULL, NULL);
}

static void
accord_column_bin_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  GtkWidget *child = gtk_widget_get_first_child (widget);

  if (child != NULL && gtk_widget_should_layout (child))
    gtk_widget_allocate (child, width, height, baseline, NULL);
}

static void
accord_column_bin_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (accord_column_bin_parent_class)->dispose (object);
}

static void
accord_column_bin_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  AccordColumnBin *self = ACCORD_COLUMN_BIN (object);

  switch (prop_id)
    {
    case PROP_MINIMUM_WIDTH:
      g_value_set_int (value, self->minimum_width);
      break;
    case PROP_NATURAL_WIDTH:
      g_value_set_int (value, self->natural_width);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_column_bin_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  AccordColumnBin *self = ACCORD_COLUMN_BIN (object);

  switch (prop_id)
    {
    case PROP_MINIMUM_WIDTH:
      self->minimum_width = g_value_get_int (value);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      break;
    case PROP_NATURAL_WIDTH:
      self->natural_width = g_value_get_int (value);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_column_bin_class_init (AccordColumnBinClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = accord_column_bin_dispose;
  object_class->get_property = accord_column_bin_get_property;
  object_class->set_property = accord_column_bin_set_property;
  widget_class->measure = accord_column_bin_measure;
  widget_class->size_allocate = accord_column_bin_size_allocate;

  properties[PROP_MINIMUM_WIDTH] =
    g_param_spec_int ("minimum-width", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NATURAL_WIDTH] =
    g_param_spec_int ("natural-width", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
accord_column_bin_init (AccordColumnBin *self)
{
}
