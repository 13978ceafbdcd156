"""Slack reader: workspace export as a folder and as a zip; names, threads, subtypes, markup."""

import shutil
from pathlib import Path

import pandas as pd
import pytest

from heard.errors import InputError
from heard.readers import read_chat
from heard.readers.slack import plain_text, slack_time

EXPORTS = Path(__file__).parent / "fixtures" / "exports"
EXPECTED_TEXT = ["@Ben Jones why is the deploy broken & nobody told me?",
                 "Sorry, my fault. See status page", "Thanks, that helps 🙂", "Lunch?"]


def check_workspace(log):
    frame = log.messages
    assert log.format == "slack"
    assert frame["conversation_id"].tolist() == ["general", "general", "general", "random"]
    assert frame["speaker"].tolist() == ["anna.s", "Ben Jones", "anna.s", "anna.s"]
    assert frame["text"].tolist() == EXPECTED_TEXT
    assert frame["id"].tolist()[0] == "1705312860.000200"
    assert frame["reply_to"].tolist()[1] == "1705312860.000200"
    assert pd.isna(frame["reply_to"].tolist()[0])
    assert frame["timestamp"].tolist()[0] == pd.Timestamp("2024-01-15 10:01:00.000200", tz="UTC")
    # channel_join and bot_message are system, file without text is media, tombstone deleted
    assert log.skipped == {"system": 2, "media": 1, "deleted": 1, "empty": 0}


def test_workspace_folder():
    check_workspace(read_chat(EXPORTS / "slack_workspace"))


def test_workspace_zip(tmp_path):
    archive = shutil.make_archive(str(tmp_path / "Acme Slack export"), "zip",
                                  EXPORTS / "slack_workspace")
    check_workspace(read_chat(archive))


def test_markup_and_time_helpers():
    assert plain_text("<@U1> see <#C1|general> &lt;3 <!here> <https://x.org>",
                      {"U1": "Anna"}) == "@Anna see #general <3 @here https://x.org"
    assert slack_time("1700000000.5") == pd.Timestamp("2023-11-14 22:13:20.5", tz="UTC")


def test_folder_without_slack_files(tmp_path):
    (tmp_path / "notes").mkdir()
    with pytest.raises(InputError, match="neither a Slack export"):
        read_chat(tmp_path / "notes")
