"""Keeping in touch left undone is asked for as the small act itself (asking._keeping_in_touch): once "When you
didn't ask how my interview went, I felt…" has said it, the ask could not point back to it ("Could you ask
it?") and fell to "Can we talk about it?"."""

import re

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text, ask", [
    ("you never once asked how my driving test went. not once.", r"Could you check in with me now and then\?$"),
    ("you never reply when you're at your brother's. I was up till 2 worrying", r"send a quick reply when you can\?$"),
    ("you never ring me back when you say you will", r"call me back\?$"),
])
def test_keeping_in_touch_is_asked_for_plainly(rewrite, text, ask):
    found = [s["text"] for s in rewrite(text).suggestions]
    assert found, text
    assert re.search(ask, found[0]), found[0]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "you never ring your nan and she keeps asking after you",   # a call to someone else
    "Sis you never call Dadi unless you need money",
])
def test_a_call_to_someone_else_is_not_asked_for_the_speaker(rewrite, text):
    found = [s["text"] for s in rewrite(text).suggestions]
    assert not any(re.search(r"give me a (?:quick call|ring)|call me back", s) for s in found), found
