"""Shapes from held-out set 25's grades (graded blind at the eleventh session's start, f074f7d, before these
mends), each put right where it is made: the speaker's own "Sorry I didn't get…" owned, not cut as a minimiser
turned round (request_mends.py); a rhetorical "…could I" tag cut before parsing (tag_questions.py)."""

import pytest

from conftest import some_texts
from heard.rewrite.tag_questions import said_plainly, said_plainly_edits

pytestmark = pytest.mark.model


def test_the_speakers_own_missed_errand_is_owned(rewrite):
    first = some_texts(rewrite("Sorry I didn't get the dry cleaning, but the ring road was insane, I got there at 6:05 "
                               "and they'd already shut"))[0]
    assert "dry cleaning" in first and "sorry" in first.lower(), first


def test_a_listener_who_didnt_get_the_joke_is_not_owned_for(rewrite):
    found = some_texts(rewrite("it was a JOKE, not my fault you didn't get the joke, lighten up"))
    assert not any("I should have got the joke" in s for s in found), found


def test_a_rhetorical_tag_does_not_end_up_in_the_apology(rewrite):
    found = some_texts(rewrite("look I was on a call with the Singapore team till 11, I couldn't exactly reply about "
                               "the thermostat could I"))
    assert found and not any(s.rstrip(".?!").endswith(("could", "could I")) or "thermostat could" in s
                             for s in found), found
    assert any("Singapore" in s for s in found), found


@pytest.mark.parametrize("text, plain", [
    ("I couldn't exactly leave the baby could I", "I couldn't exactly leave the baby"),
    ("I was hardly going to leave her there, was I? Be serious.", "I was hardly going to leave her there. Be serious."),
    ("Can I ask you something", "Can I ask you something"),  # a question, not a tag
    ("you did it on purpose, didn't you?", "you did it on purpose, didn't you?"),  # asked of the listener: kept
    ("So where was I", "So where was I"),
])
def test_only_the_speakers_tag_on_its_own_sentence_is_cut(text, plain):
    assert said_plainly(text) == plain


def test_evidence_after_a_cut_tag_moves_with_the_words():
    from heard.rewrite.textspeak import moved
    text = "I couldn't reply, could I? You never listen."
    plain = said_plainly(text)
    start = text.index("never")
    assert plain[moved(start, said_plainly_edits(text)):].startswith("never")
