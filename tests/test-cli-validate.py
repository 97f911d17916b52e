#!/usr/bin/env python3
# test-cli-validate.py
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs the real program, `accord --validate FILE`, over the hostile corpus
# (tests/data/hostile/MANIFEST, with the large files from gen-hostile.py)
# and over tests/data/invalid/: the exit status must be 0 for a valid file
# and 1 for an invalid one, and an invalid file gets exactly one line on
# stderr, "FILE:LINE:COLUMN: message" (or "FILE: message" where the
# MANIFEST gives no position).  Prints TAP.
#
# Usage: test-cli-validate.py ACCORD DATA_DIR
#   ACCORD     the built program
#   DATA_DIR   tests/data in the source tree
# $ACCORD_HOSTILE_DIR: the large files, already made; otherwise they are
# made in a temporary folder.  ACCORD_TEST_NO_TIME_LIMITS=1 turns the time
# bounds off.

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

from accord_tap import environment, finish, report

DEFAULT_MAX_SECONDS = 2.0
# Starting the program costs a little on top of loading.
STARTUP_SECONDS = 1.0
TIMEOUT_SECONDS = 120

def read_manifest(path):
    cases = []
    with open(path, encoding='utf-8') as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if not line or line.startswith('#'):
                continue
            fields = line.split('\t')
            if len(fields) not in (5, 6):
                raise SystemExit('MANIFEST:%d: expected 5 or 6 fields' % number)
            case = {
                'file': fields[0],
                'valid': fields[1] == 'valid',
                'code': fields[2],
                'position': fields[3],
                'message': fields[4],
                'max_seconds': DEFAULT_MAX_SECONDS,
                'todo': None,
            }
            if fields[1] not in ('valid', 'invalid'):
                raise SystemExit('MANIFEST:%d: bad verdict %r' % (number, fields[1]))
            if len(fields) == 6:
                flags = fields[5]
                if 'todo=' in flags:
                    flags, case['todo'] = flags.split('todo=', 1)
                for flag in filter(None, flags.split(',')):
                    if flag.startswith('max-seconds='):
                        case['max_seconds'] = float(flag[len('max-seconds='):])
                    elif flag.startswith(('sections=', 'events=')):
                        pass  # counted by test-hostile, which loads the model
                    else:
                        raise SystemExit('MANIFEST:%d: unknown flag %r' % (number, flag))
            cases.append(case)
    return cases


def run(accord, args, cwd=None):
    start = time.monotonic()
    proc = subprocess.run([accord, '--validate'] + args, cwd=cwd, env=environment(),
                          stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, timeout=TIMEOUT_SECONDS)
    return proc, time.monotonic() - start


def decode(data):
    try:
        return data.decode('utf-8'), None
    except UnicodeDecodeError as e:
        return None, 'output is not UTF-8: %s' % e


def check_case(accord, case, path, shown, cwd):
    """Runs one MANIFEST case; returns None if it passed, else why not."""
    proc, seconds = run(accord, [shown], cwd=cwd)
    stdout, problem = decode(proc.stdout)
    if problem:
        return problem
    stderr, problem = decode(proc.stderr)
    if problem:
        return problem

    if stdout:
        return 'unexpected output on stdout: %r' % stdout

    if case['valid']:
        if proc.returncode != 0:
            return 'exit status %d for a valid file; stderr: %r' % (proc.returncode, stderr)
        if stderr:
            return 'unexpected stderr for a valid file: %r' % stderr
    else:
        if proc.returncode != 1:
            return 'exit status %d for an invalid file; stderr: %r' % (proc.returncode, stderr)
        lines = stderr.split('\n')
        if len(lines) != 2 or lines[1] != '':
            return 'expected one line on stderr, got %r' % stderr
        line = lines[0]
        if case['position'] == '*':
            prefix = shown + ':'
        elif case['position'] == '-':
            prefix = shown + ': '
        else:
            prefix = '%s:%s: ' % (shown, case['position'])
        if not line.startswith(prefix):
            return '%r does not start with %r' % (line, prefix)
        if case['message'] != '*' and case['message'] not in line[len(prefix):]:
            return '%r does not contain %r' % (line, case['message'])

    bound = case['max_seconds'] + STARTUP_SECONDS
    if not os.environ.get('ACCORD_TEST_NO_TIME_LIMITS') and seconds > bound:
        return 'took %.2f s; the bound is %.1f s' % (seconds, bound)

    return None


def generate(data_dir):
    prepared = os.environ.get('ACCORD_HOSTILE_DIR')
    if prepared:
        return prepared, None
    tmp = tempfile.mkdtemp(prefix='accord-cli-hostile-')
    script = os.path.join(data_dir, os.pardir, 'gen-hostile.py')
    subprocess.run([sys.executable, script, tmp], check=True)
    return tmp, tmp


def main(argv):
    if len(argv) != 3:
        sys.stderr.write('usage: test-cli-validate.py ACCORD DATA_DIR\n')
        return 2

    accord = os.path.abspath(argv[1])
    data_dir = os.path.abspath(argv[2])
    hostile_dir = os.path.join(data_dir, 'hostile')
    invalid_dir = os.path.join(data_dir, 'invalid')
    cases = read_manifest(os.path.join(hostile_dir, 'MANIFEST'))
    generated_dir, temporary = generate(data_dir)

    try:
        for case in cases:
            name = case['file']
            if case['todo']:
                report(True, name, directive='SKIP known bug: ' + case['todo'])
                continue
            if name.startswith('@'):
                # Large files by full path: the name is shown as given.
                path = os.path.join(generated_dir, name[1:])
                problem = check_case(accord, case, path, path, None)
            else:
                # Small files by their bare name, from their folder.
                problem = check_case(accord, case, os.path.join(hostile_dir, name), name,
                                     hostile_dir)
            report(problem is None, 'hostile/' + name.lstrip('@'), problem)

        pattern = re.compile(r'^invalid/[a-z0-9-]+\.json:[0-9]+:[0-9]+: \S')
        for name in sorted(os.listdir(invalid_dir)):
            shown = 'invalid/' + name
            proc, _ = run(accord, [shown], cwd=data_dir)
            stderr = proc.stderr.decode('utf-8', 'replace')
            problem = None
            if proc.returncode != 1:
                problem = 'exit status %d' % proc.returncode
            elif not pattern.match(stderr) or stderr.count('\n') != 1:
                problem = 'stderr is not one FILE:LINE:COL: line: %r' % stderr
            report(problem is None, shown, problem)

        # Several files: one line for each invalid one, in order, and exit 1.
        proc, _ = run(accord, ['hostile/markup.json', 'invalid/version-2.json',
                               'hostile/bidi.json', 'invalid/date-feb-30.json'], cwd=data_dir)
        lines = proc.stderr.decode('utf-8', 'replace').split('\n')
        ok = (proc.returncode == 1 and len(lines) == 3 and lines[2] == ''
              and lines[0].startswith('invalid/version-2.json:3:14: version: ')
              and lines[1].startswith('invalid/date-feb-30.json:44:15: events[0].date: '))
        report(ok, 'several files', None if ok else repr((proc.returncode, lines)))

        # All valid: exit 0, nothing printed.
        proc, _ = run(accord, ['hostile/markup.json', 'hostile/crlf.json'], cwd=data_dir)
        ok = proc.returncode == 0 and proc.stdout == b'' and proc.stderr == b''
        report(ok, 'several valid files', None if ok else repr((proc.returncode, proc.stderr)))

        # Not a briefing file at all.
        proc, _ = run(accord, ['hostile'], cwd=data_dir)
        ok = (proc.returncode == 1 and
              proc.stderr == 'hostile: this is a folder, not a briefing file\n'.encode())
        report(ok, 'a folder', None if ok else repr((proc.returncode, proc.stderr)))

        proc, _ = run(accord, ['no-such-file.json'], cwd=data_dir)
        ok = proc.returncode == 1 and proc.stderr.startswith(b'no-such-file.json: ')
        report(ok, 'a missing file', None if ok else repr((proc.returncode, proc.stderr)))

        proc, _ = run(accord, [], cwd=data_dir)
        ok = proc.returncode == 2
        report(ok, 'no file', None if ok else repr((proc.returncode, proc.stderr)))
    finally:
        if temporary:
            shutil.rmtree(temporary, ignore_errors=True)

    return finish()


if __name__ == '__main__':
    sys.exit(main(sys.argv))
