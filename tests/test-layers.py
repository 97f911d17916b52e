#!/usr/bin/env python3
# test-layers.py
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The layers of docs/DESIGN.md, enforced: each folder of src/ may include
# the headers of the folders listed for it, and no GTK below the UI.
# Prints TAP.
#
# Usage: test-layers.py SRC_DIR

import os
import re
import sys

from accord_tap import finish, report

CORE = ['core/util', 'core/json', 'core/model', 'core/markdown', 'core/loader',
        'core/search', 'core/people', 'core/timeline', 'core/export', 'core/writer',
        'core/notes']

# Folder -> the other folders whose headers it may include.
ALLOWED = {
    'core/util': [],
    'core/json': ['core/util'],
    'core/model': ['core/util'],
    'core/markdown': ['core/model', 'core/util'],
    'core/loader': ['core/json', 'core/markdown', 'core/model', 'core/util'],
    'core/search': ['core/model', 'core/util'],
    'core/people': ['core/model', 'core/search', 'core/util'],
    'core/timeline': ['core/model', 'core/util'],
    'core/export': ['core/model', 'core/people', 'core/search', 'core/timeline', 'core/util'],
    'core/writer': ['core/model', 'core/util'],
    # notes: read with the JSON check, written with the export's atomic write
    'core/notes': ['core/export', 'core/json', 'core/model', 'core/util'],
    'cli': CORE,
    # '.': src/accord-application.c and main.c, which the UI sits beside.
    'ui': CORE + ['cli', '.'],
    '.': CORE + ['cli', 'ui'],
}

NO_GTK = CORE + ['cli']


def layer_of(folder):
    """A folder below a listed one (src/ui/pages) is in its layer."""
    best = folder
    for layer in ALLOWED:
        if layer != '.' and (folder == layer or folder.startswith(layer + '/')):
            if best == folder or len(layer) > len(best):
                best = layer
    return best
GTK_INCLUDE = re.compile(r'#include\s*<(gtk/|gdk/|adwaita\.h)')
LOCAL_INCLUDE = re.compile(r'#include\s*"([^"]+)"')


def main(argv):
    if len(argv) != 2:
        sys.stderr.write('usage: test-layers.py SRC_DIR\n')
        return 2
    src = os.path.abspath(argv[1])

    sources = {}
    home = {}
    for dirpath, _, names in os.walk(src):
        folder = layer_of(os.path.relpath(dirpath, src))
        for name in names:
            if name.endswith(('.c', '.h')):
                sources.setdefault(folder, []).append(os.path.join(dirpath, name))
                if name.endswith('.h'):
                    home[name] = folder

    for folder in sorted(sources):
        wrong = []
        for path in sorted(sources[folder]):
            text = open(path, encoding='utf-8').read()
            for header in LOCAL_INCLUDE.findall(text):
                other = home.get(header)
                if other is not None and other != folder and other not in ALLOWED.get(folder, []):
                    wrong.append('%s includes %s (%s)' % (os.path.relpath(path, src), header, other))
            if folder in NO_GTK and GTK_INCLUDE.search(text):
                wrong.append('%s includes GTK' % os.path.relpath(path, src))
        report(not wrong, 'src/%s includes only what its layer allows' % folder,
               '\n'.join(wrong) or None)

    return finish()


if __name__ == '__main__':
    sys.exit(main(sys.argv))
