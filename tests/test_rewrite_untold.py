"""News the listener kept back is asked for as news to be passed on (reading._untold): "you never told me the
time changed" used to give "Could you tell me the time changed?" — news already had — which later steps
dropped for "I'd like us to talk about it, when you're ready."."""

import re

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text, ask", [
    ("why didn't you tell me the boiler man was coming at 8", r"Next time, could you let me know\?$"),
    ("You never told me about the parking fine, Declan.", r"Next time, could you let me know\?$"),
    ("the council cut the water off all morning and you didn't even warn us", r"could you let us know\?$"),
    ("you never tell me where you are going after work", r"Could you keep me in the loop\?$"),  # a habit, not one time
])
def test_news_kept_back_is_asked_to_be_passed_on(rewrite, text, ask):
    found = [s["text"] for s in rewrite(text).suggestions]
    assert found, text
    assert re.search(ask, found[0]), found[0]


@pytest.mark.model
def test_an_act_left_undone_still_asks_for_the_act(rewrite):
    # a call left undone is still asked for as the call, not as news to pass on
    found = [s["text"] for s in rewrite("you never call me when you're running late").suggestions]
    assert found and "let me know?" not in found[0] and "in the loop" not in found[0], found
