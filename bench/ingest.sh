#!/usr/bin/env bash
# Times `dyad ingest` of one corpus file twice (first run, then re-ingest of the same
# file) and prints wall time, peak RSS, database size, the load average and the
# ingest's own summary line. Usage:
#   bench/ingest.sh CORPUS_FILE DB [extra ingest args...]
# Env: DYAD (the binary; default /work/target-ops/release/dyad).
set -euo pipefail
file=$1; db=$2; shift 2
dyad=${DYAD:-${CARGO_TARGET_DIR:-target}/release/dyad}
log=$(mktemp)
for run in first again file-done; do
  echo "== $run run: $(date -u +%H:%M:%S) load: $(cut -d' ' -f1-3 /proc/loadavg)"
  # "again" forces a re-read of the file (--force) so the content-hash skip is what is
  # measured; "file-done" is a plain re-run, which skips the finished file outright.
  extra=(); [ "$run" = again ] && extra=(--force)
  /usr/bin/time -v "$dyad" ingest "$file" --db "$db" "${extra[@]}" "$@" 2> "$log" || true
  grep -E 'articles read|Elapsed \(wall|Maximum resident|Percent of CPU|User time|System time' "$log"
  echo "   load after: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "   db size: $(du -b "$db" | cut -f1) bytes ($(du -h "$db" | cut -f1)); wal: $(du -h "$db-wal" 2>/dev/null | cut -f1)"
done
rm -f "$log"
