"""Two acts joined by "and" under one subject stay one situation (clauses.py): "you signed up for the
stall and didn't show" is about not showing, so an "I" statement that keeps only "when you signed up"
turns the complaint upside down (a reader of unseen set 11 graded it "meaning reversed")."""

from __future__ import annotations

import re

import pytest
from conftest import some_texts

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, kept", [
    ("You signed up for the Saturday stall and didn't show.", r"signed up for the Saturday stall and didn't show"),
    ("you used the last of the milk again and didn't replace it", r"used the last of the milk and didn't replace it"),
    ("you guys made plans for the weekend in a different chat and didn't include me?",
     r"made plans for the weekend in a different chat and didn't include me"),
    ("you changed the slides after I signed off on them and didn't tell anyone", r"and didn't tell anyone"),
])
def test_a_second_act_under_the_same_subject_is_kept_with_the_first(rewrite, text, kept):
    found = some_texts(rewrite(text))
    assert re.search(kept, found[0]), found


@pytest.mark.parametrize("text", [
    "I missed your call, I was driving and couldn't pick up.",
])
def test_an_excuse_keeps_both_its_acts(rewrite, text):
    assert "driving and couldn't pick up" in some_texts(rewrite(text))[0]


def test_an_order_after_and_is_still_its_own_clause():
    from conftest import read_as

    clauses = read_as("i was carrying the whole game, and check the scoreboard before you flame me",
                      ("defensive",)).clauses
    assert any(re.match(r"(?:and )?check the scoreboard", c.text.lower()) for c in clauses), \
        [c.text for c in clauses]
