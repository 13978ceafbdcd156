"""A denial whose own facts every other candidate dropped gets the speaker's side told plainly as one more
candidate (engine._plain_accounts, `untold`): held-out readers graded "I'm sorry it feels like I'm lying" for
"i was at Jess's house…, my phone died" as detail dropped. The content measure had set those facts aside as
the denial's support; now they count, less the words of the clauses that jab ("You're making a big deal out of
nothing"), so a reading that keeps the point is not pushed aside by one that only keeps more words."""

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, facts", [
    ("Miss, I wasn't skipping PE, I had a dentist appointment that my mum emailed you about on Monday.",
     ["dentist appointment", "Monday"]),
    ("i was at my nan's all night like i said, my charger broke, i'm not lying",
     ["nan's", "charger broke"]),
    ("I wasn't hiding in the stockroom, I was counting the delivery from Brakes with Tomasz. Ask him.",
     ["counting the delivery", "Tomasz"]),
])
def test_the_speakers_own_facts_are_told(rewrite, text, facts):
    found = [s["text"] for s in rewrite(text).suggestions]
    assert found, text
    assert all(fact in found[0] for fact in facts), found[0]


def test_the_side_concedes_nothing(rewrite):
    text = "Miss, I wasn't skipping PE, I had a dentist appointment that my mum emailed you about on Monday."
    first = rewrite(text).suggestions[0]["text"]
    assert "I'm sorry I" not in first and "I should have" not in first, first


def test_a_reading_that_keeps_the_point_still_leads(rewrite):
    # "making a big deal" is the jab, not content a rewrite must keep: the promise kept with a time asked wins
    first = rewrite("I said I'd sort the car, I never said today. You're making a big deal out of nothing.").suggestions[0]
    assert "sort the car" in first["text"] and "big deal" not in first["text"], first


def test_a_sulk_is_not_told_as_a_side(rewrite):
    found = [s["text"] for s in rewrite("fine, I'll just never cook again then, since apparently I can't even do pasta right").suggestions]
    assert not any("I can't do pasta right" in s for s in found), found
