#!/usr/bin/env bash
# Measures the dist jar's start with and without an ahead-of-time cache (JDK 25: -XX:AOTCacheOutput
# records one, -XX:AOTCache uses it; see docs/OPERATIONS.md, "Faster starts"). Records the cache from
# one `serve --demo` run on a scratch data directory, stopped once it is up, then starts Cartwise on
# that same directory RUNS times each way, alternating, and prints the seconds from the JVM's start
# until "Cartwise is up" as the server logs them, and its start's rehearsal.
# Usage: benchmarks/aot-start.sh [runs]   (default 3; SKIP_BUILD=1 reuses bootstrap/target/cartwise.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
java=("${JAVA_HOME:+$JAVA_HOME/bin/}java")
http_port=18490
grpc_port=18491
if ! "${java[@]}" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -qw AOTCacheOutput; then
  echo "this JDK cannot record an AOT cache in one step (-XX:AOTCacheOutput needs JDK 25 or later): $("${java[@]}" -version 2>&1 | head -1)" >&2
  exit 2
fi
if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  ./mvnw -q -Pdist -DskipTests package
fi
work="$(mktemp -d)"
trap 'pkill -f "$work/cartwise.jar serve" 2>/dev/null || true; rm -rf "$work"' EXIT
# the cache names the jar it was recorded with (path, size and time): the same copy for every run
cp bootstrap/target/cartwise.jar "$work/cartwise.jar"

# Starts Cartwise with the given JVM options, waits until it is up, stops it (SIGTERM, as an operator
# would), and prints what its log says of the start.
start_once() {
  local log="$work/log"
  "${java[@]}" "$@" -jar "$work/cartwise.jar" serve --demo --data-dir "$work/postgres" \
      --http-port "$http_port" --grpc-port "$grpc_port" >"$log" 2>&1 &
  local app=$!
  until grep -q "Cartwise is up" "$log"; do
    if ! kill -0 "$app" 2>/dev/null; then cat "$log" >&2; echo "Cartwise did not start" >&2; exit 1; fi
    sleep 0.1
  done
  kill "$app"
  wait "$app" 2>/dev/null || true
  printf 'up %s s after the JVM started, rehearsals %s\n' "$(grep -o 'up [0-9.]* s after' "$log" | grep -o '[0-9.]*')" \
      "$(grep -o 'before taking requests in [0-9]* ms' "$log" | grep -o '[0-9]* ms' | paste -sd/ -)"
}

echo "recording the cache (the demo shop generated, imported and trained on a fresh data directory):"
echo "  $(start_once -XX:AOTCacheOutput="$work/cartwise.aot")"
echo "  cache: $(du -h "$work/cartwise.aot" | cut -f1)"
for ((i = 1; i <= runs; i++)); do
  echo "run $i with the cache:    $(start_once -XX:AOTCache="$work/cartwise.aot")"
  echo "run $i without it:        $(start_once)"
done
