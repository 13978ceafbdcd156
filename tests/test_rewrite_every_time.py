""""Every time I X, you Y": the moment and the listener's act said as one situation (every_time.py),
never run together once the absolute is cut."""

import re

import pytest

from heard.rewrite.message import read_message
from heard.rewrite.parsing import parse_many
from conftest import some_texts


def _literal(text):
    message = read_message(text, parse_many([text])[0], {"blaming"})
    return next((c.literal.situation for c in message.clauses if c.literal is not None), None)


@pytest.mark.parametrize("text, situation", [
    ("every time I ask you to wipe the counter you do it wrong", "I ask you to wipe the counter and you do it wrong"),
    ("EVERY TIME I call you let it ring out", "I call and you let it ring out"),
])
def test_the_moment_and_the_act_are_joined(text, situation):
    assert (_literal(text) or "").lower() == situation.lower()


@pytest.mark.parametrize("text", ["every time you drink you get nasty", "I think about you every time I pass the park",
                                  "Every time we go there it rains"])
def test_other_every_time_sentences_are_left_to_the_usual_readings(text):
    assert _literal(text) is None


@pytest.mark.model
@pytest.mark.parametrize("message, kept", [
    ("every time I ask you to wipe the counter you do it wrong", "wipe the counter and you do it wrong"),
    ("Every time I post here you turn up with the same rubbish.", "post here and you turn up"),
])
def test_the_suggestion_says_both_and_drops_every_time(rewrite, message, kept):
    found = some_texts(rewrite(message))
    assert any(kept in t for t in found), found
    assert not any(re.search(r"\bevery time\b", t, re.I) for t in found), found


@pytest.mark.model
@pytest.mark.parametrize("message", ["Never said that. Scroll up.", "never said it lol"])
def test_a_subjectless_denial_of_saying_it_is_a_different_memory(rewrite, message):
    assert any("remember it differently" in t for t in some_texts(rewrite(message)))
