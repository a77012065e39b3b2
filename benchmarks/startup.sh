#!/usr/bin/env bash
# Measures the README's start command: seconds from the command until Cartwise says it is up
# with its demo shop, first on an empty data directory (initdb, migrations, demo generated,
# imported and trained), then again on the same directory (the demo is found, not regenerated).
# Usage: benchmarks/startup.sh [runs]   (run from anywhere; needs a built tree or Maven Central)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
http_port=18480
grpc_port=18481

start_once() {
  local data_dir="$1" log started now
  log="$(mktemp)"
  started=$(date +%s.%N)
  ./mvnw -q -DskipTests install exec:exec \
      -Dcartwise.args="serve --demo --data-dir $data_dir --http-port $http_port --grpc-port $grpc_port" >"$log" 2>&1 &
  local maven=$!
  until grep -q "Cartwise is up" "$log"; do
    if ! kill -0 "$maven" 2>/dev/null; then cat "$log" >&2; echo "Cartwise did not start" >&2; exit 1; fi
    sleep 0.1
  done
  now=$(date +%s.%N)
  local app
  app=$(pgrep -f "com.cartwise.bootstrap.Cartwise serve --demo --data-dir $data_dir")
  kill "$app"
  wait "$maven" 2>/dev/null || true
  awk -v a="$started" -v b="$now" 'BEGIN { printf "%.1f s", b - a }'
  printf '  (JVM to up: %s s; demo %s)\n' "$(grep -o 'up [0-9.]* s after' "$log" | grep -o '[0-9.]*')" \
      "$(grep -o 'generated in [0-9.]* s\|found' "$log" | head -1)"
  rm -f "$log"
}

for ((i = 1; i <= runs; i++)); do
  data_dir="$(mktemp -d)/postgres"
  echo "run $i, empty data directory:   $(start_once "$data_dir")"
  echo "run $i, same data directory:    $(start_once "$data_dir")"
  rm -rf "$(dirname "$data_dir")"
done
