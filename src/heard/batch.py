"""Batch analysis of chat exports: stream chunks, score them, and summarise per speaker."""

from __future__ import annotations

import numpy as np
import pandas as pd

from .readers import iter_chat
from .report_data import ReportData

MOMENTS_PER_LABEL = 5
_CANONICAL_TAIL = ["conversation_id", "id", "reply_to"]


def iso_timestamps(values: pd.Series) -> pd.Series:
    """ISO 8601 strings ('' when unknown); aware times are given in UTC with +00:00."""
    stamps = pd.to_datetime(values, errors="coerce")
    aware = getattr(stamps.dt, "tz", None) is not None
    if aware:
        stamps = stamps.dt.tz_convert("UTC").dt.tz_localize(None)
    # numpy formats the whole column in C; strftime goes through Python per row.
    text = np.datetime_as_string(stamps.to_numpy().astype("datetime64[s]"), unit="s")
    text = np.where(stamps.isna().to_numpy(), "", np.char.add(text, "+00:00") if aware else text)
    return pd.Series(text, index=values.index, dtype=object)


def start_scoring(analyzer, frame: pd.DataFrame, jobs=None):
    """Starts scoring a chunk (on the worker pool, when there is one) and returns a function
    that waits for the scores and builds the chunk's output rows."""
    texts = frame["text"].astype(str)
    # Chats repeat themselves ("ok", "lol", "😂"): each distinct text is scored once.
    unique = pd.Index(texts.unique())
    pending = analyzer.scores_async(unique.tolist(), jobs=jobs)
    return lambda: _output_rows(analyzer, frame, texts, pending()[unique.get_indexer(texts)])


def _output_rows(analyzer, frame, texts, scores) -> pd.DataFrame:
    """The output rows of one chunk: speaker, timestamp, text, 0/1 and score per label, rest."""
    out = pd.DataFrame({"speaker": frame["speaker"].astype("string").to_numpy(),
                        "timestamp": iso_timestamps(frame["timestamp"]).to_numpy(),
                        "text": texts.to_numpy()})
    for j, label in enumerate(analyzer.labels):
        out[label] = (scores[:, j] >= analyzer.thresholds[label]).astype("int8")
        out[f"{label}_score"] = scores[:, j].round(4)
    rest = [c for c in frame.columns if c not in ("speaker", "timestamp", "text")]
    for column in _CANONICAL_TAIL + [c for c in rest if c not in _CANONICAL_TAIL]:
        if column in frame.columns:
            out[column] = frame[column].astype("string").to_numpy()
    return out


class BatchSummary:
    """Per-speaker counts, weekly counts and the strongest moments, kept while streaming."""

    def __init__(self, labels):
        self.labels = list(labels)
        self._speakers = []
        self._weekly = []
        self._moments = {label: pd.DataFrame() for label in self.labels}
        self.total = 0
        self.first = None
        self.last = None

    def add(self, scored: pd.DataFrame, timestamps: pd.Series) -> None:
        self.total += len(scored)
        flags = scored[["speaker", *self.labels]].copy()
        flags["messages"] = 1
        self._speakers.append(flags.groupby("speaker", dropna=False)[["messages", *self.labels]].sum())
        stamps = pd.to_datetime(timestamps, errors="coerce").reset_index(drop=True)
        if getattr(stamps.dt, "tz", None) is not None:
            stamps = stamps.dt.tz_convert("UTC").dt.tz_localize(None)
        known = stamps.notna().to_numpy()
        if known.any():
            weeks = stamps[known].dt.to_period("W-SUN").dt.start_time.to_numpy()
            dated = flags[known].assign(week=weeks)
            self._weekly.append(dated.groupby(["week", "speaker"])[["messages", *self.labels]].sum())
            low, high = stamps[known].min(), stamps[known].max()
            self.first = low if self.first is None else min(self.first, low)
            self.last = high if self.last is None else max(self.last, high)
        for label in self.labels:
            hits = scored[scored[label] == 1]
            if len(hits):
                top = hits.nlargest(MOMENTS_PER_LABEL, f"{label}_score")
                top = top[["speaker", "timestamp", "text", f"{label}_score"]]
                merged = pd.concat([self._moments[label], top]) if len(self._moments[label]) else top
                self._moments[label] = merged.nlargest(MOMENTS_PER_LABEL, f"{label}_score")

    def speakers(self) -> pd.DataFrame:
        """Index speaker; messages, and per label the count and the rate."""
        if not self._speakers:
            return pd.DataFrame(columns=["messages", *self.labels, *[f"{l}_rate" for l in self.labels]])
        table = pd.concat(self._speakers).groupby(level=0, dropna=False).sum()
        self._speakers = [table]
        for label in self.labels:
            table[f"{label}_rate"] = table[label] / table["messages"]
        return table.sort_values("messages", ascending=False)

    def weekly(self) -> pd.DataFrame:
        if not self._weekly:
            return pd.DataFrame(columns=["week", "speaker", "messages",
                                         *[f"{l}_rate" for l in self.labels]])
        table = pd.concat(self._weekly).groupby(level=[0, 1]).sum()
        self._weekly = [table]
        table = table.reset_index()
        for label in self.labels:
            table[f"{label}_rate"] = table[label] / table["messages"]
        return table[["week", "speaker", "messages", *[f"{l}_rate" for l in self.labels]]]

    def moments(self, analyzer=None) -> dict:
        """label -> strongest flagged messages, with rewrite suggestions when heard has them."""
        found = {}
        for label, table in self._moments.items():
            found[label] = [{"speaker": row.speaker,
                             "timestamp": pd.Timestamp(row.timestamp) if row.timestamp else None,
                             "text": row.text, "score": float(getattr(row, f"{label}_score")),
                             "suggestions": []}
                            for row in table.itertuples(index=False)]
        if analyzer is not None:
            _attach_suggestions(analyzer, found)
        return found


def _attach_suggestions(analyzer, moments) -> None:
    wanted = [m for label in ("blaming", "defensive") for m in moments.get(label, [])]
    if not wanted:
        return
    try:
        results = analyzer.check_many([m["text"] for m in wanted], jobs=1, suggest=True)
    except TypeError:  # an analyzer without rewrite suggestions
        return
    for moment, result in zip(wanted, results):
        moment["suggestions"] = result.get("suggestions", [])


class BatchAnalysis:
    """Iterating gives scored chunks; afterwards `summary` and `report_data()` are complete."""

    def __init__(self, analyzer, path, format=None, text_col=None, speaker_col=None,
                 time_col=None, strict=False, jobs=None, chunk_size=5_000):
        self.analyzer = analyzer
        self.chunks = iter_chat(path, format, text_col, speaker_col, time_col, strict, chunk_size)
        self.jobs = jobs
        self.summary = BatchSummary(analyzer.labels)

    @property
    def format(self) -> str:
        return self.chunks.format

    def __iter__(self):
        # While the workers score one chunk, this process reads and parses the next.
        with self.analyzer.workers(self.jobs):
            waiting = None
            for frame in self.chunks:
                if not len(frame):
                    continue
                started = (frame, start_scoring(self.analyzer, frame, self.jobs))
                if waiting is not None:
                    yield self._finish(*waiting)
                waiting = started
            if waiting is not None:
                yield self._finish(*waiting)

    def _finish(self, frame, rows):
        scored = rows()
        self.summary.add(scored, frame["timestamp"])
        return scored

    def report_data(self) -> ReportData:
        return ReportData(
            source=self.chunks.path.name, format=self.format, labels=list(self.analyzer.labels),
            total_messages=self.summary.total, skipped=self.chunks.skipped,
            first=self.summary.first, last=self.summary.last,
            speakers=self.summary.speakers(), weekly=self.summary.weekly(),
            moments=self.summary.moments(self.analyzer))


def run_analysis(analyzer, path, output=None, report=None, progress=False, **options):
    """Analyses the export at `path`, writes rows to `output` (None: CSV on stdout) and, if
    asked, the HTML report; returns the finished BatchAnalysis for its summary."""
    from pathlib import Path

    from .errors import InputError
    from .writers import output_type, write_frames

    if output is not None:
        output_type(Path(output))  # fail on a bad output name before any work is done
    if report is not None and Path(report).suffix.lower() not in (".html", ".htm"):
        raise InputError(f"{report}: the report is an HTML page; name it .html")
    analysis = BatchAnalysis(analyzer, path, **options)

    def frames():
        from tqdm import tqdm

        with tqdm(unit=" msg", desc="analysing", disable=not progress, leave=False) as bar:
            for frame in analysis:
                bar.update(len(frame))
                yield frame
        if analysis.summary.total == 0:
            skipped = ", ".join(f"{n} {why}" for why, n in analysis.chunks.skipped.items() if n)
            raise InputError(f"{Path(path).name}: no messages to analyse"
                             + (f" (left out: {skipped})" if skipped else "")
                             + "; check that this is the export you meant")

    write_frames(frames(), Path(output) if output is not None else None)
    if report is not None:
        from .files import write_text_atomically
        from .html_report import render_report

        write_text_atomically(Path(report), render_report(analysis.report_data()))
    return analysis
