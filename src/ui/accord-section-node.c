/* accord-section-node.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A section as a row of the sidebar's tree.  The sidebar lists nodes, not
 * the briefing's sections, so that a reload can keep its rows: a node of
 * the same id takes the new section in place and only its title changes,
 * where a new model would make GTK 4.8's list view drop and remake every
 * row (about 100 ms at 50 MB, in the frame that shows the new version)
 * and open every closed subsection again.
 */

#define G_LOG_DOMAIN "accord-briefing-page"

#include "config.h"

#include "accord-section-node.h"

struct _AccordSectionNode
{
  GObject        parent_instance;

  AccordSection *section;
  GListStore    *children;
  gboolean       has_children;
};

G_DEFINE_FINAL_TYPE (AccordSectionNode, accord_section_node, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SECTION,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
accord_section_node_finalize (GObject *object)
{
  AccordSectionNode *self = ACCORD_SECTION_NODE (object);

  g_clear_object (&self->section);
  g_clear_object (&self->children);

  G_OBJECT_CLASS (accord_section_node_parent_class)->finalize (object);
}

static void
accord_section_node_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  AccordSectionNode *self = ACCORD_SECTION_NODE (object);

  switch (prop_id)
    {
    case PROP_SECTION:
      g_value_set_object (value, self->section);
      break;

    case PROP_TITLE:
      g_value_set_string (value, accord_section_node_get_title (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_section_node_class_init (AccordSectionNodeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = accord_section_node_finalize;
  object_class->get_property = accord_section_node_get_property;

  properties[PROP_SECTION] =
    g_param_spec_object ("section", NULL, NULL,
                         ACCORD_TYPE_SECTION,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
accord_section_node_init (AccordSectionNode *self)
{
}

static gboolean
has_children (AccordSection *section)
{
  return g_list_model_get_n_items (accord_section_get_children (section)) > 0;
}

AccordSectionNode *
accord_section_node_new (AccordSection *section)
{
  AccordSectionNode *self;

  g_return_val_if_fail (ACCORD_IS_SECTION (section), NULL);

  self = g_object_new (ACCORD_TYPE_SECTION_NODE, NULL);
  self->section = g_object_ref (section);
  self->has_children = has_children (section);

  return self;
}

AccordSection *
accord_section_node_get_section (AccordSectionNode *self)
{
  g_return_val_if_fail (ACCORD_IS_SECTION_NODE (self), NULL);

  return self->section;
}

const char *
accord_section_node_get_title (AccordSectionNode *self)
{
  g_return_val_if_fail (ACCORD_IS_SECTION_NODE (self), NULL);

  return accord_section_get_title (self->section);
}

/**
 * accord_section_node_get_children:
 *
 * Returns: (transfer none) (nullable): the nodes of the subsections, or
 *   %NULL for a section without any (its row has no expander)
 */
GListModel *
accord_section_node_get_children (AccordSectionNode *self)
{
  g_return_val_if_fail (ACCORD_IS_SECTION_NODE (self), NULL);

  if (!self->has_children)
    return NULL;

  if (self->children == NULL)
    {
      self->children = g_list_store_new (ACCORD_TYPE_SECTION_NODE);
      accord_section_node_sync_store (self->children, accord_section_get_children (self->section));
    }

  return G_LIST_MODEL (self->children);
}

/* The node can show @section in place: the same section by id, and a row
 * with subsections stays one (the tree asks only once whether a row
 * has any). */
static gboolean
can_take (AccordSectionNode *self,
          AccordSection     *section)
{
  return g_strcmp0 (accord_section_get_id (self->section), accord_section_get_id (section)) == 0 &&
         self->has_children == has_children (section);
}

static void
take_section (AccordSectionNode *self,
              AccordSection     *section)
{
  gboolean retitled;

  if (self->section == section)
    return;

  retitled = g_strcmp0 (accord_section_get_title (self->section), accord_section_get_title (section)) != 0;
  g_set_object (&self->section, section);
  if (self->children != NULL)
    accord_section_node_sync_store (self->children, accord_section_get_children (section));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTION]);
  if (retitled)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

static AccordSectionNode *
node_at (GListModel *model,
         guint       position)
{
  AccordSectionNode *node = g_list_model_get_item (model, position);

  /* The store holds it: borrowed is enough. */
  g_object_unref (node);

  return node;
}

/**
 * accord_section_node_sync_store:
 * @store: a #GListStore of #AccordSectionNode
 * @sections: the #AccordSection list it is to show
 *
 * Makes @store show @sections.  The nodes at the start and at the end
 * that can show the section in their place take it; only those between
 * are replaced, in one change, so that the rows of an unchanged briefing
 * are all kept.
 */
void
accord_section_node_sync_store (GListStore *store,
                                GListModel *sections)
{
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (store));
  guint n_new = g_list_model_get_n_items (sections);
  guint head = 0;
  guint tail = 0;
  g_autoptr(GPtrArray) added = NULL;

  while (head < n_old && head < n_new)
    {
      g_autoptr(AccordSection) section = g_list_model_get_item (sections, head);
      AccordSectionNode *node = node_at (G_LIST_MODEL (store), head);

      if (!can_take (node, section))
        break;
      take_section (node, section);
      head++;
    }
  while (tail < n_old - head && tail < n_new - head)
    {
      g_autoptr(AccordSection) section = g_list_model_get_item (sections, n_new - 1 - tail);
      AccordSectionNode *node = node_at (G_LIST_MODEL (store), n_old - 1 - tail);

      if (!can_take (node, section))
        break;
      take_section (node, section);
      tail++;
    }

  if (head + tail == n_old && head + tail == n_new)
    return;

  added = g_ptr_array_new_full (n_new - head - tail, g_object_unref);
  for (guint i = head; i < n_new - tail; i++)
    {
      g_autoptr(AccordSection) section = g_list_model_get_item (sections, i);

      g_ptr_array_add (added, accord_section_node_new (section));
    }
  g_list_store_splice (store, head, n_old - head - tail, added->pdata, added->len);
}
