"""Reads Slack workspace exports (zip or unpacked folder): users, channels and daily files."""

from __future__ import annotations

import html
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

import pandas as pd

from ..errors import InputError
from .chatlog import Tally, chunk_frames
from .source import open_zip, parse_json

_DAY_FILE = re.compile(r"^\d{4}-\d{2}-\d{2}\.json$")
_USER_SUBTYPES = {None, "thread_broadcast", "file_share", "me_message"}
_DELETED_SUBTYPES = {"tombstone", "message_deleted"}
_LINK = re.compile(r"<([^<>|]+)(?:\|([^<>]*))?>")


class _ExportFiles:
    """The files of an export, alike whether it is a zip or a folder (posix relative names)."""

    def __init__(self, path: Path):
        self.path = path
        if path.is_dir():
            self.names = sorted(p.relative_to(path).as_posix() for p in path.rglob("*.json"))
        else:
            with open_zip(path) as archive:
                self.names = sorted(n for n in archive.namelist() if n.endswith(".json")
                                    and not n.startswith("__MACOSX/"))

    def load(self, name: str):
        if self.path.is_dir():
            data = (self.path / name).read_bytes()
        else:
            with open_zip(self.path) as archive:
                data = archive.read(name)
        return parse_json(data, f"{self.path.name}:{name}")


def iter_slack(path: Path, tally: Tally, chunk_size: int) -> Iterator[pd.DataFrame]:
    if not path.is_dir() and not zipfile.is_zipfile(path):
        raise InputError(f"{path.name}: a Slack export is a zip or a folder with users.json and "
                         "channels.json; pass that, or use --format to choose another format")
    files = _ExportFiles(path)
    roots = [str(PurePosixPath(n).parent) for n in files.names
             if PurePosixPath(n).name in ("users.json", "channels.json")]
    if not roots:
        raise InputError(f"{path.name}: not a Slack export (no users.json or channels.json); "
                         "export the workspace from Slack again, or use --format")
    root = PurePosixPath(roots[0])
    users_file = (root / "users.json").as_posix()
    users = user_names(files.load(users_file) if users_file in files.names else [])
    days = [PurePosixPath(n) for n in files.names
            if _DAY_FILE.match(PurePosixPath(n).name) and PurePosixPath(n).parent.parent == root]
    yield from chunk_frames(_rows(files, days, users, tally), chunk_size, utc=True)


def user_names(users) -> dict[str, str]:
    """Maps user ids to the name Slack shows: display name, else real name, else handle."""
    names = {}
    for user in users if isinstance(users, list) else []:
        profile = user.get("profile") or {}
        name = (profile.get("display_name") or user.get("real_name")
                or profile.get("real_name") or user.get("name"))
        if user.get("id") and name:
            names[user["id"]] = name
    return names


def _rows(files: _ExportFiles, days: list[PurePosixPath], users: dict[str, str],
          tally: Tally) -> Iterator[tuple]:
    for day in sorted(days, key=lambda d: (d.parent.name, d.name)):
        messages = files.load(day.as_posix())
        for message in messages if isinstance(messages, list) else []:
            row = _row(message, day.parent.name, users, tally)
            if row:
                yield row


def _row(message: dict, channel: str, users: dict[str, str], tally: Tally) -> tuple | None:
    subtype = message.get("subtype")
    if subtype in _DELETED_SUBTYPES:
        tally.skip("deleted")
        return None
    if message.get("type", "message") != "message" or subtype not in _USER_SUBTYPES:
        tally.skip("system")
        return None
    text = plain_text(message.get("text") or "", users).strip()
    if not text:
        tally.skip("media" if message.get("files") or message.get("attachments") else "empty")
        return None
    ts = message.get("ts")
    thread = message.get("thread_ts")
    profile = message.get("user_profile") or {}
    speaker = (users.get(message.get("user", "")) or profile.get("display_name")
               or profile.get("real_name") or message.get("username") or message.get("user"))
    return (channel, ts, speaker, slack_time(ts), thread if thread and thread != ts else None, text)


def slack_time(ts: str | None) -> pd.Timestamp | None:
    """Slack's "1700000000.123456" is epoch seconds with microseconds; parsed exactly."""
    if not ts:
        return None
    seconds, _, fraction = str(ts).partition(".")
    micros = int(seconds) * 1_000_000 + int((fraction + "000000")[:6])
    return pd.Timestamp(micros, unit="us", tz="UTC")


def plain_text(text: str, users: dict[str, str]) -> str:
    """Turns Slack markup (<@U1>, <#C1|general>, <https://x|label>, &amp;) into what people saw."""

    def replace(match: re.Match) -> str:
        target, label = match.group(1), match.group(2)
        if target.startswith("@"):
            return "@" + (label or users.get(target[1:], target[1:]))
        if target.startswith("#"):
            return "#" + (label or target[1:])
        if target.startswith("!"):
            return "@" + (label or target[1:].split("^")[0])
        return label or target

    return html.unescape(_LINK.sub(replace, text))
