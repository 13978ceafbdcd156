"""Chasing the listener ("I've now asked three times for the invoice", "i told you i'm vegetarian like five
times") is the speaker's complaint about what hasn't happened, not an act of theirs to answer for: the
rewrite tells it with the speaker's frustration and an ask, and never puts the upset on the listener
("I hear how upset you are") or apologises for the asking ("I should have made it clearer")."""

import re

import pytest

from heard.rewrite.wronged import chased
from conftest import some_texts, texts_of, read_as

_ANSWERED_AS_DEFENCE = re.compile(r"\bhow upset you are\b|\bmakes sense that you're upset\b|\bI should have\b|\bsorry\b",
                                  re.I)


@pytest.mark.parametrize("text, kept", [
    ("Hi Declan, I've now asked three times for the invoice for the kitchen tiles. At this stage I can only assume "
     "you don't actually want to be paid. Let me know.", "I've now asked three times for the invoice for the kitchen tiles"),
    ("dad i told you i'm vegetarian like five times. why is there ham in everything", "I'm vegetarian"),
    ("babe i asked you to pick up milk like three times today. where is it", "pick up milk"),
])
def test_a_chased_request_is_told_as_the_speakers_complaint(rewrite, text, kept):
    found = some_texts(rewrite(text))
    assert kept in found[0] and "frustrated" in found[0], found
    assert not any(_ANSWERED_AS_DEFENCE.search(s) for s in found), found
    assert not any(re.search(r"\bonly assume\b|\bwant to be paid\b", s) for s in found), found  # the guess at a motive


@pytest.mark.parametrize("text, is_chasing", [
    ("I've now asked three times for the invoice.", True),
    ("I have now given my order number to FOUR different people.", True),
    ("I have followed up thrice already.", True),
    ("I've sent two plumbers already.", False),  # the speaker's own work, held up in defence
    ("I asked for the invoice.", False),  # once is no chasing
    ("I haven't asked him three times.", False),
])
def test_chasing_needs_a_count_of_asks(text, is_chasing):
    assert chased(read_as(text).clauses[0]) is is_chasing


def test_a_talking_down_explained_several_times_is_not_told_back(rewrite):
    found = texts_of(rewrite("As I've explained several times now, the process is clearly documented in the onboarding "
                             "wiki. I'm honestly not sure which part of it you're still struggling with, but it's "
                             "becoming a problem for the rest of the team."))
    assert found and not re.search(r"several times|still struggling", found[0]), found
