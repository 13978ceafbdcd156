"""A denial with its support, "I never thought X", a brush-off beside a fix on the way, and the
speaker's reasoning (supported_denials.py): the speaker's account kept beside the listener's feeling,
never an apology or amends for an act the speaker denies."""

from __future__ import annotations

import re

import pytest
from conftest import below_thresholds, some_texts, texts_of

from heard.rewrite.supported_denials import _hedged

pytestmark = pytest.mark.model

# What owns the denied act or sympathises with the thing instead of the person
_OWNED = re.compile(r"I'm sorry about|I'm sorry I (?:broke|took|lost|ate|touched)|I should have|I'll do (?:it|my part)|"
                    r"make it right|Next time I'll", re.I)
_INSULTS = re.compile(r"\b(?:stupid|bloody|damn|precious|dumb)\b", re.I)


@pytest.mark.parametrize("text, said", [
    ("I didn't break your stupid mug, it was already cracked.", "I didn't break your mug"),
    ("I DIDN'T BREAK YOUR STUPID MUG, IT WAS ALREADY CRACKED", "I didn't break your mug"),
    ("I didn't break your mug, it was already cracked 😤😤", "I didn't break your mug"),
    ("i didnt break the lamp, it was already wobbly", "I didn't break the lamp"),
    ("I never touched your headphones, Sam had them last.", "I didn't touch your headphones"),
    ("I didn't knock the vase over, the cat did it", "I didn't knock the vase over"),
    ("I didn't ruin your shirt, the stain was already there, ask anyone.", "I didn't ruin your shirt"),
    ("I didn't lose your bloody keys, you left them at work.", "I didn't lose your keys"),
])
def test_a_supported_denial_is_an_account_not_an_apology(rewrite, analyzer, text, said):
    found = some_texts(rewrite(text))
    assert said in found[0], found
    for suggestion in found:
        assert not _OWNED.search(suggestion) and not _INSULTS.search(suggestion), suggestion
        assert not re.search(r"\bask anyone\b|\byou left\b|\bnever\b", suggestion, re.I), suggestion
        assert below_thresholds(analyzer, suggestion), suggestion


@pytest.mark.parametrize("text, kept", [
    ("I never touched your headphones, Sam had them last.", "Sam had them last"),
    ("I didn't knock the vase over, the cat did it", "the cat did it"),
    ("I didn't spend the money on junk, check the receipts", "receipts"),
])
def test_the_support_is_kept_as_the_speakers_account(rewrite, text, kept):
    found = some_texts(rewrite(text))
    assert any(kept in s for s in found), found
    for suggestion in found:
        assert not re.search(r"\bcheck the receipts\b", suggestion), suggestion  # not an order to the listener


def test_already_is_said_as_a_belief():
    assert _hedged("it was already cracked") == "it may already have been cracked"
    assert _hedged("the case was open") == "the case may have been open"
    assert _hedged("Sam had them last") == "Sam had them last"


@pytest.mark.parametrize("text", [
    "\"I didn't break your mug, it was already cracked\" is such a lame excuse",  # the listener's words quoted back
    "Did you break my mug? it was already cracked",  # a question to the listener
])
def test_no_account_is_put_in_the_speakers_mouth(rewrite, text):
    for suggestion in texts_of(rewrite(text)):
        assert not suggestion.startswith("I didn't break"), suggestion


@pytest.mark.parametrize("text, kept", [
    ("I get that it stung, but I never thought he'd post it online", "I didn't think he'd post it online"),
    ("I know it hurt, but I never expected her to tell your mum", "I didn't expect her to tell your mum"),
    ("I never thought anyone would see those messages", "I didn't think anyone would see those messages"),
    ("I never expected him to share the photo with everyone", "share the photo with everyone"),
])
def test_what_the_speaker_never_thought_is_kept_and_the_hurt_owned(rewrite, analyzer, text, kept):
    found = some_texts(rewrite(text))
    assert kept in found[0] and "sorry" in found[0], found
    for suggestion in found:
        assert not re.search(r"\bnever\b", suggestion), suggestion
        assert below_thresholds(analyzer, suggestion), suggestion


def test_the_listeners_reaction_is_not_said_back_as_unexpected(rewrite):
    found = some_texts(rewrite("I never thought you'd take it so hard"))
    for suggestion in found:
        assert not re.search(r"so hard|^You'd", suggestion), suggestion


@pytest.mark.parametrize("text, kept, small", [
    ("I know you're stressed about the car, but honestly the dent is nothing, the garage is sorting it Friday",
     "the garage is sorting it Friday", "the dent is nothing"),
    ("calm down, the leak is no big deal, the plumber comes tomorrow", "the plumber comes tomorrow", "no big deal"),
    ("the scratch is nothing, the body shop is fixing it on Tuesday", "the body shop is fixing it on Tuesday", "nothing"),
])
def test_a_fix_on_the_way_is_news_and_the_brush_off_is_gone(rewrite, text, kept, small):
    found = some_texts(rewrite(text))
    assert kept in found[0].replace("The ", "the "), found
    for suggestion in found:
        assert small not in suggestion and "From what I can tell" not in suggestion, suggestion
        assert not re.search(r"\bcalm down\b|\bhonestly\b", suggestion, re.I), suggestion


@pytest.mark.parametrize("text, kept", [
    ("I paid for the petrol last time so I thought we were square", "I paid for the petrol last time, so I thought we were square"),
    ("I covered dinner on Friday so I figured we were even", "I covered dinner on Friday, so I figured we were even"),
])
def test_the_speakers_reasoning_is_kept_and_their_view_acknowledged(rewrite, text, kept):
    found = some_texts(rewrite(text))
    assert kept in found[0], found
    for suggestion in found:
        assert "hurt you anyway" not in suggestion, suggestion


@pytest.mark.parametrize("text", ["I didn't know the gun was loaded", "I didn't know the oven was still on."])
def test_the_listener_is_not_upset_with_the_thing_unknown(rewrite, text):
    for suggestion in some_texts(rewrite(text)):
        assert not re.search(r"why the (?:gun|oven) upset you|upset about the (?:gun|oven)", suggestion), suggestion
