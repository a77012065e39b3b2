#!/usr/bin/env bash
# Bundle generation end to end through REST: builds Cartwise, starts it (heap 1g by default), and runs
# com.cartwise.benchmarks.bundles.BundleGenerationThroughput against it: the generated shop of the
# domain benchmark (100,000 orders, 5,000 products) imported from Shopify exports, then generation
# jobs (AI copy off) followed to their end, with each phase's time.
# Usage: benchmarks/bundle-generation.sh [tool options]     e.g. --orders 100000 --products 5000 --runs 3
# Environment: as benchmarks/import-throughput.sh (HTTP_PORT, GRPC_PORT, DATA_DIR, SERVER_HEAP, SERVER_JVM,
# MVN_FLAGS, SKIP_BUILD=1).
set -euo pipefail
cd "$(dirname "$0")/.."
SERVER_HEAP="${SERVER_HEAP:-1g}" BENCH_CLASS=com.cartwise.benchmarks.bundles.BundleGenerationThroughput \
    exec benchmarks/import-throughput.sh "$@"
