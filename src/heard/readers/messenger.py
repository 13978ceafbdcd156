"""Reads Facebook Messenger and Instagram JSON exports (message_1.json, or a folder of them)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from ..errors import InputError
from .chatlog import Tally, chunk_frames
from .source import read_json_file

_MEDIA_KEYS = ("photos", "videos", "audio_files", "gifs", "sticker", "files", "share")
_NOTICE_TYPES = {"Call", "Subscribe", "Unsubscribe"}
# Meta writes these events as ordinary messages; they are the app talking, not the person.
_NOTICE = re.compile(
    r"^(?:.{1,80}? (?:named the group|changed the group photo|added .+ to the group|removed .+ "
    r"from the group|left the group|set (?:the|your|his|her|their) nickname|set the emoji to|"
    r"changed the chat theme|started a (?:video )?call|joined the (?:video )?call)\b.*"
    r"|You are now connected on Messenger.*|The (?:video )?(?:chat|call) ended.*"
    r"|.{0,80}?\b(?:[Rr]eacted .{1,8} to your message|[Ll]iked a message)"
    r"|.{1,80}? sent an attachment\.)$")


def iter_messenger(path: Path, tally: Tally, chunk_size: int) -> Iterator[pd.DataFrame]:
    files = sorted(path.glob("message_*.json")) if path.is_dir() else [path]
    if not files:
        raise InputError(f"{path.name}: no message_1.json in this folder; pass the Messenger "
                         "or Instagram message file itself")
    title, messages = None, []
    for file in files:
        export = read_json_file(file)
        if not isinstance(export, dict) or not isinstance(export.get("messages"), list):
            raise InputError(f"{file.name}: not a Messenger/Instagram export (no \"messages\" "
                             "list); use --format to choose the format")
        title = title or export.get("title")
        messages.extend(export["messages"])
    # Exports list the newest message first and split long chats over several files.
    messages.sort(key=lambda m: m.get("timestamp_ms") or 0)
    conversation_id = fix_mojibake(title) if title else path.stem
    yield from chunk_frames(_rows(messages, conversation_id, tally), chunk_size, utc=True)


def fix_mojibake(text: str) -> str:
    """Meta exports UTF-8 bytes as if each were a Latin-1 character ("Ã©" for "é"); undo that
    when it is possible, and leave text that was already right alone."""
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def _rows(messages: list[dict], conversation_id: str, tally: Tally) -> Iterator[tuple]:
    for number, message in enumerate(messages, start=1):
        if message.get("is_unsent"):
            tally.skip("deleted")
            continue
        text = fix_mojibake(message.get("content") or "").strip()
        if message.get("type") in _NOTICE_TYPES or "call_duration" in message or (
                text and _NOTICE.match(text)):
            tally.skip("system")
            continue
        if not text:
            tally.skip("media" if any(message.get(k) for k in _MEDIA_KEYS) else "empty")
            continue
        stamp = message.get("timestamp_ms")
        yield (conversation_id, str(number), fix_mojibake(message.get("sender_name") or "") or None,
               pd.Timestamp(stamp, unit="ms", tz="UTC") if stamp is not None else None,
               None, text)
