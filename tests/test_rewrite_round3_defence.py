"""Defensive messages read whole (defended_acts.py, martyr_stances.py): blame shifted to a guessed
someone, a denial with a counter-accusation, "I did what I was told", a promise already given met
with checking up, a promise past its day, "I'm just tired", "that's how I talk", "others forget too".

What a user relies on: the guess about someone else and the jab are left out, the speaker never
apologises for or confesses to the act they deny, the listener is never accused of the denied act,
nothing is invented (no "I could really use your help"), and the object the message names is kept.
"""

from __future__ import annotations

import re

import pytest
from conftest import below_thresholds, some_texts

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, kept", [
    ("My numbers were fine when I handed them over, someone must have changed the formula after", "My numbers were fine"),
    ("The slides were finished when I sent them, somebody must have moved things around later", "The slides were finished"),
    ("the code was working when I pushed it. someone else must have broken it", "code was working"),
])
def test_a_guess_at_someone_else_is_left_out(rewrite, analyzer, text, kept):
    for suggestion in some_texts(rewrite(text)):
        assert kept.lower() in suggestion.lower(), suggestion
        assert not re.search(r"\b(?:someone|somebody|must have)\b", suggestion, re.I), suggestion
        assert below_thresholds(analyzer, suggestion), suggestion


@pytest.mark.parametrize("text, act, thing", [
    ("I'm not the one who double-booked the room, check your own calendar before you come at me", "double-book", "calendar"),
    ("I wasn't the one who forgot the milk, check your own list before you blame me", "forget", "list"),
    ("I'm not the one who lost the keys, look in your own bag before you start on me 🙄", "lose", "bag"),
])
def test_a_denial_is_never_turned_onto_the_listener(rewrite, text, act, thing):
    for suggestion in some_texts(rewrite(text)):
        assert not re.search(r"\bwhen you\b|\byou (?:double-booked|forgot|lost)\b", suggestion, re.I), suggestion
        assert f"I didn't {act}" in suggestion and thing in suggestion, suggestion
        assert "your own" not in suggestion and "sorry" not in suggestion.lower(), suggestion


@pytest.mark.parametrize("text, thing, did", [
    ("I didn't book the wrong train, I did what I was told", "train", "I booked the one"),
    ("I didn't order the wrong cake, I did what you asked", "cake", "I ordered the one"),
    ("I didn't send the wrong file, I sent what I was given.", "file", "I sent the one"),
])
def test_no_apology_for_the_act_denied(rewrite, text, thing, did):
    for suggestion in some_texts(rewrite(text)):
        assert not re.search(r"\bsorry\b|\bI should have\b|\bfelt like I\b", suggestion, re.I), suggestion
        assert thing in suggestion and did in suggestion, suggestion


@pytest.mark.parametrize("text, task", [
    ("I already said I'd sort the council tax. Why do you need to keep checking up on me like I'm twelve", "sort the council tax"),
    ("I told you I'd book the vet. Why do you keep checking up on me like I'm a child?", "book the vet"),
])
def test_a_promise_already_given_is_not_read_as_a_lapse(rewrite, text, task):
    for suggestion in some_texts(rewrite(text)):
        assert f"I'll {task}" in suggestion, suggestion
        assert not re.search(r"\b(?:sorry|haven't|twelve|child)\b", suggestion, re.I), suggestion


@pytest.mark.parametrize("text, thing", [
    ("Look I said I'd transfer the rent on Friday and it's Saturday, relax, it's not the end of the world", "the rent"),
    ("I said I'd pay the electric on Monday and it's Tuesday, chill, it's not a big deal", "the electric"),
])
def test_a_late_promise_is_owned_plainly(rewrite, text, thing):
    for suggestion in some_texts(rewrite(text)):
        assert f"I'm sorry {thing} is late" in suggestion, suggestion
        assert not re.search(r"\b(?:relax|chill|end of the world|big deal)\b", suggestion, re.I), suggestion


@pytest.mark.parametrize("text, kept", [
    ("I'm not angry, I'm just tired, as always", "tired"),
    ("I'm not upset, I'm just busy, as usual", "busy"),
    ("I wasn't being rude, that's just how I talk.", "rude"),
    ("I wasn't being short with you, that's just how I text.", "short"),
])
def test_nothing_is_invented_beside_the_state(rewrite, text, kept):
    for suggestion in some_texts(rewrite(text)):
        assert kept in suggestion, suggestion
        assert not re.search(r"\b(?:your help|as always|as usual|just how I)\b", suggestion, re.I), suggestion


@pytest.mark.parametrize("text, thing", [
    ("Lots of people forget their passwords too", "the passwords"),
    ("Plenty of people lose their train tickets", "the train tickets"),
    ("Everyone forgets their keys sometimes", "the keys"),
    ("Everyone else's kids manage to forget their PE kit sometimes too, it's not like mine are the only ones", "the PE kit"),
])
def test_others_too_keeps_the_thing_and_offers_something_concrete(rewrite, text, thing):
    for suggestion in some_texts(rewrite(text)):
        assert thing in suggestion and "I'll" in suggestion, suggestion
        assert not re.search(r"\b(?:everyone|lots of people|plenty of people|only ones)\b", suggestion, re.I), suggestion


def test_effort_held_up_keeps_what_it_went_into(rewrite):
    text = "I've been carrying this team in ranked all season, so forgive me if I don't take notes from a silver player."
    for suggestion in some_texts(rewrite(text)):
        assert "ranked" in suggestion and "silver" not in suggestion, suggestion
