"""The labelling loop: the messages a model is least sure about, as a CSV to label by hand."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from .batch import iso_timestamps
from .errors import InputError
from .files import write_atomically
from .readers import iter_chat


def distinct_messages(path, **reader_options) -> tuple[pd.DataFrame, int]:
    """The export's messages with each text once (first occurrence; case and surrounding spaces
    ignored), as text, speaker, timestamp; and how many messages were read."""
    kept, seen, total = [], set(), 0
    for chunk in iter_chat(path, **reader_options):
        total += len(chunk)
        keys = chunk["text"].astype(str).str.strip().str.lower()
        fresh = ~keys.duplicated() & ~keys.isin(seen) & (keys != "")
        seen.update(keys[fresh])
        part = chunk.loc[fresh, ["text", "speaker", "timestamp"]]
        kept.append(pd.DataFrame({"text": part["text"].astype(str).to_numpy(),
                                  "speaker": part["speaker"].astype("string").fillna("").to_numpy(),
                                  "timestamp": iso_timestamps(part["timestamp"]).to_numpy()}))
    frame = pd.concat(kept, ignore_index=True) if kept else pd.DataFrame(
        columns=["text", "speaker", "timestamp"])
    return frame, total


def least_sure(scores: np.ndarray, thresholds, count: int) -> list[int]:
    """Row indexes, `count` at most: each label in turn gives its row whose score is closest to
    its threshold and not yet taken, so every label gets its share of the uncertain ones."""
    orders = [np.argsort(np.abs(scores[:, j] - cut), kind="stable")
              for j, cut in enumerate(thresholds)]
    picked, taken, cursors = [], set(), [0] * len(orders)
    count = min(count, len(scores))
    while len(picked) < count:
        for j, order in enumerate(orders):
            while cursors[j] < len(order) and order[cursors[j]] in taken:
                cursors[j] += 1
            if cursors[j] < len(order) and len(picked) < count:
                picked.append(int(order[cursors[j]]))
                taken.add(picked[-1])
    return picked


def labelling_sheet(analyzer, path, count: int = 200, output=None,
                    **reader_options) -> tuple[pd.DataFrame, int]:
    """Columns text, speaker, timestamp, one empty column per model label and `<label>_score`
    hints, for the `count` messages the model is least sure about (closest to a threshold);
    written atomically to `output` (a .csv) when given. Also returns how many distinct
    messages there were to choose from."""
    if count < 1:
        raise InputError(f"-n must be at least 1, got {count}")
    if output is not None and Path(output).suffix.lower() != ".csv":
        raise InputError(f"{output}: the labelling sheet is a CSV file; name it .csv")
    messages, total = distinct_messages(path, **reader_options)
    if not len(messages):
        raise InputError(f"{Path(path).name}: no messages to label ({total} read); check that "
                         "this is the export you meant")
    scores = analyzer.scores(messages["text"].tolist(), jobs=None)
    picked = least_sure(scores, [analyzer.thresholds[label] for label in analyzer.labels], count)
    sheet = messages.iloc[picked].reset_index(drop=True)
    for label in analyzer.labels:
        sheet[label] = ""
    for j, label in enumerate(analyzer.labels):
        sheet[f"{label}_score"] = scores[picked, j].round(4)
    if output is not None:
        write_atomically(Path(output), lambda tmp: sheet.to_csv(tmp, index=False, encoding="utf-8"))
    return sheet, len(messages)
