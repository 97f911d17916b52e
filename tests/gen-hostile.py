#!/usr/bin/env python3
# gen-hostile.py
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Writes the large hostile inputs of the corpus into a directory (the build
# directory or a temporary one, at test time: they are never committed).
# tests/data/hostile/MANIFEST lists them with an "@" before the name, along
# with the verdict and the error that `accord --validate` must give.
#
# Usage: gen-hostile.py OUTDIR [NAME...]

import itertools
import os
import sys

MiB = 1024 * 1024

HEAD = ('{\n'
        '  "format": "accord-briefing",\n'
        '  "version": 1,\n'
        '  "id": "hostile",\n'
        '  "title": "Hostile",\n')


def briefing(extra='', body='"Text."', sections=None, events=None):
    """A minimal valid briefing.  @extra goes on line 6, before "sections";
    with the default sections, @body starts on line 7, column 45."""
    if sections is None:
        sections = '    { "id": "one", "title": "One", "body": [%s] }\n' % body
    text = HEAD + extra + '  "sections": [\n' + sections + '  ]'
    if events is not None:
        text += ',\n  "events": [\n' + events + '  ]'
    return text + '\n}\n'


def colliding_ids(count, prefix):
    """Ids that all have the same g_str_hash (djb2, h * 33 + c): "ao" and
    "c-" add the same amount to the hash, so any string of such pairs
    collides with any other of the same length.  They are valid ids."""
    n_pairs = max(1, (count - 1).bit_length())
    pairs = itertools.product(('ao', 'c-'), repeat=n_pairs)
    return [prefix + ''.join(p) for p in itertools.islice(pairs, count)]


def colliding_keys(count):
    """As colliding_ids(), with pairs that are not ids ("aB", "b!")."""
    n_pairs = max(1, (count - 1).bit_length())
    pairs = itertools.product(('aB', 'b!'), repeat=n_pairs)
    return ['k' + ''.join(p) for p in itertools.islice(pairs, count)]


def nested_arrays_100k():
    return '[' * 100000 + ']' * 100000


def nested_objects_100k():
    return '{"a":' * 100000 + '0' + '}' * 100000


def nested_unclosed_100k():
    return '[' * 100000


def deep_in_body():
    return briefing(body='"Text.", ' + '[' * 100000 + ']' * 100000)


def deep_in_unknown_field():
    return briefing(extra='  "x": ' + '{"a": ' * 100000 + 'null' + '}' * 100000 + ',\n')


def duplicate_keys_40k():
    return briefing(extra='  "x": 0,\n' * 40000)


def distinct_keys_40k():
    keys = ''.join('    "k%d": 0,\n' % i for i in range(40000))
    return briefing(extra='  "x": {\n' + keys + '    "last": 0\n  },\n')


def distinct_keys_40k_then_duplicate():
    keys = ''.join('    "k%d": 0,\n' % i for i in range(40000))
    return briefing(extra='  "x": {\n' + keys + '    "k0": 1\n  },\n')


def colliding_keys_40k():
    keys = ''.join('    "%s": 0,\n' % k for k in colliding_keys(40000))
    return briefing(extra='  "x": {\n' + keys + '    "last": 0\n  },\n')


def colliding_section_ids_20k():
    sections = ',\n'.join('    { "id": "%s", "title": "S", "body": [] }' % i
                          for i in colliding_ids(20000, 's'))
    return briefing(sections=sections + '\n')


def colliding_event_ids_50k():
    events = ',\n'.join('    { "id": "%s", "title": "E", "date": "2025-12" }' % i
                        for i in colliding_ids(50000, 'e'))
    return briefing(events=events + '\n')


def paragraph_10mb():
    phrase = 'Tom & Jerry <b>sign</b> the agreement; '
    words = (phrase * (10 * MiB // len(phrase) + 1))[:10 * MiB]
    return briefing(body='"%s"' % words)


def word_1mb():
    return briefing(body='"%s"' % ('x' * MiB))


def escapes_4mb():
    return briefing(body='"%s"' % ('\\u00e9\\ud83d\\ude00\\n\\"' * (4 * MiB // 24)))


def long_key_1mb():
    return briefing(extra='  "%s": 1,\n' % ('k' * MiB))


def sections_20k():
    sections = ',\n'.join(
        '    { "id": "s%d", "title": "Section %d", "body": ["Paragraph %d."], '
        '"events": ["e%d"] }' % (i, i, i, i % 100) for i in range(20000))
    events = ',\n'.join('    { "id": "e%d", "title": "E", "date": "2025-12-%02d" }'
                        % (i, i % 28 + 1) for i in range(100))
    return briefing(sections=sections + '\n', events=events + '\n')


def events_50k():
    events = ',\n'.join(
        '    { "id": "e%d", "title": "Event %d", "date": "%04d-%02d-%02d", '
        '"sections": ["one"] }' % (i, i, 1000 + i % 1000, i % 12 + 1, i % 28 + 1)
        for i in range(50000))
    return briefing(events=events + '\n')


def events_50k_dangling_last():
    events = ',\n'.join('    { "id": "e%d", "title": "E", "date": "2025", "sections": ["%s"] }'
                        % (i, 'one' if i < 49999 else 'missing')
                        for i in range(50000))
    return briefing(events=events + '\n')


def same_section_id_20k():
    sections = ',\n'.join('    { "id": "same", "title": "S", "body": [] }'
                          for i in range(20000))
    return briefing(sections=sections + '\n')


def nested_sections(levels):
    # Section k (from 1) opens at depth 2k + 1, and the deepest one's body
    # at 2 * levels + 2: 31 levels reach the depth bound, 64, exactly.
    text = '{ "id": "s%d", "title": "S", "body": ["Deepest."] }' % levels
    for level in range(levels - 1, 0, -1):
        text = '{ "id": "s%d", "title": "S", "body": [], "sections": [%s] }' % (level, text)
    return briefing(sections='    ' + text + '\n')


def nested_sections_31():
    return nested_sections(31)


def nested_sections_32():
    return nested_sections(32)


def empty_objects_9mb():
    n = 9 * MiB // 3
    return briefing(extra='  "x": [' + '{},' * (n - 1) + '{}],\n')


def numbers(n):
    return briefing(extra='  "x": [' + '0,' * (n - 1) + '0],\n')


def numbers_at_value_limit():
    # The root, its four members, "x", the numbers and the six values of
    # "sections": 2,000,000 values, the most the loader accepts.
    return numbers(2000000 - 12)


def numbers_past_value_limit():
    return numbers(2000000 - 11)


def huge_integer_1m_digits():
    return briefing(extra='  "x": 1' + '0' * MiB + ',\n')


def long_fraction_1m_digits():
    return briefing(extra='  "x": 0.' + '3' * MiB + ',\n')


def long_line_error_at_end():
    return ('{ "format": "accord-briefing", "version": 1, "id": "hostile", "title": "%s", '
            '"sections": tru }\n' % ('x' * (10 * MiB)))


def sparse(size):
    def write(path):
        with open(path, 'wb') as f:
            f.write(briefing().encode())
            f.truncate(size)
    return write


CASES = {
    'nested-arrays-100k.json': nested_arrays_100k,
    'nested-objects-100k.json': nested_objects_100k,
    'nested-unclosed-100k.json': nested_unclosed_100k,
    'deep-in-body.json': deep_in_body,
    'deep-in-unknown-field.json': deep_in_unknown_field,
    'duplicate-keys-40k.json': duplicate_keys_40k,
    'distinct-keys-40k.json': distinct_keys_40k,
    'distinct-keys-40k-then-duplicate.json': distinct_keys_40k_then_duplicate,
    'colliding-keys-40k.json': colliding_keys_40k,
    'colliding-section-ids-20k.json': colliding_section_ids_20k,
    'colliding-event-ids-50k.json': colliding_event_ids_50k,
    'paragraph-10mb.json': paragraph_10mb,
    'word-1mb.json': word_1mb,
    'escapes-4mb.json': escapes_4mb,
    'long-key-1mb.json': long_key_1mb,
    'sections-20k.json': sections_20k,
    'events-50k.json': events_50k,
    'events-50k-dangling-last.json': events_50k_dangling_last,
    'same-section-id-20k.json': same_section_id_20k,
    'nested-sections-31.json': nested_sections_31,
    'nested-sections-32.json': nested_sections_32,
    'empty-objects-9mb.json': empty_objects_9mb,
    'numbers-at-value-limit.json': numbers_at_value_limit,
    'numbers-past-value-limit.json': numbers_past_value_limit,
    'huge-integer-1m-digits.json': huge_integer_1m_digits,
    'long-fraction-1m-digits.json': long_fraction_1m_digits,
    'long-line-error-at-end.json': long_line_error_at_end,
    'sparse-64mib-plus-1.json': sparse(64 * MiB + 1),
    'sparse-300mb.json': sparse(300 * MiB),
}


def main(argv):
    if len(argv) < 2:
        sys.stderr.write('usage: gen-hostile.py OUTDIR [NAME...]\n')
        return 2

    outdir = argv[1]
    names = argv[2:] or list(CASES)
    os.makedirs(outdir, exist_ok=True)

    for name in names:
        make = CASES.get(name)
        if make is None:
            sys.stderr.write('gen-hostile.py: no case %s\n' % name)
            return 2
        path = os.path.join(outdir, name)
        if getattr(make, '__name__', '') == 'write':
            make(path)
        else:
            with open(path, 'w', encoding='utf-8', newline='\n') as f:
                f.write(make())

    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
