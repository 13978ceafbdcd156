"""Guesses an export's format from its name, its first bytes and its first lines."""

from __future__ import annotations

import json
import re
from pathlib import Path, PurePosixPath

from ..errors import InputError
from . import imessage, signal, whatsapp
from .discord import CSV_HEADER
from .source import SNIFF_BYTES, decode_head, open_zip, parse_json, require_path, require_text

_SNIFF_LINES = 50
_JSON_KEY = re.compile(r'"([A-Za-z_]+)"\s*:')
# "{" or "[" then a value; a WhatsApp iOS line starts "[31/12/23, ..." and is not JSON.
_JSON_START = re.compile(r'^\s*(?:\{|\[\s*(?:[{\["\]]|$))')


def detect_format(path: str | Path) -> str:
    """Returns one of FORMATS for `path`, or raises InputError saying why it cannot tell."""
    path = Path(path)
    require_path(path)
    if path.is_dir():
        return _detect_folder(path)
    with open(path, "rb") as handle:
        head_bytes = handle.read(SNIFF_BYTES)
    if not head_bytes.strip():
        raise InputError(f"{path.name}: the file is empty; export the chat again")
    if head_bytes.startswith(b"PK\x03\x04") or path.suffix.lower() == ".zip":
        return _detect_zip(path)
    text = decode_head(head_bytes, path.name)
    require_text(text, path.name)
    suffix = path.suffix.lower()
    if _JSON_START.match(text):
        return _detect_json(text, suffix, path.name, head_bytes)
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    lines = text.splitlines()[:_SNIFF_LINES]
    if suffix in (".csv", ".tsv"):
        header = tuple(c.strip().strip('"') for c in lines[0].split(","))
        return "discord" if header[:4] == CSV_HEADER[:4] else "csv"
    if suffix == ".md" and any(signal.HEADER.match(line) for line in lines):
        return "signal"
    if whatsapp.has_header(lines):
        return "whatsapp"
    if imessage.has_header(lines):
        return "imessage"
    return "text"


def _detect_folder(path: Path) -> str:
    if (path / "users.json").exists() or (path / "channels.json").exists():
        return "slack"
    if any(path.glob("message_*.json")):
        return "messenger"
    raise InputError(f"{path.name}: a folder that is neither a Slack export (no channels.json) "
                     "nor a Messenger chat folder (no message_1.json); pass the export file itself")


def _detect_zip(path: Path) -> str:
    with open_zip(path) as archive:
        names = [PurePosixPath(n).name for n in archive.namelist()
                 if not n.startswith("__MACOSX/")]
    if "users.json" in names or "channels.json" in names:
        return "slack"
    texts = [n for n in names if n.lower().endswith(".txt")]
    if "_chat.txt" in texts or any(n.lower().startswith("whatsapp chat") for n in texts) or (
            len(texts) == 1):
        return "whatsapp"
    raise InputError(f"{path.name}: a zip with no WhatsApp chat (_chat.txt) and no Slack export "
                     "(users.json) inside; unzip it and pass the chat file itself")


def _detect_json(text: str, suffix: str, name: str, head_bytes: bytes) -> str:
    first_line = text.lstrip().split("\n", 1)[0]
    if suffix in (".jsonl", ".ndjson") or _is_json_object(first_line) and len(
            [line for line in text.splitlines() if line.strip()]) > 1:
        return "jsonl"
    keys = set(_JSON_KEY.findall(text))
    if "guild" in keys and "channel" in keys:
        return "discord"
    if keys & {"date_unixtime", "from_id"} or {"chats", "list"} <= keys:
        return "telegram"
    if keys & {"sender_name", "timestamp_ms", "participants"}:
        return "messenger"
    if {"ts", "type"} <= keys:
        raise InputError(f"{name}: looks like one day of a Slack export; pass the whole export "
                         "zip or folder instead")
    if len(head_bytes) < SNIFF_BYTES:
        parse_json(head_bytes, name)  # a damaged or truncated file says so, not "unknown JSON"
    raise InputError(f"{name}: JSON that is not a Telegram, Discord or Messenger export; "
                     "use --format to choose the format")


def _is_json_object(line: str) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False
