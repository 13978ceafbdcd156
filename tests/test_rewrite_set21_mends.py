"""Shapes from held-out set 21's grades, each put right where it is made. Three its reader graded broken
English: a defence braced before the complaint ("Before you start —", chat_marks.py), a count up to now in a
"when" ("four times now") and a past feeling about a present perfect ("it upset me when Liam has come home",
tense_agreement.py). One it graded generic: an act done "without asking me" closes with the ask to be asked
first, not a wish to talk (fitting_asks.py)."""

import re

import pytest

from conftest import some_texts, texts_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Before you start — I only moved your papers because they were covering the whole dining table and we had guests at 7.",
    "before u say anything, i didnt touch ur charger it was already frayed",
    "Hi Sam, before you get mad: the van's got a dent but it was there when I picked it up.",
])
def test_a_braced_defence_is_no_situation(rewrite, text):
    for suggestion in some_texts(rewrite(text)):
        assert "before you" not in suggestion.lower() and "before u" not in suggestion.lower(), suggestion


def test_before_you_inside_a_sentence_stays(rewrite):
    # not a brace: the time of the act ("before you started") is part of what happened
    found = texts_of(rewrite("I told him before you started, so it's fine."))
    assert not found or any("before you started" in s for s in found), found


@pytest.mark.parametrize("text, kept", [
    ("You've cancelled on me four times now. I'm starting to think you just don't want to see me.",
     "cancelled on me four times"),
])
def test_a_count_up_to_now_loses_its_now(rewrite, text, kept):
    first = some_texts(rewrite(text))[0]
    assert kept in first and "times now" not in first and "twice now" not in first, first


def test_a_count_up_to_now_outside_a_when_keeps_it(rewrite):
    first = some_texts(rewrite("Mr Hughes, your daughter has kicked my son at pickup three times now and you don't seem to care."))[0]
    assert "three times now" in first, first


def test_a_past_feeling_about_a_present_perfect_says_that(rewrite):
    first = some_texts(rewrite("Ms Patel, Liam has come home with a bruise for the second time this month and nobody "
                               "from the school has called me. Is anyone even watching the playground?"))[0]
    assert "when Liam has" not in first and "that Liam has come home with a bruise" in first, first


@pytest.mark.parametrize("text, ask", [
    ("Typical. You make plans for Saturday without asking and then act surprised when I'm annoyed.",
     "Could you check with me first next time?"),
    ("you invited your ex to the party without even asking me", "Could you check with me first next time?"),
    ("You changed the pickup time AGAIN without telling me and I had to leave work early",
     "Could you let me know first next time?"),
    ("This is on you, Raj. You signed off the supplier change without asking anyone and now the order is three weeks late.",
     "Could you check with everyone first next time?"),
])
def test_an_act_done_without_asking_asks_to_be_asked(rewrite, text, ask):
    first = some_texts(rewrite(text))[0]
    assert first.endswith(ask), first
    assert first.count("?") == 1, first  # the ask replaces the generic closing, not added to it


def test_the_speakers_own_act_without_asking_asks_nothing_of_the_listener(rewrite):
    for suggestion in texts_of(rewrite("I borrowed your charger without asking, sorry, it's back on your desk")):
        assert "check with me" not in suggestion, suggestion


@pytest.mark.parametrize("text, kept", [
    ('Jake, you promised "I\'ll have the slides done by Thursday" and it\'s Friday 4pm. Where are they?',
     r"\byou (?:said|promised) you'd have the slides done by Thursday\b"),
    ('you said "I\'ll pay you back Friday" and it\'s now Tuesday', r"\bYou (?:said|promised) you'd pay me back Friday\b"),
])
def test_a_promise_quoted_in_the_listeners_words_is_the_promise(rewrite, text, kept):
    # their "I'll" is "you'd", their "you" is the speaker: the broken promise, not a line of the speaker's own
    first = some_texts(rewrite(text))[0]
    assert re.search(kept, first) and "let down" in first, first


def test_a_quoted_promise_with_a_relative_time_stays_quoted():
    # "later" only means something from where it was said: reported, it would read "you didn't do it later"
    from heard.rewrite.chat_marks import marks

    text = 'u said "I\'ll do it later" about the bins on monday. its thursday. they stink mate'
    assert not any("you'd" in new for _, _, new in marks(text))
    assert any(new == "you'd sort the car insurance" for _, _, new in marks('You said "I\'ll sort the car insurance" on Monday'))
