"""The listener's act said inside a verdict or a disbelieving question (acts.py).

- "it's typical of you to cancel dinner an hour before", "trust you to forget the tickets": the frame
  judges the listener's character; the act after it happened. Before, the frame's clause was cut whole
  ("I'd already put the lasagne in. I'm feeling let down.") or kept broken ("I can see the like you to
  invite your mates round… matters to you").
- "you told the landlord we'd pay the deposit by Friday without even checking with me first?": a
  statement asked in disbelief. Before: "I'd like to talk about the landlord."
- "(Shame) you couldn't be bothered to come to Ruby's recital": the act not done, without the motive.
- "You were the one who said you'd checked slide 14": a claim or promise the speaker relied on. Before:
  "I was really upset when you said you'd checked slide 14", as if the saying were the hurt (reading.py).
"""

from __future__ import annotations

import re

import pytest
from conftest import below_thresholds, read_as, some_texts

from heard.rewrite.address import find_address
from heard.rewrite.parsing import parse_many

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, act", [
    ("honestly it's typical of you to cancel dinner an hour before. I'd already put the lasagne in.",
     "you cancelled dinner an hour before"),
    ("It's just like you to invite your mates round without asking me first.",
     "you invited your mates round without asking me first"),
    ("That's so typical of you to turn up late and then blame the traffic.",
     "you turned up late and then blamed the traffic"),
    ("trust you to forget the tickets on the day we fly", "you forgot the tickets on the day we fly"),
    ("leave it to you to book the wrong hotel", "you booked the wrong hotel"),
    ("Honestly, trust you to forget the tickets on the day we fly", "you forgot the tickets on the day we fly"),
])
def test_a_verdict_on_the_listener_keeps_the_act_it_frames_in_the_past(rewrite, analyzer, text, act):
    found = some_texts(rewrite(text))
    assert act in found[0].lower(), found
    assert not re.search(r"\b(?:typical|like you to|trust you|leave it to)\b", found[0], re.I), found
    assert below_thresholds(analyzer, found[0]), found


@pytest.mark.parametrize("text", [
    "it's not like you to forget my birthday, is everything ok?",  # concern, not a verdict
    "I'd trust you to drive my car anywhere",
])
def test_concern_and_trust_are_no_verdict_frame(text):
    assert not any(c.literal is not None and re.match(r"you (?:forgot|drove)\b", c.literal.situation)
                   for c in read_as(text).clauses)


@pytest.mark.parametrize("text, act", [
    ("Eish bru, you told the landlord we'd pay the R2500 deposit by Friday without even checking with me first?",
     "you told the landlord we'd pay the R2500 deposit by Friday without checking with me first"),
    ("you gave my number to your ex???", "you gave my number to your ex"),
    ("So you just left the kids with your brother and went to the pub?",
     "you left the kids with your brother and went to the pub"),
])
def test_a_statement_asked_in_disbelief_is_the_act_that_happened(rewrite, analyzer, text, act):
    found = some_texts(rewrite(text))
    assert act in found[0], found
    assert "?" not in found[0].split(".")[0], found  # the act is told, not asked again
    assert below_thresholds(analyzer, found[0]), found


@pytest.mark.parametrize("text", ["why did you tell the landlord we'd pay by Friday?",
                                  "you took the car or not?", "did you lock the back door?", "you did?"])
def test_a_real_question_is_not_read_as_an_act(text):
    assert all(c.literal is None for c in read_as(text).clauses if c.question)


def test_a_name_the_tagger_took_for_a_noun_is_still_the_address(rewrite):
    text = "Sophie you've cancelled on me four times since March, just say you don't want to be friends anymore."
    assert find_address(parse_many([text])[0])[0] == "Sophie"
    found = some_texts(rewrite(text))
    assert found[0].startswith("Sophie, ") and "when Sophie" not in found[0], found


@pytest.mark.parametrize("text, act", [
    ("Shame you couldn't be bothered to come to Ruby's recital. She kept looking at the empty seat.",
     "you didn't come to Ruby's recital"),
    ("you couldn't even be bothered to text me back", "you didn't text me back"),
    ("I suppose you were too busy to RSVP to Margaret's seventieth, like every other family event.",
     "you didn't RSVP to Margaret's seventieth"),
])
def test_a_motive_pinned_on_what_was_not_done_leaves_the_act(rewrite, analyzer, text, act):
    found = some_texts(rewrite(text))
    assert act in found[0] and not re.search(r"bothered|too busy|every other|^Shame", found[0]), found
    assert below_thresholds(analyzer, found[0]), found


@pytest.mark.parametrize("text, claim, after", [
    ("Derek, the Henderson deck went to the client with last quarter's numbers in it. You were the one who said "
     "you'd checked slide 14.", "Derek, you said you'd checked slide 14, and I'd been counting on that.",
     "when I found out otherwise"),
    ("Bhai, you were the one who said the Goa tickets were booked, so don't act like this is my mess.",
     "you said the Goa tickets were booked, and I'd been counting on that.", "when I found out otherwise"),
    ("Dad you said you'd be at my graduation and you weren't there",
     "Dad, you said you'd be at my graduation, and I'd been counting on that.", "when that fell through"),
    ("@jess you said youd handle the booking and now its full 🙄", "you said you'd handle the booking, and I'd",
     "when that fell through"),
])
def test_a_claim_or_promise_relied_on_is_not_the_hurt_its_falling_through_is(rewrite, analyzer, text, claim, after):
    found = some_texts(rewrite(text))
    assert claim in found[0] and after in found[0], found
    assert not re.search(r"when you (?:said|told me)\b", found[0]), found
    assert below_thresholds(analyzer, found[0]), found


@pytest.mark.parametrize("text", ["Mum, I felt hurt when you said I'd let myself go, at lunch yesterday.",
                                  "you told me I was overreacting about the car"])
def test_hurtful_words_about_the_speaker_stay_the_hurt(rewrite, text):
    assert not any("counting on that" in s for s in some_texts(rewrite(text)))


def test_a_missed_occasion_is_not_asked_for_again_but_a_habit_is(rewrite):
    recital = some_texts(rewrite("you promised you'd come to Maya's recital and you didn't show up"))
    assert not any(re.search(r"Could you (?:still )?(?:show up|come)", s) for s in recital), recital
    games = some_texts(rewrite("you never come to Ella's football games, she notices you know"))
    assert any("could you come to them" in s.lower() for s in games), games


def test_a_lapse_joined_to_the_listeners_first_act_is_a_complaint_even_when_flagged_defensive(rewrite, analyzer):
    # the model flags it defensive; "…and didn't answer a single text" shares the first act's "you" (wronged.py)
    found = some_texts(rewrite("you were out till 3am and didn't answer a single text, I thought something had happened"))
    assert "you were out till 3am and didn't answer" in found[0], found
    assert not re.search(r"I hear|I can tell this matters|upset you", found[0]), found
    assert below_thresholds(analyzer, found[0]), found
