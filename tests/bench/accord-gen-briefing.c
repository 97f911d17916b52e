/* accord-gen-briefing.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes a synthetic briefing of about a given size, for the benchmarks.
 * The output depends only on the seed and the size: the generator has its
 * own PRNG and word lists, so the same command gives the same bytes on any
 * machine.  The text mixes English, accented French and Korean (Hangul),
 * with a few words much rarer than the rest so that searches for them
 * return few results.
 */

#define G_LOG_DOMAIN "accord-gen-briefing"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The loader's bounds (accord-loader.h), repeated so that this program
 * needs only GLib; checked at the end. */
#define LOADER_MAX_FILE_SIZE (64 * 1024 * 1024)
#define LOADER_MAX_VALUES    2000000

/* Sections nest at most this deep (0 is top level). */
#define MAX_SECTION_DEPTH 4

typedef struct
{
  guint64  state;
  GString *out;
  guint64  n_values;
  guint    n_sections;
  guint    n_actors;
  guint    n_sources;
  guint    n_events;
  guint    max_depth;
} Gen;

/* Ordered from common to rare: pick_word() favours the start of each list. */
static const char * const english_words[] = {
  "the", "of", "and", "to", "in", "a", "for", "on", "with", "that", "by",
  "as", "is", "their", "from", "agreement", "defence", "security", "cooperation",
  "ministers", "countries", "partnership", "framework", "both", "new", "two",
  "national", "minister", "between", "alliance", "legal", "joint", "statement",
  "Canada", "Korea", "Republic", "global", "order", "middle", "powers",
  "shared", "stability", "economic", "values", "pillar", "international",
  "peace", "regional", "open", "free", "secure", "Indo-Pacific", "action",
  "plan", "cyber", "technology", "space", "artificial", "intelligence",
  "deepened", "collaboration", "protect", "partners", "exercises", "naval",
  "maritime", "industry", "supply", "chains", "critical", "minerals",
  "research", "officials", "foreign", "affairs", "meeting", "ministerial",
  "roundtable", "forum", "signed", "signing", "ratified", "annual", "review",
  "commitment", "capabilities", "interoperability", "procurement",
  "submarines", "frigates", "training", "logistics", "information",
  "exchange", "resilient", "likeminded", "states", "unpredictable",
  "landscape", "changing", "continues", "underscore", "importance", "strong",
  "deepening", "motivations", "political", "described", "step", "forward",
  "important", "sections", "key", "set", "out", "below", "each", "four",
  "stated", "alongside", "northeast", "Asia", "Pacific", "foundation",
  "program", "manager", "senior", "special", "address", "economy", "world",
  "Davos", "Ottawa", "Seoul", "Busan", "Vancouver", "Arctic", "sovereignty",
  "deterrence", "nonproliferation", "sanctions", "verification", "treaty",
  "memorandum", "protocol", "annex", "clause", "provision", "ratification",
  "consultation", "secretariat", "delegation", "communique", "summit",
  "bilateral", "multilateral", "trilateral", "quadrilateral", "hydrography",
  "cryptography", "semiconductor", "quantum", "satellite", "orbital",
  "bathymetry", "icebreaker", "zeppelin", "palimpsest", "quasar",
  "xerography", "juxtaposition", "zymurgy",
};

static const char * const french_words[] = {
  "la", "le", "les", "des", "et", "de", "du", "à", "pour", "avec", "dans",
  "une", "un", "sécurité", "coopération", "défense", "accord", "entente",
  "stratégie", "partenariat", "économie", "stabilité", "valeurs",
  "ministère", "déclaration", "commune", "paix", "prospérité", "été",
  "élaboré", "développement", "intégrité", "réseau", "cybersécurité",
  "spatiale", "intelligence", "artificielle", "océan", "frégate",
  "sous-marins", "français", "coréen", "Québec", "Montréal", "Séoul",
  "Corée", "république", "puissances", "moyennes", "ordre", "mondial",
  "imprévisible", "renforcé", "engagement", "échange", "côte", "forêt",
  "théâtre", "événement", "réunion", "première", "deuxième", "général",
  "délégation", "négociation", "traité", "ratifié", "système", "crème",
  "naïveté", "Noël", "où", "façade", "garçon", "hôpital", "île", "pêche",
  "château", "zèle", "œuvre", "cœur", "bœuf", "Ægir",
};

static const char * const korean_words[] = {
  "그리고", "국방", "안보", "협력", "대한민국", "캐나다", "외교", "장관",
  "합의", "동맹", "인도태평양", "사이버", "우주", "기술", "인공지능", "평화",
  "경제", "안정", "가치", "공동성명", "서명", "국제", "질서", "중견국",
  "파트너십", "회의", "발표", "정부", "국민", "미래", "전략", "협력을",
  "국방의", "안보는", "장관은", "합의를", "동맹이", "서울", "부산", "오타와",
  "훈련", "해군", "잠수함", "공급망", "핵심광물", "연구", "교류", "정상회의",
  "비준", "조약", "의정서", "부속서", "조항", "검증", "억지력", "북극",
  "양자", "반도체", "위성", "궤도", "쇄빙선", "수로측량", "암호학",
};

static const char * const given_names[] = {
  "Anne", "Marie", "David", "Mark", "Sarah", "Jean", "Hélène", "François",
  "Chloé", "Émile", "Zoë", "André", "Ingrid", "Thomas", "Priya", "Omar",
};

static const char * const family_names[] = {
  "Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin",
  "Lavoie", "Fortin", "Gagné", "Ouellet", "Pelletier", "Bélanger", "Lévesque",
  "Smith", "Brown", "Wilson", "MacDonald", "Campbell", "Stewart",
};

/* Korean names: romanized and in Hangul, the same index in both lists. */
static const char * const korean_family[] = {
  "Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim",
  "Ahn", "Han",
};
static const char * const korean_family_hangul[] = {
  "김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "안", "한",
};
static const char * const korean_given[] = {
  "Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun", "Do-yun", "Su-a", "Gyu-back",
  "Hyun-woo", "Ji-woo", "Ye-rin", "Jee-hye", "Sung-min",
};
static const char * const korean_given_hangul[] = {
  "민준", "서연", "지호", "하은", "도윤", "수아", "규백", "현우", "지우",
  "예린", "지혜", "성민",
};

static const char * const roles[] = {
  "Minister of National Defence", "Minister of Foreign Affairs",
  "Deputy Minister", "Ambassador", "Chief of the Defence Staff",
  "Senior Program Manager, Northeast Asia", "Director General",
  "Ministre de la Défense nationale", "Conseillère principale",
  "국방부 장관", "외교부 장관", "주캐나다 대사", "Analyst", "Spokesperson",
};

static const char * const organizations[] = {
  "Department of National Defence", "Global Affairs Canada",
  "Ministry of National Defense", "Ministry of Foreign Affairs",
  "Asia Pacific Foundation of Canada", "Institut d’études stratégiques",
  "국방부", "외교부", "한국국방연구원", "Université de Montréal",
};

static const char * const countries[] = {
  "Canada", "Republic of Korea", "대한민국", "République de Corée",
};

static const char * const kinds[] = {
  "overview", "pillar", "analysis", "context", "annex", "chronology",
};

static const char * const places[] = {
  "Ottawa", "Seoul", "Davos", "Busan", "Montréal", "Québec", "Vancouver",
  "Toronto", "서울", "부산", "Genève", "Iqaluit",
};

static const char * const publishers[] = {
  "The Canadian Press", "Yonhap", "Le Devoir", "연합뉴스", "Global News",
  "Radio-Canada", "한겨레", "The Korea Herald",
};

/* xorshift64*: fast, good enough for text, and fixed forever. */
static guint64
next_u64 (Gen *g)
{
  g->state ^= g->state >> 12;
  g->state ^= g->state << 25;
  g->state ^= g->state >> 27;
  return g->state * G_GUINT64_CONSTANT (0x2545F4914F6CDD1D);
}

static guint
uniform (Gen   *g,
         guint  n)
{
  return (guint) ((next_u64 (g) >> 32) % n);
}

static guint
between (Gen   *g,
         guint  lo,
         guint  hi)
{
  return lo + uniform (g, hi - lo + 1);
}

static gboolean
chance (Gen   *g,
        guint  percent)
{
  return uniform (g, 100) < percent;
}

/* Skewed towards the start of the list: the cube of a uniform number
 * makes the last words of each list rare, as real vocabulary is. */
static const char *
pick_word (Gen               *g,
           const char * const *words,
           guint               n_words)
{
  double u = (double) (next_u64 (g) >> 11) / (double) (G_GUINT64_CONSTANT (1) << 53);

  return words[(guint) (u * u * u * n_words)];
}

#define PICK(g, list) ((list)[uniform ((g), G_N_ELEMENTS (list))])

static void
append_escaped (Gen        *g,
                const char *text)
{
  g_string_append_c (g->out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      if (c == '"' || c == '\\')
        {
          g_string_append_c (g->out, '\\');
          g_string_append_c (g->out, (char) c);
        }
      else if (c < 0x20)
        g_string_append_printf (g->out, "\\u%04x", c);
      else
        g_string_append_c (g->out, (char) c);
    }
  g_string_append_c (g->out, '"');
  g->n_values++;
}

static void
append_key (Gen        *g,
            gboolean   *first,
            const char *key)
{
  if (!*first)
    g_string_append_c (g->out, ',');
  *first = FALSE;
  g_string_append_c (g->out, '"');
  g_string_append (g->out, key);
  g_string_append (g->out, "\":");
}

static void
member_string (Gen        *g,
               gboolean   *first,
               const char *key,
               const char *value)
{
  append_key (g, first, key);
  append_escaped (g, value);
}

static void
capitalize_first (GString *s,
                  gsize    start)
{
  if (start < s->len && g_ascii_islower (s->str[start]))
    s->str[start] = g_ascii_toupper (s->str[start]);
}

/* A sentence in one main language, with some words of the others mixed
 * in, as bilingual reporting has. */
static void
append_sentence (Gen     *g,
                 GString *s,
                 guint    min_words,
                 guint    max_words,
                 gboolean full_stop)
{
  guint language = uniform (g, 100);
  guint n = between (g, min_words, max_words);
  gsize start = s->len;

  for (guint i = 0; i < n; i++)
    {
      guint which = language < 70 ? 0 : language < 85 ? 1 : 2;
      const char *word;

      if (chance (g, 8))
        which = uniform (g, 3);

      if (which == 0)
        word = pick_word (g, english_words, G_N_ELEMENTS (english_words));
      else if (which == 1)
        word = pick_word (g, french_words, G_N_ELEMENTS (french_words));
      else
        word = pick_word (g, korean_words, G_N_ELEMENTS (korean_words));

      if (i > 0)
        g_string_append_c (s, ' ');

      /* Punctuation that a search must see through. */
      if (i > 0 && chance (g, 2))
        {
          g_string_append (s, "“");
          g_string_append (s, word);
          g_string_append (s, "”");
        }
      else if (i > 0 && chance (g, 1))
        {
          g_string_append_c (s, '"');
          g_string_append (s, word);
          g_string_append_c (s, '"');
        }
      else
        g_string_append (s, word);

      if (i + 1 < n && chance (g, 6))
        g_string_append_c (s, ',');
    }

  capitalize_first (s, start);
  if (full_stop)
    g_string_append_c (s, '.');
}

static char *
make_text (Gen   *g,
           guint  min_sentences,
           guint  max_sentences)
{
  GString *s = g_string_new (NULL);
  guint n = between (g, min_sentences, max_sentences);

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (s, ' ');
      append_sentence (g, s, 6, 22, TRUE);
    }

  return g_string_free (s, FALSE);
}

static char *
make_title (Gen *g)
{
  GString *s = g_string_new (NULL);

  append_sentence (g, s, 3, 8, FALSE);
  return g_string_free (s, FALSE);
}

static void
append_text_member (Gen        *g,
                    gboolean   *first,
                    const char *key,
                    guint       min_sentences,
                    guint       max_sentences)
{
  g_autofree char *text = make_text (g, min_sentences, max_sentences);

  member_string (g, first, key, text);
}

static void
append_text_array (Gen        *g,
                   gboolean   *first,
                   const char *key,
                   guint       n,
                   guint       min_sentences,
                   guint       max_sentences)
{
  append_key (g, first, key);
  g_string_append_c (g->out, '[');
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = make_text (g, min_sentences, max_sentences);

      if (i > 0)
        g_string_append_c (g->out, ',');
      append_escaped (g, text);
    }
  g_string_append_c (g->out, ']');
  g->n_values++;
}

/* Up to n distinct indices below limit, as ids "prefix-%06u". */
static void
append_id_refs (Gen        *g,
                gboolean   *first,
                const char *key,
                const char *prefix,
                guint       n,
                guint       limit)
{
  guint chosen[8];
  guint n_chosen = 0;

  n = MIN (n, MIN (limit, G_N_ELEMENTS (chosen)));
  if (n == 0)
    return;

  while (n_chosen < n)
    {
      guint candidate = uniform (g, limit);
      gboolean seen = FALSE;

      for (guint i = 0; i < n_chosen; i++)
        seen |= chosen[i] == candidate;
      if (!seen)
        chosen[n_chosen++] = candidate;
    }

  append_key (g, first, key);
  g_string_append_c (g->out, '[');
  for (guint i = 0; i < n_chosen; i++)
    {
      g_string_append_printf (g->out, "%s\"%s-%06u\"", i > 0 ? "," : "", prefix, chosen[i]);
      g->n_values++;
    }
  g_string_append_c (g->out, ']');
  g->n_values++;
}

static void
append_date (Gen     *g,
             GString *s,
             guint    year,
             guint    precision)
{
  g_string_append_printf (s, "%04u", year);
  if (precision >= 1)
    g_string_append_printf (s, "-%02u", between (g, 1, 12));
  if (precision >= 2)
    g_string_append_printf (s, "-%02u", between (g, 1, 28));
}

static void
append_qualifier (Gen     *g,
                  GString *s)
{
  static const char qualifiers[] = "?~%";

  if (chance (g, 12))
    g_string_append_c (s, qualifiers[uniform (g, 3)]);
}

/* Mixed precisions: whole years, months, days, with qualifiers, and
 * intervals whose ends have their own precision.  An end is always in a
 * later year than its start, so every interval is well ordered. */
static void
append_event_dates (Gen      *g,
                    gboolean *first)
{
  g_autoptr(GString) date = g_string_new (NULL);
  guint year = between (g, 1950, 2030);
  guint shape = uniform (g, 100);
  guint precision = shape < 20 ? 0 : shape < 45 ? 1 : 2;

  append_date (g, date, year, precision);
  append_qualifier (g, date);

  if (shape >= 85)
    {
      g_string_append_c (date, '/');
      append_date (g, date, year + between (g, 1, 5), uniform (g, 3));
      append_qualifier (g, date);
      member_string (g, first, "date", date->str);
    }
  else
    {
      member_string (g, first, "date", date->str);
      if (chance (g, 10))
        {
          g_string_truncate (date, 0);
          append_date (g, date, year + between (g, 1, 3), uniform (g, 3));
          member_string (g, first, "end_date", date->str);
        }
    }
}

static void
append_sources (Gen *g)
{
  gboolean first = FALSE;

  append_key (g, &first, "sources");
  g_string_append_c (g->out, '[');
  for (guint i = 0; i < g->n_sources; i++)
    {
      g_autofree char *title = make_title (g);
      g_autofree char *id = g_strdup_printf ("src-%06u", i);
      g_autofree char *url = g_strdup_printf ("https://example.org/briefings/%u", i);
      g_autoptr(GString) date = g_string_new (NULL);
      gboolean f = TRUE;

      if (i > 0)
        g_string_append_c (g->out, ',');
      g_string_append_c (g->out, '{');
      member_string (g, &f, "id", id);
      member_string (g, &f, "title", title);
      member_string (g, &f, "publisher", PICK (g, publishers));
      member_string (g, &f, "url", url);
      append_date (g, date, between (g, 2000, 2026), uniform (g, 3));
      member_string (g, &f, "date", date->str);
      g_string_append_c (g->out, '}');
      g->n_values++;
    }
  g_string_append_c (g->out, ']');
  g->n_values++;
}

static void
append_actors (Gen *g)
{
  gboolean first = FALSE;

  append_key (g, &first, "actors");
  g_string_append_c (g->out, '[');
  for (guint i = 0; i < g->n_actors; i++)
    {
      g_autofree char *id = g_strdup_printf ("act-%06u", i);
      gboolean f = TRUE;

      if (i > 0)
        g_string_append_c (g->out, ',');
      g_string_append_c (g->out, '{');
      member_string (g, &f, "id", id);
      if (chance (g, 35))
        {
          guint fam = uniform (g, G_N_ELEMENTS (korean_family));
          guint giv = uniform (g, G_N_ELEMENTS (korean_given));
          g_autofree char *name = g_strdup_printf ("%s %s", korean_family[fam], korean_given[giv]);
          g_autofree char *native = g_strdup_printf ("%s%s", korean_family_hangul[fam],
                                                     korean_given_hangul[giv]);

          member_string (g, &f, "name", name);
          member_string (g, &f, "native_name", native);
        }
      else
        {
          g_autofree char *name = g_strdup_printf ("%s %s", PICK (g, given_names),
                                                   PICK (g, family_names));

          member_string (g, &f, "name", name);
        }
      if (chance (g, 80))
        member_string (g, &f, "role", PICK (g, roles));
      if (chance (g, 50))
        member_string (g, &f, "organization", PICK (g, organizations));
      if (chance (g, 70))
        member_string (g, &f, "country", PICK (g, countries));
      g_string_append_c (g->out, '}');
      g->n_values++;
    }
  g_string_append_c (g->out, ']');
  g->n_values++;
}

static void
append_quotes (Gen      *g,
               gboolean *first,
               guint     n)
{
  append_key (g, first, "quotes");
  g_string_append_c (g->out, '[');
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *speaker = g_strdup_printf ("act-%06u", uniform (g, g->n_actors));
      gboolean f = TRUE;

      if (i > 0)
        g_string_append_c (g->out, ',');
      g_string_append_c (g->out, '{');
      append_text_member (g, &f, "text", 1, 3);
      member_string (g, &f, "speaker", speaker);
      if (chance (g, 60))
        {
          g_autofree char *source = g_strdup_printf ("src-%06u", uniform (g, g->n_sources));

          member_string (g, &f, "source", source);
        }
      if (chance (g, 20))
        append_text_member (g, &f, "note", 1, 1);
      g_string_append_c (g->out, '}');
      g->n_values++;
    }
  g_string_append_c (g->out, ']');
  g->n_values++;
}

static void
append_tags (Gen      *g,
             gboolean *first,
             guint     n)
{
  const char *chosen[4];
  guint n_chosen = 0;

  /* Tags must be unique within a section. */
  for (guint tries = 0; n_chosen < MIN (n, G_N_ELEMENTS (chosen)) && tries < 32; tries++)
    {
      const char *word = pick_word (g, english_words + 15, G_N_ELEMENTS (english_words) - 15);
      gboolean seen = FALSE;

      for (guint i = 0; i < n_chosen; i++)
        seen |= strcmp (chosen[i], word) == 0;
      if (!seen)
        chosen[n_chosen++] = word;
    }

  append_key (g, first, "tags");
  g_string_append_c (g->out, '[');
  for (guint i = 0; i < n_chosen; i++)
    {
      if (i > 0)
        g_string_append_c (g->out, ',');
      append_escaped (g, chosen[i]);
    }
  g_string_append_c (g->out, ']');
  g->n_values++;
}

static void
append_section (Gen   *g,
                guint  depth,
                gsize  budget_end)
{
  g_autofree char *id = g_strdup_printf ("sec-%06u", g->n_sections++);
  g_autofree char *title = make_title (g);
  gboolean f = TRUE;

  g->max_depth = MAX (g->max_depth, depth);

  g_string_append_c (g->out, '{');
  member_string (g, &f, "id", id);
  member_string (g, &f, "title", title);
  if (chance (g, 80))
    member_string (g, &f, "kind", PICK (g, kinds));
  if (chance (g, 85))
    append_text_member (g, &f, "summary", 1, 2);
  append_text_array (g, &f, "body", between (g, 1, 8), 2, 7);
  if (chance (g, 60))
    append_text_array (g, &f, "key_points", between (g, 1, 5), 1, 1);
  if (chance (g, 50))
    append_quotes (g, &f, between (g, 1, 3));
  if (chance (g, 60))
    append_id_refs (g, &f, "actors", "act", between (g, 1, 4), g->n_actors);
  if (g->n_events > 0 && chance (g, 50))
    append_id_refs (g, &f, "events", "evt", between (g, 1, 3), g->n_events);
  if (chance (g, 50))
    append_tags (g, &f, between (g, 1, 4));

  /* Nested sections: fewer the deeper, and none once the budget is spent. */
  if (depth < MAX_SECTION_DEPTH && g->out->len < budget_end && chance (g, 45 - depth * 10))
    {
      guint n = between (g, 1, 4);

      append_key (g, &f, "sections");
      g_string_append_c (g->out, '[');
      for (guint i = 0; i < n && (i == 0 || g->out->len < budget_end); i++)
        {
          if (i > 0)
            g_string_append_c (g->out, ',');
          append_section (g, depth + 1, budget_end);
        }
      g_string_append_c (g->out, ']');
      g->n_values++;
    }

  g_string_append_c (g->out, '}');
  g->n_values++;
}

static void
append_events (Gen *g)
{
  gboolean first = FALSE;

  append_key (g, &first, "events");
  g_string_append_c (g->out, '[');
  for (guint i = 0; i < g->n_events; i++)
    {
      g_autofree char *id = g_strdup_printf ("evt-%06u", i);
      g_autofree char *title = make_title (g);
      gboolean f = TRUE;

      if (i > 0)
        g_string_append_c (g->out, ',');
      g_string_append (g->out, "\n{");
      member_string (g, &f, "id", id);
      member_string (g, &f, "title", title);
      append_event_dates (g, &f);
      if (chance (g, 60))
        member_string (g, &f, "place", PICK (g, places));
      if (chance (g, 70))
        append_text_member (g, &f, "summary", 1, 2);
      if (chance (g, 50))
        append_id_refs (g, &f, "sections", "sec", between (g, 1, 2), g->n_sections);
      if (chance (g, 40))
        append_id_refs (g, &f, "actors", "act", between (g, 1, 3), g->n_actors);
      if (chance (g, 40))
        {
          g_autofree char *source = g_strdup_printf ("src-%06u", uniform (g, g->n_sources));

          member_string (g, &f, "source", source);
        }
      if (chance (g, 5))
        append_text_member (g, &f, "date_note", 1, 1);
      g_string_append_c (g->out, '}');
      g->n_values++;
    }
  g_string_append (g->out, "]\n");
  g->n_values++;
}

static gboolean
parse_size (const char *text,
            guint64    *size)
{
  char *end = NULL;
  guint64 value = g_ascii_strtoull (text, &end, 10);
  guint64 unit = 1;

  if (end == text)
    return FALSE;
  if (g_ascii_strcasecmp (end, "k") == 0 || g_ascii_strcasecmp (end, "kb") == 0)
    unit = 1000;
  else if (g_ascii_strcasecmp (end, "m") == 0 || g_ascii_strcasecmp (end, "mb") == 0)
    unit = 1000 * 1000;
  else if (*end != '\0')
    return FALSE;

  *size = value * unit;
  return *size > 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *size_text = NULL;
  g_autofree char *output = NULL;
  gint64 seed = 2026;
  int events = -1;
  guint64 size = 0;
  gsize events_budget, sections_end;
  gboolean first = TRUE;
  Gen g = { 0 };
  const GOptionEntry entries[] = {
    { "size", 's', 0, G_OPTION_ARG_STRING, &size_text,
      "Approximate size of the output (e.g. 500K, 10M; M = 1,000,000 bytes)", "SIZE" },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed, "Seed of the generator (default 2026)", "N" },
    { "events", 'e', 0, G_OPTION_ARG_INT, &events,
      "Number of events (default: one per 2,000 bytes)", "N" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Where to write (default: standard output)", "PATH" },
    { NULL }
  };

  setlocale (LC_ALL, "");

  context = g_option_context_new ("- write a synthetic Accord briefing");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("accord-gen-briefing: %s\n", error->message);
      return 2;
    }
  if (size_text == NULL || !parse_size (size_text, &size) || size > LOADER_MAX_FILE_SIZE)
    {
      g_printerr ("accord-gen-briefing: --size is required, between 1 and %u bytes\n",
                  LOADER_MAX_FILE_SIZE);
      return 2;
    }

  g.state = (guint64) seed * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15) + 1;
  if (g.state == 0)
    g.state = 1;
  g.out = g_string_sized_new (size + 64 * 1024);
  g.n_sources = CLAMP (size / 250000, 5, 200);
  g.n_actors = CLAMP (size / 10000, 20, 5000);
  g.n_events = events >= 0 ? (guint) events : (guint) MAX (size / 2000, 10);

  /* Events average about 280 bytes; the sections fill the rest. */
  events_budget = (gsize) g.n_events * 280;
  sections_end = size > events_budget + 20000 ? size - events_budget : 20000;

  g_string_append_c (g.out, '{');
  member_string (&g, &first, "format", "accord-briefing");
  append_key (&g, &first, "version");
  g_string_append_c (g.out, '1');
  g.n_values++;
  member_string (&g, &first, "id", "synthetic");
  {
    g_autofree char *title = g_strdup_printf ("Synthetic briefing — %" G_GUINT64_FORMAT
                                              " bytes, seed %" G_GINT64_FORMAT, size, seed);
    member_string (&g, &first, "title", title);
  }
  member_string (&g, &first, "subtitle", "Accord défense · 국방 협력 · benchmark data");
  member_string (&g, &first, "language", "en");
  append_text_member (&g, &first, "summary", 2, 4);
  g_string_append_c (g.out, '\n');
  append_sources (&g);
  g_string_append_c (g.out, '\n');
  append_actors (&g);
  g_string_append_c (g.out, '\n');

  append_key (&g, &first, "sections");
  g_string_append_c (g.out, '[');
  do
    {
      if (g.n_sections > 0)
        g_string_append_c (g.out, ',');
      g_string_append_c (g.out, '\n');
      append_section (&g, 0, sections_end);
    }
  while (g.out->len < sections_end);
  g_string_append (g.out, "]\n");
  g.n_values++;

  append_events (&g);
  g_string_append (g.out, "}\n");
  g.n_values++;

  if (g.out->len > LOADER_MAX_FILE_SIZE || g.n_values > LOADER_MAX_VALUES)
    {
      g_printerr ("accord-gen-briefing: the output (%" G_GSIZE_FORMAT " bytes, %" G_GUINT64_FORMAT
                  " values) is past the loader's limits\n", g.out->len, g.n_values);
      return 1;
    }

  if (output == NULL || g_strcmp0 (output, "-") == 0)
    {
      if (fwrite (g.out->str, 1, g.out->len, stdout) != g.out->len || fflush (stdout) != 0)
        {
          g_printerr ("accord-gen-briefing: could not write the output\n");
          return 1;
        }
    }
  else if (!g_file_set_contents (output, g.out->str, g.out->len, &error))
    {
      g_printerr ("accord-gen-briefing: %s\n", error->message);
      return 1;
    }

  g_printerr ("accord-gen-briefing: %" G_GSIZE_FORMAT " bytes, %" G_GUINT64_FORMAT " values, "
              "%u sections (depth %u), %u actors, %u sources, %u events\n",
              g.out->len, g.n_values, g.n_sections, g.max_depth, g.n_actors, g.n_sources,
              g.n_events);

  g_string_free (g.out, TRUE);
  return 0;
}
