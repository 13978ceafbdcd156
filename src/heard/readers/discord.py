"""Reads DiscordChatExporter's CSV and JSON channel exports."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from ..errors import InputError
from .chatlog import Tally, chunk_frames
from .source import read_json_file
from .tabular import iter_csv

CSV_HEADER = ("AuthorID", "Author", "Date", "Content", "Attachments", "Reactions")
_USER_TYPES = {"Default", "Reply"}
# DiscordChatExporter writes these as the content of system messages in CSV, which has no type.
_CSV_NOTICES = {"Joined the server.", "Pinned a message.", "Started a thread.",
                "Added a recipient.", "Removed a recipient.", "Started a call.",
                "Changed the channel name.", "Changed the channel icon."}


def iter_discord(path: Path, tally: Tally, chunk_size: int) -> Iterator[pd.DataFrame]:
    if path.suffix.lower() == ".csv":
        yield from _iter_csv(path, tally, chunk_size)
    else:
        yield from _iter_json(path, tally, chunk_size)


def _iter_json(path: Path, tally: Tally, chunk_size: int) -> Iterator[pd.DataFrame]:
    export = read_json_file(path)
    if not isinstance(export, dict) or not isinstance(export.get("messages"), list):
        raise InputError(f"{path.name}: not a DiscordChatExporter JSON file (no \"messages\" "
                         "list); export the channel as JSON again, or use --format")
    channel = export.get("channel") or {}
    conversation_id = str(channel.get("name") or channel.get("id") or path.stem)
    yield from chunk_frames(_json_rows(export["messages"], conversation_id, tally), chunk_size,
                            utc=True)


def _json_rows(messages: list, conversation_id: str, tally: Tally) -> Iterator[tuple]:
    for message in messages:
        if message.get("type", "Default") not in _USER_TYPES:
            tally.skip("system")
            continue
        text = (message.get("content") or "").strip()
        if not text:
            has_media = any(message.get(k) for k in ("attachments", "embeds", "stickers"))
            tally.skip("media" if has_media else "empty")
            continue
        author = message.get("author") or {}
        reference = message.get("reference") or {}
        reply_to = reference.get("messageId")
        stamp = message.get("timestamp")
        yield (conversation_id, str(message.get("id")),
               author.get("nickname") or author.get("name"),
               pd.Timestamp(stamp).tz_convert("UTC") if stamp else None,
               None if reply_to is None else str(reply_to), text)


def _iter_csv(path: Path, tally: Tally, chunk_size: int) -> Iterator[pd.DataFrame]:
    for chunk in iter_csv(path, tally, chunk_size, text_col="Content", speaker_col="Author",
                          time_col="Date", classify=_classify_csv_rows):
        if isinstance(chunk["timestamp"].dtype, pd.DatetimeTZDtype):
            chunk["timestamp"] = chunk["timestamp"].dt.tz_convert("UTC")
        yield chunk


def _classify_csv_rows(chunk: pd.DataFrame, text: pd.Series) -> pd.Series:
    text = text.fillna("").str.strip()
    attachments = chunk.get("Attachments", pd.Series([""] * len(chunk))).fillna("")
    reasons = pd.Series([None] * len(chunk), dtype=object)
    reasons[(text == "") & (attachments == "")] = "empty"
    reasons[(text == "") & (attachments != "")] = "media"
    reasons[text.isin(_CSV_NOTICES)] = "system"
    return reasons
