/* accord-background-unref.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

void accord_background_unref (gpointer object);

G_END_DECLS
