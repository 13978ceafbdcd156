"""Trains a model from labelled files and writes it with its card (JSON and Markdown)."""

from __future__ import annotations

from pathlib import Path

from . import __version__
from .errors import InputError, ModelError
from .metrics import label_metrics
from .model import data_hash, held_out_rows, train_model
from .model_io import save_model
from .text_pipeline import PIPELINE_NAME
from .training_data import label_counts, load_training_data


def card_markdown(card: dict) -> str:
    lines = [f"# Model card: {card['name']}", "",
             f"heard {card['heard_version']}, trained on {card['data']['rows']} messages "
             f"(data SHA-256 `{card['data']['sha256'][:16]}…`).", "",
             f"Pipeline: `{card['pipeline']}` features → one sigmoid-calibrated logistic regression "
             "per label; thresholds tuned for F1 on the dev split.", "",
             "| label | C | threshold | dev P | dev R | dev F1 | test P | test R | test F1 | test support |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    crossed = card["metrics"].get("cross_validated", {}).get("labels", {})
    for label in card["labels"]:
        if label in crossed:
            continue
        dev = card["metrics"].get("dev", {}).get("labels", {}).get(label, {})
        test = card["metrics"].get("test", {}).get("labels", {}).get(label, {})
        lines.append(
            f"| {label} | {card['C'][label]} | {card['thresholds'][label]:.2f} | "
            f"{dev.get('precision', 0):.3f} | {dev.get('recall', 0):.3f} | {dev.get('f1', 0):.3f} | "
            f"{test.get('precision', 0):.3f} | {test.get('recall', 0):.3f} | {test.get('f1', 0):.3f} | "
            f"{test.get('support', 0)} |")
    for split in ("dev", "test"):
        if split in card["metrics"]:
            lines.append(f"\nMacro-F1 on {split}: **{card['metrics'][split]['macro_f1']:.3f}**")
    if crossed:
        folds = card["metrics"]["cross_validated"]["folds"]
        lines += ["", f"Labels with too few rows for a dev and a test split: C and threshold "
                  f"tuned, and scores measured, by {folds}-fold cross-validation on all their "
                  "labelled rows (out-of-fold predictions).", "",
                  "| label | C | threshold | P | R | F1 | support | labelled rows |",
                  "|---|---|---|---|---|---|---|---|"]
        for label, m in crossed.items():
            lines.append(f"| {label} | {card['C'][label]} | {card['thresholds'][label]:.2f} | "
                         f"{m['precision']:.3f} | {m['recall']:.3f} | {m['f1']:.3f} | "
                         f"{m['support']} | {m['tp'] + m['fp'] + m['fn'] + m['tn']} |")
    compared = card.get("compared_with")
    if compared:
        lines += ["", f"Compared with `{compared['model']}` on the same held-out rows (F1, new vs "
                  "current): " + ", ".join(
                      f"{label} {card['held_out'][label]['f1']:.3f} vs "
                      + (f"{m['f1']:.3f}" if m else "(no such label)")
                      for label, m in compared["labels"].items())]
    lines += ["", "Library versions: " + ", ".join(f"{k} {v}" for k, v in card["versions"].items()), ""]
    return "\n".join(lines)


def load_comparison(compare, optional: bool, say):
    """The analyzer to compare against, loaded before training (so a bad --compare fails fast,
    and a model about to be overwritten is read first). With `optional`, a model that cannot
    be loaded is noted and skipped."""
    if compare is None:
        return None
    import heard

    try:
        return heard.load(compare)
    except ModelError as exc:
        if not optional:
            raise
        say(f"not comparing with the current model: {exc}")
        return None


def compare_on_held_out(analyzer, frame, held_out) -> dict:
    """The current model's figures on exactly the rows behind each label's held-out figures;
    None for a label it does not have."""
    rows = {label: held_out_rows(frame, label, entry["method"])
            for label, entry in held_out.items() if label in analyzer.labels}
    needed = sorted(set().union(*rows.values())) if rows else []
    position = {index: i for i, index in enumerate(needed)}
    predicted = analyzer.predict(frame.loc[needed, "text"].tolist()) if needed else None
    found = {}
    for label in held_out:
        if label not in rows:
            found[label] = None
            continue
        at = [position[i] for i in rows[label]]
        found[label] = label_metrics(frame.loc[rows[label], label].to_numpy(dtype=int),
                                     predicted[at, analyzer.labels.index(label)])
    return {"model": analyzer.card.get("name"), "path": analyzer.card.get("path"),
            "labels": found}


def train_and_save(paths, out_dir, labels=None, name=None, progress=None, base=None,
                   lenient=False, compare=None, compare_optional=False) -> dict:
    """Reads `paths` (merged with the `base` corpus unless it is None), trains, writes the model
    folder; returns the card. `labels` picks label columns (None: every 0/1 column). With
    `compare` (a model folder), the card also holds that model's figures on the same held-out
    rows."""
    say = progress or (lambda message: None)
    out_dir = Path(out_dir)
    current = load_comparison(compare, compare_optional, say)
    data = load_training_data(paths, base=base, labels=labels, lenient=lenient)
    for note in data.notes:
        say(note)
    say(f"labels: {', '.join(data.labels)}")
    frame, labels = data.frame, data.labels
    try:
        model, report = train_model(frame, labels, progress=progress)
    except ValueError as exc:
        if "empty vocabulary" not in str(exc):
            raise
        # A tiny file of messages like "ok 1", "ok 2" gives a vectorizer nothing to keep.
        raise InputError(f"the {len(frame)} training messages share too few words or cues to "
                         "learn from; add more (and more varied) labelled messages") from None
    name = name or out_dir.resolve().name
    files = [source["file"] for source in data.sources]
    card = {
        "name": name,
        "heard_version": __version__,
        "labels": list(labels),
        "thresholds": report["chosen"]["thresholds"],
        "C": report["chosen"]["C"],
        "pipeline": PIPELINE_NAME,
        "data": {"files": files, "rows": len(frame),
                 "sha256": data_hash(frame, labels), "sizes": report["sizes"],
                 "sources": data.sources, "labelled": label_counts(frame, labels)},
        "metrics": {k: report[k] for k in ("dev", "test", "cross_validated") if k in report},
        "held_out": report["held_out"],
    }
    if current is not None:
        card["compared_with"] = compare_on_held_out(current, frame, report["held_out"])
    model.info = {"name": name}
    return save_model(model, out_dir, card, card_markdown)
