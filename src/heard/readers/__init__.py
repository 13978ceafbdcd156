"""Chat-export readers: any supported export to the canonical message frame (read_chat, iter_chat)."""

from __future__ import annotations

import json
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pandas as pd

from ..errors import InputError
from .chatlog import COLUMNS, SKIP_REASONS, ChatLog, Tally, empty_frame
from .detect import detect_format
from .discord import iter_discord
from .imessage import iter_imessage
from .messenger import iter_messenger
from .plaintext import iter_plaintext
from .signal import iter_signal
from .slack import iter_slack
from .source import require_path
from .tabular import iter_csv, iter_jsonl
from .telegram import iter_telegram
from .whatsapp import iter_whatsapp

__all__ = ["COLUMNS", "FORMATS", "SKIP_REASONS", "ChatChunks", "ChatLog", "detect_format",
           "iter_chat", "read_chat"]

_READERS: dict[str, Callable[..., Iterator[pd.DataFrame]]] = {
    "whatsapp": iter_whatsapp,
    "telegram": iter_telegram,
    "slack": iter_slack,
    "discord": iter_discord,
    "messenger": iter_messenger,
    "signal": iter_signal,
    "imessage": iter_imessage,
    "csv": iter_csv,
    "jsonl": iter_jsonl,
    "text": iter_plaintext,
}
FORMATS = tuple(_READERS)
_TABULAR = ("csv", "jsonl")
_UTC_FORMATS = ("slack", "discord", "messenger")
_SHOWN_BAD_LINES = 5
# Failures of the file itself (damaged archive, disk, encrypted zip) rather than of its content.
_UNREADABLE = (OSError, EOFError, zlib.error, zipfile.BadZipFile, json.JSONDecodeError,
               pd.errors.ParserError, NotImplementedError, RuntimeError)


class ChatChunks:
    """Iterates over an export as DataFrame chunks in the canonical columns.

    `format` is known from the start; `skipped` and `bad_lines` are complete once iteration
    ends. With `strict`, bad lines raise an InputError when the iteration ends (after the last
    chunk was read, before it is handed out).
    """

    def __init__(self, path, format=None, text_col=None, speaker_col=None, time_col=None,
                 strict=False, chunk_size=50_000):
        path = Path(path)
        require_path(path)
        chosen = _choose_format(path, format)
        options = {"text_col": text_col, "speaker_col": speaker_col, "time_col": time_col}
        given = [f"--{k.replace('_', '-')}" for k, v in options.items() if v is not None]
        if given and chosen not in _TABULAR:
            raise InputError(f"{path.name}: {', '.join(given)} only applies to csv and jsonl "
                             f"input, and this is {chosen}; drop it or use --format csv")
        if not isinstance(chunk_size, int) or chunk_size < 1:
            raise InputError(f"chunk size must be a positive whole number, got {chunk_size!r}")
        self.path = path
        self.format = chosen
        self.strict = strict
        self._tally = Tally()
        extra = options if chosen in _TABULAR else {}
        self._frames = _READERS[chosen](path, self._tally, chunk_size, **extra)
        self._pending: pd.DataFrame | None = None
        self._started = False
        self._finished = False

    @property
    def skipped(self) -> dict[str, int]:
        return dict(self._tally.skipped)

    @property
    def bad_lines(self) -> list[int]:
        return list(self._tally.bad_lines)

    def __iter__(self) -> ChatChunks:
        return self

    def __next__(self) -> pd.DataFrame:
        # One chunk is read ahead so a strict failure surfaces before the last chunk is used.
        if not self._started:
            self._started = True
            self._pending = self._read_next()
        frame = self._pending
        if frame is None:
            self._finish()
            raise StopIteration
        self._pending = self._read_next()
        if self._pending is None:
            self._finish()
        return frame

    def _read_next(self) -> pd.DataFrame | None:
        try:
            return next(self._frames)
        except StopIteration:
            return None
        except InputError as exc:
            if "\n" in str(exc):  # a message must stay one line, whatever the input held
                raise InputError(_one_line(exc)) from exc
            raise
        except _UNREADABLE as exc:
            raise InputError(f"{self.path.name}: could not be read ({_one_line(exc)}); check the "
                             "file or export it again") from exc
        except (ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
            raise InputError(f"{self.path.name}: unexpected {self.format} structure "
                             f"({type(exc).__name__}: {_one_line(exc)}); check --format, or "
                             "export the chat again") from exc

    def _finish(self) -> None:
        bad = self._tally.bad_lines
        if self.strict and bad and not self._finished:
            self._finished = True
            shown = ", ".join(map(str, bad[:_SHOWN_BAD_LINES]))
            more = ", …" if len(bad) > _SHOWN_BAD_LINES else ""
            raise InputError(f"{self.path.name}: {len(bad)} line(s) are not part of any message "
                             f"(line {shown}{more}); fix or remove them, or drop --strict to "
                             "skip them")
        self._finished = True


def iter_chat(path, format=None, text_col=None, speaker_col=None, time_col=None,
              strict=False, chunk_size=50_000) -> ChatChunks:
    """Streams an export in chunks of at most `chunk_size` messages (see ChatChunks)."""
    return ChatChunks(path, format, text_col, speaker_col, time_col, strict, chunk_size)


def read_chat(path, format=None, text_col=None, speaker_col=None, time_col=None,
              strict=False) -> ChatLog:
    """Reads a whole export into a ChatLog; every problem with the input is an InputError."""
    chunks = iter_chat(path, format, text_col, speaker_col, time_col, strict)
    frames = list(chunks)
    if frames:
        messages = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
    else:
        messages = empty_frame(utc=chunks.format in _UTC_FORMATS)
    return ChatLog(messages=messages, format=chunks.format, skipped=chunks.skipped,
                   bad_lines=chunks.bad_lines)


def _choose_format(path: Path, format: str | None) -> str:
    if format is None:
        return detect_format(path)
    chosen = str(format).strip().lower()
    if chosen not in _READERS:
        raise InputError(f"unknown format {format!r}; choose one of: {', '.join(FORMATS)}")
    return chosen


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:300]
