"""Measures heard's rewrite suggestions on blaming and defensive messages (evaluation only).

For each set — the corpus test split and, when ../shared/external is present, messages nobody
here wrote — it reports:
  coverage   share of messages with at least one suggestion (every gold blaming/defensive
             message is rewritten, flagged or not), and the same share among those the model flags
  feeling    share of the covered messages that get only the feeling behind them ("I'm really
             angry right now…"), because they name no situation, fact or request to keep
  safe       share of shown suggestions scoring below the blaming and defensive thresholds when
             checked again, and below every threshold (validating included)
  kept       median share of the original's content words (noun, verb and proper-name lemmas
             from the en_core_web_sm parse) that a suggestion keeps
Prints a Markdown table and never writes a message's text anywhere.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).parent))
from external_eval import turns  # noqa: E402

import heard  # noqa: E402
from heard.rewrite import rewrite_results  # noqa: E402
from heard.rewrite.parsing import rewrite_nlp  # noqa: E402

_CONTENT = {"NOUN", "VERB", "PROPN"}


def positives(frame: pd.DataFrame, columns) -> pd.DataFrame:
    present = [c for c in columns if c in frame.columns]
    mask = frame[present].astype(int).eq(1).any(axis=1)
    return frame[mask]


def corpus_set(corpus: Path):
    frame = pd.read_csv(corpus, keep_default_na=False)
    frame = positives(frame[frame["split"] == "test"], ["blaming", "defensive"])
    return frame["text"].tolist()


def external_sets(folder: Path):
    """(name, texts) for each external file that is present, as the issue defines the sets."""
    sets = []
    path = folder / "gottman_synthetic.csv"
    if path.exists():
        frame = pd.read_csv(path, keep_default_na=False)
        sets.append(("gottman_synthetic", positives(frame, ["blaming", "defensive"])["text"].tolist()))
    path = folder / "mentalmanip_dialogues.csv"
    if path.exists():
        frame = pd.read_csv(path, keep_default_na=False)
        dialogues = positives(frame, ["blaming", "defensive"])["text"].tolist()
        split = [turns(d) for d in dialogues]
        # The labels are per dialogue: also report the dialogues with a suggestion for at least one turn.
        sets.append(("mentalmanip turns", [t for parts in split for t in parts],
                     [k for k, parts in enumerate(split) for _ in parts]))
    path = folder / "ucc_second_person.csv"
    if path.exists():
        frame = pd.read_csv(path, keep_default_na=False)
        sets.append(("ucc_second_person", positives(frame, ["blaming"])["text"].tolist()))
    return sets


def content_lemmas(doc) -> set:
    return {t.lemma_.lower() for t in doc if t.pos_ in _CONTENT and not t.is_punct}


def measure(analyzer, texts, batch: int = 500, groups=None) -> dict:
    keep = [i for i, t in enumerate(texts) if isinstance(t, str) and t.strip()]
    texts, groups = [texts[i] for i in keep], [groups[i] for i in keep] if groups else None
    covered_each = []
    covered = flagged = flagged_covered = feeling_only = 0
    shown, kept = [], []
    reasons, cues = Counter(), Counter()  # aggregate counts only: no text leaves this function
    for start in range(0, len(texts), batch):
        chunk = texts[start:start + batch]
        results = analyzer.check_many(chunk)
        outcomes = rewrite_results(analyzer, results, force=True)
        nlp = rewrite_nlp()
        for result, outcome, doc in zip(results, outcomes, nlp.pipe(chunk)):
            is_flagged = any(result["labels"][label]["flagged"] for label in ("blaming", "defensive"))
            flagged += is_flagged
            covered_each.append(bool(outcome.suggestions))
            if outcome.suggestions:
                covered += 1
                feeling_only += outcome.feeling_only
                flagged_covered += is_flagged
            else:
                reasons[outcome.reason] += 1
                cues.update({span.label_ for span in doc.spans.get("heard_cues", [])} or {"(no cue)"})
            original = content_lemmas(doc)
            suggestions = [s["text"] for s in outcome.suggestions]
            shown.extend(suggestions)
            if original and suggestions:
                for sdoc in nlp.pipe(suggestions):
                    kept.append(len(original & content_lemmas(sdoc)) / len(original))
    verdicts = analyzer.check_many(shown) if shown else []
    below_bd = sum(not (v["labels"]["blaming"]["flagged"] or v["labels"]["defensive"]["flagged"])
                   for v in verdicts)
    below_all = sum(not any(x["flagged"] for x in v["labels"].values()) for v in verdicts)
    group_coverage = None
    if groups:
        hit = {}
        for group, was in zip(groups, covered_each):
            hit[group] = hit.get(group, False) or was
        group_coverage = (sum(hit.values()), len(hit))
    return {
        "n": len(texts), "coverage": covered / max(len(texts), 1), "group_coverage": group_coverage,
        "flagged": flagged, "flagged_coverage": flagged_covered / max(flagged, 1),
        "feeling_only": feeling_only / max(covered, 1),
        "suggestions": len(shown), "per_message": len(shown) / max(covered, 1),
        "safe": below_bd / max(len(shown), 1), "safe_all": below_all / max(len(shown), 1),
        "kept_median": statistics.median(kept) if kept else 0.0,
        "uncovered_reasons": dict(reasons), "uncovered_cues": dict(cues.most_common()),
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default="data/corpus.csv")
    parser.add_argument("--external", default="../shared/external")
    parser.add_argument("--model", default=None)
    parser.add_argument("--diagnose", action="store_true",
                        help="Also print, per set, why messages got no suggestion and which cue names "
                             "they carry (counts only, never texts).")
    args = parser.parse_args(argv)
    analyzer = heard.load(args.model)
    sets = [("corpus test split", corpus_set(Path(args.corpus)))]
    folder = Path(args.external)
    if folder.is_dir():
        sets += external_sets(folder)
    else:
        print(f"(external sets skipped: {folder} is absent)\n")
    print("| set | messages | coverage | coverage (model-flagged) | of the covered, feeling only | "
          "suggestions / message | safe (below blaming & defensive) | safe (below every threshold) | "
          "content kept (median) |")
    print("|---|---|---|---|---|---|---|---|---|")
    started = time.perf_counter()
    notes = []
    for name, texts, *groups in sets:
        m = measure(analyzer, texts, groups=groups[0] if groups else None)
        print(f"| {name} | {m['n']} | {m['coverage']:.1%} | {m['flagged_coverage']:.1%} of {m['flagged']} | "
              f"{m['feeling_only']:.1%} | {m['per_message']:.2f} | {m['safe']:.1%} | {m['safe_all']:.1%} | {m['kept_median']:.2f} |")
        if m["group_coverage"]:
            hit, total = m["group_coverage"]
            notes.append(f"{name}: {hit} of {total} dialogues ({hit / total:.1%}) get a suggestion for at least one turn")
        if args.diagnose:
            print(f"<!-- {name}: no suggestion because {m['uncovered_reasons']}; cues {m['uncovered_cues']} -->")
    for note in notes:
        print(f"\n{note}")
    print(f"\n({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
