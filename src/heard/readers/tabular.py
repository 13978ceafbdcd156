"""Reads generic CSV and JSONL message tables, guessing the text, speaker and time columns."""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import InputError
from .chatlog import Tally
from .source import SNIFF_BYTES, TextSource, encoding_of, not_utf8, require_text

TEXT_NAMES = ("text", "message", "content", "body", "msg")
SPEAKER_NAMES = ("speaker", "author", "sender", "sender_name", "from", "user", "username", "name")
TIME_NAMES = ("timestamp", "time", "date", "datetime", "date_time", "created_at", "sent_at", "ts")
ID_NAMES = ("id", "message_id", "msg_id")
REPLY_NAMES = ("reply_to", "reply_to_id", "in_reply_to", "parent_id")
CONVERSATION_NAMES = ("conversation_id", "conversation", "chat", "chat_id", "thread_id", "channel")
_SKIPPED_LINE = re.compile(r"Skipping line (\d+)")


@dataclass(frozen=True)
class ColumnChoice:
    """Which input column feeds each canonical column (None: not in the input)."""

    text: str
    speaker: str | None
    timestamp: str | None
    id: str | None
    reply_to: str | None
    conversation_id: str | None

    def used(self) -> set[str]:
        return {c for c in (self.text, self.speaker, self.timestamp, self.id, self.reply_to,
                            self.conversation_id) if c is not None}


def choose_columns(columns: list[str], name: str, text_col: str | None,
                   speaker_col: str | None, time_col: str | None) -> ColumnChoice:
    for flag, given in (("--text-col", text_col), ("--speaker-col", speaker_col),
                        ("--time-col", time_col)):
        if given is not None and given not in columns:
            raise InputError(f"{name}: no column {given!r} for {flag} (columns: "
                             f"{_shown(columns)}); pass one of those")
    text = text_col or _guess(columns, TEXT_NAMES)
    if text is None:
        raise InputError(f"{name}: no text column (looked for {', '.join(TEXT_NAMES)}; columns: "
                         f"{_shown(columns)}); name it with --text-col")
    taken = {text}
    picks = {}
    for key, given, names in (("speaker", speaker_col, SPEAKER_NAMES),
                              ("timestamp", time_col, TIME_NAMES), ("id", None, ID_NAMES),
                              ("reply_to", None, REPLY_NAMES),
                              ("conversation_id", None, CONVERSATION_NAMES)):
        pick = given or _guess([c for c in columns if c not in taken], names)
        picks[key] = pick
        if pick is not None:
            taken.add(pick)
    return ColumnChoice(text=text, **picks)


def _shown(columns: list, limit: int = 12) -> str:
    names = [" ".join(str(c).split())[:40] for c in columns[:limit]]
    return ", ".join(names) + (", …" if len(columns) > limit else "")


def _guess(columns: list[str], names: tuple[str, ...]) -> str | None:
    lowered = {str(c).strip().lower(): c for c in columns}
    return next((lowered[n] for n in names if n in lowered), None)


def iter_csv(path: Path, tally: Tally, chunk_size: int, text_col=None, speaker_col=None,
             time_col=None, classify=None) -> Iterator[pd.DataFrame]:
    """`classify(chunk, text)` may return a skip reason (or None) per row; default: empty text."""
    head = TextSource(path).head()
    require_text(head, path.name)
    with open(path, "rb") as handle:
        encoding = encoding_of(handle.read(SNIFF_BYTES), path.name)
    separator = "\t" if path.suffix.lower() == ".tsv" else ","
    choice = None
    row_count = 0
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            reader = pd.read_csv(path, sep=separator, dtype=str, keep_default_na=False,
                                 encoding=encoding, chunksize=chunk_size, on_bad_lines="warn")
            for chunk in reader:
                _record_bad_lines(caught, tally)
                if choice is None:
                    choice = choose_columns(list(chunk.columns), path.name, text_col,
                                            speaker_col, time_col)
                frame = canonical_frame(chunk, choice, row_count, path.stem, tally, classify)
                row_count += len(chunk)
                if len(frame):
                    yield frame
        except UnicodeDecodeError as exc:
            raise not_utf8(path.name, exc, f"after data row {row_count}") from None
        except pd.errors.EmptyDataError:
            raise InputError(f"{path.name}: the file is empty; export the table again") from None
        except pd.errors.ParserError as exc:
            raise InputError(f"{path.name}: not readable as CSV ({_one_line(exc)}); check the "
                             "quoting, or use --format to choose the format") from None
        _record_bad_lines(caught, tally)


def _record_bad_lines(caught: list, tally: Tally) -> None:
    for warning in caught:
        for number in _SKIPPED_LINE.findall(str(warning.message)):
            tally.bad(int(number))
    caught.clear()


def iter_jsonl(path: Path, tally: Tally, chunk_size: int, text_col=None, speaker_col=None,
               time_col=None) -> Iterator[pd.DataFrame]:
    source = TextSource(path)
    require_text(source.head(), source.name)
    choice = None
    row_count = 0
    records: list[dict] = []
    for line_no, line in source.lines():
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            tally.bad(line_no)
            continue
        if not isinstance(record, dict):
            tally.bad(line_no)
            continue
        records.append(record)
        if len(records) >= chunk_size:
            chunk = pd.DataFrame.from_records(records)
            choice = choice or choose_columns(list(chunk.columns), path.name, text_col,
                                              speaker_col, time_col)
            yield canonical_frame(chunk, choice, row_count, path.stem, tally)
            row_count += len(records)
            records = []
    if records:
        chunk = pd.DataFrame.from_records(records)
        choice = choice or choose_columns(list(chunk.columns), path.name, text_col,
                                          speaker_col, time_col)
        yield canonical_frame(chunk, choice, row_count, path.stem, tally)
    elif choice is None:
        raise InputError(f"{path.name}: no line is a JSON object (first bad line "
                         f"{tally.bad_lines[0]}); check it is JSON Lines, one object a line")


def canonical_frame(chunk: pd.DataFrame, choice: ColumnChoice, start: int,
                    default_conversation: str, tally: Tally, classify=None) -> pd.DataFrame:
    """Maps one chunk of an input table to the canonical columns, other columns after them."""
    chunk = chunk.reset_index(drop=True)
    text = chunk[choice.text].map(_as_text)
    reasons = (classify or _empty_text)(chunk, text)
    for reason, count in reasons.value_counts().items():
        tally.skipped[reason] += int(count)
    keep = reasons.isna()

    def column(name: str | None, default) -> pd.Series:
        if name is None:
            return pd.Series([default] * len(chunk), dtype=object)
        return chunk[name].map(_as_text).replace("", np.nan)

    numbers = pd.Series(range(start + 1, start + len(chunk) + 1)).astype(str)
    ids = column(choice.id, None).fillna(numbers) if choice.id else numbers
    if choice.timestamp is None:
        times = pd.Series(pd.NaT, index=chunk.index, dtype="datetime64[us]")
    else:
        times = parse_times(chunk[choice.timestamp])
    frame = pd.DataFrame({
        "conversation_id": column(choice.conversation_id, None).fillna(default_conversation),
        "id": ids,
        "speaker": column(choice.speaker, None),
        "timestamp": times,
        "reply_to": column(choice.reply_to, None),
        "text": text,
    })
    for name in ("conversation_id", "id", "speaker", "reply_to", "text"):
        frame[name] = frame[name].astype("str")
    extra = chunk[[c for c in chunk.columns if c not in choice.used()]]
    frame = pd.concat([frame, extra], axis=1)
    return frame[keep.to_numpy()].reset_index(drop=True)


def _empty_text(chunk: pd.DataFrame, text: pd.Series) -> pd.Series:
    empty = text.fillna("").str.strip() == ""
    return pd.Series(np.where(empty, "empty", None), dtype=object)


def parse_times(values: pd.Series) -> pd.Series:
    """Parses a time column: epoch seconds/milliseconds, or any date text dateutil knows."""
    values = values.replace("", np.nan)
    numeric = pd.to_numeric(values, errors="coerce")
    if values.notna().any() and numeric.notna().sum() == values.notna().sum():
        unit = "ms" if numeric.abs().max() > 1e11 else "s"
        return pd.to_datetime(numeric, unit=unit, utc=True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return pd.to_datetime(values, errors="coerce", format="mixed")
        except (ValueError, TypeError):
            return pd.to_datetime(values, errors="coerce", format="mixed", utc=True)


def _as_text(value) -> str | float:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return np.nan
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split())

