"""Mock praise for an ordinary act ("Oh wow, you remembered to pay the electric. Round of applause 👏")
complains that it is rare: the rewrite thanks for the act and asks for it to be the usual thing. It
never turns the act into the grievance ("I felt let down when you remembered to pay the electric")."""

import re

import pytest

from heard.rewrite.grudging_praise import grudging_lines
from conftest import some_texts, read_as


@pytest.mark.parametrize("text, act", [
    ("Oh wow, you remembered to pay the electric. Round of applause 👏", "paying the electric"),
    ("look who finally emptied the dishwasher, alert the press", "emptying the dishwasher"),
    ("Wow you actually managed to pick the kids up on time, someone get this man a medal", "picking the kids up on time"),
])
def test_mock_praise_becomes_thanks_and_an_ask(rewrite, text, act):
    found = some_texts(rewrite(text))
    assert re.match(r"Thank(?:s| you) for " + act, found[0]), found
    assert not any(re.search(r"\bwhen you (?:remembered|finally|managed)\b|applause|medal|press\b|let down", s)
                   for s in found), found


@pytest.mark.parametrize("text", [
    "You remembered to pay the electric, thank you so much!",  # meant: nothing mocks it
    "Round of applause for the kids, they were brilliant at the concert 👏",  # no act of the listener's
    "you finally replied lol",  # no applause
    "so proud of you, you finally passed your driving test 🎉",  # meant
])
def test_thanks_that_is_meant_or_no_act_is_not_this_shape(text):
    assert grudging_lines(read_as(text)) == []
