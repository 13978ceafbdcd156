"""Discord reader: DiscordChatExporter CSV and JSON."""

from pathlib import Path

import pandas as pd

from heard.readers import COLUMNS, read_chat

EXPORTS = Path(__file__).parent / "fixtures" / "exports"


def test_csv_export():
    log = read_chat(EXPORTS / "discord_channel.csv")
    assert log.format == "discord"
    frame = log.messages
    assert list(frame.columns) == [*COLUMNS, "AuthorID", "Attachments", "Reactions"]
    assert frame["speaker"].tolist() == ["anna#0001", "ben#0002"]
    assert frame["text"].tolist() == ["You ALWAYS ignore my PRs 😠", "Fair point.\nI'll look now."]
    assert frame["timestamp"].tolist() == [pd.Timestamp("2024-01-15 09:00:00.123", tz="UTC"),
                                           pd.Timestamp("2024-01-15 09:05:00", tz="UTC")]
    assert frame["Reactions"].tolist() == ["", "👍 (1)"]
    assert log.skipped == {"system": 1, "media": 1, "deleted": 0, "empty": 1}


def test_json_export():
    log = read_chat(EXPORTS / "discord_channel.json")
    assert log.format == "discord"
    frame = log.messages
    assert frame["id"].tolist() == ["1002", "1003"]
    assert frame["speaker"].tolist() == ["Anna", "Benny"]
    assert frame["text"].tolist() == ["Who broke the build? 🙄", "Me, sorry — fixing it."]
    assert frame["reply_to"].tolist()[1] == "1002"
    assert frame["timestamp"].tolist()[0] == pd.Timestamp("2024-01-15 09:00:00.123", tz="UTC")
    assert set(frame["conversation_id"]) == {"general"}
    assert log.skipped == {"system": 1, "media": 1, "deleted": 0, "empty": 0}
