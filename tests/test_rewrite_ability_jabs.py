"""Accusing questions read as what they mean (ability_jabs.py).

A question about the listener's ability, care or effort ("can you not read?", "are you incapable
of…", "do you even check…") is a jab, never an ask to keep: the suggestion asks about the concrete act
or fact in the message. "you can't visit once in N months?" is a wish for a visit; "when are you going
to stop X-ing?" means "stop X-ing" (never "you are going to stop"); "why is it that X, but I have to Y"
is the sender's own hurt. Look-alikes where the question is sincere are not read this way.
"""

from __future__ import annotations

import re

import pytest
from conftest import below_thresholds, read_as, some_texts

from heard.rewrite.ability_jabs import ability_lines

pytestmark = pytest.mark.model

JAB_ASKS = re.compile(r"\bcould you (?:read|see|check what|test what)\b|\bincapable\b|\bunable\b|\bcan you (?:not|even)\b",
                      re.I)


@pytest.mark.parametrize("text, kept", [
    ("You've blocked the garage AGAIN. Are you totally incapable of reading the sign on the door?", r"\bgarage\b"),
    ("ARE YOU INCAPABLE OF READING A SIGN?? you parked across my driveway again", r"\bdriveway\b"),
    ("can't you read? 🙄 the meeting link was in the invite.", r"\binvite\b"),
    ("can you even read? the dosage is on the label", r"\blabel\b"),
    ("The blender I bought from you broke after two days. Do you even check your stock?", r"\bblender\b"),
])
def test_an_ability_jab_is_never_kept_as_the_ask(rewrite, analyzer, text, kept):
    found = some_texts(rewrite(text))
    assert re.search(kept, found[0], re.I), found
    for suggestion in found:
        assert not JAB_ASKS.search(suggestion), suggestion
        assert below_thresholds(analyzer, suggestion), suggestion


def test_goods_that_failed_get_a_replacement_or_refund_asked_for(rewrite):
    found = some_texts(rewrite("This is the third kettle you've sold me that stopped working within a month. "
                               "Do you even test what you sell?"))
    assert "third kettle" in found[0] and re.search(r"\breplacement\b|\brefund\b", found[0]), found


@pytest.mark.parametrize("text, verb", [
    ("After all the help we gave you with the flat, you can't call once in three months? I guess we don't matter.", "call"),
    ("After everything I did for you, you can't ring me once in eight weeks?", "ring"),
    ("You can't visit once in a whole year? I suppose your mother isn't important enough.", "visit"),
])
def test_a_missed_visit_becomes_the_wish_for_one(rewrite, text, verb):
    found = some_texts(rewrite(text))
    assert re.search(rf"\bmiss you\b.*\b{verb}\b.*\bsoon\b", found[0], re.I | re.S), found
    assert not re.search(r"\bimportant\b|\bmatter\b|\bafter everything\b|\bafter all\b", found[0], re.I), found


@pytest.mark.parametrize("text, act", [
    ("You're 29, Dan. When are you going to stop asking me to cover your rent?", "ask me to cover your rent"),
    ("When are you ever going to stop leaving your wet towels on the floor?", "leave your wet towels on the floor"),
    ("You're a grown woman. When will you stop expecting your dad to fix your car?", "expect your dad to fix your car"),
])
def test_when_will_you_stop_is_read_as_a_wish_not_a_statement(rewrite, text, act):
    found = some_texts(rewrite(text))
    assert act in found[0] and "need it to stop" in found[0], found
    for suggestion in found:
        assert not re.search(r"\bgoing to stop\b|\bwill stop\b|\bgrown woman\b|\b29\b", suggestion), suggestion


@pytest.mark.parametrize("text", [
    "why is it that the minute your friends text you're out the door, but I have to beg for one evening with you",
    "how come you always have time for the gym but I have to wait a week to see you?",
])
def test_a_blaming_comparison_says_the_senders_hurt(rewrite, text):
    found = some_texts(rewrite(text))
    assert found[0].startswith("I feel hurt that I have to") and "time for just us" in found[0], found
    assert not re.search(r"\bfriends\b|\bgym\b|\byou're upset\b|\bupset you\b", found[0]), found


@pytest.mark.parametrize("text", [
    "When are you going to stop by? I've got your jacket here.",
    "When are you going to start the painting? The paint is in the shed.",
    "Are you able to read the sign from where you are?",
    "Are you unable to come on Friday? The booking is for 8.",
    "can you not read it out loud? I'm on the train.",
    "Do you even like sushi? I don't want to book the wrong place.",
    "Why is it that the buses are always late but I have to be in by 8?",
    "I can't visit once in the next six months, work is mad.",
])
def test_sincere_look_alikes_are_not_read_as_jabs(text):
    assert ability_lines(read_as(text)) is None
