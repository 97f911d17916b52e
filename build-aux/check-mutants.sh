#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Plants each small bug of build-aux/mutants.list, one at a time, in a copy
# of the tree, builds the copy and runs the tests the list names; a mutant
# is caught when one of them fails.  Prints a table and exits 1 if any
# mutant survived (or could not be planted).  Run on demand, not in CI: it
# builds the whole tree once and then rebuilds after each mutant.
#
#   build-aux/check-mutants.sh [NAME…]     only the mutants named
#
# The copy is of the working tree as it is (tracked and new files, not
# the build folders), in a temporary folder removed at the end; set
# ACCORD_MUTANTS_KEEP=1 to keep it.

set -u

top=$(cd "$(dirname "$0")/.." && pwd)
list="$top/build-aux/mutants.list"
work=$(mktemp -d "${TMPDIR:-/tmp}/accord-mutants-XXXXXX")
if [ "${ACCORD_MUTANTS_KEEP:-}" != 1 ]; then
  trap 'rm -rf "$work"' EXIT
fi
tree="$work/tree"
build="$work/build"
log="$work/log"

mkdir "$tree"
(cd "$top" && git ls-files -z --cached --others --exclude-standard) |
  (cd "$top" && xargs -0 cp --parents -t "$tree" 2>/dev/null)
cp -a "$tree" "$work/pristine"

echo "Building a copy of the tree in $work…"
if ! meson setup "$build" "$tree" >"$log" 2>&1 || ! meson compile -C "$build" >>"$log" 2>&1; then
  echo "the unmodified copy does not build:"
  tail -20 "$log"
  exit 2
fi

export ACCORD_TEST_NO_SKIP=1

# Plants a mutant: prints nothing and returns 0 when the file changed.
plant() {
  python3 - "$tree/$1" "$2" "$3" <<'PY'
import os, sys
path, old, new = sys.argv[1], sys.argv[2], sys.argv[3]
if old == '@delete':
    os.unlink(path)
    sys.exit(0)
old = old.replace('\\n', '\n')
new = new.replace('\\n', '\n')
text = open(path, encoding='utf-8').read()
count = text.count(old)
if count != 1:
    print('found %d times' % count)
    sys.exit(1)
open(path, 'w', encoding='utf-8').write(text.replace(old, new))
PY
}

restore() {
  rm -f "$tree/$1"
  cp -p "$work/pristine/$1" "$tree/$1"
}

rows=""
survived=0
n=0
while IFS= read -r line; do
  case "$line" in ''|'#'*) continue ;; esac
  name=$(printf '%s\n' "$line" | awk -F ' :: ' '{print $1}')
  file=$(printf '%s\n' "$line" | awk -F ' :: ' '{print $2}')
  change=$(printf '%s\n' "$line" | awk -F ' :: ' '{print $3}')
  tests=$(printf '%s\n' "$line" | awk -F ' :: ' '{print $4}')
  why=$(printf '%s\n' "$line" | awk -F ' :: ' '{print $5}')
  if [ $# -gt 0 ]; then
    case " $* " in *" $name "*) ;; *) continue ;; esac
  fi
  n=$((n + 1))
  old=${change%% => *}
  new=${change#* => }
  [ "$old" = "@delete" ] && new=""

  printf '%-26s ' "$name"
  if ! why_not=$(plant "$file" "$old" "$new"); then
    result="NOT PLANTED ($why_not)"
    survived=$((survived + 1))
  elif ! meson compile -C "$build" >"$log" 2>&1 </dev/null; then
    result="DOES NOT BUILD"
    survived=$((survived + 1))
  else
    failing=""
    for t in $tests; do
      # shellcheck disable=SC2086
      if ! meson test -C "$build" --no-rebuild "$t" >>"$log" 2>&1 </dev/null; then
        failing="$failing $t"
      fi
    done
    if [ -n "$failing" ]; then
      result="caught by$failing"
    else
      result="SURVIVED"
      survived=$((survived + 1))
    fi
  fi
  restore "$file"
  echo "$result"
  rows="$rows$(printf '| %s | %s | %s | %s | %s |' "$name" "$file" "$why" "$tests" "$result")
"
done <"$list"

# The pristine tree again, so that a kept copy builds as it was.
meson compile -C "$build" >/dev/null 2>&1

echo
echo "| mutant | file | what it breaks | must be caught by | result |"
echo "| --- | --- | --- | --- | --- |"
printf '%s' "$rows"
echo
echo "$((n - survived)) of $n mutants caught."
[ "$survived" = 0 ]
