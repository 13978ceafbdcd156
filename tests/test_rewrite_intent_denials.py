"""A denial of intent ("I didn't leave Mark off the email on purpose") owns the act and denies only the
motive: the rewrite apologises for the act, which a denial of the act itself must never get
(intent_denials.py)."""

import pytest

from conftest import some_texts

from heard.rewrite.intent_denials import unmeant, unmeant_edits
from heard.rewrite.textspeak import moved


def test_the_motive_word_becomes_mean_to_with_the_verb_in_its_base_form():
    assert unmeant("dad i didnt scratch the car on purpose, the bollard") == \
        "dad i didn't mean to scratch the car, the bollard"
    assert unmeant("We never ignored you deliberately. Ok?") == "We didn't mean to ignore you. Ok?"
    assert unmeant("I never forgot it intentionally!") == "I didn't mean to forget it!"
    for text in ("you did it on purpose", "I didn't mean to do it on purpose", "I did it on purpose, sorry",
                 "I didn't go, and not on purpose", "She didn't drop it on purpose"):  # nothing the speaker denies
        assert unmeant(text) == text


def test_evidence_offsets_follow_the_words_through_the_change():
    text = "We never ignored you deliberately. Ok? and I did not lie intentionally, honest"
    said, edits = unmeant(text), unmeant_edits(text)
    for word in ("ignore", "you", "Ok", "lie", "honest"):  # "ignored" lost its "d", not its start
        start = text.index(word)
        assert said[moved(start, edits):moved(start, edits) + len(word)] == word, word


@pytest.mark.model
@pytest.mark.parametrize("text, owned", [
    ("I didn't leave Mark off the email on purpose, ok? The thread was 30 replies long and I hit reply "
     "instead of reply all. It's hardly a scandal.", "I'm sorry I left Mark off the email"),
    ("dad i didnt scratch the car on purpose, the bollard at lidl is literally invisible in the dark. "
     "and u scraped the wing mirror last year so", "I'm sorry I scratched the car"),
])
def test_the_act_is_owned_and_the_excuse_and_the_counter_are_not_kept(rewrite, text, owned):
    found = some_texts(rewrite(text))
    assert any(owned in s for s in found), found
    assert not any("on purpose" in s or "hardly" in s or "wing mirror" in s for s in found), found


@pytest.mark.model
def test_a_denial_of_the_act_itself_still_gets_no_apology(rewrite):
    found = some_texts(rewrite("I didn't cut your hedge, it was the council's contractors on Tuesday."))
    assert not any("sorry I cut" in s for s in found), found


@pytest.mark.model
def test_the_apology_keeps_the_reason_a_denial_of_intent_gives(rewrite):
    found = some_texts(rewrite("dad i didnt scratch the car on purpose, the bollard at lidl is literally invisible in the "
                               "dark. and u scraped the wing mirror last year so"))
    assert "I'm sorry I scratched the car" in found[0] and "bollard at Lidl" in found[0], found
    found = some_texts(rewrite("I can see why losing the mount drop stings, I'd be mad too. but i got disconnected, i "
                               "didnt roll need on it on purpose"))
    assert any("I got disconnected" in s for s in found), found
