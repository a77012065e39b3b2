#!/usr/bin/env bash
# Soak: builds Cartwise, starts it with its embedded PostgreSQL, the demo shop, its heap capped
# (-Xmx768m by default) and a GC log, and runs com.cartwise.benchmarks.soak.SoakTool against it from
# a second JVM: paced gRPC and REST recommendations, dashboard reads and events for --minutes (10 by
# default) while every minute the demo shop is retrained and a generated orders export is imported
# into a second shop and trained. Prints a block per minute and a verdict (0 errors, every job
# succeeded, heap after GC flat); exits 1 when the verdict fails. Stops Cartwise at the end.
# Usage: benchmarks/soak.sh [soak tool options]     e.g. --minutes 1, --grpc-cart-rate 200
# Environment: HTTP_PORT (18700), GRPC_PORT (18701), DATA_DIR (a fresh one per run by default),
# SERVER_HEAP (768m), SERVER_JVM (more server options), CLIENT_JVM (-Xmx1g), MVN_FLAGS (-q; add -o
# to stay offline), SKIP_BUILD=1 to reuse the last build, KEEP_LOGS=1 to keep the server's log and GC
# log (printed at the end), CARTWISE_API_KEY (the operator key the server starts with; a new one by default).
set -euo pipefail
cd "$(dirname "$0")/.."
http_port="${HTTP_PORT:-18700}"
grpc_port="${GRPC_PORT:-18701}"
work="$(mktemp -d)"
data_dir="${DATA_DIR:-$work/postgres}"
heap="${SERVER_HEAP:-768m}"
read -r -a mvn_flags <<<"${MVN_FLAGS:--q}"
read -r -a server_jvm <<<"${SERVER_JVM:-}"
read -r -a client_jvm <<<"${CLIENT_JVM:--Xmx1g}"

if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  ./mvnw "${mvn_flags[@]}" -pl benchmarks -am -DskipTests package dependency:build-classpath \
      -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
fi
server_cp="bootstrap/target/classes:$(cat bootstrap/target/classpath.txt)"
client_cp="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"

# The operator key the server under test starts with and the tool sends (the environment's CARTWISE_API_KEY, else a new one).
export CARTWISE_API_KEY="${CARTWISE_API_KEY:-bench-$(od -An -tx1 -N20 /dev/urandom | tr -d ' \n')}"
java=("${JAVA_HOME:+$JAVA_HOME/bin/}java")
gc_log="$work/gc.log"
log="$work/server.log"
"${java[@]}" "-Xmx$heap" "-Xlog:gc:file=$gc_log" "${server_jvm[@]}" -cp "$server_cp" \
    -Dcartwise.security.admin-key="$CARTWISE_API_KEY" -Dcartwise.imports.upload-directory="$work/uploads" \
    com.cartwise.bootstrap.Cartwise serve --demo \
    --data-dir "$data_dir" --http-port "$http_port" --grpc-port "$grpc_port" >"$log" 2>&1 &
server=$!
stop_server() {
  local status=$?
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  if [[ $status -ne 0 ]]; then
    echo "--- last lines of the server's log:" >&2
    tail -30 "$log" >&2
  fi
  if [[ "${KEEP_LOGS:-}" == 1 ]]; then
    echo "server log $log, GC log $gc_log (kept)"
  else
    rm -rf "$work"
  fi
  exit "$status"
}
trap stop_server EXIT
until grep -q "Cartwise is up" "$log"; do
  if ! kill -0 "$server" 2>/dev/null; then cat "$log" >&2; echo "Cartwise did not start" >&2; exit 1; fi
  sleep 0.2
done
echo "Cartwise (pid $server, heap $heap) is up: REST :$http_port, gRPC :$grpc_port, data in $data_dir"
echo "$(date -u '+%Y-%m-%dT%H:%M:%SZ') before the soak: $(uptime)"
"${java[@]}" "${client_jvm[@]}" -cp "$client_cp" com.cartwise.benchmarks.soak.SoakTool \
    --grpc "localhost:$grpc_port" --rest "http://localhost:$http_port" --server-pid "$server" --gc-log "$gc_log" \
    --files "${TMPDIR:-/tmp}/cartwise-soak" "$@"
