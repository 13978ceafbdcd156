"""Signal reader: signal-export chat.md with quotes, reactions, stickers, attachments, calls."""

from pathlib import Path

import pandas as pd

from heard.readers import read_chat

EXPORTS = Path(__file__).parent / "fixtures" / "exports"


def test_signal_export_markdown():
    log = read_chat(EXPORTS / "signal-export" / "Anna" / "chat.md")
    assert log.format == "signal"
    frame = log.messages
    assert frame["speaker"].tolist() == ["Anna", "Me", "Anna"]
    assert frame["text"].tolist() == ["You never text back 😤",
                                      "I'm sorry, I was driving.\nCall later?",
                                      "Okay, thanks for telling me."]
    assert frame["timestamp"].tolist() == [pd.Timestamp("2024-01-15 21:15:03"),
                                           pd.Timestamp("2024-01-15 21:16:00"),
                                           pd.Timestamp("2024-01-15 21:21:00")]
    assert set(frame["conversation_id"]) == {"Anna"}
    assert log.skipped == {"system": 1, "media": 2, "deleted": 1, "empty": 0}
