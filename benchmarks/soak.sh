#!/usr/bin/env bash
# Soak: builds Cartwise, starts it with its embedded PostgreSQL, the demo shop, its heap capped
# (-Xmx768m by default) and a GC log, and runs com.cartwise.benchmarks.soak.SoakTool against it from
# a second JVM: paced gRPC and REST recommendations, product pages, dashboard reads and events for
# --minutes (10 by default) while every minute the demo shop is retrained and a generated orders
# export is imported into a second shop and trained. Prints a block per minute and a verdict (0
# errors, every job succeeded, heap after GC flat); exits 1 when the verdict fails. Stops Cartwise.
# Usage: benchmarks/soak.sh [soak tool options]     e.g. --minutes 1, --grpc-cart-rate 200
# Environment: as benchmarks/import-throughput.sh, which starts the server (HTTP_PORT 18700, GRPC_PORT
# 18701, DATA_DIR a fresh one per run, SERVER_HEAP 768m, SERVER_JVM, MVN_FLAGS, SKIP_BUILD=1, CARTWISE_API_KEY).
set -euo pipefail
cd "$(dirname "$0")/.."
grpc_port="${GRPC_PORT:-18701}"
HTTP_PORT="${HTTP_PORT:-18700}" GRPC_PORT="$grpc_port" SERVER_HEAP="${SERVER_HEAP:-768m}" SERVE_OPTIONS="--demo" \
    BENCH_CLASS=com.cartwise.benchmarks.soak.SoakTool exec benchmarks/import-throughput.sh --grpc "localhost:$grpc_port" "$@"
