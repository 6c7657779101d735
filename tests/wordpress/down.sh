#!/usr/bin/env bash
# Stop the test WordPress that up.sh started (PHP server, MariaDB); --purge also deletes its folder.
set -euo pipefail
STATE="${HUBDESK_WP_DIR:-${TMPDIR:-/tmp}/hubdesk-wordpress}"
[[ -d "$STATE" ]] || exit 0
stop_php() {  # the PHP server and its workers (PHP_CLI_SERVER_WORKERS forks them)
  local pid="$1"
  local workers
  workers="$(ps -o pid= --ppid "$pid" 2>/dev/null || true)"
  kill "$pid" $workers 2>/dev/null || true
}
if [[ -f "$STATE/php.pid" ]]; then
  stop_php "$(cat "$STATE/php.pid")"
  rm -f "$STATE/php.pid"
fi
if [[ -f "$STATE/mysqld.pid" ]]; then
  pid="$(cat "$STATE/mysqld.pid")"
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
fi
rm -f "$STATE/site.env" "$STATE/site.json"
if [[ "${1:-}" == "--purge" ]]; then rm -rf "$STATE"; fi
echo "WordPress down ($STATE)"
