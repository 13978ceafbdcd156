"""Which feeling a phone, a call, a text or home points to (feelings.py): worry only when the other
could not be reached; disconnection only when the listener is on the screen. Readers of unseen
messages called "worried" wrong for texts read over a shoulder and a nan not rung on her birthday."""

from __future__ import annotations

import pytest
from conftest import read_as

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "you never pick up when I call",
    "You said you'd be home by ten.",
    "you rolled in at 2am without even a text",
    "you didn't call me all weekend and I had no idea where you were",
])
def test_contact_that_never_came_is_worry(text):
    assert read_as(text).feeling() == "worried"


@pytest.mark.parametrize("text", [
    "omg why do you ALWAYS have to read my texts over my shoulder",
    "You couldn't even ring your nan on her 80th. She waited by the phone all afternoon.",
    "mom you keep calling me at work even after i asked you to text",
    "Your colleague promised me a refund on the phone and now it's store credit only??",
])
def test_contact_that_only_names_where_it_happened_is_not_worry(text):
    assert read_as(text).feeling() not in ("worried", "disconnected")


@pytest.mark.parametrize("text", [
    "you were on your phone the whole of date night",
    "oh because you're SO tired. scrolling instagram. all night.",
])
def test_the_listener_on_a_screen_is_disconnection(text):
    assert read_as(text).feeling() == "disconnected"
