#!/bin/sh
# SPDX-License-Identifier: MIT
# Runs a test against a real Secret Service: a private D-Bus session with an
# unlocked gnome-keyring, under a private HOME that is removed afterwards, so
# the test can look through everything the keychain and the console wrote.
# Usage: run-in-keyring.sh TEST [ARGS...]
set -eu
for tool in dbus-run-session gnome-keyring-daemon; do
    command -v "$tool" >/dev/null 2>&1 || { echo "run-in-keyring: $tool is missing (scripts/setup installs it)" >&2; exit 1; }
done
home=$(mktemp -d "${TMPDIR:-/tmp}/bw-keyring-XXXXXX")
trap 'rm -rf "$home"' EXIT INT TERM
mkdir -m 700 "$home/run"
export HOME="$home" XDG_RUNTIME_DIR="$home/run"
export XDG_CONFIG_HOME="$home/.config" XDG_CACHE_HOME="$home/.cache" XDG_DATA_HOME="$home/.local/share"
# Tells the test it runs inside a keyring session rather than without D-Bus.
export BREAKWATER_KEYRING_SESSION=1
status=0
dbus-run-session -- sh -c 'echo -n breakwater-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' sh "$@" || status=$?
exit "$status"
