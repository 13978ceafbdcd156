"""Reads WhatsApp chat exports (.txt, or .zip with _chat.txt) from Android and iOS, in any date order."""

# What other parsers taught us (read before writing this; no code copied):
#
# chat-miner (joweich/chat-miner, MIT), chatminer/chatparsers.py:
# - Detects a message start with one loose regex: optional U+200E, optional "[", then
#   d{1,4} SEP d{1,2} SEP d{2,4} with SEP one of "." "/" "-" (and "," in later versions); any
#   other line continues the previous message. We keep that idea but match the whole header
#   (time, AM/PM, "] " or " - ") so a pasted date inside a message is less likely to split it.
# - Infers day/month order over ALL messages: any first field > 12 means day-first, any second
#   field > 12 means month-first, none means "fall back to day-first". Both > 12 raised
#   "Invalid date format" (issue #66, a 40k-message US export); we let the majority win and
#   report the losing lines as bad lines instead of failing the whole file.
# - Splits the author at the first ": " (issue #25: names with "-" broke a split on "-"; its
#   test log has "John-John Doe" and "Testing dash - in message body"); a line without ": "
#   is a system notice. It reads "Name:." as a disappearing message; here that line has no
#   ": " and so counts as a notice.
# - Uses dateutil with fuzzy=True per message; we parse the regex groups directly, which is
#   faster on big files and never guesses.
# - Strips U+200E and applies NFKC, which turns U+202F (narrow no-break space before AM/PM,
#   new in 2023 exports) into a plain space; we instead allow any whitespace there.
# Variants listed by its test logs and issues (#8, #24, #54, #66): "12/24/19, 11:23 - ",
# "7.9.2020, 11:23 - " (India), "26-04-2022 12:11 - " (dashes, no comma), "2019/01/01, 11:25"
# (year first, PR #54), "[25/09/20 10:27:18 a.m.]" and "p. m." (Spanish), "9/24/2019 11:30
# p.m. - ", "[10.24.21, 15:21:43]", emoji-only author names, multi-line bodies.
#
# whatstk (lucasrodes/whatstk, GPL: only its format list and issues were read) lists 96 header
# formats: brackets or " - ", "/" "." "-" dates in d-m-y, m-d-y and y-m-d order, with and
# without seconds, 12h and 24h. Its issues #135 and #139 show iOS headers like
# "[28/02/2022, 9:52:58 PM]" and iOS system notices written as "Group name: notice", and
# non-contacts shown as "~ Name" (a tilde and U+202F before the profile name).
# Pustur/whatsapp-chat-parser's issues add: U+202F before AM/PM (#248), newer iOS exports
# attribute notices to the group or the acting person with U+200E before the notice (#258),
# and "\n" inside messages versus "\r\n" between them (#266).
#
# The rule used here for day/month order (over the whole file, year-first dates excluded):
# more headers with a first field > 12 than with a second field > 12 -> day-first; the other
# way round -> month-first; neither -> month-first if any header uses a 12-hour clock (the US
# default), day-first otherwise. Two-digit years are 20yy. Four-digit first fields are years
# (y/m/d; whatstk's y/d/m is not supported). Not handled: non-Latin AM/PM words (上午/下午,
# "vorm."), dotted times ("klo 21.15"), and placeholder or notice wordings in languages other
# than English: such a line with a "Name: " part and no U+200E mark stays in as a message.

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path, PurePosixPath

import pandas as pd

from ..errors import InputError
from .chatlog import Tally, chunk_frames
from .source import TextSource, open_zip, require_text
from .whatsapp_notices import MARKS, classify_body, is_notice_line

HEADER = re.compile(
    r"^[\u200e\u200f\ufeff]*(?P<bracket>\[)?"
    r"(?P<a>\d{1,4})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{2,4})\.?,?\s+"
    r"(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?"
    r"(?:\s*(?P<ampm>[AaPp])\.?\s?[Mm]\.?)?"
    r"(?(bracket)\]\s?|\s+[-\u2013]\s)"
    r"(?P<rest>.*)$")
SNIFF_LINES = 50
_TITLE_PREFIX = re.compile(r"^WhatsApp Chat (?:with |- |\u2013 )", re.IGNORECASE)


def has_header(lines: Iterable[str]) -> bool:
    return any(HEADER.match(line) for line in lines)


def infer_day_first(lines: Iterable[tuple[int, str]]) -> bool:
    """Applies the whole-file day/month rule described at the top of this module."""
    first_big = second_big = 0
    twelve_hour = False
    for _, line in lines:
        match = HEADER.match(line)
        if not match or len(match["a"]) == 4:
            continue
        twelve_hour = twelve_hour or bool(match["ampm"])
        first_big += int(match["a"]) > 12
        second_big += int(match["b"]) > 12
    if first_big or second_big:
        return first_big >= second_big
    return not twelve_hour


def iter_whatsapp(path: Path, tally: Tally, chunk_size: int) -> Iterator[pd.DataFrame]:
    member = _chat_member(path) if _is_zip(path) else None
    source = TextSource(path, member)
    head = source.head()
    require_text(head, source.name)
    if not has_header(head.splitlines()[:SNIFF_LINES]):
        raise InputError(f"{source.name}: no WhatsApp message header found in the first "
                         f"{SNIFF_LINES} lines; use --format to choose the format")
    day_first = infer_day_first(source.lines())
    conversation_id = conversation_name(path, member)
    rows = _rows(source.lines(), day_first, conversation_id, tally)
    yield from chunk_frames(rows, chunk_size)


def conversation_name(path: Path, member: str | None) -> str:
    """"WhatsApp Chat with Anna.txt" and "WhatsApp Chat - Anna.zip" both give "Anna"."""
    stem = path.stem
    if member and PurePosixPath(member).stem != "_chat":
        stem = PurePosixPath(member).stem
    return _TITLE_PREFIX.sub("", stem) or stem


def _is_zip(path: Path) -> bool:
    with open(path, "rb") as handle:
        return handle.read(4) == b"PK\x03\x04"


def _chat_member(path: Path) -> str:
    with open_zip(path) as archive:
        texts = [name for name in archive.namelist()
                 if name.lower().endswith(".txt") and not name.startswith("__MACOSX/")]
    for wanted in (lambda n: PurePosixPath(n).name == "_chat.txt",
                   lambda n: PurePosixPath(n).name.lower().startswith("whatsapp chat")):
        found = [name for name in texts if wanted(name)]
        if found:
            return found[0]
    if len(texts) == 1:
        return texts[0]
    raise InputError(f"{path.name}: no _chat.txt or 'WhatsApp Chat with ….txt' inside the zip; "
                     "export the chat from WhatsApp again, or unzip it and pass the .txt")


def _timestamp(match: re.Match, day_first: bool) -> datetime | None:
    a, b, c = int(match["a"]), int(match["b"]), int(match["c"])
    if len(match["a"]) == 4:
        year, month, day = a, b, c
    elif len(match["a"]) == 3 or len(match["c"]) == 3:
        return None
    else:
        day, month = (a, b) if day_first else (b, a)
        year = c + 2000 if len(match["c"]) == 2 else c
    hour = int(match["hour"])
    if match["ampm"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if match["ampm"] in "Pp" else 0)
    try:
        return datetime(year, month, day, hour, int(match["minute"]), int(match["second"] or 0))
    except ValueError:
        return None


def _rows(lines: Iterable[tuple[int, str]], day_first: bool, conversation_id: str,
          tally: Tally) -> Iterator[tuple]:
    current: list | None = None  # [header line number, timestamp, text lines]
    for line_no, line in lines:
        match = HEADER.match(line)
        if match:
            if current:
                row = _message_row(current, conversation_id, tally)
                if row:
                    yield row
            stamp = _timestamp(match, day_first)
            if stamp is None:
                # An impossible date: this line and its continuation lines cannot be placed.
                tally.bad(line_no)
                current = None
            else:
                current = [line_no, stamp, [match["rest"]]]
        elif current is not None:
            current[2].append(line)
        elif line.strip(MARKS + " \t"):
            tally.bad(line_no)
    if current:
        row = _message_row(current, conversation_id, tally)
        if row:
            yield row


def _message_row(current: list, conversation_id: str, tally: Tally) -> tuple | None:
    line_no, stamp, parts = current
    first_line = parts[0].lstrip(MARKS)
    if is_notice_line(first_line):
        tally.skip("system")
        return None
    speaker, separator, body = first_line.partition(": ")
    if not separator and first_line.endswith(":") and len(parts) > 1:
        speaker, separator, body = first_line[:-1], ":", ""
    if not separator:
        tally.skip("empty" if first_line.endswith(":") else "system")
        return None
    body = "\n".join([body, *parts[1:]]) if len(parts) > 1 else body
    reason, body = classify_body(body)
    if reason:
        tally.skip(reason)
        return None
    speaker = speaker.strip(MARKS + " ").lstrip("~").strip(MARKS + " \u202f\u00a0")
    return (conversation_id, str(line_no), speaker, stamp, None, body.rstrip())
