"""Reads Signal Desktop chats exported by signal-export (carderne/signal-export) as chat.md."""

# signal-export writes one folder per conversation with a chat.md whose messages look like
#   [2024-01-31 21:15:03] Anna: text  (older versions: [2024-01-31 21:15])
# with "  " at the end of each body (markdown line breaks), a quoted message as "> " lines
# before the body, reactions as a last line "(- Name: emoji, ... -)", stickers as "(( label ))",
# attachments as markdown links "![name](./media/x.jpg)", deletions as "(This message was
# deleted)" and calls as bodies like "Missed voice call" or "Outgoing call". Its data.json
# (one JSON object a line with a "body" field) reads as --format jsonl.

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path

import pandas as pd

from ..errors import InputError
from .chatlog import Tally, chunk_frames
from .source import TextSource, require_text

HEADER = re.compile(r"^\[(?P<date>\d{4}-\d{2}-\d{2}),? (?P<time>\d{2}:\d{2}(?::\d{2})?)\] "
                    r"(?P<speaker>[^:\n]+?):(?: (?P<body>.*))?$")
_REACTIONS = re.compile(r"^\(- .* -\)$")
_STICKER = re.compile(r"^\(\( .* \)\)$")
_ATTACHMENT = re.compile(r"!?\[[^\]\n]*\]\(\.{1,2}/[^)\n]*\)")
_CALL = re.compile(r"^(?:Missed|Incoming|Outgoing) (?:voice |video |group )?call\b")
_DELETED = "(This message was deleted)"


def iter_signal(path: Path, tally: Tally, chunk_size: int) -> Iterator[pd.DataFrame]:
    source = TextSource(path)
    head = source.head()
    require_text(head, source.name)
    if not any(HEADER.match(line) for line in head.splitlines()[:50]):
        raise InputError(f"{source.name}: no signal-export message header ([YYYY-MM-DD HH:MM:SS] "
                         "Name:) in the first 50 lines; use --format to choose the format")
    conversation_id = path.parent.name if path.stem == "chat" and path.parent.name else path.stem
    yield from chunk_frames(_rows(source.lines(), conversation_id, tally), chunk_size)


def _rows(lines: Iterable[tuple[int, str]], conversation_id: str, tally: Tally) -> Iterator[tuple]:
    current = None  # (line number, timestamp, speaker, body lines)
    for line_no, line in lines:
        match = HEADER.match(line)
        if match:
            if current:
                row = _message_row(*current, conversation_id, tally)
                if row:
                    yield row
            stamp = datetime.fromisoformat(f"{match['date']}T{match['time']}")
            current = (line_no, stamp, match["speaker"].strip(), [match["body"] or ""])
        elif current:
            current[3].append(line)
        elif line.strip():
            tally.bad(line_no)
    if current:
        row = _message_row(*current, conversation_id, tally)
        if row:
            yield row


def _message_row(line_no: int, stamp: datetime, speaker: str, parts: list[str],
                 conversation_id: str, tally: Tally) -> tuple | None:
    lines = [part.rstrip() for part in parts]
    # A quoted message comes first, as "> " lines between blank lines.
    while lines and (not lines[0] or lines[0].startswith("> ") or lines[0] == ">"):
        lines.pop(0)
    kept = [line for line in lines if not (_REACTIONS.match(line) or _STICKER.match(line))]
    had_media = len(kept) < len(lines) and any(_STICKER.match(line) for line in lines)
    text = "\n".join(kept).strip()
    without_files = _ATTACHMENT.sub("", text).strip()
    if text == _DELETED:
        reason = "deleted"
    elif _CALL.match(text):
        reason = "system"
    elif not without_files:
        reason = "media" if (text or had_media) else "empty"
    else:
        reason = None
    if reason:
        tally.skip(reason)
        return None
    return (conversation_id, str(line_no), None if speaker == "No-Sender" else speaker, stamp,
            None, without_files)
