"""Counter-attacks ("you're one to talk", "says the man who…", "well YOU forgot…", "you're the one who…"):
the rewrite hears the complaint first, keeps the listener's act only as a separate concern in the right
person and tense, and never apologises for an act the message does not admit."""

import re

import pytest

from heard.rewrite.counters import counter_attack
from conftest import some_texts

_APOLOGY = re.compile(r"\bsorry\b|\bthat's on me\b|\bmy fault\b|\bI apologi[sz]e\b", re.I)
# A hearing line, or owning the turning-back: the complaint comes first, not the counter.
_HEARD = re.compile(r"\bI'm listening\b|\bhear you\b|\binstead of listening\b|\bright to raise\b", re.I)
# The counter kept as plain blame, the shape the engine gave before.
_BARE_BLAME = re.compile(r"^(?:\w+, )?(?:I felt (?:upset|unheard)|It upsets me) when you\b")


class _Plain:
    """Only the text: counter_attack reads the words, not the parse."""

    def __init__(self, text):
        self.text, self.doc = text, None


@pytest.mark.parametrize("text, kept", [
    ("you're one to talk, you didn't call me for a month after my breakup", "you didn't call me for a month"),
    ("it's not MY fault the dishwasher broke, you're the one who jams it full of pans every time", "you jam it full of pans"),
    ("don't put this on me, you're the one who wanted to move in with him", "you wanted to move in with him"),
    ("oh so now it's my fault? you're the one who said we didn't need a babysitter", "you said we didn't need a babysitter"),
    ("Oh, I'M the liar? You're the one with a second phone, Daniel.", "you have a second phone"),
    # "his own passport": the listener's own, and "at the airport" is not what it was about
    ("says the guy who forgot his own passport at the airport", "you forgot your own passport"),
])
def test_the_counter_is_kept_as_a_separate_concern_after_hearing_the_complaint(rewrite, text, kept):
    found = some_texts(rewrite(text))
    assert all(kept in s for s in found), found
    assert all(_HEARD.search(s) for s in found), found
    assert not any(_APOLOGY.search(s) for s in found), found  # nothing admitted, nothing apologised for
    assert not any(re.search(r"\byou (?:jams|has|is|was|prints)\b|\b(?:every time|either|always)\b", s) for s in found)


@pytest.mark.parametrize("text, topic, act", [
    ("Says the man who lost the car keys in a hedge in Devon. You're one to talk about being careless.",
     "the car keys", "lost the car keys"),
    ("well YOU forgot Mum's birthday last year so I don't want to hear it", "Mum's birthday", "forgot"),
    ("well YOU were the one who said the 8:15 train was fine, don't put this on me", "the 8:15 train", "you said"),
    ("Well you never take the bins out either!!", "the bins", "taking the bins out"),
    ("You're one to talk, you forgot Dad's anniversary dinner last year and nobody went on about it for a week.",
     "Dad's anniversary dinner", "nobody went on"),
])
def test_a_counter_about_a_named_thing_keeps_the_thing_for_later_not_the_act(rewrite, text, topic, act):
    """Two blind readers called "Something's been bothering me too: you said the 8:15 train was fine. Can we
    talk about both?" the counter-attack still made. What the act was about waits its turn instead."""
    found = some_texts(rewrite(text))
    assert all(topic in s and act not in s for s in found), found
    assert all(_HEARD.search(s) or "hear you out" in s for s in found), found
    assert not any(_APOLOGY.search(s) for s in found), found


@pytest.mark.parametrize("text, thing", [
    ("Oh please, you've done way worse. Remember Aunt Jo's 50th?", "Aunt Jo's 50th"),
    ("oh so i'm the messy one?? have you looked at your room lately", "your room"),
    ("i'm not the one who invited her boyfriend to live here rent-free, so spare me the speech about the bills",
     "inviting her boyfriend to live here rent-free"),
])
def test_a_thing_held_up_is_raised_without_blame_or_apology(rewrite, text, thing):
    found = some_texts(rewrite(text))
    assert all(thing in s for s in found), found
    assert not any(_APOLOGY.search(s) or _BARE_BLAME.search(s) for s in found), found


def test_the_complaint_named_in_the_counter_is_the_one_heard(rewrite):
    found = some_texts(rewrite("I'm not the one who maxed out the credit card, so don't lecture me about the budget."))
    assert any("the budget" in s for s in found), found
    assert not any(re.search(r"\byou maxed\b", s) for s in found), found  # only the speaker's denial was said


def test_a_lapse_the_speaker_concedes_may_be_owned(rewrite):
    found = some_texts(rewrite("please, like you've never been late. you left me standing at arrivals for an hour in June"))
    assert any("I'm sorry I was late" in s for s in found), found
    assert all("left me standing at arrivals" in s for s in found), found


def test_every_counter_suggestion_passes_the_model(rewrite, analyzer):
    found = some_texts(rewrite("Look who's talking. You didn't text me back for three days last week 🙄"))
    for verdict in analyzer.check_many(found):
        assert not any(verdict["labels"][label]["flagged"] for label in ("blaming", "defensive")), verdict


@pytest.mark.parametrize("text", [
    "You're the one who makes me laugh when I'm down.",
    "It's like you've never cared about me.",
    "You can talk to me about anything, you know.",
    "You never call. And you never help either.",
    "You're the one who left the back door open again.",
    "i'm not the one who left the gate open, ask the kids",
])
def test_plain_complaints_and_kind_words_are_not_counter_attacks(text):
    assert not counter_attack(_Plain(text))


@pytest.mark.parametrize("text, owned, kept", [
    ("Yeah I was late, but you're one to talk, you were late on Saturday too", "I was late", "you were late on Saturday"),
    ("Yes, I missed the call. But look who's talking, you never answer your phone either.", "I missed the call",
     "answering your phone"),
])
def test_a_lapse_owned_before_the_counter_stays_owned(rewrite, text, owned, kept):
    found = some_texts(rewrite(text))
    assert all(owned in s and kept in s for s in found), found
    assert not any(re.search(r"\b(?:Saturday|phone) (?:too|either)\b", s) for s in found), found


@pytest.mark.parametrize("text, thing, kept", [
    ("Well you forgot Aisha's birthday last year so I don't think you get to lecture me about the cake.",
     "the cake", "Aisha's birthday"),
    ("Well you forgot Mum's birthday last year so I don't think you get to lecture me about Aunt Mel's card.",
     "Aunt Mel's card", "Mum's birthday"),
    ("Well you forgot to pay the council tax last month, so I don't think you get to lecture me about one gas bill.",
     "the gas bill", "the council tax"),
])
def test_you_dont_get_to_lecture_me_is_a_counter_that_names_the_complaint(rewrite, text, thing, kept):
    """Said without "don't lecture me", the counter was read as plain blame ("When you forgot Aisha's
    birthday last year, I felt frustrated") and the cake, the complaint itself, was lost. The counter's own
    thing is kept for later, not the act ("you forgot…")."""
    found = some_texts(rewrite(text))
    assert thing in found[0] and kept in found[0] and "you forgot" not in found[0], found
    assert not any(_APOLOGY.search(s) or _BARE_BLAME.search(s) for s in found), found


def test_a_counter_that_hurt_the_speaker_is_said_as_an_i_statement(rewrite):
    found = some_texts(rewrite("ur one to talk lol u ghosted me all of last weekend"))
    assert "I felt hurt when you ghosted me all of last weekend" in found[0], found
    assert any("talk about last weekend" in s for s in found[1:]), found
