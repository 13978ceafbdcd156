"""What the listener "should have" done is read as what they didn't do; an order about what they
"will" do is no event to name as theirs (obligations.py)."""

import re

import pytest

from heard.rewrite.message import read_message
from heard.rewrite.parsing import parse_many
from conftest import some_texts, texts_of


def _roles(text):
    message = read_message(text, parse_many([text])[0], {"blaming"})
    return [(c.role, c.literal.situation if c.literal else None) for c in message.clauses]


@pytest.mark.parametrize("text, situation", [
    ("You should have called me.", "you didn't call me"),
    ("You should've told me you were leaving.", "you didn't tell me you were leaving"),
    ("you should have been there for me", "you weren't there for me"),
    ("YOU SHOULD HAVE ASKED FIRST", "you didn't ask first"),
])
def test_should_have_is_read_as_not_done(text, situation):
    assert any(s and s.lower() == situation for _, s in _roles(text)), _roles(text)


@pytest.mark.parametrize("text", ["You should have seen his face!", "You should have known better.",
                                  "Should you have said that?", "Someone should have told me."])
def test_what_was_missed_a_judgement_or_a_question_is_not_read_as_a_lapse(text):
    assert not any(s for _, s in _roles(text)), _roles(text)


@pytest.mark.parametrize("text", ["You will do exactly as you're told from now on.",
                                  "You're not going anywhere tonight, not after what happened.",
                                  "You'll apologise to your sister."])
def test_an_order_is_pressure_not_an_act(text):
    assert "pressure" in [role for role, _ in _roles(text)], _roles(text)


@pytest.mark.model
@pytest.mark.parametrize("message", ["You should have called me.", "You should've told me you were leaving.",
                                     "You should have thought about that before you signed the papers."])
def test_no_suggestion_says_when_you_should_have(rewrite, message):
    found = some_texts(rewrite(message))
    assert not any(re.search(r"\bshould(?: have|'ve)\b", t, re.I) for t in found), found
    assert not any(re.search(r"\bdidn't \w+ed\b", t) for t in found), found  # "didn't called"


@pytest.mark.model
@pytest.mark.parametrize("message", ["You will do exactly as you're told from now on.",
                                     "You're not going anywhere tonight, not after what happened."])
def test_an_order_never_becomes_i_feel_when_you(rewrite, message):
    for t in texts_of(rewrite(message)):
        assert not re.search(r"when you (?:will|'re not going|are not going)", t), t
        assert "see this very differently" not in t, t
