"""Reads plain text with one message per line and no speakers or times."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from .chatlog import Tally, chunk_frames
from .source import TextSource, require_text


def iter_plaintext(path: Path, tally: Tally, chunk_size: int) -> Iterator[pd.DataFrame]:
    source = TextSource(path)
    require_text(source.head(), source.name)
    yield from chunk_frames(_rows(source, path.stem, tally), chunk_size)


def _rows(source: TextSource, conversation_id: str, tally: Tally) -> Iterator[tuple]:
    for line_no, line in source.lines():
        text = line.strip()
        if not text:
            tally.skip("empty")
            continue
        yield (conversation_id, str(line_no), None, None, None, text)
