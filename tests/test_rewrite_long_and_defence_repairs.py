"""A lapse blamed on the listener (shifted_lapses.py), an upset brushed off (brushed_off_upsets.py), and
a feeling pinned to the backdrop of a long complaint (backdrop_acts.py).

The speaker's own lapse is owned and the listener's part left out; the thing the listener is upset
about is kept and heard, without "overreacting" or "one"; a feeling is never pinned to what the
listener wanted or borrowed, only to what hurt.
"""

from __future__ import annotations

import re

import pytest
from conftest import below_thresholds, some_texts, texts_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, lapse", [
    ("if you'd reminded me I wouldn't have missed it", "I missed it"),
    ("I wouldn't have been late if you'd told me the time had changed", "I was late"),
    ("well if you had texted me I'd never have forgotten the bread", "I forgot the bread"),
    ("IF YOU'D REMINDED ME I WOULDN'T HAVE MISSED THE TRAIN", "I missed the train"),
    ("honestly if you'd answered your phone I wouldn't have missed the train 🙄", "I missed the train"),
    ("if you'd just put it on the calendar I wouldn't have double booked us", "I double-booked us"),
])
def test_a_shifted_lapse_is_owned_not_blamed(rewrite, analyzer, text, lapse):
    found = some_texts(rewrite(text))
    for suggestion in found:
        assert lapse.lower() in suggestion.lower(), suggestion
        assert not re.search(r"\bwhen you\b|\bif you\b|\byou didn't\b|remind|text|answer|told|calendar", suggestion, re.I), suggestion
        assert below_thresholds(analyzer, suggestion), suggestion


def test_a_kindness_not_given_names_no_lapse_to_own(rewrite):
    """"if you'd asked I would have helped" names no lapse: this reading stays out of it."""
    for suggestion in texts_of(rewrite("if you'd asked I would have helped")):
        assert "That's on me, and I'll" not in suggestion and "I own that" not in suggestion, suggestion


@pytest.mark.parametrize("text, thing", [
    ("you're honestly overreacting about one wet towel", "the wet towel"),
    ("you're being so dramatic over a couple of dishes in the sink", "the dishes in the sink"),
    ("stop making a big deal out of one missed call", "the missed call"),
    ("omg you're freaking out about a tiny scratch on the car 🙄", "the scratch on the car"),
    ("YOU'RE OVERREACTING ABOUT ONE WET TOWEL", "the wet towel"),
])
def test_a_brushed_off_upset_is_heard_with_its_thing(rewrite, analyzer, text, thing):
    found = some_texts(rewrite(text))
    for suggestion in found:
        assert thing in suggestion.lower(), suggestion
        assert not re.search(r"overreact|getting upset|dramatic|big deal|freak|\bone\b|\btiny\b|\bI feel upset\b", suggestion, re.I), suggestion
        assert below_thresholds(analyzer, suggestion), suggestion


@pytest.mark.parametrize("text, backdrop", [
    ("you never help with the dog. i walk her morning and night and you act like she's not yours. you were the one "
     "who wanted a puppy!! can we split the walks, even just the evening one", r"\bwanted a puppy\b"),
    ("you never clean the fish tank. it's green again and i'm the one scrubbing it every week. you're the one who "
     "begged for fish! can you do it this weekend", r"\bbegged\b"),
    ("Josh you borrowed £200 in march and said you'd pay it back by june. it's november. you never even bring it up. "
     "i know money's tight for you too but i need a plan for paying it back", r"\bwhen you borrowed\b"),
])
def test_no_feeling_is_pinned_to_what_the_listener_wanted_or_borrowed(rewrite, text, backdrop):
    for suggestion in some_texts(rewrite(text)):
        assert not re.search(backdrop, suggestion, re.I), suggestion


def test_a_loan_without_asking_is_still_the_hurt(rewrite):
    found = some_texts(rewrite("you lent my car to your cousin without asking and he brought it back with no petrol. "
                               "I know you were trying to help him out but please ask me first"))
    assert any("lent my car" in s for s in found), found


@pytest.mark.parametrize("text", ["You're making a big deal out of nothing as usual.", "you're overreacting about nothing lol",
                                  "ur overreacting"])
def test_a_brush_off_about_nothing_names_no_thing(rewrite, text):
    for suggestion in texts_of(rewrite(text)):
        assert not re.search(r"\bthe nothing\b|wave off how you feel about|\bthe (?:it|this|that)\b", suggestion, re.I), suggestion
