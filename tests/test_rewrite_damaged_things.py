"""A defence about a thing that got damaged opens with sorry about the thing, not a stock line
(damaged_things.py): "I'm sorry about the vase." The speaker's own thing ("my phone died") gets no such
line, and a suggestion that already apologises gets no second one."""

import pytest

from conftest import some_texts

pytestmark = pytest.mark.model


def test_the_damaged_thing_is_what_the_apology_is_about(rewrite):
    first = some_texts(rewrite("Don't look at me, the cat knocked the vase off, I was in the shower."))[0]
    assert first.startswith("I'm sorry about the vase. ") and "I hear how upset" not in first, first
    assert "The cat knocked the vase off" in first and "I was in the shower" in first, first  # the account stays


@pytest.mark.parametrize("text", [
    "my phone died at the festival and I had no charger",  # the speaker's own thing
    "The dog chewed the remote, I only left the room for a second",  # already says sorry for leaving the room
])
def test_no_apology_about_the_speakers_own_thing_or_a_second_one(rewrite, text):
    for suggestion in some_texts(rewrite(text)):
        assert suggestion.lower().count("sorry") <= 1, suggestion
        assert "sorry about my" not in suggestion.lower(), suggestion
