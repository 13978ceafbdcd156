"""Scores heard and the keyword baseline on ../shared/external (evaluation only, never training).

Each file is scored only on the columns its source annotates (see its SOURCES.md). Prints a
Markdown table; `--json` writes the figures too. Skips cleanly when ../shared is absent.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).parent))
from keyword_baseline import keyword_predict  # noqa: E402

import heard  # noqa: E402
from heard.metrics import evaluate_predictions  # noqa: E402

# file → annotated columns, from ../shared/external/SOURCES.md
ANNOTATED = {
    "esconv_strategies.csv": ["validating"],
    "epitome_empathy.csv": ["validating"],
    "ucc_second_person.csv": ["blaming"],
    "mentalmanip_dialogues.csv": ["defensive", "blaming"],
    "gottman_synthetic.csv": ["defensive", "blaming"],
}
_TURN = re.compile(r"\s*Person\d+:\s*")


def turns(dialogue: str) -> list[str]:
    parts = [p.strip() for p in _TURN.split(dialogue) if p.strip()]
    return parts or [dialogue]


def score_file(analyzer, path: Path, columns):
    frame = pd.read_csv(path, keep_default_na=False)
    texts = frame["text"].tolist()
    truth = frame[columns].to_numpy()
    cols = [analyzer.labels.index(c) for c in columns]
    if path.name.startswith("mentalmanip"):
        # Dialogue-level labels: a dialogue is flagged when any of its turns is (max over turns).
        owners, flat = [], []
        for i, text in enumerate(texts):
            for turn in turns(text):
                owners.append(i)
                flat.append(turn)
        flat_pred = analyzer.predict(flat)[:, cols]
        heard_pred = np.zeros((len(texts), len(cols)), dtype=int)
        np.maximum.at(heard_pred, np.array(owners), flat_pred)
        kw_flat = np.array(keyword_predict(flat, columns))
        kw_pred = np.zeros_like(heard_pred)
        np.maximum.at(kw_pred, np.array(owners), kw_flat)
    else:
        heard_pred = analyzer.predict(texts)[:, cols]
        kw_pred = np.array(keyword_predict(texts, columns))
    return (evaluate_predictions(truth, heard_pred, columns),
            evaluate_predictions(truth, kw_pred, columns))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--external", default="../shared/external")
    parser.add_argument("--model", default=None)
    parser.add_argument("--json", dest="json_out", default=None)
    args = parser.parse_args(argv)
    folder = Path(args.external)
    if not folder.is_dir():
        print(f"skipped: {folder} is absent (evaluation data lives outside the repo)")
        return 0
    analyzer = heard.load(args.model)
    results = {}
    print("| file | label | n | positives | heard F1 | keyword F1 | heard P / R |")
    print("|---|---|---|---|---|---|---|")
    started = time.perf_counter()
    for name, columns in ANNOTATED.items():
        path = folder / name
        if not path.exists():
            continue
        ours, baseline = score_file(analyzer, path, columns)
        results[name] = {"heard": ours, "keyword": baseline}
        for label in columns:
            m, k = ours["labels"][label], baseline["labels"][label]
            print(f"| {name} | {label} | {ours['n']} | {m['support']} | {m['f1']:.3f} | "
                  f"{k['f1']:.3f} | {m['precision']:.2f} / {m['recall']:.2f} |")
    corpus = Path(__file__).resolve().parents[1] / "data" / "corpus.csv"
    test = pd.read_csv(corpus, keep_default_na=False).query("split == 'test'")
    labels = list(analyzer.labels)
    ours = evaluate_predictions(test[labels].to_numpy(), analyzer.predict(test["text"].tolist()), labels)
    baseline = evaluate_predictions(test[labels].to_numpy(),
                                    np.array(keyword_predict(test["text"].tolist(), labels)), labels)
    print(f"\nfor reference, the corpus test split ({len(test)} messages): macro-F1 heard "
          f"{ours['macro_f1']:.3f}, keyword baseline {baseline['macro_f1']:.3f}")
    heard_f1 = [r["heard"]["labels"][l]["f1"] for r in results.values() for l in r["heard"]["labels"]]
    kw_f1 = [r["keyword"]["labels"][l]["f1"] for r in results.values() for l in r["keyword"]["labels"]]
    print(f"\nmean F1 over the {len(heard_f1)} annotated columns: heard {np.mean(heard_f1):.3f}, "
          f"keyword baseline {np.mean(kw_f1):.3f} ({time.perf_counter() - started:.1f} s)")
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
