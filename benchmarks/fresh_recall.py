"""How many of the fresh hand-written probe messages the shipped model flags.

The `fresh_*.txt` files in benchmarks/rewrite_probes/ were written, message by message, as blaming or
defensive texts a person might check before sending (everyday chats, work and group chats, family and
money, dating and replies mid-row, longer messages after a row). They carry no per-message labels, so
this is a rough recall: the share flagged blaming or defensive, per file. It is not a training set and
not the corpus test split; read it beside the corpus figures in the README.

    .venv/bin/python benchmarks/fresh_recall.py [--model DIR]
"""

from __future__ import annotations

import argparse
from pathlib import Path

import heard

PROBES = Path(__file__).parent / "rewrite_probes"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", help="a model directory (default: the shipped model)")
    args = parser.parse_args()
    analyzer = heard.load(args.model) if args.model else heard.load()
    flagged_all = total = 0
    print("| file | messages | flagged blaming or defensive |\n|---|---|---|")
    for path in sorted(PROBES.glob("fresh_*.txt")):
        texts = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        results = analyzer.check_many(texts)
        flagged = sum(r["labels"]["blaming"]["flagged"] or r["labels"]["defensive"]["flagged"] for r in results)
        flagged_all, total = flagged_all + flagged, total + len(texts)
        print(f"| {path.name} | {len(texts)} | {flagged / len(texts):.0%} |")
    print(f"| all | {total} | {flagged_all / total:.1%} |")


if __name__ == "__main__":
    main()
