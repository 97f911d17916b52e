/* test-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-export"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "accord-briefing.h"
#include "accord-export.h"
#include "accord-loader.h"
#include "accord-section.h"
#include "accord-test-unprivileged.h"

/* The PDF is read back with poppler-glib when the build provides it. */
#if __has_include (<poppler.h>)
# include <poppler.h>
# define HAVE_POPPLER 1
/* poppler-glib 22.02 has no autoptr support of its own. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerAction, poppler_action_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerStructureElement, g_object_unref)
#else
# define HAVE_POPPLER 0
#endif

/* Set ACCORD_UPDATE_GOLDEN=1 to rewrite the golden files from the current
 * output; then read them before committing. */
#define GOLDEN_DIR TEST_DATA_DIR "/export"

/* Markup, Markdown syntax, escape sequences, bidi controls and a wide
 * script, all in places where a careless exporter would pass them on. */
static const char tricky_json[] =
  "{\n"
  "  \"format\": \"accord-briefing\", \"version\": 1, \"id\": \"tricky\",\n"
  "  \"title\": \"<b>Tom & Jerry</b>\",\n"
  "  \"subtitle\": \"*x*\",\n"
  "  \"language\": \"en\",\n"
  "  \"sources\": [\n"
  "    { \"id\": \"web\", \"title\": \"Report\", \"publisher\": \"Example\",\n"
  "      \"url\": \"https://example.org/report?id=1&x=2\", \"date\": \"2025-12\" },\n"
  "    { \"id\": \"plain\", \"title\": \"Interview notes\", \"url\": \"ftp://example.org/notes\" }\n"
  "  ],\n"
  "  \"actors\": [ { \"id\": \"ahn\", \"name\": \"Ahn Gyu-back\", \"native_name\": \"안규백\",\n"
  "                \"role\": \"Minister\" } ],\n"
  "  \"sections\": [\n"
  "    { \"id\": \"parent\", \"title\": \"# h\", \"summary\": \"*not bold*\",\n"
  "      \"body\": [ \"<b>x</b> & &amp; `code` [link](http://x) _u_ a|b ~s~ \\\\ end\",\n"
  "                \"1. not a list\\n- not an item\\n    not code\\n=====\",\n"
  "                \"Bidi \\u202Eevil\\u202C, \\u2066iso\\u2069, \\u001b[31mred\\u001b[0m, \\u009b, bell\\u0007; ZWJ \\u200D kept; tab\\tend.\" ],\n"
  "      \"quotes\": [ { \"text\": \"<b>x</b>\", \"speaker\": \"ahn\", \"source\": \"web\" } ],\n"
  "      \"actors\": [ \"ahn\" ],\n"
  "      \"sections\": [ { \"id\": \"child\", \"title\": \"안규백 child\", \"body\": [ \"Child body.\" ] } ] },\n"
  "    { \"id\": \"other\", \"title\": \"Other — the rest\", \"body\": [ \"Other body.\" ] }\n"
  "  ]\n"
  "}\n";

static AccordBriefing *
load_bundled (void)
{
  g_autoptr(GError) error = NULL;
  AccordBriefing *briefing = accord_loader_load_bundled (&error);

  g_assert_no_error (error);
  g_assert_nonnull (briefing);
  return briefing;
}

static AccordBriefing *
load_tricky (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new_static (tricky_json, strlen (tricky_json));
  AccordBriefing *briefing = accord_loader_load_bytes (bytes, "tricky.json", &error);

  g_assert_no_error (error);
  g_assert_nonnull (briefing);
  return briefing;
}

static GPtrArray *
pick_sections (AccordBriefing *briefing,
               ...)
{
  GPtrArray *sections = g_ptr_array_new ();
  va_list args;

  va_start (args, briefing);
  for (const char *id = va_arg (args, const char *); id != NULL; id = va_arg (args, const char *))
    {
      AccordSection *section = accord_briefing_lookup_section (briefing, id);
      g_assert_nonnull (section);
      g_ptr_array_add (sections, section);
    }
  va_end (args);

  return sections;
}

static char *
export_string (AccordBriefing     *briefing,
               GPtrArray          *sections,
               AccordExportFormat  format)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize length;
  const char *data;

  bytes = accord_export_to_bytes (briefing, sections, format, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (bytes);

  data = g_bytes_get_data (bytes, &length);
  g_assert_true (g_utf8_validate (data, length, NULL));
  g_assert_null (memchr (data, '\0', length));

  return g_strndup (data, length);
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("expected to find “%s” in:\n%s", needle, haystack);
}

static void
assert_lacks (const char *haystack,
              const char *needle)
{
  if (strstr (haystack, needle) != NULL)
    g_error ("did not expect “%s” in:\n%s", needle, haystack);
}

static void
compare_golden (const char *name,
                const char *actual)
{
  g_autofree char *path = g_build_filename (GOLDEN_DIR, name, NULL);
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;

  if (g_getenv ("ACCORD_UPDATE_GOLDEN") != NULL)
    {
      g_file_set_contents (path, actual, -1, &error);
      g_assert_no_error (error);
    }

  g_file_get_contents (path, &expected, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (actual, ==, expected);
}

static void
test_format_from_string (void)
{
  static const struct { const char *text; int format; } cases[] = {
    { "pdf", ACCORD_EXPORT_FORMAT_PDF }, { "MD", ACCORD_EXPORT_FORMAT_MARKDOWN },
    { "markdown", ACCORD_EXPORT_FORMAT_MARKDOWN }, { "txt", ACCORD_EXPORT_FORMAT_TEXT },
    { "text", ACCORD_EXPORT_FORMAT_TEXT }, { "docx", -1 }, { "", -1 }, { "pdf ", -1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      AccordExportFormat format = 99;
      gboolean known = accord_export_format_from_string (cases[i].text, &format);

      g_assert_cmpint (known, ==, cases[i].format >= 0);
      g_assert_cmpint (format, ==, known ? cases[i].format : 99);
    }

  g_assert_cmpstr (accord_export_format_get_extension (ACCORD_EXPORT_FORMAT_TEXT), ==, "txt");
  g_assert_cmpstr (accord_export_format_get_extension (ACCORD_EXPORT_FORMAT_MARKDOWN), ==, "md");
  g_assert_cmpstr (accord_export_format_get_extension (ACCORD_EXPORT_FORMAT_PDF), ==, "pdf");
}

static void
test_suggest_filename (void)
{
  g_autoptr(AccordBriefing) briefing = load_bundled ();
  g_autoptr(AccordBriefing) tricky = load_tricky ();
  g_autoptr(GPtrArray) one = pick_sections (briefing, "pillar-3", NULL);
  g_autoptr(GPtrArray) two = pick_sections (briefing, "pillar-3", "pillar-1", NULL);
  g_autoptr(GPtrArray) five = pick_sections (briefing, "signing", "pillar-1", "pillar-2",
                                             "pillar-3", "pillar-4", NULL);
  g_autoptr(GPtrArray) all = pick_sections (briefing, "signing", "pillar-1", "pillar-2", "pillar-3",
                                            "pillar-4", "roundtable", "middle-powers", NULL);
  g_autoptr(GPtrArray) other = pick_sections (tricky, "other", NULL);
  g_autofree char *name1 = accord_export_suggest_filename (briefing, one, ACCORD_EXPORT_FORMAT_PDF);
  g_autofree char *name2 = accord_export_suggest_filename (briefing, two, ACCORD_EXPORT_FORMAT_MARKDOWN);
  g_autofree char *name5 = accord_export_suggest_filename (briefing, five, ACCORD_EXPORT_FORMAT_PDF);
  g_autofree char *name_all = accord_export_suggest_filename (briefing, all, ACCORD_EXPORT_FORMAT_TEXT);
  g_autofree char *name_null = accord_export_suggest_filename (briefing, NULL, ACCORD_EXPORT_FORMAT_TEXT);
  g_autofree char *name_tricky = accord_export_suggest_filename (tricky, other, ACCORD_EXPORT_FORMAT_TEXT);

  g_assert_cmpstr (name1, ==, "Canada–Korea defence agreement — Pillar 3.pdf");
  g_assert_cmpstr (name2, ==, "Canada–Korea defence agreement — Pillar 1, Pillar 3.md");
  g_assert_cmpstr (name5, ==, "Canada–Korea defence agreement — 5 sections.pdf");
  g_assert_cmpstr (name_all, ==, "Canada–Korea defence agreement.txt");
  g_assert_cmpstr (name_null, ==, "Canada–Korea defence agreement.txt");
  /* No slash: it would name a folder. */
  g_assert_cmpstr (name_tricky, ==, "<b>Tom & Jerry<-b> — Other.txt");
}

static void
test_text_golden (void)
{
  g_autoptr(AccordBriefing) briefing = load_bundled ();
  g_autofree char *text = export_string (briefing, NULL, ACCORD_EXPORT_FORMAT_TEXT);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  compare_golden ("canada-korea-2026.txt", text);

  /* Wrapped at 72 columns, except where one word is longer. */
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_utf8_strlen (lines[i], -1) > 72 && strchr (g_strstrip (lines[i]), ' ') != NULL)
        g_error ("line %u is longer than 72 columns: %s", i + 1, lines[i]);
    }

  /* Dates keep their precision. */
  assert_contains (text, "- December 2025 — Asia Pacific Foundation of Canada roundtable");
  assert_lacks (text, "1 December 2025");
  assert_contains (text, "    — Jeehye Kim, Senior Program Manager, Northeast Asia, Asia Pacific\n"
                         "      Foundation of Canada\n");
}

static void
test_markdown_golden (void)
{
  g_autoptr(AccordBriefing) briefing = load_bundled ();
  g_autofree char *markdown = export_string (briefing, NULL, ACCORD_EXPORT_FORMAT_MARKDOWN);

  compare_golden ("canada-korea-2026.md", markdown);
  g_assert_true (g_str_has_prefix (markdown, "# Canada–Korea defence agreement\n\n"));
  assert_contains (markdown, "\n## Pillar 3 — Security and defence cooperation\n\n");
  assert_contains (markdown, "\n- Ahn Gyu-back (안규백) — Minister of National Defense, Republic of Korea\n");
}

static void
test_markdown_escaping (void)
{
  g_autoptr(AccordBriefing) briefing = load_tricky ();
  g_autofree char *md = export_string (briefing, NULL, ACCORD_EXPORT_FORMAT_MARKDOWN);

  g_assert_true (g_str_has_prefix (md, "# \\<b\\>Tom \\& Jerry\\</b\\>\n\n*\\*x\\**\n\n"));
  assert_contains (md, "\n## \\# h\n\n\\*not bold\\*\n\n");
  assert_contains (md, "\n\\<b\\>x\\</b\\> \\& \\&amp; \\`code\\` \\[link\\](http://x) \\_u\\_ a\\|b \\~s\\~ \\\\ end\n");
  assert_contains (md, "\n1\\. not a list\n\\- not an item\nnot code\n\\=====\n");
  assert_contains (md, "\n> “\\<b\\>x\\</b\\>”\n>\n> — Ahn Gyu-back, Minister\n");
  assert_contains (md, "\n### 안규백 child\n");
  assert_contains (md, "\n- Report — Example, December 2025\\\n  <https://example.org/report?id=1&x=2>\n");
  /* Only web links become links. */
  assert_contains (md, "\n- Interview notes\n");
  assert_lacks (md, "ftp:");

  assert_contains (md, "\nBidi evil, iso, \\[31mred\\[0m, , bell; ZWJ \u200D kept; tab end.\n");
  assert_lacks (md, "\x1b");
  assert_lacks (md, "\xc2\x9b");
  assert_lacks (md, "\a");
  assert_lacks (md, "\u202E");
  assert_lacks (md, "\u2066");
}

static void
test_text_policy (void)
{
  g_autoptr(AccordBriefing) briefing = load_tricky ();
  g_autofree char *text = export_string (briefing, NULL, ACCORD_EXPORT_FORMAT_TEXT);

  /* Plain text is literal: no escaping. */
  g_assert_true (g_str_has_prefix (text, "==================\n<b>Tom & Jerry</b>\n==================\n"));
  /* Hangul is two columns wide: 3 × 2 + 6. */
  assert_contains (text, "\n안규백 child\n------------\n");
  assert_contains (text, "\n# h\n===\n");
  assert_contains (text, "    “<b>x</b>”\n    — Ahn Gyu-back, Minister\n");
  assert_contains (text, "\n  https://example.org/report?id=1&x=2\n");
  assert_contains (text, "Bidi evil, iso, [31mred[0m, , bell; ZWJ \u200D kept; tab end.");

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_assert_true (c >= 0x20 || c == '\n');
      g_assert_false (c >= 0x7f && c <= 0x9f);
      g_assert_false (c >= 0x202a && c <= 0x202e);
      g_assert_false (c >= 0x2066 && c <= 0x2069);
    }
}

static void
test_choose_sections (void)
{
  g_autoptr(AccordBriefing) briefing = load_bundled ();
  g_autoptr(AccordBriefing) tricky = load_tricky ();
  g_autoptr(GPtrArray) reversed = pick_sections (briefing, "pillar-3", "signing", "pillar-3", NULL);
  g_autoptr(GPtrArray) child = pick_sections (tricky, "child", NULL);
  g_autoptr(GPtrArray) both = pick_sections (tricky, "child", "parent", NULL);
  g_autofree char *text = export_string (briefing, reversed, ACCORD_EXPORT_FORMAT_TEXT);
  g_autofree char *md_child = export_string (tricky, child, ACCORD_EXPORT_FORMAT_MARKDOWN);
  g_autofree char *md_both = export_string (tricky, both, ACCORD_EXPORT_FORMAT_MARKDOWN);
  const char *signing = strstr (text, "\nThe signing and the joint statement\n===");
  const char *pillar3 = strstr (text, "\nPillar 3 — Security and defence cooperation\n===");

  g_assert_nonnull (signing);
  g_assert_nonnull (pillar3);
  g_assert_true (signing < pillar3);
  /* Each section once; the others and the briefing's summary left out. */
  g_assert_null (strstr (pillar3 + 1, "\nPillar 3 — Security and defence cooperation\n"));
  assert_lacks (text, "Pillar 1");
  assert_lacks (text, "Expert view");
  assert_lacks (text, "Its four pillars cover");
  assert_contains (text, "\nSources\n=======\n");

  /* A nested section alone is a top-level heading; under its parent it
   * is one level down. */
  assert_contains (md_child, "\n## 안규백 child\n\nChild body.\n");
  assert_lacks (md_child, "## \\# h");
  assert_contains (md_both, "\n## \\# h\n");
  assert_contains (md_both, "\n### 안규백 child\n");
  assert_lacks (md_both, "Other body");
}

#if HAVE_POPPLER
static PopplerDocument *
export_pdf (AccordBriefing  *briefing,
            GPtrArray       *sections,
            AccordPaperSize  paper_size,
            GBytes         **bytes_out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  AccordExportOptions options;
  PopplerDocument *document;
  gsize length;
  const char *data;

  accord_export_options_init (&options);
  options.paper_size = paper_size;
  bytes = accord_export_to_bytes (briefing, sections, ACCORD_EXPORT_FORMAT_PDF, &options,
                                  NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (bytes);

  data = g_bytes_get_data (bytes, &length);
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (memcmp (data, "%PDF-", 5) == 0);

  document = poppler_document_new_from_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);

  if (bytes_out != NULL)
    *bytes_out = g_steal_pointer (&bytes);

  return document;
}

static char *
pdf_text (PopplerDocument *document)
{
  GString *all = g_string_new (NULL);

  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (document, i);
      g_autofree char *text = poppler_page_get_text (page);

      g_string_append (all, text);
      g_string_append_c (all, '\f');
    }

  return g_string_free (all, FALSE);
}

static void
collect_outline (PopplerIndexIter *iter,
                 GString          *out,
                 guint             depth)
{
  do
    {
      g_autoptr(PopplerAction) action = poppler_index_iter_get_action (iter);
      PopplerIndexIter *child;

      g_assert_cmpint (action->type, ==, POPPLER_ACTION_GOTO_DEST);
      for (guint i = 0; i < depth; i++)
        g_string_append_c (out, '>');
      g_string_append_printf (out, "%s\n", action->any.title);

      child = poppler_index_iter_get_child (iter);
      if (child != NULL)
        {
          collect_outline (child, out, depth + 1);
          poppler_index_iter_free (child);
        }
    }
  while (poppler_index_iter_next (iter));
}

static char *
pdf_outline (PopplerDocument *document)
{
  PopplerIndexIter *iter = poppler_index_iter_new (document);
  GString *out = g_string_new (NULL);

  if (iter != NULL)
    {
      collect_outline (iter, out, 0);
      poppler_index_iter_free (iter);
    }

  return g_string_free (out, FALSE);
}

static void
test_pdf_bundled (void)
{
  g_autoptr(AccordBriefing) briefing = load_bundled ();
  g_autoptr(PopplerDocument) document = export_pdf (briefing, NULL, ACCORD_PAPER_SIZE_A4, NULL);
  g_autoptr(PopplerPage) first = poppler_document_get_page (document, 0);
  g_autofree char *title = poppler_document_get_title (document);
  g_autofree char *creator = poppler_document_get_creator (document);
  g_autofree char *outline = pdf_outline (document);
  g_autofree char *text = pdf_text (document);
  g_autofree char *first_text = poppler_page_get_text (first);
  g_autofree char *last_footer = NULL;
  int n_pages = poppler_document_get_n_pages (document);
  double width, height;

  g_assert_cmpint (n_pages, >=, 3);
  g_assert_cmpint (n_pages, <=, 8);
  {
    g_autoptr(AccordExportLayout) layout = accord_export_layout_new (briefing, NULL, 595.2756, 841.8898);
    g_assert_cmpint (accord_export_layout_get_n_pages (layout), ==, n_pages);
  }
  g_assert_cmpstr (title, ==, "Canada–Korea defence agreement");
  g_assert_cmpstr (creator, ==, "Accord");
  g_assert_cmpint (poppler_document_get_creation_date (document), >, 0);

  poppler_page_get_size (first, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 595.28, 0.01);
  g_assert_cmpfloat_with_epsilon (height, 841.89, 0.01);

  g_assert_cmpstr (outline, ==,
                   "The signing and the joint statement\n"
                   "Pillar 1 — International peace and security\n"
                   "Pillar 2 — A free, open and secure Indo-Pacific\n"
                   "Pillar 3 — Security and defence cooperation\n"
                   "Pillar 4 — Cyber, technology, AI and space security\n"
                   "Expert view — the December roundtable\n"
                   "Context — middle powers and the Davos speech\n"
                   "Index of People\n");

  assert_contains (first_text, "Canada–Korea defence agreement");
  assert_contains (first_text, "The signing and the joint statement");
  /* The timeline after the summary: drawn, with its caption as text,
   * each event with its group. */
  assert_contains (first_text, "Jan 2026");
  assert_contains (first_text, "Timeline of the briefing’s 3 events:\n"
                               "December 2025 — Asia Pacific Foundation of Canada roundtable on the Canada–Korea partnership\n"
                               "(Analysis)\n"
                               "20 January 2026 — Prime Minister Carney’s special address at the World Economic Forum, Davos\n"
                               "(Canada)\n"
                               "25 February 2026 — Signing of the Canada–Korea defence agreement (Canada–Korea)\n");
  last_footer = g_strdup_printf ("Page %d of %d", n_pages, n_pages);
  {
    g_autofree char *page1 = g_strdup_printf ("Page 1 of %d", n_pages);
    assert_contains (first_text, page1);
  }
  assert_contains (text, last_footer);
  /* Korean is real text in a font that has Hangul. */
  assert_contains (text, "Ahn Gyu-back (안규백)");
  assert_contains (text, "The two nations will also share knowledge and resources on defence");
  assert_contains (text, "December 2025 — Asia Pacific Foundation of Canada roundtable");
  /* The running header repeats the title from page 2 on. */
  {
    g_autoptr(PopplerPage) second = poppler_document_get_page (document, 1);
    g_autofree char *second_text = poppler_page_get_text (second);
    g_assert_true (g_str_has_prefix (second_text, "Canada–Korea defence agreement\n"));
  }
}

static void
test_pdf_sections (void)
{
  g_autoptr(AccordBriefing) briefing = load_bundled ();
  g_autoptr(GPtrArray) reversed = pick_sections (briefing, "middle-powers", "pillar-3", NULL);
  g_autoptr(PopplerDocument) document = export_pdf (briefing, reversed, ACCORD_PAPER_SIZE_LETTER, NULL);
  g_autoptr(PopplerPage) first = poppler_document_get_page (document, 0);
  g_autofree char *outline = pdf_outline (document);
  g_autofree char *text = pdf_text (document);
  double width, height;
  const char *pillar3, *context;

  poppler_page_get_size (first, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 612, 0.01);
  g_assert_cmpfloat_with_epsilon (height, 792, 0.01);

  g_assert_cmpstr (outline, ==,
                   "Pillar 3 — Security and defence cooperation\n"
                   "Context — middle powers and the Davos speech\n"
                   "Index of People\n");
  pillar3 = strstr (text, "Pillar 3 — Security and defence cooperation");
  context = strstr (text, "Context — middle powers and the Davos speech");
  g_assert_nonnull (pillar3);
  g_assert_nonnull (context);
  g_assert_true (pillar3 < context);
  assert_lacks (text, "Pillar 1");
  /* The timeline belongs to the whole briefing's export. */
  assert_lacks (text, "Timeline of the briefing");
}


static void
test_pdf_links_and_nesting (void)
{
  g_autoptr(AccordBriefing) briefing = load_tricky ();
  g_autoptr(PopplerDocument) document = export_pdf (briefing, NULL, ACCORD_PAPER_SIZE_A4, NULL);
  g_autofree char *outline = pdf_outline (document);
  g_autofree char *text = pdf_text (document);
  g_autofree char *title = poppler_document_get_title (document);
  g_autoptr(GString) uris = g_string_new (NULL);

  g_assert_cmpstr (title, ==, "<b>Tom & Jerry</b>");
  g_assert_cmpstr (outline, ==, "# h\n>안규백 child\nOther — the rest\nIndex of People\n");
  assert_contains (text, "<b>Tom & Jerry</b>");
  assert_contains (text, "*not bold*");
  assert_lacks (text, "\x1b");
  assert_lacks (text, "\u202E");

  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (document, i);
      GList *links = poppler_page_get_link_mapping (page);

      for (GList *l = links; l != NULL; l = l->next)
        {
          PopplerLinkMapping *mapping = l->data;

          /* The index of people's page numbers (test-export-people.c). */
          if (mapping->action->type == POPPLER_ACTION_GOTO_DEST)
            continue;
          g_assert_cmpint (mapping->action->type, ==, POPPLER_ACTION_URI);
          g_assert_cmpfloat (mapping->area.x2 - mapping->area.x1, >, 20);
          g_string_append_printf (uris, "%s\n", mapping->action->uri.uri);
        }
      poppler_page_free_link_mapping (links);
    }

  /* The https source is a link; the ftp one is not. */
  g_assert_cmpstr (uris->str, ==, "https://example.org/report?id=1&x=2\n");
}

/* poppler-glib 22.12 hands back an element's text as UTF-8 bytes read as
 * PDFDocEncoding and encoded again ("–" comes back as "â•ﬁ"): undo that. */
static char *
undo_pdf_doc_encoding (const char *text)
{
  static const gunichar high[] = {
    0x2022, 0x2020, 0x2021, 0x2026, 0x2014, 0x2013, 0x0192, 0x2044,
    0x2039, 0x203A, 0x2212, 0x2030, 0x201E, 0x201C, 0x201D, 0x2018,
    0x2019, 0x201A, 0x2122, 0xFB01, 0xFB02, 0x0141, 0x0152, 0x0160,
    0x0178, 0x017D, 0x0131, 0x0142, 0x0153, 0x0161, 0x017E, 0xFFFD,
    0x20AC,
  };
  GString *bytes = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      guint byte = c;

      for (guint i = 0; i < G_N_ELEMENTS (high); i++)
        if (high[i] == c)
          byte = 0x80 + i;
      g_assert_cmpuint (byte, <=, 0xFF);
      g_string_append_c (bytes, (char) byte);
    }

  g_assert_true (g_utf8_validate (bytes->str, -1, NULL));
  return g_string_free (bytes, FALSE);
}

/* The structure tree as a screen reader gets it: one line per element,
 * indented by depth, with the text of elements that hold only text. */
static void
collect_structure (PopplerStructureElementIter *iter,
                   GString                     *out,
                   guint                        depth)
{
  g_autoptr(GEnumClass) kinds = g_type_class_ref (POPPLER_TYPE_STRUCTURE_ELEMENT_KIND);

  do
    {
      g_autoptr(PopplerStructureElement) element = poppler_structure_element_iter_get_element (iter);
      PopplerStructureElementIter *child;
      gboolean only_text = TRUE;

      if (poppler_structure_element_is_content (element))
        continue;

      child = poppler_structure_element_iter_get_child (iter);
      if (child != NULL)
        {
          PopplerStructureElementIter *probe = poppler_structure_element_iter_copy (child);

          do
            {
              g_autoptr(PopplerStructureElement) e = poppler_structure_element_iter_get_element (probe);
              only_text &= poppler_structure_element_is_content (e) ||
                           poppler_structure_element_get_kind (e) == POPPLER_STRUCTURE_ELEMENT_OBJECT_REFERENCE;
            }
          while (poppler_structure_element_iter_next (probe));
          poppler_structure_element_iter_free (probe);
        }

      for (guint i = 0; i < depth; i++)
        g_string_append (out, "  ");
      g_string_append (out, g_enum_get_value (kinds, poppler_structure_element_get_kind (element))->value_nick);
      if (only_text)
        {
          g_autofree char *text = poppler_structure_element_get_text (element, POPPLER_STRUCTURE_GET_TEXT_RECURSIVE);
          g_autofree char *utf8 = undo_pdf_doc_encoding (text != NULL ? text : "");
          g_string_append_printf (out, ": %s", utf8);
        }
      g_string_append_c (out, '\n');

      if (child != NULL && !only_text)
        collect_structure (child, out, depth + 1);
      g_clear_pointer (&child, poppler_structure_element_iter_free);
    }
  while (poppler_structure_element_iter_next (iter));
}

static char *
pdf_structure (PopplerDocument *document)
{
  PopplerStructureElementIter *iter = poppler_structure_element_iter_new (document);
  GString *out = g_string_new (NULL);

  if (iter != NULL)
    {
      collect_structure (iter, out, 0);
      poppler_structure_element_iter_free (iter);
    }

  return g_string_free (out, FALSE);
}

/* Only the headings of a structure dump, without indentation. */
static char *
structure_headings (const char *structure)
{
  g_auto(GStrv) lines = g_strsplit (structure, "\n", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i] + strspn (lines[i], " ");

      if (g_str_has_prefix (line, "heading-"))
        g_string_append_printf (out, "%s\n", line);
    }

  return g_string_free (out, FALSE);
}

static guint
count_lines_with_prefix (const char *structure,
                         const char *prefix)
{
  g_auto(GStrv) lines = g_strsplit (structure, "\n", -1);
  guint n = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    n += g_str_has_prefix (lines[i] + strspn (lines[i], " "), prefix);

  return n;
}

/* A PDF holds NUL bytes: strstr() would stop at the first. */
static gboolean
bytes_contain (const char *data,
               gsize       length,
               const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (data + i, needle, n) == 0)
      return TRUE;

  return FALSE;
}

static GBytes *
inflate (const char *data,
         gsize       length)
{
  g_autoptr(GZlibDecompressor) decompressor = g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_ZLIB);
  g_autoptr(GInputStream) compressed = g_memory_input_stream_new_from_data (data, length, NULL);
  g_autoptr(GInputStream) stream = g_converter_input_stream_new (compressed, G_CONVERTER (decompressor));
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();

  if (g_output_stream_splice (out, stream, G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET, NULL, NULL) < 0)
    return NULL;

  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
}

/* How many lines of the page content streams that contain @needle are
 * outside any marked content (an artifact in all but name) and inside
 * some: cairo writes one operator per line, and BDC/EMC bracket the
 * marked content of structure elements. */
static void
count_in_marked_content (GBytes     *pdf,
                         const char *needle,
                         guint      *outside,
                         guint      *inside)
{
  gsize length;
  const char *data = g_bytes_get_data (pdf, &length);

  *outside = *inside = 0;
  for (gsize i = 0; i + 7 < length; i++)
    {
      g_autoptr(GBytes) content = NULL;
      g_auto(GStrv) lines = NULL;
      gsize start, end;
      int depth = 0;

      if (memcmp (data + i, "stream\n", 7) != 0 || (i > 0 && data[i - 1] == 'd'))
        continue;
      start = i + 7;
      for (end = start; end + 9 <= length && memcmp (data + end, "endstream", 9) != 0; end++)
        ;
      i = end;
      content = inflate (data + start, end - start);
      if (content == NULL)
        continue;

      lines = g_strsplit (g_bytes_get_data (content, NULL), "\n", -1);
      for (guint j = 0; lines[j] != NULL; j++)
        {
          if (g_str_has_suffix (lines[j], "BDC") || g_str_has_suffix (lines[j], "BMC"))
            depth++;
          else if (g_str_equal (lines[j], "EMC"))
            depth--;
          else if (strstr (lines[j], needle) != NULL)
            (*(depth > 0 ? inside : outside))++;
        }
    }
}

static void
test_pdf_structure (void)
{
  g_autoptr(AccordBriefing) briefing = load_bundled ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PopplerDocument) document = export_pdf (briefing, NULL, ACCORD_PAPER_SIZE_A4, &bytes);
  g_autofree char *structure = pdf_structure (document);
  g_autofree char *headings = structure_headings (structure);
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  g_test_message ("structure tree:\n%s", structure);

  /* cairo writes the catalog uncompressed. */
  g_assert_true (bytes_contain (data, length, "/MarkInfo << /Marked true >>"));

  /* poppler 22.12 stops an element's text at the first nested marked
   * content, which cairo writes for a ligature ("fi") or the space at
   * the end of a line: headings are compared up to there, paragraphs by
   * their first line. */
  g_assert_true (g_str_has_prefix (structure, "document\n  heading-1: Canada–Korea defence agreement\n"
                                              "  paragraph: Four pillars of cooperation between two middle powers, signed in February 2026\n"
                                              "  paragraph: Canada and the Republic of Korea signed a new defence agreement on 25\n"
                                              "  figure\n"
                                              "    caption\n"
                                              "      paragraph: Timeline of the brie"));
  /* The timeline figure's caption: its text alternative, the events. */
  assert_contains (structure, "\n      paragraph: December 2025 — Asia Paci");
  assert_contains (structure, "\n      paragraph: 20 January 2026 — Prime Minister Carney’s special address at the World Economic Forum, Davos\n"
                              "      paragraph: 25 February 2026 — Signing of the Canada–Korea defence agreement (Canada–Korea)\n"
                              "  section\n"
                              "    heading-2: The signing and the joint statement\n"
                              "    paragraph: The defence ministers of Canada and the Republic of Korea signed an\n"
                              "    heading-3: Key Points\n"
                              "    list\n"
                              "      list-item\n"
                              "        list-label: •\n"
                              "        list-body\n"
                              "          paragraph: Signed on Wednesday, 25 February 2026, in Ottawa, by defence ministers Ahn\n");
  /* Sections in order, each a Sect, under the title's H1. */
  g_assert_true (g_str_has_prefix (headings,
                                   "heading-1: Canada–Korea defence agreement\n"
                                   "heading-2: The signing and the joint statement\n"
                                   "heading-3: Key Points\n"
                                   "heading-3: People and Organizations\n"
                                   "heading-3: Related Events\n"
                                   "heading-2: Pillar 1 — International peace and security\n"
                                   "heading-3: Key Points\n"));
  assert_contains (headings, "heading-2: Pillar 2 — A free, open and secure Indo-Paci");
  assert_contains (headings, "heading-2: Context — middle powers and the Davos speech\n");
  g_assert_true (g_str_has_suffix (headings, "heading-2: Sources\nheading-2: Index of People\n"));
  g_assert_cmpuint (count_lines_with_prefix (headings, "heading-2"), ==, 9);
  g_assert_cmpuint (count_lines_with_prefix (structure, "section"), ==, 9);
  /* The index: a list, each page number a Link in its person's paragraph. */
  assert_contains (structure, "    heading-2: Index of People\n"
                              "    list\n"
                              "      list-item\n"
                              "        list-body\n"
                              "          paragraph\n"
                              "            link: \n");
  g_assert_cmpuint (count_lines_with_prefix (structure, "blockquote"), >=, 7);
  assert_contains (structure, "    blockquote\n"
                              "      paragraph: “grave concerns”\n"
                              "      paragraph: — Canada and the Republic of Korea, Joint statement\n"
                              "      paragraph: Over cooperation between North Korea and Russia.\n");
  assert_contains (structure, "        list-body\n"
                              "          paragraph: Ahn Gyu-back (안규백) — Minister of National Defense, Republic of Korea\n");
  /* Running headers, footers and the rule are not in the reading order. */
  assert_lacks (structure, "Page ");
  {
    int n_pages = poppler_document_get_n_pages (document);
    g_autofree char *footer = g_strdup_printf (" of %d)", n_pages);
    guint outside, inside;

    count_in_marked_content (bytes, footer, &outside, &inside);
    g_assert_cmpuint (outside, ==, n_pages);
    g_assert_cmpuint (inside, ==, 0);
  }
  g_assert_cmpuint (count_lines_with_prefix (structure, "heading-1"), ==, 1);
}

/* A link is a Link element inside its item; a nested section's Sect is
 * inside its parent's. */
static void
test_pdf_structure_links (void)
{
  g_autoptr(AccordBriefing) briefing = load_tricky ();
  g_autoptr(PopplerDocument) document = export_pdf (briefing, NULL, ACCORD_PAPER_SIZE_A4, NULL);
  g_autofree char *structure = pdf_structure (document);
  g_autofree char *headings = structure_headings (structure);

  g_test_message ("structure tree:\n%s", structure);
  g_assert_cmpstr (headings, ==,
                   "heading-1: <b>Tom & Jerry</b>\n"
                   "heading-2: # h\n"
                   "heading-3: People and Organizations\n"
                   "heading-3: 안규백 child\n"
                   "heading-2: Other — the rest\n"
                   "heading-2: Sources\n"
                   "heading-2: Index of People\n");
  assert_contains (structure, "  section\n    heading-2: # h\n");
  assert_contains (structure, "    section\n      heading-3: 안규백 child\n      paragraph: Child body.\n");
  assert_contains (structure, "          paragraph\n"
                              "            link: https://example.org/report?id=1&x=2\n");
  /* The ftp source is not a link (the index's page numbers are links
   * within the document, with no text of their own). */
  g_assert_cmpuint (count_lines_with_prefix (structure, "link: http"), ==, 1);
  g_assert_cmpuint (count_lines_with_prefix (structure, "link: ftp"), ==, 0);
  assert_contains (structure, "          paragraph: Interview notes\n");
}

/* Many events: the figure clusters them and its caption lists a bounded
 * number, saying how many more there are. */
static void
test_pdf_figure_many_events (void)
{
  g_autoptr(GString) json = g_string_new ("{ \"format\": \"accord-briefing\", \"version\": 1, \"id\": \"many\","
                                          "  \"title\": \"Many\", \"summary\": \"Lots.\","
                                          "  \"sections\": [ { \"id\": \"s\", \"title\": \"Only\", \"body\": [ \"B\" ] } ],"
                                          "  \"events\": [");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordBriefing) briefing = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  g_autofree char *text = NULL;
  g_autofree char *structure = NULL;

  for (guint i = 0; i < 250; i++)
    g_string_append_printf (json, "%s{ \"id\": \"e%u\", \"date\": \"%04u-%02u-%02u\", \"title\": \"Event number %u\" }",
                            i > 0 ? "," : "", i, 1990 + i / 12, 1 + i % 12, 1 + i % 28, i);
  g_string_append (json, "] }");
  bytes = g_bytes_new (json->str, json->len);
  briefing = accord_loader_load_bytes (bytes, "many.json", &error);
  g_assert_no_error (error);

  document = export_pdf (briefing, NULL, ACCORD_PAPER_SIZE_A4, NULL);
  text = pdf_text (document);
  structure = pdf_structure (document);
  assert_contains (text, "Timeline of the briefing’s 250 events:\n");
  assert_contains (text, "Event number 199\nand 50 more events\n");
  assert_lacks (text, "Event number 200\n");
  assert_contains (structure, "  figure\n    caption\n");
  assert_contains (structure, "      paragraph: and 50 more events\n  section\n    heading-2: Only\n");
}

/* Far more text than a page, in one paragraph with no space at all and in
 * one of ordinary words: both must be split across pages, quickly. */
static void
test_pdf_long_paragraphs (void)
{
  g_autoptr(GString) json = g_string_new (NULL);
  g_autoptr(GString) words = g_string_new (NULL);
  g_autoptr(GString) solid = g_string_new (NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(AccordBriefing) briefing = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PopplerPage) last = NULL;
  g_autofree char *last_text = NULL;
  g_autofree char *all_text = NULL;
  g_autoptr(GBytes) pdf = NULL;
  gint64 start = g_get_monotonic_time ();
  gsize n_x = 0;

  for (guint i = 0; i < 6000; i++)
    g_string_append_printf (words, "word%u ", i);
  g_string_append (words, "THEEND");
  for (guint i = 0; i < 100000; i++)
    g_string_append_c (solid, 'x');

  g_string_printf (json,
                   "{ \"format\": \"accord-briefing\", \"version\": 1, \"id\": \"long\","
                   "  \"title\": \"Long\","
                   "  \"sections\": [ { \"id\": \"s\", \"title\": \"Long section\","
                   "                    \"body\": [ \"%s\", \"%s\" ] } ] }",
                   solid->str, words->str);
  bytes = g_bytes_new (json->str, json->len);
  briefing = accord_loader_load_bytes (bytes, "long.json", &error);
  g_assert_no_error (error);

  document = export_pdf (briefing, NULL, ACCORD_PAPER_SIZE_A4, &pdf);
  g_assert_cmpint (poppler_document_get_n_pages (document), >=, 10);

  /* Paragraphs longer than a page leave no gap between elements on most
   * pages: the footer still stays out of them. */
  {
    int n_pages = poppler_document_get_n_pages (document);
    g_autofree char *footer = g_strdup_printf (" of %d)", n_pages);
    guint outside, inside;

    count_in_marked_content (pdf, footer, &outside, &inside);
    g_assert_cmpuint (outside, ==, n_pages);
    g_assert_cmpuint (inside, ==, 0);
    /* The running header, "Long" kerned as [(L)18(ong)]TJ */
    count_in_marked_content (pdf, "ong)]TJ", &outside, &inside);
    g_assert_cmpuint (outside, ==, n_pages - 1);
    g_assert_cmpuint (inside, <=, 1);
  }
  last = poppler_document_get_page (document, poppler_document_get_n_pages (document) - 1);
  last_text = poppler_page_get_text (last);
  assert_contains (last_text, "THEEND");

  /* Nothing lost where the unbreakable paragraph was cut into chunks. */
  all_text = pdf_text (document);
  for (const char *p = all_text; *p != '\0'; p++)
    n_x += *p == 'x';
  g_assert_cmpuint (n_x, ==, 100000);

  g_test_message ("long paragraphs took %.1f s", (g_get_monotonic_time () - start) / 1e6);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 60 * G_USEC_PER_SEC);
}

#endif

static void
test_layout_draws (void)
{
  g_autoptr(AccordBriefing) briefing = load_bundled ();
  g_autoptr(GPtrArray) sections = pick_sections (briefing, "pillar-3", NULL);
  g_autoptr(AccordExportLayout) layout = accord_export_layout_new (briefing, sections, 612, 792);
  g_autoptr(AccordExportLayout) whole = accord_export_layout_new (briefing, NULL, 612, 792);
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  const guchar *pixels;
  const char *data;
  gsize dark = 0;
  gsize length;

  /* The section fills its page; the index of people takes a second. */
  g_assert_cmpuint (accord_export_layout_get_n_pages (layout), ==, 2);
  g_assert_cmpuint (accord_export_layout_get_n_pages (whole), >=, 3);

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 612, 792);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  accord_export_layout_draw_page (layout, cr, 0);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_flush (surface);

  pixels = cairo_image_surface_get_data (surface);
  for (int y = 0; y < 792; y++)
    for (int x = 0; x < 612; x++)
      if (pixels[y * cairo_image_surface_get_stride (surface) + x * 4] < 128)
        dark++;
  g_assert_cmpuint (dark, >, 2000);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  /* A complete file, whatever reads it back. */
  pdf = accord_export_to_bytes (briefing, sections, ACCORD_EXPORT_FORMAT_PDF, NULL,
                                NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  data = g_bytes_get_data (pdf, &length);
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (memcmp (data, "%PDF-1.", 7) == 0);
  g_assert_true (g_strstr_len (data + length - 8, 8, "%%EOF") != NULL);
}

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("accord-export-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static char *
list_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, (gpointer) name);
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (",", (char **) names->pdata);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_assert_cmpint (g_unlink (child), ==, 0);
    }
  g_assert_cmpint (g_rmdir (path), ==, 0);
}

static void
assert_file_contents (const char *path,
                      const char *expected)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, expected);
}

static void
assert_write_fails (GBytes     *bytes,
                    const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_false (accord_export_write (bytes, file, &error));
  g_assert_error (error, ACCORD_ERROR, ACCORD_ERROR_EXPORT);
  assert_contains (error->message, path);
  g_test_message ("%s", error->message);
}

static void
test_write (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *existing = g_build_filename (dir, "briefing.txt", NULL);
  g_autofree char *under_file = g_build_filename (existing, "out.txt", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing", "out.txt", NULL);
  g_autofree char *folder = g_build_filename (dir, "folder", NULL);
  g_autofree char *listing = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new_static ("new contents\n", 13);
  g_autoptr(GFile) file = g_file_new_for_path (existing);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (existing, "old contents\n", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);

  /* Each failure leaves everything as it was, with no temporary files. */
  assert_write_fails (bytes, under_file);
  assert_write_fails (bytes, missing);
  assert_write_fails (bytes, folder);
  assert_file_contents (existing, "old contents\n");
  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "briefing.txt,folder");

  g_assert_true (accord_export_write (bytes, file, &error));
  g_assert_no_error (error);
  assert_file_contents (existing, "new contents\n");
  g_clear_pointer (&listing, g_free);
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "briefing.txt,folder");

  remove_tree (dir);
}

/* As root, in a child that becomes an unprivileged user first: root would
 * write into the read-only folder. */
static void
test_write_read_only_folder (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *existing = NULL;
  g_autofree char *listing = NULL;
  g_autofree char *why_not = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new_static ("new contents\n", 13);
  g_autoptr(GError) error = NULL;

  if (g_test_subprocess ())
    {
      accord_test_unprivileged_become ();
      existing = g_build_filename (g_getenv ("ACCORD_TEST_DIR"), "briefing.txt", NULL);
      g_assert_false (g_access (g_getenv ("ACCORD_TEST_DIR"), W_OK) == 0);
      assert_write_fails (bytes, existing);
      return;
    }

  if (!accord_test_unprivileged_possible (&why_not))
    {
      g_test_skip (why_not);
      return;
    }

  dir = make_temp_dir ();
  existing = g_build_filename (dir, "briefing.txt", NULL);
  g_file_set_contents (existing, "old contents\n", -1, &error);
  g_assert_no_error (error);
  accord_test_unprivileged_give (dir);
  accord_test_unprivileged_give (existing);
  g_assert_cmpint (g_chmod (dir, 0555), ==, 0);

  g_setenv ("ACCORD_TEST_DIR", dir, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  g_unsetenv ("ACCORD_TEST_DIR");

  assert_file_contents (existing, "old contents\n");
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "briefing.txt");

  g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
  remove_tree (dir);
}

static void
cancel_midway (double   fraction,
               gpointer user_data)
{
  if (fraction >= 0.3)
    g_cancellable_cancel (user_data);
}

static void
test_cancelled (void)
{
  g_autoptr(AccordBriefing) briefing = load_bundled ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();

  /* Between pages or sections. */
  for (AccordExportFormat format = ACCORD_EXPORT_FORMAT_TEXT; format <= ACCORD_EXPORT_FORMAT_PDF; format++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = accord_export_to_bytes (briefing, NULL, format, NULL, cancel_midway,
                                                        cancellable, cancellable, &error);

      g_assert_null (bytes);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_cancellable_reset (cancellable);
    }

  /* Before the start. */
  g_cancellable_cancel (cancellable);
  for (AccordExportFormat format = ACCORD_EXPORT_FORMAT_TEXT; format <= ACCORD_EXPORT_FORMAT_PDF; format++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = accord_export_to_bytes (briefing, NULL, format, NULL, NULL, NULL,
                                                        cancellable, &error);

      g_assert_null (bytes);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    }
}

typedef struct
{
  GMainLoop *loop;
  GAsyncResult *result;
  GThread *thread;
  GArray *fractions;
  gboolean progress_freed;
} AsyncData;

static void
on_progress (double   fraction,
             gpointer user_data)
{
  AsyncData *data = user_data;

  g_assert_true (g_thread_self () == data->thread);
  g_assert_null (data->result);
  g_array_append_val (data->fractions, fraction);
}

static void
on_progress_freed (gpointer user_data)
{
  AsyncData *data = user_data;

  g_assert_true (g_thread_self () == data->thread);
  data->progress_freed = TRUE;
}

static void
on_exported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  AsyncData *data = user_data;

  /* Released in this thread, before the result. */
  g_assert_true (data->progress_freed);
  data->result = g_object_ref (result);
  g_main_loop_quit (data->loop);
}

static void
run_async (AccordBriefing     *briefing,
           AccordExportFormat  format,
           const char         *path,
           GCancellable       *cancellable,
           AsyncData          *data)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  data->loop = g_main_loop_new (NULL, FALSE);
  data->thread = g_thread_self ();
  data->fractions = g_array_new (FALSE, FALSE, sizeof (double));
  accord_export_to_file_async (briefing, NULL, format, NULL, file,
                               on_progress, data, on_progress_freed,
                               cancellable, on_exported, data);
  g_main_loop_run (data->loop);
  g_main_loop_unref (data->loop);

  /* Nothing more may arrive once the result is in. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Markdown, compared with the synchronous export, and PDF, whose fonts
 * the worker thread sets up for itself. */
static void
test_async (void)
{
  g_autoptr(AccordBriefing) briefing = load_bundled ();
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *md_path = g_build_filename (dir, "out.md", NULL);
  g_autofree char *pdf_path = g_build_filename (dir, "out.pdf", NULL);
  g_autofree char *expected = export_string (briefing, NULL, ACCORD_EXPORT_FORMAT_MARKDOWN);
  g_autofree char *pdf = NULL;
  g_autoptr(GError) error = NULL;
  AsyncData data = { 0, };

  run_async (briefing, ACCORD_EXPORT_FORMAT_MARKDOWN, md_path, NULL, &data);
  g_assert_true (accord_export_to_file_finish (data.result, &error));
  g_assert_no_error (error);
  assert_file_contents (md_path, expected);
  g_clear_object (&data.result);
  g_array_unref (data.fractions);

  run_async (briefing, ACCORD_EXPORT_FORMAT_PDF, pdf_path, NULL, &data);
  g_assert_true (accord_export_to_file_finish (data.result, &error));
  g_assert_no_error (error);
  g_file_get_contents (pdf_path, &pdf, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (pdf, "%PDF-1."));

  g_assert_cmpuint (data.fractions->len, >=, 2);
  g_assert_cmpfloat (g_array_index (data.fractions, double, data.fractions->len - 1), ==, 1.0);
  for (guint i = 1; i < data.fractions->len; i++)
    g_assert_cmpfloat (g_array_index (data.fractions, double, i), >, g_array_index (data.fractions, double, i - 1));
  g_clear_object (&data.result);
  g_array_unref (data.fractions);

  remove_tree (dir);
}

static void
test_async_cancelled (void)
{
  g_autoptr(AccordBriefing) briefing = load_bundled ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "out.pdf", NULL);
  g_autoptr(GError) error = NULL;
  AsyncData data = { 0, };

  g_cancellable_cancel (cancellable);
  run_async (briefing, ACCORD_EXPORT_FORMAT_PDF, path, cancellable, &data);
  g_assert_false (accord_export_to_file_finish (data.result, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_clear_object (&data.result);
  g_array_unref (data.fractions);

  remove_tree (dir);
}

#if !HAVE_POPPLER
static void
test_no_poppler (void)
{
  g_test_skip ("reading PDFs back needs poppler-glib in the test's dependencies");
}
#endif

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/format-from-string", test_format_from_string);
  g_test_add_func ("/export/suggest-filename", test_suggest_filename);
  g_test_add_func ("/export/text/golden", test_text_golden);
  g_test_add_func ("/export/text/policy", test_text_policy);
  g_test_add_func ("/export/markdown/golden", test_markdown_golden);
  g_test_add_func ("/export/markdown/escaping", test_markdown_escaping);
  g_test_add_func ("/export/choose-sections", test_choose_sections);
#if HAVE_POPPLER
  g_test_add_func ("/export/pdf/bundled", test_pdf_bundled);
  g_test_add_func ("/export/pdf/structure", test_pdf_structure);
  g_test_add_func ("/export/pdf/structure/links", test_pdf_structure_links);
  g_test_add_func ("/export/pdf/figure-many-events", test_pdf_figure_many_events);
  g_test_add_func ("/export/pdf/sections", test_pdf_sections);
  g_test_add_func ("/export/pdf/links-and-nesting", test_pdf_links_and_nesting);
  g_test_add_func ("/export/pdf/long-paragraphs", test_pdf_long_paragraphs);
#else
  g_test_add_func ("/export/pdf/read-back", test_no_poppler);
#endif
  g_test_add_func ("/export/pdf/layout-draws", test_layout_draws);
  g_test_add_func ("/export/write", test_write);
  g_test_add_func ("/export/write/read-only-folder", test_write_read_only_folder);
  g_test_add_func ("/export/cancelled", test_cancelled);
  g_test_add_func ("/export/async", test_async);
  g_test_add_func ("/export/async/cancelled", test_async_cancelled);

  return g_test_run ();
}
