# SPDX-License-Identifier: MIT
# Sourced by scripts/setup, demo, test and package: each phase says when it
# starts, roughly how long it takes, and how long it took; a failing step
# shows the tool's own last lines and a hint about the likely cause.

# phase_start NAME "ROUGH DURATION"
phase_start() {
  bw_phase=$1
  bw_phase_started=$(date +%s)
  echo "==> $(date +%H:%M:%S) $1 (usually $2)"
}

# phase_end: prints the elapsed time of the phase started last.
phase_end() {
  local s=$(( $(date +%s) - bw_phase_started ))
  echo "==> $bw_phase done in $((s / 60)) min $((s % 60)) s"
}

# hint LOG: a likely cause for the failure whose output is in LOG.
hint() {
  local log=$1
  if grep -qE 'SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_GET_ISSUER_CERT|UNABLE_TO_VERIFY_LEAF_SIGNATURE|certificate verify failed|Certificate verification failed' "$log"; then
    echo "hint: a TLS certificate is not trusted: behind a TLS-intercepting proxy, install its CA"
    echo "      (copy it to /usr/local/share/ca-certificates/ and run sudo update-ca-certificates;"
    echo "      scripts/setup passes the system's CAs to npm; or export NODE_EXTRA_CA_CERTS=/path/to/ca.pem)"
  elif grep -qE 'ENOSPC|No space left on device' "$log"; then
    echo "hint: the disk is full: free some space (df -h) and run again"
  elif grep -qE 'ECONNREFUSED|ENOTFOUND|ETIMEDOUT|EAI_AGAIN|ECONNRESET|Could not resolve|Temporary failure resolving|Failed to fetch|Unable to connect|Network is unreachable' "$log"; then
    echo "hint: a package server is not reachable: check the network, a proxy (https_proxy,"
    echo "      npm config get registry: $(npm config get registry 2>/dev/null || echo '?')), /etc/apt/sources.list"
  elif grep -qE 'Could not get lock|Unable to acquire the dpkg frontend lock' "$log"; then
    echo "hint: another apt or dpkg is running: wait for it to finish and run again"
  elif grep -qE 'Unable to locate package|has no installation candidate' "$log"; then
    echo "hint: a package is unknown to apt: run sudo apt-get update, and check this is Debian 12 or later"
  fi
}

# run_step WHAT LOG COMMAND...: runs COMMAND, its output shown and kept in LOG;
# on failure prints the last lines and a hint, and exits.
run_step() {
  local what=$1 log=$2
  shift 2
  if ! "$@" 2>&1 | tee "$log"; then
    echo "error: $what failed; its last lines:" >&2
    tail -n 15 "$log" | sed 's/^/  | /' >&2
    hint "$log" >&2
    echo "(full output in $log)" >&2
    exit 1
  fi
}

# run_quiet WHAT LOG COMMAND...: the same, with the output only in LOG.
run_quiet() {
  local what=$1 log=$2
  shift 2
  if ! "$@" >"$log" 2>&1; then
    echo "error: $what failed; its last lines:" >&2
    tail -n 15 "$log" | sed 's/^/  | /' >&2
    hint "$log" >&2
    echo "(full output in $log)" >&2
    exit 1
  fi
}
