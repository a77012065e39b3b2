#!/usr/bin/env bash
# Times, over real HTTP against a running Cartwise, what a merchant's first session does with
# the real Shopify exports in ../shared/data: create a shop, upload the products export, the
# orders export, and train. Each step's wall time is curl's time_total (upload included).
# Usage: start Cartwise, then  CARTWISE_API_KEY=<operator key> benchmarks/real-exports.sh [base-url]
# (default http://localhost:8080)
set -euo pipefail
cd "$(dirname "$0")/.."
base="${1:-http://localhost:8080}"
data=../shared/data
run=$(date +%s)

step() {  # label, curl arguments...
  local label="$1"; shift
  local out code seconds
  out=$(curl -s -H "Authorization: Bearer ${CARTWISE_API_KEY:?set CARTWISE_API_KEY to the operator key of the server}" -o /tmp/cartwise-bench-body -w '%{http_code} %{time_total}' "$@")
  code=${out% *}; seconds=${out#* }
  printf '  %-34s %s  %6.2f s  %s\n' "$label" "$code" "$seconds" "$(head -c 160 /tmp/cartwise-bench-body | tr -d '\n')"
  [[ "$code" == 2* ]] || { echo "failed" >&2; exit 1; }
}

data_lines() {  # a CSV file's lines after its header
  awk 'END { print NR - 1 }' "$1"
}

shop_session() {  # shop id, currency, products file, orders file
  local shop="$1-$run"
  echo "$shop"
  step "create shop" -X POST "$base/api/v1/shops" -H 'Content-Type: application/json' \
       -d "{\"shop_id\":\"$shop\",\"name\":\"$1\",\"currency\":\"$2\"}"
  step "products export ($(data_lines "$3") lines)" -F "file=@$3" "$base/api/v1/shops/$shop/imports?wait=true"
  step "orders export ($(data_lines "$4") lines)" -F "file=@$4" "$base/api/v1/shops/$shop/imports?wait=true"
  step "train (evaluate every scorer, store)" -X POST "$base/api/v1/shops/$shop/models?wait=true" -H 'Content-Type: application/json' -d '{}'
}

shop_session bakery GBP "$data/shopify-bakery/products_export.csv" "$data/shopify-bakery/orders_export.csv"
shop_session rieker CAD "$data/shopify-store-rieker/products_export.csv" "$data/shopify-store-rieker/orders_export.csv"
