/* accord-search-provider.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define ACCORD_TYPE_SEARCH_PROVIDER (accord_search_provider_get_type ())

G_DECLARE_FINAL_TYPE (AccordSearchProvider, accord_search_provider, ACCORD, SEARCH_PROVIDER, GObject)

AccordSearchProvider *accord_search_provider_new        (GApplication          *application);
gboolean              accord_search_provider_register   (AccordSearchProvider  *self,
                                                         GDBusConnection       *connection,
                                                         const char            *object_path,
                                                         GError               **error);
void                  accord_search_provider_unregister (AccordSearchProvider  *self);

G_END_DECLS
