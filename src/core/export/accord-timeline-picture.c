/* accord-timeline-picture.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The timeline as a picture, for SVG, PNG, PDF and the figure of the
 * briefing PDF: the object, its text, and its files rendered in memory.
 * accord-timeline-picture-draw.c draws it.
 */

#define G_LOG_DOMAIN "accord-timeline-picture"

#include "config.h"

#include <glib/gi18n.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <math.h>
#include <string.h>

#include "accord-briefing.h"
#include "accord-date.h"
#include "accord-era.h"
#include "accord-event.h"
#include "accord-export.h"
#include "accord-group.h"
#include "accord-text-clean.h"
#include "accord-timeline-picture-private.h"

/* Titles are one line, and no layout needs more than this. */
#define MAX_TEXT_CHARS 300
/* A PNG at 2× of a picture taller than this is refused, not allocated. */
#define MAX_PIXELS (64 * 1024 * 1024)
#define CLEAN (ACCORD_TEXT_CLEAN_ONE_LINE | ACCORD_TEXT_CLEAN_STRIP | ACCORD_TEXT_CLEAN_REPLACE_NONCHARACTERS)

G_DEFINE_FINAL_TYPE (AccordTimelinePicture, accord_timeline_picture, G_TYPE_OBJECT)

static void
accord_timeline_picture_finalize (GObject *object)
{
  AccordTimelinePicture *self = (AccordTimelinePicture *)object;

  g_clear_object (&self->events);
  g_clear_object (&self->layout);
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_object (&self->eras);
  g_clear_object (&self->context);
  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (accord_timeline_picture_parent_class)->finalize (object);
}

static void
accord_timeline_picture_class_init (AccordTimelinePictureClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = accord_timeline_picture_finalize;
}

static void
accord_timeline_picture_init (AccordTimelinePicture *self)
{
}

char *
_accord_timeline_picture_clean_line (const char *text)
{
  g_autofree char *clean = accord_text_clean (text != NULL ? text : "", CLEAN);

  if (g_utf8_strlen (clean, -1) <= MAX_TEXT_CHARS)
    return g_steal_pointer (&clean);

  return g_utf8_substring (clean, 0, MAX_TEXT_CHARS);
}

static void
unref_group (gpointer group)
{
  /* A group no event names leaves a hole. */
  if (group != NULL)
    g_object_unref (group);
}

/* The groups the events name, by their index in the briefing's groups,
 * which is the rows' order.  A group no event names has no row, and no
 * place in the legend.  Every group is there: the picture shows the
 * hidden ones too, as the whole briefing is what it documents. */
static GPtrArray *
collect_groups (GListModel *events)
{
  GPtrArray *groups = g_ptr_array_new_with_free_func (unref_group);
  guint n = g_list_model_get_n_items (events);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AccordEvent) event = g_list_model_get_item (events, i);
      AccordGroup *group = accord_event_get_group (event);
      guint index;

      if (group == NULL)
        continue;
      index = accord_group_get_index (group);
      if (index >= groups->len)
        g_ptr_array_set_size (groups, index + 1);
      if (g_ptr_array_index (groups, index) == NULL)
        g_ptr_array_index (groups, index) = g_object_ref (group);
    }

  return groups;
}

/* Rows are titled, and there is a legend, once any event is in a group:
 * as on screen, a timeline without groups looks as it always did. */
gboolean
_accord_timeline_picture_has_groups (AccordTimelinePicture *self)
{
  for (guint i = 0; i < self->groups->len; i++)
    if (g_ptr_array_index (self->groups, i) != NULL)
      return TRUE;

  return FALSE;
}

/* @number as AccordTimelineRow.group: from 1; 0 (no group) gives %NULL. */
AccordGroup *
_accord_timeline_picture_get_group (AccordTimelinePicture *self,
                                    guint                  number)
{
  if (number == 0 || number > self->groups->len)
    return NULL;

  return g_ptr_array_index (self->groups, number - 1);
}

/**
 * accord_timeline_picture_new:
 * @timeline_events: the briefing's events in timeline order
 *   (accord_briefing_get_timeline()); their groups
 *   (accord_event_get_group()) give the rows their titles and colours
 * @title: (nullable): shown at the top; untrusted text is fine
 * @language: (nullable): the briefing's language, for the fonts' choice
 */
AccordTimelinePicture *
accord_timeline_picture_new (GListModel *timeline_events,
                             const char *title,
                             const char *language)
{
  AccordTimelinePicture *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (timeline_events), NULL);

  self = g_object_new (ACCORD_TYPE_TIMELINE_PICTURE, NULL);
  self->events = g_object_ref (timeline_events);
  self->layout = accord_timeline_layout_new ();
  accord_timeline_layout_set_events (self->layout, timeline_events);
  self->groups = collect_groups (timeline_events);
  self->context = _accord_timeline_picture_make_context (language);
  self->title = _accord_timeline_picture_clean_line (title);

  return self;
}

/**
 * accord_timeline_picture_set_eras:
 * @eras: (nullable): #AccordEra, as accord_briefing_get_eras() gives them
 *
 * Draws the eras as titled bands behind the events, as the view does.
 */
void
accord_timeline_picture_set_eras (AccordTimelinePicture *self,
                                  GListModel            *eras)
{
  g_return_if_fail (ACCORD_IS_TIMELINE_PICTURE (self));
  g_return_if_fail (eras == NULL || G_IS_LIST_MODEL (eras));

  g_set_object (&self->eras, eras);
  accord_timeline_layout_set_eras (self->layout, eras);
}

/**
 * accord_timeline_picture_set_range:
 *
 * Shows the days from @start_day to @end_day (as the view's range)
 * instead of the whole extent of the events.
 */
void
accord_timeline_picture_set_range (AccordTimelinePicture *self,
                                   double                 start_day,
                                   double                 end_day)
{
  g_return_if_fail (ACCORD_IS_TIMELINE_PICTURE (self));
  g_return_if_fail (end_day - start_day >= ACCORD_TIMELINE_MIN_SPAN_DAYS / 2);

  self->have_range = TRUE;
  self->start_day = start_day;
  self->end_day = MIN (end_day, start_day + ACCORD_TIMELINE_MAX_SPAN_DAYS);
}

/**
 * accord_timeline_picture_set_compact:
 *
 * Without a title or margins and in smaller type: a figure for a page.
 */
void
accord_timeline_picture_set_compact (AccordTimelinePicture *self,
                                     gboolean               compact)
{
  g_return_if_fail (ACCORD_IS_TIMELINE_PICTURE (self));

  self->compact = compact;
}

/**
 * accord_timeline_picture_set_max_height:
 * @max_height: in px (points), or 0 for no limit
 *
 * Stacks fewer lanes in each group's row, so that the picture fits in
 * @max_height: a figure on a page.  Only rows and titles that do not fit
 * even with one lane each go past it.
 */
void
accord_timeline_picture_set_max_height (AccordTimelinePicture *self,
                                        double                 max_height)
{
  g_return_if_fail (ACCORD_IS_TIMELINE_PICTURE (self));
  g_return_if_fail (max_height >= 0);

  self->max_height = max_height;
}

guint
accord_timeline_picture_get_n_events (AccordTimelinePicture *self)
{
  g_return_val_if_fail (ACCORD_IS_TIMELINE_PICTURE (self), 0);

  return accord_timeline_layout_get_n_events (self->layout);
}

/**
 * accord_timeline_picture_get_height:
 *
 * Returns: the height the picture needs at @width (both in px at 1×, or
 *   points)
 */
double
accord_timeline_picture_get_height (AccordTimelinePicture *self,
                                    double                 width)
{
  g_return_val_if_fail (ACCORD_IS_TIMELINE_PICTURE (self), 0);

  return _accord_timeline_picture_measure (self, width);
}

/**
 * accord_timeline_picture_draw:
 *
 * Draws the picture with its top left corner at the origin of @cr, on
 * whatever is there (a white page, or accord_timeline_picture_to_bytes()'s
 * white background).
 */
void
accord_timeline_picture_draw (AccordTimelinePicture *self,
                              cairo_t               *cr,
                              double                 width)
{
  g_return_if_fail (ACCORD_IS_TIMELINE_PICTURE (self));
  g_return_if_fail (cr != NULL);

  _accord_timeline_picture_render (self, cr, width, NULL);
}

gboolean
accord_timeline_picture_format_from_string (const char                  *text,
                                            AccordTimelinePictureFormat *format)
{
  if (g_strcmp0 (text, "svg") == 0)
    *format = ACCORD_TIMELINE_PICTURE_SVG;
  else if (g_strcmp0 (text, "png") == 0)
    *format = ACCORD_TIMELINE_PICTURE_PNG;
  else if (g_strcmp0 (text, "pdf") == 0)
    *format = ACCORD_TIMELINE_PICTURE_PDF;
  else
    return FALSE;

  return TRUE;
}

const char *
accord_timeline_picture_format_get_extension (AccordTimelinePictureFormat format)
{
  static const char *extensions[] = { "svg", "png", "pdf" };

  g_return_val_if_fail (format <= ACCORD_TIMELINE_PICTURE_PDF, NULL);

  return extensions[format];
}

static cairo_status_t
append_to_array (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/**
 * accord_timeline_picture_describe:
 * @max_lines: list at most this many events
 *
 * The picture in words, for those who cannot see it: one line per event
 * it shows, "date — title", in timeline order, and a last line saying how
 * many more there are beyond @max_lines.  With groups, an event in one
 * says which: "date — title (group)", as its row does in the picture.
 *
 * Returns: (transfer full) (element-type utf8): the lines
 */
GPtrArray *
accord_timeline_picture_describe (AccordTimelinePicture *self,
                                  guint                  max_lines)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  guint n = g_list_model_get_n_items (self->events);
  guint more = 0;

  g_return_val_if_fail (ACCORD_IS_TIMELINE_PICTURE (self), lines);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AccordEvent) event = g_list_model_get_item (self->events, i);
      g_autofree char *date = NULL;
      g_autofree char *title = NULL;
      AccordGroup *group;

      if (self->have_range &&
          (accord_event_get_last_day (event) < self->start_day ||
           accord_event_get_first_day (event) >= self->end_day))
        continue;
      if (lines->len >= max_lines)
        {
          more++;
          continue;
        }

      date = accord_event_format_date (event);
      title = _accord_timeline_picture_clean_line (accord_event_get_title (event));
      group = accord_event_get_group (event);
      if (group != NULL)
        {
          g_autofree char *name = _accord_timeline_picture_clean_line (accord_group_get_title (group));

          /* Translators: an event in the text of an exported timeline: its date, its title and its group */
          g_ptr_array_add (lines, g_strdup_printf (_("%s — %s (%s)"), date, title, name));
        }
      else
        /* Translators: an event in the text of an exported timeline: its date and its title */
        g_ptr_array_add (lines, g_strdup_printf (_("%s — %s"), date, title));
    }

  if (more > 0)
    g_ptr_array_add (lines, g_strdup_printf (ngettext ("and %u more event", "and %u more events", more), more));

  return lines;
}

/* cairo's SVG draws glyphs as shapes: a title and a description listing
 * the events make the picture's text readable and searchable, and give it
 * an accessible name. */
static GBytes *
add_svg_text (AccordTimelinePicture *self,
              GByteArray            *svg)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GPtrArray) lines = accord_timeline_picture_describe (self, G_MAXUINT);
  g_autofree char *title = g_markup_escape_text (self->title, -1);
  const char *start, *root, *end;

  g_byte_array_append (svg, (const guint8 *) "", 1);
  start = (const char *) svg->data;
  root = strstr (start, "<svg");
  end = root != NULL ? strchr (root, '>') : NULL;
  if (end == NULL)
    return NULL;

  g_string_append_len (text, start, end + 1 - start);
  g_string_append_printf (text, "\n<title>%s</title>\n<desc>", title);
  for (guint i = 0; i < lines->len; i++)
    {
      g_autofree char *line = g_markup_escape_text (g_ptr_array_index (lines, i), -1);

      g_string_append_printf (text, "%s%s", i > 0 ? "\n" : "", line);
    }
  g_string_append (text, "</desc>");
  g_string_append (text, end + 1);

  return g_string_free_to_bytes (g_steal_pointer (&text));
}

/**
 * accord_timeline_picture_suggest_filename:
 *
 * The export's file name with " — Timeline" and the format's extension:
 * "Canada–Korea defence agreement — Timeline.svg".
 */
char *
accord_timeline_picture_suggest_filename (AccordBriefing              *briefing,
                                          AccordTimelinePictureFormat  format)
{
  g_autofree char *base = NULL;
  const char *dot;

  g_return_val_if_fail (ACCORD_IS_BRIEFING (briefing), NULL);

  base = accord_export_suggest_filename (briefing, NULL, ACCORD_EXPORT_FORMAT_TEXT);
  dot = strrchr (base, '.');
  /* Translators: the file name of an exported timeline: the briefing's file name (without extension), then this */
  return g_strdup_printf (_("%.*s — Timeline.%s"), (int) (dot != NULL ? dot - base : (int) strlen (base)),
                          base, accord_timeline_picture_format_get_extension (format));
}

/**
 * accord_timeline_picture_to_bytes:
 * @width: in px (points for PDF) at 1×
 * @scale: for PNG, 1 or 2 (pixels per px); ignored otherwise
 *
 * Renders the picture in memory, on white, so that nothing is written
 * until it is complete (accord_export_write() writes it atomically).
 */
GBytes *
accord_timeline_picture_to_bytes (AccordTimelinePicture        *self,
                                  AccordTimelinePictureFormat   format,
                                  double                        width,
                                  double                        scale,
                                  GError                      **error)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  g_autoptr(GPtrArray) caption = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  double height;

  g_return_val_if_fail (ACCORD_IS_TIMELINE_PICTURE (self), NULL);
  g_return_val_if_fail (width >= 72 && width <= 20000, NULL);
  g_return_val_if_fail (scale >= 1 && scale <= 4, NULL);

  height = ceil (accord_timeline_picture_get_height (self, width));

  switch (format)
    {
    case ACCORD_TIMELINE_PICTURE_SVG:
      surface = cairo_svg_surface_create_for_stream (append_to_array, data, width, height);
      break;

    case ACCORD_TIMELINE_PICTURE_PDF:
      /* Tagged, with the events listed under the picture as its text
       * alternative, as in the briefing PDF. */
      caption = accord_timeline_picture_describe (self, 200);
      height += caption->len * ACCORD_TIMELINE_PICTURE_CAPTION_LINE + 12;
      surface = cairo_pdf_surface_create_for_stream (append_to_array, data, width, height);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, self->title);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Accord");
      break;

    case ACCORD_TIMELINE_PICTURE_PNG:
      if (ceil (width * scale) * ceil (height * scale) > MAX_PIXELS)
        {
          g_set_error (error, ACCORD_ERROR, ACCORD_ERROR_EXPORT,
                       _("The timeline is too large for a PNG picture"));
          return NULL;
        }
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (width * scale),
                                            (int) ceil (height * scale));
      break;

    default:
      g_return_val_if_reached (NULL);
    }

  cr = cairo_create (surface);
  if (format == ACCORD_TIMELINE_PICTURE_PNG)
    cairo_scale (cr, scale, scale);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  _accord_timeline_picture_render (self, cr, width, caption);
  status = cairo_status (cr);
  cairo_destroy (cr);

  if (status == CAIRO_STATUS_SUCCESS && format == ACCORD_TIMELINE_PICTURE_PNG)
    status = cairo_surface_write_to_png_stream (surface, append_to_array, data);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, ACCORD_ERROR, ACCORD_ERROR_EXPORT,
                   _("Could not draw the timeline: %s"), cairo_status_to_string (status));
      return NULL;
    }

  if (format == ACCORD_TIMELINE_PICTURE_SVG)
    {
      GBytes *svg = add_svg_text (self, data);

      if (svg == NULL)
        g_set_error (error, ACCORD_ERROR, ACCORD_ERROR_EXPORT,
                     _("Could not draw the timeline: %s"), "SVG");
      return svg;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}
