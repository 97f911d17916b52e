#!/bin/sh
# run-ui-test.sh
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs a widget test on a private session bus, keeping its TAP clean.
# The bus daemon, and the services it starts for GTK (the accessibility
# bus and the AT-SPI registry, which prints "SpiRegistry daemon is running
# with well-known name…"), inherit dbus-run-session's standard output;
# they get standard error instead, and only the test writes on the TAP
# stream.  Accessibility stays on, for tests that will use AT-SPI.
#
# Usage: run-ui-test.sh DBUS_RUN_SESSION TEST [ARGUMENT…]

dbus_run_session=$1
shift

exec 3>&1 1>&2
exec "$dbus_run_session" -- sh -c 'exec "$@" 1>&3 3>&-' sh "$@"
