#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# `meson devenv` runs the uninstalled program as GNOME Builder does: with
# the build's settings schema and its translations.  Prints TAP.

set -u
build=$1

echo "1..2"

if meson devenv -C "$build" sh -c 'test -f "$GSETTINGS_SCHEMA_DIR/gschemas.compiled" && test -f "$ACCORD_LOCALEDIR/fr/LC_MESSAGES/accord.mo"'; then
  echo "ok 1 - the development environment names the built schema and catalogues"
else
  echo "not ok 1 - GSETTINGS_SCHEMA_DIR or ACCORD_LOCALEDIR is not the build's"
fi

out=$(LANGUAGE=fr LANG=fr_FR.UTF-8 LC_ALL=fr_FR.UTF-8 meson devenv -C "$build" accord --help 2>&1)
case $out in
  *"Lire un accord dans son contexte"*)
    echo "ok 2 - the uninstalled program speaks French"
    ;;
  *)
    echo "not ok 2 - the uninstalled program's help is not in French"
    printf '%s\n' "$out" | sed 's/^/# /'
    ;;
esac
