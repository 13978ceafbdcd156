"""ReportData: what an HTML report of an analysed chat shows, aggregated while streaming."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd


@dataclass
class ReportData:
    source: str                       # the export's file name
    format: str                       # the reader's format name (whatsapp, slack, …)
    labels: list                      # the model's labels, in order
    total_messages: int               # messages analysed
    skipped: dict                     # reason -> count of messages left out (system, media, …)
    first: pd.Timestamp | None        # earliest and latest timestamps (None when unknown)
    last: pd.Timestamp | None
    speakers: pd.DataFrame            # index speaker; columns messages, <label>_rate (0..1)
    weekly: pd.DataFrame              # columns week (Monday, Timestamp), speaker, messages,
                                      # <label>_rate; empty when no message has a timestamp
    moments: dict = field(default_factory=dict)
    # label -> up to 5 dicts, strongest first: {"speaker", "timestamp" (Timestamp or None),
    # "text", "score", "suggestions": [{"text", "strategy", "guidance"}]}
