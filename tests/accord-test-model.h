/* accord-test-model.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "accord-types.h"

G_BEGIN_DECLS

void accord_test_assert_same_model (AccordBriefing *expected,
                                    AccordBriefing *actual);

G_END_DECLS
