"""Generic CSV and JSONL reader: column guessing, --text-col and co., extra columns, bad rows."""

from pathlib import Path

import pandas as pd
import pytest

from heard.errors import InputError
from heard.readers import COLUMNS, iter_chat, read_chat
from heard.readers.tabular import parse_times

EXPORTS = Path(__file__).parent / "fixtures" / "exports"


def test_csv_guesses_columns_and_keeps_the_others():
    log = read_chat(EXPORTS / "generic.csv")
    frame = log.messages
    assert log.format == "csv"
    assert list(frame.columns) == [*COLUMNS, "likes"]
    assert frame["speaker"].tolist()[:2] == ["Anna", "Ben"]
    assert pd.isna(frame["speaker"].tolist()[2])
    assert frame["text"].tolist() == ["You never listen, ever.",
                                      "I hear you; that sounds frustrating.\nWhat would help?",
                                      "Just a message with no author or time"]
    assert frame["timestamp"].tolist()[:2] == [pd.Timestamp("2024-01-15 21:15:03"),
                                               pd.Timestamp("2024-01-15 21:16:00")]
    assert pd.isna(frame["timestamp"].tolist()[2])
    assert frame["id"].tolist() == ["1", "2", "4"]
    assert frame["likes"].tolist() == ["3", "5", "1"]
    assert log.skipped == {"system": 0, "media": 0, "deleted": 0, "empty": 1}


def test_csv_with_named_columns_and_epoch_seconds():
    log = read_chat(EXPORTS / "custom_columns.csv", text_col="body2", speaker_col="who",
                    time_col="when")
    frame = log.messages
    assert list(frame.columns) == [*COLUMNS, "lang"]
    assert frame["text"].tolist() == ["Ça va? 😊", "Fine"]
    assert frame["speaker"].tolist() == ["Zoë", "Li"]
    assert frame["timestamp"].tolist()[0] == pd.Timestamp("2024-01-15 21:15:03", tz="UTC")


def test_csv_without_text_column_says_to_use_text_col():
    with pytest.raises(InputError, match="no text column .*--text-col"):
        read_chat(EXPORTS / "custom_columns.csv")


def test_missing_named_column_lists_the_real_ones():
    with pytest.raises(InputError, match=r"no column 'msg' for --text-col \(columns: author, "
                                         r"date, message, likes\)"):
        read_chat(EXPORTS / "generic.csv", text_col="msg")


def test_jsonl_reads_records_and_extra_fields():
    log = read_chat(EXPORTS / "generic.jsonl")
    frame = log.messages
    assert log.format == "jsonl"
    assert list(frame.columns) == [*COLUMNS, "mood"]
    assert frame["speaker"].tolist() == ["Anna", "Ben"]
    assert frame["text"].tolist() == ["Why me? 😩", "Because I trust you.\nReally."]
    assert frame["timestamp"].tolist() == [pd.Timestamp("2024-01-15 21:15:03"),
                                           pd.Timestamp("2024-01-15 21:16:00")]
    assert log.skipped["empty"] == 1


def test_jsonl_bad_lines_are_reported_or_strict(tmp_path):
    path = tmp_path / "chat.jsonl"
    path.write_text('{"text": "one"}\n{"text": "tw\n[1, 2]\n{"text": "three"}\n',
                    encoding="utf-8")
    log = read_chat(path)
    assert log.messages["text"].tolist() == ["one", "three"]
    assert log.bad_lines == [2, 3]
    with pytest.raises(InputError, match=r"2 line\(s\) .*line 2, 3"):
        read_chat(path, strict=True)


def test_jsonl_with_no_object_at_all(tmp_path):
    path = tmp_path / "chat.jsonl"
    path.write_text("not json\nstill not\n", encoding="utf-8")
    with pytest.raises(InputError, match="no line is a JSON object"):
        read_chat(path)


def test_csv_rows_with_too_many_fields_are_bad_lines(tmp_path):
    path = tmp_path / "chat.csv"
    path.write_text("speaker,text\nA,hello\nB,too,many\nC,bye\n", encoding="utf-8")
    log = read_chat(path)
    assert log.messages["text"].tolist() == ["hello", "bye"]
    assert log.bad_lines == [3]


def test_csv_in_chunks(tmp_path):
    path = tmp_path / "chat.csv"
    path.write_text("text\n" + "".join(f"m{i}\n" for i in range(7)), encoding="utf-8")
    frames = list(iter_chat(path, chunk_size=3))
    assert [len(f) for f in frames] == [3, 3, 1]
    assert frames[-1]["id"].tolist() == ["7"]


def test_parse_times_handles_mixed_offsets_and_epoch_millis():
    mixed = parse_times(pd.Series(["2024-01-01T10:00:00+01:00", "2024-01-01T10:00:00+02:00"]))
    assert mixed.tolist() == [pd.Timestamp("2024-01-01 09:00", tz="UTC"),
                              pd.Timestamp("2024-01-01 08:00", tz="UTC")]
    millis = parse_times(pd.Series(["1705353303000", ""]))
    assert millis.tolist()[0] == pd.Timestamp("2024-01-15 21:15:03", tz="UTC")
