"""read_chat/iter_chat contract: ChatLog shape, format choice, one-line InputErrors for bad input."""

import json
from pathlib import Path

import pytest

from heard.errors import InputError
from heard.readers import COLUMNS, FORMATS, ChatLog, iter_chat, read_chat

EXPORTS = Path(__file__).parent / "fixtures" / "exports"


def one_line_error(*args, **kwargs) -> str:
    with pytest.raises(InputError) as caught:
        read_chat(*args, **kwargs)
    message = str(caught.value)
    assert "\n" not in message and "Traceback" not in message
    return message


def test_chatlog_shape():
    log = read_chat(EXPORTS / "whatsapp_ios_us.txt")
    assert isinstance(log, ChatLog)
    assert list(log.messages.columns) == list(COLUMNS)
    assert set(log.skipped) == {"system", "media", "deleted", "empty"}
    assert log.bad_lines == []


def test_forcing_a_format_and_unknown_format():
    assert read_chat(EXPORTS / "whatsapp_ios_us.txt", format="text").format == "text"
    assert read_chat(EXPORTS / "whatsapp_ios_us.txt", format="WhatsApp").format == "whatsapp"
    assert "choose one of: " + ", ".join(FORMATS) in one_line_error(
        EXPORTS / "plain.txt", format="skype")


def test_missing_file():
    assert "no such file" in one_line_error(EXPORTS / "nope.txt")


@pytest.mark.parametrize("format", [None, "whatsapp", "text", "csv", "jsonl", "telegram",
                                    "discord", "messenger", "signal", "imessage"])
def test_empty_file(tmp_path, format):
    path = tmp_path / "chat.txt"
    path.write_bytes(b"")
    assert "empty" in one_line_error(path, format=format)


def test_whitespace_only_file(tmp_path):
    path = tmp_path / "chat.txt"
    path.write_text("\n  \n", encoding="utf-8")
    assert "empty" in one_line_error(path)


@pytest.mark.parametrize("format", [None, "whatsapp", "text", "csv", "jsonl", "telegram"])
def test_binary_file(tmp_path, format):
    path = tmp_path / "chat.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert "binary" in one_line_error(path, format=format)


def test_wrong_encoding_at_the_start(tmp_path):
    path = tmp_path / "chat.txt"
    path.write_bytes("31/12/2023, 21:15 - Zoé: café\n".encode("latin-1"))
    message = one_line_error(path)
    assert "not UTF-8" in message and "0xe9" in message and "re-save" in message


def test_wrong_encoding_later_in_the_file(tmp_path):
    path = tmp_path / "chat.txt"
    good = "".join(f"31/12/2023, 21:15 - A: line {i}\n" for i in range(5000)).encode("utf-8")
    path.write_bytes(good + "31/12/2023, 21:16 - Zoé: café\n".encode("latin-1"))
    assert "not UTF-8" in one_line_error(path)


def test_malformed_json_for_each_json_format(tmp_path):
    path = tmp_path / "export.json"
    path.write_text('{"messages": [{"id": 1,,}]}', encoding="utf-8")
    for format in ("telegram", "discord", "messenger"):
        assert "not valid JSON" in one_line_error(path, format=format)


def test_unexpected_structure_is_an_input_error(tmp_path):
    path = tmp_path / "result.json"
    path.write_text(json.dumps({"messages": [1, "two"]}), encoding="utf-8")
    for format in ("telegram", "discord", "messenger"):
        message = one_line_error(path, format=format)
        assert "unexpected" in message or "not a" in message


def test_damaged_zip(tmp_path):
    path = tmp_path / "chat.zip"
    path.write_bytes(b"PK\x03\x04 this is not really a zip")
    assert "zip" in one_line_error(path)


def test_column_options_only_for_tables():
    message = one_line_error(EXPORTS / "whatsapp_ios_us.txt", text_col="text")
    assert "--text-col only applies to csv and jsonl" in message


def test_strict_error_lists_count_and_first_lines(tmp_path):
    path = tmp_path / "chat.txt"
    path.write_text("".join(f"junk {i}\n" for i in range(8)) + "31/12/2023, 21:15 - A: hi\n",
                    encoding="utf-8")
    message = one_line_error(path, strict=True)
    assert "8 line(s)" in message and "line 1, 2, 3, 4, 5, …" in message


def test_iter_chat_reports_after_iteration(tmp_path):
    chunks = iter_chat(EXPORTS / "whatsapp_android_dmy.txt", chunk_size=2)
    assert chunks.format == "whatsapp"
    frames = list(chunks)
    assert [len(f) for f in frames] == [2, 1]
    assert chunks.skipped == {"system": 5, "media": 1, "deleted": 2, "empty": 0}


def test_iter_chat_strict_raises_before_the_last_chunk(tmp_path):
    path = tmp_path / "chat.txt"
    path.write_text("junk\n31/12/2023, 21:15 - A: hi\n", encoding="utf-8")
    chunks = iter_chat(path, strict=True)
    with pytest.raises(InputError, match="1 line"):
        next(chunks)


def test_bad_chunk_size():
    with pytest.raises(InputError, match="chunk size"):
        iter_chat(EXPORTS / "plain.txt", chunk_size=0)


def test_truncated_json_is_reported_as_such_when_detecting(tmp_path):
    path = tmp_path / "result.json"
    path.write_text('{"messages": [{"id": 1,', encoding="utf-8")
    assert "not valid JSON" in one_line_error(path)


FIXTURE_FILES = sorted(p for p in EXPORTS.rglob("*") if p.is_file())


@pytest.mark.parametrize("fixture", FIXTURE_FILES, ids=lambda p: p.name)
def test_cut_off_exports_fail_only_with_input_errors(tmp_path, fixture):
    data = fixture.read_bytes()
    for cut in (1, len(data) // 3, len(data) - 7):
        path = tmp_path / fixture.name
        path.write_bytes(data[:cut])
        for format in (None, "whatsapp", "telegram", "csv", "jsonl"):
            try:
                read_chat(path, format=format)
            except InputError as exc:
                assert "\n" not in str(exc)
