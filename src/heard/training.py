"""Trains a model from labelled files and writes it with its card (JSON and Markdown)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from . import __version__
from .corpus import check_labelled, read_table
from .errors import InputError
from .model import data_hash, train_model, with_splits
from .model_io import save_model
from .text_pipeline import PIPELINE_NAME


def load_training_data(paths, labels) -> pd.DataFrame:
    frames = []
    for path in paths:
        frame = check_labelled(read_table(path), labels, source=str(path))
        frames.append(frame)
    if not frames:
        raise InputError("no training data given; pass one or more CSV/JSONL/Parquet files")
    frame = pd.concat(frames, ignore_index=True)
    return with_splits(frame)


def card_markdown(card: dict) -> str:
    lines = [f"# Model card: {card['name']}", "",
             f"heard {card['heard_version']}, trained on {card['data']['rows']} messages "
             f"(data SHA-256 `{card['data']['sha256'][:16]}…`).", "",
             f"Pipeline: `{card['pipeline']}` features → one sigmoid-calibrated logistic regression "
             "per label; thresholds tuned for F1 on the dev split.", "",
             "| label | C | threshold | dev P | dev R | dev F1 | test P | test R | test F1 | test support |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for label in card["labels"]:
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
    lines += ["", "Library versions: " + ", ".join(f"{k} {v}" for k, v in card["versions"].items()), ""]
    return "\n".join(lines)


def train_and_save(paths, out_dir, labels, name="heard-core", progress=None) -> dict:
    """Reads `paths`, trains, writes the model folder; returns the card."""
    frame = load_training_data(paths, labels)
    model, report = train_model(frame, labels, progress=progress)
    card = {
        "name": name,
        "heard_version": __version__,
        "labels": list(labels),
        "thresholds": report["chosen"]["thresholds"],
        "C": report["chosen"]["C"],
        "pipeline": PIPELINE_NAME,
        "data": {"files": [Path(p).name for p in paths], "rows": len(frame),
                 "sha256": data_hash(frame, labels), "sizes": report["sizes"]},
        "metrics": {k: report[k] for k in ("dev", "test") if k in report},
    }
    model.info = {"name": name}
    return save_model(model, out_dir, card, card_markdown)
