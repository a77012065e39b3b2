#!/usr/bin/env bash
# Import throughput: builds Cartwise, starts it with its heap capped (-Xmx512m by default) and a GC
# log, and runs com.cartwise.benchmarks.imports.ImportThroughput against it: a generated Shopify
# orders export (1,000,000 lines over 50,000 variants by default) imported end to end as a job,
# twice (all orders new, then all replaced), with per-phase times and the heap after each GC.
# Usage: benchmarks/import-throughput.sh [tool options]     e.g. --lines 100000 --rounds 1
# Environment: HTTP_PORT (18690), GRPC_PORT (18691), DATA_DIR (a fresh one per run by default),
# SERVER_HEAP (512m), SERVER_JVM (more server options), MVN_FLAGS (-q), SKIP_BUILD=1 to reuse the build,
# BENCH_CLASS (the tool run against the server; bundle-generation.sh and soak.sh set it), SERVE_OPTIONS (more
# options of Cartwise's serve command; soak.sh sets --demo), CARTWISE_API_KEY (the operator key the server starts
# with; a new one by default).
set -euo pipefail
cd "$(dirname "$0")/.."
http_port="${HTTP_PORT:-18690}"
grpc_port="${GRPC_PORT:-18691}"
work="$(mktemp -d)"
data_dir="${DATA_DIR:-$work/postgres}"
read -r -a mvn_flags <<<"${MVN_FLAGS:--q}"
read -r -a server_jvm <<<"${SERVER_JVM:-}"
read -r -a serve_options <<<"${SERVE_OPTIONS:-}"

if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  ./mvnw "${mvn_flags[@]}" -pl benchmarks -am -DskipTests package dependency:build-classpath \
      -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
fi
server_cp="bootstrap/target/classes:$(cat bootstrap/target/classpath.txt)"
client_cp="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"

source benchmarks/lib/server-under-test.sh
gc_log="$work/gc.log"
cleanup="$work"
tail_on_failure=1
start_cartwise "$work/server.log" "$server_cp" "-Xmx${SERVER_HEAP:-512m}" "-Xlog:gc:file=$gc_log" "${server_jvm[@]}" \
    -Dcartwise.imports.upload-directory="$work/uploads" -- "${serve_options[@]}" \
    --data-dir "$data_dir" --http-port "$http_port" --grpc-port "$grpc_port"
echo "Cartwise (pid $server, heap ${SERVER_HEAP:-512m}) is up on :$http_port"
"${java[@]}" -Xmx2g -cp "$client_cp" "${BENCH_CLASS:-com.cartwise.benchmarks.imports.ImportThroughput}" \
    --server "http://localhost:$http_port" --gc-log "$gc_log" --server-pid "$server" "$@"
