# accord_tap.py
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# What the Python tests share: the environment the program runs in, and
# the TAP they print.

import os
import sys

results = []


def report(ok, name, diagnostic=None, directive=None):
    results.append((ok, name, diagnostic, directive))


def environment():
    env = dict(os.environ)
    # Messages in English and in UTF-8, whatever the caller's locale; and
    # no display: everything the tests run must work without one.
    env['LC_ALL'] = 'C.UTF-8'
    env['LANG'] = 'C.UTF-8'
    env['LANGUAGE'] = ''
    env['GSETTINGS_BACKEND'] = 'memory'
    env.pop('DISPLAY', None)
    env.pop('WAYLAND_DISPLAY', None)
    return env


def finish():
    """Prints the results as TAP; returns the exit status.  A failure
    marked TODO is a known bug, reported and not counted."""
    print('1..%d' % len(results))
    for number, (ok, name, diagnostic, directive) in enumerate(results, 1):
        line = '%s %d - %s' % ('ok' if ok else 'not ok', number, name)
        if directive:
            line += ' # ' + directive
        print(line)
        if diagnostic:
            for diagnostic_line in diagnostic.splitlines():
                print('# ' + diagnostic_line)
    sys.stdout.flush()

    return 0 if all(ok or (directive or '').startswith('TODO')
                    for ok, _, _, directive in results) else 1
