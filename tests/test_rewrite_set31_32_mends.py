"""Broken shapes from held-out sets 31 and 32's grades (graded blind at 4206e53's parent state; mended after, so the
sets no longer measure them), each tried on a same-shape message the sets do not hold."""

import re

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "You booked the caravan for my week without even asking me. Again. Do my plans just not matter to you, Sean?",
    "You signed us up for the quiz without asking me. Does my weekend just not count to you?",
])
def test_a_question_about_the_speakers_things_is_not_asked_of_the_listener(rewrite, text):
    found = [s["text"] for s in rewrite(text).suggestions]
    assert found, text
    assert not any(re.search(r"Could you (?:matter|count|exist)\b", s) for s in found), found
