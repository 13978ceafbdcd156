"""A clause that only hands out the fault ("This is on you, not the team") names no act: it is never the
situation of an "I" statement ("Sam, when not the team, I feel frustrated"); the act beside it is."""

import re

import pytest

from conftest import some_texts


@pytest.mark.parametrize("text, kept", [
    ("Sam, this is the second sprint in a row where your tickets weren't updated. This is on you, not the team.",
     "your tickets weren't updated"),
    ("The leak is on you, you never got the boiler serviced.", "you didn't get the boiler serviced"),
])
def test_a_fault_verdict_is_not_the_situation(rewrite, text, kept):
    found = some_texts(rewrite(text))
    assert kept in found[0], found
    assert not any(re.search(r"\bnot the team\b|\bon you\b|\bwhen the leak\b", s) for s in found), found
