#!/usr/bin/env python3
# test-cli-notes.py
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The reader's notes from the command line, as a user runs it without a
# display: --list-notes, --export with --notes and --notes-only, a damaged
# or newer notes file kept aside and never written over; and a notes file
# being saved killed with SIGKILL at each of its system calls, which must
# leave the previous file intact or the new one complete.  Prints TAP.
#
# Usage: test-cli-notes.py ACCORD NOTES_WRITER

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

from accord_tap import environment, finish, report

TIMEOUT_SECONDS = 120
BRIEFING_ID = 'canada-korea-2026'
PASSAGE = 'setting the legal framework'


def check(name, condition, what):
    report(bool(condition), name, None if condition else repr(what))


def run(args, data_home):
    env = environment()
    env['XDG_DATA_HOME'] = data_home
    proc = subprocess.run(args, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, timeout=TIMEOUT_SECONDS)
    return proc.returncode, proc.stdout.decode('utf-8', 'replace'), proc.stderr.decode('utf-8', 'replace')


def notes_path(data_home):
    """The documented key: the briefing's id and 16 hex digits of the
    SHA-256 of its URI, or of "bundled"."""
    digest = hashlib.sha256(b'bundled').hexdigest()[:16]
    return os.path.join(data_home, 'accord', 'notes', '%s-%s.json' % (BRIEFING_ID, digest))


def note(nid, colour, target, body=None, detached=False):
    n = {'id': nid, 'created': '2026-12-06T10:00:00Z', 'modified': '2026-12-06T10:00:00Z',
         'colour': colour, 'target': target}
    if body is not None:
        n['body'] = body
    if detached:
        n['detached'] = True
    return n


NOTES = {
    'format': 'accord-notes', 'version': 1,
    'notes': [
        # Out of document order in the file: listed in document order.
        note('c', 'blue', {'section': 'pillar-2'}, 'On the whole\tsection'),
        note('a', 'green', {'section': 'signing', 'field': 'body', 'index': 0,
                            'selector': {'exact': PASSAGE, 'prefix': '', 'suffix': '',
                                         'start': 0, 'end': 0}},
             'Check the date.'),
        note('b', 'pink', {'section': 'pillar-1', 'field': 'body', 'index': 0,
                           'selector': {'exact': 'words no longer there', 'start': 0, 'end': 5}}),
    ],
}


def write_notes(data_home, data):
    path = notes_path(data_home)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', encoding='utf-8') as f:
        f.write(data if isinstance(data, str) else json.dumps(data))
    return path


def test_list_and_export(accord, tmp):
    home = os.path.join(tmp, 'list')
    write_notes(home, NOTES)

    status, out, err = run([accord, '--list-notes'], home)
    expected = ('The signing and the joint statement\t%s\tCheck the date.\n'
                'Pillar 1 — International peace and security\twords no longer there\t (no longer in the briefing)\n'
                'Pillar 2 — A free, open and secure Indo-Pacific\t\tOn the whole section\n') % PASSAGE
    check('--list-notes: section, quoted text, note, in document order; tabs in a note become spaces',
          status == 0 and out == expected and err == '', (status, out, err))

    status, out, err = run([accord, '--export=txt', '--notes', '--output=-'], home)
    check('--export=txt --notes: the passage is followed by its number',
          status == 0 and (PASSAGE + '[1] for a deepened') in out.replace('\n', ' '), (status, out[:3000], err))
    check('--export=txt --notes: the note follows its paragraph, with its colour',
          '- [1] Green: “%s”\n  Check the date.\n' % PASSAGE in out, out[:4000])
    check('--export=txt --notes: a passage no longer there is said so, under its section',
          '- [2] Pink: “words no longer there” (no longer in the briefing)' in out, out)
    check('--export=txt --notes: a note on a whole section',
          '- [3] Blue: note on the section\n  On the whole section' in out, out)

    status, plain, err = run([accord, '--export=txt', '--output=-'], home)
    check('--export=txt without --notes has no notes',
          status == 0 and '[1]' not in plain and 'Check the date' not in plain, plain[:2000])

    status, out, err = run([accord, '--export=md', '--notes-only', '--output=-'], home)
    check('--export=md --notes-only: a reading memo of the sections with notes',
          status == 0 and out.startswith('# Canada–Korea defence agreement\n\n*Reading notes*\n\n'
                                         '## The signing and the joint statement\n\n'
                                         '> “%s”\n>\n> — \\[1\\] Green, 2026-12-06\\\n> *Check the date.*\n' % PASSAGE)
          and 'Pillar 3' not in out, (status, out, err))

    status, out, err = run([accord, '--notes'], home)
    check('--notes without --export: exit 2', status == 2 and 'go with --export' in err, (status, err))

    status, out, err = run([accord, '--list-notes'], os.path.join(tmp, 'none'))
    check('--list-notes with no notes file: nothing, exit 0, no file made',
          status == 0 and out == '' and not os.path.exists(os.path.join(tmp, 'none')), (status, out, err))


def test_damaged(accord, tmp):
    for label, contents, message in (
            ('truncated', '{"format":"accord-notes","version":1,"notes":[{"id":"a"', ':1:'),
            ('newer', '{"format":"accord-notes","version":7,"notes":[]}', 'newer version of Accord')):
        home = os.path.join(tmp, label)
        path = write_notes(home, contents)
        status, out, err = run([accord, '--list-notes'], home)
        folder = os.path.dirname(path)
        aside = [n for n in os.listdir(folder) if '.damaged-' in n]
        ok = (status == 0 and out == '' and path in err and message in err
              and len(aside) == 1 and os.path.join(folder, aside[0]) in err
              and open(os.path.join(folder, aside[0]), encoding='utf-8').read() == contents
              and not os.path.exists(path))
        check('a %s notes file is kept aside as NAME.damaged-DATE.json, unchanged, and said so' % label,
              ok, (status, out, err, os.listdir(folder)))


def strace_calls(strace, writer, path, n):
    """The calls of one save, as numbered per call name."""
    trace = path + '.trace'
    argv = [strace, '-f', '-qq', '-o', trace, '-e', 'trace=openat,write,fsync,linkat,rename,renameat,renameat2',
            writer, path, str(n)]
    subprocess.run(argv, env=environment(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=TIMEOUT_SECONDS, check=True)
    counts = {}
    calls = []
    folder = os.path.dirname(path)
    for line in open(trace, encoding='utf-8', errors='replace'):
        m = re.match(r'\d+\s+(\w+)\((.*)', line)
        if m is None:
            continue
        name, rest = m.groups()
        counts[name] = counts.get(name, 0) + 1
        if name in ('write', 'fsync') or folder in rest or 'notes' in rest:
            calls.append((name, counts[name]))
    os.unlink(trace)
    return calls


def test_kill(writer, tmp):
    strace = shutil.which('strace')
    if strace is None:
        report(True, 'SIGKILL while saving notes', directive='SKIP strace is not installed')
        return
    folder = os.path.join(tmp, 'kill')
    os.makedirs(folder)
    path = os.path.join(folder, 'b-0123456789abcdef.json')

    env = environment()
    subprocess.run([writer, path, '3'], env=env, check=True, timeout=TIMEOUT_SECONDS)
    previous = open(path, 'rb').read()
    # Learn the calls of a save of the previous notes and 2,000 more.
    shutil.copy(path, path + '.orig')
    calls = strace_calls(strace, writer, path, 2000)
    complete = json.loads(open(path, encoding='utf-8').read())
    shutil.copy(path + '.orig', path)
    os.unlink(path + '.orig')
    interesting = [c for c in calls if c[0] in ('fsync', 'linkat', 'rename', 'renameat', 'renameat2')]
    writes = [c for c in calls if c[0] == 'write']
    # Every sync and rename, and writes spread over the file.
    chosen = interesting + writes[::max(1, len(writes) // 6)]
    check('a save of 2,003 notes writes, syncs and renames', len(complete['notes']) == 2003
          and any(c[0] == 'fsync' for c in calls) and any(c[0].startswith('rename') for c in calls),
          calls)

    bad = []
    for name, when in chosen:
        argv = [strace, '-f', '-qq', '-o', '/dev/null', '-e', 'trace=%s' % name,
                '-e', 'inject=%s:signal=SIGKILL:when=%d' % (name, when), writer, path, '2000']
        proc = subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              timeout=TIMEOUT_SECONDS)
        now = open(path, 'rb').read()
        if now != previous:
            try:
                if len(json.loads(now)['notes']) != 2003:
                    bad.append((name, when, 'a different file'))
            except ValueError:
                bad.append((name, when, 'not JSON: %d bytes' % len(now)))
        if proc.returncode == 0:
            bad.append((name, when, 'not killed'))
        # Back to the previous notes for the next run.
        with open(path, 'wb') as f:
            f.write(previous)
    check('SIGKILL at each sync, rename and at writes while saving notes (%d runs): '
          'the previous file intact, or the new one complete' % len(chosen), not bad, bad)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write('usage: test-cli-notes.py ACCORD NOTES_WRITER\n')
        return 2
    accord = os.path.abspath(argv[1])
    writer = os.path.abspath(argv[2])
    tmp = tempfile.mkdtemp(prefix='accord-test-cli-notes-')
    try:
        test_list_and_export(accord, tmp)
        test_damaged(accord, tmp)
        test_kill(writer, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return finish()


if __name__ == '__main__':
    sys.exit(main(sys.argv))
