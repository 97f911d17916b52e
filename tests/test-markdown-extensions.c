/* test-markdown-extensions.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Markdown reader attaches cmark-gfm's autolink extension and its
 * footnotes only to a file that could hold them (they make the parse
 * twice as slow).  Each input here is read both ways, with them forced
 * on and with the reader's scan deciding, and must give the same model
 * or the same error: inputs with addresses, emails (also written as
 * entities), footnotes, and the 'w' and ':' that the extension treats
 * specially; every Markdown file of the tests and the fuzzer's seeds.
 */

#define G_LOG_DOMAIN "test-markdown-extensions"

#include "config.h"

#include <string.h>

#include "accord-briefing.h"
#include "accord-markdown-private.h"
#include "accord-section.h"
#include "accord-source.h"
#include "accord-test-model.h"

static void
assert_same_both_ways (const char *text,
                       gsize       length,
                       const char *name)
{
  g_autoptr(GError) forced_error = NULL;
  g_autoptr(GError) scanned_error = NULL;
  g_autoptr(AccordBriefing) forced = _accord_markdown_read_full (text, length, name, NULL, TRUE, &forced_error);
  g_autoptr(AccordBriefing) scanned = _accord_markdown_read_full (text, length, name, NULL, FALSE, &scanned_error);

  g_test_message ("%s", name);
  if (forced == NULL)
    {
      g_assert_null (scanned);
      g_assert_nonnull (forced_error);
      g_assert_nonnull (scanned_error);
      g_assert_cmpint (forced_error->code, ==, scanned_error->code);
      g_assert_cmpstr (forced_error->message, ==, scanned_error->message);
      return;
    }
  g_assert_no_error (scanned_error);
  g_assert_nonnull (scanned);
  accord_test_assert_same_model (forced, scanned);
}

static void
assert_same (const char *text)
{
  assert_same_both_ways (text, strlen (text), "inline.md");
}

static AccordBriefing *
read_scanned (const char *text)
{
  g_autoptr(GError) error = NULL;
  AccordBriefing *b = _accord_markdown_read_full (text, strlen (text), "t.md", NULL, FALSE, &error);

  g_assert_no_error (error);
  return b;
}

/* What the extension would find, it finds. */
static void
test_links_found (void)
{
  g_autoptr(AccordBriefing) www = read_scanned ("# T\n\n## S\n\nSee www.example.org today.\n");
  g_autoptr(AccordBriefing) url = read_scanned ("# T\n\n## S\n\nSee HTTPS://example.org/a today.\n");
  g_autoptr(AccordBriefing) email = read_scanned ("# T\n\n## Timeline\n\n- 2020&#64;example.org: Mail\n");

  g_assert_cmpuint (g_list_model_get_n_items (accord_briefing_get_sources (www)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (accord_briefing_get_sources (url)), ==, 1);
  /* An address is a link, not a date: the list is no timeline. */
  g_assert_nonnull (accord_briefing_lookup_section (email, "timeline"));
}

static void
test_inputs (void)
{
  const char *inputs[] = {
    /* Nothing for either: 'w' and ':' everywhere, fields. */
    "# Wow\n\n## What we want {#w}\n\nKind: context\nSummary: who: what, when\n\n- www\n- w.w: w\n\nwait: w ww w.\n",
    "# T\n\n## Timeline\n\n- 2020-01: **Wow** — w:w\n  Id: w\n  Note: www\n",
    /* Addresses. */
    "# T\n\n## S\n\nSee www.example.org, (www.example.org/a_(b)) and *www.example.com*.\n",
    "# T\n\n## S\n\nhttp://example.org https://example.org/x?y=1. ftp://example.org HTTP://EXAMPLE.ORG\n",
    "# T\n\n## S\n\nnot links: http:/example.org www example.org ://example.org wwwexample.org\n",
    "# T\n\n## Sources\n\n- https://example.org/a\n  Publisher: P\n- Title www.example.org\n",
    "# T\n\n| a | b |\n|---|---|\n| www.example.org | https://example.org |\n",
    "# T\n\n## S\n\n[www.example.org](#s) and <https://example.org> and [x](https://example.org)\n",
    /* Emails, as they are, and as entities. */
    "# T\n\n## S\n\nWrite to a.b@example.org, mailto:c@example.org or xmpp:d@example.org/e.\n",
    "# T\n\n## Timeline\n\n- 2020@example.org: Mail\n",
    "# T\n\n## Timeline\n\n- 2020&#64;example.org: Mail\n",
    "# T\n\n## Timeline\n\n- 2020&#x40;example.org: Mail\n",
    "# T\n\n## Timeline\n\n- 2020&commat;example.org: Mail\n",
    "# T\n\n## People\n\n- **A** a@example.org\n  Country: www\n",
    /* Footnotes, with 'w' in their labels, and "\\^". */
    "# T\n\n## S\n\nText[^wow] and more[^w].\n\n[^wow]: [Wow](https://example.org/wow)\n[^w]: W\n",
    "# T\n\n## S\n\nText[\\^w] here.\n\n[^w]: W source\n",
    "# T\n\n## S\n\nText [^nothing] here.\n",
    /* A caret written as an entity after a bracket: text, as written. */
    "# T\n\n## S\n\nText [&#94;a], [&Hat;b] and [&#x5e;c].\n\n[&#94;d]: e\n",
    "# T\n\n## S\n\nText[^n] and [&#94;a].\n\n[^n]: N\n",
    "# T\n\n## S\n\n> Words\n\n— Someone, www[^q]\n\n[^q]: Q\n",
    "# T\n\n## S\n\n~~gone~~ and ~~www.example.org~~\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    assert_same (inputs[i]);
}

static void
assert_same_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *text = NULL;
      gsize length;

      if (!g_str_has_suffix (name, ".md"))
        continue;
      g_assert_true (g_file_get_contents (path, &text, &length, NULL));
      assert_same_both_ways (text, length, name);
      n++;
    }
  g_assert_cmpuint (n, >, 0);
}

static void
test_files (void)
{
  assert_same_dir (TEST_DATA_DIR "/markdown");
  assert_same_dir (TEST_DATA_DIR "/../fuzz/corpus/fuzz-markdown");
  assert_same_dir (ACCORD_DATA_DIR "/briefings");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/markdown-extensions/links-found", test_links_found);
  g_test_add_func ("/markdown-extensions/inputs", test_inputs);
  g_test_add_func ("/markdown-extensions/files", test_files);

  return g_test_run ();
}
