"""Plain-text reader: one message per line."""

from pathlib import Path

import pandas as pd

from heard.readers import read_chat

EXPORTS = Path(__file__).parent / "fixtures" / "exports"


def test_one_message_per_line():
    log = read_chat(EXPORTS / "plain.txt")
    assert log.format == "text"
    frame = log.messages
    assert frame["text"].tolist() == ["You never listen to me.",
                                      "I'm sorry, that sounds hard. Café tomorrow? ☕"]
    assert frame["id"].tolist() == ["1", "3"]
    assert frame["speaker"].isna().all() and frame["timestamp"].isna().all()
    assert pd.api.types.is_datetime64_any_dtype(frame["timestamp"])
    assert log.skipped["empty"] == 1


def test_utf8_bom_and_utf16_files(tmp_path):
    bom = tmp_path / "bom.txt"
    bom.write_bytes("\ufeffhello\nworld\n".encode("utf-8"))
    assert read_chat(bom).messages["text"].tolist() == ["hello", "world"]
    utf16 = tmp_path / "utf16.txt"
    utf16.write_text("héllo\n", encoding="utf-16")
    assert read_chat(utf16).messages["text"].tolist() == ["héllo"]
