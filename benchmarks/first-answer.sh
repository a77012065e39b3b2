#!/usr/bin/env bash
# The first answer after a restart: starts Cartwise over a data directory that already holds a
# trained shop (by default the generated million-order shop of serving-load.sh), times the start
# until it says it is up, then the first two REST recommendations for that shop, and stops it; each
# round once with the start-time model loading (cartwise.recommender.serving.warm-up-shops, on by
# default) and once with it off (0), alternating.
# Usage: benchmarks/first-answer.sh [rounds]   (rounds: 2)
# Environment: DATA_DIR (the embedded PostgreSQL of serving-load.sh with SHOP=synthetic, which
# must have run once), SHOP_ID (synthetic-1000000x50000), SKU and SKU2 (the first and second
# answers' carts, SYN-000001-1 and SYN-000002-1),
# HTTP_PORT (18580), GRPC_PORT (18581), SERVER_JVM, SKIP_BUILD=1 to reuse the last build.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-2}"
http_port="${HTTP_PORT:-18580}"
grpc_port="${GRPC_PORT:-18581}"
data_dir="${DATA_DIR:-${TMPDIR:-/tmp}/cartwise-serving-load/postgres}"
shop_id="${SHOP_ID:-synthetic-1000000x50000}"
sku="${SKU:-SYN-000001-1}"
sku2="${SKU2:-SYN-000002-1}"
read -r -a server_jvm <<<"${SERVER_JVM:--Xmx2g}"
if [[ ! -d "$data_dir" ]]; then echo "no data directory $data_dir: run SHOP=synthetic benchmarks/serving-load.sh once" >&2; exit 2; fi
source benchmarks/lib/server-under-test.sh
build_server

once() {
  local shops="$1" log started up
  log="$(mktemp)"
  started=$(date +%s.%N)
  start_cartwise "$log" "$server_cp" "${server_jvm[@]}" -Dcartwise.recommender.serving.warm-up-shops="$shops" -- \
      --data-dir "$data_dir" --http-port "$http_port" --grpc-port "$grpc_port"
  up=$(date +%s.%N)
  local status
  status=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -X POST "localhost:$http_port/api/v1/shops/$shop_id/recommendations" \
      -H "Authorization: Bearer $CARTWISE_API_KEY" -H 'Content-Type: application/json' -d "{\"items\":[{\"sku\":\"$sku\"}],\"limit\":5}")
  local second
  second=$(curl -s -o /dev/null -w '%{time_total}' -X POST "localhost:$http_port/api/v1/shops/$shop_id/recommendations" \
      -H "Authorization: Bearer $CARTWISE_API_KEY" -H 'Content-Type: application/json' -d "{\"items\":[{\"sku\":\"$sku2\"}],\"limit\":5}")
  printf 'warm-up-shops=%-3s start to up %5.1f s, first answer %s s (HTTP %s), second %s s; %s\n' "$shops" \
      "$(awk -v a="$started" -v b="$up" 'BEGIN { print b - a }')" "${status#* }" "${status%% *}" "$second" \
      "$(grep -o 'loaded the models of .* before taking requests' "$log" || echo 'no warm-up')"
  stop_server
  rm -f "$log"
}

for ((round = 1; round <= rounds; round++)); do
  once 100
  once 0
done
