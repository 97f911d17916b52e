/* test-wording.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The wording the window and the exports share: block headings and the
 * labels of section kinds.
 */

#include "config.h"

#include "accord-heading.h"
#include "accord-section-kind.h"

static void
test_headings (void)
{
  g_assert_cmpstr (accord_heading_get_title (ACCORD_HEADING_KEY_POINTS), ==, "Key Points");
  g_assert_cmpstr (accord_heading_get_title (ACCORD_HEADING_QUOTES), ==, "Quotes");
  g_assert_cmpstr (accord_heading_get_title (ACCORD_HEADING_PEOPLE), ==, "People and Organizations");
  g_assert_cmpstr (accord_heading_get_title (ACCORD_HEADING_RELATED_EVENTS), ==, "Related Events");
  g_assert_cmpstr (accord_heading_get_title (ACCORD_HEADING_SECTIONS), ==, "Sections");
  g_assert_cmpstr (accord_heading_get_title (ACCORD_HEADING_SOURCES), ==, "Sources");
}

static void
test_section_kinds (void)
{
  static const struct { const char *kind; const char *label; } cases[] = {
    /* The kinds the schema names, in any case. */
    { "overview", "Overview" },
    { "pillar", "Pillar" },
    { "analysis", "Analysis" },
    { "context", "Context" },
    { "OVERVIEW", "Overview" },
    { "Analysis", "Analysis" },
    /* Anything else is shown as it is written. */
    { "", "" },
    { "annex", "annex" },
    { "overview ", "overview " },
    { "<b>Tom & Jerry</b>", "<b>Tom & Jerry</b>" },
    { "개요", "개요" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *label = accord_section_kind_label (cases[i].kind);

      g_assert_cmpstr (label, ==, cases[i].label);
    }

  g_assert_null (accord_section_kind_label (NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/wording/headings", test_headings);
  g_test_add_func ("/wording/section-kinds", test_section_kinds);

  return g_test_run ();
}
