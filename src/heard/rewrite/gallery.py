"""The rewrite gallery: flagged corpus messages with their suggestions, as Markdown for people to judge.

Run by `make gallery` (python -m heard.rewrite.gallery CORPUS OUT); the Makefile chooses the paths.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .engine import REWRITTEN_LABELS, flagged_labels, rewrite_results

GALLERY_SIZE = 50


def pick_flagged(frame, analyzer, n: int = GALLERY_SIZE, split: str = "test"):
    """`n` messages of the split that the model flags blaming or defensive, spread over contexts.

    Deterministic: contexts take turns in alphabetical order, each in corpus order.
    """
    rows = frame[frame["split"] == split] if "split" in frame.columns else frame
    texts = rows["text"].tolist()
    results = analyzer.check_many(texts)
    contexts = rows["context"].tolist() if "context" in rows.columns else [""] * len(texts)
    queues = {}
    for context, result in zip(contexts, results):
        if flagged_labels(result):
            queues.setdefault(context, []).append(result)
    picked = []
    while len(picked) < n and any(queues.values()):
        for context in sorted(queues):
            if queues[context] and len(picked) < n:
                picked.append((context, queues[context].pop(0)))
    return picked


def gallery_markdown(analyzer, picked) -> str:
    outcomes = rewrite_results(analyzer, [result for _, result in picked])
    lines = [
        "# Rewrite gallery",
        "",
        f"{len(picked)} messages from the corpus test split that the shipped model flags as blaming or "
        "defensive, with the rewrites `heard rewrite` suggests (best first). Each suggestion names its "
        "strategy; every one was re-checked by the classifier and scores below the blaming and defensive "
        "thresholds. Regenerate with `make gallery`; read them as the person receiving the message would.",
        "",
    ]
    shown = sum(1 for o in outcomes if o.suggestions)
    lines += [f"{shown} of {len(picked)} messages get at least one suggestion.", ""]
    for n, ((context, result), outcome) in enumerate(zip(picked, outcomes), 1):
        flags = ", ".join(label for label in REWRITTEN_LABELS if result["labels"][label]["flagged"])
        lines.append(f"## {n}. {context or 'message'} ({flags})")
        lines.append("")
        lines.append("> " + result["text"].replace("\n", "\n> "))
        lines.append("")
        if outcome.suggestions:
            for suggestion in outcome.suggestions:
                lines.append(f"- **{suggestion['strategy']}**: {suggestion['text']}")
        else:
            lines.append(f"- *no rewrite suggested: {outcome.reason}*")
        lines.append("")
    return "\n".join(lines)


def main(argv=None) -> int:
    import pandas as pd

    import heard

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("-n", type=int, default=GALLERY_SIZE)
    args = parser.parse_args(argv)
    analyzer = heard.load()
    frame = pd.read_csv(args.corpus, keep_default_na=False)
    text = gallery_markdown(analyzer, pick_flagged(frame, analyzer, args.n))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text + "\n", encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
