#!/usr/bin/env python3
# test-cli.py
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs the real program as a user does, without a display: --version,
# --list-sections, --list-events, --search, --export (text, Markdown, PDF,
# default file names, every failure leaving nothing behind, a read-only
# folder as an unprivileged user), an export killed with SIGKILL while it
# is drawn, and --validate over several files.  Exact
# outputs are asserted wherever they are deterministic.  Prints TAP.
#
# Usage: test-cli.py ACCORD DATA_DIR
#   ACCORD     the built program
#   DATA_DIR   tests/data in the source tree

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

from accord_tap import environment, finish, report, unprivileged

TIMEOUT_SECONDS = 120
TITLE = 'Canada–Korea defence agreement'
PREVIOUS = b'%PDF-1.4\n% the previous export, which must survive\n%%EOF\n'
# Where, as a fraction of a full export's time, the big export is killed.
KILL_FRACTIONS = (0.3, 0.55, 0.8)
# Exports made byte-identical, so that a target can be compared with what
# an uninterrupted export writes.
SOURCE_DATE_EPOCH = '1767225600'

class Run:
    def __init__(self, proc, seconds):
        self.returncode = proc.returncode
        self.out_bytes = proc.stdout
        self.stdout = proc.stdout.decode('utf-8', 'replace')
        self.stderr = proc.stderr.decode('utf-8', 'replace')
        self.seconds = seconds

    def __repr__(self):
        return 'exit %d, stdout %r, stderr %r' % (self.returncode, self.stdout[:2000],
                                                   self.stderr[:2000])


def run(args, cwd=None, preexec=None, home=None):
    start = time.monotonic()
    env = environment()
    if home is not None:
        # Root's home is not the unprivileged user's to write (fontconfig's
        # cache).
        env['HOME'] = home
        env['XDG_CACHE_HOME'] = os.path.join(home, '.cache')
    proc = subprocess.run([ACCORD] + args, cwd=cwd, env=env, preexec_fn=preexec,
                          stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, timeout=TIMEOUT_SECONDS)
    return Run(proc, time.monotonic() - start)


def check(name, condition, what):
    """Reports one check; WHAT is shown when it fails."""
    report(bool(condition), name, None if condition else repr(what))


def listing(path):
    return sorted(os.listdir(path))


def snapshot(path):
    """Every file's name and bytes in PATH (not recursive)."""
    files = {}
    for name in listing(path):
        full = os.path.join(path, name)
        files[name] = open(full, 'rb').read() if os.path.isfile(full) else None
    return files


def one_line(text):
    return text.endswith('\n') and text.count('\n') == 1


# --- simple options -----------------------------------------------------

def test_version():
    r = run(['--version'])
    check('--version', r.returncode == 0 and re.fullmatch(r'accord \d+\.\d+\.\d+\n', r.stdout)
          and r.stderr == '', r)


def test_no_display():
    r = run([])
    check('no option and no display: exit 1 with one line naming --validate',
          r.returncode == 1 and r.stdout == '' and one_line(r.stderr)
          and '--validate' in r.stderr, r)


def test_list_sections(data_dir, tmp):
    bundled = os.path.join(data_dir, os.pardir, os.pardir, 'data', 'briefings',
                           'canada-korea-2026.briefing.json')
    with open(bundled, encoding='utf-8') as f:
        doc = json.load(f)
    expected = ''.join('%s\t%s\n' % (s['id'], s['title']) for s in doc['sections'])
    r = run(['--list-sections'])
    check('--list-sections on the bundled briefing',
          r.returncode == 0 and r.stdout == expected and r.stderr == '', r)
    check('the bundled briefing has the seven expected sections',
          expected.count('\n') == 7
          and expected.startswith('signing\tThe signing and the joint statement\n')
          and expected.endswith('middle-powers\tContext — middle powers and the Davos speech\n'),
          expected)

    markup = os.path.join(data_dir, 'window', 'markup.briefing.json')
    r = run(['--list-sections', markup])
    check('--list-sections FILE keeps markup literally',
          r.returncode == 0 and r.stdout == 'one\t<b>Tom & Jerry</b>\n' and r.stderr == '', r)

    hostile = os.path.join(tmp, 'controls.json')
    with open(hostile, 'w', encoding='utf-8') as f:
        json.dump({'format': 'accord-briefing', 'version': 1, 'id': 'controls',
                   'title': 'Controls',
                   'sections': [
                       {'id': 'tab', 'title': 'a\tb', 'body': ['x']},
                       {'id': 'newline', 'title': 'line one\nline two', 'body': ['x']},
                       {'id': 'escape', 'title': '\x1b[31mred\x1b[0m\u202eevil', 'body': ['x']},
                   ]}, f)
    r = run(['--list-sections', hostile])
    check('--list-sections: tab, newline and ESC in a title become spaces',
          r.returncode == 0 and r.stderr == '' and r.stdout ==
          'tab\ta b\nnewline\tline one line two\nescape\t [31mred [0mevil\n', r)


def test_list_events():
    r = run(['--list-events'])
    lines = r.stdout.split('\n')
    ok = (r.returncode == 0 and r.stderr == '' and len(lines) == 4 and lines[3] == ''
          and lines[0].startswith('2025-12\troundtable-2025-12\t')
          and lines[1].startswith('2026-01-20\tdavos-2026-01-20\t')
          and lines[2].startswith('2026-02-25\tsigning-2026-02-25\t')
          and lines[2] == '2026-02-25\tsigning-2026-02-25\tSigning of the Canada–Korea defence agreement'
          and all(line.count('\t') == 2 and len(line.split('\t')[2]) > 0 for line in lines[:3]))
    check('--list-events in timeline order', ok, r)


def test_list_actors(tmp):
    r = run(['--list-actors'])
    check('--list-actors on the bundled briefing: six actors, Hangul kept, counts',
          r.returncode == 0 and r.stderr == ''
          and r.stdout.startswith('ahn-gyu-back\tAhn Gyu-back\t\uc548\uaddc\ubc31\t0\t')
          and len(r.stdout.splitlines()) == 6
          and all(line.count('\t') == 5 for line in r.stdout.splitlines()), r)

    path = os.path.join(tmp, 'actors.json')
    with open(path, 'w', encoding='utf-8') as f:
        json.dump({'format': 'accord-briefing', 'version': 1, 'id': 'actors', 'title': 'Actors',
                   'actors': [
                       {'id': 'jose', 'name': 'José\tÁlvarez'},
                       {'id': 'min', 'name': 'Kim Min-jun', 'native_name': '김민준'},
                       {'id': 'kim', 'name': 'Kim'},
                       {'id': 'none', 'name': '<b>None</b>'},
                   ],
                   'sections': [
                       {'id': 'a', 'title': 'A', 'body': ['JOSE ALVAREZ met Kim Min-jun in Kimberley.'],
                        'quotes': [{'text': 'Yes.', 'speaker': 'min'}, {'text': 'No.', 'speaker': 'min'}]},
                       {'id': 'b', 'title': 'B', 'body': ['김민준은 말했다.']},
                   ],
                   'events': [{'id': 'e', 'title': 'Kim arrives', 'date': '2026-01-02'}]}, f)
    r = run(['--list-actors', path])
    check('--list-actors FILE: folded, whole-word, longest name, particles, tab made a space',
          r.returncode == 0 and r.stderr == '' and r.stdout ==
          'jose\tJosé Álvarez\t\t0\t1\t0\n'
          'min\tKim Min-jun\t김민준\t2\t2\t0\n'
          'kim\tKim\t\t0\t0\t1\n'
          'none\t<b>None</b>\t\t0\t0\t0\n', r)


def test_search():
    r = run(['--search=naval'])
    # One line per object: the roundtable matches in a key point and in its
    # body, and is listed once, by its best field.
    ok = (r.returncode == 0
          and r.stdout == 'section\troundtable\tGaps in capabilities on both sides, '
                          'especially [naval] capacity.\n')
    check('--search=naval: one line for the one section', ok, r)

    r = run(['--search=zzzz'])
    check('--search with no result: exit 1, nothing on stdout',
          r.returncode == 1 and r.out_bytes == b'', r)

    r = run(['--search="middle powers"'])
    lines = r.stdout.split('\n')[:-1]
    kinds = set(line.split('\t')[0] for line in lines)
    # Ten fields in four objects: two sections, an event and a quote.
    ok = (r.returncode == 0 and len(lines) == 4
          and lines[0] == 'section\tmiddle-powers\tContext — [middle powers] and the Davos speech'
          and all(line.count('\t') == 2 and '[middle powers]' in line for line in lines)
          and {'section', 'event', 'quote'} <= kinds
          and 'event\tdavos-2026-01-20\tPrime Minister Mark Carney called on [middle powers] '
              'to work together against American hegemony.' in lines)
    check('--search a quoted phrase', ok, r)

    r = run(['--search=안규백'])
    check('--search in Hangul', r.returncode == 0 and r.stdout == 'actor\tahn-gyu-back\t[안규백]\n', r)

    r = run(['--search='])
    check('--search= (empty): exit 2', r.returncode == 2 and r.stdout == ''
          and one_line(r.stderr), r)


# --- exports ------------------------------------------------------------

def fresh_dir(tmp, name):
    path = os.path.join(tmp, name)
    os.mkdir(path)
    return path


def test_exports(tmp):
    r = run(['--export=txt', '--output=-'])
    rule = '=' * len(TITLE)
    check('--export=txt --output=- starts with the title',
          r.returncode == 0 and r.stderr == ''
          and r.stdout.startswith('%s\n%s\n%s\n' % (rule, TITLE, rule))
          and 'Pillar 4 — Cyber, technology, AI and space security' in r.stdout, r)

    d = fresh_dir(tmp, 'md')
    r = run(['--export=md', '--section=pillar-3', '--output=pillar-3.md'], cwd=d)
    text = open(os.path.join(d, 'pillar-3.md'), encoding='utf-8').read() \
        if os.path.exists(os.path.join(d, 'pillar-3.md')) else ''
    check('--export=md --section=pillar-3 --output=FILE',
          r.returncode == 0 and r.stderr == 'accord: wrote pillar-3.md\n'
          and text.startswith('# %s\n' % TITLE)
          and '## Pillar 3 — Security and defence cooperation\n' in text
          and 'Pillar 2' not in text and listing(d) == ['pillar-3.md'], (r, text[:300]))

    d = fresh_dir(tmp, 'pdf')
    r = run(['--export=pdf', '--output=all.pdf'], cwd=d)
    path = os.path.join(d, 'all.pdf')
    data = open(path, 'rb').read() if os.path.exists(path) else b''
    check('--export=pdf --output=FILE writes a PDF',
          r.returncode == 0 and data.startswith(b'%PDF-') and b'%%EOF' in data[-32:]
          and listing(d) == ['all.pdf'], (r, data[:16]))
    pdftotext = shutil.which('pdftotext')
    if pdftotext is None:
        report(True, 'the PDF’s text', directive='SKIP pdftotext (poppler-utils) is missing')
    else:
        proc = subprocess.run([pdftotext, '-enc', 'UTF-8', path, '-'], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, timeout=TIMEOUT_SECONDS)
        text = proc.stdout.decode('utf-8', 'replace')
        check('the PDF’s text has “Page 1 of”, the title and Hangul',
              proc.returncode == 0 and 'Page 1 of' in text and TITLE in text
              and '안규백' in text, text[:500])
    pdfinfo = shutil.which('pdfinfo')
    if pdfinfo is None:
        report(True, 'the PDF is tagged', directive='SKIP pdfinfo (poppler-utils) is missing')
    else:
        proc = subprocess.run([pdfinfo, path], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, timeout=TIMEOUT_SECONDS)
        info = proc.stdout.decode('utf-8', 'replace')
        check('pdfinfo reports the PDF as tagged',
              proc.returncode == 0 and re.search(r'^Tagged: +yes$', info, re.M), info)

    r = run(['--export=txt', '--section=pillar-3', '--section=pillar-1', '--output=-'])
    one = r.stdout.find('Pillar 1 — International peace and security')
    three = r.stdout.find('Pillar 3 — Security and defence cooperation')
    check('--section twice, in reverse order: briefing order',
          r.returncode == 0 and 0 <= one < three and 'Pillar 2 —' not in r.stdout
          and 'Pillar 4 —' not in r.stdout, r)

    d = fresh_dir(tmp, 'default-name')
    r = run(['--export=pdf', '--section=pillar-3'], cwd=d)
    name = '%s — Pillar 3.pdf' % TITLE
    path = os.path.join(d, name)
    ok = (r.returncode == 0 and listing(d) == [name]
          and open(path, 'rb').read(5) == b'%PDF-'
          and r.stderr == 'accord: wrote %s\n' % name)
    check('default output name: “%s”' % name, ok, (r, listing(d)))


def png_size(data):
    """Width and height from a PNG's IHDR, or None."""
    if data[:8] != b'\x89PNG\r\n\x1a\n' or data[12:16] != b'IHDR':
        return None
    return int.from_bytes(data[16:20], 'big'), int.from_bytes(data[20:24], 'big')


def test_timeline_exports(tmp):
    import xml.etree.ElementTree as ET

    d = fresh_dir(tmp, 'timeline')
    r = run(['--export=svg', '--timeline', '--output=t.svg'], cwd=d)
    path = os.path.join(d, 't.svg')
    try:
        root = ET.parse(path).getroot()
        text = ' '.join(root.itertext())
    except (OSError, ET.ParseError) as e:
        root, text = None, repr(e)
    check('--export=svg --timeline writes well-formed SVG with the events as text',
          r.returncode == 0 and root is not None and root.tag == '{http://www.w3.org/2000/svg}svg'
          and TITLE in text and '25 February 2026 — Signing of the Canada–Korea defence agreement' in text
          and 'Asia Pacific Foundation of Canada roundtable' in text
          and listing(d) == ['t.svg'], (r, text[:300]))

    r1 = run(['--export=png', '--timeline', '--output=one.png'], cwd=d)
    r2 = run(['--export=png', '--timeline', '--scale=2', '--output=two.png'], cwd=d)
    one = png_size(open(os.path.join(d, 'one.png'), 'rb').read()) if r1.returncode == 0 else None
    two = png_size(open(os.path.join(d, 'two.png'), 'rb').read()) if r2.returncode == 0 else None
    check('--export=png --timeline: 1200 px wide, and twice that with --scale=2',
          one is not None and two is not None and one[0] == 1200 and 100 < one[1] < 600
          and two == (2 * one[0], 2 * one[1]), (r1, r2, one, two))

    r = run(['--export=pdf', '--timeline', '--range=2026-01/2026-02', '--output=t.pdf'], cwd=d)
    path = os.path.join(d, 't.pdf')
    data = open(path, 'rb').read() if os.path.exists(path) else b''
    ok = r.returncode == 0 and data.startswith(b'%PDF-')
    pdftotext = shutil.which('pdftotext')
    if ok and pdftotext is not None:
        proc = subprocess.run([pdftotext, '-enc', 'UTF-8', path, '-'], stdout=subprocess.PIPE,
                              timeout=TIMEOUT_SECONDS)
        text = proc.stdout.decode('utf-8', 'replace')
        # The range leaves December's roundtable out.
        ok = TITLE in text and 'Signing of the Canada' in text and 'roundtable' not in text
    else:
        text = ''
    check('--export=pdf --timeline --range=2026-01/2026-02: only those months', ok, (r, text[:300]))
    pdfinfo = shutil.which('pdfinfo')
    if pdfinfo is not None and os.path.exists(path):
        proc = subprocess.run([pdfinfo, path], stdout=subprocess.PIPE, timeout=TIMEOUT_SECONDS)
        info = proc.stdout.decode('utf-8', 'replace')
        check('the timeline PDF is tagged', re.search(r'^Tagged: +yes$', info, re.M), info)
    else:
        report(True, 'the timeline PDF is tagged', directive='SKIP pdfinfo (poppler-utils) is missing')

    d = fresh_dir(tmp, 'timeline-name')
    r = run(['--export=svg', '--timeline'], cwd=d)
    name = '%s — Timeline.svg' % TITLE
    check('default timeline name: “%s”' % name,
          r.returncode == 0 and listing(d) == [name] and r.stderr == 'accord: wrote %s\n' % name,
          (r, listing(d)))


def test_timeline_groups(data_dir, tmp):
    import xml.etree.ElementTree as ET

    # Each event's group in the picture's text; the eras' titles drawn.
    d = fresh_dir(tmp, 'timeline-groups')
    source = os.path.join(data_dir, 'groups', 'river-treaty.briefing.json')
    r = run(['--export=svg', '--timeline', '--output=t.svg', source], cwd=d)
    try:
        desc = ET.parse(os.path.join(d, 't.svg')).getroot().find('{http://www.w3.org/2000/svg}desc').text
    except (OSError, ET.ParseError, AttributeError) as e:
        desc = repr(e)
    check('--export=svg --timeline: each event with its group in the description',
          r.returncode == 0 and 'August 2019 — The river runs dry at the mill (Northtown)\n' in desc
          and '\n20 June 2022 — The treaty is signed\n' in desc, (r, desc[:300]))

    pdftotext = shutil.which('pdftotext')
    if pdftotext is None:
        report(True, '--export=pdf --timeline: the legend and the eras as text',
               directive='SKIP pdftotext (poppler-utils) is missing')
        return
    r = run(['--export=pdf', '--timeline', '--output=t.pdf', source], cwd=d)
    text = ''
    if r.returncode == 0:
        proc = subprocess.run([pdftotext, '-enc', 'UTF-8', os.path.join(d, 't.pdf'), '-'],
                              stdout=subprocess.PIPE, timeout=TIMEOUT_SECONDS)
        text = proc.stdout.decode('utf-8', 'replace')
    check('--export=pdf --timeline: the legend and the eras as text',
          r.returncode == 0 and 'The drought years' in text and 'Negotiations' in text
          and 'River Commission' in text and 'Other events' in text, (r, text[:400]))


def test_export_failures(tmp):
    d = fresh_dir(tmp, 'failures')
    with open(os.path.join(d, 'target.pdf'), 'wb') as f:
        f.write(PREVIOUS)
    with open(os.path.join(d, 'plain-file'), 'wb') as f:
        f.write(b'not a folder\n')

    def failure(name, args, message_parts):
        before = snapshot(d)
        r = run(args, cwd=d)
        after = snapshot(d)
        ok = (r.returncode == 1 and r.stdout == '' and one_line(r.stderr)
              and r.stderr.startswith('accord: ')
              and all(part in r.stderr for part in message_parts)
              and before == after)
        check(name, ok, (r, sorted(set(after) ^ set(before))))

    failure('unknown section: exit 1, named, nothing written',
            ['--export=pdf', '--section=pillar-3', '--section=no-such-section',
             '--output=target.pdf'], ['“no-such-section”'])
    failure('unknown format: exit 1, nothing written',
            ['--export=docx', '--output=target.pdf'], ['“docx”'])
    failure('unknown timeline format: exit 1, nothing written',
            ['--export=gif', '--timeline', '--output=target.pdf'], ['“gif”'])
    failure('a range that is not one: exit 1, named, nothing written',
            ['--export=pdf', '--timeline', '--range=2026-13/2025', '--output=target.pdf'],
            ['“2026-13/2025”'])
    failure('--scale=3: exit 1, nothing written',
            ['--export=png', '--timeline', '--scale=3', '--output=target.pdf'], ['--scale'])
    failure('timeline into a regular file\'s folder: exit 1, nothing written',
            ['--export=svg', '--timeline', '--output=plain-file/t.svg'],
            ['plain-file/t.svg', 'not a folder'])
    r = run(['--timeline', '--output=target.pdf'], cwd=d)
    check('--timeline without --export: exit 2', r.returncode == 2 and '--timeline' in r.stderr, r)
    failure('output whose parent is a regular file: exit 1, nothing written',
            ['--export=pdf', '--output=plain-file/target.pdf'],
            ['plain-file/target.pdf', 'not a folder'])
    failure('output in a folder that does not exist: exit 1, nothing written',
            ['--export=txt', '--output=no-such-folder/target.txt'],
            ['no-such-folder/target.txt', 'does not exist'])
    failure('unknown section with the default output name: nothing written',
            ['--export=md', '--section=nope'], ['“nope”'])

    # As root the folder's permissions would not stop the write: the
    # program runs as an unprivileged user instead, in a folder it owns
    # but may not write to.
    name = 'output over an existing file in a read-only folder: kept as it was'
    ro = fresh_dir(tmp, 'read-only')
    with open(os.path.join(ro, 'target.pdf'), 'wb') as f:
        f.write(PREVIOUS)
    drop = unprivileged()
    home = None
    if drop is not None:
        os.chmod(tmp, 0o755)
        home = fresh_dir(tmp, 'home')
        os.chown(home, drop[0], drop[1])
        os.chown(ro, drop[0], drop[1])
        os.chown(os.path.join(ro, 'target.pdf'), drop[0], drop[1])
    os.chmod(ro, 0o555)
    try:
        before = snapshot(ro)
        r = run(['--export=pdf', '--output=target.pdf'], cwd=ro,
                preexec=drop[2] if drop is not None else None, home=home)
        after = snapshot(ro)
        check(name, r.returncode == 1 and one_line(r.stderr)
              and 'Permission denied' in r.stderr and before == after,
              (r, sorted(set(after) ^ set(before))))
    finally:
        os.chmod(ro, 0o755)


# --- SIGKILL midway -----------------------------------------------------

def make_big_briefing(path, n_sections=3000, n_paragraphs=4):
    words = ('defence cooperation between Canada and the Republic of Korea covers naval '
             'capacity, cyber security, space and the supply chains of critical minerals; '
             'the leaders agreed to meet again').split()

    def paragraph(i, j):
        return ' '.join(words[(i * 7 + j * 3 + k) % len(words)] for k in range(120)) + '.'

    doc = {'format': 'accord-briefing', 'version': 1, 'id': 'big', 'title': 'Big briefing',
           'sections': [{'id': 's-%d' % i, 'title': 'Section %d' % i,
                         'body': [paragraph(i, j) for j in range(n_paragraphs)]}
                        for i in range(n_sections)]}
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(doc, f, ensure_ascii=False)


def start_export(d):
    env = environment()
    env['SOURCE_DATE_EPOCH'] = SOURCE_DATE_EPOCH
    return subprocess.Popen([ACCORD, '--export=pdf', '--output=target.pdf', 'big.json'],
                            cwd=d, env=env, stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def write_previous(d):
    # A stray file from an earlier case must not fail the next one too.
    for name in listing(d):
        if name not in ('big.json', 'target.pdf'):
            os.unlink(os.path.join(d, name))
    with open(os.path.join(d, 'target.pdf'), 'wb') as f:
        f.write(PREVIOUS)


def kill_at(d, delay):
    """Starts the big export, kills it after DELAY seconds; returns
    whether it was still running then."""
    proc = start_export(d)
    time.sleep(delay)
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait(TIMEOUT_SECONDS)
    # Whether it was running is what its status says: it may end between
    # a poll and the kill, and a poll alone would call it killed.
    return proc.returncode == -signal.SIGKILL, proc.returncode


def test_sigkill(tmp):
    d = fresh_dir(tmp, 'sigkill')
    inputs = ['big.json']
    make_big_briefing(os.path.join(d, 'big.json'))

    r = run(['--validate', 'big.json'], cwd=d)
    check('the big briefing is valid', r.returncode == 0 and r.stderr == '', r)

    # A full run: measures the time, and must replace the previous file.
    write_previous(d)
    start = time.monotonic()
    proc = start_export(d)
    proc.wait(TIMEOUT_SECONDS)
    total = time.monotonic() - start
    data = open(os.path.join(d, 'target.pdf'), 'rb').read()
    check('a full export of the big briefing replaces the previous file with a PDF',
          proc.returncode == 0 and data != PREVIOUS and data.startswith(b'%PDF-')
          and b'%%EOF' in data[-32:] and len(data) > 1000000
          and listing(d) == sorted(inputs + ['target.pdf']),
          (proc.returncode, len(data), data[:16], listing(d)))
    print('# full export of the big briefing: %.2f s, %d bytes' % (total, len(data)))

    for fraction in KILL_FRACTIONS:
        delay = total * fraction
        write_previous(d)
        alive, returncode = kill_at(d, delay)
        if not alive:
            # Faster than measured: try once more, earlier.
            delay /= 2
            write_previous(d)
            alive, returncode = kill_at(d, delay)
        kept = open(os.path.join(d, 'target.pdf'), 'rb').read()
        print('# killed after %.2f s (%.0f%% of %.2f s)' % (delay, 100 * delay / total, total))
        check('SIGKILL after %.0f%% of the export: previous file intact, no stray file'
              % (100 * delay / total),
              alive and returncode == -signal.SIGKILL and kept == PREVIOUS
              and listing(d) == sorted(inputs + ['target.pdf']),
              (alive, returncode, kept[:32], listing(d)))

    # The kills above land while the PDF is drawn (it is written in its
    # last milliseconds); a kill at each system call of the write itself is
    # test-fault-injection.py's, which places it there with strace.


# --- validate -----------------------------------------------------------

def test_validate(data_dir):
    r = run(['--validate', 'window/markup.briefing.json', 'invalid/date-feb-30.json'],
            cwd=data_dir)
    check('--validate: one valid file, one invalid: exit 1, one FILE:LINE:COL: line',
          r.returncode == 1 and r.stdout == '' and one_line(r.stderr)
          and r.stderr.startswith('invalid/date-feb-30.json:44:15: events[0].date: '), r)


# --- other formats, and --convert -----------------------------------------

def test_formats(data_dir, tmp):
    r = run(['--validate', 'markdown/dialect.briefing.md', 'timelinejs/harbour-works.json',
             'markdown/bad-date.briefing.md', 'timelinejs/timelinejs2.json'], cwd=data_dir)
    check('--validate takes Markdown and TimelineJS3, and names what is wrong',
          r.returncode == 1 and r.stdout == ''
          and r.stderr.splitlines()[0] == 'markdown/bad-date.briefing.md:6:3: Timeline: '
                                          '“Dec 2025” is not a date (write 2025-12)'
          and 'older TimelineJS2 format' in r.stderr.splitlines()[1], r)

    r = run(['--list-events', 'timelinejs/ancient.json'], cwd=data_dir)
    check('--list-events on a TimelineJS3 timeline, BCE first',
          r.returncode == 0 and r.stdout.splitlines()[0].startswith('-0490-09\t'), r)

    r = run(['--search=rebuild', 'markdown/dialect.briefing.md'], cwd=data_dir)
    check('--search in a Markdown briefing', r.returncode == 0 and 'quote\t' in r.stdout, r)

    d = fresh_dir(tmp, 'convert')
    r = run(['--convert', os.path.join(data_dir, 'markdown', 'dialect.briefing.md')], cwd=d)
    check('--convert FILE writes ID.briefing.json', r.returncode == 0
          and listing(d) == ['harbour.briefing.json'], (r, listing(d)))
    first = run(['--list-sections', 'harbour.briefing.json'], cwd=d)
    second = run(['--list-sections', os.path.join(data_dir, 'markdown', 'dialect.briefing.md')])
    check('what --convert wrote lists the same sections',
          first.returncode == 0 and first.stdout == second.stdout, (first, second))

    r = run(['--convert=json', '--output=-', os.path.join(data_dir, 'timelinejs', 'harbour-works.json')])
    check('--convert=json --output=- writes briefing JSON',
          r.returncode == 0 and json.loads(r.stdout)['format'] == 'accord-briefing', r)

    r = run(['--convert=yaml'])
    check('--convert=yaml: exit 2, says what it converts to',
          r.returncode == 2 and 'json' in r.stderr, r)

    target = os.path.join(d, 'harbour.briefing.json')
    before = open(target, 'rb').read()
    r = run(['--convert', target, '--output=' + target])
    check('--convert never overwrites its own input',
          r.returncode == 1 and open(target, 'rb').read() == before, r)


def main(argv):
    global ACCORD

    if len(argv) != 3:
        sys.stderr.write('usage: test-cli.py ACCORD DATA_DIR\n')
        return 2

    ACCORD = os.path.abspath(argv[1])
    data_dir = os.path.abspath(argv[2])
    tmp = tempfile.mkdtemp(prefix='accord-test-cli-')

    try:
        test_version()
        test_no_display()
        test_list_sections(data_dir, tmp)
        test_list_events()
        test_list_actors(tmp)
        test_search()
        test_exports(tmp)
        test_timeline_exports(tmp)
        test_timeline_groups(data_dir, tmp)
        test_export_failures(tmp)
        test_sigkill(tmp)
        test_validate(data_dir)
        test_formats(data_dir, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    return finish()


if __name__ == '__main__':
    sys.exit(main(sys.argv))
