#!/usr/bin/env bash
# Runs the integration suite, then the scale-out test, against mongo-java-server, the MongoDB-wire stand-in
# (no mongod can be installed on this machine). Started here, stopped here by PID.
# Usage: npm run test:int:mongo
set -euo pipefail
dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
log="$(mktemp)"

"$dir/start.sh" 0 >"$log" 2>&1 &
server_pid=$!
stop_server() { kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true; }
trap stop_server EXIT

for _ in $(seq 1 600); do
  port="$(sed -n 's/^LISTENING \([0-9]*\)$/\1/p' "$log")"
  [[ -n "$port" ]] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$log" >&2; echo "mongo-java-server did not start" >&2; exit 1; }
  sleep 0.1
done
[[ -n "${port:-}" ]] || { cat "$log" >&2; echo "mongo-java-server did not report its port" >&2; exit 1; }

echo "mongo-java-server listening on 127.0.0.1:$port (pid $server_pid)"
export DATABASE_URI="mongodb://127.0.0.1:$port/complaints" MONGODB_FLAVOR=mongo-java-server
vitest run --project int --reporter verbose
# The scaled-out deployment (two CMS instances, the worker, two sites) on the same server.
vitest run --project scaleout --reporter verbose
