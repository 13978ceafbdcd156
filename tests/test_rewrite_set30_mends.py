"""Broken shapes from held-out set 30's grades (graded blind at 8b1ce2d; mended after it, so set 30 no longer measures
them), each tried on a same-shape message set 30 does not hold: "when what clock you're using", "Could you be
ashamed of yourself?" and "0, and I've been feeling hurt." are broken English (fluency.py); a feeling quoted from the listener ("and then said "I was just worried". Worried my
foot.") is not taken for the speaker's (message._echoed_words, feelings.named_feeling)."""

import re

import pytest

from heard.rewrite.fluency import broken


@pytest.mark.parametrize("text", [
    "Gareth, I get really frustrated when what clock you're using. Could we figure this out together?",
    "Chidi, I've been feeling frustrated. Could you be ashamed of yourself?",
    "0, and I've been feeling hurt. Could we talk about it?",
])
def test_a_cut_that_leaves_these_shapes_is_broken(text):
    assert broken(text)


@pytest.mark.parametrize("text", [
    "0 heals isn't the whole story, and I know that.",
    "I get really frustrated when what I say gets ignored in meetings.",
    "I could be wrong about the date.",
    "When you left the door open, I was worried.",
])
def test_plain_sentences_are_not_broken(text):
    assert not broken(text)


@pytest.mark.model
@pytest.mark.parametrize("text, quoted", [
    ("Typical Bisi. You put my news on the family WhatsApp and then said \"I was just worried\". Worried my foot.",
     "worried"),
    ("You told Aunty Ngozi about my divorce and then said \"I was only worried about you\". Worried my foot.", "worried"),
])
def test_a_feeling_quoted_from_the_listener_is_not_the_speakers(rewrite, text, quoted):
    found = [s["text"] for s in rewrite(text).suggestions]
    assert found, text
    assert not any(re.search(rf"\b(?:feel|felt|feeling) {quoted}\b|\b{quoted} me\b", s) for s in found), found
