#!/usr/bin/env python3
# test-fault-injection.py
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The README's promise about exports, checked at every system call that
# touches the target's folder: each one, in turn, is made to kill the
# process (SIGKILL), to fail with a full disk (ENOSPC) or with an I/O
# error (EIO), using strace's fault injection.  Where a call happens is
# found by tracing an uninterrupted run first, so the faults land exactly
# where the writer opens, writes, syncs, links and renames, not wherever a
# timer happens to fire.
#
# After a kill: the target is the previous file byte for byte or the
# complete new one, and the next write into the folder leaves no stray
# file.  After an error while the new file is written: exit 1, one line
# naming the target and saying what happened ("The disk is full"), the
# previous file intact and no stray file.  An error in what only reads or
# syncs the folder (the search for stale temporaries, the final sync)
# changes nothing: the export succeeds.
#
# Every file Accord writes goes through accord_export_write(); each way
# it writes (O_TMPFILE, and the named fallback) is a scenario below.  A new
# writer of files adds a scenario.  Prints TAP, and the matrix as comments.
#
# Usage: test-fault-injection.py ACCORD DATA_DIR

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

from accord_tap import environment, finish, report

TIMEOUT_SECONDS = 120
PREVIOUS = b'%PDF-1.4\n% the previous file, which must survive\n%%EOF\n'
# Exports made byte-identical, so that a target can be compared with what
# an uninterrupted run writes.
SOURCE_DATE_EPOCH = '1767225600'
TRACED = 'openat,write,fsync,fdatasync,linkat,rename,renameat,renameat2,unlink,unlinkat'
# What each fault is, as strace spells it, and the message it must give.
FAULTS = (
    ('SIGKILL', 'signal=SIGKILL', None),
    ('ENOSPC', 'error=ENOSPC', 'The disk is full'),
    ('EIO', 'error=EIO', 'The disk reported an input/output error'),
)
# The syscalls that must be among the fault points of each scenario: if
# the writer stops syncing or renaming, the test says so.
REQUIRED = {'openat', 'write', 'fsync', 'rename'}

LINE = re.compile(r'^(\d+) +(\w+)\((.*)\) += (-?\d+|\?)')

matrix = []


def run(argv, cwd):
    """Runs ARGV in CWD; returns its exit status and standard error."""
    env = environment()
    env['SOURCE_DATE_EPOCH'] = SOURCE_DATE_EPOCH
    proc = subprocess.run(argv, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          timeout=TIMEOUT_SECONDS)
    return proc.returncode, proc.stderr.decode('utf-8', 'replace')


def check(ok, name, what):
    """Reports one check; WHAT is shown when it fails."""
    report(bool(ok), name, None if ok else what)


def strace(strace_path, injections, command, cwd, trace_to=None, traced=TRACED):
    argv = [strace_path, '-f', '-qq']
    if trace_to is not None:
        argv += ['-y', '-e', 'trace=' + traced, '-o', trace_to]
    else:
        argv += ['-o', '/dev/null']
    for injection in injections:
        argv += ['-e', 'inject=' + injection]
    return run(argv + command, cwd)


def shape(args):
    """A call's arguments without what changes from run to run: the file
    descriptors, the unnamed file's inode, the temporary's random part."""
    args = re.sub(r'AT_FDCWD<[^>]*>', 'AT_FDCWD', args)
    args = re.sub(r'~accord-\d+-[0-9a-f]{8}', '~accord-PID-XXXXXXXX', args)
    args = re.sub(r'/#\d+>', '/#INODE>', args)
    args = re.sub(r'/proc/self/fd/\d+', '/proc/self/fd/FD', args)
    return re.sub(r'\b\d+<', 'FD<', args)


def landed(path, name):
    """The call to NAME a fault landed on: the one marked INJECTED, or the
    last before the process was killed."""
    last = {}
    for raw in open(path, encoding='utf-8', errors='replace'):
        m = LINE.match(raw.rstrip('\n'))
        if m and m.group(2) == name:
            if '(INJECTED)' in raw:
                return m.group(3)
            last[m.group(1)] = m.group(3)
        m = re.match(r'^(\d+) +\+\+\+ killed by SIGKILL', raw)
        if m and m.group(1) in last:
            return last[m.group(1)]
    return None


def parse_trace(path, folder):
    """The calls that touch FOLDER, in order: (pid, syscall, ordinal,
    arguments, result), where ORDINAL counts that syscall in that process
    or thread, as strace's when= does."""
    counts = {}
    calls = []
    pending = {}
    touches = re.compile(re.escape(folder) + r'[/">]')
    for raw in open(path, encoding='utf-8', errors='replace'):
        raw = raw.rstrip('\n')
        m = re.match(r'^(\d+) +(.*) <unfinished \.\.\.>$', raw)
        if m:
            pending[m.group(1)] = m.group(2)
            continue
        m = re.match(r'^(\d+) +<\.\.\. \w+ resumed>(.*)$', raw)
        if m and m.group(1) in pending:
            raw = m.group(1) + ' ' + pending.pop(m.group(1)) + m.group(2)
        m = LINE.match(raw)
        if not m:
            continue
        pid, name, args, result = m.groups()
        key = (pid, name)
        counts[key] = counts.get(key, 0) + 1
        # With -y, AT_FDCWD shows the working folder: not a use of it.
        if touches.search(re.sub(r'AT_FDCWD<[^>]*>', 'AT_FDCWD', args)):
            calls.append((pid, name, counts[key], args, result))
    return calls


def phase_of(calls, target):
    """Each call's phase: 'prepare' before a temporary file is created,
    'write' up to and including the rename onto the target, 'sync' after."""
    phases = []
    phase = 'prepare'
    for pid, name, ordinal, args, result in calls:
        if phase == 'prepare' and name == 'openat' and ('O_TMPFILE' in args or 'O_CREAT' in args):
            phase = 'write'
        phases.append(phase)
        if name == 'rename' and args.endswith('"%s"' % target) and result == '0':
            phase = 'sync'
    return phases


def others(folder, keep):
    return sorted(n for n in os.listdir(folder) if n not in keep)


def reset(folder, target):
    for name in os.listdir(folder):
        os.unlink(os.path.join(folder, name))
    with open(os.path.join(folder, target), 'wb') as f:
        f.write(PREVIOUS)


def describe(content, new):
    return 'previous' if content == PREVIOUS else 'new' if content == new else \
        'OTHER (%d bytes)' % len(content)


def scenario(strace_path, accord, tmp, label, export_args, base, input_file):
    folder = os.path.join(tmp, 'out-' + label.split()[0])
    os.mkdir(folder)
    target_name = 'target.' + export_args[0].split('=')[1]
    target = os.path.join(folder, target_name)
    command = [accord] + export_args + ['--output=' + target, input_file]
    # The next write into the folder, made after each kill: a cheap one.
    next_command = [accord, '--export=txt', '--output=' + os.path.join(folder, 'next.txt'),
                    input_file]

    # A first run fills the caches (fontconfig's), so that the runs below
    # make the same calls in the same order.
    reset(folder, target_name)
    run(command, tmp)

    # The complete new file, and where the calls are.
    reset(folder, target_name)
    trace = os.path.join(tmp, label.split()[0] + '.trace')
    status, err = strace(strace_path, base, command, tmp, trace_to=trace)
    new = open(target, 'rb').read()
    calls = parse_trace(trace, folder)
    phases = phase_of(calls, target)
    names = {c[1] for c in calls}
    check(status == 0 and new != PREVIOUS and others(folder, [target_name]) == []
           and REQUIRED <= names and 'sync' in phases,
           '%s: an uninterrupted run writes the file through a temporary, synced and '
           'renamed' % label,
           repr((status, err, len(new), sorted(names), others(folder, [target_name]))))
    main_pid = calls[0][0] if calls else None
    n_writes = sum(1 for c in calls if c[1] == 'write')
    print('# %s: %d calls touch the folder, %d of them write()' % (label, len(calls), n_writes))

    # Every call but the one the scenario itself makes fail.
    points = [(c, p) for c, p in zip(calls, phases)
              if not any(b.startswith(c[1] + ':') and b.endswith(':when=%d' % c[2])
                         for b in base)]

    for (pid, name, ordinal, args, result), phase in points:
        where = '%s #%d' % (name, ordinal)
        if 'O_TMPFILE' in args:
            where += ' (O_TMPFILE)'
        elif name == 'openat' and 'O_CREAT' in args:
            where += ' (temporary)'
        elif name == 'openat' and 'O_DIRECTORY' in args:
            where += ' (folder)'
        elif name == 'fsync' and phase == 'sync':
            where += ' (folder)'
        elif name == 'rename':
            where += ' (onto target)'
        if pid != main_pid:
            check(False, '%s: %s is made by another thread' % (label, where),
                   'strace counts calls per thread; the fault would land elsewhere')
            continue

        faults = list(FAULTS)
        if 'O_TMPFILE' in args:
            faults.append(('EOPNOTSUPP', 'error=EOPNOTSUPP', None))
        for fault, spec, message in faults:
            reset(folder, target_name)
            injection = '%s:%s:when=%d' % (name, spec, ordinal)
            log = os.path.join(tmp, 'injected.trace')
            # A syscall that is not traced is not injected either.
            traced = ','.join(sorted({name} | {b.split(':')[0] for b in base}))
            status, err = strace(strace_path, base + [injection], command, tmp,
                                 trace_to=log, traced=traced)
            hit = landed(log, name)
            if hit is None or shape(hit) != shape(args):
                check(False, '%s: %s at %s lands where the first run made that call'
                      % (label, fault, where), repr((shape(args), hit and shape(hit))))
                matrix.append((label, where, fault, 'FAILED: the fault landed elsewhere'))
                continue
            content = open(target, 'rb').read() if os.path.exists(target) else b''
            left = others(folder, [target_name])
            name_case = '%s: %s at %s' % (label, fault, where)

            if fault == 'SIGKILL':
                expected = {'prepare': (PREVIOUS,), 'write': (PREVIOUS, new), 'sync': (new,)}[phase]
                next_status, next_err = run(next_command, tmp)
                after = others(folder, [target_name])
                ok = (status in (-9, 137) and content in expected
                      and next_status == 0 and after == ['next.txt'])
                outcome = 'killed: %s%s' % (describe(content, new),
                                            ', stray removed by the next write' if left and ok
                                            else '')
                check(ok, name_case + ': the previous or the new file; no stray file after '
                       'the next write', repr((status, err, describe(content, new), left,
                                               next_status, next_err, after)))
            elif phase == 'write' and fault != 'EOPNOTSUPP':
                lines = err.splitlines()
                ok = (status == 1 and len(lines) == 1
                      and lines[0].startswith('accord: Could not write “%s”: ' % target)
                      and lines[0].endswith(message) and content == PREVIOUS and left == [])
                outcome = 'exit %d, %s, "%s"' % (status, describe(content, new),
                                                 lines[0].split(': ')[-1] if lines else '')
                check(ok, name_case + ': exit 1, “%s”, previous file intact, no stray file'
                       % message, repr((status, err, describe(content, new), left)))
            else:
                ok = status == 0 and content == new and left == []
                outcome = 'exit %d, %s' % (status, describe(content, new))
                check(ok, name_case + ': no harm, the new file is written',
                       repr((status, err, describe(content, new), left)))
            matrix.append((label, where, fault, outcome if ok else 'FAILED: ' + outcome))

    # The syscalls that were faulted cover what the writer must do.
    faulted = {c[1] for c, p in points if p == 'write'}
    check(REQUIRED <= faulted, '%s: faults were injected at every %s'
           % (label, ', '.join(sorted(REQUIRED))), repr(sorted(faulted)))


def make_briefing(path, n_sections):
    words = ('defence cooperation between Canada and the Republic of Korea covers naval '
             'capacity, cyber security, space and the supply chains of critical minerals; '
             'the leaders agreed to meet again').split()

    def paragraph(i, j):
        return ' '.join(words[(i * 7 + j * 3 + k) % len(words)] for k in range(120)) + '.'

    doc = {'format': 'accord-briefing', 'version': 1, 'id': 'big', 'title': 'Big briefing',
           'sections': [{'id': 's-%d' % i, 'title': 'Section %d' % i,
                         'body': [paragraph(i, j) for j in range(4)]}
                        for i in range(n_sections)]}
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(doc, f)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write('usage: test-fault-injection.py ACCORD DATA_DIR\n')
        return 2

    accord = os.path.abspath(argv[1])
    data_dir = os.path.abspath(argv[2])
    strace_path = shutil.which('strace')
    if strace_path is None:
        report(True, 'fault injection', directive='SKIP strace is not installed')
        return finish()

    tmp = os.path.realpath(tempfile.mkdtemp(prefix='accord-test-faults-'))
    try:
        inputs = os.path.join(tmp, 'in')
        os.mkdir(inputs)
        bundled = os.path.join(data_dir, os.pardir, os.pardir, 'data', 'briefings',
                               'canada-korea-2026.briefing.json')
        big = os.path.join(inputs, 'big.json')
        # About 1.3 MB of text: several write() calls.
        make_briefing(big, 400)

        # Text, not PDF: a PDF export loads fonts, and fontconfig may
        # rewrite its caches on any run (it does when SOURCE_DATE_EPOCH is
        # older than a font folder), so the count of openat(), write() and
        # rename() calls before the writer's would change from run to run.
        # The writer is the same for every format; test-cli kills PDF
        # exports while they are drawn.
        scenario(strace_path, accord, tmp, 'txt (O_TMPFILE)', ['--export=txt'], [], big)
        # Without /proc the unnamed file cannot be linked: the named fallback.
        scenario(strace_path, accord, tmp, 'md (named fallback, no /proc)', ['--export=md'],
                 ['linkat:error=ENOENT:when=1'], bundled)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    print('# fault-injection matrix: scenario | system call | fault | outcome')
    for row in matrix:
        print('# %s | %s | %s | %s' % row)
    return finish()


if __name__ == '__main__':
    sys.exit(main(sys.argv))
