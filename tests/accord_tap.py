# accord_tap.py
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# What the Python tests share: the environment the program runs in, and
# the TAP they print.

import os
import pwd
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


# Where a person would be refused, root is not: the permission cases run
# as this user instead.
UNPRIVILEGED_USER = 'nobody'


def unprivileged():
    """Returns (uid, gid, preexec) to run a child as an unprivileged user
    when the tests run as root, or None when they do not.  Raises KeyError
    if the user does not exist."""
    if os.geteuid() != 0:
        return None
    user = pwd.getpwnam(UNPRIVILEGED_USER)

    def drop():
        os.setgroups([])
        os.setresgid(user.pw_gid, user.pw_gid, user.pw_gid)
        os.setresuid(user.pw_uid, user.pw_uid, user.pw_uid)

    return user.pw_uid, user.pw_gid, drop


def finish():
    """Prints the results as TAP; returns the exit status.  A failure
    marked TODO is a known bug, reported and not counted.  With
    ACCORD_TEST_NO_SKIP set (CI sets it), a skipped check fails."""
    no_skip = bool(os.environ.get('ACCORD_TEST_NO_SKIP'))
    results[:] = [(False, name, 'skipped, and ACCORD_TEST_NO_SKIP is set: ' + directive[5:],
                   None)
                  if no_skip and (directive or '').upper().startswith('SKIP')
                  else (ok, name, diagnostic, directive)
                  for ok, name, diagnostic, directive in results]
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
