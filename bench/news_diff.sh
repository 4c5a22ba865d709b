#!/bin/bash
# Codes three real-news samples with a dyad binary and, for any tag but "base", lists
# the events (document, source, target, code, sentence) that changed against "base":
# the check every coder or dictionary change gets before it goes in (docs/devset.md).
#
#   bench/news_diff.sh OLD_BINARY base     # once, with the binary before the change
#   bench/news_diff.sh target/release/dyad new
#
# Samples, read from ../shared (never copied into the repo): AG News test rows of class
# 1 (World, 1,900 items), the Guardian Syria CSV (249 articles) and the first 1,500
# AllSides articles. Outputs go to $NEWS_DIFF_DIR (default /tmp/news_diff).
set -euo pipefail
bin=${1:?usage: news_diff.sh DYAD_BINARY TAG}
tag=${2:?usage: news_diff.sh DYAD_BINARY TAG}
shared=${SHARED:-$(dirname "$0")/../../shared}
out=${NEWS_DIFF_DIR:-/tmp/news_diff}
mkdir -p "$out"
if [ ! -s "$out/ag_world.jsonl" ]; then
  python3 - "$shared/corpora/news/ag_news/test.csv" > "$out/ag_world.jsonl" <<'EOF'
import csv, json, sys
with open(sys.argv[1], newline='', encoding='utf-8') as f:
    for n, row in enumerate(csv.DictReader(f), start=1):
        if row['label'] == '1':
            print(json.dumps({'id': f'ag-{n}', 'title': row['title'], 'text': row['description']}))
EOF
fi
if [ ! -s "$out/allsides1500.jsonl" ]; then
  # zcat stops with SIGPIPE when head has read enough: not an error here.
  { zcat "$shared/corpora/news/allsides/articles_every3rd.jsonl.gz" || true; } | head -1500 > "$out/allsides1500.jsonl"
fi
for c in ag gu as; do
  case $c in
    ag) f=$out/ag_world.jsonl ;;
    gu) f=$shared/corpora/news/guardian_syria/Guardian_SDF_sample.csv ;;
    as) f=$out/allsides1500.jsonl ;;
  esac
  "$bin" code --format tsv "$f" 2>/dev/null |
    awk -F'\t' 'NR>1{print $2"\t"$5"\t"$8"\t"$11"\t"$18}' | sort > "$out/$c.$tag"
  [ "$tag" = base ] && continue
  printf '%s: base %d events, %s %d; added %d, gone %d\n' "$c" \
    "$(wc -l < "$out/$c.base")" "$tag" "$(wc -l < "$out/$c.$tag")" \
    "$(comm -13 "$out/$c.base" "$out/$c.$tag" | wc -l)" \
    "$(comm -23 "$out/$c.base" "$out/$c.$tag" | wc -l)"
  diff <(cut -f1-4 "$out/$c.base") <(cut -f1-4 "$out/$c.$tag") | grep '^[<>]' || true
done
