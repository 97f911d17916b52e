/* accord-error-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Why a briefing could not be opened, and the ways on from there: open
 * another briefing or the bundled one (win.open, win.open-bundled).
 */

#define G_LOG_DOMAIN "accord-error-page"

#include "config.h"

#include <glib/gi18n.h>

#include "accord-accessible.h"
#include "accord-error-page.h"
#include "accord-menu-button.h"
#include "accord-readable-label.h"

struct _AccordErrorPage
{
  GtkWidget      parent_instance;

  GtkLabel      *message_label;
  GtkMenuButton *menu_button;
  GtkButton     *bundled_button;
  GtkButton     *open_button;

  GMenuModel    *menu_model;
};

G_DEFINE_FINAL_TYPE (AccordErrorPage, accord_error_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_MENU_MODEL,
  PROP_MESSAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
accord_error_page_grab_focus (GtkWidget *widget)
{
  AccordErrorPage *self = ACCORD_ERROR_PAGE (widget);

  /* The way on is the first thing a keyboard user reaches. */
  return gtk_widget_grab_focus (GTK_WIDGET (self->open_button));
}

static void
accord_error_page_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), ACCORD_TYPE_ERROR_PAGE);
  /* The template's root has no id, so it is not unparented for us. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&ACCORD_ERROR_PAGE (object)->menu_model);

  G_OBJECT_CLASS (accord_error_page_parent_class)->dispose (object);
}

static void
accord_error_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  AccordErrorPage *self = ACCORD_ERROR_PAGE (object);

  switch (prop_id)
    {
    case PROP_MENU_MODEL:
      g_value_set_object (value, self->menu_model);
      break;
    case PROP_MESSAGE:
      g_value_set_string (value, accord_error_page_get_message (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_error_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  AccordErrorPage *self = ACCORD_ERROR_PAGE (object);

  switch (prop_id)
    {
    case PROP_MENU_MODEL:
      g_set_object (&self->menu_model, g_value_get_object (value));
      accord_menu_button_set_menu_on_demand (self->menu_button, self->menu_model);
      break;
    case PROP_MESSAGE:
      accord_error_page_set_message (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
accord_error_page_class_init (AccordErrorPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = accord_error_page_dispose;
  object_class->get_property = accord_error_page_get_property;
  object_class->set_property = accord_error_page_set_property;
  widget_class->grab_focus = accord_error_page_grab_focus;

  properties[PROP_MENU_MODEL] =
    g_param_spec_object ("menu-model", NULL, NULL,
                         G_TYPE_MENU_MODEL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AccordErrorPage:message:
   *
   * Plain text: it may quote the file, so it never goes through markup.
   */
  properties[PROP_MESSAGE] =
    g_param_spec_string ("message", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/accordapp/Accord/ui/accord-error-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AccordErrorPage, bundled_button);
  gtk_widget_class_bind_template_child (widget_class, AccordErrorPage, menu_button);
  gtk_widget_class_bind_template_child (widget_class, AccordErrorPage, message_label);
  gtk_widget_class_bind_template_child (widget_class, AccordErrorPage, open_button);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
accord_error_page_init (AccordErrorPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  accord_readable_label_setup (self->message_label);
  accord_accessible_name_from_text (GTK_WIDGET (self->open_button));
  accord_accessible_name_from_text (GTK_WIDGET (self->bundled_button));
  accord_accessible_name_scrolled_windows (GTK_WIDGET (self), _("This Briefing Could Not Be Opened"));
}

GtkWidget *
accord_error_page_new (GMenuModel *menu_model)
{
  return g_object_new (ACCORD_TYPE_ERROR_PAGE,
                       "menu-model", menu_model,
                       NULL);
}

const char *
accord_error_page_get_message (AccordErrorPage *self)
{
  g_return_val_if_fail (ACCORD_IS_ERROR_PAGE (self), NULL);

  return gtk_label_get_text (self->message_label);
}

void
accord_error_page_set_message (AccordErrorPage *self,
                               const char      *message)
{
  g_return_if_fail (ACCORD_IS_ERROR_PAGE (self));

  if (g_strcmp0 (message, gtk_label_get_text (self->message_label)) == 0)
    return;

  gtk_label_set_text (self->message_label, message ? message : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MESSAGE]);
}
