#!/usr/bin/env bash
# Ingests the project's example articles, serves the dashboard, and runs dashboard.mjs in
# headless Chromium. Needs: the release binary, node, chromium, playwright-core (installed
# into tests/browser/node_modules by `npm install` here). Usage: tests/browser/run.sh [PNG]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/../.."
bin="${DYAD_BIN:-$root/target/release/dyad}"
work="$(mktemp -d)"
trap 'kill "${server:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
"$bin" ingest "$root/examples" --db "$work/t.db" 2>"$work/ingest.log" || { cat "$work/ingest.log"; exit 1; }
"$bin" alerts run --db "$work/t.db" >/dev/null 2>>"$work/ingest.log" || { cat "$work/ingest.log"; exit 1; }
port=$(( 20000 + RANDOM % 20000 ))
"$bin" serve --db "$work/t.db" --addr "127.0.0.1:$port" 2>"$work/serve.log" &
server=$!
for _ in $(seq 1 50); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then break; fi
  sleep 0.1
done
cd "$here"
node dashboard.mjs "http://127.0.0.1:$port" "${1:-}"
