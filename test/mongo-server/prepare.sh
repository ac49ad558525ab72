#!/usr/bin/env bash
# Resolve the classpath and compile MongoTestServer without starting it, so CI can do the
# slow (network) part ahead of time. Silent on success; only mvn/javac errors are printed.
# Usage: test/mongo-server/prepare.sh   (works from any cwd)
set -euo pipefail
dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
target="$dir/target"
cp_file="$target/cp.txt"
src="$dir/src/main/java/MongoTestServer.java"
class="$target/classes/MongoTestServer.class"

mkdir -p "$target"
# Re-resolve only when the classpath is missing/empty, the pom changed since, or a listed jar
# is gone (e.g. a cleaned ~/.m2).
cp_stale() {
  [[ ! -s "$cp_file" || "$dir/pom.xml" -nt "$cp_file" ]] && return 0
  local jar jars; IFS=: read -ra jars < "$cp_file"
  for jar in "${jars[@]}"; do [[ -f "$jar" ]] || return 0; done
  return 1
}
if cp_stale; then
  # Output captured and shown only on failure: Debian's Maven 3.8.7 prints stray ANSI resets
  # (ESC[0m) even with -q -B, which would break "silent on success".
  if ! mvn_out="$(mvn -q -B -f "$dir/pom.xml" dependency:build-classpath -Dmdep.outputFile="$cp_file" 2>&1)"; then
    printf '%s\n' "$mvn_out" >&2
    rm -f "$cp_file"
    exit 1
  fi
fi
# Recompile only when the class is missing or older than its source or the classpath.
if [[ ! -f "$class" || "$src" -nt "$class" || "$cp_file" -nt "$class" ]]; then
  mkdir -p "$target/classes"
  javac --release 17 -nowarn -cp "$(cat "$cp_file")" -d "$target/classes" "$src"
fi
