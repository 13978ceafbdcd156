"""Fresh defensive replies (disowned_acts.py, dismissive_orders.py).

A named act the speaker denies, or a duty handed to someone else, is never apologised or made
amends for; the denial, the object and the names are kept, the exasperation and the hand-off are
left out. An order that waves the complaint away ("stop nagging", "take it up with him") never
comes back inside the rewrite.
"""

from __future__ import annotations

import re

import pytest
from conftest import below_thresholds, some_texts, texts_of

from heard.rewrite.dismissive_orders import without_dismissals

pytestmark = pytest.mark.model

# An apology or amends that owns the act: what a rewrite of a denial must never say
_OWNS = re.compile(r"\bI'm sorry (?:I|about)\b|\bmake it right\b|\bdo my part\b|\bdoesn't slip again\b|"
                   r"\bnext time I'll\b|\bmy (?:fault|bad|mistake)\b", re.I)


@pytest.mark.parametrize("text, kept", [
    ("I didn't take your charger, I've got my own", r"\bI didn't take your charger\b"),
    ("Sorry, I didn't take your charger, I've got my own", r"\bI didn't take your charger\b"),
    ("I never touched your bike, I've been at work all day", r"\bI didn't touch your bike\b.*\bat work all day\b"),
    ("I didn't lose the keys, I put them on the hook", r"\bI didn't lose the keys\b.*\bon the hook\b"),
    ("Dan, I've told you three times, I had nothing to do with the leak.", r"^Dan\b.*\bnothing to do with the leak\b"),
    ("I didn't forget the anniversary, I just thought we'd celebrate at the weekend",
     r"\bI didn't forget the anniversary\b.*\bI thought we'd celebrate at the weekend\b"),
    ("I DIDN'T EAT YOUR YOGHURT, I HAD MY OWN 🙄", r"\byoghurt\b"),
])
def test_a_denied_act_is_kept_and_never_apologised_for(rewrite, analyzer, text, kept):
    found = some_texts(rewrite(text))
    assert re.search(kept, found[0], re.I), found
    for suggestion in found:
        assert not _OWNS.search(suggestion), suggestion
        assert not re.search(r"\btold you\b|\bthree times\b|\bjust thought\b", suggestion, re.I), suggestion
        assert below_thresholds(analyzer, suggestion), suggestion


@pytest.mark.parametrize("text, kept, left_out", [
    ("The code review wasn't my job this sprint, Ahmed was on rota", r"\bAhmed was on rota\b", None),
    ("the bins aren't my job, Sam does them on Tuesdays", r"\bthe bins aren't my job\b.*\bSam\b", None),
    ("That was Mark's call, not mine, take it up with him", r"\bMark's call\b", r"take it up|not mine"),
    ("I'm not the one who booked the wrong hotel, that was Lisa", r"\bI didn't book the wrong hotel\b.*\bLisa\b",
     r"not the one"),
    ("I'm not the one who left the heating on, that was Tom", r"\bI didn't leave the heating on\b.*\bTom\b", None),
    ("Ask your sister, she's the one who moved the car", r"\bI think your sister moved the car\b", r"\bask\b|the one who"),
    ("Ask Tom, he's the one who booked it", r"\bI think Tom booked it\b", r"\bask\b|the one who"),
    ("talk to your mum, she's the one who said it was fine", r"\byour mum said it was fine\b", r"talk to|the one who"),
])
def test_a_duty_handed_on_keeps_the_names_without_the_hand_off(rewrite, analyzer, text, kept, left_out):
    found = some_texts(rewrite(text))
    assert re.search(kept, found[0], re.I), found
    for suggestion in found:
        assert not _OWNS.search(suggestion), suggestion
        assert not (left_out and re.search(left_out, suggestion, re.I)), suggestion
        assert below_thresholds(analyzer, suggestion), suggestion


@pytest.mark.parametrize("text", [
    "I didn't break it on purpose, it slipped",  # the act owned, its intent denied: not read here
    "Fine, I'm sorry I didn't call, I was at work",  # an apology beside: the clause strategies keep it
    "I didn't take it, did you check the car?",  # a question beside the denial
    "I didn't lie to you. I just didn't tell you everything.",  # part admitted: the clause strategies own it
    "I didn't forget, I just didn't write it down",
])
def test_owned_acts_and_questions_are_not_read_as_denials(rewrite, text):
    for suggestion in texts_of(rewrite(text)):
        assert "I want to be straight with you" not in suggestion, suggestion


@pytest.mark.parametrize("text", [
    "I said I'd do it and I will, stop nagging",
    "I said I'd sort it and I will, just stop nagging me",
    "it was ONE time, relax",
    "That was Mark's call, take it up with him",
    "it's five minutes late, calm down!",
])
def test_an_order_waving_the_complaint_away_is_never_kept(rewrite, text):
    for suggestion in texts_of(rewrite(text)):
        assert not re.search(r"\b(?:stop nagging|relax|calm down|take it up with)\b", suggestion, re.I), suggestion


def test_a_question_is_not_an_order():
    assert without_dismissals("I hear you. Relax. Can we move on?") == "I hear you. Can we move on?"
    assert without_dismissals("Calm down.") == "Calm down."  # nothing left: the candidate is left as it was
