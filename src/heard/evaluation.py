"""Scores an analyzer on a labelled file, on the model labels the file annotates."""

from __future__ import annotations

from .corpus import check_labelled, read_table
from .errors import InputError
from .metrics import evaluate_predictions


def evaluate_file(analyzer, path, labels=None, split=None) -> dict:
    frame = read_table(path)
    if split is not None:
        if "split" not in frame.columns:
            raise InputError(f"{path}: --split {split} given, but the file has no 'split' column")
        frame = frame[frame["split"].astype(str).str.strip().str.lower() == split.lower()]
        if frame.empty:
            raise InputError(f"{path}: no rows with split '{split}'")
    if "text" not in frame.columns:
        raise InputError(f"{path}: no 'text' column (columns are: {', '.join(map(str, frame.columns))}); "
                         "name the message column 'text'")
    if labels:
        unknown = [label for label in labels if label not in analyzer.labels]
        if unknown:
            raise InputError(f"unknown label(s) {', '.join(unknown)}; this model has "
                             f"{', '.join(analyzer.labels)}")
    else:
        labels = [label for label in analyzer.labels if label in frame.columns]
        if not labels:
            raise InputError(f"{path}: no label columns; add 0/1 columns named after the model's "
                             f"labels ({', '.join(analyzer.labels)})")
    frame = check_labelled(frame, labels, source=str(path))
    columns = [analyzer.labels.index(label) for label in labels]
    predicted = analyzer.predict(frame["text"].tolist())[:, columns]
    metrics = evaluate_predictions(frame[labels].to_numpy(), predicted, labels)
    metrics["file"] = str(path)
    return metrics
