/* accord-search-results.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The results of one query as a GListModel, one per object.  A query keeps
 * only the ranked candidates (best field, score, other fields); the AccordSearchResult objects are made when
 * a position is first asked for, so a query with 2,000 results costs
 * 2,000 pairs of numbers, and a list showing twenty rows makes twenty
 * objects.  Making them all up front was two thirds of a query's time.
 */

#define G_LOG_DOMAIN "accord-search"

#include "config.h"

#include "accord-search-private.h"

struct _AccordSearchResults
{
  GObject parent_instance;

  AccordSearchIndex *index;   /* NULL when there are no results */
  AccordSearchQuery *query;
  GArray *ranked;             /* AccordSearchCandidate, best first */
  guint total;
  AccordSearchResult **items; /* one per candidate, made when first asked for */
};

static void accord_search_results_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (AccordSearchResults, accord_search_results, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      accord_search_results_list_model_init))

/* Takes @ranked (AccordSearchCandidate), which may be %NULL when nothing matched. */
AccordSearchResults *
_accord_search_results_new_take (AccordSearchIndex *index,
                                 AccordSearchQuery *query,
                                 GArray            *ranked,
                                 guint              total)
{
  AccordSearchResults *self = g_object_new (ACCORD_TYPE_SEARCH_RESULTS, NULL);

  self->ranked = ranked != NULL ? ranked : g_array_new (FALSE, FALSE, sizeof (AccordSearchCandidate));
  self->total = total;

  if (self->ranked->len > 0)
    {
      self->index = g_object_ref (index);
      self->query = accord_search_query_ref (query);
      self->items = g_new0 (AccordSearchResult *, self->ranked->len);
    }

  return self;
}

static AccordSearchKind
kind_at (AccordSearchResults *self,
         guint                position)
{
  guint32 f = g_array_index (self->ranked, AccordSearchCandidate, position).field;
  const AccordSearchIndexField *field = &g_array_index (self->index->fields, AccordSearchIndexField, f);

  return g_array_index (self->index->objects, AccordSearchIndexObject, field->object).kind;
}

/**
 * accord_search_results_get_total:
 *
 * Returns: how many results the query has in all, which may be more than
 *   the model holds
 */
guint
accord_search_results_get_total (AccordSearchResults *self)
{
  g_return_val_if_fail (ACCORD_IS_SEARCH_RESULTS (self), 0);
  return self->total;
}

/**
 * accord_search_results_get_kind:
 *
 * The kind of the result at @position, without making the result.
 */
AccordSearchKind
accord_search_results_get_kind (AccordSearchResults *self,
                                guint                position)
{
  g_return_val_if_fail (ACCORD_IS_SEARCH_RESULTS (self), ACCORD_SEARCH_KIND_SECTION);
  g_return_val_if_fail (position < self->ranked->len, ACCORD_SEARCH_KIND_SECTION);

  return kind_at (self, position);
}

/**
 * accord_search_results_filter_kind:
 *
 * Returns: (transfer full): the results of @kind, in the same order; its
 *   total is its own number of items
 */
AccordSearchResults *
accord_search_results_filter_kind (AccordSearchResults *self,
                                   AccordSearchKind     kind)
{
  GArray *ranked;

  g_return_val_if_fail (ACCORD_IS_SEARCH_RESULTS (self), NULL);

  ranked = g_array_sized_new (FALSE, FALSE, sizeof (AccordSearchCandidate), self->ranked->len);
  for (guint i = 0; i < self->ranked->len; i++)
    if (kind_at (self, i) == kind)
      g_array_append_val (ranked, g_array_index (self->ranked, AccordSearchCandidate, i));

  return _accord_search_results_new_take (self->index, self->query, ranked, ranked->len);
}

/* GListModel */

static GType
accord_search_results_get_item_type (GListModel *model)
{
  return ACCORD_TYPE_SEARCH_RESULT;
}

static guint
accord_search_results_get_n_items (GListModel *model)
{
  return ACCORD_SEARCH_RESULTS (model)->ranked->len;
}

static gpointer
accord_search_results_get_item (GListModel *model,
                                guint       position)
{
  AccordSearchResults *self = ACCORD_SEARCH_RESULTS (model);
  const AccordSearchCandidate *candidate;

  if (position >= self->ranked->len)
    return NULL;

  candidate = &g_array_index (self->ranked, AccordSearchCandidate, position);
  if (self->items[position] == NULL)
    self->items[position] = _accord_search_result_new (self->index, self->query, candidate->field,
                                                       CANDIDATE_SCORE (candidate), candidate->n_more);

  return g_object_ref (self->items[position]);
}

static void
accord_search_results_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = accord_search_results_get_item_type;
  iface->get_n_items = accord_search_results_get_n_items;
  iface->get_item = accord_search_results_get_item;
}

/* GObject */

static void
accord_search_results_finalize (GObject *object)
{
  AccordSearchResults *self = (AccordSearchResults *)object;

  for (guint i = 0; self->items != NULL && i < self->ranked->len; i++)
    g_clear_object (&self->items[i]);
  g_free (self->items);
  g_array_unref (self->ranked);
  g_clear_pointer (&self->query, accord_search_query_unref);
  g_clear_object (&self->index);

  G_OBJECT_CLASS (accord_search_results_parent_class)->finalize (object);
}

static void
accord_search_results_class_init (AccordSearchResultsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = accord_search_results_finalize;
}

static void
accord_search_results_init (AccordSearchResults *self)
{
}
