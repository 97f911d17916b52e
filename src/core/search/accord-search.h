/* accord-search.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The search API in one include: each type has its own header.
 */

#pragma once

#include "accord-search-index.h"
#include "accord-search-query.h"
#include "accord-search-result.h"
#include "accord-search-results.h"
#include "accord-search-types.h"
