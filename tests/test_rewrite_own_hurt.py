"""The speaker's own hurt said sideways (own_hurt.py): the rewrite says the feeling and need plainly.

"I guess my opinion doesn't count then", "guess I'll just wait here forever", "sorry it hurt, wasn't
my intention tho", "must be nice to be asked", "don't mind me, I only live here".
"""

from __future__ import annotations

import re

import pytest
from conftest import some_texts, texts_of

pytestmark = pytest.mark.model

# The sideways words themselves: a plain rewrite never says them back.
_SIDEWAYS = re.compile(r"\bI guess\b|\bI suppose\b|\bclearly\b|\bobviously\b|\bforever\b|must be nice|don't mind me|"
                       r"\bonly live here\b|\bdoesn't count\b|\bdon't matter\b|\bused to it\b|\btho\b|just saying|"
                       r"\bwhatever\b|\bas usual\b|\bI'll just\b", re.I)
# Answers for the wrong person: the speaker is the one hurting, not the listener.
_WRONG_PERSON = re.compile(r"I hear how upset|makes sense that you're upset|I can see this (?:really )?upset you|"
                           r"I can hear that you're upset|I'm sorry I brushed|I notice I'm getting defensive", re.I)


@pytest.mark.parametrize("text, kept", [
    ("I guess my opinion doesn't count then", r"^I'd like my opinion to count\b"),
    ("I suppose my feelings don't matter in this house.", r"^I'd like my feelings to matter in this house"),
    ("I GUESS MY OPINION DOESN'T COUNT THEN", r"^I'd like my opinion to count\b"),
    ("i guess my opinion doesnt count then 🙄", r"^I'd like my opinion to count\b"),
    ('"obviously my plans don\'t matter"', r"\bmy plans\b"),
    ("I guess what I want doesn't matter", r"\bwhat I want\b"),
    ("Guess I'm not important enough to text back", r"\bmatter to you\b.*\bif you'd text me back\b"),
])
def test_discounted_says_the_need(rewrite, text, kept):
    found = some_texts(rewrite(text))
    assert re.search(kept, found[0]), found
    for suggestion in found:
        assert not _SIDEWAYS.search(suggestion) and not _WRONG_PERSON.search(suggestion), suggestion


@pytest.mark.parametrize("text, waited", [
    ("guess I'll just wait here forever", "a while"),
    ("fine. I'll just wait then.", "a while"),
    ("Don't rush, I've only been waiting forty minutes", "forty minutes"),
    ("take your time, I've only been waiting an hour 🙄", "an hour"),
])
def test_waiting_says_the_wait_and_asks_when(rewrite, text, waited):
    found = some_texts(rewrite(text))
    assert found[0].startswith(f"I've been waiting {waited}, and I'm getting frustrated"), found
    assert found[0].endswith("?"), found


@pytest.mark.parametrize("text", ["I'll wait here", "ok I'll wait in the car"])
def test_a_plain_arrangement_is_no_hurt(rewrite, text):
    """No sigh in it: nobody is told the speaker is frustrated."""
    for suggestion in texts_of(rewrite(text)):
        assert "frustrated" not in suggestion, suggestion


@pytest.mark.parametrize("text", [
    "sorry it hurt, wasn't my intention tho",
    "sorry it hurt, I didn't mean it tho",
    "sorry if it upset you, but I didn't mean to",
    "Sorry I hurt you, wasn't trying to",
])
def test_a_half_apology_is_made_whole(rewrite, text):
    """The apology kept without the take-back, the intent said as such, and a wish to understand."""
    found = some_texts(rewrite(text))
    assert re.match(r"I'm sorry (?:it|I) (?:hurt|upset) you\. ", found[0]), found
    assert "understand how it came across" in found[0], found
    for suggestion in found:
        assert not re.search(r"\b(?:but|tho|though)\b", suggestion, re.I), suggestion


def test_just_saying_keeps_what_was_said(rewrite):
    found = some_texts(rewrite("sorry if that upset you, just saying what I think"))
    assert found[0].startswith("I'm sorry that upset you.") and "what I think" in found[0], found
    found = some_texts(rewrite("sorry I was late, just saying the traffic was awful"))
    assert found[0].startswith("I'm sorry I was late. The traffic was awful"), found


@pytest.mark.parametrize("text, wanted", [
    ("must be nice to be asked", "be asked"),
    ("must be nice to be asked for once", "be asked"),
    ("Must be nice to be invited.", "be invited"),
    ("Must be nice to get a say in things.", "have a say in things"),
])
def test_envy_of_being_included_is_asked_for(rewrite, text, wanted):
    found = some_texts(rewrite(text))
    assert found[0].startswith(f"I'd really like to {wanted} too"), found
    for suggestion in found:
        assert not re.search(r"\bwhen you\b", suggestion), suggestion  # nobody asked the listener anything


@pytest.mark.parametrize("text", [
    "don't mind me, I only live here",
    "Don't mind me, I'm only your mother.",
    "Well I guess I'm not invited then",
    "it's fine, I'm used to it",
    "forget I said anything",
    "never mind, it's not like anyone listens to me anyway",
    "Sorry I even asked.",
    "fine, whatever you want",
    "don't worry about me, I'll manage",
    "fine, I'll sort it out myself",
])
def test_overlooked_speaker_says_their_own_feeling(rewrite, text):
    found = some_texts(rewrite(text))
    assert re.match(r"(?:I|I'd|I'm|I've|Honestly, I'm|This has happened)\b", found[0]), found
    for suggestion in found:
        assert not _SIDEWAYS.search(suggestion) and not _WRONG_PERSON.search(suggestion), suggestion
        assert "spend some time together" not in suggestion, suggestion  # no one is going out in these


def test_not_invited_only_when_sighed(rewrite):
    """"no, I'm not invited" answers a question: no wish to be invited is put in the speaker's mouth."""
    for suggestion in texts_of(rewrite("no, I'm not invited")):
        assert "like to be invited" not in suggestion, suggestion


@pytest.mark.parametrize("text", [
    "I guess my opinion doesn't count then. You always decide everything without me.",
    "whatever you want, love you",
    "Does my opinion not count?",
])
def test_other_readings_are_left_alone(rewrite, text):
    """A longer message, an affectionate one, a real question: not read whole as the sideways hurt."""
    for suggestion in texts_of(rewrite(text)):
        assert not suggestion.startswith(("I'd like my opinion to count", "I'm not happy with this")), suggestion


def test_suggestions_pass_the_recheck(rewrite, analyzer):
    texts = ["I guess my opinion doesn't count then", "guess I'll just wait here forever",
             "sorry it hurt, wasn't my intention tho", "don't mind me, I only live here", "must be nice to be asked"]
    for outcome in rewrite(*texts):
        for suggestion in some_texts(outcome):
            labels = analyzer.check(suggestion)["labels"]
            assert not labels["blaming"]["flagged"] and not labels["defensive"]["flagged"], suggestion
