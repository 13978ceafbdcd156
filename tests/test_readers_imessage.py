"""iMessage reader: imessage-exporter TXT with receipts, reactions, edits, replies, attachments."""

from pathlib import Path

import pandas as pd

from heard.readers import read_chat

EXPORTS = Path(__file__).parent / "fixtures" / "exports"


def test_imessage_exporter_txt():
    log = read_chat(EXPORTS / "imessage_Anna.txt")
    assert log.format == "imessage"
    frame = log.messages
    assert frame["speaker"].tolist() == ["Anna", "Me", "Anna", "Me", "Anna"]
    assert frame["text"].tolist() == ["Why didn't you call? 😢", "I'm sorry.\nI lost track of time.",
                                      "It's fine, really.", "Thank you", "You're welcome"]
    assert frame["timestamp"].tolist()[:2] == [pd.Timestamp("2024-01-15 21:15:03"),
                                               pd.Timestamp("2024-01-15 21:16:10")]
    assert frame["timestamp"].tolist()[2] == pd.Timestamp("2024-01-15 10:05:00")
    # rename is system, the HEIC path is media, "You deleted a message." is deleted
    assert log.skipped == {"system": 1, "media": 1, "deleted": 1, "empty": 0}
    assert log.bad_lines == []
