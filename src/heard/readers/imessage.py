"""Reads iMessage conversations exported as TXT by imessage-exporter (ReagentX)."""

# imessage-exporter's TXT files (one per conversation) hold blocks separated by a blank line:
#   May 17, 2022  5:29:42 PM (Read by them after 1 minute)     <- "%b %d, %Y %l:%M:%S %p"
#   Sample Contact                                             <- sender, "Me" for yourself
#   Hello world                                                <- body, one line per part
# Attachments are written as their file path, reactions as "Reactions:" then "Loved by X"
# lines, screen effects as "Sent with Confetti", replies once at top level (ending with "This
# message responded to an earlier message.") and again indented by 4 spaces under the message
# they answer (skipped here so they are not counted twice). Renames are one line:
# "<time> X renamed the conversation to Y". Edited messages start with a time and add
# "Edited 5 minutes later: text" lines; the last version is kept. Unsent ones read
# "You deleted a message." / "They deleted a message."

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path

import pandas as pd

from ..errors import InputError
from .chatlog import Tally, chunk_frames
from .source import TextSource, require_text

_TIME = (r"(?P<month>[A-Z][a-z]{2}) (?P<day>\d{1,2}), (?P<year>\d{4}) +(?P<hour>\d{1,2}):"
         r"(?P<minute>\d{2}):(?P<second>\d{2}) (?P<ampm>[AP]M)")
HEADER = re.compile(rf"^(?P<indent>[ \t]*){_TIME}(?P<tail>.*)$")
_READ_RECEIPT = re.compile(r"^ \(Read by .+\)$")
_EDITED_FIRST = re.compile(rf"^{_TIME} ")
_EDITED_LATER = re.compile(r"^Edited .+? later: ")
_ATTACHMENT = re.compile(r"^(?:(?:/|~/|[A-Za-z]:\\)[^\n]*\.\w{2,5}|Attachment missing!)$")
_REACTION = re.compile(r"^(?:\w+ by .+|Sticker from .+)$")
_DROPPED = re.compile(r"^(?:This message responded to an earlier message\.|Sent with [A-Z][\w ]+)$")
_DELETED = re.compile(r"^(?:You|They|.+) deleted a message\.$")
_MONTHS = {m: i for i, m in enumerate(
    "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), start=1)}


def iter_imessage(path: Path, tally: Tally, chunk_size: int) -> Iterator[pd.DataFrame]:
    source = TextSource(path)
    head = source.head()
    require_text(head, source.name)
    if not has_header(head.splitlines()[:50]):
        raise InputError(f"{source.name}: no imessage-exporter time line (like 'May 17, 2022  "
                         "5:29:42 PM') in the first 50 lines; use --format to choose the format")
    yield from chunk_frames(_rows(source.lines(), path.stem, tally), chunk_size)


def has_header(lines: list[str]) -> bool:
    return any(HEADER.match(line) and not HEADER.match(line)["indent"]
               and i + 1 < len(lines) and lines[i + 1].strip()
               for i, line in enumerate(lines))


def _timestamp(match: re.Match) -> datetime | None:
    hour = int(match["hour"]) % 12 + (12 if match["ampm"] == "PM" else 0)
    try:
        return datetime(int(match["year"]), _MONTHS[match["month"]], int(match["day"]), hour,
                        int(match["minute"]), int(match["second"]))
    except (KeyError, ValueError):
        return None


def _rows(lines: Iterable[tuple[int, str]], conversation_id: str, tally: Tally) -> Iterator[tuple]:
    current = None  # [line number, timestamp, sender or None, body lines]
    nested = False
    after_blank = True  # blocks start after a blank line; a time inside a body is an edit
    for line_no, line in lines:
        match = HEADER.match(line)
        if match and not match["indent"] and not after_blank:
            match = None
        after_blank = not line.strip()
        if match and match["indent"]:
            nested = True
            continue
        if match:
            nested = False
            if current:
                row = _message_row(current, conversation_id, tally)
                if row:
                    yield row
            current = None
            stamp = _timestamp(match)
            if stamp is None:
                tally.bad(line_no)
            elif match["tail"] and not _READ_RECEIPT.match(match["tail"]):
                tally.skip("system")  # "X renamed the conversation to Y"
            else:
                current = [line_no, stamp, None, []]
        elif nested:
            nested = not after_blank
        elif current is None:
            if line.strip():
                tally.bad(line_no)
        elif current[2] is None:
            current[2] = line.strip()
        else:
            current[3].append(line)
    if current:
        row = _message_row(current, conversation_id, tally)
        if row:
            yield row


def _message_row(current: list, conversation_id: str, tally: Tally) -> tuple | None:
    line_no, stamp, sender, parts = current
    body, in_reactions, had_attachment = [], False, False
    for part in parts:
        if part == "Reactions:":
            in_reactions = True
        elif in_reactions and _REACTION.match(part.strip()):
            continue
        elif _ATTACHMENT.match(part.strip()):
            had_attachment = True
        elif not _DROPPED.match(part.strip()):
            in_reactions = False
            body.append(part)
    text = _last_edit("\n".join(body).strip())
    if _DELETED.match(text):
        reason = "deleted"
    elif text == "SharePlay Message\nEnded":
        reason = "system"
    elif not text:
        reason = "media" if had_attachment else "empty"
    else:
        reason = None
    if reason:
        tally.skip(reason)
        return None
    return (conversation_id, str(line_no), sender or None, stamp, None, text)


def _last_edit(text: str) -> str:
    first = _EDITED_FIRST.match(text)
    if not first:
        return text
    versions = [text[first.end():].split("\n", 1)[0]]
    versions += [line[_EDITED_LATER.match(line).end():] for line in text.split("\n")[1:]
                 if _EDITED_LATER.match(line)]
    return versions[-1].strip()
