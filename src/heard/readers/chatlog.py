"""The canonical message frame all readers produce: its columns, the ChatLog and the tally."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

import pandas as pd

COLUMNS = ("conversation_id", "id", "speaker", "timestamp", "reply_to", "text")
SKIP_REASONS = ("system", "media", "deleted", "empty")
_STRING_COLUMNS = ("conversation_id", "id", "speaker", "reply_to", "text")


@dataclass
class ChatLog:
    """Messages of one export in the canonical columns, plus what was left out and why."""

    messages: pd.DataFrame
    format: str
    skipped: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SKIP_REASONS, 0))
    bad_lines: list[int] = field(default_factory=list)


class Tally:
    """Counts what a reader leaves out; readers write to it while the caller iterates."""

    def __init__(self):
        self.skipped = dict.fromkeys(SKIP_REASONS, 0)
        self.bad_lines: list[int] = []

    def skip(self, reason: str) -> None:
        self.skipped[reason] += 1

    def bad(self, line_no: int) -> None:
        self.bad_lines.append(line_no)


def rows_to_frame(rows: Sequence[tuple], *, utc: bool = False) -> pd.DataFrame:
    """Builds a canonical frame from (conversation_id, id, speaker, timestamp, reply_to, text) rows.

    `utc` says the reader produces timezone-aware UTC timestamps, so an all-missing chunk gets
    the same dtype as the others and chunks concatenate cleanly.
    """
    columns = list(zip(*rows)) if rows else [()] * len(COLUMNS)
    data = {}
    for name, values in zip(COLUMNS, columns):
        if name == "timestamp":
            data[name] = pd.to_datetime(pd.Series(values, dtype=object), utc=utc)
        else:
            data[name] = pd.Series(values, dtype=object).astype("str")
    return pd.DataFrame(data, columns=list(COLUMNS))


def empty_frame(*, utc: bool = False) -> pd.DataFrame:
    return rows_to_frame([], utc=utc)


def chunk_frames(rows: Iterable[tuple], chunk_size: int, *, utc: bool = False
                 ) -> Iterator[pd.DataFrame]:
    """Groups rows into frames of at most `chunk_size` messages; yields nothing for no rows."""
    batch: list[tuple] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= chunk_size:
            yield rows_to_frame(batch, utc=utc)
            batch = []
    if batch:
        yield rows_to_frame(batch, utc=utc)
