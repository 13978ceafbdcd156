"""Marks the edits leave on a finished suggestion's surface (surface_mends.py, surface.recase, reading.NO_REQUEST).

Each was graded broken English by a reader of held-out set 9: "£64. 99", "Dear this is the third
invoice", "As far as I know, Ours is a conifer", "I think He has been here", "prince2", "Nah, I can
hear that you're upset", "Could you occur to you to say no?".
"""

from __future__ import annotations

import re

import pytest
from conftest import some_texts

from heard.rewrite.surface import recase
from heard.rewrite.surface_mends import mended_surface


@pytest.mark.parametrize("original, text, expected", [
    ("You charged me twice, £64.99 both times.", "You charged me twice, £64. 99 both times.",
     "You charged me twice, £64.99 both times."),
    ("It finished 3. 5 went home early.", "It finished 3. 5 went home early.", "It finished 3. 5 went home early."),
    ("Dear Mark, this is the third invoice.", "Mark, I'm frustrated. Dear this is the third invoice.",
     "Mark, I'm frustrated. This is the third invoice."),
    ("Ours is a conifer.", "As far as I know, Ours is a conifer.", "As far as I know, ours is a conifer."),
    ("He has been here four years.", "I think He has been here four years.", "I think he has been here four years."),
    ("Priya sent it on Monday.", "As far as I know, Priya sent it on Monday.", "As far as I know, Priya sent it on Monday."),
    ("Nah I didn't bin them.", "Nah, I can hear that you're upset.", "I can hear that you're upset."),
    ("I think I sent it.", "I think I sent it.", "I think I sent it."),
])
def test_the_surface_is_put_back_as_the_message_had_it(original, text, expected):
    assert mended_surface(original, text) == expected


def test_a_code_with_digits_is_not_shouting():
    assert recase("He holds the PRINCE2 certificate, ticket INC-4471.") == "He holds the PRINCE2 certificate, ticket INC-4471."
    assert recase("I HAVE checked with my bank") == "I have checked with my bank"
    assert recase("stop shouting RIGHT-NOW at me") == "stop shouting right-now at me"


@pytest.mark.model
def test_a_thought_that_never_occurred_is_no_request(rewrite):
    found = some_texts(rewrite("Your mother rearranged my entire kitchen while we were in Cornwall and you just let her. "
                               "It didn't occur to you to say no?"))
    assert not any(re.search(r"\bCould you occur\b|\boccur to you\b", s) for s in found), found
    assert "kitchen" in found[0], found
