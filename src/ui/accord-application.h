/* accord-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define ACCORD_TYPE_APPLICATION (accord_application_get_type ())

G_DECLARE_FINAL_TYPE (AccordApplication, accord_application, ACCORD, APPLICATION, AdwApplication)

AccordApplication *accord_application_new          (void);
void               accord_application_open_section (AccordApplication *self,
                                                    const char        *briefing_key,
                                                    const char        *section_id);
void               accord_application_search       (AccordApplication *self,
                                                    const char        *text);

G_END_DECLS
