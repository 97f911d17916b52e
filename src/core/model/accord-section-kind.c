/* accord-section-kind.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A section's "kind" is free text in the format; the kinds the schema
 * names as examples get a translated, capitalised label.
 */

#define G_LOG_DOMAIN "accord-model"

#include "config.h"

#include <glib/gi18n.h>

#include "accord-section-kind.h"

/**
 * accord_section_kind_label:
 * @kind: (nullable): a section's kind, as accord_section_get_kind() gives it
 *
 * The kinds data/briefing.schema.json names ("overview", "pillar",
 * "analysis", "context", in any case) are translated and capitalised;
 * any other kind is returned as it is written.
 *
 * Returns: (transfer full) (nullable): the label, or %NULL for %NULL
 */
char *
accord_section_kind_label (const char *kind)
{
  static const struct { const char *kind; const char *label; } known[] = {
    /* Translators: the kind of a section of a briefing */
    { "overview", N_("Overview") },
    /* Translators: the kind of a section of a briefing: one of the main
     * parts of an agreement or a policy */
    { "pillar", N_("Pillar") },
    /* Translators: the kind of a section of a briefing */
    { "analysis", N_("Analysis") },
    /* Translators: the kind of a section of a briefing: background */
    { "context", N_("Context") },
  };

  if (kind == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (known); i++)
    if (g_ascii_strcasecmp (kind, known[i].kind) == 0)
      return g_strdup (_(known[i].label));

  return g_strdup (kind);
}
