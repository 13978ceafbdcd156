"""Advice aimed at the listener said as the request it is (advice_requests.py).

What the sender relies on: the act they want is asked for in their own words (the spec, the room, the
landlord, Thursday), the pressure around it goes ("actually", "for once", "or no tablet", "your own"),
their reason stays when it blames nobody, and a jab told as advice ("you need to grow up", "try reading
a book sometime") is never turned into a polite request for the jab.
"""

from __future__ import annotations

import re

import pytest
from conftest import below_thresholds, some_texts, texts_of

pytestmark = pytest.mark.model

_ASK = "I'd really appreciate it if you could"


@pytest.mark.parametrize("text, kept", [
    ("Tom, you might want to actually read the spec before you merge.", r"^Tom, I'd .* read the spec before you merge\.$"),
    ("Kids, you must tidy your room before dinner or no tablet.", r"tidy your room before dinner\.$"),
    ("Perhaps you could wash your own mug for once.", r"could wash your mug\.$"),
    ("YOU NEED TO CALL THE LANDLORD ABOUT THE BOILER TODAY", r"call the landlord about the boiler today\."),
    ("You may want to double-check the invoice next time.", r"double-check the invoice next time\."),
    ("You shouldn't have to be reminded to feed your own dog.", r"feed your dog without me having to remind you\."),
])
def test_the_act_is_asked_for_without_the_pressure(rewrite, analyzer, text, kept):
    found = some_texts(rewrite(text))
    asked = [s for s in found if _ASK in s]
    assert asked and re.search(kept, asked[0]), found
    for suggestion in found:
        assert not re.search(r"\b(?:actually|for once|no tablet|own mug|NEED|might want|must)\b", suggestion), suggestion
        assert not re.search(r"\bwhen (?:it seems like )?you (?:might|must|may|should|need)\b", suggestion), suggestion
        assert below_thresholds(analyzer, suggestion), suggestion


@pytest.mark.parametrize("text, reason", [
    ("you really need to stop leaving the gate open, the dog got out again", "The dog got out again."),
    ("you have to pick the kids up on thursday, I've got a late shift", "I've got a late shift."),
    ("You might want to put the milk back in the fridge. It's been out since breakfast.", "It's been out since breakfast."),
    ("ur mum called again btw. u should call her back", "Your mum called again."),
])
def test_the_senders_own_reason_is_kept_beside_the_request(rewrite, text, reason):
    found = some_texts(rewrite(text))
    assert any(reason in s and _ASK in s for s in found), found
    assert not any(re.search(r"\b(?:ur|btw)\b", s) for s in found), found


@pytest.mark.parametrize("text", [
    "You need to grow up, Dan.",
    "You should be ashamed of yourself.",
    "You should try reading a book sometime.",
    "Honestly you might want to learn how to use a calendar.",
    "mum it was a JOKE. you need to toughen up",
    "You ought to thank me I didn't call the police.",
    "Jess you should've told me the party was cancelled",
    "you must be joking",
])
def test_a_jab_a_guess_or_a_reproach_told_as_advice_is_not_asked_for(rewrite, text):
    assert not any(_ASK in s for s in texts_of(rewrite(text)))


def test_advice_read_as_a_question_or_reported_is_left_to_the_other_readings(rewrite):
    for text in ("Should you really be driving after two pints?", 'He says "you should call more" and honestly he\'s right.'):
        assert not any(_ASK in s for s in texts_of(rewrite(text)))


def test_a_reason_that_blames_is_not_kept_as_if_neutral(rewrite):
    # the second part is another accusation: a request alone would misstate the message, so the reading stands back
    found = texts_of(rewrite("you need to clean the bathroom, you never lift a finger"))
    assert not any(_ASK in s and "lift a finger" in s for s in found), found
