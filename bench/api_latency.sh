#!/usr/bin/env bash
# Load-tests `dyad serve` on the common queries with wrk (Debian package `wrk`):
# 50 concurrent connections, 2 threads, 20 s per query, latency percentiles; then the
# server's peak RSS (VmHWM). Loopback only. Usage:
#   bench/api_latency.sh DB [PORT] [SECONDS]
# Env: DYAD (the binary; default $CARGO_TARGET_DIR/release/dyad), CONNS (default 50).
set -euo pipefail
db=$1; port=${2:-18080}; secs=${3:-20}; conns=${CONNS:-50}
dyad=${DYAD:-${CARGO_TARGET_DIR:-target}/release/dyad}
base=http://127.0.0.1:$port
"$dyad" serve --db "$db" --addr 127.0.0.1:$port 2>/dev/null &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -sf "$base/api/health" >/dev/null && break; sleep 0.2; done
echo "server pid $pid; $(curl -s "$base/api/health")"
echo "RSS after start: $(grep VmRSS /proc/$pid/status)"
# The first event of the default listing (a real id from this database) for the detail query.
id=$(curl -s "$base/api/events?limit=1" | sed -E 's/.*"items":\[\{[^}]*"id":([0-9]+).*/\1/')
queries=(
  "/api/events?limit=50"
  "/api/events?actor=USA&quad=4"
  "/api/stats?by=week"
  "/api/search?q=border+security"
  "/api/events/$id"
)
printf '| query | requests/s | p50 | p90 | p99 | max | errors | load avg |\n|---|---|---|---|---|---|---|---|\n'
for q in "${queries[@]}"; do
  bytes=$(curl -s "$base$q" | wc -c)
  out=$(wrk -t2 -c"$conns" -d"${secs}s" --latency "$base$q")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p90=$(awk '$1=="90%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  max=$(awk '/Latency/ && !/Distribution/ {print $4; exit}' <<<"$out")
  errs=$(awk '/Non-2xx|Socket errors/ {printf "%s ", $0}' <<<"$out")
  printf '| `%s` (%s B) | %s | %s | %s | %s | %s | %s | %s |\n' "$q" "$bytes" "$rps" "$p50" "$p90" "$p99" "$max" "${errs:-0}" "$(cut -d' ' -f1 /proc/loadavg)"
done
echo "peak RSS of dyad serve: $(grep VmHWM /proc/$pid/status)"
