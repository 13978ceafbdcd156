"""Prints heard's rewrites of the hand-written probe messages, to read as their recipients would.

`benchmarks/rewrite_probes/` holds messages written for reading the rewrite engine register by
register (home, work and school, online arguments, sarcasm, defences, pressure and guilt trips,
messages with nothing to keep). They are not training data and not a score: the engine's fixes
came from reading these outputs, and a change to the engine should be read against them again.
Every message is rewritten as if flagged (the evaluation's `force`), so the output also shows
what the engine does with messages the model lets through.

    .venv/bin/python benchmarks/rewrite_probe.py [FILE…] > probes.md
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import heard
from heard.rewrite import rewrite_results

PROBES = Path(__file__).parent / "rewrite_probes"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="*", type=Path, help="probe files (default: every file in rewrite_probes/)")
    args = parser.parse_args(argv)
    analyzer = heard.load()
    for path in args.files or sorted(PROBES.glob("*.txt")):
        texts = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        results = analyzer.check_many(texts)
        print(f"# {path.stem} ({len(texts)} messages)\n")
        for result, outcome in zip(results, rewrite_results(analyzer, results, force=True)):
            flags = ", ".join(label for label, v in result["labels"].items() if v["flagged"]) or "not flagged"
            print(f"> {result['text']}  \n*({flags})*\n")
            for suggestion in outcome.suggestions:
                print(f"- **{suggestion['strategy']}**: {suggestion['text']}")
            if not outcome.suggestions:
                print(f"- *no rewrite: {outcome.reason}*")
            print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
