# Sourced by the benchmark scripts that start a Cartwise of their own to measure.
#
# start_cartwise LOG CLASSPATH [JVM option ...] -- [serve option ...]
#   starts `Cartwise serve` in the background with the operator key CARTWISE_API_KEY (a new one
#   when unset, exported for the tools), its output in LOG; sets $server to its pid; stops it when
#   the script exits; returns once it logs "Cartwise is up" (exits with its log if it dies first).
# On exit the server is stopped, the path in $cleanup (if set) removed, and, when the script
# failed and $tail_on_failure is 1, the log's last 30 lines shown.

# stop_server: stops the Cartwise started last and waits for it to end (the exit trap still cleans up).
# build_server: builds Cartwise (bootstrap and the modules it needs) unless SKIP_BUILD=1, and sets
#   $server_cp to its classpath.

export CARTWISE_API_KEY="${CARTWISE_API_KEY:-bench-$(od -An -tx1 -N20 /dev/urandom | tr -d ' \n')}"
java=("${JAVA_HOME:+$JAVA_HOME/bin/}java")

start_cartwise() {
  server_log="$1"
  local classpath="$2"
  shift 2
  local jvm=()
  while [[ $# -gt 0 && "$1" != -- ]]; do
    jvm+=("$1")
    shift
  done
  [[ $# -gt 0 ]] && shift
  "${java[@]}" "${jvm[@]}" -Dcartwise.security.admin-key="$CARTWISE_API_KEY" -cp "$classpath" \
      com.cartwise.bootstrap.Cartwise serve "$@" >"$server_log" 2>&1 &
  server=$!
  trap stop_cartwise EXIT
  until grep -q "Cartwise is up" "$server_log"; do
    if ! kill -0 "$server" 2>/dev/null; then cat "$server_log" >&2; echo "Cartwise did not start" >&2; exit 1; fi
    sleep 0.2
  done
}

stop_cartwise() {
  local status=$?
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  if [[ $status -ne 0 && "${tail_on_failure:-0}" == 1 ]]; then tail -30 "$server_log" >&2; fi
  if [[ -n "${cleanup:-}" ]]; then rm -rf "$cleanup"; fi
  exit "$status"
}

# Builds this checkout's server (unless SKIP_BUILD=1) and sets server_cp; with SERVER_TREE, the
# server of that other checkout instead, built there beforehand with the same Maven command.
build_server() {
  local tree="${SERVER_TREE:-.}"
  if [[ "${SKIP_BUILD:-}" != 1 && -z "${SERVER_TREE:-}" ]]; then
    ./mvnw -q -pl bootstrap -am -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt \
        -Dmdep.includeScope=runtime
  fi
  server_cp="$tree/bootstrap/target/classes:$(cat "$tree/bootstrap/target/classpath.txt")"
}

stop_server() {
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
}
