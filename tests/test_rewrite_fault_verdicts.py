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


@pytest.mark.parametrize("text, kept", [
    ("Hi Priya, as discussed at Thursday's standup, the release slipped because your team didn't deliver the API "
     "spec until Wednesday night.", "the release slipped"),
    ("I'm worried sick because you didn't come home last night", "you didn't come home last night"),
])
def test_what_the_listeners_side_failed_to_do_is_a_complaint_not_a_defence(rewrite, text, kept):
    """Nothing in these defends the sender: "I hear how upset you are" put the sender's worry on the listener,
    and "as discussed at…" was spliced into the situation ("when as discussed at Thursday's standup")."""
    found = some_texts(rewrite(text))
    # the sender's own feeling, said as theirs (a slipped release is frustrating; a night out of contact, a worry)
    assert kept in found[0] and re.search(r"\bI (?:was|felt) (?:really )?(?:worried|frustrated)\b|\bfrustrating for me\b",
                                          found[0]), found
    assert not any(re.search(r"\bupset you\b|\bhow upset you are\b|\bas discussed\b|\bI'm sick\b", s) for s in found), found


def test_a_thank_you_that_wouldnt_kill_anyone_is_no_lapse_of_the_listener(rewrite):
    found = some_texts(rewrite("I know the minutes went out late. I'm a volunteer doing this around two jobs and a "
                               "toddler. Maybe a thank you wouldn't kill anyone."))
    assert "the minutes went out late" in found[0], found
