"""Shapes from held-out set 25's grades (graded blind at the eleventh session's start, f074f7d, before these
mends), each put right where it is made: the speaker's own "Sorry I didn't get…" owned, not cut as a minimiser
turned round (request_mends.py); a rhetorical "…could I" tag cut before parsing (tag_questions.py); a rhetorical
"who does X? only you" told as "you did X" before parsing (rhetorical_who.py)."""

import pytest

from conftest import some_texts
from heard.rewrite import rhetorical_who
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


@pytest.mark.parametrize("text, kept", [
    ("Seriously Kev, who reverses into a bollard in the Tesco car park?? Only you.", "you reversed into a bollard"),
    ("who eats the last slice of someone's birthday cake with their NAME piped on it?? you, apparently 🙄",
     "you ate the last slice"),
])
def test_a_rhetorical_who_keeps_the_act_it_tells(rewrite, text, kept):
    first = some_texts(rewrite(text))[0]
    assert kept in first and "?" not in first.split(".")[0], first


@pytest.mark.parametrize("text, plain", [
    ("Who leaves a wet towel on the bed? You do. Every day.", "You left a wet towel on the bed. Every day."),
    ("who puts the milk back empty? YOU.", "you put the milk back empty."),
    ("who took my charger?", "who took my charger?"),  # a real question: no answer given
    ("Who does that? Only you.", "Who does that? Only you."),  # no act told
    ("who knows? you might win", "who knows? you might win"),
])
def test_only_a_who_answered_with_you_is_told(text, plain):
    assert rhetorical_who.said_plainly(text) == plain


def test_evidence_after_a_told_who_moves_with_the_words():
    from heard.rewrite.textspeak import moved
    text = "who leaves the gate open? you. Biscuit got out."
    plain = rhetorical_who.said_plainly(text)
    start = text.index("Biscuit")
    assert plain[moved(start, rhetorical_who.said_plainly_edits(text)):].startswith("Biscuit")


@pytest.mark.parametrize("text, jab", [
    ("you left the back gate open AGAIN and now Biscuit is three streets over chasing the postman, absolutely "
     "brilliant", "brilliant"),
    ("we lost the game because you ignored the ref's call, well done", "well done"),
])
def test_a_lone_verdict_after_the_event_is_not_kept(rewrite, text, jab):
    found = some_texts(rewrite(text))
    assert found and not any(jab in s for s in found), found
    assert any("gate" in s or "ref's call" in s for s in found), found
