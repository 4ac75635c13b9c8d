#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# scripts/rabbitmq-start on a broker start that cannot work: it must fail at
# once (no retries on other ports) and say why in the broker's own terms.
#   rabbitmq-start-fails-fast.sh SOURCE_DIR
set -uo pipefail
src=${1:?usage: rabbitmq-start-fails-fast.sh SOURCE_DIR}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0

# expect NAME EXPECTED_TEXT -- ENV... : runs rabbitmq-start in $work/NAME.
expect() {
  local name=$1 expected=$2 start end rc
  shift 2
  start=$(date +%s)
  env "$@" bash "$src/scripts/rabbitmq-start" "$work/$name" >"$work/$name.out" 2>&1
  rc=$?
  end=$(date +%s)
  if [ "$rc" -eq 0 ]; then
    echo "FAIL $name: rabbitmq-start succeeded"; failures=$((failures + 1))
    bash "$src/scripts/rabbitmq-stop" "$work/$name"
  elif ! grep -qF -- "$expected" "$work/$name.out"; then
    echo "FAIL $name: the message does not say '$expected':"; cat "$work/$name.out"
    failures=$((failures + 1))
  elif grep -q "trying other ports" "$work/$name.out"; then
    echo "FAIL $name: retried a failure that is not a port clash:"; cat "$work/$name.out"
    failures=$((failures + 1))
  elif [ $((end - start)) -gt 20 ]; then
    echo "FAIL $name: took $((end - start)) s to fail"; failures=$((failures + 1))
  else
    echo "ok   $name: failed in $((end - start)) s: $(head -n1 "$work/$name.out")"
  fi
}

# The node name's host does not resolve (as when /etc/hosts lacks localhost).
expect unresolvable "the host 'bw-no-such-host' does not resolve" BW_RABBIT_NODE_HOST=bw-no-such-host

# An Erlang cookie that others can read.
mkdir -p "$work/cookie/home"
chmod 700 "$work/cookie/home"
printf 'BREAKWATERTESTCOOKIE' >"$work/cookie/home/.erlang.cookie"
chmod 644 "$work/cookie/home/.erlang.cookie"
expect cookie "is unusable: it must be readable by its owner only (mode 644)"

# Nothing of a failed start is left running: no epmd or server with these folders.
for cmdline in /proc/[0-9]*/cmdline; do
  case "$({ tr '\0' ' ' <"$cmdline"; } 2>/dev/null)" in
    *"$work"*)
      echo "FAIL: a process of a failed start is still running: ${cmdline%/cmdline}"
      failures=$((failures + 1)) ;;
  esac
done
exit $((failures > 0))
