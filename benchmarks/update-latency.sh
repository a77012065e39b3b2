#!/usr/bin/env bash
# Update latency: how soon a new order reaches the served model (issue 6: within 1 s). Builds
# Cartwise, starts it on ports of its own with the generated million-order shop (set up and trained
# the first time by SyntheticShopSetup, about 40 s plus the files; later runs, and runs after
# serving-load.sh with the same DATA_DIR and FILES_DIR, find it there), then uploads one new order
# at a time (a past cart of the shop, placed now) and times when a recommendation is first answered
# from the updated model: from the end of the import's merge, and from the upload; and each job.
#
# Usage: benchmarks/update-latency.sh [--rounds 10]
# Environment: SKIP_BUILD=1 (use the classes built before), ORDERS (1000000), VARIANTS (50000),
# DATA_DIR (embedded PostgreSQL's data), FILES_DIR (the shop's exports and cart file), HTTP_PORT
# (18690), GRPC_PORT (18691), SERVER_JVM (the server's JVM options, default -Xmx2g), SERVER_TREE
# (another built checkout whose server to measure with this checkout's client, e.g. a worktree of
# an older commit built with the command above; default: this one).
set -euo pipefail
cd "$(dirname "$0")/.."

http_port="${HTTP_PORT:-18690}"
grpc_port="${GRPC_PORT:-18691}"
work_dir="${TMPDIR:-/tmp}/cartwise-update-latency"
data_dir="${DATA_DIR:-$work_dir/postgres}"
files_dir="${FILES_DIR:-$work_dir/files}"
orders="${ORDERS:-1000000}"
variants="${VARIANTS:-50000}"
read -r -a server_jvm <<<"${SERVER_JVM:--Xmx2g}"

if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  ./mvnw -q -pl benchmarks -am -DskipTests package dependency:build-classpath \
      -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
fi
server_tree="${SERVER_TREE:-.}"
server_cp="$server_tree/bootstrap/target/classes:$(cat "$server_tree/bootstrap/target/classpath.txt")"
client_cp="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"

source benchmarks/lib/server-under-test.sh
cleanup="$(mktemp)"
start_cartwise "$cleanup" "$server_cp" "${server_jvm[@]}" -Dcartwise.imports.upload-directory="$work_dir/uploads" -- \
    --data-dir "$data_dir" --http-port "$http_port" --grpc-port "$grpc_port"
echo "Cartwise (pid $server) is up: REST :$http_port, data in $data_dir"
synthetic="synthetic-${orders}x${variants}"
"${java[@]}" -Xmx2g -cp "$client_cp" com.cartwise.benchmarks.load.SyntheticShopSetup --server "http://localhost:$http_port" \
    --shop "$synthetic" --orders "$orders" --variants "$variants" --files "$files_dir"
echo "$(date -u '+%Y-%m-%dT%H:%M:%SZ') before the updates: $(uptime)"
"${java[@]}" -cp "$client_cp" com.cartwise.benchmarks.recommend.UpdateLatency --server "http://localhost:$http_port" \
    --shop "$synthetic" --carts "$files_dir/carts-${orders}x${variants}.txt" "$@"
