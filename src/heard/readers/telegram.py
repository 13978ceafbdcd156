"""Reads Telegram Desktop JSON exports (result.json), one chat or the whole account."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from ..errors import InputError
from .chatlog import Tally, chunk_frames
from .source import read_json_file

# Keys Telegram sets on a message that carries something other than text.
_MEDIA_KEYS = ("photo", "file", "media_type", "sticker_emoji", "poll", "location_information",
               "contact_information", "game_title", "invoice_information",
               "live_location_period_seconds")


def iter_telegram(path: Path, tally: Tally, chunk_size: int) -> Iterator[pd.DataFrame]:
    export = read_json_file(path)
    chats = _chats(export, path.name)
    yield from chunk_frames(_rows(chats, tally), chunk_size)


def _chats(export, name: str) -> list[dict]:
    if isinstance(export, dict) and isinstance(export.get("messages"), list):
        return [export]
    if isinstance(export, dict) and isinstance(export.get("chats"), dict):
        chats = list(export["chats"].get("list") or [])
        left = export.get("left_chats")
        if isinstance(left, dict):
            chats += list(left.get("list") or [])
        return [chat for chat in chats if isinstance(chat, dict)]
    raise InputError(f"{name}: not a Telegram export (no \"messages\" list and no \"chats\"); "
                     "export with Telegram Desktop as JSON, or use --format to choose the format")


def _rows(chats: list[dict], tally: Tally) -> Iterator[tuple]:
    for chat in chats:
        conversation_id = str(chat.get("name") or chat.get("id") or "telegram")
        for message in chat.get("messages") or []:
            if message.get("type") == "service":
                tally.skip("system")
                continue
            text = flatten_text(message.get("text", "")).strip()
            if not text:
                tally.skip("media" if any(message.get(k) for k in _MEDIA_KEYS) else "empty")
                continue
            speaker = message.get("from") or message.get("from_id")
            reply_to = message.get("reply_to_message_id")
            yield (conversation_id, str(message.get("id")), speaker,
                   pd.Timestamp(message["date"]) if message.get("date") else None,
                   None if reply_to is None else str(reply_to), text)


def flatten_text(text) -> str:
    """Joins Telegram's text pieces; entity objects ({"type": "bold", "text": ...}) are contiguous
    spans of one string, so they join with nothing in between."""
    if isinstance(text, str):
        return text
    if isinstance(text, list):
        return "".join(part if isinstance(part, str) else str(part.get("text", ""))
                       for part in text if isinstance(part, (str, dict)))
    return ""
