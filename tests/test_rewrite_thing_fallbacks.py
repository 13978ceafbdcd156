"""The last-resort things fallback when a verb tells the complaint (thing_fallbacks.py): the event or
the speaker's own facts are kept instead of "I'm feeling X about the <noun>. Could you take care of
it?", and a kept sentence whose "them"/"it" lost its noun is not sent on its own."""

from __future__ import annotations

import re

import pytest
from conftest import below_thresholds, read_as, texts_of

from heard.rewrite.thing_fallbacks import orphaned_pronoun, own_told, without_orphans

pytestmark = pytest.mark.model

_TAKE_CARE = re.compile(r"\btake care of\b", re.I)


@pytest.mark.parametrize("text, event", [
    ("Your dog barks from 6am every single day and you clearly couldn't care less about anyone else on this street.",
     "barks from 6am"),
    ("YOUR DOG BARKS FROM 6AM EVERY SINGLE DAY 😡 some of us work nights", "barks from 6am"),
    ("your washing machine bangs all night and you couldn't care less", "bangs all night"),
])
def test_an_event_is_kept_instead_of_its_noun(rewrite, analyzer, text, event):
    found = texts_of(rewrite(text))
    assert found, "the event can be told"
    for line in found:
        assert not _TAKE_CARE.search(line), found  # "take care of the dog" reads as "look after it"
    assert event in found[0].lower(), found
    assert "every single" not in found[0].lower() and "care less" not in found[0].lower(), found
    assert below_thresholds(analyzer, found[0])


@pytest.mark.parametrize("text, kept, ask", [
    ("Mate I paid you back the £25, check your app before accusing people.", "I paid you back the £25", "check your app"),
    ("I paid you back the £25 yesterday!! check your app 🙄", "I paid you back the £25 yesterday", "check your app"),
])
def test_own_facts_and_the_order_are_kept(rewrite, analyzer, text, kept, ask):
    found = texts_of(rewrite(text))
    assert found and kept in found[0] and f"Could you {ask}?" in found[0], found
    assert not re.search(r"\baccus|\babout the app\b|🙄", found[0]), found
    assert below_thresholds(analyzer, found[0])


def test_an_order_is_asked_not_its_object_named(rewrite):
    found = texts_of(rewrite("Tom i'm not your maid. pick up your socks"))
    assert found and "pick up your socks" in found[0] and not _TAKE_CARE.search(found[0]), found


@pytest.mark.parametrize("text", ["I put the bins out this morning, open your eyes", "I told you I'd be home by six"])
def test_no_ask_means_no_own_fact_reading(text):
    # a jab order is not asked back, and without a real ask the fact and a wish to talk only say the message back
    assert own_told(read_as(text)) == []


@pytest.mark.parametrize("text", [
    "it's your mess. your pan, your burnt eggs, your problem",
    "Your car, your parking ticket, your problem.",
])
def test_things_that_are_the_complaint_still_get_named(rewrite, text):
    found = texts_of(rewrite(text))
    assert found and _TAKE_CARE.search(found[0]), found  # no verb tells an event: the things are the point


@pytest.mark.parametrize("text", [
    'i didn\'t "steal" your parking space, there are no names on them, grow up',
    'i didn\'t "borrow" your mug, there are no names on them, grow up',
    "Leaving me off the email thread for the Henderson pitch was a deliberate move and everyone saw it.",
])
def test_no_pronoun_is_kept_without_its_noun(rewrite, text):
    for line in texts_of(rewrite(text)):
        assert not re.search(r"\bno names on them\b", line) or re.search(r"\bparking|\bmug", line), line
        assert not re.search(r"^(?:[^.]*\. )?Everyone saw it\b", line) or "Henderson" in line, line


def test_a_pronoun_whose_noun_is_kept_stays():
    msg = read_as("The kids were fine, they had pizza and a film.")
    assert not orphaned_pronoun(msg, "The kids were fine, they had pizza and a film.")
    assert without_orphans(msg, "The kids were fine, they had pizza and a film. Could we talk?") is not None
    assert without_orphans(msg, "I feel OK. They had pizza and a film. Could we talk?") is None


def test_a_pronoun_told_in_an_earlier_sentence_stays():
    msg = read_as("You took my charger again and now it is broken.")
    text = "I felt upset when you took my charger. Now it is broken. Can we talk about it?"
    assert without_orphans(msg, text) == text
