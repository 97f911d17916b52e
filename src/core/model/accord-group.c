/* accord-group.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A group of events (who acted, or a theme): one lane of the timeline.
 */

#define G_LOG_DOMAIN "accord-group"

#include "config.h"

#include <glib/gi18n.h>

#include "accord-model-private.h"

G_DEFINE_FINAL_TYPE (AccordGroup, accord_group, G_TYPE_OBJECT)

/* Names as the briefing writes them, and the GNOME palette's shades
 * (libadwaita's @blue_3 … on light, a lighter one on dark, so that each
 * stands out from its background by the same amount).  The timeline and
 * its exports draw with these; nothing else may hold colours of its own. */
static const struct
{
  const char *name;
  guint32     light;
  guint32     dark;
} colors[] = {
  [ACCORD_GROUP_COLOR_NONE]   = { NULL,     0x000000, 0x000000 },
  [ACCORD_GROUP_COLOR_BLUE]   = { "blue",   0x1c71d8, 0x62a0ea },
  [ACCORD_GROUP_COLOR_GREEN]  = { "green",  0x26a269, 0x57e389 },
  [ACCORD_GROUP_COLOR_YELLOW] = { "yellow", 0xe5a50a, 0xf8e45c },
  [ACCORD_GROUP_COLOR_ORANGE] = { "orange", 0xc64600, 0xffa348 },
  [ACCORD_GROUP_COLOR_RED]    = { "red",    0xc01c28, 0xf66151 },
  [ACCORD_GROUP_COLOR_PURPLE] = { "purple", 0x813d9c, 0xc061cb },
  [ACCORD_GROUP_COLOR_BROWN]  = { "brown",  0x865e3c, 0xcdab8f },
  [ACCORD_GROUP_COLOR_GREY]   = { "grey",   0x5e5c64, 0xc0bfbc },
};

static void
accord_group_finalize (GObject *object)
{
  AccordGroup *self = (AccordGroup *)object;

  g_free (self->id);
  g_free (self->title);

  G_OBJECT_CLASS (accord_group_parent_class)->finalize (object);
}

static void
accord_group_class_init (AccordGroupClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = accord_group_finalize;
}

static void
accord_group_init (AccordGroup *self)
{
}

const char *
accord_group_get_id (AccordGroup *self)
{
  g_return_val_if_fail (ACCORD_IS_GROUP (self), NULL);
  return self->id;
}

const char *
accord_group_get_title (AccordGroup *self)
{
  g_return_val_if_fail (ACCORD_IS_GROUP (self), NULL);
  return self->title;
}

/**
 * accord_group_get_color:
 *
 * Returns: the colour the briefing gives, or %ACCORD_GROUP_COLOR_NONE
 */
AccordGroupColor
accord_group_get_color (AccordGroup *self)
{
  g_return_val_if_fail (ACCORD_IS_GROUP (self), ACCORD_GROUP_COLOR_NONE);
  return self->color;
}

/**
 * accord_group_get_shown_color:
 *
 * Returns: the colour to draw the group in: the briefing's, or else the
 *   palette's in turn by the group's position
 */
AccordGroupColor
accord_group_get_shown_color (AccordGroup *self)
{
  g_return_val_if_fail (ACCORD_IS_GROUP (self), ACCORD_GROUP_COLOR_BLUE);

  if (self->color != ACCORD_GROUP_COLOR_NONE)
    return self->color;

  return ACCORD_GROUP_COLOR_BLUE + self->index % ACCORD_GROUP_N_COLORS;
}

/* Position in the briefing's groups, which is the lanes' order. */
guint
accord_group_get_index (AccordGroup *self)
{
  g_return_val_if_fail (ACCORD_IS_GROUP (self), 0);
  return self->index;
}

/**
 * accord_group_color_from_name:
 *
 * Returns: the colour of that name (lowercase, as the format writes it;
 *   "gray" too), or %ACCORD_GROUP_COLOR_NONE for any other text
 */
AccordGroupColor
accord_group_color_from_name (const char *name)
{
  g_return_val_if_fail (name != NULL, ACCORD_GROUP_COLOR_NONE);

  if (g_str_equal (name, "gray"))
    return ACCORD_GROUP_COLOR_GREY;

  for (guint i = ACCORD_GROUP_COLOR_BLUE; i < G_N_ELEMENTS (colors); i++)
    if (g_str_equal (name, colors[i].name))
      return i;

  return ACCORD_GROUP_COLOR_NONE;
}

/**
 * accord_group_color_to_name:
 *
 * Returns: (nullable): the name the format writes, %NULL for none
 */
const char *
accord_group_color_to_name (AccordGroupColor color)
{
  g_return_val_if_fail (color < G_N_ELEMENTS (colors), NULL);
  return colors[color].name;
}

/**
 * accord_group_color_list_names:
 *
 * Returns: (transfer full): "blue, green, …", for error messages
 */
char *
accord_group_color_list_names (void)
{
  GString *str = g_string_new (NULL);

  for (guint i = ACCORD_GROUP_COLOR_BLUE; i < G_N_ELEMENTS (colors); i++)
    {
      if (str->len > 0)
        g_string_append (str, ", ");
      g_string_append (str, colors[i].name);
    }

  return g_string_free (str, FALSE);
}

/**
 * accord_group_color_get_rgb:
 * @dark: %TRUE for the shade that reads on a dark background
 *
 * The colour's components, from 0 to 1.  %ACCORD_GROUP_COLOR_NONE is
 * drawn as grey.
 */
void
accord_group_color_get_rgb (AccordGroupColor  color,
                            gboolean          dark,
                            double           *red,
                            double           *green,
                            double           *blue)
{
  guint32 rgb;

  g_return_if_fail (red != NULL && green != NULL && blue != NULL);

  if (color == ACCORD_GROUP_COLOR_NONE || color >= G_N_ELEMENTS (colors))
    color = ACCORD_GROUP_COLOR_GREY;

  rgb = dark ? colors[color].dark : colors[color].light;
  *red = ((rgb >> 16) & 0xff) / 255.0;
  *green = ((rgb >> 8) & 0xff) / 255.0;
  *blue = (rgb & 0xff) / 255.0;
}
