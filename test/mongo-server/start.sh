#!/usr/bin/env bash
# Start the in-memory MongoDB-wire test server on 127.0.0.1.
# Usage: test/mongo-server/start.sh [port]   (port 0 or omitted = a free port chosen by the OS)
# Prints exactly "LISTENING <port>" on stdout once it accepts connections; logs go to stderr.
# Stop it with SIGTERM (kill <pid>): the JVM's shutdown hook closes the server cleanly.
set -euo pipefail
dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
port="${1:-0}"

# Resolve + compile if needed (a no-op when prepare.sh already ran and nothing changed).
"$dir/prepare.sh"
# exec: the caller's PID is the JVM's, so `kill $pid` reaches the shutdown hook directly.
exec java -cp "$dir/target/classes:$(cat "$dir/target/cp.txt")" MongoTestServer "$port"
