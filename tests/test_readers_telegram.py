"""Telegram reader: single-chat and full-account result.json, text entities, service and media."""

import json
from pathlib import Path

import pandas as pd
import pytest

from heard.errors import InputError
from heard.readers import read_chat
from heard.readers.telegram import flatten_text

EXPORTS = Path(__file__).parent / "fixtures" / "exports"


def test_single_chat_export():
    log = read_chat(EXPORTS / "telegram_single.json")
    assert log.format == "telegram"
    frame = log.messages
    assert frame["id"].tolist() == ["2", "3", "6"]
    assert frame["speaker"].tolist() == ["Anna Müller", "Ben", "Anna Müller"]
    assert frame["timestamp"].tolist() == [pd.Timestamp("2023-12-31 21:15:03"),
                                           pd.Timestamp("2023-12-31 21:16:00"),
                                           pd.Timestamp("2023-12-31 21:18:00")]
    assert frame["text"].tolist() == ["Du hörst mir nie zu 😤", "That is not true.\nI do listen.",
                                      "Look, the café 👀"]
    assert frame["reply_to"].tolist()[1] == "2"
    assert set(frame["conversation_id"]) == {"Anna Müller"}
    assert log.skipped == {"system": 1, "media": 2, "deleted": 0, "empty": 1}


def test_full_export_reads_every_chat():
    log = read_chat(EXPORTS / "telegram_full.json")
    assert log.messages["conversation_id"].tolist() == ["Ben", "Family"]
    assert log.messages["text"].tolist() == ["Morning!", "@ben you forgot again"]
    assert log.skipped["system"] == 1


def test_text_entities_join_without_extra_spaces():
    assert flatten_text(["a ", {"type": "bold", "text": "b"}, "c"]) == "a bc"
    assert flatten_text("plain") == "plain"
    assert flatten_text(None) == ""


def test_truncated_json_is_one_line_error(tmp_path):
    text = (EXPORTS / "telegram_single.json").read_text(encoding="utf-8")
    path = tmp_path / "result.json"
    path.write_text(text[: len(text) // 2], encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_chat(path, format="telegram")
    message = str(caught.value)
    assert message.startswith("result.json: not valid JSON") and "truncated" in message
    assert "\n" not in message


def test_other_json_forced_as_telegram(tmp_path):
    path = tmp_path / "result.json"
    path.write_text(json.dumps({"hello": "world"}), encoding="utf-8")
    with pytest.raises(InputError, match="not a Telegram export"):
        read_chat(path, format="telegram")
