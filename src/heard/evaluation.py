"""Scores an analyzer on a labelled file, on the model labels the file annotates."""

from __future__ import annotations

from .corpus import read_table, require_text_column
from .errors import InputError
from .metrics import evaluate_known
from .training_data import check_rows, numbering_of


def evaluate_file(analyzer, path, labels=None, split=None) -> dict:
    """Metrics per label on the rows that label is filled in for (an empty cell: not labelled)."""
    frame = read_table(path)
    numbering = numbering_of(path, frame)
    if split is not None:
        if "split" not in frame.columns:
            raise InputError(f"{path}: --split {split} given, but the file has no 'split' column")
        keep = (frame["split"].astype(str).str.strip().str.lower() == split.lower()).to_numpy()
        frame, numbering.numbers = frame[keep], numbering.numbers[keep]
        if frame.empty:
            raise InputError(f"{path}: no rows with split '{split}'")
    require_text_column(frame, path)
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
    missing = [label for label in labels if label not in frame.columns]
    if missing:
        raise InputError(f"{path}: no column(s) {', '.join(missing)}; add one 0/1 column per label")
    frame, _ = check_rows(frame, labels, str(path), numbering, hint="")
    columns = [analyzer.labels.index(label) for label in labels]
    predicted = analyzer.predict(frame["text"].tolist())[:, columns]
    metrics = evaluate_known(frame[labels].to_numpy(dtype=float), predicted, labels)
    metrics["file"] = str(path)
    return metrics
