"""Round 4 jabs copied word for word into the "I" statement (jab_echoes.py): a sarcastic tail ("only an
hour late", "really stellar work", "just saying"), exasperation ("I told you a hundred times"), a
character ask ("Could you try not to be like this?"), "you made me look like an idiot", a correction
said with a jab ("THURSDAY not whenever you feel like it") and absolutes ("every road trip")."""

from __future__ import annotations

import re

import pytest

from conftest import below_thresholds, retrained_xfail, some_texts, texts_of
from heard.rewrite.jab_echoes import without_jab_echoes

SARCASTIC_TAILS = [
    ("Wow, thanks for picking me up, only an hour late 🙄", r"only an hour|🙄"),
    ("Brilliant, you pushed to main on a Friday night without a review, really stellar work.", r"stellar"),
    ("Nice one booking the restaurant for the wrong day, truly world-class planning.", r"world-class"),
    ("You left the milk out AGAIN, just saying.", r"saying"),
    ("You're the reason we're late every week, just saying", r"saying"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,jab", SARCASTIC_TAILS)
def test_no_suggestion_keeps_the_sarcastic_tail(rewrite, analyzer, text, jab):
    for suggestion in texts_of(rewrite(text)):
        assert not re.search(jab, suggestion, re.I), suggestion
        assert below_thresholds(analyzer, suggestion), suggestion


@pytest.mark.model
def test_the_lateness_stays_the_complaint_once_the_sneer_goes(rewrite):
    found = some_texts(rewrite("Wow, thanks for picking me up, only an hour late 🙄"))
    assert "an hour late picking me up" in found[0], found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "You let the cat out and now she's missing. I told you a hundred times!!",
    "You left the back door unlocked again and someone got in the shed. I've told you a million times.",
])
def test_no_suggestion_keeps_the_exasperation(rewrite, text):
    for suggestion in texts_of(rewrite(text)):
        assert not re.search(r"told you a (?:hundred|million)", suggestion, re.I), suggestion


@pytest.mark.model
def test_a_lost_pet_is_a_worry_not_a_frustration(rewrite):
    for suggestion in texts_of(rewrite("You let the cat out and now she's missing. I told you a hundred times!!")):
        assert "frustrat" not in suggestion, suggestion


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Mum, you made me look like a fool in front of my boss at the party.",
    "Jake, you made me look like an idiot at your sister's wedding.",
])
def test_no_suggestion_says_you_made_me_look_like_a_fool(rewrite, text):
    for suggestion in texts_of(rewrite(text)):
        assert not re.search(r"made me look", suggestion, re.I), suggestion


@pytest.mark.model
@pytest.mark.parametrize("text,fact", [
    ("what is wrong with you, the bins go out THURSDAY not whenever you feel like it", "The bins go out Thursday"),
    ("seriously, rent is due on the FIRST, not whenever you get round to it", "Rent is due on the first"),
    pytest.param("The dishwasher gets emptied in the MORNING not whenever you fancy it.",
                 "The dishwasher gets emptied in the morning", marks=retrained_xfail("the correction is flagged as blame as "
                 "a clause, so it is not kept as the fact")),
])
def test_a_correction_keeps_the_fact_and_never_hangs_a_feeling_on_it(rewrite, text, fact):
    found = some_texts(rewrite(text))
    for suggestion in found:
        assert "whenever" not in suggestion and not re.search(r"\b(?:hurt|upset|worried) when\b", suggestion), suggestion
    assert fact in found[0], found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "why are you like this. you cancelled on me twice this week and then got mad I made other plans",
    "why are you like this?? you read my messages and never reply",
])
def test_no_suggestion_asks_the_listener_to_be_someone_else(rewrite, text):
    for suggestion in texts_of(rewrite(text)):
        assert not re.search(r"\bbe like (?:this|that)\b", suggestion, re.I), suggestion


@pytest.mark.model
@pytest.mark.parametrize("text,absolute", [
    ("Why do you have to turn every road trip into an argument about directions?", "every road trip"),
    ("Why do you have to make every birthday about your diet?", "every birthday"),
    ("You criticise everything I do in the garden.", "everything"),
])
def test_no_suggestion_keeps_the_absolute(rewrite, text, absolute):
    for suggestion in texts_of(rewrite(text)):
        assert absolute not in suggestion.lower(), suggestion
        assert "abouts" not in suggestion, suggestion


# The pass itself, on candidates it must leave alone.
@pytest.mark.parametrize("message,candidate", [
    ("I was only 5 minutes late, relax.", "I'm sorry I was only 5 minutes late."),
    ("I had a really great time, thanks", "I had a really great time."),
    ("I hear what you're saying.", "I hear what you're saying."),
    ("We're late every week.", "I'm upset that we're late every week."),
    ("I told you twice, it's fine", "I told you twice."),
    ('You called him "stupid" in front of everyone.', 'I felt hurt when you called him "stupid" in front of everyone.'),
])
def test_plain_wording_is_left_as_it_is(message, candidate):
    assert without_jab_echoes(message, candidate) == candidate


def test_the_double_clause_is_said_once():
    out = without_jab_echoes("You never listen when I talk about my exams.",
                             "I feel unheard when I talk about my exams and I'm talking and it doesn't seem like "
                             "you're listening.")
    assert out == "I feel unheard when I talk about my exams and it doesn't seem like you're listening.", out


def test_swanning_in_is_said_plainly():
    out = without_jab_echoes("I'm sick of doing the school run. You just swan in on Fridays.",
                             "When you swan in on Fridays, I feel frustrated.")
    assert out == "When you only turn up on Fridays, I feel frustrated.", out
