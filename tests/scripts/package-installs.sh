#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The Debian package, built with CPack from this build, unpacked into a
# private root: lintian finds no error in it, desktop-file-validate accepts its
# desktop entry, the installed bwctl and breakwater-sim run, and the installed
# console comes up offscreen on the demo (the sim next to it) and quits
# cleanly on SIGTERM.
#   package-installs.sh BUILD_DIR SOURCE_DIR
set -uo pipefail
build=${1:?usage: package-installs.sh BUILD_DIR SOURCE_DIR}
src=${2:?usage: package-installs.sh BUILD_DIR SOURCE_DIR}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
unset BREAKWATER_SIM
failures=0
fail() { echo "FAIL $*"; failures=$((failures + 1)); }

if ! cpack --config "$build/CPackConfig.cmake" -B "$work/pkg" >"$work/cpack.out" 2>&1; then
  echo "FAIL cpack:"; cat "$work/cpack.out"; exit 1
fi
deb=$(find "$work/pkg" -maxdepth 1 -name 'breakwater_*.deb' | head -n1)
[ -n "$deb" ] || { echo "FAIL no .deb in $work/pkg"; exit 1; }
echo "ok   built $(basename "$deb")"

lintian --no-tag-display-limit "$deb" >"$work/lintian.out" 2>&1
if grep -q '^E: ' "$work/lintian.out"; then
  fail "lintian finds errors:"; grep '^E: ' "$work/lintian.out"
else
  echo "ok   lintian: no errors ($(grep -c '^W: ' "$work/lintian.out") warnings)"
fi
dpkg-deb -f "$deb" Depends | grep -q 'libqt6core6' || fail "Depends lacks the Qt libraries dpkg-shlibdeps finds"

root="$work/root"
dpkg-deb -x "$deb" "$root" || { echo "FAIL dpkg-deb -x"; exit 1; }
for f in usr/bin/breakwater usr/bin/breakwater-sim usr/bin/bwctl \
  usr/share/applications/breakwater.desktop usr/share/icons/hicolor/scalable/apps/breakwater.svg \
  usr/share/doc/breakwater/copyright usr/share/doc/breakwater/changelog.Debian.gz \
  usr/share/doc/breakwater/README.md usr/share/doc/breakwater/user-guide.md; do
  [ -e "$root/$f" ] || fail "the package has no /$f"
done
if desktop-file-validate "$root/usr/share/applications/breakwater.desktop"; then
  echo "ok   desktop-file-validate accepts breakwater.desktop"
else
  fail "desktop-file-validate rejects breakwater.desktop"
fi

version=$("$root/usr/bin/bwctl" --version) || fail "installed bwctl --version exits non-zero"
case "$version" in bwctl\ [0-9]*) echo "ok   $version" ;; *) fail "bwctl --version says '$version'" ;; esac
"$root/usr/bin/breakwater-sim" --help >"$work/sim-help" 2>&1 || fail "installed breakwater-sim --help exits non-zero"
grep -q -- '--listen' "$work/sim-help" && echo "ok   breakwater-sim --help" || fail "breakwater-sim --help does not list --listen"

bash "$src/tests/scripts/console-quits-on-signal.sh" "$root/usr/bin/breakwater" TERM || fail "the installed console on the demo"
exit $((failures > 0))
