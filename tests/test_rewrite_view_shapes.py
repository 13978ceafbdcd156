"""Six put-downs of a view in comment threads, said back as the view they dispute (view_shapes.py): the
topic is kept, the sneer ("warped", "actual research", "the blogs that agree with you") is not, and a
household instruction in the same words ("I suggest you read the instructions") is not taken for one."""

import re

import pytest

from conftest import some_texts, texts_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, kept, banned", [
    ("You seem to have a pretty warped view of economics. Next you'll be telling us the bank bailouts worked.",
     r"^I see economics differently\. What makes you see it that way\?$", r"warped"),
    ("You clearly have a very rose-tinted view of the 1970s. Strikes, three-day weeks, power cuts.",
     r"^I see the 1970s differently\.", r"rose-tinted"),
    ("I suggest you read something other than the two blogs that already agree with you.",
     r"look at something other than the two blogs\. What do you usually read on this\?", r"agree with you"),
    ("I'd suggest you look at some actual research on minimum wage before posting again.",
     r"look at some research on minimum wage\.", r"\bactual\b|posting"),
    ("Read a history book and you'll see rent control has been tried and failed everywhere.",
     r"^From what I've read of history, rent control has been tried and failed everywhere\.", r"\bbook\b"),
    ("Go and read some history and you'll find every empire thought it would last forever.",
     r"^I read history differently\.", r"\bempire\b"),  # the absolute is the jab's: no claim to say back
    ("Your arguments would carry more weight if you stopped shouting in all caps.",
     r"^I'd like to hear your arguments without the shouting\.", r"name-calling"),
    ("Your points might land better if you didn't resort to calling everyone sheep.",
     r"^I'd like to hear your points without the name-calling\.", r"sheep"),
    ("I'm surprised that given your years in nursing you would dismiss the waiting list numbers.",
     r"^I'd give the waiting list numbers more weight than that\.", r"nursing"),
    ("Honestly I'm shocked that with all your experience you'd back a plan that cuts the night shift.",
     r"^I find a plan that cuts the night shift hard to defend\.", r"experience"),
    ('You seem to have a very "creative" view of the budget.', r"^I see the budget differently\.", r"creative"),
    ("This comment is exactly why nobody takes you seriously on this forum. You didn't even watch the video past "
     "the first minute.", r"^I think the video is worth watching to the end\.", r"seriously|forum"),
    ("you clearly didn't listen to the podcast, he says the opposite at 20 mins",
     r"^I think the podcast is worth hearing in full\. Could you give it another listen\?", r"clearly"),
    ("maybe try forming a coherent argument before you reply to me",
     r"^I'm having trouble following your point\. Could you put it another way\?$", r"coherent"),
])
def test_a_put_down_of_a_view_is_said_back_as_the_view(rewrite, text, kept, banned):
    found = some_texts(rewrite(text))
    assert re.search(kept, found[0]), found
    assert not any(re.search(banned, s, re.I) for s in found), found


def test_household_instructions_are_not_homework_in_a_thread(rewrite):
    found = texts_of(rewrite("I suggest you read the instructions before you try to build the cot again."))
    assert not any("usually read on this" in s for s in found), found


def test_a_video_of_the_speakers_own_is_a_household_matter(rewrite):
    first = some_texts(rewrite("You didn't watch my dance recital video, did you?"))[0]
    assert "when you didn't watch my dance recital video" in first.lower() and "worth watching" not in first, first
