"""Reads labelled message tables and checks them: label columns, duplicates, near-duplicates."""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from pathlib import Path

import pandas as pd

from .errors import InputError

SPLITS = ("train", "dev", "test")
_TOKEN = re.compile(r"[a-z0-9']+|[^\sa-z0-9']")


def read_table(path: str | Path) -> pd.DataFrame:
    """Reads CSV, JSONL or Parquet into a frame; every failure is an InputError naming the file."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a folder; give a CSV, JSONL or Parquet file")
    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            frame = pd.read_csv(path, dtype={"text": str}, keep_default_na=False,
                                encoding="utf-8")
        elif suffix in (".jsonl", ".ndjson"):
            frame = pd.read_json(path, lines=True, dtype={"text": str})
        elif suffix == ".parquet":
            frame = pd.read_parquet(path)
        else:
            raise InputError(f"{path}: unknown file type {suffix or '(none)'}; "
                             "use .csv, .jsonl or .parquet")
    except InputError:
        raise
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text; re-save it as UTF-8 (or it is binary)") from None
    except ValueError as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise InputError(f"{path}: cannot be read as {suffix[1:].upper()} ({first})") from None
    except Exception as exc:  # pandas/pyarrow raise many types for a damaged file
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise InputError(f"{path}: cannot be read as {suffix[1:].upper()} ({first})") from None
    return frame


def require_text_column(frame: pd.DataFrame, source) -> None:
    if "text" not in frame.columns:
        raise InputError(f"{source}: no 'text' column (columns are: "
                         f"{', '.join(map(str, frame.columns)) or 'none'}); "
                         "name the message column 'text'")


def assign_split(text: str) -> str:
    """A fixed 70/15/15 split from the text's hash, so a message never changes split."""
    bucket = int(hashlib.sha1(text.strip().lower().encode("utf-8")).hexdigest(), 16) % 100
    return "train" if bucket < 70 else "dev" if bucket < 85 else "test"


def token_set(text: str) -> frozenset:
    return frozenset(_TOKEN.findall(text.lower()))


def near_duplicates(texts, threshold: float = 0.8) -> set[int]:
    """Indexes of texts that have another text with token Jaccard similarity ≥ threshold.

    Candidate pairs come from shared rare tokens, so this stays fast on thousands of texts.
    """
    sets = [token_set(t) for t in texts]
    postings = defaultdict(list)
    for i, tokens in enumerate(sets):
        for token in tokens:
            postings[token].append(i)
    flagged = set()
    for i, tokens in enumerate(sets):
        if not tokens:
            continue
        # Two sets with Jaccard ≥ t share at least t·|A| tokens, so they share one of
        # A's (1 - t)·|A| + 1 rarest tokens.
        rare = sorted(tokens, key=lambda tok: len(postings[tok]))
        keep = int(len(rare) * (1 - threshold)) + 1
        candidates = {j for tok in rare[:keep] for j in postings[tok] if j != i}
        for j in candidates:
            other = sets[j]
            if len(tokens & other) / len(tokens | other) >= threshold:
                flagged.add(i)
                flagged.add(j)
    return flagged
