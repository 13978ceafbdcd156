"""An omission the speaker owns and explains ("I didn't tell you because I knew you'd freak out"):
the amends fit the speaker's own untold news, the guess about the listener is no event to complain
about, and the omission is never turned round into "I'm sorry it felt like I told you"."""

import pytest

from heard.rewrite.message import read_message
from heard.rewrite.parsing import parse_many
from conftest import retrained_xfail, some_texts


@pytest.mark.parametrize("text", [
    "I didn't tell you because I knew you'd freak out.",
    "i didnt say anything cos i figured you would just get angry",
    "I kept it quiet because I thought you'd worry.",
])
def test_a_guess_about_the_listener_given_as_a_reason_is_an_excuse_not_an_accusation(text):
    message = read_message(text, parse_many([text])[0], {"defensive"})
    assert not any(c.role == "accusation" for c in message.clauses)


@pytest.mark.parametrize("text", [
    "You'd freak out if I told you.",          # no speaker's "I knew": a claim about the listener
    "He thought you'd be late, and you were.",  # someone else's guess
])
def test_a_claim_about_the_listener_is_not_taken_for_the_speakers_guess(text):
    message = read_message(text, parse_many([text])[0], {"blaming"})
    assert not any(c.role == "excuse" for c in message.clauses)


@pytest.mark.model
@pytest.mark.parametrize("message, act", [
    ("I didn't tell you because I knew you'd freak out.", "freak"),
    ("I didn't call because I thought you'd be asleep.", "asleep"),
])
def test_the_guess_is_never_said_back_as_something_the_listener_did(rewrite, message, act):
    for text in some_texts(rewrite(message)):
        assert act not in text, text
        assert "felt like I told" not in text and "felt like I called" not in text, text


@pytest.mark.model
@pytest.mark.parametrize("message", [
    "I was going to tell you.",
    pytest.param("I meant to tell you about the party", marks=retrained_xfail("unflagged, it is forced as blame "
                 "(0.30 of a 0.47 cut against 0.26 of 0.5) and read as the speaker's hurt")),
    "I didn't tell you because I knew you'd freak out.",
])
def test_the_speakers_untold_news_gets_amends_for_telling_not_for_being_told(rewrite, message):
    found = some_texts(rewrite(message))
    assert not any("waiting to be told" in t for t in found)
    assert any("tell you" in t or "told you" in t for t in found)


@pytest.mark.model
def test_being_told_nothing_still_gets_the_check_for_myself_amends(rewrite):
    found = some_texts(rewrite("Nobody told me the meeting moved."))
    assert any("check for myself" in t for t in found)
