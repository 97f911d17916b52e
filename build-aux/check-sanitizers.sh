#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs the core and fuzz-seed tests under AddressSanitizer and
# UndefinedBehaviorSanitizer, then the core tests under Valgrind memcheck.
#
#   build-aux/check-sanitizers.sh            ASan+UBSan (core, fuzz), then Valgrind (core)
#   build-aux/check-sanitizers.sh --ui       also the widget tests under ASan (needs xvfb-run)
#   build-aux/check-sanitizers.sh --asan     only the sanitizer pass
#   build-aux/check-sanitizers.sh --valgrind only the Valgrind pass
#
# Build directories: $ACCORD_ASAN_BUILDDIR (default _build-asan) and
# $ACCORD_VALGRIND_BUILDDIR (default _build-valgrind), beside the sources.
# Any compiler meson finds will do (gcc is fine). Exits non-zero on the
# first pass that fails.

set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
asan_build=${ACCORD_ASAN_BUILDDIR:-$top/_build-asan}
valgrind_build=${ACCORD_VALGRIND_BUILDDIR:-$top/_build-valgrind}

do_asan=yes
do_valgrind=yes
do_ui=no
for arg in "$@"; do
  case $arg in
    --ui) do_ui=yes ;;
    --asan) do_valgrind=no ;;
    --valgrind) do_asan=no ;;
    -h|--help) sed -n '3,15p' "$0"; exit 0 ;;
    *) echo "$0: unknown option $arg" >&2; exit 2 ;;
  esac
done

# GLib 2.74 still has GSlice, which hides leaks and use-after-free from
# both tools unless it hands out plain malloc.
export G_SLICE=always-malloc

setup() {
  dir=$1; shift
  if [ -d "$dir" ]; then
    meson configure "$dir" "$@"
  else
    meson setup "$dir" "$top" "$@"
  fi
  # Two cores, shared: never more than two compile jobs.
  meson compile -C "$dir" -j 2
}

if [ $do_asan = yes ]; then
  echo "== ASan + UBSan: $asan_build"
  setup "$asan_build" -Db_sanitize=address,undefined -Db_lundef=false -Dfuzzing=false
  export ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:abort_on_error=1
  export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
  export LSAN_OPTIONS=suppressions=$top/tests/fuzz/lsan.supp:print_suppressions=0
  meson test -C "$asan_build" --suite core --suite fuzz --num-processes 2 --print-errorlogs
  if [ $do_ui = yes ]; then
    # Full stacks through the system libraries, which have no frame
    # pointers: without them LeakSanitizer cannot match the suppressions
    # of libadwaita's own leaks.  Slower, hence the longer timeouts.
    ASAN_OPTIONS=$ASAN_OPTIONS:fast_unwind_on_malloc=0 \
      meson test -C "$asan_build" --suite ui --num-processes 1 --print-errorlogs \
      --timeout-multiplier 4
  fi
  unset ASAN_OPTIONS UBSAN_OPTIONS LSAN_OPTIONS
fi

if [ $do_valgrind = yes ]; then
  echo "== Valgrind memcheck: $valgrind_build"
  setup "$valgrind_build" -Db_sanitize=none
  # Definite leaks fail a test. GLib's one-off allocations (types, quarks)
  # are covered by GLib's own suppressions, leaks inside fontconfig and
  # cairo 1.16 by valgrind.supp beside this script.
  # The hostile-input tests bound each case's time; valgrind is ~20x slower.
  ACCORD_TEST_NO_TIME_LIMITS=1 \
  meson test -C "$valgrind_build" --suite core --num-processes 2 --print-errorlogs \
    --timeout-multiplier 10 \
    --wrap="valgrind --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite --suppressions=/usr/share/glib-2.0/valgrind/glib.supp --suppressions=$top/build-aux/valgrind.supp --num-callers=30"
fi

echo "== all passes clean"
