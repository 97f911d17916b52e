#!/bin/bash
# run-bench.sh
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the benchmarks (release), generates synthetic briefings, runs the
# peers (grep, pango-view, a minimal libadwaita window) and accord-bench,
# which prints one table and one JSON line per size.  See README.md.
#
# Environment: BUILD (build dir, default /tmp/build-accord-bench),
# SIZES (default "1M 10M 50M"), RUNS (timed runs, default 5),
# PDF_KB (text compared with pango-view, default 100), PANGO_RUNS (3),
# STARTUP_RUNS (15), KEEP=1 keeps the data directory.

set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=$(cd "$here/../.." && pwd)
build=${BUILD:-/tmp/build-accord-bench}
sizes=${SIZES:-"1M 10M 50M"}
runs=${RUNS:-5}
pdf_kb=${PDF_KB:-100}
pango_runs=${PANGO_RUNS:-3}
startup_runs=${STARTUP_RUNS:-15}

bench=$build/tests/bench/accord-bench
gen=$build/tests/bench/accord-gen-briefing
minimal=$build/tests/bench/minimal-window
reload=$build/tests/bench/accord-bench-reload
accord=$build/src/accord

# The minimal window is titled so when it shows, and ", drawn" is added
# once its first frame is drawn.
minimal_title='^Accord Bench Minimal Window(, drawn)?$'
minimal_drawn_title='^Accord Bench Minimal Window, drawn$'
# Accord presents its window at once, titled "Accord", and sets the
# bundled briefing's title once the frame that shows the briefing is
# drawn: the window counts as visible under either title, the content as
# shown under the second.
accord_window_title='^(Accord|Canada.+Korea defence agreement)$'
accord_content_title='^Canada.+Korea defence agreement$'
any_title='^(Accord|Canada.+Korea defence agreement|Accord Bench Minimal Window(, drawn)?)$'
# No launch may take longer than this to show its window, or its content.
launch_timeout_us=15000000

now_us () {
  echo "${EPOCHREALTIME/./}"
}

# Polls instead of `xdotool search --sync`, which checks only every
# 500 ms.  Sets t1 when a poll first finds a window titled $2, and t2
# when a poll finds it titled $3 (its content drawn).  One poll reads the
# title, so a window first seen with its content has t2 = t1: two polls
# one after the other would count a whole xdotool run, 20 to 30 ms, as
# time to the content.  Sets content_wait to "shown" once both are set,
# to "window" if the window showed but never its content, to "none" if no
# window showed, by the deadline (µs) or as soon as the process $1 is
# gone: a process that exits at once has handed its activation to another
# instance.
wait_for_content () {
  local pid=$1 window_title=$2 content_title=$3 deadline=$4 name now
  t1=
  t2=
  while :; do
    name=$(xdotool search --onlyvisible --name "$window_title" getwindowname 2>/dev/null | head -n 1)
    now=$(now_us)
    if [[ -n $name ]]; then
      [[ -n $t1 ]] || t1=$now
      if [[ $name =~ $content_title ]]; then
        t2=$now
        content_wait=shown
        return 0
      fi
    fi
    if (( now > deadline )) || ! kill -0 "$pid" 2>/dev/null; then
      content_wait=none
      [[ -z $t1 ]] || content_wait=window
      return 0
    fi
  done
}

# Ends one launch: SIGTERM, up to 5 s to exit, then SIGKILL; then up to 5 s
# for its windows to leave the display, so that no run sees another's.
stop_app () {
  local pid=$1 deadline
  kill "$pid" 2>/dev/null || true
  deadline=$(( $(now_us) + 5000000 ))
  while kill -0 "$pid" 2>/dev/null && (( $(now_us) < deadline )); do
    sleep 0.01
  done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  deadline=$(( $(now_us) + 5000000 ))
  while xdotool search --name "$any_title" >/dev/null 2>&1; do
    if (( $(now_us) > deadline )); then
      echo "run-bench: a window is still on the display 5 s after its process ended" >&2
      return 1
    fi
    sleep 0.01
  done
}

# The window found must be the launched process's own.
window_is_from () {
  local title=$1 pid=$2 owner
  owner=$(xdotool search --onlyvisible --name "$title" getwindowpid 2>/dev/null | head -n 1)
  [[ $owner == "$pid" ]]
}

# Sets window_us to the time from exec to a visible window, and
# content_us to the time from exec to its first frame with its content
# drawn (Accord: the briefing).
# A launch that shows nothing in time (seen once in a few dozen runs on a
# loaded machine) is killed and retried, up to three times.
launch () {
  local app=$1 out=$2 title drawn pid t0 t1 t2 try content_wait
  local -a cmd
  if [[ $app == minimal ]]; then
    cmd=("$minimal"); title=$minimal_title; drawn=$minimal_drawn_title
  else
    cmd=("$accord"); title=$accord_window_title; drawn=$accord_content_title
  fi
  for try in 1 2 3; do
    if xdotool search --name "$any_title" >/dev/null 2>&1; then
      echo "run-bench: a stale window is on the display before launching $app" >&2
      return 1
    fi
    t0=$(now_us)
    "${cmd[@]}" >/dev/null 2>>"$out.stderr" & pid=$!
    wait_for_content "$pid" "$title" "$drawn" $(( t0 + launch_timeout_us ))
    case $content_wait in
      shown)
        if ! window_is_from "$title" "$pid"; then
          echo "run-bench: the $app window found is not from process $pid" >&2
          stop_app "$pid"
          return 1
        fi
        stop_app "$pid" || return 1
        window_us=$(( t1 - t0 ))
        content_us=$(( t2 - t0 ))
        return 0
        ;;
      window)
        echo "run-bench: the $app window never showed its content (try $try)" >&2
        ;;
      *)
        echo "run-bench: no $app window after $(( launch_timeout_us / 1000000 )) s (try $try)" >&2
        ;;
    esac
    stop_app "$pid" || return 1
  done
  return 1
}

# Under Xvfb and a private session bus: time from exec to a visible window
# and to its first frame with content drawn, for both apps.
startup_inner () {
  local out=$1 i app
  export GSK_RENDERER=cairo GDK_BACKEND=x11 GSETTINGS_BACKEND=memory
  export GSETTINGS_SCHEMA_DIR=$build/data
  : > "$out"
  # One untimed launch of each first: the disk cache, the fontconfig cache
  # and the accessibility bus are then warm for both.
  for i in $(seq 0 "$startup_runs"); do
    for app in minimal accord; do
      launch "$app" "$out" || return 1
      if (( i > 0 )); then
        echo "$app $window_us" >> "$out"
        if [[ $app == accord ]]; then
          echo "accord-content $content_us" >> "$out"
        else
          echo "minimal-drawn $content_us" >> "$out"
        fi
      fi
    done
  done
}

if [[ ${1:-} == --startup-inner ]]; then
  startup_inner "$2"
  exit $?
fi

# A display number no other X server uses now, so that no window left by
# anyone else can be found by title.
free_display () {
  local n=$(( 200 + $$ % 500 ))
  while [[ -e /tmp/.X$n-lock || -e /tmp/.X11-unix/X$n ]]; do
    n=$(( n + 1 ))
  done
  echo "$n"
}

echo "== machine"
lscpu | grep -E '^(Model name|CPU\(s\)|Thread|Core|Hypervisor)' || true
free -m | head -2
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== build ($build, release, -Dbenchmarks=true)"
if [[ -d $build ]]; then
  meson configure "$build" -Dbenchmarks=true -Dbuildtype=release >/dev/null
else
  meson setup "$build" "$src" -Dbenchmarks=true -Dbuildtype=release >/dev/null
fi
meson compile -C "$build" tests/bench/accord-bench tests/bench/accord-bench-notes \
  tests/bench/accord-bench-reload tests/bench/accord-gen-briefing tests/bench/minimal-window \
  src/accord data/gschemas.compiled >/dev/null

if ! command -v pango-view >/dev/null; then
  if [[ $(id -u) == 0 ]]; then
    apt-get install -y pango1.0-tools >/dev/null || true
  fi
fi

data=$(mktemp -d /tmp/accord-bench.XXXXXX)
if [[ ${KEEP:-0} != 1 ]]; then
  trap 'rm -rf "$data"' EXIT
fi
echo "== data in $data"

"$bench" --print-queries > "$data/queries.txt"

startup=""
if command -v xvfb-run >/dev/null && command -v xdotool >/dev/null &&
   command -v dbus-run-session >/dev/null; then
  display=$(free_display)
  echo "== start-up on :$display ($startup_runs runs each, after one warm-up;" \
       "load average $(cut -d' ' -f1-3 /proc/loadavg))"
  # The launches bound themselves; this bounds everything else too.
  if timeout --kill-after=10 $(( 120 + startup_runs * 80 )) \
       xvfb-run -n "$display" -s "-screen 0 1280x1024x24 -nolisten tcp" \
       dbus-run-session -- "$0" --startup-inner "$data/startup.txt" 2>"$data/startup.log"; then
    startup=--startup-times=$data/startup.txt
    for app in minimal accord accord-content; do
      awk -v app="$app" '$1 == app { printf "%s%.1f", n++ ? " " : "", $2 / 1000 }
        END { printf "\n" }' "$data/startup.txt" | sed "s/^/  $app ms: /"
    done
  else
    echo "run-bench: start-up measurement failed:" >&2
    grep -v dbus-daemon "$data/startup.log" | tail -n 5 >&2
  fi
else
  echo "== start-up skipped (needs xvfb-run, xdotool and dbus-run-session)"
fi

: > "$data/results.jsonl"
for size in $sizes; do
  file=$data/synthetic-$size.briefing.json
  echo "== $size (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  "$gen" --size="$size" --output="$file"
  "$accord" --validate "$file"

  # grep: the same 100 queries over the text that Accord exports.
  "$accord" --export=txt --output="$data/all-$size.txt" "$file" >/dev/null
  cat "$data/all-$size.txt" > /dev/null
  : > "$data/grep-$size.txt"
  : > "$data/grep-count-$size.txt"
  while IFS= read -r query; do
    t0=${EPOCHREALTIME/./}
    # Not to /dev/null: GNU grep then stops at the first match, as -q does.
    grep -Fic -- "$query" "$data/all-$size.txt" >> "$data/grep-count-$size.txt" || true
    t1=${EPOCHREALTIME/./}
    echo $(( t1 - t0 )) >> "$data/grep-$size.txt"
  done < "$data/queries.txt"

  # pango-view: the text of the sections that accord-bench exports to PDF.
  pango=""
  if command -v pango-view >/dev/null; then
    "$bench" --pdf-kb="$pdf_kb" --subset-only --subset-text="$data/subset-$size.txt" "$file"
    : > "$data/pango-$size.txt"
    for i in $(seq "$pango_runs"); do
      t0=${EPOCHREALTIME/./}
      pango-view -q --font="Serif 10.5" --width=451 --wrap=word-char \
        --output="$data/pango-$size.pdf" "$data/subset-$size.txt"
      t1=${EPOCHREALTIME/./}
      echo $(( t1 - t0 )) >> "$data/pango-$size.txt"
    done
    pango=--pango-times=$data/pango-$size.txt
  fi

  "$bench" --runs="$runs" --pdf-kb="$pdf_kb" --grep-times="$data/grep-$size.txt" \
    $pango $startup "$file" | tee "$data/bench-$size.txt"
  tail -n 1 "$data/bench-$size.txt" >> "$data/results.jsonl"

  # The same briefing as Markdown: its load against the JSON of that model.
  "$bench" --runs="$runs" --markdown "$file" | tee "$data/bench-md-$size.txt"
  tail -n 1 "$data/bench-md-$size.txt" >> "$data/results.jsonl"

  # Live reload in the real window: the longest frame while the file is
  # saved over and shown again, against the longest at rest.
  if [[ -n $startup ]]; then
    if timeout --kill-after=10 600 \
         xvfb-run -n "$(free_display)" -s "-screen 0 1280x1024x24 -nolisten tcp" \
         dbus-run-session -- env GSK_RENDERER=cairo GDK_BACKEND=x11 GSETTINGS_BACKEND=memory \
           GSETTINGS_SCHEMA_DIR="$build/data" "$reload" "$file" \
         2>"$data/reload-$size.log" | tee "$data/reload-$size.txt"; then
      tail -n 1 "$data/reload-$size.txt" >> "$data/results.jsonl"
    else
      echo "run-bench: reload measurement failed:" >&2
      grep -v dbus-daemon "$data/reload-$size.log" | tail -n 5 >&2
    fi
  fi

  # Every actor's mentions over the whole briefing (issue #17).
  "$bench" --runs="$runs" --people "$file" | tee "$data/bench-people-$size.txt"
  tail -n 1 "$data/bench-people-$size.txt" >> "$data/results.jsonl"

  # 10,000 of the reader's notes on this briefing: save, load, and opening
  # with them against opening without (README.md).
  "$build/tests/bench/accord-bench-notes" --runs="$runs" "$file" | tee "$data/bench-notes-$size.txt"
  tail -n 1 "$data/bench-notes-$size.txt" >> "$data/results.jsonl"
done

echo "== load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== results (per size: the core, Markdown, reload, people, notes: ${sizes// /, })"
cat "$data/results.jsonl"
