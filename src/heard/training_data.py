"""Labelled files for training: which columns are labels, rows checked, merged with the base."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from .corpus import SPLITS, assign_split, read_table, require_text_column
from .errors import InputError
from .labels import LABELS
from .model_io import file_sha256

# Columns that describe a message rather than label it, even when they hold only 0 and 1.
METADATA_COLUMNS = frozenset({"text", "split", "context", "kind", "id", "speaker", "timestamp",
                              "conversation_id", "reply_to"})
# A label needs this many positive and as many negative examples: 5-fold cross-validation
# then scores two positives per fold and trains on eight.
MIN_EXAMPLES = 10
# A column whose non-empty cells are mostly 0/1 is a label with typos, not free text.
_MOSTLY_BINARY = 0.9
_SHOWN_ROWS = 5


@dataclass
class TrainingData:
    """Rows to train on: `text`, `split` and one float column per label (NaN: not labelled)."""

    frame: pd.DataFrame
    labels: tuple
    sources: list = field(default_factory=list)   # per file: name, sha256, rows, labels
    notes: list = field(default_factory=list)     # what was dropped or merged, for stderr


@dataclass
class Numbering:
    """How a user finds a row in the file: CSV rows count the header as row 1, JSONL lines."""

    numbers: np.ndarray
    unit: str

    def describe(self, positions) -> str:
        shown = ", ".join(str(self.numbers[i]) for i in positions[:_SHOWN_ROWS])
        more = ", …" if len(positions) > _SHOWN_ROWS else ""
        return f"{self.unit}(s) {shown}{more}"


def numbering_of(path: Path, frame: pd.DataFrame) -> Numbering:
    suffix = Path(path).suffix.lower()
    if suffix == ".csv":
        return Numbering(np.arange(2, len(frame) + 2), "row")
    if suffix in (".jsonl", ".ndjson"):
        with open(path, "rb") as handle:  # pandas skips blank lines; a user's editor does not
            lines = [n for n, line in enumerate(handle, 1) if line.strip()]
        if len(lines) == len(frame):
            return Numbering(np.asarray(lines), "line")
    return Numbering(np.arange(1, len(frame) + 1), "row")


def is_metadata(column) -> bool:
    name = str(column)
    return name in METADATA_COLUMNS or name.endswith("_score")


def label_values(values: pd.Series) -> tuple[pd.Series, pd.Series]:
    """A column's cells as 1.0 / 0.0 / NaN (empty: not labelled), and a mask of cells that are
    none of those."""
    if values.dtype == bool:
        values = values.astype(int)
    elif values.dtype == object:  # JSON true/false beside nulls
        values = values.map(lambda v: int(v) if isinstance(v, bool) else v)
    text = values.astype(str).str.strip()
    blank = values.isna().to_numpy() | (text == "").to_numpy()
    numeric = pd.to_numeric(text.where(~blank), errors="coerce").astype("float64")
    bad = ~blank & ~numeric.isin([0.0, 1.0]).to_numpy()
    return numeric.where(~bad), pd.Series(bad, index=values.index)


def find_label_columns(frame: pd.DataFrame) -> list[str]:
    """Columns whose non-empty cells are 0/1 (or nearly all: the rest are typos to report),
    besides metadata; heard's own label names always count."""
    found = []
    for column in frame.columns:
        if is_metadata(column):
            continue
        values, bad = label_values(frame[column])
        filled = int(values.notna().sum() + bad.sum())
        if str(column) in LABELS and filled:
            found.append(str(column))
        elif filled and values.notna().sum() >= _MOSTLY_BINARY * filled:
            found.append(str(column))
    return found


def ordered_labels(labels) -> list[str]:
    """heard's labels first in their usual order, then the others as they came."""
    unique = list(dict.fromkeys(labels))
    return sorted(unique, key=lambda label: (LABELS.index(label) if label in LABELS else len(LABELS),
                                             unique.index(label)))


def _snippet(text: str) -> str:
    text = " ".join(str(text).split())
    return repr(text if len(text) <= 40 else text[:39] + "…")


def check_rows(frame: pd.DataFrame, labels, name: str, numbering: Numbering,
               lenient: bool = False, splits: bool = False,
               hint: str = ", or pass --lenient to drop those rows") -> tuple[pd.DataFrame, dict]:
    """Checks texts, label cells (and the `split` column, with `splits`); returns a frame with
    float labels (NaN where empty) and, with `lenient`, {reason: rows dropped}. Without
    `lenient`, the first problem is an InputError naming its rows."""
    positions = np.arange(len(frame))
    texts = frame["text"]
    empty = (texts.isna() | (texts.astype(str).str.strip() == "")).to_numpy()
    # (what is wrong, rows, column for an example value, how to fix it, reason when dropped)
    problems = [("empty text(s)", empty, None, "fill them in or remove those rows", "an empty text")]
    cleaned = {}
    for label in labels:
        values, bad = label_values(frame[label])
        cleaned[label] = values
        problems.append((f"column '{label}' must hold 0 or 1 (or be empty when not labelled); bad "
                         "value(s)", bad.to_numpy(), frame[label],
                         f"fix them (if '{label}' is no label, choose the labels with --labels)",
                         f"a '{label}' value that is not 0 or 1"))
    if splits and "split" in frame.columns:
        split = frame["split"].astype(str).str.strip().str.lower()
        bad = (frame["split"].notna() & (split != "") & ~split.isin(SPLITS)).to_numpy()
        problems.append(("column 'split' must hold train, dev or test (or be empty); bad value(s)",
                         bad, frame["split"], "fix them", "a split other than train, dev or test"))
    dropped, keep = {}, np.ones(len(frame), dtype=bool)
    for what, mask, column, fix, reason in problems:
        if not mask.any():
            continue
        where = positions[mask]
        if not lenient:
            example = f" (e.g. {str(column.iloc[where[0]])!r})" if column is not None else ""
            raise InputError(f"{name}: {what} at {numbering.describe(where)}{example}: "
                             f"{len(where)} in all; {fix}{hint}")
        dropped[reason] = int((mask & keep).sum())
        keep &= ~mask
    clean = pd.DataFrame({"text": texts.astype(str)}, index=frame.index)
    if "split" in frame.columns:
        split = frame["split"].astype(str).str.strip().str.lower()
        clean["split"] = split.where(split.isin(SPLITS))
    for label in labels:
        clean[label] = cleaned[label]
    clean["_at"] = [f"{name} {numbering.unit} {n}" for n in numbering.numbers]
    clean = clean[keep]
    return clean, {reason: n for reason, n in dropped.items() if n}


def read_labelled(path, labels=None, lenient: bool = False) -> tuple[pd.DataFrame, list, dict]:
    """One labelled file: its checked rows, its label columns, and rows dropped per reason."""
    path = Path(path)
    frame = read_table(path)
    # Spreadsheet exports put a byte-order mark or stray spaces into header names.
    frame.columns = [str(c).lstrip("\ufeff").strip() for c in frame.columns]
    require_text_column(frame, path)
    found = ([label for label in labels if label in frame.columns] if labels is not None
             else find_label_columns(frame))
    clean, dropped = check_rows(frame, found, str(path), numbering_of(path, frame), lenient,
                                splits=True)
    return clean, found, dropped


def _text_key(texts: pd.Series) -> pd.Series:
    return texts.str.strip().str.lower()


def merge_duplicates(frame: pd.DataFrame, labels, lenient: bool) -> tuple[pd.DataFrame, int, int]:
    """One row per text: labels known in any copy are combined; copies that disagree on a label
    are an error (or, with `lenient`, all dropped). Returns (frame, merged copies, dropped)."""
    key = _text_key(frame["text"])
    if not key.duplicated().any():
        return frame, 0, 0
    grouped = frame.groupby(key, sort=False)
    conflicting = pd.Series(False, index=grouped.size().index)
    for label in labels:
        conflicting |= grouped[label].nunique() > 1
    dropped = 0
    if conflicting.any():
        if not lenient:
            copies = frame[key == conflicting[conflicting].index[0]]
            label = next(l for l in labels if copies[l].nunique() > 1)
            values = " vs ".join(str(int(v)) for v in copies[label].dropna().unique())
            raise InputError(
                f"{int(conflicting.sum())} text(s) appear more than once with conflicting labels, "
                f"e.g. {_snippet(copies['text'].iloc[0])} at {' and '.join(copies['_at'])} "
                f"('{label}': {values}); make the copies agree or remove all but one, or pass "
                "--lenient to drop them")
        drop = key.isin(set(conflicting[conflicting].index)).to_numpy()
        dropped = int(drop.sum())
        frame, key = frame[~drop], key[~drop]
    merged = frame.groupby(key, sort=False).first().reset_index(drop=True)
    return merged, len(frame) - len(merged), dropped


def _same_file(a: Path, b: Path) -> bool:
    try:
        return Path(a).samefile(b)
    except OSError:
        return False


def load_training_data(paths, base=None, labels=None, lenient: bool = False) -> TrainingData:
    """The user's files (`paths`) merged with the `base` corpus (None: the user's data alone).

    A file that lacks a label column leaves its rows unlabelled for that label (NaN, not 0).
    Where a user's text is also in the base, the user's labels win and the base fills the
    labels the user did not give; the row keeps the base's split. `labels` picks label columns
    explicitly; by default every 0/1 column is one.
    """
    paths = [Path(p) for p in paths]
    if base is not None:  # `heard train data/corpus.csv` must not read the corpus twice
        paths = [p for p in paths if not _same_file(base, p)]
    if not paths and base is None:
        raise InputError("no training data given; pass one or more CSV/JSONL/Parquet files")
    wanted = None if labels is None else [label.strip() for label in labels if label.strip()]
    notes, sources, frames, found_all = [], [], [], []
    for path in ([Path(base)] if base is not None else []) + paths:
        frame, found, dropped = read_labelled(path, wanted, lenient)
        role = "base corpus" if base is not None and path == Path(base) else "your data"
        sources.append({"file": path.name, "role": role, "sha256": file_sha256(path),
                        "rows": len(frame), "labels": ordered_labels(found)})
        notes.append(f"{path.name} ({role}): {len(frame)} rows, labels: "
                     f"{', '.join(ordered_labels(found)) or 'none'}")
        for reason, n in dropped.items():
            notes.append(f"{path.name}: dropped {n} row(s) with {reason}")
        frames.append(frame)
        found_all.extend(found)
    chosen = ordered_labels(wanted if wanted is not None else found_all)
    missing = [label for label in chosen if label not in found_all]
    if missing:
        raise InputError(f"no column {', '.join(map(repr, missing))} in "
                         f"{', '.join(p.name for p in paths) or 'the data'}; --labels names "
                         "0/1 columns of the files")
    if not chosen:
        raise InputError(f"no label columns found in {', '.join(p.name for p in paths)}: heard "
                         "looks for columns holding only 0, 1 or empty cells; add one per label "
                         "or name them with --labels")
    for frame in frames:
        for label in chosen:
            if label not in frame.columns:
                frame[label] = np.nan
    base_frame = frames[0] if base is not None else None
    user_frames = frames[1:] if base is not None else frames
    if base_frame is not None and not base_frame[chosen].notna().any().any():
        notes.append(f"{Path(base).name} has none of the labels {', '.join(chosen)}: not used")
        base_frame = None
    frame = _combine_user_files(user_frames, chosen, lenient, notes)
    if base_frame is not None:
        frame = _merge_with_base(base_frame, frame, chosen, notes)
    frame = _with_splits(frame)
    unlabelled = frame[chosen].isna().all(axis=1)
    if unlabelled.any():
        notes.append(f"left out {int(unlabelled.sum())} row(s) with no label filled in")
        frame = frame[~unlabelled]
    frame = frame[["text", "split", *chosen]].reset_index(drop=True)
    return _learnable(TrainingData(frame, tuple(chosen), sources, notes), lenient)


def _combine_user_files(frames, labels, lenient, notes) -> pd.DataFrame:
    if not frames:
        return pd.DataFrame(columns=["text", "split", *labels, "_at"])
    frame = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
    frame, merged, dropped = merge_duplicates(frame, labels, lenient)
    if merged:
        notes.append(f"merged {merged} repeated text(s) into one row each")
    if dropped:
        notes.append(f"dropped {dropped} row(s) whose copies had conflicting labels")
    return frame


def _merge_with_base(base: pd.DataFrame, user: pd.DataFrame, labels, notes) -> pd.DataFrame:
    if not len(user):
        return base
    base_key, user_key = _text_key(base["text"]), _text_key(user["text"])
    shared = base_key.isin(set(user_key))
    if not shared.any():
        return pd.concat([base, user], ignore_index=True)
    notes.append(f"{int(shared.sum())} of your text(s) are also in the base corpus: your labels "
                 "are used for them")
    overrides = user.set_index(user_key.to_numpy())
    base = base.copy()
    for label in labels:
        given = base_key[shared].map(overrides[label])
        base.loc[shared, label] = given.where(given.notna(), base.loc[shared, label])
    return pd.concat([base, user[~user_key.isin(set(base_key))]], ignore_index=True)


def _with_splits(frame: pd.DataFrame) -> pd.DataFrame:
    """Keeps a row's split when its file gave one; otherwise derives the fixed one from text."""
    frame = frame.copy()
    split = (frame["split"].astype(object) if "split" in frame.columns
             else pd.Series(None, index=frame.index, dtype=object))
    missing = split.isna()
    if missing.any():
        split[missing] = frame.loc[missing, "text"].map(assign_split)
    frame["split"] = split.astype(str)
    return frame


def label_counts(frame: pd.DataFrame, labels) -> dict:
    """Per label: labelled rows and positives."""
    return {label: {"rows": int(frame[label].notna().sum()), "positives": int((frame[label] == 1).sum())}
            for label in labels}


def _learnable(data: TrainingData, lenient: bool) -> TrainingData:
    """Every label needs MIN_EXAMPLES positives and negatives; with `lenient`, labels short of
    that are left out (noted) instead of failing."""
    keep = []
    for label, counts in label_counts(data.frame, data.labels).items():
        positives, negatives = counts["positives"], counts["rows"] - counts["positives"]
        if positives >= MIN_EXAMPLES and negatives >= MIN_EXAMPLES:
            keep.append(label)
            continue
        few, n = ("positive", positives) if positives < MIN_EXAMPLES else ("negative", negatives)
        value = 1 if few == "positive" else 0
        message = (f"label '{label}' has {n} {few} example(s) (rows marked {value}); heard needs "
                   f"at least {MIN_EXAMPLES} to learn it")
        if not lenient:
            raise InputError(f"{message}: label more messages, or leave it out with --labels "
                             "(or --lenient)")
        data.notes.append(f"{message}: left out")
    if not keep:
        raise InputError("no label has enough examples to learn; label more messages")
    if len(keep) < len(data.labels):
        frame = data.frame[["text", "split", *keep]]
        frame = frame[frame[keep].notna().any(axis=1)].reset_index(drop=True)
        data = TrainingData(frame, tuple(keep), data.sources, data.notes)
    return data
