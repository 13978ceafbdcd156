"""Writes streamed frames to CSV, JSONL or Parquet: to a temporary file, renamed when complete."""

from __future__ import annotations

import sys
from pathlib import Path

from .errors import InputError
from .files import write_atomically

OUTPUT_TYPES = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet"}


def output_type(path: Path) -> str:
    kind = OUTPUT_TYPES.get(path.suffix.lower())
    if kind is None:
        raise InputError(f"{path.name}: unknown output type {path.suffix or '(none)'}; "
                         "name the output .csv, .jsonl or .parquet")
    if path.parent and not path.parent.exists():
        raise InputError(f"{path}: folder {path.parent} does not exist; create it first")
    return kind


class _Sink:
    def __init__(self, kind, handle):
        self.kind = kind
        self.handle = handle
        self.parquet = None
        self.schema = None

    def write(self, frame, first: bool) -> None:
        if self.kind == "csv":
            frame.to_csv(self.handle, header=first, index=False)
        elif self.kind == "jsonl":
            lines = frame.to_json(orient="records", lines=True, force_ascii=False) if len(frame) else ""
            self.handle.write(lines if lines.endswith("\n") or not lines else lines + "\n")
        else:
            import pyarrow as pa
            import pyarrow.parquet as pq

            table = pa.Table.from_pandas(frame, preserve_index=False, schema=self.schema)
            if self.parquet is None:
                self.schema = table.schema
                self.parquet = pq.ParquetWriter(self.handle, self.schema)
            self.parquet.write_table(table)

    def close(self) -> None:
        if self.parquet is not None:
            self.parquet.close()


def write_frames(frames, path: Path | None) -> int:
    """Writes every frame; returns the row count. `path` None streams CSV to stdout.

    A file is written beside its target under a temporary name and renamed only once
    everything was written, so an error never leaves a half-written output behind.
    """
    if path is None:
        return _drain(frames, _Sink("csv", sys.stdout))
    kind = output_type(path)
    rows = []

    def write(tmp: Path) -> None:
        binary = kind == "parquet"
        with open(tmp, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8", "newline": ""})) as handle:
            rows.append(_drain(frames, _Sink(kind, handle)))

    write_atomically(path, write)
    return rows[0]


def _drain(frames, sink) -> int:
    rows = 0
    try:
        for frame in frames:
            sink.write(frame, first=rows == 0)
            rows += len(frame)
    finally:
        sink.close()
    return rows
