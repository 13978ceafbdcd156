"""What the cuts leave (grammar_repairs.py): no emptied "when,", no counterfactual read as an event,
no greeting mid-text, no jab kept as a condition, no future/perfect in a when-slot, no past act with a
present-tense jab beside it, and "Some of us actually read the X" passed on as the fact and its place.
"""

from __future__ import annotations

import re

import pytest
from conftest import below_thresholds, some_texts, texts_of

from heard.rewrite.grammar_repairs import repaired_grammar

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Mum, you made me miss the 9:40 train by calling three times, this is entirely on you.",
    "DAD, YOU MADE ME MISS THE BUS BY CALLING TWICE. THIS IS ON YOU.",
    "Jen you made me miss my 3pm appointment by ringing me, that's on you 🙄",
])
def test_no_suggestion_has_an_emptied_when_slot(rewrite, text):
    for suggestion in texts_of(rewrite(text)):
        assert not re.search(r"\bwhen\s*,", suggestion, re.I), suggestion


@pytest.mark.parametrize("text", [
    "Honestly, if your Jayden hadn't started it, none of the kids would have been sent home.",
    "If your brother hadn't shouted, nobody would have called the police!!",
])
def test_a_counterfactual_is_never_told_as_what_happened(rewrite, text):
    for suggestion in texts_of(rewrite(text)):
        assert not re.search(r"\b(?:when|that)\b[^.?!]*\bwould(?:n't)? have\b", suggestion, re.I), suggestion


@pytest.mark.parametrize("text, name", [
    ("Hi Marcus, the client deck went out with last quarter's figures because you didn't check it. This is on you.", "Marcus"),
    ("Hi Tom, the order shipped late because you never confirmed it. Well done.", "Tom"),
])
def test_a_greeting_is_never_left_mid_text(rewrite, text, name):
    for suggestion in texts_of(rewrite(text)):
        assert not re.search(r"(?<=[.!?] )(?:Hi|Hey|Hello)\b", suggestion), suggestion
        assert name in suggestion


@pytest.mark.parametrize("text", [
    "Can't you ever replace the loo roll when it's literally 80p?",
    "Why do you never put the bins out when it's literally one minute of your time?",
    "can't you just text me when it takes literally five seconds??",
])
def test_a_jab_in_a_when_clause_is_not_kept_as_a_condition(rewrite, analyzer, text):
    for suggestion in texts_of(rewrite(text)):
        assert not re.search(r"\bwhen it (?:'s|is|was|takes)\b", suggestion), suggestion
        assert below_thresholds(analyzer, suggestion), suggestion


@pytest.mark.parametrize("text", [
    "because of you we're going to be late to your sister's wedding. were the 40 minutes on your hair worth it?",
    "Because of you we're going to miss the ferry. Was that extra coffee worth it?",
    "Your dog has dug under our fence for the third time this month. You clearly don't care about anyone but yourselves.",
])
def test_no_future_or_perfect_in_a_when_slot(rewrite, text):
    for suggestion in texts_of(rewrite(text)):
        assert not re.search(r"\bwhen (?:we|you|your \w+)(?:'re| are| has| have) (?:going to|\w+ed|dug)\b", suggestion, re.I), suggestion


@pytest.mark.parametrize("text, kept", [
    ("Typical Tom, leaving Dad's hospital visits to me while you post beach pics from Lisbon.", "Dad's hospital visits"),
    ("Typical Sarah, leaving all the wedding admin to me while you post brunch photos.", "wedding admin"),
])
def test_a_past_act_keeps_its_event_without_the_present_jab(rewrite, text, kept):
    found = some_texts(rewrite(text))
    assert kept in found[0], found
    for suggestion in found:
        assert not re.search(r"\bwhile you (?:post|'re)\b", suggestion), suggestion


@pytest.mark.parametrize("text, kept, fact", [
    ("Some of us actually read the class WhatsApp, Karen. The bake sale was Thursday, not Friday.", "the class WhatsApp",
     "bake sale was Thursday, not Friday"),
    ("Some of us actually check the team Slack, Dave. The standup moved to 9.", "the team Slack", "standup moved to 9"),
    ("some of us read the school newsletter, Gemma. Non-uniform day was Monday!", "the school newsletter",
     "day was Monday"),
])
def test_some_of_us_passes_on_the_fact_and_where_it_was(rewrite, analyzer, text, kept, fact):
    found = some_texts(rewrite(text))
    assert kept in found[0] and fact in found[0], found
    assert "some of us" not in found[0].lower()
    assert below_thresholds(analyzer, found[0]), found[0]


def test_repairs_leave_a_sound_sentence_alone():
    for text in ["I was upset when you left while you were ill. Can we talk about it?",
                 "Marcus, I felt upset when you didn't check the deck. Could we go over it together?",
                 "Could you text me when you get home?"]:
        assert repaired_grammar("You never text me when you get home!", text) == text
