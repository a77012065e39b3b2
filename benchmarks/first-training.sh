#!/usr/bin/env bash
# The first training after a restart, as a merchant meets it: imports a file into a new shop on a
# Cartwise of its own (fresh embedded PostgreSQL), then, each round, restarts Cartwise and times its
# first training of that shop (POST .../models?wait=true: curl's time_total, the scorer chosen, the
# job's phases from /prometheus, the log's rehearsal line), once with the start-time training
# rehearsal (cartwise.recommender.training.rehearse-at-start, on by default) and once without.
# Usage: benchmarks/first-training.sh FILE [rounds]   e.g. ../shared/data/fimi-retail/retail.dat 2
# Environment: TYPE (the file's import type; default: told from its header), HTTP_PORT (18590),
# GRPC_PORT (18591), SERVER_JVM (-Xmx2g), SKIP_BUILD=1 to reuse the last build, SERVER_TREE (another
# checkout whose server to time, e.g. a worktree of an older commit, built there with
# ./mvnw -pl bootstrap -am -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime).
set -euo pipefail
cd "$(dirname "$0")/.."
file="${1:?usage: benchmarks/first-training.sh FILE [rounds]}"
rounds="${2:-2}"
http_port="${HTTP_PORT:-18590}"
grpc_port="${GRPC_PORT:-18591}"
read -r -a server_jvm <<<"${SERVER_JVM:--Xmx2g}"
if [[ ! -f "$file" ]]; then echo "no file $file" >&2; exit 2; fi
work="$(mktemp -d)"
cleanup="$work"
tail_on_failure=1
source benchmarks/lib/server-under-test.sh
build_server
shop="first-training"

call() {  # expected status, curl arguments...
  local expected="$1" out
  shift
  out=$(curl -s -o "$work/body" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $CARTWISE_API_KEY" "$@")
  if [[ "${out% *}" != "$expected" ]]; then echo "HTTP ${out% *}, wanted $expected: $(head -c 400 "$work/body")" >&2; exit 1; fi
  echo "${out#* }"
}

start() {  # JVM options...
  start_cartwise "$work/server.log" "$server_cp" "${server_jvm[@]}" "$@" -Dcartwise.imports.upload-directory="$work/uploads" -- \
      --data-dir "$work/postgres" --http-port "$http_port" --grpc-port "$grpc_port"
}


start
call 201 -X POST "localhost:$http_port/api/v1/shops" -H 'Content-Type: application/json' \
    -d "{\"shop_id\":\"$shop\",\"name\":\"First training\",\"currency\":\"EUR\"}" >/dev/null
imported=$(call 201 -F "file=@$file" "localhost:$http_port/api/v1/shops/$shop/imports?wait=true${TYPE:+&type=$TYPE}")
printf 'imported %s in %.2f s\n' "$file" "$imported"
stop_server

for ((round = 1; round <= rounds; round++)); do
  for rehearse in true false; do
    start -Dcartwise.recommender.training.rehearse-at-start="$rehearse"
    took=$(call 201 -X POST "localhost:$http_port/api/v1/shops/$shop/models?wait=true" -H 'Content-Type: application/json' -d '{}')
    printf 'rehearse-at-start=%-5s first training %6.2f s (%s); %s\n' "$rehearse" "$took" \
        "$(grep -o '"metric":"[^"]*"' "$work/body" || echo 'no model')" \
        "$(grep -o 'rehearsed reading .* in [0-9]* ms' "$work/server.log" || echo 'no rehearsal')"
    curl -s -H "Authorization: Bearer $CARTWISE_API_KEY" "localhost:$http_port/prometheus" \
        | awk -F'[{}]' '/^cartwise_job_phase_seconds_sum\{/ && /kind="training"/ { split($2, tags, "phase=\""); split(tags[2], p, "\"");
            split($3, v, " "); printf "  %s %.2f s", p[1], v[1] } END { print "" }'
    stop_server
  done
done
