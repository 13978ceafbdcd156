"""Closings in the message's own setting, and names and amounts kept (chat_registers.py).

A work or team chat gets what a colleague or team-mate would say, not a couple's closing; home keeps
the warm one. A name set off by punctuation ("seriously Dan??", "…, Aunt Carol.") opens the rewrite,
and an amount said on its own ("$300 gone.") stays in it.
"""

from __future__ import annotations

import pytest
from conftest import below_thresholds, some_texts, texts_of

from heard.rewrite.chat_registers import setting

pytestmark = pytest.mark.model

_COUPLES = ("works for both of us", "when you're ready", "talk about it together")


@pytest.mark.parametrize("text", [
    "The deploy failed because of your PR, Priya. That's on you.",
    "nice of you to finally show up to standup at 9:40",
    "bro you threw the whole raid and now you're blaming lag? classic",
    "thanks for showing up 20 mins late to the match, we had to play with 10",
    "@mike you broke the build AGAIN 🙄",
])
def test_a_work_or_team_chat_gets_no_couples_closing(rewrite, analyzer, text):
    for suggestion in some_texts(rewrite(text)):
        assert not any(c in suggestion for c in _COUPLES), suggestion
        assert below_thresholds(analyzer, suggestion), suggestion


def test_home_keeps_its_warm_closing_and_invents_no_game():
    assert setting("you missed our anniversary dinner because of a work meeting. again.") is None
    assert setting("You always play games all night and never help with the kids.") is None
    assert setting("you left the back door unlocked AGAIN") is None
    assert setting("we lost the raid because you went afk") == "team"
    assert setting("the PR you merged broke the build") == "work"


@pytest.mark.parametrize("text, name", [
    ("seriously Jess?? you left the back door unlocked AGAIN", "Jess"),
    ("Dan?? you left the gate open AGAIN", "Dan"),
    ("I was only trying to help with the wedding flowers, Aunt Lucy.", "Aunt Lucy"),
    ("You're so selfish with the car, Marco, you just take it whenever you want.", "Marco"),
    ("wow, Coach Reed... you benched me for the whole final", "Coach Reed"),
])
def test_the_name_said_to_opens_the_suggestion(rewrite, text, name):
    for suggestion in some_texts(rewrite(text)):
        assert suggestion.startswith(name + ","), suggestion


@pytest.mark.parametrize("text", [
    "Brilliant!! you left the gate open again",
    "Hey, Einstein, you left the gate open again.",
])
def test_a_jab_word_is_not_put_back_as_a_name(rewrite, text):
    for suggestion in texts_of(rewrite(text)):
        assert not suggestion.startswith(("Brilliant", "Einstein")), suggestion


@pytest.mark.parametrize("text, amount", [
    ("Because of you we lost the deposit on the flat. £500 gone.", "£500"),
    ("You booked the wrong flights. 400 quid down the drain.", "400 quid"),
    ("you forgot to cancel the gym again. $60 wasted.", "$60"),
])
def test_an_amount_said_on_its_own_is_kept(rewrite, text, amount):
    for suggestion in some_texts(rewrite(text)):
        assert f"That's {amount}" in suggestion, suggestion
