"""Clauses put in a rewrite slot they don't fit, and rewrites that only echo the message (slot_grammar.py).

"When you'd say the opposite…", "when you could have texted me", "when you rather scrolled…",
"Could you that…?" and "When you leave…, I felt…" never reach a user; "you could have told me" is read
as "you didn't tell me"; a suggestion that copies the message back with a line added is dropped.
"""

from __future__ import annotations

import re

import pytest
from conftest import below_thresholds, some_texts, texts_of

from heard.rewrite.fluency import broken
from heard.rewrite.slot_grammar import broken_slot, echoes

pytestmark = pytest.mark.model

_SLOT = re.compile(r"\bwhen (?:it seems like |maybe )?you(?:'d| would| could| might| must| should| may)\b(?! rather)"
                   r"|\byou rather\b|\b(?:could|can|would) you (?:that|the|a|my|your|to)\b", re.I)


@pytest.mark.parametrize("text", [
    "Oh please. You'd say the opposite if your guy had done it.",
    "Typical. You'd blame the weather if it meant not admitting you forgot.",
    "You'd forget your own head if it wasn't screwed on 🙄",
    "You'd rather scroll your phone than talk to me.",
    "YOU'D RATHER GO TO THE PUB WITH JAKE THAN COME TO MY SISTER'S WEDDING",
    "You would rather die than admit you were wrong.",
    "Honestly you might want to learn how to use a calendar.",
    "Maybe you should try listening for a change.",
    "How many times do you need to be told that correlation isn't causation?",
    "You could've at least washed your own plate, and you didn't even say thanks.",
    "Kids, you must tidy your room before dinner or no tablet.",
    "You may want to double-check the invoice next time.",
    "You shouldn't have to be reminded to feed your own dog.",
])
def test_no_suggestion_puts_a_modal_clause_in_a_when_slot(rewrite, analyzer, text):
    for suggestion in texts_of(rewrite(text)):
        assert not _SLOT.search(suggestion), suggestion
        assert below_thresholds(analyzer, suggestion), suggestion


@pytest.mark.parametrize("text, lapse", [
    ("Babe you could have told me your parents were coming for dinner.", r"you didn't tell me your parents were coming"),
    ("Mum, you could have told me Grandma was in hospital!!", r"you didn't tell me Grandma was in hospital"),
    ("You could have at least texted me that you'd be late.", r"you didn't text me that you'd be late"),
    ("you could've at least washed your own plate", r"you didn't wash your own plate"),
])
def test_could_have_reads_as_the_act_not_done(rewrite, text, lapse):
    found = some_texts(rewrite(text))
    assert re.search(lapse, found[0], re.I), found
    assert not any(re.search(r"\bcould(?:'ve| have)\b", s, re.I) for s in found), found


def test_a_warning_of_harm_is_not_read_as_a_lapse(rewrite):
    for suggestion in texts_of(rewrite("You could have hurt someone driving like that.")):
        assert not re.search(r"\bdidn't hurt\b", suggestion, re.I), suggestion


@pytest.mark.parametrize("text", [
    "You must be new here. This has been debated to death.",
    "You must have known the rent was due on Friday.",
    "Could you close the fridge?",
])
def test_no_suggestion_echoes_the_message(rewrite, text):
    for suggestion in texts_of(rewrite(text)):
        assert not echoes(suggestion, text), suggestion


def test_dropping_an_absolute_is_not_an_echo():
    assert not echoes("Could you not leave your shoes in the hallway?",
                      "Could you not leave your shoes in the hallway for once?")
    assert not echoes("I felt worried when you left the door open.", "You left the door open.")
    assert not echoes("I understand you're frustrated, and the deadline was unrealistic from the start.",
                      "I understand you're frustrated, but the deadline was unrealistic from the start")
    assert echoes("You must be new here. This has been debated to death. What would help?",
                  "You must be new here. This has been debated to death.")


@pytest.mark.parametrize("text", [
    "When you'd say the opposite if your guy had done it, I felt upset.",
    "I feel hurt when you could have told me.",
    "When you rather scrolled your phone than talk to me, I feel disconnected.",
    "Could you that correlation isn't causation?",
    "When maybe you should try listening, I feel unheard.",
    "When you leave your towels on the bed, I felt upset.",
    "Sam, when you don't reply, I felt ignored.",
    "I feel overwhelmed when kids, you must tidy your room before dinner.",
])
def test_the_net_catches_broken_slots(text):
    assert broken_slot(text) and broken(text)


@pytest.mark.parametrize("text", [
    "I felt hurt when you'd already left.",
    "I feel lonely when you'd rather scroll your phone than talk to me.",
    "When you left your towels on the bed, I felt upset.",
    "Could you at least call next time?",
    "Could you please text me if you'll be late?",
    "When you put the bins out late, I felt frustrated.",
])
def test_the_net_leaves_fluent_slots_alone(text):
    assert not broken_slot(text)


def test_an_acknowledgement_before_a_flagged_defence_is_the_change_not_an_echo():
    account = "That stain was there when we moved in, I'm pretty sure."
    wrapped = "I hear how upset you are. That stain was there when we moved in, I'm pretty sure. Can we talk it through?"
    assert not echoes(wrapped, account, defended=True)
    assert echoes(wrapped, account)  # nobody flagged a defence: the wrapping changes nothing
    # the account put first and the acknowledgement after it is still the message said back
    assert echoes("That stain was there when we moved in, I'm pretty sure. I hear how upset you are.", account, defended=True)


def test_a_message_only_said_back_gets_the_reason_not_an_invented_rewrite(rewrite):
    outcome = rewrite("I'm going to bed.")
    assert not outcome.suggestions
    assert "said the message back" in outcome.reason
