#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# scripts/setup with the npm registry unreachable (a free loopback port where
# nothing listens): it fails within a minute, shows npm's own error and says
# the registry is not reachable, instead of exiting 1 in silence.
#   setup-npm-unreachable.sh SOURCE_DIR
set -uo pipefail
src=${1:?usage: setup-npm-unreachable.sh SOURCE_DIR}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/tools"
cp "$src/tools/package.json" "$src/tools/package-lock.json" "$work/tools/"
port=""
for _ in $(seq 1 100); do
  p=$(( 20000 + RANDOM % 40000 ))
  if ! ss -Htln "sport = :$p" | grep -q .; then port=$p; break; fi
done
[ -n "$port" ] || { echo "FAIL no free port"; exit 1; }

start=$(date +%s)
BREAKWATER_TOOLS_DIR="$work/tools" TMPDIR="$work" npm_config_registry="http://127.0.0.1:$port/" \
  npm_config_cache="$work/npm-cache" npm_config_fetch_retries=0 npm_config_fetch_timeout=10000 \
  bash "$src/scripts/setup" npm >"$work/out" 2>&1
rc=$?
took=$(( $(date +%s) - start ))
failures=0
[ "$rc" -ne 0 ] || { echo "FAIL setup succeeded without a registry"; failures=1; }
for expected in "error: npm ci failed" "ECONNREFUSED" "hint: a package server is not reachable" "127.0.0.1:$port"; do
  grep -qF -- "$expected" "$work/out" || { echo "FAIL the output does not say '$expected'"; failures=1; }
done
[ "$took" -le 60 ] || { echo "FAIL took $took s to fail"; failures=1; }
[ "$failures" -eq 0 ] && echo "ok   failed in $took s, saying why" || cat "$work/out"
exit "$failures"
