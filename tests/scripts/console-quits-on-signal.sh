#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The console on the demo, ended with SIGTERM, SIGINT and SIGHUP in turn, quits
# as File > Quit does: exit status 0, the demo sim stopped, its data folder
# (TMPDIR/breakwater-XXXXXX) removed.
#   console-quits-on-signal.sh PATH/TO/breakwater [SIGNAL...]
set -uo pipefail
console=${1:?usage: console-quits-on-signal.sh PATH/TO/breakwater [SIGNAL...]}
shift
signals=("$@")
[ ${#signals[@]} -gt 0 ] || signals=(TERM INT HUP)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL $*"; failures=$((failures + 1)); }

# Processes whose command line names `dir` (the demo sim names its --data folder).
processes_in() {
  local cmdline
  for cmdline in /proc/[0-9]*/cmdline; do
    case "$({ tr '\0' ' ' <"$cmdline"; } 2>/dev/null)" in
      *"$1"*) echo "${cmdline%/cmdline}" ;;
    esac
  done
}

for sig in "${signals[@]}"; do
  run="$work/$sig"
  failures_before=$failures
  mkdir -p "$run/home" "$run/tmp" "$run/runtime"
  chmod 700 "$run/runtime"
  # The startup probe reports when the demo is connected and populated; left
  # alone it would quit by itself a few seconds later ("probe idle-rss-kb").
  HOME="$run/home" TMPDIR="$run/tmp" XDG_RUNTIME_DIR="$run/runtime" QT_QPA_PLATFORM=offscreen \
    BREAKWATER_STARTUP_PROBE=1 "$console" --demo >"$run/out" 2>"$run/err" &
  pid=$!
  for _ in $(seq 1 600); do
    grep -q "probe populated" "$run/err" && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if ! grep -q "probe populated" "$run/err"; then
    fail "SIG$sig: the console did not come up on the demo within 60 s:"; cat "$run/err"
    kill -KILL "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
    continue
  fi
  data=$(find "$run/tmp" -maxdepth 1 -name 'breakwater-*' | head -n1)
  [ -n "$data" ] || fail "SIG$sig: no demo data folder in TMPDIR while the demo runs"

  kill -"$sig" "$pid"
  for _ in $(seq 1 150); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then
    fail "SIG$sig: the console still runs 15 s after the signal"
    kill -KILL "$pid" 2>/dev/null
  fi
  wait "$pid"
  status=$?
  [ "$status" -eq 0 ] || fail "SIG$sig: exit status $status, not 0"
  grep -q "probe idle-rss-kb" "$run/err" && fail "SIG$sig: the console quit on its own, not on the signal"
  left=$(find "$run/tmp" -mindepth 1 -maxdepth 1 -name 'breakwater-*')
  [ -z "$left" ] || fail "SIG$sig: the demo folder is left behind: $left"
  [ -z "$(processes_in "$run/tmp")" ] || fail "SIG$sig: the demo sim still runs: $(processes_in "$run/tmp")"
  [ "$failures" -eq "$failures_before" ] || continue
  echo "ok   SIG$sig: exit 0, demo sim stopped, ${data:-its folder} removed"
done
exit $((failures > 0))
