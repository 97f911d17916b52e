/* accord-accessible.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Names for a screen reader where GTK 4.8 and libadwaita 1.2 give none, or
 * a wrong one (read back by tests/test-a11y.py over AT-SPI).
 */

#include "config.h"

#include <adwaita.h>

#include "accord-accessible.h"

/**
 * accord_accessible_name_from_text:
 *
 * GTK 4.8 names a button with a mnemonic after both its label property
 * and the label it shows: "_Cancel Cancel".  Without the property, the
 * name is what the button shows: "Cancel".
 */
void
accord_accessible_name_from_text (GtkWidget *button)
{
  g_return_if_fail (GTK_IS_BUTTON (button));

  gtk_accessible_reset_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL);
}

/* "_Credits" → "Credits"; "a__b" → "a_b" */
static void
strip_mnemonic (char *text)
{
  char *out = text;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '_' && p[1] != '_')
        continue;
      if (*p == '_')
        p++;
      *out++ = *p;
    }
  *out = '\0';
}

/**
 * accord_accessible_name_group_lists:
 *
 * An AdwPreferencesGroup's list is read as "GtkListBox", and an
 * AdwComboRow's as "GtkListView": name each after its group's or its
 * row's title.
 */
void
accord_accessible_name_group_lists (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_BOX (child))
        {
          GtkWidget *group = gtk_widget_get_ancestor (child, ADW_TYPE_PREFERENCES_GROUP);
          GtkWidget *first = gtk_widget_get_first_child (child);
          const char *title = group ? adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (group)) : NULL;

          g_autofree char *row_title = NULL;

          /* A group without a title is named after its first row (whose
           * title may hold a mnemonic: "_Credits"). */
          if ((title == NULL || *title == '\0') && ADW_IS_PREFERENCES_ROW (first))
            {
              row_title = g_strdup (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (first)));
              if (adw_preferences_row_get_use_underline (ADW_PREFERENCES_ROW (first)))
                strip_mnemonic (row_title);
              title = row_title;
            }

          /* Only a label: the relation to the group's title, which
           * libadwaita sets, would repeat it ("Format Format"). */
          if (title != NULL && *title != '\0')
            {
              gtk_accessible_reset_relation (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
              gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                              GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                              -1);
            }
        }
      else if (GTK_IS_LIST_VIEW (child) && gtk_widget_get_ancestor (child, ADW_TYPE_COMBO_ROW) != NULL)
        {
          GtkWidget *row = gtk_widget_get_ancestor (child, ADW_TYPE_COMBO_ROW);

          gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                                          -1);
        }
      accord_accessible_name_group_lists (child);
    }
}

/**
 * accord_accessible_name_scrolled_windows:
 *
 * Names every scrolled window under @root that has no name: libadwaita's
 * status and preferences pages hold one that a screen reader meets.
 */
void
accord_accessible_name_scrolled_windows (GtkWidget  *root,
                                         const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_SCROLLED_WINDOW (child))
        gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                        -1);
      accord_accessible_name_scrolled_windows (child, name);
    }
}

/**
 * accord_accessible_name_button_showing:
 *
 * Names the button under @root that shows exactly @text (and has no name
 * of its own), as @name.
 */
void
accord_accessible_name_button_showing (GtkWidget  *root,
                                       const char *text,
                                       const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *label = gtk_widget_get_first_child (child);

      if (GTK_IS_BUTTON (child) && GTK_IS_LABEL (label) &&
          g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), text) == 0)
        gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                        -1);
      accord_accessible_name_button_showing (child, text, name);
    }
}

/**
 * accord_accessible_name_icon_buttons:
 *
 * Names the buttons under @root that show only an icon and have no name
 * (GTK 4.8's shortcuts window has one: its search) after their tooltip,
 * or @fallback.
 */
void
accord_accessible_name_icon_buttons (GtkWidget  *root,
                                     const char *fallback)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child) && GTK_IS_IMAGE (gtk_widget_get_first_child (child)))
        {
          const char *tooltip = gtk_widget_get_tooltip_text (child);

          gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          tooltip != NULL ? tooltip : fallback,
                                          -1);
        }
      accord_accessible_name_icon_buttons (child, fallback);
    }
}
