/* accord-error-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define ACCORD_TYPE_ERROR_PAGE (accord_error_page_get_type ())

G_DECLARE_FINAL_TYPE (AccordErrorPage, accord_error_page, ACCORD, ERROR_PAGE, GtkWidget)

GtkWidget  *accord_error_page_new         (GMenuModel      *menu_model);
const char *accord_error_page_get_message (AccordErrorPage *self);
void        accord_error_page_set_message (AccordErrorPage *self,
                                           const char      *message);

G_END_DECLS
