"""Messenger/Instagram reader: mojibake repair, newest-first files, unsent, notices, media."""

from pathlib import Path

import pandas as pd

from heard.readers import read_chat
from heard.readers.messenger import fix_mojibake

EXPORTS = Path(__file__).parent / "fixtures" / "exports"


def test_folder_of_message_files_sorted_oldest_first():
    log = read_chat(EXPORTS / "messenger_chat")
    assert log.format == "messenger"
    frame = log.messages
    assert frame["speaker"].tolist() == ["Sam", "Zoë Brontë"]
    assert frame["text"].tolist() == ["You never call me back!", "Désolée, tu as raison 🙏"]
    assert frame["timestamp"].tolist() == [pd.Timestamp(1705312940000, unit="ms", tz="UTC"),
                                           pd.Timestamp(1705312960000, unit="ms", tz="UTC")]
    assert set(frame["conversation_id"]) == {"Zoë Brontë"}
    # call, "named the group", "reacted ❤ to your message", "sent an attachment."
    assert log.skipped == {"system": 4, "media": 1, "deleted": 1, "empty": 0}


def test_single_instagram_file():
    log = read_chat(EXPORTS / "instagram_message_1.json")
    assert log.messages["text"].tolist() == ["C'est toujours ta faute 😒"]
    assert log.skipped["system"] == 1


def test_mojibake_repair_leaves_correct_text_alone():
    assert fix_mojibake("Ã©tÃ©") == "été"
    assert fix_mojibake("déjà vu") == "déjà vu"
    assert fix_mojibake("🙂") == "🙂"
