/* accord-history.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A list of places and a cursor.  Visiting a place drops what was ahead
 * of the cursor (as a browser does after going back); visiting the place
 * already current changes nothing, so a place shown again by its own
 * signal (a selection echoed back) does not stack up.  The oldest places
 * go first past max_places.
 */

#define G_LOG_DOMAIN "accord-history"

#include "config.h"

#include "accord-history.h"

typedef struct
{
  char *kind;
  char *key;
} Place;

struct _AccordHistory
{
  GObject parent_instance;

  GArray *places;   /* Place */
  guint current;    /* index in places; meaningless when empty */
  guint max_places;
};

G_DEFINE_FINAL_TYPE (AccordHistory, accord_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_GO_BACK,
  PROP_CAN_GO_FORWARD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
place_clear (gpointer data)
{
  Place *place = data;

  g_free (place->kind);
  g_free (place->key);
}

static void
notify_moves (AccordHistory *self,
              gboolean       could_go_back,
              gboolean       could_go_forward)
{
  if (could_go_back != accord_history_can_go_back (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_GO_BACK]);
  if (could_go_forward != accord_history_can_go_forward (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_GO_FORWARD]);
}

static void
accord_history_finalize (GObject *object)
{
  AccordHistory *self = (AccordHistory *)object;

  g_clear_pointer (&self->places, g_array_unref);

  G_OBJECT_CLASS (accord_history_parent_class)->finalize (object);
}

static void
accord_history_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  AccordHistory *self = ACCORD_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAN_GO_BACK:
      g_value_set_boolean (value, accord_history_can_go_back (self));
      break;
    case PROP_CAN_GO_FORWARD:
      g_value_set_boolean (value, accord_history_can_go_forward (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_history_class_init (AccordHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = accord_history_finalize;
  object_class->get_property = accord_history_get_property;

  properties[PROP_CAN_GO_BACK] =
    g_param_spec_boolean ("can-go-back", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_GO_FORWARD] =
    g_param_spec_boolean ("can-go-forward", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
accord_history_init (AccordHistory *self)
{
  self->places = g_array_new (FALSE, TRUE, sizeof (Place));
  g_array_set_clear_func (self->places, place_clear);
}

/**
 * accord_history_new:
 * @max_places: how many places to keep (at least 2)
 */
AccordHistory *
accord_history_new (guint max_places)
{
  AccordHistory *self = g_object_new (ACCORD_TYPE_HISTORY, NULL);

  self->max_places = MAX (max_places, 2);
  return self;
}

/**
 * accord_history_visit:
 *
 * The reader opened @kind @key (not by going back or forward).
 */
void
accord_history_visit (AccordHistory *self,
                      const char    *kind,
                      const char    *key)
{
  gboolean could_go_back, could_go_forward;
  Place place;

  g_return_if_fail (ACCORD_IS_HISTORY (self));
  g_return_if_fail (kind != NULL && key != NULL);

  if (self->places->len > 0)
    {
      Place *current = &g_array_index (self->places, Place, self->current);

      if (g_str_equal (current->kind, kind) && g_str_equal (current->key, key))
        return;
    }

  could_go_back = accord_history_can_go_back (self);
  could_go_forward = accord_history_can_go_forward (self);

  if (self->places->len > 0)
    g_array_set_size (self->places, self->current + 1);
  if (self->places->len >= self->max_places)
    g_array_remove_index (self->places, 0);

  place.kind = g_strdup (kind);
  place.key = g_strdup (key);
  g_array_append_val (self->places, place);
  self->current = self->places->len - 1;

  notify_moves (self, could_go_back, could_go_forward);
}

static gboolean
get_place (AccordHistory  *self,
           const char    **kind,
           const char    **key)
{
  Place *place;

  if (self->places->len == 0)
    return FALSE;

  place = &g_array_index (self->places, Place, self->current);
  if (kind != NULL)
    *kind = place->kind;
  if (key != NULL)
    *key = place->key;
  return TRUE;
}

/**
 * accord_history_get_current:
 * @kind: (out) (optional) (transfer none):
 * @key: (out) (optional) (transfer none):
 *
 * Returns: whether there is a current place
 */
gboolean
accord_history_get_current (AccordHistory  *self,
                            const char    **kind,
                            const char    **key)
{
  g_return_val_if_fail (ACCORD_IS_HISTORY (self), FALSE);

  return get_place (self, kind, key);
}

gboolean
accord_history_can_go_back (AccordHistory *self)
{
  g_return_val_if_fail (ACCORD_IS_HISTORY (self), FALSE);

  return self->places->len > 0 && self->current > 0;
}

gboolean
accord_history_can_go_forward (AccordHistory *self)
{
  g_return_val_if_fail (ACCORD_IS_HISTORY (self), FALSE);

  return self->places->len > 0 && self->current + 1 < self->places->len;
}

static gboolean
move (AccordHistory  *self,
      int             step,
      const char    **kind,
      const char    **key)
{
  gboolean could_go_back = accord_history_can_go_back (self);
  gboolean could_go_forward = accord_history_can_go_forward (self);

  if (step < 0 ? !could_go_back : !could_go_forward)
    return FALSE;

  self->current += step;
  notify_moves (self, could_go_back, could_go_forward);
  return get_place (self, kind, key);
}

/**
 * accord_history_go_back:
 * @kind: (out) (optional) (transfer none): the place now current
 * @key: (out) (optional) (transfer none):
 *
 * Returns: whether there was a place to go back to
 */
gboolean
accord_history_go_back (AccordHistory  *self,
                        const char    **kind,
                        const char    **key)
{
  g_return_val_if_fail (ACCORD_IS_HISTORY (self), FALSE);

  return move (self, -1, kind, key);
}

gboolean
accord_history_go_forward (AccordHistory  *self,
                           const char    **kind,
                           const char    **key)
{
  g_return_val_if_fail (ACCORD_IS_HISTORY (self), FALSE);

  return move (self, 1, kind, key);
}

/**
 * accord_history_forget_current:
 *
 * Drops the current place (one that no longer exists, as after a reload
 * removed it); the cursor moves to the place before it, or after it.
 */
void
accord_history_forget_current (AccordHistory *self)
{
  gboolean could_go_back, could_go_forward;

  g_return_if_fail (ACCORD_IS_HISTORY (self));

  if (self->places->len == 0)
    return;

  could_go_back = accord_history_can_go_back (self);
  could_go_forward = accord_history_can_go_forward (self);
  g_array_remove_index (self->places, self->current);
  if (self->current > 0)
    self->current--;
  notify_moves (self, could_go_back, could_go_forward);
}

guint
accord_history_get_n_places (AccordHistory *self)
{
  g_return_val_if_fail (ACCORD_IS_HISTORY (self), 0);

  return self->places->len;
}
