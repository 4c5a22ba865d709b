#!/usr/bin/env bash
# How raw mentions fold into events in an event store: totals, the distribution of
# num_mentions and num_articles, and the most-mentioned events with their sentences.
# Uses only `dyad events` (JSON lines) and python3 for the counting. Usage:
#   bench/folding.sh DB [TOP]
# Env: DYAD (the binary; default $CARGO_TARGET_DIR/release/dyad).
set -euo pipefail
db=$1; top=${2:-5}
dyad=${DYAD:-${CARGO_TARGET_DIR:-target}/release/dyad}
all=$(mktemp)
trap 'rm -f "$all"' EXIT
# Every event, negated and historical ones included, as JSON lines.
"$dyad" events --db "$db" --negated --historical --limit 100000000 --format json > "$all"
python3 - "$all" "$top" <<'PY' > "$all.top"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
top = int(sys.argv[2])
m = sum(r["num_mentions"] for r in rows)
print(f"events (all, incl. negated/historical): {len(rows)}; mentions behind them: {m}; "
      f"mentions per event: {m / max(1, len(rows)):.3f}; "
      f"events with >1 mention: {sum(r['num_mentions'] > 1 for r in rows)}; "
      f"with >1 article: {sum(r['num_articles'] > 1 for r in rows)}; "
      f"with >1 source: {sum(r['num_sources'] > 1 for r in rows)}")
buckets = [(1, 1), (2, 2), (3, 4), (5, 9), (10, 19), (20, 10**9)]
print("\n| count | events by num_mentions | mentions in them | events by num_articles | events by num_sources |")
print("|---|---|---|---|---|")
for lo, hi in buckets:
    label = f"{lo}" if lo == hi else (f"{lo}+" if hi > 10**8 else f"{lo}-{hi}")
    inb = lambda k: [r for r in rows if lo <= r[k] <= hi]
    em = inb("num_mentions")
    print(f"| {label} | {len(em)} | {sum(r['num_mentions'] for r in em)} | {len(inb('num_articles'))} | {len(inb('num_sources'))} |")
# What a date window would fold (not what the store does: it folds by exact day): events
# with the same source, target, code and polarity whose days chain within W days.
from datetime import date
print("\n| fold window | events | mentions per event |\n|---|---|---|")
for win in (0, 1, 3, 7):
    groups = {}
    for r in rows:
        groups.setdefault((r["source"], r["target"], r["cameo"], r["negated"]), []).append(r["day"])
    n = 0
    for days in groups.values():
        known = sorted(date.fromisoformat(d) for d in days if d)
        n += len(days) - len(known)
        last = None
        for d in known:
            if last is None or (d - last).days > win:
                n += 1
            last = d
    print(f"| {'exact day (stored)' if win == 0 else f'{win} day(s)'} | {n} | {m / max(1, n):.3f} |")
print(f"\nmost mentioned events:")
rows.sort(key=lambda r: (-r["num_mentions"], -r["num_articles"], r["id"]))
for r in rows[:top]:
    print(r["id"])
PY
sed -n '1,/^most mentioned/p' "$all.top"
for id in $(sed -n '/^most mentioned/,$p' "$all.top" | tail -n +2); do
  python3 - "$all" "$id" <<'PY'
import json, sys
for l in open(sys.argv[1]):
    r = json.loads(l)
    if r["id"] == int(sys.argv[2]):
        print(f"- #{r['id']} {r['day']} {r['source']} -> {r['target']} CAMEO {r['cameo']} ({r['plover']}), "
              f"{r['num_mentions']} mentions, {r['num_articles']} articles, {r['num_sources']} sources")
PY
done
rm -f "$all.top"
