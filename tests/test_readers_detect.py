"""Format detection from names, first bytes and first lines."""

from pathlib import Path

import pytest

from heard.errors import InputError
from heard.readers import FORMATS, detect_format

EXPORTS = Path(__file__).parent / "fixtures" / "exports"


@pytest.mark.parametrize("name, expected", [
    ("whatsapp_android_dmy.txt", "whatsapp"),
    ("WhatsApp Chat with Ben.txt", "whatsapp"),
    ("whatsapp_ios.txt", "whatsapp"),
    ("whatsapp_ios_us.txt", "whatsapp"),
    ("whatsapp_dashes.txt", "whatsapp"),
    ("whatsapp_es.txt", "whatsapp"),
    ("whatsapp_yearfirst.txt", "whatsapp"),
    ("WhatsApp Chat - Familie.zip", "whatsapp"),
    ("telegram_single.json", "telegram"),
    ("telegram_full.json", "telegram"),
    ("slack_workspace", "slack"),
    ("discord_channel.csv", "discord"),
    ("discord_channel.json", "discord"),
    ("messenger_chat", "messenger"),
    ("messenger_chat/message_1.json", "messenger"),
    ("instagram_message_1.json", "messenger"),
    ("signal-export/Anna/chat.md", "signal"),
    ("imessage_Anna.txt", "imessage"),
    ("generic.csv", "csv"),
    ("custom_columns.csv", "csv"),
    ("generic.jsonl", "jsonl"),
    ("plain.txt", "text"),
])
def test_detects_every_fixture(name, expected):
    assert detect_format(EXPORTS / name) == expected


def test_formats_list():
    assert set(FORMATS) == {"whatsapp", "telegram", "slack", "discord", "messenger", "signal",
                            "imessage", "csv", "jsonl", "text"}


def test_jsonl_without_jsonl_suffix(tmp_path):
    path = tmp_path / "export.json"
    path.write_text('{"text": "a"}\n{"text": "b"}\n', encoding="utf-8")
    assert detect_format(path) == "jsonl"


def test_single_slack_day_file_asks_for_the_whole_export():
    with pytest.raises(InputError, match="one day of a Slack export"):
        detect_format(EXPORTS / "slack_workspace" / "general" / "2024-01-15.json")


def test_unknown_json(tmp_path):
    path = tmp_path / "x.json"
    path.write_text('{"a": 1}', encoding="utf-8")
    with pytest.raises(InputError, match="use --format"):
        detect_format(path)


def test_zip_without_a_chat(tmp_path):
    import zipfile
    path = tmp_path / "photos.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("a.jpg", b"x")
        archive.writestr("b.jpg", b"y")
    with pytest.raises(InputError, match="no WhatsApp chat"):
        detect_format(path)
