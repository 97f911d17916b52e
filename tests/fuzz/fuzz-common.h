/* fuzz-common.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What every fuzz target shares: the entry points libFuzzer (or driver.c)
 * calls, and the oracles beyond "it did not crash".
 */

#pragma once

#include <glib.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

G_BEGIN_DECLS

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);
int LLVMFuzzerInitialize   (int           *argc,
                            char        ***argv);

/* GLib ends a fatal message with SIGTRAP, which libFuzzer does not catch:
 * the input would be lost.  abort() is a crash it records. */
static inline void
fuzz_log_handler (const char     *log_domain,
                  GLogLevelFlags  log_level,
                  const char     *message,
                  gpointer        user_data)
{
  /* The default handler would itself raise SIGTRAP on a fatal message. */
  if ((log_level & (G_LOG_FLAG_FATAL | G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL |
                    G_LOG_LEVEL_WARNING)) == 0)
    {
      g_log_default_handler (log_domain, log_level, message, user_data);
      return;
    }

  fprintf (stderr, "%s-%s: %s\n",
           log_domain != NULL ? log_domain : "(unknown)",
           (log_level & G_LOG_LEVEL_ERROR) ? "ERROR" :
           (log_level & G_LOG_LEVEL_CRITICAL) ? "CRITICAL" : "WARNING",
           message);
  abort ();
}

/* A warning or critical is a bug the fuzzer found, as in the GTest suites.
 * GSlice hides leaks and use-after-free from the sanitizers unless it
 * hands out plain malloc. */
static inline void
fuzz_init (void)
{
  g_setenv ("G_SLICE", "always-malloc", FALSE);
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  g_log_set_default_handler (fuzz_log_handler, NULL);
}

/* The model promises plain UTF-8 text: anything else reaching a getter
 * would reach Pango and the exporters. */
static inline void
fuzz_check_text (const char *text)
{
  if (text != NULL && !g_utf8_validate (text, -1, NULL))
    g_error ("invalid UTF-8 escaped the core: \"%s\"", text);
}

static inline void
fuzz_check_required_text (const char *text)
{
  if (text == NULL)
    g_error ("a required text is NULL");
  fuzz_check_text (text);
}

static inline void
fuzz_check_strv (const char * const *strv)
{
  for (gsize i = 0; strv != NULL && strv[i] != NULL; i++)
    fuzz_check_text (strv[i]);
}

/* A NUL-terminated copy: the APIs under test take C strings. */
static inline char *
fuzz_dup_string (const uint8_t *data,
                 size_t         size)
{
  return g_strndup ((const char *) data, size);
}

G_END_DECLS
