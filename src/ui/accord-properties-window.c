/* accord-properties-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Properties (Alt+Return): what the briefing says of itself, which the
 * reading pane does not show (its subtitle and summary: a Markdown file's
 * first paragraph, a TimelineJS title slide's text), and where it comes
 * from: its file, format and language, and what it holds.
 */

#define G_LOG_DOMAIN "accord-properties-window"

#include "config.h"

#include <glib/gi18n.h>

#include "accord-briefing.h"
#include "accord-properties-window.h"
#include "accord-readable-label.h"

struct _AccordPropertiesWindow
{
  AdwWindow       parent_instance;

  GtkLabel       *title_label;
  GtkLabel       *subtitle_label;
  GtkLabel       *summary_label;
  AdwActionRow   *file_row;
  AdwActionRow   *format_row;
  AdwActionRow   *language_row;
  AdwActionRow   *contents_row;

  AccordBriefing *briefing;
};

G_DEFINE_FINAL_TYPE (AccordPropertiesWindow, accord_properties_window, ADW_TYPE_WINDOW)

static const char *
format_name (AccordFileFormat format)
{
  switch (format)
    {
    case ACCORD_FILE_FORMAT_MARKDOWN:
      return _("Markdown");
    case ACCORD_FILE_FORMAT_TIMELINEJS:
      return _("TimelineJS timeline");
    case ACCORD_FILE_FORMAT_BRIEFING:
    default:
      return _("Briefing JSON");
    }
}

/* "7 sections, 12 events, 9 people and organizations, 3 sources" */
static char *
describe_contents (AccordBriefing *briefing)
{
  guint sections = g_list_model_get_n_items (accord_briefing_get_all_sections (briefing));
  guint events = g_list_model_get_n_items (accord_briefing_get_events (briefing));
  guint actors = g_list_model_get_n_items (accord_briefing_get_actors (briefing));
  guint sources = g_list_model_get_n_items (accord_briefing_get_sources (briefing));
  g_autofree char *s = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u section", "%u sections", sections), sections);
  g_autofree char *e = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u event", "%u events", events), events);
  g_autofree char *a = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person or organization",
                                                     "%u people and organizations", actors), actors);
  g_autofree char *o = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u source", "%u sources", sources), sources);

  /* Translators: the parts of a briefing, e.g. "7 sections, 12 events,
   * 9 people and organizations, 3 sources" */
  return g_strdup_printf (_("%s, %s, %s, %s"), s, e, a, o);
}

static void
show_briefing (AccordPropertiesWindow *self)
{
  AccordBriefing *briefing = self->briefing;
  GFile *file = accord_briefing_get_file (briefing);
  const char *language = accord_briefing_get_language (briefing);
  g_autofree char *where = NULL;
  g_autofree char *contents = describe_contents (briefing);

  accord_readable_label_set_text (self->title_label, accord_briefing_get_title (briefing));
  accord_readable_label_set_text (self->subtitle_label, accord_briefing_get_subtitle (briefing));
  accord_readable_label_set_text (self->summary_label, accord_briefing_get_summary (briefing));

  if (file != NULL)
    where = g_file_get_parse_name (file);
  adw_action_row_set_subtitle (self->file_row, where != NULL ? where : _("Comes with Accord"));
  adw_action_row_set_subtitle (self->format_row, format_name (accord_briefing_get_file_format (briefing)));
  adw_action_row_set_subtitle (self->language_row, language != NULL ? language : "");
  gtk_widget_set_visible (GTK_WIDGET (self->language_row), language != NULL && language[0] != '\0');
  adw_action_row_set_subtitle (self->contents_row, contents);
}

static void
accord_properties_window_dispose (GObject *object)
{
  AccordPropertiesWindow *self = (AccordPropertiesWindow *)object;

  g_clear_object (&self->briefing);

  G_OBJECT_CLASS (accord_properties_window_parent_class)->dispose (object);
}

static void
accord_properties_window_class_init (AccordPropertiesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = accord_properties_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/accordapp/Accord/ui/accord-properties-window.ui");
  gtk_widget_class_bind_template_child (widget_class, AccordPropertiesWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, AccordPropertiesWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, AccordPropertiesWindow, summary_label);
  gtk_widget_class_bind_template_child (widget_class, AccordPropertiesWindow, file_row);
  gtk_widget_class_bind_template_child (widget_class, AccordPropertiesWindow, format_row);
  gtk_widget_class_bind_template_child (widget_class, AccordPropertiesWindow, language_row);
  gtk_widget_class_bind_template_child (widget_class, AccordPropertiesWindow, contents_row);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

/* Its labels are plain, not made selectable without a Tab stop as the
 * reading pane's are (accord_readable_label_setup()): so made, in GTK 4.8
 * they left this window on AT-SPI as a "filler" never showing, which a
 * screen reader does not read (test-a11y, page 11). */
static void
accord_properties_window_init (AccordPropertiesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * accord_properties_window_new:
 * @parent: the window it belongs to
 * @briefing: the briefing it describes
 */
AccordPropertiesWindow *
accord_properties_window_new (GtkWindow      *parent,
                              AccordBriefing *briefing)
{
  AccordPropertiesWindow *self;

  g_return_val_if_fail (ACCORD_IS_BRIEFING (briefing), NULL);

  self = g_object_new (ACCORD_TYPE_PROPERTIES_WINDOW,
                       "transient-for", parent,
                       NULL);
  self->briefing = g_object_ref (briefing);
  show_briefing (self);

  return self;
}

AccordBriefing *
accord_properties_window_get_briefing (AccordPropertiesWindow *self)
{
  g_return_val_if_fail (ACCORD_IS_PROPERTIES_WINDOW (self), NULL);

  return self->briefing;
}
