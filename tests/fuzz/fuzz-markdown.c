/* fuzz-markdown.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Any bytes as a Markdown file ("fuzz.md": text that is not JSON goes to
 * the Markdown reader), through fuzz-loader's harness and its oracles;
 * and what loads must convert to briefing JSON that loads back to the
 * same model.
 */

#define G_LOG_DOMAIN "fuzz-markdown"

#include "config.h"

#include "accord-briefing.h"
#include "accord-briefing-writer.h"
#include "accord-loader.h"
#include "accord-test-model.h"

static void
round_trip (AccordBriefing *briefing)
{
  g_autoptr(GBytes) json = accord_briefing_write_json (briefing);
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordBriefing) again = accord_loader_load_bytes (json, "converted.json", &error);

  if (again == NULL)
    g_error ("the converted briefing does not load: %s", error->message);
  accord_test_assert_same_model (briefing, again);
}

#define FUZZ_DISPLAY_NAME "fuzz.md"
#define FUZZ_ROUND_TRIP round_trip
#undef G_LOG_DOMAIN
#include "fuzz-loader.c"
