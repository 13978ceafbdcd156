"""Guilt trips, comparisons, dares to withdraw and isolating turns (guilt_trips.py).

What a user relies on: the suggestion says the speaker's own need and keeps the event (the wedding,
Christmas, lunch), never repeats the pressure (the comparison, the dare, the threat), and guilt with
nothing in it to keep gets no suggestion at all.
"""

from __future__ import annotations

import re

import pytest
from conftest import assert_kept_without, some_texts, texts_of

pytestmark = pytest.mark.model

_PRESSURE = re.compile(r"\beveryone else\b|\byour (?:sister|brother)\b|\brest of the team\b|\bsee if I\b|\bever again\b|"
                       r"\bsomewhere else to live\b|\bserious about\b|\bimportant enough\b|\bbothered\b|\baren't I enough\b|"
                       r"\bimagining\b|\bmaking (?:it|that) up\b|\bdon't expect me\b", re.I)


@pytest.mark.parametrize("text, kept", [
    ("Your sister visits every weekend, why can't you?", r"\bvisit every weekend\b"),
    ("YOUR BROTHER RINGS ME EVERY SUNDAY, WHY CAN'T YOU??", r"\bring me every sunday\b"),
    ("Everyone else's kids call their parents every day 🙄", r"\bcall me every day\b"),
    ("The rest of the team stays late when it's needed, just saying.", r"\bstay late when it's needed\b"),
    ("Fine, don't come to the wedding, see if I ever invite you to anything again.", r"\bcome to the wedding\b"),
    ("I suppose my birthday isn't important enough for you to come home.", r"\bcome home for my birthday\b"),
    ("I gave up my career to raise you and you can't even be bothered to visit at Christmas.", r"\bvisit at Christmas\b"),
    ("You'd move in with me if you were serious about us.", r"\bmove in with me\b"),
    ("That's not how it went at lunch, you're making it up in your head again.", r"\bat lunch\b"),
    ("Keep talking to me like that and you can find somewhere else to live.", r"\btalk to me like that\b"),
])
def test_the_need_is_said_and_the_event_kept_without_the_pressure(rewrite, analyzer, text, kept):
    found = some_texts(rewrite(text))
    assert_kept_without(found, kept, _PRESSURE, analyzer)


@pytest.mark.parametrize("text", [
    "Why do you need to see your family so much, aren't I enough?",
    "You don't need to go to book club, you have me.",
    "You never have time for me anymore, I might as well not exist.",
])
def test_an_isolating_turn_becomes_the_speaker_missing_them(rewrite, text):
    found = some_texts(rewrite(text))
    assert re.search(r"\bleft out\b", found[0]) and "spend some time together" in found[0], found
    assert not re.search(r"\byou don't need\b|\benough\b|\bnot exist\b", found[0]), found


def test_an_outburst_put_on_the_listener_is_owned(rewrite):
    found = some_texts(rewrite("You're the reason I'm so stressed, if you helped more I wouldn't have to shout."))
    assert found[0].startswith("I'm sorry I shouted"), found
    assert "reason" not in found[0] and "wouldn't have to" not in found[0], found


@pytest.mark.parametrize("text", [
    "Don't worry about my feelings, I'm only your father.",
    "don't worry about my feelings. i'm only your mum!!",
])
def test_guilt_with_nothing_to_keep_gets_no_suggestion(rewrite, text):
    assert texts_of(rewrite(text)) == []


@pytest.mark.parametrize("text", [
    "Your brother treats me like a taxi service every time he needs a lift",  # about the brother, no comparison
    "You couldn't be bothered to come to grandma's funeral",  # past: not asked for again
])
def test_what_is_not_a_comparison_or_a_future_ask_is_left_to_the_other_readings(rewrite, text):
    for suggestion in texts_of(rewrite(text)):
        assert not suggestion.startswith("I'd really love it if you could"), suggestion
