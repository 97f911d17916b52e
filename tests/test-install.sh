#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs the build into a temporary DESTDIR and checks that every file
# lands where GNOME looks for it.  Prints TAP.

set -u
build=$1
destdir=$(mktemp -d)
trap 'rm -rf "$destdir"' EXIT

if ! meson install -C "$build" --destdir "$destdir" --no-rebuild --quiet >"$destdir.log" 2>&1; then
  echo "1..1"
  echo "not ok 1 - meson install failed"
  sed 's/^/# /' "$destdir.log"
  rm -f "$destdir.log"
  exit 1
fi
rm -f "$destdir.log"

prefix=$(meson introspect "$build" --buildoptions | python3 -c 'import json,sys; print([o["value"] for o in json.load(sys.stdin) if o["name"]=="prefix"][0])')
root="$destdir$prefix"

set -- \
  bin/accord \
  share/applications/io.github.accordapp.Accord.desktop \
  share/metainfo/io.github.accordapp.Accord.metainfo.xml \
  share/glib-2.0/schemas/io.github.accordapp.Accord.gschema.xml \
  share/icons/hicolor/scalable/apps/io.github.accordapp.Accord.svg \
  share/icons/hicolor/symbolic/apps/io.github.accordapp.Accord-symbolic.svg \
  share/mime/packages/io.github.accordapp.Accord.mime.xml \
  share/dbus-1/services/io.github.accordapp.Accord.service \
  share/gnome-shell/search-providers/io.github.accordapp.Accord.search-provider.ini

echo "1..$(( $# + 2 ))"
n=0
status=0
for f in "$@"; do
  n=$((n + 1))
  if [ -e "$root/$f" ]; then
    echo "ok $n - $f"
  else
    echo "not ok $n - $f is not installed"
    status=1
  fi
done

n=$((n + 1))
if grep -q "^Exec=$prefix/bin/accord --gapplication-service" "$root/share/dbus-1/services/io.github.accordapp.Accord.service" 2>/dev/null; then
  echo "ok $n - the D-Bus service starts the installed program"
else
  echo "not ok $n - the D-Bus service file does not point at $prefix/bin/accord"
  status=1
fi

n=$((n + 1))
# No list, or an empty one, is a broken build, not "every language".
linguas="$(dirname "$0")/../po/LINGUAS"
languages=$(sed 's/#.*//' "$linguas" 2>/dev/null | tr -s ' \t' '\n\n' | grep -v '^$')
if [ -z "$languages" ]; then
  echo "not ok $n - po/LINGUAS is missing or lists no language"
  exit 1
fi
count=0
for l in $languages; do
  if [ ! -e "$root/share/locale/$l/LC_MESSAGES/accord.mo" ]; then
    echo "not ok $n - translation $l is not installed"
    exit 1
  fi
  count=$((count + 1))
done
echo "ok $n - every language in po/LINGUAS ($count) is installed"

exit $status
