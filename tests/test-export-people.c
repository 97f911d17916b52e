/* test-export-people.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The exports' index of people: in a PDF read back with poppler, each
 * person's page numbers are exactly the pages whose text names them, and
 * each is a link to its page; in text, the sections; the order is the
 * locale's collation, in English, French and Korean.
 */

#include "config.h"

#include <locale.h>
#include <poppler.h>
#include <string.h>

#include "accord-briefing.h"
#include "accord-export.h"
#include "accord-loader.h"

/* poppler-glib 22.02 has no autoptr support of its own. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

static const char * const names[] = { "Alice Martin", "Bob Stone", "Émile Zola", "Kim Min-jun" };

static AccordBriefing *
load_json (const char *json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  AccordBriefing *briefing = accord_loader_load_bytes (bytes, "test.json", &error);

  g_assert_no_error (error);
  g_assert_nonnull (briefing);
  return briefing;
}

/* Several pages of paragraphs; the people named in some of them, in a
 * quote's attribution and in a People block. */
static AccordBriefing *
load_long (void)
{
  GString *json = g_string_new (NULL);
  AccordBriefing *briefing;

  g_string_append (json,
    "{ \"format\": \"accord-briefing\", \"version\": 1, \"id\": \"long\", \"title\": \"Long\",\n"
    "  \"actors\": [ { \"id\": \"alice\", \"name\": \"Alice Martin\" },\n"
    "              { \"id\": \"bob\", \"name\": \"Bob Stone\" },\n"
    "              { \"id\": \"emile\", \"name\": \"Émile Zola\" },\n"
    "              { \"id\": \"kim\", \"name\": \"Kim Min-jun\", \"native_name\": \"김민준\" },\n"
    "              { \"id\": \"nobody\", \"name\": \"Nobody Named\" } ],\n"
    "  \"sections\": [\n");
  for (guint s = 0; s < 4; s++)
    {
      g_string_append_printf (json, "%s{ \"id\": \"s%u\", \"title\": \"Section %u\", \"body\": [\n",
                              s > 0 ? ",\n" : "", s, s);
      for (guint p = 0; p < 14; p++)
        {
          g_string_append_printf (json, "%s\"Paragraph %u of section %u. ", p > 0 ? ",\n" : "", p, s);
          if ((s * 14 + p) % 9 == 2)
            g_string_append (json, "Here Alice Martin spoke. ");
          if ((s * 14 + p) % 13 == 5)
            g_string_append (json, "Then ÉMILE ZOLA wrote. ");
          if (s == 2 && p == 7)
            g_string_append (json, "김민준은 왔다. ");
          g_string_append (json, "Filler words follow to make the page long enough to turn over, "
                                 "and more filler words, and yet more filler words to fill the lines "
                                 "of the page until it must turn.\"");
        }
      g_string_append (json, " ]");
      if (s == 3)
        g_string_append (json, ", \"quotes\": [ { \"text\": \"Yes.\", \"speaker\": \"bob\" } ], "
                               "\"actors\": [ \"alice\" ]");
      g_string_append (json, " }");
    }
  g_string_append (json, " ] }\n");

  briefing = load_json (json->str);
  g_string_free (json, TRUE);
  return briefing;
}

static GBytes *
export (AccordBriefing     *briefing,
        AccordExportFormat  format)
{
  g_autoptr(GError) error = NULL;
  AccordExportOptions options;
  GBytes *bytes;

  accord_export_options_init (&options);
  options.paper_size = ACCORD_PAPER_SIZE_A4;
  bytes = accord_export_to_bytes (briefing, NULL, format, &options, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return bytes;
}

/* A page's text with every run of white space one space. */
static char *
page_text (PopplerDocument *document,
           int              index)
{
  g_autoptr(PopplerPage) page = poppler_document_get_page (document, index);
  g_autofree char *text = poppler_page_get_text (page);
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          if (out->len > 0 && out->str[out->len - 1] != ' ')
            g_string_append_c (out, ' ');
        }
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

/* "2, 5, 6": the page numbers after @name on the index's page. */
static char *
listed_pages (const char *index_text,
              const char *name)
{
  const char *at = strstr (index_text, name);
  GString *out = g_string_new (NULL);

  g_assert_nonnull (at);
  at += strlen (name);
  /* The native name in brackets, then the numbers. */
  if (g_str_has_prefix (at, " ("))
    at = strchr (at, ')') + 1;
  for (;;)
    {
      while (*at == ' ' || *at == ',')
        at++;
      if (!g_ascii_isdigit (*at))
        break;
      if (out->len > 0)
        g_string_append (out, ", ");
      while (g_ascii_isdigit (*at))
        g_string_append_c (out, *at++);
    }
  return g_string_free (out, FALSE);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static void
test_pdf_index (void)
{
  g_autoptr(AccordBriefing) briefing = load_long ();
  g_autoptr(GBytes) bytes = export (briefing, ACCORD_EXPORT_FORMAT_PDF);
  g_autoptr(GError) error = NULL;
  g_autoptr(PopplerDocument) document = poppler_document_new_from_bytes (bytes, NULL, &error);
  g_autoptr(GString) expected_links = g_string_new (NULL);
  g_autoptr(GString) links = g_string_new (NULL);
  g_autofree char *index_text = NULL;
  g_autoptr(GPtrArray) by_position = g_ptr_array_new_with_free_func (g_free);
  int n_pages, index_page = -1;

  g_assert_no_error (error);
  n_pages = poppler_document_get_n_pages (document);
  g_assert_cmpint (n_pages, >=, 4);

  for (int i = 0; i < n_pages && index_page < 0; i++)
    {
      g_autofree char *text = page_text (document, i);

      if (strstr (text, "Index of People") != NULL)
        {
          index_page = i;
          index_text = g_strdup (strstr (text, "Index of People"));
        }
    }
  g_assert_cmpint (index_page, ==, n_pages - 1);
  /* Someone named nowhere is not listed. */
  g_assert_null (strstr (index_text, "Nobody Named"));

  /* The oracle: the pages whose text shows the name, read by poppler. */
  for (guint n = 0; n < G_N_ELEMENTS (names); n++)
    {
      g_autoptr(GString) expected = g_string_new (NULL);
      g_autofree char *listed = listed_pages (index_text, names[n]);
      const char *shown = n == 2 ? "ÉMILE ZOLA" : n == 3 ? "김민준" : names[n];

      /* The index may begin on a page of text: up to its heading. */
      for (int i = 0; i <= index_page; i++)
        {
          g_autofree char *text = page_text (document, i);
          char *heading = strstr (text, "Index of People");

          if (heading != NULL)
            *heading = '\0';

          if (strstr (text, shown) != NULL || strstr (text, names[n]) != NULL)
            g_string_append_printf (expected, "%s%d", expected->len > 0 ? ", " : "", i + 1);
        }
      g_assert_cmpuint (expected->len, >, 0);
      g_assert_cmpstr (listed, ==, expected->str);
      g_ptr_array_add (by_position, g_strdup_printf ("%08ld %s", (long) (strstr (index_text, names[n]) - index_text),
                                                     expected->str));
    }

  /* The links, line by line in the index's order, are those pages. */
  g_ptr_array_sort (by_position, compare_strings);
  for (guint i = 0; i < by_position->len; i++)
    g_string_append_printf (expected_links, "%s\n", (char *) by_position->pdata[i] + 9);

  /* Every page number is a link to its page, in reading order. */
  {
    g_autoptr(PopplerPage) page = poppler_document_get_page (document, index_page);
    GList *mapping = poppler_page_get_link_mapping (page);
    g_autoptr(GPtrArray) sorted = g_ptr_array_new ();
    double last_y = -1;

    for (GList *l = mapping; l != NULL; l = l->next)
      g_ptr_array_add (sorted, l->data);
    /* PDF coordinates grow upwards: top line first, then left to right. */
    for (guint i = 0; i < sorted->len; i++)
      for (guint j = i + 1; j < sorted->len; j++)
        {
          PopplerLinkMapping *a = sorted->pdata[i], *b = sorted->pdata[j];

          if (b->area.y1 > a->area.y1 + 1 || (ABS (b->area.y1 - a->area.y1) <= 1 && b->area.x1 < a->area.x1))
            {
              sorted->pdata[i] = b;
              sorted->pdata[j] = a;
            }
        }
    for (guint i = 0; i < sorted->len; i++)
      {
        PopplerLinkMapping *m = sorted->pdata[i];

        g_assert_cmpint (m->action->type, ==, POPPLER_ACTION_GOTO_DEST);
        g_assert_nonnull (m->action->goto_dest.dest);
        if (last_y >= 0 && ABS (m->area.y1 - last_y) > 1)
          g_string_append_c (links, '\n');
        else if (last_y >= 0)
          g_string_append (links, ", ");
        g_string_append_printf (links, "%d", m->action->goto_dest.dest->page_num);
        last_y = m->area.y1;
      }
    g_string_append_c (links, '\n');
    poppler_page_free_link_mapping (mapping);
  }
  g_assert_cmpstr (links->str, ==, expected_links->str);
}

static void
test_text_index (void)
{
  g_autoptr(AccordBriefing) briefing = load_long ();
  g_autoptr(GBytes) txt = export (briefing, ACCORD_EXPORT_FORMAT_TEXT);
  g_autoptr(GBytes) md = export (briefing, ACCORD_EXPORT_FORMAT_MARKDOWN);
  g_autofree char *text = g_strndup (g_bytes_get_data (txt, NULL), g_bytes_get_size (txt));
  g_autofree char *markdown = g_strndup (g_bytes_get_data (md, NULL), g_bytes_get_size (md));
  const char *index = strstr (text, "\nIndex of People\n===============\n");

  g_assert_nonnull (index);
  /* Named in sections 0 to 3, and in 3's People block. */
  g_assert_nonnull (strstr (index, "- Alice Martin — Section 0; Section 1; Section 2; Section 3\n"));
  /* Quoted: named by the quote's attribution. */
  g_assert_nonnull (strstr (index, "- Bob Stone — Section 3\n"));
  g_assert_nonnull (strstr (index, "- Kim Min-jun (김민준) — Section 2\n"));
  g_assert_null (strstr (index, "Nobody"));
  g_assert_nonnull (strstr (markdown, "\n## Index of People\n\n- Alice Martin — Section 0; Section 1; Section 2; Section 3\n"));
}

/* The index's names, in order, from a text export. */
static char *
index_order (AccordBriefing *briefing)
{
  g_autoptr(GBytes) txt = export (briefing, ACCORD_EXPORT_FORMAT_TEXT);
  g_autofree char *text = g_strndup (g_bytes_get_data (txt, NULL), g_bytes_get_size (txt));
  const char *index = strstr (text, "===============\n\n- ");
  g_auto(GStrv) lines = NULL;
  GString *out = g_string_new (NULL);

  g_assert_nonnull (index);
  lines = g_strsplit (index + strlen ("===============\n\n"), "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], "- "))
      {
        const char *end = strstr (lines[i], " — ");

        g_string_append_printf (out, "%s%.*s", out->len > 0 ? " | " : "",
                                (int) (end - lines[i] - 2), lines[i] + 2);
      }
  return g_string_free (out, FALSE);
}

static const char collation_json[] =
  "{ \"format\": \"accord-briefing\", \"version\": 1, \"id\": \"c\", \"title\": \"C\",\n"
  "  \"actors\": [ { \"id\": \"z\", \"name\": \"Zoë\" }, { \"id\": \"e1\", \"name\": \"Émile\" },\n"
  "              { \"id\": \"e2\", \"name\": \"Eddy\" }, { \"id\": \"a\", \"name\": \"adam\" },\n"
  "              { \"id\": \"f\", \"name\": \"Fred\" }, { \"id\": \"h\", \"name\": \"Ahn\" },\n"
  "              { \"id\": \"lee\", \"name\": \"Lee Seo-yeon\", \"native_name\": \"이서연\" },\n"
  "              { \"id\": \"park\", \"name\": \"Park Ji-min\", \"native_name\": \"박지민\" },\n"
  "              { \"id\": \"kim\", \"name\": \"Kim Min-jun\", \"native_name\": \"김민준\" } ],\n"
  "  \"sections\": [ { \"id\": \"s\", \"title\": \"S\", \"body\": [\n"
  "    \"Zoë, Émile, Eddy, adam, Fred, Ahn, Lee Seo-yeon, Park Ji-min and Kim Min-jun met.\" ] } ] }\n";

typedef struct
{
  const char *locale;
  const char *expected;
} Collation;

static void
test_collation (gconstpointer data)
{
  const Collation *collation = data;
  g_autoptr(AccordBriefing) briefing = load_json (collation_json);
  g_autofree char *order = NULL;

  /* A missing locale is a broken test machine (build-aux/accord-dev deps
   * makes them), not a pass. */
  g_assert_nonnull (setlocale (LC_ALL, collation->locale));
  order = index_order (briefing);
  g_assert_nonnull (setlocale (LC_ALL, "C.UTF-8"));

  if (g_str_has_prefix (collation->locale, "ko"))
    {
      /* Korean: Hangul first and in the order of its letters (ㄱ ㅂ ㅇ),
       * after the Latin names, as glibc's Korean collation has them. */
      const char *kim = strstr (order, "김민준 (Kim Min-jun)");
      const char *park = strstr (order, "박지민 (Park Ji-min)");
      const char *lee = strstr (order, "이서연 (Lee Seo-yeon)");

      g_assert_nonnull (kim);
      g_assert_nonnull (park);
      g_assert_nonnull (lee);
      g_assert_true (kim < park && park < lee);
      g_assert_true (strstr (order, "Zoë") < kim);
    }
  else
    g_assert_cmpstr (order, ==, collation->expected);
}

int
main (int   argc,
      char *argv[])
{
  static const Collation en = {
    "en_US.UTF-8",
    "adam | Ahn | Eddy | Émile | Fred | Kim Min-jun (김민준) | Lee Seo-yeon (이서연) | Park Ji-min (박지민) | Zoë",
  };
  static const Collation fr = {
    "fr_FR.UTF-8",
    "adam | Ahn | Eddy | Émile | Fred | Kim Min-jun (김민준) | Lee Seo-yeon (이서연) | Park Ji-min (박지민) | Zoë",
  };
  static const Collation ko = { "ko_KR.UTF-8", NULL };

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export-people/pdf-index", test_pdf_index);
  g_test_add_func ("/export-people/text-index", test_text_index);
  g_test_add_data_func ("/export-people/collation-en", &en, test_collation);
  g_test_add_data_func ("/export-people/collation-fr", &fr, test_collation);
  g_test_add_data_func ("/export-people/collation-ko", &ko, test_collation);

  return g_test_run ();
}
