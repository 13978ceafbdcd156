"""Opens export files safely: encodings, binary or empty files, zip members, JSON; as InputErrors."""

from __future__ import annotations

import codecs
import io
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import InputError

SNIFF_BYTES = 64 * 1024
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def require_path(path: Path) -> None:
    if not path.exists():
        raise InputError(f"{path}: no such file or folder; check the path")


def encoding_of(head: bytes, name: str) -> str:
    """Picks the codec from the first bytes; NUL bytes without a UTF-16 mark mean binary."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith(_UTF16_BOMS):
        return "utf-16"
    if b"\x00" in head:
        raise InputError(f"{name}: looks like a binary file (it contains NUL bytes), not a chat "
                         "export; give the exported .txt, .json, .csv or .zip file")
    return "utf-8"


def decode_head(head: bytes, name: str) -> str:
    """Decodes a file's first bytes, tolerating a character cut in half at the end."""
    encoding = encoding_of(head, name)
    try:
        return codecs.getincrementaldecoder(encoding)().decode(head, final=False)
    except UnicodeDecodeError as exc:
        raise not_utf8(name, exc, "near the start") from None


def not_utf8(name: str, exc: UnicodeDecodeError, where: str) -> InputError:
    byte = exc.object[exc.start:exc.start + 1].hex()
    return InputError(f"{name}: not UTF-8 text (byte 0x{byte} {where}); re-save the file as "
                      "UTF-8, or check that it is really a chat export")


def require_text(head_text: str, name: str) -> None:
    if not head_text.strip():
        raise InputError(f"{name}: the file is empty; export the chat again")


def parse_json(data: bytes, name: str) -> Any:
    """Parses a whole JSON document, turning every failure into one InputError line."""
    if not data.strip():
        raise InputError(f"{name}: the file is empty; export the chat again")
    encoding = encoding_of(data[:SNIFF_BYTES], name)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise not_utf8(name, exc, f"at offset {exc.start}") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        hint = ("the file looks truncated" if exc.pos >= len(text.rstrip()) - 1
                else "the file is damaged")
        raise InputError(f"{name}: not valid JSON ({exc.msg} at line {exc.lineno}, column "
                         f"{exc.colno}); {hint}, export it again") from None


def read_json_file(path: Path) -> Any:
    return parse_json(path.read_bytes(), path.name)


def open_zip(path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise InputError(f"{path.name}: not a readable zip archive ({exc}); "
                         "download or export it again") from None


class TextSource:
    """A text file on disk or inside a zip that can be read line by line more than once.

    Two-pass readers (WhatsApp infers the date order first) reopen it instead of holding the
    file in memory.
    """

    def __init__(self, path: Path, member: str | None = None):
        self.path = path
        self.member = member
        self.name = f"{path.name}:{member}" if member else path.name

    def _open_binary(self):
        if self.member is None:
            return open(self.path, "rb")
        archive = open_zip(self.path)
        return _ClosingMember(archive, archive.open(self.member))

    def head(self) -> str:
        with self._open_binary() as raw:
            return decode_head(raw.read(SNIFF_BYTES), self.name)

    def lines(self) -> Iterator[tuple[int, str]]:
        """Yields (1-based line number, line without its line ending)."""
        with self._open_binary() as raw:
            head = raw.read(SNIFF_BYTES)
            encoding = encoding_of(head, self.name)
            stream = io.TextIOWrapper(io.BufferedReader(_Rewound(head, raw)), encoding=encoding,
                                      errors="strict")
            line_no = 0
            try:
                for line_no, line in enumerate(stream, start=1):
                    yield line_no, line.rstrip("\n")
            except UnicodeDecodeError as exc:
                raise not_utf8(self.name, exc, f"after line {line_no}") from None


class _Rewound(io.RawIOBase):
    """Serves already-read head bytes before the rest of a stream (zip members cannot seek)."""

    def __init__(self, head: bytes, rest):
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._head:
            size = min(len(buffer), len(self._head))
            buffer[:size] = self._head[:size]
            self._head = self._head[size:]
            return size
        data = self._rest.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)


class _ClosingMember:
    """A zip member stream that also closes its archive."""

    def __init__(self, archive: zipfile.ZipFile, member):
        self._archive = archive
        self._member = member

    def read(self, size: int = -1) -> bytes:
        return self._member.read(size)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info) -> None:
        self._member.close()
        self._archive.close()
