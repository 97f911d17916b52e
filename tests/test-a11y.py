#!/usr/bin/env python3
# test-a11y.py
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Reads the real Accord window the way a screen reader does: over AT-SPI,
# from another process (issue 13).  It starts the program under the X
# server and session bus it is given, drives it with real key events
# (xdotool), waits for every effect by polling the accessibility tree, and
# walks the tree of each page and state:
#
#   1 the section page at 1280x800      5 the error page (a missing file)
#   2 the timeline page (Alt+2)         6 a narrow window, 400x700, Alt+Left
#   3 search open with results          7 the keyboard shortcuts (Ctrl+?)
#   4 the export dialog (Ctrl+Shift+E)  8 the About window (F10, menu)
#   9 a person page (the People block), then Alt+Left and Alt+Right
#  10 the timeline in groups and eras  11 the briefing's properties (Alt+Return)
#
# Every element a user can focus or click (state FOCUSABLE, an action
# named click, activate or press, or the role of a control) must have a
# name fit to be spoken: not empty, not a class name ("GtkImage"), no
# mnemonic underscore ("_Open"), not the same words twice ("Cancel
# Cancel").  Windows are held to the same rule, as their title is what a
# screen reader says when they open.  A toggle must not say "push button"
# and a radio button must not say "check box".  Then the keyboard focus is
# checked where a user needs it: on a search result after Down, on the
# section list after Escape, out of that list after one Tab, on a
# timeline event after Alt+2.
#
# Checks that fail on today's program are TAP TODOs (KNOWN_FAILURES
# below), with what they find: remove the entry when the fix lands, as a
# TODO that passes is reported as an unexpected pass.
#
# Usage: test-a11y.py ACCORD DATA_DIR
#   ACCORD     the built program
#   DATA_DIR   tests/data in the source tree (the bundled briefing is read
#              first; then a briefing in groups from DATA_DIR/groups)
# Run it with an X server and a private session bus, as meson does:
#   xvfb-run -a -s '-screen 0 1280x1024x24' \
#     dbus-run-session -- python3 tests/test-a11y.py _build/src/accord tests/data
# GSETTINGS_SCHEMA_DIR must name the compiled schemas (_build/data).

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import warnings

SYSTEM_PYTHON = '/usr/bin/python3'

try:
    import gi
    gi.require_version('Atspi', '2.0')
    from gi.repository import Atspi, Gio, GLib
except (ImportError, ValueError) as error:
    # Debian's python3-gi and gir1.2-atspi-2.0 belong to the system's
    # Python; a python3 found earlier on PATH (pyenv, a venv) lacks them.
    if os.path.realpath(sys.executable) != os.path.realpath(SYSTEM_PYTHON) \
            and os.access(SYSTEM_PYTHON, os.X_OK) \
            and not os.environ.get('ACCORD_A11Y_REEXEC'):
        os.environ['ACCORD_A11Y_REEXEC'] = '1'
        os.execv(SYSTEM_PYTHON, [SYSTEM_PYTHON] + sys.argv)
    message = ('gi.repository.Atspi is not importable (%s): install python3-gi '
               'and gir1.2-atspi-2.0 (build-aux/accord-dev deps)' % error)
    sys.stderr.write('test-a11y: %s\n' % message)
    # The TAP way to skip a whole file; meson counts any other exit status
    # of a TAP test, 77 included, as an error.
    print('1..0 # SKIP ' + message)
    sys.exit(0)

from accord_tap import environment, finish, report

# G_DEBUG=fatal-warnings is for the program under test, not for this
# client: libatspi warns, harmlessly, that GTK 4.8 has no AT-SPI cache
# object.
GLib.log_set_always_fatal(GLib.LogLevelFlags.LEVEL_ERROR)

# atspi_action_get_action_name() is deprecated for atspi_action_get_name(),
# which the introspection data does not offer on an Accessible.
warnings.filterwarnings('ignore', category=DeprecationWarning, module=__name__)

TITLE = 'Canada–Korea defence agreement'
ERROR_TITLE = 'This Briefing Could Not Be Opened'
MISSING_FILE = '/nonexistent.briefing.json'
APP_NAME = 'accord'            # what GTK gives AT-SPI: g_get_prgname()
WAIT = 15.0                    # seconds for anything the program must do
SETTLE = 3.0                   # seconds for a key's effect on the focus
POLL = 0.1

CLASS_NAME = re.compile(r'^(Gtk|Adw|Accord)[A-Z]\w*$')
MNEMONIC = re.compile(r'(?<!\S)_\w')

# Roles that are controls whatever their states say.
CONTROL_ROLES = {
    Atspi.Role.PUSH_BUTTON, Atspi.Role.TOGGLE_BUTTON, Atspi.Role.CHECK_BOX,
    Atspi.Role.RADIO_BUTTON, Atspi.Role.MENU_ITEM, Atspi.Role.CHECK_MENU_ITEM,
    Atspi.Role.RADIO_MENU_ITEM, Atspi.Role.ENTRY, Atspi.Role.LIST_ITEM,
    Atspi.Role.LINK,
}
CLICK_ACTIONS = {'click', 'activate', 'press'}
WINDOW_ROLES = {Atspi.Role.FRAME, Atspi.Role.DIALOG, Atspi.Role.WINDOW}

# The checks that fail on today's program, and why.  Remove an entry when
# its fix lands.
KNOWN_FAILURES = {
}

# What GTK 4.8 cannot say, whatever the program does: it has no toggle
# button role (GTK 4.10 adds GTK_ACCESSIBLE_ROLE_TOGGLE_BUTTON), so a
# toggle is a push button with the state "pressed", which Orca reads as a
# toggle.  Reported on stderr, not failed.
GTK_LIMITS = {
    'a toggle (state pressed or checked) exposed as push button',
}

PAGES = [
    ('page1', 'the section page at 1280x800'),
    ('page2', 'the timeline page (Alt+2)'),
    ('page3', 'search open with results for "naval"'),
    ('page4', 'the export dialog (Ctrl+Shift+E)'),
    ('page5', 'the error page (a missing file)'),
    ('page6', 'the narrow window (400x700, Alt+Left)'),
    ('page7', 'the keyboard shortcuts window (Ctrl+?)'),
    ('page8', 'the About window (F10, About Accord)'),
    ('page9', 'a person page (a person of the section\'s People block)'),
    ('page10', 'the timeline in groups and eras (tests/data/groups)'),
    ('page11', 'the briefing\'s properties (Alt+Return)'),
]
FOCUS_CHECKS = [
    ('focus-search-row', 'Ctrl+F, "naval", Down or Tab: a search result row has the focus'),
    ('focus-search-open', 'Enter on the focused result opens its section'),
    ('focus-escape-row', 'Escape: the focus is on the selected row of the section list'),
    ('focus-tab-out', 'from a focused row of the section list, one Tab leaves the list'),
    ('focus-timeline', 'Alt+2: the focus is on a timeline event, named with its title and date'),
    ('history-buttons', 'the header has Back and Forward buttons, named so'),
    ('history-back', 'Alt+Left from a person page shows the section again'),
    ('history-forward', 'Alt+Right then shows the person page again'),
    ('focus-timeline-group', 'in groups: the focused event is named with its group, and Down '
     'moves the focus to an event of a lane below, named with its group'),
]

results = {}


def record(key, ok, name, diagnostic=None, skip=None):
    results[key] = (ok, name, diagnostic, skip)


START = time.monotonic()


def log(message):
    sys.stderr.write('test-a11y: %6.1f s: %s\n' % (time.monotonic() - START, message))
    sys.stderr.flush()


def wait_for(predicate, timeout=WAIT):
    """Polls PREDICATE until it returns something true or the deadline
    passes; returns its last value."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            value = predicate()
        except GLib.Error:
            value = None
        if value or time.monotonic() >= deadline:
            return value
        time.sleep(POLL)


# --- the accessibility tree ---------------------------------------------

def safe(default, function, *args):
    try:
        return function(*args)
    except GLib.Error:
        return default


def role(acc):
    return safe(Atspi.Role.INVALID, acc.get_role)


def role_name(acc):
    return safe('?', acc.get_role_name)


def name(acc):
    return safe('', acc.get_name) or ''


def description(acc):
    return safe('', acc.get_description) or ''


def has_state(acc, state):
    states = safe(None, acc.get_state_set)
    return bool(states and states.contains(state))


def children(acc):
    count = safe(0, acc.get_child_count)
    kids = []
    for i in range(count):
        child = safe(None, acc.get_child_at_index, i)
        if child is not None:
            kids.append(child)
    return kids


def interfaces(acc):
    return safe([], acc.get_interfaces)


def action_names(acc):
    if 'Action' not in interfaces(acc):
        return []
    return [safe('', Atspi.Action.get_action_name, acc, i)
            for i in range(safe(0, Atspi.Action.get_n_actions, acc))]


def extents(acc):
    """The element's box in its window, or None if it has none."""
    if 'Component' not in interfaces(acc):
        return None
    box = safe(None, Atspi.Component.get_extents, acc, Atspi.CoordType.WINDOW)
    return None if box is None else (box.x, box.y, box.width, box.height)


def has_area(acc):
    box = extents(acc)
    return box is None or (box[2] > 0 and box[3] > 0)


def step_label(acc, index):
    text = name(acc)
    if len(text) > 48:
        text = text[:47] + '…'
    label = '%s[%d]' % (role_name(acc), index)
    return label + (' "%s"' % text if text else '')


def walk(root, root_path, prune=True):
    """Yields (element, ancestors, path) for ROOT and everything under it
    that has an area: what is not allocated (an unrevealed search bar, the
    narrow view switcher of a wide window) is not on screen.  GTK 4.8 gives
    no SHOWING state below the window, so the pages of a stack that are
    not shown stay in the tree, as a screen reader sees them."""
    stack = [(root, [], root_path)]
    while stack:
        acc, ancestors, path = stack.pop()
        yield acc, ancestors, path
        kids = children(acc)
        for index in reversed(range(len(kids))):
            kid = kids[index]
            if not prune or has_area(kid):
                stack.append((kid, ancestors + [acc], path + ' › ' + step_label(kid, index)))


def is_interactive(acc):
    if role(acc) in CONTROL_ROLES or role(acc) in WINDOW_ROLES:
        return True
    if has_state(acc, Atspi.StateType.FOCUSABLE):
        return True
    return bool(CLICK_ACTIONS.intersection(action_names(acc)))


def name_problems(text):
    """What is wrong with TEXT as a control's name, as a list."""
    stripped = text.strip()
    if not stripped:
        return ['no name']
    problems = []
    if CLASS_NAME.match(stripped):
        problems.append('a class name')
    if MNEMONIC.search(stripped):
        problems.append('a mnemonic underscore')
    words = stripped.replace('_', '').casefold().split()
    half = len(words) // 2
    if len(words) >= 2 and len(words) % 2 == 0 and words[:half] == words[half:]:
        problems.append('the same words twice')
    return problems


def outermost(ancestors, wanted):
    for acc in ancestors:
        if role(acc) == wanted:
            return acc
    return None


def audit(root, root_path):
    """Returns (checked, name offenders, role offenders) under ROOT; an
    offender is (problem, role, name, path)."""
    checked = 0
    bad_names = []
    bad_roles = []
    check_groups = {}
    for acc, ancestors, path in walk(root, root_path):
        r = role(acc)
        if r == Atspi.Role.CHECK_BOX:
            group = outermost(ancestors, Atspi.Role.LIST) or (ancestors[-1] if ancestors else root)
            check_groups.setdefault(group, []).append((acc, path))
        if not is_interactive(acc):
            continue
        checked += 1
        text = name(acc)
        problems = name_problems(text)
        if problems:
            bad_names.append((', '.join(problems), role_name(acc), text, path))
        if r == Atspi.Role.PUSH_BUTTON:
            if has_state(acc, Atspi.StateType.PRESSED) or has_state(acc, Atspi.StateType.CHECKED) \
                    or has_state(acc, Atspi.StateType.CHECKABLE):
                problem = 'a toggle (state pressed or checked) exposed as push button'
                if problem in GTK_LIMITS:
                    log('GTK 4.8 limit, not failed: %s: [%s] "%s" at %s'
                        % (problem, role_name(acc), text, path))
                else:
                    bad_roles.append((problem, role_name(acc), text, path))
            if any(role(a) in (Atspi.Role.PUSH_BUTTON, Atspi.Role.TOGGLE_BUTTON) for a in ancestors):
                bad_roles.append(('a button inside a button', role_name(acc), text, path))
    # Check boxes of which exactly one is checked, in one list, are a
    # choice of one: radio buttons.
    for members in check_groups.values():
        checked_members = [m for m in members if has_state(m[0], Atspi.StateType.CHECKED)]
        if len(members) >= 2 and len(checked_members) == 1:
            for acc, path in members:
                bad_roles.append(('one of a group of exclusive choices exposed as check box',
                                  role_name(acc), name(acc), path))
    return checked, bad_names, bad_roles


def describe_offenders(offenders):
    return '\n'.join('%s: [%s] "%s" at %s' % offender for offender in offenders)


def audit_page(key, label, root, root_path):
    checked, bad_names, bad_roles = audit(root, root_path)
    log('%s: %d controls, %d misnamed, %d with a wrong role'
        % (key, checked, len(bad_names), len(bad_roles)))
    counts = {}
    for problems, _, _, _ in bad_names:
        for problem in problems.split(', '):
            counts[problem] = counts.get(problem, 0) + 1
    summary = ', '.join('%d %s' % (n, p) for p, n in sorted(counts.items()))
    record(key + '-names', not bad_names,
           '%s: every focusable or clickable element has a fit name (%d checked, %d unnamed or misnamed%s)'
           % (label, checked, len(bad_names), ': ' + summary if summary else ''),
           describe_offenders(bad_names) or None)
    record(key + '-roles', not bad_roles,
           '%s: buttons, toggles and choices have their role (%d wrong)' % (label, len(bad_roles)),
           describe_offenders(bad_roles) or None)


def skip_page(key, label, why):
    record(key + '-names', True, label + ': names', skip=why)
    record(key + '-roles', True, label + ': roles', skip=why)


def find(root, predicate):
    for acc, ancestors, path in walk(root, role_name(root)):
        if predicate(acc):
            return acc
    return None


def focused(root):
    """(element, ancestors, path) of the element with state FOCUSED."""
    for acc, ancestors, path in walk(root, step_label(root, 0), prune=False):
        if has_state(acc, Atspi.StateType.FOCUSED):
            return acc, ancestors, path
    return None


def describe_focus(focus):
    if not focus:
        return 'nothing has the focus'
    acc, _, path = focus
    return 'focus on [%s] "%s" at %s' % (role_name(acc), name(acc), path)


def same_element(a, b):
    # libatspi keeps one object per element, so one Python wrapper.
    return a is not None and b is not None and a == b


def focus_moved(root, before):
    """Waits until the focus is on another element than BEFORE's."""
    def moved():
        now = focused(root)
        if now is None:
            return None
        if before is not None and same_element(now[0], before[0]):
            return None
        return now
    return wait_for(moved, SETTLE) or focused(root)


# --- the program ----------------------------------------------------------

class Accord:
    def __init__(self, binary, args):
        env = environment()
        for variable in ('DISPLAY', 'XAUTHORITY'):
            if variable in os.environ:
                env[variable] = os.environ[variable]
        env['GDK_BACKEND'] = 'x11'
        # The accessibility bridge must be on for this test.
        env.pop('NO_AT_BRIDGE', None)
        env.pop('GTK_A11Y', None)
        self.stderr = tempfile.TemporaryFile()
        self.proc = subprocess.Popen([binary] + args, env=env, stdin=subprocess.DEVNULL,
                                     stdout=self.stderr, stderr=self.stderr)
        self.app = None
        self.xid = None

    def find_app(self):
        desktop = Atspi.get_desktop(0)
        for acc in children(desktop):
            if safe(-1, acc.get_process_id) == self.proc.pid:
                return acc
        return None

    def wait_app(self):
        # Stops waiting as soon as the program has exited.
        found = wait_for(lambda: self.find_app() if self.proc.poll() is None else 'exited')
        self.app = found if found and found != 'exited' else None
        return self.app

    def frames(self):
        return [w for w in children(self.app) if role(w) in WINDOW_ROLES]

    def showing_frame(self, predicate):
        for w in self.frames():
            if has_state(w, Atspi.StateType.SHOWING) and predicate(w):
                return w
        return None

    def main_frame(self):
        return self.frames()[0] if self.frames() else None

    def find_xid(self):
        """The X window of the main frame, by its process and title."""
        title = name(self.main_frame())
        out = xdotool('search', '--all', '--onlyvisible', '--pid', str(self.proc.pid),
                      capture=True)
        for xid in out.split():
            if xdotool('getwindowname', xid, capture=True).strip() == title:
                return xid
        return None

    def focus_window(self):
        """Gives the main window the keyboard focus, as a window manager
        would (there is none under Xvfb), and waits until it is active."""
        self.xid = self.xid or wait_for(self.find_xid, 5)
        if not self.xid:
            return False
        xdotool('windowfocus', self.xid)
        return wait_for(lambda: has_state(self.main_frame(), Atspi.StateType.ACTIVE), 5)

    def alive(self):
        return self.proc.poll() is None

    def output(self):
        self.stderr.seek(0)
        return self.stderr.read().decode('utf-8', 'replace')

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        return self.proc.returncode


def xdotool(*args, capture=False):
    done = subprocess.run(['xdotool'] + list(args), stdin=subprocess.DEVNULL,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=30)
    if done.returncode != 0 and not capture:
        log('xdotool %s: %s' % (' '.join(args), done.stderr.decode('utf-8', 'replace').strip()))
    return done.stdout.decode('utf-8', 'replace')


def key(*keys):
    xdotool('key', '--delay', '40', *keys)


def hold_display():
    """Keeps one client connected to the X server for the whole test: an
    X server without -noreset resets when its last client leaves, and the
    accessibility bus launcher connects and leaves right when the program
    starts, which then cannot open the display."""
    try:
        import ctypes
        xlib = ctypes.CDLL('libX11.so.6')
        xlib.XOpenDisplay.restype = ctypes.c_void_p
        xlib.XOpenDisplay.argtypes = [ctypes.c_char_p]
        return xlib.XOpenDisplay(None)
    except OSError:
        return None


def a11y_bus_address():
    """Asks the session bus for the accessibility bus, starting it: the
    same question GTK asks when it starts."""
    bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    reply = bus.call_sync('org.a11y.Bus', '/org/a11y/bus', 'org.a11y.Bus', 'GetAddress',
                          None, GLib.VariantType.new('(s)'), Gio.DBusCallFlags.NONE,
                          10000, None)
    return reply.unpack()[0]


# --- the pages ------------------------------------------------------------

def in_list(ancestors, list_name):
    return any(role(a) == Atspi.Role.LIST and name(a) == list_name for a in ancestors)


def list_ancestors(root, target):
    for acc, ancestors, _ in walk(root, ''):
        if acc == target:
            return ancestors
    return []


def row_of(acc, ancestors):
    """The list item that is ACC or holds it."""
    if role(acc) == Atspi.Role.LIST_ITEM:
        return acc
    for a in reversed(ancestors):
        if role(a) == Atspi.Role.LIST_ITEM:
            return a
    return None


def texts(acc):
    """The names of the labels under ACC, in order."""
    found = []
    for a, _, _ in walk(acc, ''):
        if role(a) == Atspi.Role.LABEL and name(a):
            found.append(name(a))
    return found


GROUP_HEADER = re.compile(r'^.+ \(\d+\)$')


def is_result_row(acc, ancestors):
    row = row_of(acc, ancestors)
    if row is None or not in_list(ancestors + [acc], 'Search results'):
        return None
    labels = texts(row)
    if len(labels) == 1 and GROUP_HEADER.match(labels[0]):
        return None   # a group's header, "Sections (1)"
    return row


def section_heading(frame):
    return find(frame, lambda a: role(a) == Atspi.Role.HEADING)


def events(binary):
    """(title, date) of every event, from accord --list-events."""
    done = subprocess.run([binary, '--list-events'], env=environment(), stdin=subprocess.DEVNULL,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60)
    found = []
    for line in done.stdout.decode('utf-8').splitlines():
        fields = line.split('\t')
        if len(fields) == 3:
            found.append((fields[2], fields[0]))
    return found


def names_event(text, event):
    title, date = event
    parts = date.split('-')
    if title not in text or parts[0] not in text:
        return False
    return len(parts) < 3 or re.search(r'\b%d\b' % int(parts[2]), text) is not None


def walk_main_window(accord, binary):
    frame = accord.showing_frame(lambda w: name(w) == TITLE)
    record('window', bool(frame), 'the window shows the briefing ("%s")' % TITLE,
           None if frame else 'windows: %r' % [name(w) for w in accord.frames()])
    if not frame:
        for page_key, label in PAGES:
            if page_key != 'page5':
                skip_page(page_key, label, 'the briefing was not shown')
        return

    # 1. The section page, 1280x800.
    accord.xid = wait_for(accord.find_xid, 5)
    if accord.xid:
        xdotool('windowsize', accord.xid, '1280', '800')
    sized = wait_for(lambda: (extents(frame) or (0, 0, 0, 0))[2] >= 1200)
    focused_window = accord.focus_window()
    heading = wait_for(lambda: section_heading(frame))
    if not (sized and focused_window and heading):
        log('page 1: size %r, window active %r, heading %r'
            % (extents(frame), bool(focused_window), heading and name(heading)))
    audit_page('page1', PAGES[0][1], frame, step_label(frame, 0))

    # 2. The timeline, Alt+2: the focus on an event.
    known_events = events(binary)
    before = focused(frame)
    key('alt+2')
    timeline_tab = wait_for(lambda: find(frame, lambda a: role(a) == Atspi.Role.PAGE_TAB
                                         and name(a) == 'Timeline'
                                         and has_state(a, Atspi.StateType.SELECTED)))
    event_buttons = wait_for(lambda: [a for a, _, _ in walk(frame, '')
                                      if role(a) != Atspi.Role.LABEL
                                      and any(names_event(name(a), e) for e in known_events)]) \
        if timeline_tab else None
    if not timeline_tab:
        record('focus-timeline', False, dict(FOCUS_CHECKS)['focus-timeline'],
               'Alt+2 did not select the Timeline tab')
        skip_page('page2', PAGES[1][1], 'Alt+2 did not show the timeline')
    else:
        after = focus_moved(frame, before)
        on_event = after is not None and any(names_event(name(after[0]), e) for e in known_events)
        record('focus-timeline', on_event, dict(FOCUS_CHECKS)['focus-timeline'],
               'events: %s\nafter Alt+2: %s'
               % ('; '.join('%s (%s)' % e for e in known_events), describe_focus(after)))
        log('page 2: %d elements name an event' % len(event_buttons or []))
        audit_page('page2', PAGES[1][1], frame, step_label(frame, 0))

    # 3. Search, Ctrl+F and "naval": the results, then the focus on them.
    key('ctrl+f')
    entry = wait_for(lambda: (lambda f: f if f and role(f[0]) == Atspi.Role.ENTRY else None)
                     (focused(frame)))
    if entry:
        xdotool('type', '--delay', '40', 'naval')
    result_rows = wait_for(lambda: [a for a, anc, _ in walk(frame, '')
                                    if role(a) == Atspi.Role.LIST_ITEM and is_result_row(a, anc)]) \
        if entry else None
    if not result_rows:
        why = 'Ctrl+F, "naval" gave no search result row: %s' % describe_focus(focused(frame))
        skip_page('page3', PAGES[2][1], why)
        for key_ in ('focus-search-row', 'focus-search-open', 'focus-escape-row'):
            record(key_, False, dict(FOCUS_CHECKS)[key_], why)
    else:
        audit_page('page3', PAGES[2][1], frame, step_label(frame, 0))
        start = focused(frame)
        key('Down')
        after = focus_moved(frame, start)
        row = after and is_result_row(after[0], after[1])
        how = 'Down'
        if not row:
            log('Down from the entry: %s; trying Tab' % describe_focus(after))
            key('Tab')
            after = focus_moved(frame, after)
            row = after and is_result_row(after[0], after[1])
            how = 'Down, then Tab'
        record('focus-search-row', bool(row), dict(FOCUS_CHECKS)['focus-search-row'],
               'from %s\nafter %s: %s' % (describe_focus(start), how, describe_focus(after)))

        expected = texts(row)[0] if row else None
        key('Return')
        opened = wait_for(lambda: (lambda h: h and name(h) == expected)(section_heading(frame)),
                          SETTLE) if expected else None
        heading = section_heading(frame)
        record('focus-search-open', bool(opened), dict(FOCUS_CHECKS)['focus-search-open'],
               'focused result: %s; section shown after Enter: "%s"'
               % ('"%s"' % expected if expected else 'none', name(heading) if heading else ''))

        # Escape is pressed from inside the search: on a result, or else
        # back in the entry (Ctrl+F).
        before = focused(frame)
        if not before or not any(name(a) == 'AccordSearchPanel' or
                                 in_list([a], 'Search results') for a in before[1] + [before[0]]):
            key('ctrl+f')
            before = wait_for(lambda: (lambda f: f if f and role(f[0]) == Atspi.Role.ENTRY
                                       else None)(focused(frame)), SETTLE) or focused(frame)
        key('Escape')

        def on_selected_row():
            f = focused(frame)
            if not f or not in_list(f[1] + [f[0]], 'Sections'):
                return None
            r = row_of(f[0], f[1])
            return f if r is not None and has_state(r, Atspi.StateType.SELECTED) else None
        after = wait_for(on_selected_row, SETTLE) or focused(frame)
        record('focus-escape-row', bool(on_selected_row()), dict(FOCUS_CHECKS)['focus-escape-row'],
               'before Escape: %s\nafter: %s' % (describe_focus(before), describe_focus(after)))

        # Leave the search closed, whatever the keys did: click the search
        # toggle as a screen reader can.
        toggle = find(frame, lambda a: role(a) in (Atspi.Role.PUSH_BUTTON, Atspi.Role.TOGGLE_BUTTON)
                      and 'Search' in (name(a), description(a))
                      and (has_state(a, Atspi.StateType.PRESSED)
                           or has_state(a, Atspi.StateType.CHECKED)))
        if toggle is not None and 'click' in action_names(toggle):
            safe(False, Atspi.Action.do_action, toggle, action_names(toggle).index('click'))
            wait_for(lambda: not (has_state(toggle, Atspi.StateType.PRESSED)
                                  or has_state(toggle, Atspi.StateType.CHECKED)), SETTLE)

    # From a focused row of the section list, one Tab leaves the list.
    def on_sidebar_row():
        f = focused(frame)
        return f if f and in_list(f[1] + [f[0]], 'Sections') and row_of(f[0], f[1]) else None
    start = on_sidebar_row()
    if not start:
        # Not what this check is about: put the focus on the selected row
        # as a screen reader can, then press Tab.
        selected = find(frame, lambda a: role(a) == Atspi.Role.LIST_ITEM
                        and has_state(a, Atspi.StateType.SELECTED)
                        and has_state(a, Atspi.StateType.FOCUSABLE))
        if selected is not None and in_list(list_ancestors(frame, selected), 'Sections'):
            for target in [selected] + children(selected):
                if safe(False, Atspi.Component.grab_focus, target) and wait_for(on_sidebar_row, SETTLE):
                    break
        start = wait_for(on_sidebar_row, SETTLE)
    if not start:
        record('focus-tab-out', False, dict(FOCUS_CHECKS)['focus-tab-out'],
               'no row of the section list could get the focus to start from: %s'
               % describe_focus(focused(frame)))
    else:
        key('Tab')
        after = focus_moved(frame, start)
        left = after is not None and not in_list(after[1] + [after[0]], 'Sections')
        record('focus-tab-out', left, dict(FOCUS_CHECKS)['focus-tab-out'],
               'from %s\nafter one Tab: %s' % (describe_focus(start), describe_focus(after)))

    # 9. A person page from the sidebar's People, then back and forward.
    walk_people(accord, frame, binary)

    # 4. The export dialog.
    walk_dialog(accord, 'page4', PAGES[3][1], ['ctrl+shift+e'],
                lambda w: name(w) == 'Export')

    # 11. The briefing's properties, which Escape closes.
    key_, label = PAGES[10]
    record(key_ + '-escape', walk_dialog(accord, key_, label, ['alt+Return'],
                                         lambda w: name(w) == 'Properties'),
           'Escape closes %s' % label)

    # 7. The keyboard shortcuts window.
    walk_dialog(accord, 'page7', PAGES[6][1], ['ctrl+question'],
                lambda w: w is not None and not same_element(w, frame))

    # 8. The About window, from the main menu.
    walk_about(accord, frame)

    # 6. The narrow window, then Alt+Left to the sidebar.
    walk_narrow(accord, frame)


def actors(binary):
    """(id, name) of every actor, from accord --list-actors."""
    done = subprocess.run([binary, '--list-actors'], env=environment(), stdin=subprocess.DEVNULL,
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, timeout=60)
    return [tuple(line.split('\t')[:2]) for line in done.stdout.decode('utf-8').splitlines()]


def walk_people(accord, frame, binary):
    key_, label = PAGES[8]
    people = actors(binary)
    buttons = {}
    for wanted in ('Back', 'Forward'):
        buttons[wanted] = find(frame, lambda a: role(a) == Atspi.Role.PUSH_BUTTON and name(a) == wanted
                               and has_area(a))
    record('history-buttons', all(buttons.values()), dict(FOCUS_CHECKS)['history-buttons'],
           'found: %r' % {k: bool(v) for k, v in buttons.items()})

    if not people or not accord.focus_window():
        skip_page(key_, label, 'no actor listed, or no keyboard focus')
        return
    heading_before = section_heading(frame)
    section_name = name(heading_before) if heading_before else None

    # A person of the section's People block, as a screen reader clicks
    # their button ("NAME, show page").
    button = wait_for(lambda: find(frame, lambda a: role(a) == Atspi.Role.PUSH_BUTTON and has_area(a)
                                   and name(a).endswith(', show page')
                                   and 'click' in action_names(a)), SETTLE)
    if button is None:
        record(key_ + '-open', False, '%s opens' % label,
               'no "…, show page" button in the section %r' % section_name)
        skip_page(key_, label, 'no person button')
        return
    safe(False, Atspi.Action.do_action, button, action_names(button).index('click'))

    names = [n for _, n in people]

    def heading_named(wanted):
        """A heading on screen whose name is one of WANTED."""
        return find(frame, lambda a: role(a) == Atspi.Role.HEADING and name(a) in wanted and has_area(a))

    def headings():
        return [name(a) for a, _, _ in walk(frame, '') if role(a) == Atspi.Role.HEADING and has_area(a)]

    shown = wait_for(lambda: heading_named(names), SETTLE)
    record(key_ + '-open', bool(shown), '%s opens' % label,
           None if shown else 'headings after the click: %r' % headings())
    if not shown:
        skip_page(key_, label, 'the person page did not open')
        return
    person = name(shown)
    audit_page(key_, label, frame, step_label(frame, 0))

    # Hidden pages keep their extents over AT-SPI in GTK 4.8: what is shown
    # is told by the focus, which going back or forward puts on the page
    # shown (the section's column, named after it, or the person page).
    def focus_named(wanted):
        f = focused(frame)
        return f if f and name(f[0]) == wanted else None

    key('alt+Left')
    back = wait_for(lambda: focus_named(section_name), SETTLE)
    record('history-back', bool(back), dict(FOCUS_CHECKS)['history-back'],
           'expected the focus on "%s": %s' % (section_name, describe_focus(focused(frame))))
    key('alt+Right')
    forward = wait_for(lambda: focus_named(person), SETTLE)
    record('history-forward', bool(forward), dict(FOCUS_CHECKS)['history-forward'],
           'expected the focus on "%s": %s' % (person, describe_focus(focused(frame))))
    # Leave the section shown for the steps after this one.
    key('alt+Left')
    wait_for(lambda: focus_named(section_name), SETTLE)


def close_dialog(accord, dialog):
    """Escape, and whether it closed the dialog."""
    key('Escape')
    closed = bool(wait_for(lambda: not has_state(dialog, Atspi.StateType.SHOWING)
                           or dialog not in accord.frames(), 5))
    escaped = closed
    if not closed:
        # Not this test's business; close it as the window's own action.
        log('Escape did not close "%s": closing it with its window.close action' % name(dialog))
        actions = action_names(dialog)
        if 'window.close' in actions:
            safe(False, Atspi.Action.do_action, dialog, actions.index('window.close'))
        wait_for(lambda: not has_state(dialog, Atspi.StateType.SHOWING), 5)
    accord.focus_window()
    return escaped


def walk_dialog(accord, key_, label, keys, is_it):
    if not accord.focus_window():
        skip_page(key_, label, 'the main window could not get the keyboard focus')
        return
    main = accord.main_frame()
    key(*keys)
    dialog = wait_for(lambda: accord.showing_frame(
        lambda w: not same_element(w, main) and is_it(w)))
    record(key_ + '-open', bool(dialog), '%s opens' % label,
           None if dialog else 'windows: %r' % [(name(w), role_name(w)) for w in accord.frames()])
    if not dialog:
        skip_page(key_, label, 'it did not open')
        return
    # Its content is there once something in it has the focus.
    wait_for(lambda: focused(dialog), SETTLE)
    audit_page(key_, label, dialog, step_label(dialog, 0))
    return close_dialog(accord, dialog)


def walk_about(accord, frame):
    key_, label = PAGES[7]
    if not accord.focus_window():
        skip_page(key_, label, 'the main window could not get the keyboard focus')
        return
    key('F10')
    item = wait_for(lambda: (lambda f: f if f and role(f[0]) == Atspi.Role.MENU_ITEM else None)
                    (focused(frame)))
    presses = 0
    while item and 'About' not in name(item[0]) and presses < 15:
        key('Down')
        presses += 1
        item = focus_moved(frame, item)
        if item and role(item[0]) != Atspi.Role.MENU_ITEM:
            item = None
    if not item or 'About' not in name(item[0]):
        record(key_ + '-open', False, '%s opens' % label,
               'F10 and Down did not reach "About Accord": %s' % describe_focus(focused(frame)))
        skip_page(key_, label, 'the menu item was not reached')
        key('Escape')
        return
    key('Return')
    dialog = wait_for(lambda: accord.showing_frame(lambda w: name(w) == 'About'))
    record(key_ + '-open', bool(dialog), '%s opens' % label,
           None if dialog else 'windows: %r' % [name(w) for w in accord.frames()])
    if not dialog:
        skip_page(key_, label, 'it did not open')
        return
    wait_for(lambda: focused(dialog), SETTLE)
    audit_page(key_, label, dialog, step_label(dialog, 0))
    close_dialog(accord, dialog)


def walk_narrow(accord, frame):
    key_, label = PAGES[5]
    if not accord.focus_window():
        skip_page(key_, label, 'the main window could not get the keyboard focus')
        return
    # The reader in the section (Alt+1), so that the narrow window folds
    # to it: Alt+Left then returns to the list.
    key('alt+1')
    xdotool('windowsize', accord.xid, '400', '700')

    def back_button():
        # Back is always in the content's header (it goes back in history
        # too); folded, the content fills the window, so it is at its left.
        return find(frame, lambda a: role(a) == Atspi.Role.PUSH_BUTTON
                    and 'Back' in (name(a), description(a))
                    and (extents(a) or (9999,))[0] < 100)
    folded = wait_for(lambda: (extents(frame) or (0, 0, 9999, 0))[2] <= 420 and back_button())
    if not folded:
        record(key_ + '-open', False, '%s shows the section list' % label,
               'at 400x700 no Back button appeared: the window did not fold (%r); Back buttons at %r'
               % (extents(frame), [extents(a) for a, _, _ in walk(frame, '', prune=False)
                                   if role(a) == Atspi.Role.PUSH_BUTTON and name(a) == 'Back']))
        skip_page(key_, label, 'the window did not fold')
        return
    key('alt+Left')

    def sidebar_shown():
        """The section list is what is in the middle of the window."""
        box = extents(frame) or (0, 0, 400, 700)
        acc = frame
        for _ in range(64):
            deeper = safe(None, Atspi.Component.get_accessible_at_point, acc,
                          box[2] // 2, box[3] // 2, Atspi.CoordType.WINDOW)
            if deeper is None or deeper == acc:
                break
            acc = deeper
        hit[0] = acc
        chain = []
        while acc is not None and acc != frame and len(chain) < 64:
            chain.append(acc)
            acc = safe(None, acc.get_parent)
        return in_list(chain, 'Sections')
    hit = [None]
    # The leaflet slides: wait until the sidebar is there, twice in a row.
    previous = [False]

    def settled():
        now = sidebar_shown()
        stable = now and previous[0]
        previous[0] = now
        return stable
    shown = wait_for(settled)
    record(key_ + '-open', bool(shown), '%s shows the section list' % label,
           None if shown else 'after Alt+Left the section list is not in the middle of the '
           'window, but [%s] "%s"; %s' % (role_name(hit[0]), name(hit[0]), describe_focus(focused(frame))))
    if not shown:
        skip_page(key_, label, 'Alt+Left did not show the section list')
        return
    audit_page(key_, label, frame, step_label(frame, 0))


def walk_error_page(binary):
    key_, label = PAGES[4]
    accord = Accord(binary, [MISSING_FILE])
    try:
        if not accord.wait_app():
            record(key_ + '-open', False, '%s is shown' % label,
                   'accord %s is not on the AT-SPI desktop; its output:\n%s'
                   % (MISSING_FILE, accord.output()[-2000:]))
            skip_page(key_, label, 'the program did not start')
            return
        error = wait_for(lambda: [w for w in accord.frames()
                                  if find(w, lambda a: name(a) == ERROR_TITLE)])
        record(key_ + '-open', bool(error), '%s is shown ("%s")' % (label, ERROR_TITLE),
               None if error else 'windows: %r' % [name(w) for w in accord.frames()])
        if not error:
            skip_page(key_, label, 'the error page was not shown')
            return
        wait_for(lambda: focused(error[0]), SETTLE)
        audit_page(key_, label, error[0], step_label(error[0], 0))
    finally:
        status = accord.stop()
        record('alive-error', status in (0, -15), 'accord ran the error page without crashing',
               None if status in (0, -15) else 'exit status %s; its output:\n%s'
               % (status, accord.output()[-3000:]))


GROUPS_FILE = 'groups/river-treaty.briefing.json'
GROUPS_TITLE = 'The Upper River Treaty'
GROUP_TITLES = ('Northtown', 'Southtown', 'River Commission')


def walk_groups_page(binary, data_dir):
    key_, label = PAGES[9]
    accord = Accord(binary, [os.path.join(data_dir, GROUPS_FILE)])
    try:
        if not accord.wait_app():
            skip_page(key_, label, 'the program did not start')
            return
        frame = wait_for(lambda: accord.showing_frame(lambda w: name(w) == GROUPS_TITLE))
        if not frame or not accord.focus_window():
            skip_page(key_, label, 'the briefing was not shown: windows %r'
                      % [name(w) for w in accord.frames()])
            return
        accord.xid = wait_for(accord.find_xid, 5)
        if accord.xid:
            xdotool('windowsize', accord.xid, '1280', '900')
        before = focused(frame)
        key('alt+2')
        after = focus_moved(frame, before)
        first = after and name(after[0])
        first_group = first and [g for g in GROUP_TITLES if first.endswith(', ' + g)]
        moved = None
        if first_group:
            key('Down')
            moved = focus_moved(frame, after)
        second = moved and name(moved[0])
        ok = (bool(first_group) and bool(second) and not same_element(moved[0], after[0])
              and any(second.endswith(', ' + g) for g in GROUP_TITLES))
        record('focus-timeline-group', ok, dict(FOCUS_CHECKS)['focus-timeline-group'],
               'after Alt+2: %s; after Down: %s' % (describe_focus(after), describe_focus(moved)))
        groups_button = find(frame, lambda a: name(a) == 'Show or Hide Groups')
        record(key_ + '-filter', bool(groups_button),
               '%s: the button that shows or hides groups is named "Show or Hide Groups"' % label)
        audit_page(key_, label, frame, step_label(frame, 0))
    finally:
        accord.stop()


ROWS_FILE = 'groups/harbour-twenty.briefing.json'
ROWS_TITLE = 'Twenty Harbour Bodies'


def walk_rows_page(binary, data_dir):
    """Twenty groups in 1000x600: the rows scroll, the scrollbar is named,
    and Down alone reaches the last group's row, the focus on its event."""
    accord = Accord(binary, [os.path.join(data_dir, ROWS_FILE)])
    scrollbar_label = 'in twenty groups: the timeline rows\' scrollbar is named "Timeline rows"'
    down_label = 'in twenty groups: Down, lane after lane, reaches the last group\'s event'
    try:
        frame = accord.wait_app() and wait_for(lambda: accord.showing_frame(lambda w: name(w) == ROWS_TITLE))
        if not frame or not accord.focus_window():
            record('rows-scrollbar', True, scrollbar_label, skip='the briefing was not shown')
            record('rows-down', True, down_label, skip='the briefing was not shown')
            return
        accord.xid = wait_for(accord.find_xid, 5)
        if accord.xid:
            xdotool('windowsize', accord.xid, '1000', '600')
        before = focused(frame)
        key('alt+2')
        focus = focus_moved(frame, before)
        scrollbar = wait_for(lambda: find(frame, lambda a: role(a) == Atspi.Role.SCROLL_BAR
                                          and name(a) == 'Timeline rows'), SETTLE)
        record('rows-scrollbar', bool(scrollbar), scrollbar_label)
        for _ in range(25):
            if not focus or name(focus[0]).endswith(', Lifeboat Crew'):
                break
            key('Down')
            focus = focus_moved(frame, focus)
        last = focus and name(focus[0])
        record('rows-down', bool(last) and last.endswith(', Lifeboat Crew'), down_label,
               'the focus: %s' % describe_focus(focus))
    finally:
        accord.stop()


def check_quit(accord):
    """Ctrl+Q ends the process at once (it used to linger 20 s, and every
    exit logged a GLib critical)."""
    if not accord.alive() or not accord.focus_window():
        record('quit', False, 'Ctrl+Q quits within a second, with nothing on stderr',
               'the window could not be focused')
        return
    start = time.monotonic()
    key('ctrl+q')
    try:
        accord.proc.wait(5)
    except subprocess.TimeoutExpired:
        pass
    took = time.monotonic() - start
    output = accord.output()
    bad = [line for line in output.splitlines() if 'CRITICAL' in line or 'WARNING' in line]
    record('quit', accord.proc.returncode == 0 and took < 1.0 and not bad,
           'Ctrl+Q quits within a second, with nothing on stderr',
           'exit status %s after %.2f s%s' % (accord.proc.returncode, took,
                                               ('; ' + '; '.join(bad)) if bad else ''))


def main():
    if len(sys.argv) != 3:
        sys.stderr.write('usage: test-a11y.py ACCORD DATA_DIR\n')
        return 2
    binary = os.path.abspath(sys.argv[1])

    if not shutil.which('xdotool'):
        print('Bail out! xdotool is missing: install it (build-aux/accord-dev deps)')
        return 1
    for needed in ('DISPLAY', 'DBUS_SESSION_BUS_ADDRESS'):
        if not os.environ.get(needed):
            print('Bail out! $%s is not set: run under xvfb-run and dbus-run-session' % needed)
            return 1
    display = hold_display()
    log('holding the X display: %s' % bool(display))

    try:
        address = a11y_bus_address()
    except GLib.Error as error:
        address = None
        log('org.a11y.Bus: %s' % error.message)
    record('bus', bool(address), 'the accessibility bus answers on the session bus (org.a11y.Bus)',
           None if address else 'is at-spi2-core installed?')
    Atspi.init()

    accord = Accord(binary, [])
    try:
        app = accord.wait_app()
        record('app', bool(app) and name(app) == APP_NAME,
               'accord is on the AT-SPI desktop, named "%s"' % APP_NAME,
               None if app and name(app) == APP_NAME else
               'applications: %r; accord\'s output:\n%s'
               % ([name(a) for a in children(Atspi.get_desktop(0))], accord.output()[-2000:]))
        if app:
            try:
                walk_main_window(accord, binary)
                check_quit(accord)
            except Exception:
                import traceback
                record('test-error', False, 'the test itself ran to its end',
                       traceback.format_exc())
        else:
            record('window', False, 'the window shows the briefing', 'no application')
    finally:
        status = accord.stop()
        record('alive', status in (0, -15), 'accord ran every step without crashing',
               None if status in (0, -15) else 'exit status %s; its output:\n%s'
               % (status, accord.output()[-3000:]))

    walk_error_page(binary)
    walk_groups_page(binary, os.path.abspath(sys.argv[2]))
    walk_rows_page(binary, os.path.abspath(sys.argv[2]))
    return emit()


def emit():
    order = ['bus', 'app', 'window']
    for key_, _ in PAGES:
        order += [key_ + '-open', key_ + '-names', key_ + '-roles']
    order += [k for k, _ in FOCUS_CHECKS] + ['alive', 'alive-error']
    order += [k for k in results if k not in order]
    for key_ in order:
        if key_ not in results:
            if key_.endswith('-open'):
                continue      # pages 1 to 3 are reached in the main window
            page = key_.split('-')[0]
            label = dict(FOCUS_CHECKS).get(key_) or '%s: %s' % (dict(PAGES).get(page, page),
                                                                key_.split('-', 1)[1])
            results[key_] = (True, label, None, 'not reached: an earlier step failed')
        ok, label, diagnostic, skip = results[key_]
        directive = None
        if skip:
            directive = 'SKIP ' + skip
        elif key_ in KNOWN_FAILURES:
            directive = 'TODO ' + KNOWN_FAILURES[key_]
        report(ok, label, diagnostic, directive)
    return finish()


if __name__ == '__main__':
    sys.exit(main())
