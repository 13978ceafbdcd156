"""What the listener's lapse cost the speaker ("If you'd answered your phone, I wouldn't have had to pay
£60 for a taxi") is a complaint with a fact in it: the cost is told as it happened ("I had to pay £60
for a taxi"), never apologised for as if the speaker had done wrong ("I'm sorry I paid £60 for the
taxi"), and the message is not answered as a defence ("It makes sense that you're upset")."""

import re

import pytest

from conftest import some_texts, texts_of

_OWNED_COST = re.compile(r"\bsorry I (?:paid|waited)\b|\bmakes sense that you're upset\b|\bwouldn't have\b", re.I)


@pytest.mark.parametrize("text, cost", [
    ("If you'd actually answered your phone at the airport, I wouldn't have had to pay £60 for a taxi.",
     "I had to pay £60 for a taxi"),
    ("I wouldn't have had to wait two hours in the rain if you'd texted me.", "I had to wait two hours in the rain"),
])
def test_a_cost_of_the_listeners_lapse_is_told_not_owned(rewrite, text, cost):
    found = some_texts(rewrite(text))
    assert cost in found[0] and re.search(r"\bwhen you didn't\b", found[0], re.I), found
    assert not any(_OWNED_COST.search(s) for s in found), found


def test_a_lapse_the_speaker_was_pushed_into_is_still_owned(rewrite):
    """"had to rush the slides" admits the rush: owning it is the guidance, unlike a taxi fare."""
    found = texts_of(rewrite("I wouldn't have had to rush the slides if you hadn't dumped the whole pitch on me Thursday night"))
    assert any("I'm sorry I rushed the slides" in s for s in found), found


@pytest.mark.parametrize("text, happened", [
    ("If you'd checked the tickets, we wouldn't have missed the flight.", "We missed the flight."),
    ("Perhaps if you'd read the email chain, Graham, you wouldn't have double-booked the boardroom for the client visit.",
     "when you double-booked the boardroom for the client visit"),
])
def test_what_the_lapse_led_to_is_told_as_what_happened(rewrite, text, happened):
    """Before: only "…when you didn't read the email chain", the double-booked boardroom dropped."""
    found = some_texts(rewrite(text))
    assert happened in found[0] and "wouldn't have" not in found[0], found


@pytest.mark.parametrize("text, ask", [
    ("quit being a crybaby and help me lift this", "Could you help me lift this?"),
    ("stop being lazy and help me carry the shopping in", "Could you help me carry the shopping in?"),
    ("stop moaning and just hoover the lounge", "Could you hoover the lounge?"),
])
def test_a_name_or_mood_order_before_the_ask_leaves_the_ask(rewrite, text, ask):
    found = some_texts(rewrite(text))
    assert ask in found[0] and not re.search(r"crybaby|lazy|moan", found[0]), found
