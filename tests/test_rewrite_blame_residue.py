"""The blame a suggestion would carry in its situation clause (blame_residue.py): taken out, the event kept.

"you made me miss X", "because of your merge", "that's on you", "it seems like you don't think about
anyone", "on purpose", "threw the raid", "make everything about X", "the worst films", "finally",
"a simple text": none of it survives into a suggestion, and what happened (the bus, the merge, the
driveway, the time) is still said, in English a person would send.
"""

from __future__ import annotations

import re

import pytest
from conftest import assert_kept_without, some_texts, texts_of

from heard.rewrite.blame_residue import without_blame_residue

pytestmark = pytest.mark.model

_RESIDUE = re.compile(r"\bmade me\b|\bbecause of (?:you|your)\b|\bthanks to you\b|\bon you\b|\bon purpose\b|"
                      r"\bdeliberately\b|\bthrew\b|\beverything\b|\bthe worst\b|\bfinally\b|\bsimple\b|"
                      r"\bseems like you don't\b|\bwhen glad\b|\bby\s*[.?!,]|\bby$", re.I)


@pytest.mark.parametrize("text, kept", [
    ("you made me miss the bus by faffing about with your shoes", r"\bI missed the bus\b"),
    ("YOU MADE ME MISS THE BUS BY FAFFING ABOUT WITH YOUR SHOES", r"\bI missed the bus\b"),
    ("The deadline slipped because of your code review, Priya. That's on you.", r"\bdeadline slipped\b.*\bcode review\b"),
    ("Dinner got cold because of your phone call, this is on you 🙄", r"\bdinner got cold\b.*\bphone call\b"),
    ("Your car blocks the bins every Tuesday. Do you even think about anyone else?",
     r"\bwhen your car blocks the bins every Tuesday\b"),
    ("Why do you always have to make everything about your job?", r"\byour job\b"),
    ("you always pick the worst films and then fall asleep halfway lol", r"\bfilms\b.*\basleep halfway\b"),
    ("nice of you to finally reply to my email three days later", r"\breplied to my email three days later\b"),
])
def test_the_fault_goes_and_the_event_stays(rewrite, analyzer, text, kept):
    found = some_texts(rewrite(text))
    assert_kept_without(found, kept, _RESIDUE, analyzer)


def test_no_suggestion_says_you_made_me():
    """The fault clause is turned round to what happened to the speaker, never left dangling."""
    out = without_blame_residue("You made me miss my train by dawdling with the car keys.",
                                "It was frustrating when you made me miss my train by dawdling with the car keys.")
    assert out == "It was frustrating when I missed my train."


def test_a_plain_by_phrase_is_kept_as_while():
    out = without_blame_residue("you made me miss the bus by looking for your shoes",
                                "I was upset when you made me miss the bus by looking for your shoes.")
    assert out == "I was upset when I missed the bus while you were looking for your shoes."


def test_took_so_long_stays_without_a_time():
    """With no time named, "took so long to show up" is the complaint itself, not a dig to drop."""
    text = "I felt let down when you took so long to show up. Could you text me next time?"
    assert without_blame_residue("Nice of you to finally show up.", text) == text


def test_only_the_messages_own_words_are_touched():
    """A template's own wording ("simple", "finally") is not the sender's dig."""
    text = "Could we find a simple way to share the chores? I'd finally feel we're a team."
    assert without_blame_residue("you never do the dishes", text) == text


def test_make_everything_about_you_reads_as_english():
    out = without_blame_residue("you make everything about you", "Could we talk about making everything about you?")
    assert out == "Could we talk about how you bring the conversation back to yourself?"


@pytest.mark.parametrize("text", [
    "You deliberately left me off the email thread.",
    "Why can't you manage to send a simple invoice on time?",
    "bro you threw the whole raid and now you're blaming lag?",
])
def test_intent_and_digs_never_survive(rewrite, text):
    for suggestion in texts_of(rewrite(text)):
        assert not re.search(r"\bdeliberately\b|\bsimple\b|\bthrew\b|\bmanage to\b|\bwhole\b", suggestion, re.I), suggestion


def test_the_speakers_own_denial_of_intent_is_kept():
    """"on purpose" said of the speaker ("it felt like I cut your hedge on purpose") is their account."""
    text = "I'm sorry it felt like I cut your hedge on purpose. Can we talk it through?"
    assert without_blame_residue("I didn't cut your hedge on purpose, it was hanging over my side.", text) == text
