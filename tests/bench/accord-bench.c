/* accord-bench.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Measures Accord's core on one briefing file and compares it with its
 * floors and peers: json-glib's bare parse (time and peak memory), grep
 * over the exported text, pango-view over the same text, and a minimal
 * libadwaita window.  The peers are run by run-bench.sh, which hands their
 * timings to this program; it prints a table and, last, one JSON line.
 *
 * The loader no longer uses json-glib: its strict check builds Accord's
 * own compact document (accord-json-doc.h) in the same pass, and the model
 * is built from that.  json-glib is linked here only as the floor: the
 * cheapest way the same bytes could become a tree at all.
 *
 * Every ratio is Accord ÷ peer: lower is better, 1.0 is parity.
 */

#define G_LOG_DOMAIN "accord-bench"

/* For memmem(). */
#define _GNU_SOURCE

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <locale.h>
#include <malloc.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>

#include "accord-bench-markdown.h"
#include "accord-bench-people.h"
#include "accord-briefing.h"
#include "accord-briefing-writer.h"
#include "accord-export.h"
#include "accord-json-doc.h"
#include "accord-loader.h"
#include "accord-search.h"
#include "accord-section.h"
#include "accord-timeline-layout.h"
#include "accord-timeline-picture.h"

#define N_QUERIES          100
#define MAX_RESULTS        2000
#define QUERY_REPEATS      5
#define TIMELINE_EVENTS    50000
#define TIMELINE_WIDTH_PX  1200.0
#define FRAME_REPEATS      50

/* The fixed query set: what people type, from one common word to text
 * found nowhere.  Phrases are quoted; "gyu-back" is a phrase by its
 * punctuation.  grep gets the same text without the double quotes. */
static const char * const queries[N_QUERIES] = {
  /* 40 single words, common to rare */
  "agreement", "defence", "security", "cooperation", "ministers", "partnership",
  "framework", "alliance", "Canada", "Korea", "global", "stability", "pillar",
  "peace", "cyber", "technology", "space", "maritime", "industry", "minerals",
  "research", "roundtable", "signed", "commitment", "interoperability",
  "submarines", "logistics", "resilient", "unpredictable", "deterrence",
  "treaty", "ratification", "semiconductor", "quantum", "satellite",
  "icebreaker", "palimpsest", "zymurgy", "Davos", "Ottawa",
  /* 13 French, accented or not */
  "sécurité", "coopération", "défense", "stratégie", "économie", "prospérité",
  "Montréal", "Québec", "Séoul", "événement", "cœur", "naïveté", "securite",
  /* 16 prefixes, some very short */
  "a", "de", "in", "agr", "def", "secur", "coop", "part", "minist", "alli",
  "inter", "tech", "rati", "cyb", "dé", "prosp",
  /* 10 phrases */
  "\"of the\"", "\"the agreement\"", "\"and the\"", "\"middle powers\"",
  "\"joint statement\"", "\"la sécurité\"", "\"국방 협력\"", "gyu-back",
  "Indo-Pacific", "sous-marins",
  /* 10 Hangul */
  "국방", "안보", "협력", "대한민국", "장관", "인도태평양", "한", "서울",
  "쇄빙선", "김",
  /* 5 several words (AND) */
  "canada korea", "defence 국방", "sécurité cyber", "minister ottawa",
  "treaty ratification",
  /* 6 no match */
  "xylophonequartz", "zzzqqq", "blorptastic", "흐흐흐흐", "qwertyuiop",
  "\"zymurgy palimpsest quasar\"",
};

typedef struct
{
  /* peers' timings, from run-bench.sh (NAN when not given) */
  GArray *grep_ms;
  GArray *pango_ms;
  GArray *startup_accord_ms;          /* exec to a visible window */
  GArray *startup_content_ms;         /* exec to the briefing drawn in it */
  GArray *startup_minimal_ms;         /* exec to the minimal window visible */
  GArray *startup_minimal_drawn_ms;   /* exec to its first frame drawn */
} Peers;

static gint64
now_ns (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return (gint64) ts.tv_sec * G_GINT64_CONSTANT (1000000000) + ts.tv_nsec;
}

static double
elapsed_ms (gint64 start_ns)
{
  return (now_ns () - start_ns) / 1e6;
}

/* CPU time of this thread: what a query costs whatever else the machine
 * runs (wall-clock times double when another process shares the core). */
static gint64
cpu_ns (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_GINT64_CONSTANT (1000000000) + ts.tv_nsec;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y ? 1 : 0;
}

/* Nearest rank: the smallest value with at least p of them at or below. */
static double
percentile (const double *values,
            guint         n,
            double        p)
{
  g_autofree double *sorted = NULL;
  guint rank;

  if (n == 0)
    return NAN;

  sorted = g_memdup2 (values, n * sizeof (double));
  qsort (sorted, n, sizeof (double), (int (*) (const void *, const void *)) compare_doubles);
  rank = (guint) ceil (p * n);
  return sorted[CLAMP (rank, 1, n) - 1];
}

static double
median (const double *values,
        guint         n)
{
  return percentile (values, n, 0.5);
}

static double
array_percentile (GArray *array,
                  double  p)
{
  if (array == NULL || array->len == 0)
    return NAN;
  return percentile ((const double *) array->data, array->len, p);
}

/* The kB values of /proc/self/status, e.g. "VmHWM". */
static guint64
proc_status_kb (const char *key)
{
  g_autofree char *status = NULL;
  g_auto(GStrv) lines = NULL;
  gsize key_len = strlen (key);

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return 0;

  lines = g_strsplit (status, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (strncmp (lines[i], key, key_len) == 0 && lines[i][key_len] == ':')
      return g_ascii_strtoull (lines[i] + key_len + 1, NULL, 10);

  return 0;
}

static gsize
heap_in_use (void)
{
  struct mallinfo2 info = mallinfo2 ();

  return info.uordblks + info.hblkhd;
}

static GBytes *
read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, &error))
    g_error ("%s", error->message);

  return g_bytes_new_take (contents, length);
}

/* A child process measures one thing from a clean slate: VmHWM never goes
 * down, so the parse and the load cannot share a process.  The file is
 * read before the baseline, as both the parse and the load need it. */
static int
run_child (const char *mode,
           const char *path)
{
  static const AccordJsonLimits limits = { ACCORD_LOADER_MAX_DEPTH, ACCORD_LOADER_MAX_VALUES };
  g_autoptr(GBytes) bytes = read_bytes (path);
  g_autoptr(GError) error = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  guint64 baseline_kb = proc_status_kb ("VmHWM");
  guint64 rss_before_kb = proc_status_kb ("VmRSS");
  gsize heap_before = heap_in_use ();

  if (g_str_equal (mode, "json-peak"))
    {
      g_autoptr(JsonParser) parser = json_parser_new_immutable ();

      if (!json_parser_load_from_data (parser, data, length, &error))
        g_error ("%s", error->message);
      g_print ("peak_kb=%" G_GUINT64_FORMAT "\n", proc_status_kb ("VmHWM") - baseline_kb);
      g_print ("tree_heap_bytes=%" G_GSIZE_FORMAT "\n", heap_in_use () - heap_before);
    }
  else if (g_str_equal (mode, "doc"))
    {
      g_autoptr(AccordJsonDoc) doc = NULL;
      g_autofree char *message = NULL;
      AccordJsonPosition pos;

      if (accord_json_doc_parse (data, length, &limits, &doc, &pos, &message) != ACCORD_JSON_CHECK_OK)
        g_error ("check: %u:%u: %s", pos.line, pos.column, message);
      g_print ("peak_kb=%" G_GUINT64_FORMAT "\n", proc_status_kb ("VmHWM") - baseline_kb);
      g_print ("doc_heap_bytes=%" G_GSIZE_FORMAT "\n", heap_in_use () - heap_before);
    }
  else if (g_str_equal (mode, "accord-peak") || g_str_equal (mode, "model"))
    {
      g_autoptr(AccordBriefing) briefing = accord_loader_load_bytes (bytes, "bench", &error);

      if (briefing == NULL)
        g_error ("%s", error->message);
      g_print ("peak_kb=%" G_GUINT64_FORMAT "\n", proc_status_kb ("VmHWM") - baseline_kb);
      /* The loader frees its document before returning: what is left is
       * the model. */
      g_print ("model_heap_bytes=%" G_GSIZE_FORMAT "\n", heap_in_use () - heap_before);
      malloc_trim (0);
      g_print ("model_rss_kb=%" G_GINT64_FORMAT "\n",
               (gint64) proc_status_kb ("VmRSS") - (gint64) rss_before_kb);
    }
  else
    {
      g_printerr ("accord-bench: unknown child mode “%s”\n", mode);
      return 2;
    }

  return 0;
}

/* key=value lines from a child, as doubles. */
static GHashTable *
spawn_child (const char *mode,
             const char *path,
             gboolean    always_malloc)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  g_auto(GStrv) lines = NULL;
  g_autofree char *mode_arg = g_strdup_printf ("--child=%s", mode);
  /* The link's target, not the link: under valgrind /proc/self/exe is
   * valgrind's own tool, which refuses to run, whereas reading the link
   * gives this program. */
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  const char *argv[] = { self != NULL ? self : "/proc/self/exe", mode_arg, path, NULL };
  GHashTable *values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  int status;

  /* GLib 2.74's GSlice keeps freed slices in its magazines, which would
   * make heap_in_use() count freed memory as live. */
  if (always_malloc)
    envp = g_environ_setenv (envp, "G_SLICE", "always-malloc", TRUE);

  if (!g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_DEFAULT, NULL, NULL,
                     &out, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    g_error ("child %s: %s", mode, error->message);

  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *eq = strchr (lines[i], '=');
      double value;

      if (eq == NULL)
        continue;
      *eq = '\0';
      value = g_ascii_strtod (eq + 1, NULL);
      g_hash_table_insert (values, g_strdup (lines[i]), g_memdup2 (&value, sizeof value));
    }

  return values;
}

static double
lookup (GHashTable *values,
        const char *key)
{
  double *value = g_hash_table_lookup (values, key);

  return value ? *value : NAN;
}

/* Files of one number per line: microseconds, as run-bench.sh writes them. */
static GArray *
read_times_us (const char *path,
               const char *tag)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  GArray *ms = g_array_new (FALSE, FALSE, sizeof (double));

  if (path == NULL)
    return ms;
  if (!g_file_get_contents (path, &contents, NULL, &error))
    g_error ("%s", error->message);

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *value = lines[i];
      double v;

      if (tag != NULL)
        {
          if (!g_str_has_prefix (value, tag) || value[strlen (tag)] != ' ')
            continue;
          value += strlen (tag) + 1;
        }
      if (*value == '\0')
        continue;
      v = g_ascii_strtod (value, NULL) / 1000.0;
      g_array_append_val (ms, v);
    }

  return ms;
}

static void
print_row (const char *what,
           const char *accord,
           const char *peer,
           double      ratio,
           const char *target,
           int         met)
{
  g_autofree char *ratio_text = isnan (ratio) ? g_strdup ("—") : g_strdup_printf ("%.3f", ratio);

  g_print ("%-40s %22s %16s %8s  %-20s %s\n", what, accord, peer ? peer : "—", ratio_text,
           target ? target : "", met < 0 ? "" : met ? "MET" : "MISSED");
}

static char *
fmt_ms (double ms)
{
  return isnan (ms) ? g_strdup ("—") : g_strdup_printf ("%.2f ms", ms);
}

static void
json_number (GString    *json,
             const char *key,
             double      value)
{
  if (json->len > 1)
    g_string_append_c (json, ',');
  if (isnan (value) || isinf (value))
    g_string_append_printf (json, "\"%s\":null", key);
  else
    {
      char buf[G_ASCII_DTOSTR_BUF_SIZE];

      g_string_append_printf (json, "\"%s\":%s", key,
                              g_ascii_formatd (buf, sizeof buf, "%.4f", value));
    }
}

/* ---- load ---------------------------------------------------------- */

typedef struct
{
  double json_ms;          /* json-glib's parse: the floor */
  double json_free_ms;     /* freeing its tree (not part of the floor) */
  double doc_ms;           /* accord_json_doc_parse: check + document */
  double doc_free_ms;      /* accord_json_doc_free */
  double load_ms;          /* accord_loader_load_bytes, all of it */
  double json_peak_kb;
  double doc_peak_kb;
  double accord_peak_kb;
  double doc_heap_bytes;
  double model_heap_bytes;
  double model_rss_kb;
  double tree_heap_bytes;
} LoadResults;

static AccordBriefing *
bench_load (GBytes      *bytes,
            const char  *path,
            guint        runs,
            LoadResults *r)
{
  static const AccordJsonLimits limits = { ACCORD_LOADER_MAX_DEPTH, ACCORD_LOADER_MAX_VALUES };
  g_autofree double *json_ms = g_new0 (double, runs);
  g_autofree double *json_free_ms = g_new0 (double, runs);
  g_autofree double *doc_ms = g_new0 (double, runs);
  g_autofree double *doc_free_ms = g_new0 (double, runs);
  g_autofree double *load_ms = g_new0 (double, runs);
  AccordBriefing *briefing = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  GHashTable *child;

  /* Runs alternate, after one of each to warm the caches.  Each starts
   * with nothing else alive, so no run pays for another's leftovers. */
  for (guint i = 0; i <= runs; i++)
    {
      g_autoptr(GError) error = NULL;
      JsonParser *parser = json_parser_new_immutable ();
      AccordJsonDoc *doc = NULL;
      AccordJsonPosition pos;
      g_autofree char *message = NULL;
      gint64 t;

      g_clear_object (&briefing);

      t = now_ns ();
      if (!json_parser_load_from_data (parser, data, length, &error))
        g_error ("json-glib: %s", error->message);
      if (i > 0)
        json_ms[i - 1] = elapsed_ms (t);
      t = now_ns ();
      g_object_unref (parser);
      if (i > 0)
        json_free_ms[i - 1] = elapsed_ms (t);

      t = now_ns ();
      if (accord_json_doc_parse (data, length, &limits, &doc, &pos, &message) != ACCORD_JSON_CHECK_OK)
        g_error ("check: %u:%u: %s", pos.line, pos.column, message);
      if (i > 0)
        doc_ms[i - 1] = elapsed_ms (t);
      t = now_ns ();
      accord_json_doc_free (doc);
      if (i > 0)
        doc_free_ms[i - 1] = elapsed_ms (t);

      t = now_ns ();
      briefing = accord_loader_load_bytes (bytes, "bench", &error);
      if (briefing == NULL)
        g_error ("%s", error->message);
      if (i > 0)
        load_ms[i - 1] = elapsed_ms (t);
    }

  r->json_ms = median (json_ms, runs);
  r->json_free_ms = median (json_free_ms, runs);
  r->doc_ms = median (doc_ms, runs);
  r->doc_free_ms = median (doc_free_ms, runs);
  r->load_ms = median (load_ms, runs);

  child = spawn_child ("json-peak", path, FALSE);
  r->json_peak_kb = lookup (child, "peak_kb");
  g_hash_table_unref (child);
  child = spawn_child ("json-peak", path, TRUE);
  r->tree_heap_bytes = lookup (child, "tree_heap_bytes");
  g_hash_table_unref (child);
  child = spawn_child ("accord-peak", path, FALSE);
  r->accord_peak_kb = lookup (child, "peak_kb");
  g_hash_table_unref (child);
  child = spawn_child ("doc", path, FALSE);
  r->doc_peak_kb = lookup (child, "peak_kb");
  g_hash_table_unref (child);
  child = spawn_child ("doc", path, TRUE);
  r->doc_heap_bytes = lookup (child, "doc_heap_bytes");
  g_hash_table_unref (child);
  child = spawn_child ("model", path, TRUE);
  r->model_heap_bytes = lookup (child, "model_heap_bytes");
  r->model_rss_kb = lookup (child, "model_rss_kb");
  g_hash_table_unref (child);

  return briefing;
}

/* ---- search -------------------------------------------------------- */

typedef struct
{
  double index_ms;
  double p50_ms;
  double p99_ms;
  double max_ms;
  double cpu_p50_ms;
  double cpu_p99_ms;
  double snippets_p50_ms;
  double snippets_p99_ms;
  const char *slowest;
  guint  total_hits;
} SearchResults;

static gboolean verbose = FALSE;

/* What the window does with a query's results before the next frame: it
 * groups them by kind and makes the rows it shows.  Their snippets are
 * made as the rows are drawn, and timed on their own. */
#define ROWS_SHOWN 50

static void
show_first_rows (AccordSearchResults *results,
                 gboolean             snippets)
{
  guint shown = 0;

  for (AccordSearchKind kind = ACCORD_SEARCH_KIND_SECTION; kind <= ACCORD_SEARCH_KIND_EVENT; kind++)
    {
      g_autoptr(AccordSearchResults) group = accord_search_results_filter_kind (results, kind);
      guint n = g_list_model_get_n_items (G_LIST_MODEL (group));

      for (guint i = 0; i < n && shown < ROWS_SHOWN; i++, shown++)
        {
          g_autoptr(AccordSearchResult) result = g_list_model_get_item (G_LIST_MODEL (group), i);

          if (snippets)
            g_assert (accord_search_result_get_snippet (result) != NULL);
        }
    }
}

static void
bench_search (AccordBriefing *briefing,
              guint           runs,
              SearchResults  *r)
{
  g_autofree double *index_ms = g_new0 (double, runs);
  g_autoptr(AccordSearchIndex) index = NULL;
  double latency[N_QUERIES];
  double cpu_latency[N_QUERIES];
  double snippet_latency[N_QUERIES];
  guint slowest = 0;

  for (guint i = 0; i < runs; i++)
    {
      gint64 t = now_ns ();

      g_clear_object (&index);
      index = accord_search_index_new (briefing);
      index_ms[i] = elapsed_ms (t);
      if (verbose)
        g_printerr ("index build %u: %.1f ms\n", i, index_ms[i]);
    }
  r->index_ms = median (index_ms, runs);

  r->total_hits = 0;
  for (guint q = 0; q < N_QUERIES; q++)
    {
      double samples[QUERY_REPEATS];
      double cpu_samples[QUERY_REPEATS];

      /* One untimed run warms what the query touches, as typing does. */
      for (guint k = 0; k <= QUERY_REPEATS; k++)
        {
          gint64 c = cpu_ns ();
          gint64 t = now_ns ();
          g_autoptr(AccordSearchQuery) query = accord_search_query_parse (queries[q]);
          g_autoptr(AccordSearchResults) results = NULL;
          guint total = 0;

          if (query != NULL)
            {
              results = accord_search_index_query (index, query, MAX_RESULTS, &total);
              show_first_rows (results, FALSE);
            }
          g_clear_object (&results);
          if (k > 0)
            {
              samples[k - 1] = elapsed_ms (t);
              cpu_samples[k - 1] = (cpu_ns () - c) / 1e6;
            }
          if (k == 0)
            r->total_hits += total;
        }
      latency[q] = median (samples, QUERY_REPEATS);
      cpu_latency[q] = median (cpu_samples, QUERY_REPEATS);
      if (verbose)
        g_printerr ("query %3u %8.3f ms (CPU %.3f ms)  %s\n", q, latency[q], cpu_latency[q], queries[q]);
      if (latency[q] > latency[slowest])
        slowest = q;
    }

  /* The snippets of the rows shown, for the same queries. */
  for (guint q = 0; q < N_QUERIES; q++)
    {
      g_autoptr(AccordSearchQuery) query = accord_search_query_parse (queries[q]);
      g_autoptr(AccordSearchResults) results = NULL;
      gint64 t;

      snippet_latency[q] = 0;
      if (query == NULL)
        continue;
      results = accord_search_index_query (index, query, MAX_RESULTS, NULL);
      show_first_rows (results, FALSE);
      t = now_ns ();
      show_first_rows (results, TRUE);
      snippet_latency[q] = elapsed_ms (t);
    }
  r->snippets_p50_ms = percentile (snippet_latency, N_QUERIES, 0.50);
  r->snippets_p99_ms = percentile (snippet_latency, N_QUERIES, 0.99);

  r->p50_ms = percentile (latency, N_QUERIES, 0.50);
  r->p99_ms = percentile (latency, N_QUERIES, 0.99);
  r->max_ms = latency[slowest];
  r->cpu_p50_ms = percentile (cpu_latency, N_QUERIES, 0.50);
  r->cpu_p99_ms = percentile (cpu_latency, N_QUERIES, 0.99);
  r->slowest = queries[slowest];
}

/* ---- export -------------------------------------------------------- */

typedef struct
{
  double txt_ms, txt_bytes;
  double md_ms, md_bytes;
  double pdf_ms, pdf_bytes, pdf_pages;
  double subset_text_bytes;
  double big_pdf_ms, big_pdf_pages, big_text_bytes;
  double figure_ms;       /* the whole PDF's timeline figure, alone */
  guint  figure_events;
  guint  big_sections;
  guint  subset_sections;
  guint  all_sections;
} ExportResults;

static GBytes *
export (AccordBriefing     *briefing,
        GPtrArray          *sections,
        AccordExportFormat  format,
        double             *ms)
{
  g_autoptr(GError) error = NULL;
  AccordExportOptions options;
  GBytes *bytes;
  gint64 t;

  accord_export_options_init (&options);
  options.paper_size = ACCORD_PAPER_SIZE_A4;
  t = now_ns ();
  bytes = accord_export_to_bytes (briefing, sections, format, &options, NULL, NULL, NULL, &error);
  *ms = elapsed_ms (t);
  if (bytes == NULL)
    g_error ("export: %s", error->message);

  return bytes;
}

static guint
count_pdf_pages (GBytes *pdf)
{
  gsize length;
  const char *data = g_bytes_get_data (pdf, &length);
  const char *end = data + length;
  guint pages = 0;

  /* cairo 1.16 writes each page object's dictionary uncompressed. */
  for (const char *p = data; (p = memmem (p, end - p, "/Type /Page", 11)) != NULL; p += 11)
    if (p + 11 < end && p[11] != 's')
      pages++;

  return pages;
}

static gsize
estimate_text (AccordSection *section)
{
  const char * const *lists[] = {
    accord_section_get_body (section),
    accord_section_get_key_points (section),
  };
  gsize n = strlen (accord_section_get_title (section)) + 2;

  if (accord_section_get_summary (section) != NULL)
    n += strlen (accord_section_get_summary (section)) + 2;
  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    for (guint j = 0; lists[i] != NULL && lists[i][j] != NULL; j++)
      n += strlen (lists[i][j]) + 2;

  return n;
}

/* The first sections in document order, about target bytes of text:
 * the PDF and pango-view both get this subset when the whole file would
 * take minutes. */
static GPtrArray *
choose_subset (AccordBriefing *briefing,
               gsize           target)
{
  GListModel *all = accord_briefing_get_all_sections (briefing);
  GPtrArray *subset = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (all);
  gsize total = 0;

  for (guint i = 0; i < n && total < target; i++)
    {
      AccordSection *section = g_list_model_get_item (all, i);

      total += estimate_text (section);
      g_ptr_array_add (subset, section);
    }

  return subset;
}

static void
write_bytes (const char *path,
             GBytes     *bytes)
{
  g_autoptr(GError) error = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  if (!g_file_set_contents (path, data, length, &error))
    g_error ("%s", error->message);
}

static void
bench_export (AccordBriefing *briefing,
              gsize           pdf_target,
              gsize           big_pdf_target,
              const char     *subset_text_path,
              ExportResults  *r)
{
  g_autoptr(GPtrArray) subset = choose_subset (briefing, pdf_target);
  g_autoptr(GBytes) txt = export (briefing, NULL, ACCORD_EXPORT_FORMAT_TEXT, &r->txt_ms);
  g_autoptr(GBytes) md = export (briefing, NULL, ACCORD_EXPORT_FORMAT_MARKDOWN, &r->md_ms);
  g_autoptr(GBytes) subset_txt = NULL;
  g_autoptr(GBytes) pdf = NULL;
  double ignored;

  r->txt_bytes = g_bytes_get_size (txt);
  r->md_bytes = g_bytes_get_size (md);
  r->all_sections = g_list_model_get_n_items (accord_briefing_get_all_sections (briefing));
  r->subset_sections = subset->len;

  subset_txt = export (briefing, subset, ACCORD_EXPORT_FORMAT_TEXT, &ignored);
  r->subset_text_bytes = g_bytes_get_size (subset_txt);
  if (subset_text_path != NULL)
    write_bytes (subset_text_path, subset_txt);

  pdf = export (briefing, subset, ACCORD_EXPORT_FORMAT_PDF, &r->pdf_ms);
  r->pdf_bytes = g_bytes_get_size (pdf);
  r->pdf_pages = count_pdf_pages (pdf);

  /* What the figure adds to a whole briefing's PDF (the subsets above have
   * none): the picture of all the file's events, at a page's text width. */
  {
    g_autoptr(AccordTimelinePicture) picture = NULL;
    g_autoptr(GBytes) figure = NULL;
    g_autoptr(GError) error = NULL;
    gint64 t = now_ns ();

    picture = accord_timeline_picture_new (accord_briefing_get_timeline (briefing),
                                           accord_briefing_get_title (briefing), NULL);
    accord_timeline_picture_set_compact (picture, TRUE);
    accord_timeline_picture_set_eras (picture, accord_briefing_get_eras (briefing));
    figure = accord_timeline_picture_to_bytes (picture, ACCORD_TIMELINE_PICTURE_PDF, 451, 1, &error);
    r->figure_ms = elapsed_ms (t);
    if (figure == NULL)
      g_error ("figure: %s", error->message);
    r->figure_events = accord_timeline_picture_get_n_events (picture);
  }

  /* Throughput on more pages than pango-view can take in reasonable time
   * (it lays out its whole input as one layout, super-linearly). */
  r->big_pdf_ms = NAN;
  if (big_pdf_target > 0)
    {
      g_autoptr(GPtrArray) big = choose_subset (briefing, big_pdf_target);
      g_autoptr(GBytes) big_txt = export (briefing, big, ACCORD_EXPORT_FORMAT_TEXT, &ignored);
      g_autoptr(GBytes) big_pdf = export (briefing, big, ACCORD_EXPORT_FORMAT_PDF, &r->big_pdf_ms);

      r->big_sections = big->len;
      r->big_text_bytes = g_bytes_get_size (big_txt);
      r->big_pdf_pages = count_pdf_pages (big_pdf);
    }
}

/* Only the subset's text, for pango-view, before the real run. */
static void
write_subset_text (AccordBriefing *briefing,
                   gsize           pdf_target,
                   const char     *path)
{
  g_autoptr(GPtrArray) subset = choose_subset (briefing, pdf_target);
  double ignored;
  g_autoptr(GBytes) txt = export (briefing, subset, ACCORD_EXPORT_FORMAT_TEXT, &ignored);

  write_bytes (path, txt);
}

/* ---- timeline ------------------------------------------------------ */

typedef struct
{
  double layout_ms;      /* set_spans + compute of the whole extent */
  double set_spans_ms;
  double frame_ms[3];    /* all, one year, one month */
  guint  frame_items[3];
  double file_set_events_ms;
  guint  file_events;
  /* The same events in TIMELINE_GROUPS groups (and some in none). */
  double groups_layout_ms;
  double groups_frame_ms[3];
  guint  groups_frame_items[3];
} TimelineResults;

#define TIMELINE_GROUPS 20

static const char * const zoom_names[3] = { "whole extent", "1 year", "1 month" };

static AccordTimelineSpan *
make_spans (guint n)
{
  AccordTimelineSpan *spans = g_new0 (AccordTimelineSpan, n);
  guint64 state = 0x9E3779B97F4A7C15;

  for (guint i = 0; i < n; i++)
    {
      guint r;
      gint64 first;

      state ^= state >> 12;
      state ^= state << 25;
      state ^= state >> 27;
      r = (guint) ((state * G_GUINT64_CONSTANT (0x2545F4914F6CDD1D)) >> 32);

      /* 1950–2030, days since 1970 */
      first = -7305 + (gint64) (r % 29220);
      spans[i].index = i;
      spans[i].label_chars = 10 + (r >> 16) % 50;
      spans[i].qualifiers = (r >> 8) % 10 == 0 ? ACCORD_DATE_QUALIFIER_APPROXIMATE : ACCORD_DATE_QUALIFIER_NONE;
      switch ((r >> 12) % 20)
        {
        case 0: case 1: case 2: case 3:
          spans[i].precision = ACCORD_DATE_PRECISION_YEAR;
          spans[i].first_day = first - first % 365;
          spans[i].last_day = spans[i].first_day + 364;
          break;
        case 4: case 5: case 6: case 7: case 8:
          spans[i].precision = ACCORD_DATE_PRECISION_MONTH;
          spans[i].first_day = first - first % 30;
          spans[i].last_day = spans[i].first_day + 29;
          break;
        case 9: case 10: case 11:
          spans[i].precision = ACCORD_DATE_PRECISION_DAY;
          spans[i].is_interval = TRUE;
          spans[i].first_day = first;
          spans[i].last_day = first + 1 + (r >> 20) % 900;
          break;
        default:
          spans[i].precision = ACCORD_DATE_PRECISION_DAY;
          spans[i].first_day = first;
          spans[i].last_day = first;
          break;
        }
    }

  return spans;
}

static void
bench_timeline (AccordBriefing  *briefing,
                guint            runs,
                TimelineResults *r)
{
  g_autofree AccordTimelineSpan *spans = make_spans (TIMELINE_EVENTS);
  g_autofree double *layout_ms = g_new0 (double, runs);
  g_autofree double *set_ms = g_new0 (double, runs);
  g_autoptr(AccordTimelineLayout) layout = NULL;
  AccordTimelineMetrics metrics;
  double start, end;

  accord_timeline_metrics_init (&metrics);

  for (guint i = 0; i <= runs; i++)
    {
      g_autoptr(AccordTimelineFrame) frame = NULL;
      gint64 t;

      g_clear_object (&layout);
      layout = accord_timeline_layout_new ();
      t = now_ns ();
      accord_timeline_layout_set_spans (layout, spans, TIMELINE_EVENTS);
      if (i > 0)
        set_ms[i - 1] = elapsed_ms (t);
      if (!accord_timeline_layout_fit (layout, TIMELINE_WIDTH_PX, &start, &end))
        g_error ("timeline: nothing to fit");
      frame = accord_timeline_layout_compute (layout, start, end, TIMELINE_WIDTH_PX, &metrics);
      if (i > 0)
        layout_ms[i - 1] = elapsed_ms (t);
    }
  r->layout_ms = median (layout_ms, runs);
  r->set_spans_ms = median (set_ms, runs);

  for (guint z = 0; z < 3; z++)
    {
      double middle = (start + end) / 2;
      double half = z == 0 ? (end - start) / 2 : z == 1 ? 365.2425 / 2 : 30.0 / 2;
      double samples[FRAME_REPEATS];

      for (guint k = 0; k < FRAME_REPEATS; k++)
        {
          gint64 t = now_ns ();
          g_autoptr(AccordTimelineFrame) frame =
            accord_timeline_layout_compute (layout, middle - half, middle + half,
                                            TIMELINE_WIDTH_PX, &metrics);

          samples[k] = elapsed_ms (t);
          accord_timeline_frame_get_items (frame, &r->frame_items[z]);
        }
      r->frame_ms[z] = median (samples, FRAME_REPEATS);
    }

  /* In groups: one row of lanes per group, each laid out by itself. */
  for (guint i = 0; i < TIMELINE_EVENTS; i++)
    spans[i].group = i % (TIMELINE_GROUPS + 1);
  for (guint i = 0; i <= runs; i++)
    {
      g_autoptr(AccordTimelineFrame) frame = NULL;
      gint64 t;

      g_clear_object (&layout);
      layout = accord_timeline_layout_new ();
      t = now_ns ();
      accord_timeline_layout_set_spans (layout, spans, TIMELINE_EVENTS);
      if (!accord_timeline_layout_fit (layout, TIMELINE_WIDTH_PX, &start, &end))
        g_error ("timeline: nothing to fit");
      frame = accord_timeline_layout_compute (layout, start, end, TIMELINE_WIDTH_PX, &metrics);
      if (i > 0)
        layout_ms[i - 1] = elapsed_ms (t);
    }
  r->groups_layout_ms = median (layout_ms, runs);
  for (guint z = 0; z < 3; z++)
    {
      double middle = (start + end) / 2;
      double half = z == 0 ? (end - start) / 2 : z == 1 ? 365.2425 / 2 : 30.0 / 2;
      double samples[FRAME_REPEATS];

      for (guint k = 0; k < FRAME_REPEATS; k++)
        {
          gint64 t = now_ns ();
          g_autoptr(AccordTimelineFrame) frame =
            accord_timeline_layout_compute (layout, middle - half, middle + half,
                                            TIMELINE_WIDTH_PX, &metrics);

          samples[k] = elapsed_ms (t);
          accord_timeline_frame_get_items (frame, &r->groups_frame_items[z]);
        }
      r->groups_frame_ms[z] = median (samples, FRAME_REPEATS);
    }

  /* The file's own events, through the API the window uses. */
  {
    g_autoptr(AccordTimelineLayout) file_layout = accord_timeline_layout_new ();
    GListModel *timeline = accord_briefing_get_timeline (briefing);
    gint64 t = now_ns ();

    accord_timeline_layout_set_events (file_layout, timeline);
    r->file_set_events_ms = elapsed_ms (t);
    r->file_events = g_list_model_get_n_items (timeline);
  }
}

/* ---- main ---------------------------------------------------------- */

/* The briefing written in the Markdown dialect, and that Markdown's model
 * written back as JSON: two files of one model.  Their loads alternate,
 * the first of each discarded, and the medians are compared. */
static int
run_markdown (GBytes *json_bytes,
              int     runs)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AccordBriefing) original = accord_loader_load_bytes (json_bytes, "bench.json", &error);
  g_autoptr(AccordBriefing) from_markdown = NULL;
  g_autoptr(GBytes) md = NULL;
  g_autoptr(GBytes) json = NULL;
  g_autofree double *md_ms = g_new0 (double, runs);
  g_autofree double *json_ms = g_new0 (double, runs);
  g_autofree double *cmark_ms = g_new0 (double, runs);
  double md_median, json_median, cmark_median;

  if (original == NULL)
    g_error ("%s", error->message);
  md = accord_bench_markdown_write (original);
  g_clear_object (&original);
  from_markdown = accord_loader_load_bytes (md, "bench.md", &error);
  if (from_markdown == NULL)
    g_error ("the Markdown does not load: %s", error->message);
  json = accord_briefing_write_json (from_markdown);
  g_clear_object (&from_markdown);

  for (int i = 0; i <= runs; i++)
    {
      AccordBriefing *b;
      gint64 t;

      t = now_ns ();
      b = accord_loader_load_bytes (md, "bench.md", &error);
      if (i > 0)
        md_ms[i - 1] = elapsed_ms (t);
      g_assert_nonnull (b);
      g_object_unref (b);

      t = now_ns ();
      b = accord_loader_load_bytes (json, "bench.json", &error);
      if (i > 0)
        json_ms[i - 1] = elapsed_ms (t);
      g_assert_nonnull (b);
      g_object_unref (b);

      /* The floor: cmark-gfm's parse and free alone, as the reader runs it. */
      {
        static const char * const names[] = { "table", "strikethrough", "autolink" };
        cmark_parser *parser;
        cmark_node *doc;

        cmark_gfm_core_extensions_ensure_registered ();
        t = now_ns ();
        parser = cmark_parser_new (CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES);
        for (guint k = 0; k < G_N_ELEMENTS (names); k++)
          cmark_parser_attach_syntax_extension (parser, cmark_find_syntax_extension (names[k]));
        cmark_parser_feed (parser, g_bytes_get_data (md, NULL), g_bytes_get_size (md));
        doc = cmark_parser_finish (parser);
        cmark_parser_free (parser);
        cmark_node_free (doc);
        if (i > 0)
          cmark_ms[i - 1] = elapsed_ms (t);
      }
    }

  md_median = median (md_ms, runs);
  json_median = median (json_ms, runs);
  cmark_median = median (cmark_ms, runs);
  g_print ("%-34s %10.1f MB   %10.1f MB\n", "Markdown / JSON file", g_bytes_get_size (md) / 1e6,
           g_bytes_get_size (json) / 1e6);
  g_print ("%-34s %10.1f ms   %10.1f ms   ratio %.2f\n", "load Markdown / load JSON (median)",
           md_median, json_median, md_median / json_median);
  g_print ("%-34s %10.1f ms\n", "cmark-gfm parse + free alone", cmark_median);
  g_print ("{\"md_size_mb\": %.2f, \"md_json_size_mb\": %.2f, \"md_load_ms\": %.1f, "
           "\"md_json_load_ms\": %.1f, \"md_cmark_ms\": %.1f, \"md_load_ratio\": %.2f}\n",
           g_bytes_get_size (md) / 1e6, g_bytes_get_size (json) / 1e6, md_median, json_median,
           cmark_median, md_median / json_median);

  return 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(AccordBriefing) briefing = NULL;
  g_autofree char *child_mode = NULL;
  g_autofree char *subset_text_path = NULL;
  g_autofree char *grep_path = NULL;
  g_autofree char *pango_path = NULL;
  g_autofree char *startup_path = NULL;
  g_auto(GStrv) files = NULL;
  gboolean print_queries = FALSE;
  gboolean subset_only = FALSE;
  gboolean markdown = FALSE;
  gboolean people = FALSE;
  gboolean timeline_only = FALSE;
  int runs = 5;
  int pdf_kb = 100;
  int big_pdf_kb = 1000;
  LoadResults load = { 0 };
  SearchResults search = { 0 };
  ExportResults ex = { 0 };
  TimelineResults tl = { 0 };
  Peers peers = { 0 };
  g_autoptr(GString) json = g_string_new ("{");
  double size_mb, load_ratio, peak_ratio, grep_p50, grep_p99, grep_ratio, grep_ratio_p99;
  double pango_ms, pdf_ratio, startup_accord, startup_minimal, startup_ratio;
  double startup_content, startup_content_ratio, model_ms;
  double startup_minimal_drawn, startup_drawn_ratio;
  double pdf_subset_mb;
  gsize size;
  gint64 t_total = now_ns ();
  const GOptionEntry entries[] = {
    { "runs", 'r', 0, G_OPTION_ARG_INT, &runs, "Timed runs of the parse and the load (median; default 5)", "N" },
    { "pdf-kb", 0, 0, G_OPTION_ARG_INT, &pdf_kb, "Compare with pango-view on the first sections holding about this much text (default 100; 0: all)", "KB" },
    { "pdf-throughput-kb", 0, 0, G_OPTION_ARG_INT, &big_pdf_kb, "Also time a PDF of about this much text (default 1000; 0: skip)", "KB" },
    { "subset-text", 0, 0, G_OPTION_ARG_FILENAME, &subset_text_path, "Write the text export of the PDF subset here (for pango-view)", "PATH" },
    { "subset-only", 0, 0, G_OPTION_ARG_NONE, &subset_only, "Only write --subset-text, then exit", NULL },
    { "grep-times", 0, 0, G_OPTION_ARG_FILENAME, &grep_path, "grep's time per query, in µs, one a line", "PATH" },
    { "pango-times", 0, 0, G_OPTION_ARG_FILENAME, &pango_path, "pango-view's times on the subset text, in µs, one a line", "PATH" },
    { "startup-times", 0, 0, G_OPTION_ARG_FILENAME, &startup_path, "Lines “minimal µs”, “accord µs” (window), “minimal-drawn µs” and “accord-content µs” (first frame with content drawn)", "PATH" },
    { "print-queries", 0, 0, G_OPTION_ARG_NONE, &print_queries, "Print the query set, one a line, and exit", NULL },
    { "markdown", 0, 0, G_OPTION_ARG_NONE, &markdown, "Only compare loading the briefing as Markdown and as JSON (the same model), then exit", NULL },
    { "people", 0, 0, G_OPTION_ARG_NONE, &people, "Only time finding every actor's mentions (the people index), then exit", NULL },
    { "timeline", 0, 0, G_OPTION_ARG_NONE, &timeline_only, "Only measure the timeline layout (with and without groups), then exit", NULL },
    { "verbose", 'v', 0, G_OPTION_ARG_NONE, &verbose, "Print each query's latency and the index build times", NULL },
    { "child", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, &child_mode, NULL, NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, "FILE" },
    { NULL }
  };

  setlocale (LC_ALL, "");

  context = g_option_context_new ("FILE - measure Accord's core on a briefing");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("accord-bench: %s\n", error->message);
      return 2;
    }

  if (print_queries)
    {
      /* For grep: fixed strings, without the quotes of phrases. */
      for (guint q = 0; q < N_QUERIES; q++)
        {
          g_autoptr(GString) text = g_string_new (queries[q]);

          g_string_replace (text, "\"", "", 0);
          g_print ("%s\n", text->str);
        }
      return 0;
    }

  if (files == NULL || files[0] == NULL || files[1] != NULL || runs < 1)
    {
      g_printerr ("accord-bench: give one briefing file (and --runs ≥ 1)\n");
      return 2;
    }

  if (child_mode != NULL)
    return run_child (child_mode, files[0]);

  peers.grep_ms = read_times_us (grep_path, NULL);
  peers.pango_ms = read_times_us (pango_path, NULL);
  peers.startup_accord_ms = read_times_us (startup_path, "accord");
  peers.startup_content_ms = read_times_us (startup_path, "accord-content");
  peers.startup_minimal_ms = read_times_us (startup_path, "minimal");
  peers.startup_minimal_drawn_ms = read_times_us (startup_path, "minimal-drawn");

  bytes = read_bytes (files[0]);
  size = g_bytes_get_size (bytes);
  size_mb = size / 1e6;

  if (markdown)
    return run_markdown (bytes, runs);
  if (people)
    return accord_bench_people_run (bytes, runs);

  if (timeline_only)
    {
      g_autoptr(AccordBriefing) b = accord_loader_load_bytes (bytes, files[0], &error);

      if (b == NULL)
        {
          g_printerr ("accord-bench: %s\n", error->message);
          return 1;
        }
      bench_timeline (b, runs, &tl);
      g_print ("timeline layout, %u events: %.2f ms (bound 50 ms); frames %.3f / %.3f / %.3f ms\n",
               TIMELINE_EVENTS, tl.layout_ms, tl.frame_ms[0], tl.frame_ms[1], tl.frame_ms[2]);
      g_print ("timeline layout, %u events in %u groups: %.2f ms (bound 50 ms); frames %.3f / %.3f / %.3f ms (%u / %u / %u items)\n",
               TIMELINE_EVENTS, TIMELINE_GROUPS, tl.groups_layout_ms, tl.groups_frame_ms[0],
               tl.groups_frame_ms[1], tl.groups_frame_ms[2], tl.groups_frame_items[0],
               tl.groups_frame_items[1], tl.groups_frame_items[2]);
      return 0;
    }

  if (subset_only)
    {
      g_autoptr(AccordBriefing) b = accord_loader_load_bytes (bytes, files[0], &error);

      if (b == NULL || subset_text_path == NULL)
        {
          g_printerr ("accord-bench: %s\n", error ? error->message : "--subset-only needs --subset-text");
          return 1;
        }
      write_subset_text (b, pdf_kb > 0 ? (gsize) pdf_kb * 1000 : G_MAXSIZE, subset_text_path);
      return 0;
    }

  briefing = bench_load (bytes, files[0], runs, &load);
  bench_search (briefing, 3, &search);
  bench_export (briefing, pdf_kb > 0 ? (gsize) pdf_kb * 1000 : G_MAXSIZE,
                big_pdf_kb > 0 ? (gsize) big_pdf_kb * 1000 : 0, subset_text_path, &ex);
  bench_timeline (briefing, runs, &tl);

  load_ratio = load.load_ms / load.json_ms;
  peak_ratio = load.accord_peak_kb / load.json_peak_kb;
  grep_p50 = array_percentile (peers.grep_ms, 0.50);
  grep_p99 = array_percentile (peers.grep_ms, 0.99);
  grep_ratio = search.p50_ms / grep_p50;
  grep_ratio_p99 = search.p99_ms / grep_p99;
  pango_ms = array_percentile (peers.pango_ms, 0.50);
  pdf_ratio = ex.pdf_ms / pango_ms;
  startup_accord = array_percentile (peers.startup_accord_ms, 0.50);
  startup_minimal = array_percentile (peers.startup_minimal_ms, 0.50);
  startup_ratio = startup_accord / startup_minimal;
  startup_content = array_percentile (peers.startup_content_ms, 0.50);
  startup_content_ratio = startup_content / startup_minimal;
  startup_minimal_drawn = array_percentile (peers.startup_minimal_drawn_ms, 0.50);
  startup_drawn_ratio = startup_content / startup_minimal_drawn;
  /* The load is the check and document pass, freeing the document, and
   * building the model from it: the model is what is left. */
  model_ms = load.load_ms - load.doc_ms - load.doc_free_ms;
  pdf_subset_mb = ex.subset_text_bytes / 1e6;

  g_print ("\n== %s: %.2f MB, %u sections, %u events ==\n", files[0], size_mb,
           ex.all_sections, tl.file_events);
  g_print ("%-40s %22s %16s %8s  %-20s %s\n", "measure", "Accord", "peer/floor", "ratio", "target", "");
  {
    g_autofree char *a = fmt_ms (load.load_ms);
    g_autofree char *p = fmt_ms (load.json_ms);
    g_autofree char *c = fmt_ms (load.doc_ms);
    g_autofree char *df = fmt_ms (load.doc_free_ms);
    g_autofree char *b = fmt_ms (model_ms);
    g_autofree char *f = fmt_ms (load.json_free_ms);
    g_autofree char *ap = g_strdup_printf ("%.1f MB", load.accord_peak_kb / 1024);
    g_autofree char *jp = g_strdup_printf ("%.1f MB", load.json_peak_kb / 1024);
    g_autofree char *dp = g_strdup_printf ("%.1f MB", load.doc_peak_kb / 1024);
    g_autofree char *mh = g_strdup_printf ("%.1f MB", load.model_heap_bytes / 1048576);
    g_autofree char *dh = g_strdup_printf ("%.1f MB", load.doc_heap_bytes / 1048576);
    g_autofree char *th = g_strdup_printf ("%.1f MB", load.tree_heap_bytes / 1048576);
    g_autofree char *fs = g_strdup_printf ("%.1f MB", size / 1048576.0);

    print_row ("full load vs json-glib parse (median)", a, p, load_ratio, "≤ 1.3", load_ratio <= 1.3);
    print_row ("  check + document pass (alone)", c, p, load.doc_ms / load.json_ms, NULL, -1);
    print_row ("  document free (alone)", df, NULL, NAN, NULL, -1);
    print_row ("  rest: model build from document", b, p, model_ms / load.json_ms, NULL, -1);
    print_row ("  (json-glib tree free, not in floor)", f, NULL, NAN, NULL, -1);
    print_row ("peak memory: full load vs json-glib", ap, jp, peak_ratio, "≤ 1.3", peak_ratio <= 1.3);
    print_row ("  check + document pass peak", dp, jp, load.doc_peak_kb / load.json_peak_kb, NULL, -1);
    print_row ("model heap after load vs file", mh, fs, load.model_heap_bytes / size, NULL, -1);
    print_row ("  document heap vs file", dh, fs, load.doc_heap_bytes / size, NULL, -1);
    print_row ("  json-glib tree heap vs file", th, fs, load.tree_heap_bytes / size, NULL, -1);
  }
  {
    g_autofree char *ib = fmt_ms (search.index_ms);
    g_autofree char *p50 = fmt_ms (search.p50_ms);
    g_autofree char *p99 = fmt_ms (search.p99_ms);
    g_autofree char *mx = fmt_ms (search.max_ms);
    g_autofree char *g50 = fmt_ms (grep_p50);
    g_autofree char *g99 = fmt_ms (grep_p99);
    g_autofree char *slow = g_strdup_printf ("  slowest query: %s", search.slowest);
    g_autofree char *cpu = g_strdup_printf ("%.2f / %.2f ms", search.cpu_p50_ms, search.cpu_p99_ms);
    g_autofree char *snip = g_strdup_printf ("%.2f / %.2f ms", search.snippets_p50_ms, search.snippets_p99_ms);

    print_row ("search index build", ib, NULL, NAN, NULL, -1);
    print_row ("search p50 vs grep -Fic p50", p50, g50, grep_ratio, "≤ 0.1 (10× faster)",
               isnan (grep_ratio) ? -1 : grep_ratio <= 0.1);
    /* The grep target is judged on the medians (grep_ratio); the tail has
     * its own, absolute target. */
    print_row ("search p99 vs grep -Fic p99", p99, g99, grep_ratio_p99, "p99 ≤ 5 ms",
               search.p99_ms <= 5.0);
    print_row (slow, mx, NULL, NAN, NULL, -1);
    print_row ("  p50 / p99 in CPU time", cpu, NULL, NAN, NULL, -1);
    print_row ("  snippets of the first 50 rows, p50 / p99", snip, NULL, NAN, NULL, -1);
  }
  {
    g_autofree char *tx = g_strdup_printf ("%.0f ms, %.1f MB/s", ex.txt_ms, ex.txt_bytes / 1e6 / (ex.txt_ms / 1000));
    g_autofree char *mdx = g_strdup_printf ("%.0f ms, %.1f MB/s", ex.md_ms, ex.md_bytes / 1e6 / (ex.md_ms / 1000));
    g_autofree char *pd = fmt_ms (ex.pdf_ms);
    g_autofree char *pg = fmt_ms (pango_ms);
    g_autofree char *pdr = g_strdup_printf ("%.0f pages, %.0f pages/s", ex.pdf_pages, ex.pdf_pages / (ex.pdf_ms / 1000));
    g_autofree char *what = g_strdup_printf ("PDF vs pango-view (%u sec., %.2f MB txt)",
                                             ex.subset_sections, pdf_subset_mb);
    g_autofree char *bigw = g_strdup_printf ("PDF throughput (%u sec., %.2f MB txt)",
                                             ex.big_sections, ex.big_text_bytes / 1e6);
    g_autofree char *bigr = g_strdup_printf ("%.0f pages, %.0f pages/s", ex.big_pdf_pages,
                                             ex.big_pdf_pages / (ex.big_pdf_ms / 1000));
    g_autofree char *bigm = g_strdup_printf ("%.0f ms, %.2f MB/s", ex.big_pdf_ms,
                                             ex.big_text_bytes / 1e6 / (ex.big_pdf_ms / 1000));

    print_row ("text export (whole)", tx, NULL, NAN, NULL, -1);
    print_row ("Markdown export (whole)", mdx, NULL, NAN, NULL, -1);
    print_row (what, pd, pg, pdf_ratio, "≤ 1.0", isnan (pdf_ratio) ? -1 : pdf_ratio <= 1.0);
    print_row ("", pdr, NULL, NAN, NULL, -1);
    {
      g_autofree char *fw = g_strdup_printf ("PDF timeline figure (%u events)", ex.figure_events);
      g_autofree char *fm = fmt_ms (ex.figure_ms);

      print_row (fw, fm, NULL, NAN, NULL, -1);
    }
    if (!isnan (ex.big_pdf_ms))
      {
        print_row (bigw, bigm, NULL, NAN, NULL, -1);
        print_row ("", bigr, NULL, NAN, NULL, -1);
      }
  }
  {
    g_autofree char *lay = fmt_ms (tl.layout_ms);
    g_autofree char *set = fmt_ms (tl.set_spans_ms);
    g_autofree char *fe = fmt_ms (tl.file_set_events_ms);
    g_autofree char *fe_what = g_strdup_printf ("timeline set_events (file, %u)", tl.file_events);

    print_row ("timeline layout, 50,000 events", lay, NULL, NAN, "≤ 50 ms", tl.layout_ms <= 50.0);
    print_row ("  of which set_spans", set, NULL, NAN, NULL, -1);
    for (guint z = 0; z < 3; z++)
      {
        g_autofree char *what = g_strdup_printf ("  frame: %s (%u items)", zoom_names[z], tl.frame_items[z]);
        g_autofree char *ms = fmt_ms (tl.frame_ms[z]);

        print_row (what, ms, NULL, NAN, NULL, -1);
      }
    print_row (fe_what, fe, NULL, NAN, NULL, -1);
  }
  {
    g_autofree char *lay = fmt_ms (tl.groups_layout_ms);
    g_autofree char *what = g_strdup_printf ("timeline layout, 50,000 events in %u groups", TIMELINE_GROUPS);

    print_row (what, lay, NULL, NAN, "≤ 50 ms", tl.groups_layout_ms <= 50.0);
    for (guint z = 0; z < 3; z++)
      {
        g_autofree char *zwhat = g_strdup_printf ("  frame: %s (%u items)", zoom_names[z], tl.groups_frame_items[z]);
        g_autofree char *ms = fmt_ms (tl.groups_frame_ms[z]);

        print_row (zwhat, ms, NULL, NAN, NULL, -1);
      }
  }
  {
    g_autofree char *sa = fmt_ms (startup_accord);
    g_autofree char *sc = fmt_ms (startup_content);
    g_autofree char *sm = fmt_ms (startup_minimal);
    g_autofree char *sd = fmt_ms (startup_minimal_drawn);

    print_row ("start-up to visible window (median)", sa, sm, startup_ratio, "≤ 1.15",
               isnan (startup_ratio) ? -1 : startup_ratio <= 1.15);
    /* The briefing drawn, against the minimal window as soon as it is
     * visible (issue 12's measure), and against its first frame drawn. */
    print_row ("start-up to briefing drawn ÷ window (median)", sc, sm, startup_content_ratio, "≤ 1.10",
               isnan (startup_content_ratio) ? -1 : startup_content_ratio <= 1.10);
    print_row ("start-up to briefing drawn ÷ drawn (median)", sc, sd, startup_drawn_ratio, NULL, -1);
  }
  g_print ("(bench took %.1f s)\n\n", elapsed_ms (t_total) / 1000);

  json_number (json, "size_mb", size_mb);
  json_number (json, "json_parse_ms", load.json_ms);
  json_number (json, "load_ms", load.load_ms);
  json_number (json, "doc_parse_ms", load.doc_ms);
  json_number (json, "doc_free_ms", load.doc_free_ms);
  json_number (json, "model_build_ms", model_ms);
  json_number (json, "json_free_ms", load.json_free_ms);
  json_number (json, "load_ratio", load_ratio);
  json_number (json, "json_peak_mb", load.json_peak_kb / 1024);
  json_number (json, "accord_peak_mb", load.accord_peak_kb / 1024);
  json_number (json, "peak_rss_ratio", peak_ratio);
  json_number (json, "doc_peak_mb", load.doc_peak_kb / 1024);
  json_number (json, "doc_to_file_ratio", load.doc_heap_bytes / size);
  json_number (json, "model_mb", load.model_heap_bytes / 1048576);
  json_number (json, "model_to_file_ratio", load.model_heap_bytes / size);
  json_number (json, "index_build_ms", search.index_ms);
  json_number (json, "search_p50_ms", search.p50_ms);
  json_number (json, "search_p99_ms", search.p99_ms);
  json_number (json, "search_p99_cpu_ms", search.cpu_p99_ms);
  json_number (json, "snippets_p50_ms", search.snippets_p50_ms);
  json_number (json, "snippets_p99_ms", search.snippets_p99_ms);
  json_number (json, "grep_p50_ms", grep_p50);
  json_number (json, "grep_p99_ms", grep_p99);
  json_number (json, "grep_ratio", grep_ratio);
  json_number (json, "grep_ratio_p99", grep_ratio_p99);
  json_number (json, "txt_mb_s", ex.txt_bytes / 1e6 / (ex.txt_ms / 1000));
  json_number (json, "md_mb_s", ex.md_bytes / 1e6 / (ex.md_ms / 1000));
  json_number (json, "pdf_ms", ex.pdf_ms);
  json_number (json, "pdf_pages", ex.pdf_pages);
  json_number (json, "pdf_pages_s", ex.pdf_pages / (ex.pdf_ms / 1000));
  json_number (json, "pdf_subset_mb", pdf_subset_mb);
  json_number (json, "pdf_big_mb_s", ex.big_text_bytes / 1e6 / (ex.big_pdf_ms / 1000));
  json_number (json, "pdf_big_pages_s", ex.big_pdf_pages / (ex.big_pdf_ms / 1000));
  json_number (json, "pango_view_ms", pango_ms);
  json_number (json, "pdf_ratio", pdf_ratio);
  json_number (json, "pdf_figure_ms", ex.figure_ms);
  json_number (json, "timeline_layout_ms", tl.layout_ms);
  json_number (json, "timeline_frame_all_ms", tl.frame_ms[0]);
  json_number (json, "timeline_frame_year_ms", tl.frame_ms[1]);
  json_number (json, "timeline_frame_month_ms", tl.frame_ms[2]);
  json_number (json, "timeline_groups_layout_ms", tl.groups_layout_ms);
  json_number (json, "timeline_groups_frame_all_ms", tl.groups_frame_ms[0]);
  json_number (json, "timeline_groups_frame_year_ms", tl.groups_frame_ms[1]);
  json_number (json, "timeline_groups_frame_month_ms", tl.groups_frame_ms[2]);
  json_number (json, "startup_ms", startup_accord);
  json_number (json, "startup_minimal_ms", startup_minimal);
  json_number (json, "startup_ratio", startup_ratio);
  json_number (json, "startup_content_ms", startup_content);
  json_number (json, "startup_content_ratio", startup_content_ratio);
  json_number (json, "startup_minimal_drawn_ms", startup_minimal_drawn);
  json_number (json, "startup_drawn_ratio", startup_drawn_ratio);
  g_string_append_c (json, '}');
  g_print ("%s\n", json->str);

  g_array_unref (peers.grep_ms);
  g_array_unref (peers.pango_ms);
  g_array_unref (peers.startup_accord_ms);
  g_array_unref (peers.startup_content_ms);
  g_array_unref (peers.startup_minimal_ms);
  g_array_unref (peers.startup_minimal_drawn_ms);

  return 0;
}
