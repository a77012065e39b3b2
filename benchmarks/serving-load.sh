#!/usr/bin/env bash
# Serving load: builds Cartwise, starts it with the demo shop on ports of its own, runs the load tool
# (com.cartwise.benchmarks.load.LoadTool) against it from a second JVM, and stops it. The load tool
# starts the bare grpc-java server (the baseline floor) in a third JVM.
# With SHOP=synthetic the load is on the generated benchmark shop instead (a million orders, 50,000
# variants: SyntheticShopSetup writes its Shopify exports, imports them over REST and trains it the
# first time, about 4 minutes; later runs find it in DATA_DIR and its files in FILES_DIR).
# Usage: benchmarks/serving-load.sh [load tool options]     e.g. --threads 4,16 --rounds 2
# Environment: SHOP (demo | synthetic), ORDERS (1000000) and VARIANTS (50000) of the synthetic shop,
# FILES_DIR (its exports and cart file), HTTP_PORT (18680), GRPC_PORT (18681), DATA_DIR (embedded
# PostgreSQL, kept between runs so each shop is set up once), SERVER_JVM (e.g. a Flight Recorder option), CLIENT_JVM,
# MVN_FLAGS (-q; add -o to stay offline), CARTWISE_API_KEY (the operator key the server starts with; a new one
# by default), SKIP_BUILD=1 to reuse the last build, SERVER_TREE (another
# checkout whose Cartwise to measure, e.g. an older commit, built there with
# ./mvnw -pl bootstrap -am -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt).
set -euo pipefail
cd "$(dirname "$0")/.."
http_port="${HTTP_PORT:-18680}"
grpc_port="${GRPC_PORT:-18681}"
work_dir="${TMPDIR:-/tmp}/cartwise-serving-load"
data_dir="${DATA_DIR:-$work_dir/postgres}"
files_dir="${FILES_DIR:-$work_dir/files}"
shop="${SHOP:-demo}"
orders="${ORDERS:-1000000}"
variants="${VARIANTS:-50000}"
if [[ "$shop" != demo && "$shop" != synthetic ]]; then echo "SHOP must be demo or synthetic, not $shop" >&2; exit 2; fi
read -r -a mvn_flags <<<"${MVN_FLAGS:--q}"
read -r -a server_jvm <<<"${SERVER_JVM:-}"
read -r -a client_jvm <<<"${CLIENT_JVM:--Xmx1g}"

if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  # Each module writes its own target/classpath.txt; sibling modules resolve to their built jars.
  ./mvnw "${mvn_flags[@]}" -pl benchmarks -am -DskipTests package dependency:build-classpath \
      -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
fi
server_tree="${SERVER_TREE:-.}"
server_cp="$server_tree/bootstrap/target/classes:$(cat "$server_tree/bootstrap/target/classpath.txt")"
client_cp="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"

source benchmarks/lib/server-under-test.sh
cleanup="$(mktemp)"
start_cartwise "$cleanup" "$server_cp" "${server_jvm[@]}" -Dcartwise.imports.upload-directory="$work_dir/uploads" -- \
    --demo --data-dir "$data_dir" --http-port "$http_port" --grpc-port "$grpc_port"
echo "Cartwise (pid $server) is up: REST :$http_port, gRPC :$grpc_port, data in $data_dir"
load_shop=()
if [[ "$shop" == synthetic ]]; then
  synthetic="synthetic-${orders}x${variants}"
  "${java[@]}" -Xmx2g -cp "$client_cp" com.cartwise.benchmarks.load.SyntheticShopSetup --server "http://localhost:$http_port" \
      --shop "$synthetic" --orders "$orders" --variants "$variants" --files "$files_dir"
  load_shop=(--shop "$synthetic" --carts "$files_dir/carts-${orders}x${variants}.txt")
fi
echo "$(date -u '+%Y-%m-%dT%H:%M:%SZ') before the load: $(uptime)"
"${java[@]}" "${client_jvm[@]}" -cp "$client_cp" com.cartwise.benchmarks.load.LoadTool \
    --grpc "localhost:$grpc_port" --rest "http://localhost:$http_port" --server-pid "$server" "${load_shop[@]}" "$@"
