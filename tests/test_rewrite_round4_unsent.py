"""A suggestion is sent INSTEAD of the user's message (unsent.py): it never apologises for words only
the original contained ("I'm sorry I said it was no big deal", "I'm sorry I brushed this off", "I
turned that back on you"), and its closers promise something real: "I know it made things harder for
you" only where the message says what was harder, "go through it together" only with a named thing.
"""

from __future__ import annotations

import re

import pytest
from conftest import below_thresholds, some_texts, texts_of

from heard.rewrite.unsent import standalone

pytestmark = pytest.mark.model

_UNSENT = re.compile(r"\bsorry I (?:said|brushed)\b|\bquick to wave off\b|\bturned that back\b|"
                     r"\bthat wasn't fair\b|\bI was (?:dismissive|quick)\b", re.I)


@pytest.mark.parametrize("text", [
    "you're overreacting, it was one text to my ex",
    "it's literally a scratch on the bumper, calm down",
    "It wasn't even that loud, we turned the music off at midnight.",
    "I did my half of the slides, Anika. If yours weren't ready that's hardly my problem.",
    "Honestly it's not a big deal that I used the joint account for the concert tickets, it's our money",
    "it was ONE pound coin from the jar, calm down",
    "That's rich coming from someone who still hasn't paid their share of the Airbnb in Cornwall",
    "\"You're overreacting, it was one like on an old photo.\"",
    "RELAX, IT'S TWO DIRTY MUGS IN THE SINK",
    "why are you making such a big deal out of one missed call from your mum?? 🙄",
    "You're overreacting. It's not a big deal.",
    "So what?",
])
def test_no_apology_for_words_the_receiver_never_sees(rewrite, analyzer, text):
    for suggestion in texts_of(rewrite(text)):
        assert not _UNSENT.search(suggestion), suggestion
        assert "go through it together" not in suggestion, suggestion
        assert below_thresholds(analyzer, suggestion), suggestion


@pytest.mark.parametrize("text, kept", [
    ("Honestly it's not a big deal that I used the joint account for the concert tickets, it's our money",
     "joint account"),
    ("it's not a big deal that I borrowed your hoodie without asking", "hoodie"),
    ("it was ONE pound coin from the jar, calm down", "pound coin"),
    ("you're overreacting, it was one text to my ex", "text to my ex"),
    ("it's literally a scratch on the bumper, calm down", "scratch on the bumper"),
    ("You're blowing this way out of proportion, it was one missed call from your mum", "call from your mum"),
])
def test_the_thing_brushed_aside_is_kept(rewrite, text, kept):
    found = some_texts(rewrite(text))
    assert any(kept in s for s in found), found


def test_a_named_thing_to_go_through_is_offered(rewrite):
    found = some_texts(rewrite("I did my half of the slides, Anika. If yours weren't ready that's hardly my problem."))
    assert all("go through it together" not in s for s in found), found
    assert all(not re.search(r"sorry I brushed", s) for s in found), found


@pytest.mark.parametrize("text", [
    "I worked 12 hours yesterday so excuse me for forgetting the milk.",
    "I was only trying to help with your CV, sorry for caring I guess.",
    "I was swamped with the Henderson audit all week, what did you expect?",
    "ok but the landlord never told me the rent went up, how was I supposed to know",
])
def test_no_made_things_harder_said_without_knowing(rewrite, text):
    for suggestion in texts_of(rewrite(text)):
        assert "made things harder" not in suggestion, suggestion


# -- the rule itself, on the stock lines every module may produce -------------------------------
@pytest.mark.parametrize("message, line, wanted", [
    ("x", "I'm sorry I said it was no big deal that I used the car. I can see this really matters to you.",
     "I can see it's a big deal to you that I used the car."),
    ("x", "I can see this matters to you, and I'm sorry I said you were overreacting. What would help?",
     "I can see this really matters to you. What would help?"),
    ("x", "I'm sorry I brushed off the scratch on the bumper. I can see it matters to you.",
     "I can see this really matters to you, and I don't want to brush off the scratch on the bumper."),
    ("x", "I turned that back on you instead of listening, and that wasn't fair.", "I want to hear you out first."),
    ("the milk", "I'm sorry. I know it made things harder for you. Next time I'll say.", "I'm sorry. Next time I'll say."),
    ("you had to leave work early", "I'm sorry. I know it made things harder for you.",
     "I'm sorry. I know it made things harder for you."),
    ("my half of the slides", "I did my half. I'm happy to go through it together.",
     "I did my half. Can we go through the slides together?"),
    ("it was loud", "We turned it off. I'm happy to go through it together.", "We turned it off. Can we talk about it?"),
    ("it was loud", "Can we talk about it? I'm happy to go through it together.", "Can we talk about it?"),
])
def test_standalone_lines(message, line, wanted):
    assert standalone(message, line) == wanted


@pytest.mark.parametrize("message, line", [
    ("I know I said you were lazy and that was out of order", "I'm sorry I said you were lazy."),
    ("sorry I brushed you off earlier, I was stressed", "I can see this hurt you, and I'm sorry I brushed it off."),
])
def test_words_the_message_itself_owns_may_still_be_apologised_for(message, line):
    assert standalone(message, line) == line
