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
