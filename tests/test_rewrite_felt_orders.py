"""An order not to treat the speaker some way ("Don't patronise me", "Don't push me") says the speaker's feeling
(venting._felt): it used to get no suggestion at all, or "I notice I'm getting defensive…"."""

import re

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text, felt", [
    ("Don't patronise me, Kev.", "patronised"),
    ("Don't judge me for taking one sick day.", "judged"),
    ("Don't rush me, I'm on the phone to the bank.", None),  # a plain request with its reason: not vented
])
def test_an_order_not_to_says_the_feeling(rewrite, text, felt):
    found = [s["text"] for s in rewrite(text).suggestions]
    if felt is None:
        assert not any("I feel rushed" in s for s in found), found
    else:
        assert found and re.search(rf"\bI(?:'m| am)? feel(?:ing)? {felt}\b", found[0]), found


@pytest.mark.model
def test_an_order_not_to_leave_is_no_feeling_of_being_left(rewrite):
    assert not any("feel left" in s["text"] for s in rewrite("Don't leave me here on my own.").suggestions)
