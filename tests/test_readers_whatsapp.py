"""WhatsApp reader: Android and iOS headers, locales, day/month order, notices and placeholders."""

from pathlib import Path

import pandas as pd
import pytest

from heard.errors import InputError
from heard.readers import COLUMNS, iter_chat, read_chat

EXPORTS = Path(__file__).parent / "fixtures" / "exports"


def messages(log):
    frame = log.messages
    return [(row.speaker, row.timestamp, row.text) for row in frame.itertuples()]


def test_android_day_first_24h_with_notices_media_and_multiline():
    log = read_chat(EXPORTS / "whatsapp_android_dmy.txt")
    assert log.format == "whatsapp"
    assert list(log.messages.columns) == list(COLUMNS)
    assert messages(log) == [
        ("Anna", pd.Timestamp("2023-12-31 21:15"), "You never listen to me 😤"),
        ("John-John Doe", pd.Timestamp("2023-12-31 21:16"),
         "That's not fair: I was at work.\nLet me explain.\nCafé at 8?"),
        ("John-John Doe", pd.Timestamp("2024-01-02 13:05"), "I hear you. Sorry 🙏"),
    ]
    # encrypted notice, created group "Family: plans", added, changed subject, left
    assert log.skipped == {"system": 5, "media": 1, "deleted": 2, "empty": 0}
    assert log.bad_lines == []
    assert log.messages["id"].tolist() == ["4", "5", "12"]
    assert set(log.messages["conversation_id"]) == {"whatsapp_android_dmy"}
    assert log.messages["reply_to"].isna().all()


def test_android_us_month_first_12h_with_narrow_space_and_attached_files():
    log = read_chat(EXPORTS / "WhatsApp Chat with Ben.txt")
    assert messages(log) == [
        ("Ben", pd.Timestamp("2023-12-31 21:15"), "Why do you always do this?"),
        ("Cleo", pd.Timestamp("2023-12-31 21:16"), "I'm sorry, you're right."),
        ("Ben", pd.Timestamp("2024-01-01 00:05"), "Happy new year 🎉"),
        ("Cleo", pd.Timestamp("2024-01-01 12:31"), "Look at this view!"),
    ]
    assert log.skipped == {"system": 1, "media": 1, "deleted": 0, "empty": 0}
    assert set(log.messages["conversation_id"]) == {"Ben"}


def test_ios_brackets_dots_marks_tilde_names_and_placeholders():
    log = read_chat(EXPORTS / "whatsapp_ios.txt")
    assert messages(log) == [
        ("Anna", pd.Timestamp("2023-12-31 21:16:10"), "Schön, dass du da bist! 😊"),
        ("Carla", pd.Timestamp("2023-12-31 21:17:00"), "It's always my fault, isn't it?\nWhatever."),
        ("Anna", pd.Timestamp("2024-01-01 10:00:00"), "I understand why that hurt."),
    ]
    # system: encrypted (as "Familie:"), created group, "added you", "Carla left" (marked)
    # media: image, video, sticker, GIF, audio, document, <attached: …>
    assert log.skipped == {"system": 4, "media": 7, "deleted": 1, "empty": 1}


def test_ios_us_month_first_with_seconds():
    log = read_chat(EXPORTS / "whatsapp_ios_us.txt")
    assert [t for _, t, _ in messages(log)] == [
        pd.Timestamp("2023-12-31 21:15:03"), pd.Timestamp("2023-12-31 21:15:45"),
        pd.Timestamp("2024-01-13 07:02:00")]


@pytest.mark.parametrize("name, expected", [
    ("whatsapp_dashes.txt", [("Daan", "2022-04-26 12:11", "Jij bent altijd te laat!"),
                             ("Eva", "2022-04-26 12:12", "Dat is niet waar.")]),
    ("whatsapp_es.txt", [("Michelle", "2017-06-20 20:28", "¿Por qué nunca me escuchas?"),
                         ("Tomás", "2017-06-20 20:29", "Tienes razón, lo siento."),
                         ("Michelle", "2017-06-21 09:05", "Gracias ❤️")]),
    ("whatsapp_yearfirst.txt", [("John Doe", "2019-01-20 11:23", "Lorem ipsum"),
                                ("Jane Doe", "2019-01-30 20:49",
                                 "It's your fault,\nand you know it.")]),
])
def test_locale_variants(name, expected):
    log = read_chat(EXPORTS / name)
    assert messages(log) == [(s, pd.Timestamp(t), x) for s, t, x in expected]


def test_zip_export_reads_chat_member_and_names_conversation():
    log = read_chat(EXPORTS / "WhatsApp Chat - Familie.zip")
    assert log.format == "whatsapp"
    assert len(log.messages) == 3
    assert set(log.messages["conversation_id"]) == {"Familie"}
    assert log.skipped == {"system": 4, "media": 7, "deleted": 1, "empty": 1}


def _write(tmp_path, text, name="chat.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_ambiguous_dates_are_day_first_with_24h_clock(tmp_path):
    path = _write(tmp_path, "01/02/2024, 21:15 - A: hi\n03/02/2024, 21:16 - B: ok\n")
    assert read_chat(path).messages["timestamp"].tolist() == [
        pd.Timestamp("2024-02-01 21:15"), pd.Timestamp("2024-02-03 21:16")]


def test_ambiguous_dates_are_month_first_with_12h_clock(tmp_path):
    path = _write(tmp_path, "1/2/24, 9:15 PM - A: hi\n")
    assert read_chat(path).messages["timestamp"].tolist() == [pd.Timestamp("2024-01-02 21:15")]


def test_day_month_order_comes_from_the_whole_file(tmp_path):
    lines = [f"1/{day}/24, 10:00 - A: msg {day}" for day in range(1, 12)] + ["1/20/24, 10:00 - A: x"]
    log = read_chat(_write(tmp_path, "\n".join(lines) + "\n"))
    assert log.messages["timestamp"].iloc[0] == pd.Timestamp("2024-01-01 10:00")
    assert log.messages["timestamp"].iloc[-1] == pd.Timestamp("2024-01-20 10:00")


def test_conflicting_orders_majority_wins_and_losers_are_bad_lines(tmp_path):
    text = ("13/01/24, 10:00 - A: one\n14/01/24, 10:00 - A: two\n"
            "01/15/24, 10:00 - A: odd one out\ncontinued\n")
    log = read_chat(_write(tmp_path, text))
    assert log.messages["text"].tolist() == ["one", "two"]
    assert log.bad_lines == [3, 4]


def test_lines_before_the_first_header_are_bad_lines(tmp_path):
    text = "garbage line\n\n31/12/2023, 21:15 - A: hello\nsecond line\n"
    log = read_chat(_write(tmp_path, text))
    assert log.bad_lines == [1]
    assert log.messages["text"].tolist() == ["hello\nsecond line"]


def test_strict_turns_bad_lines_into_one_error(tmp_path):
    path = _write(tmp_path, "junk\nmore junk\n31/12/2023, 21:15 - A: hello\n")
    with pytest.raises(InputError) as caught:
        read_chat(path, strict=True)
    message = str(caught.value)
    assert "\n" not in message
    assert "2 line(s)" in message and "line 1, 2" in message and "--strict" in message


def test_forced_whatsapp_on_other_text_names_the_problem_and_fix(tmp_path):
    path = _write(tmp_path, "just some text\nno headers here\n")
    with pytest.raises(InputError, match=r"chat\.txt: no WhatsApp message header found in the "
                                         r"first 50 lines; use --format"):
        read_chat(path, format="whatsapp")


def test_notice_without_colon_and_lrm_at_line_start(tmp_path):
    text = ("\u200e31/12/2023, 21:15 - You were added\n"
            "\u200e31/12/2023, 21:16 - Ana: <Media omitted>\n"
            "31/12/2023, 21:17 - Ana: Missed voice call\n"
            "31/12/2023, 21:18 - Ana: Bob left early, so rude\n")
    log = read_chat(_write(tmp_path, text))
    assert log.messages["text"].tolist() == ["Bob left early, so rude"]
    assert log.skipped == {"system": 2, "media": 1, "deleted": 0, "empty": 0}


def test_iter_chat_yields_chunks_and_read_chat_concatenates(tmp_path):
    lines = [f"31/12/2023, 21:{m:02d} - A: message {m}" for m in range(25)]
    path = _write(tmp_path, "\n".join(lines) + "\n")
    chunks = iter_chat(path, chunk_size=10)
    frames = list(chunks)
    assert [len(f) for f in frames] == [10, 10, 5]
    assert all(list(f.columns) == list(COLUMNS) for f in frames)
    assert chunks.format == "whatsapp" and chunks.bad_lines == []
    whole = read_chat(path).messages
    pd.testing.assert_frame_equal(pd.concat(frames, ignore_index=True), whole)


def test_messages_that_mention_notice_words_are_kept(tmp_path):
    # A person can write "changed the subject"; only WhatsApp's own wording is a notice.
    from heard.readers import read_chat

    path = tmp_path / "chat.txt"
    path.write_text(
        "12/03/2024, 09:00 - Priya created group \"Flat 4B\"\n"
        "12/03/2024, 09:01 - Tom: i felt brushed off when you changed the subject. can we talk?\n"
        "12/03/2024, 09:02 - Jess: lol who changed the subject from dinner to bins\n",
        encoding="utf-8")
    log = read_chat(path)
    assert list(log.messages["speaker"]) == ["Tom", "Jess"]
    assert log.skipped["system"] == 1
