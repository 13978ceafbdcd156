"""Everyday chat complaints read whole (everyday_complaints.py): a broken promise, a feeling put on the
listener, a request to stop with what it cost, a loan not given back, "you never X but Y".

What the sender relies on: the promise, the object, the time and the name are kept; the let-down is
about the promise not being kept (not about the promise); the one complaining is never made to
apologise or to hear "I hear how upset you are"; the "but Y" evidence is not taken as the situation;
and every suggestion is below the blaming/defensive thresholds.
"""

from __future__ import annotations

import re

import pytest
from conftest import below_thresholds, some_texts, texts_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, kept", [
    ("you promised you'd be home by 7 and it's nearly 10. thanks for nothing", r"you'd be home by 7\b"),
    ("you said you'd pay me back on friday and now you're ignoring my messages", r"pay me back on Friday"),
    ("Mark you told me you'd sort the babysitter and now it's friday and nothing", r"^Mark, .*sort the babysitter"),
    ("u said ud ring the landlord today, its 6pm 😒", r"you'd ring the landlord today\b"),
    ("you swore you'd pick the kids up on wednesday, they were the last ones at school", r"on Wednesday"),
])
def test_broken_promise_keeps_the_promise_and_the_let_down_is_about_it_not_happening(rewrite, analyzer, text, kept):
    found = some_texts(rewrite(text))
    assert any(re.search(kept, s) and "didn't happen" in s for s in found), found
    for suggestion in found:
        assert not re.search(r"when you said you'd[^.]*, I felt", suggestion), suggestion  # the promise is no hurt
        assert "thanks for nothing" not in suggestion.lower()
        assert below_thresholds(analyzer, suggestion), suggestion


@pytest.mark.parametrize("text, consequence", [
    ("You promised you'd get Aisha from school at 3:15 and she waited in the office for an hour. Unbelievable.",
     "She waited in the office for an hour."),
    ("you said you'd pick me up at 6 and I stood outside the station for two hours",
     "I stood outside the station for two hours."),
])
def test_what_a_broken_promise_left_someone_to_go_through_is_kept(rewrite, analyzer, text, consequence):
    first = some_texts(rewrite(text))[0]
    assert "counting on that" in first and consequence in first, first
    assert "Unbelievable" not in first and below_thresholds(analyzer, first), first


def test_a_clock_held_up_after_a_broken_promise_is_evidence_not_a_consequence(rewrite):
    first = some_texts(rewrite("you promised you'd be home by 7 and it's nearly 10. thanks for nothing"))[0]
    assert "nearly 10" not in first, first


@pytest.mark.parametrize("text", ["you said you'd do it, so I didn't bother", "Joey you said you'd stopped",
                                  "You said you'd love to come, and then nothing"])
def test_a_promise_used_as_an_excuse_or_a_past_claim_is_not_read_as_a_let_down(rewrite, text):
    # a claim relied on ("you'd stopped") is told as one that turned out untrue, never as a promise broken
    assert not any("counting on that" in s and "found out otherwise" not in s for s in texts_of(rewrite(text)))


@pytest.mark.parametrize("text, kept", [
    ("you always make me feel stupid when i ask a question", r"^When I ask a question, I end up feeling stupid\."),
    ("you make me feel like a burden every time i ask for help", r"When I ask for help, I end up feeling like a burden"),
    ("You always make me feel GUILTY for going out with my friends", r"feeling guilty for going out with my friends"),
    ("you made me feel like rubbish in front of your parents", r"^I felt like rubbish in front of your parents\."),
])
def test_a_feeling_put_on_the_listener_is_said_as_the_speakers_own(rewrite, analyzer, text, kept):
    found = some_texts(rewrite(text))
    assert any(re.search(kept, s) for s in found), found
    for suggestion in found:
        assert not re.search(r"\balways\b|make me feel|GUILTY", suggestion), suggestion
        assert below_thresholds(analyzer, suggestion), suggestion


@pytest.mark.parametrize("text, kept", [
    ("stop leaving your bike in the hallway, I tripped over it twice", "leaving your bike in the hallway"),
    ("can you stop using my shampoo, I had to buy a new one twice this month", "using my shampoo"),
    ("stop leaving the hob on, I came home and the kitchen was full of smoke", "leaving the hob on"),
    ("stop parking in my space, I had to walk from the end of the road in the rain", "parking in my space"),
    ("sis you borrowed my jacket in march and i still havent got it back", "Sis, you borrowed my jacket in March"),
    ("Leah you nicked my hoodie last week and i never got it back 😤", "Leah, you borrowed my hoodie last week"),
    ("you borrowed my notes and i still havent got them back", "I'd really like them back"),
    ("Not being funny but you've had my drill since August, Gareth", "Gareth, you've had my drill since August"),
    ("Mate you've still got my PS5 controller from Christmas", "my PS5 controller since Christmas"),
    ("you've had my hair straighteners for three weeks now", "I'd really like them back"),
])
def test_the_one_complaining_is_not_answered_as_the_one_accused(rewrite, analyzer, text, kept):
    found = some_texts(rewrite(text))
    assert any(kept in s for s in found), found
    for suggestion in found:
        assert not re.search(r"I'm sorry|I should have|I hear how upset you are|upset you\b", suggestion), suggestion
        assert below_thresholds(analyzer, suggestion), suggestion


@pytest.mark.parametrize("text", ["stop micromanaging me, I know how to do my job",
                                  "stop being so selfish, I had to do everything"])
def test_a_stop_with_a_claim_or_a_verdict_gets_no_polite_stop_request(rewrite, text):
    assert not any(s.startswith("Could you please stop") for s in texts_of(rewrite(text)))


@pytest.mark.parametrize("text, asked, not_kept", [
    ("dad you never call unless you need something", "call more often", "unless"),
    ("you never reply in the group chat but you're online all day", "reply in the group chat more often", "online"),
    ("you never have time for me but you always have time for your mates", "make time for me", "mates"),
    ("Mum you never ask how I am, only about the grandkids", "ask how I am more often", "grandkids"),
    ("you never come to my games but you went to Josh's", "come to my games more often", "Josh"),
])
def test_never_but_asks_for_the_missing_act_and_leaves_the_evidence(rewrite, analyzer, text, asked, not_kept):
    found = some_texts(rewrite(text))
    assert any(asked in s for s in found), found
    for suggestion in found:
        assert not_kept not in suggestion and "never" not in suggestion, suggestion
        assert below_thresholds(analyzer, suggestion), suggestion


@pytest.mark.parametrize("text, kept", [
    ("you told me the meeting was at 3 and it was at 2, I looked like an idiot", "the meeting was at 3, and it turned out it was at 2"),
    ("you said the party was casual and everyone was in suits, i felt like a clown", "everyone was in suits"),
    ("Dan you said the match started at 8 but it was over by the time we arrived 🙄", "Dan, you said the match started at 8"),
    ("you told me the dinner was on saturday and it was on friday", "on Saturday, and it turned out it was on Friday"),
])
def test_a_wrong_detail_keeps_both_facts_and_the_telling_is_not_the_hurt(rewrite, analyzer, text, kept):
    found = some_texts(rewrite(text))
    assert any(kept in s for s in found), found
    for suggestion in found:
        assert not re.search(r"when you (?:told|said)\b|idiot|clown", suggestion), suggestion
        assert below_thresholds(analyzer, suggestion), suggestion


def test_a_wrong_detail_called_a_lie_is_not_kept_as_a_fact(rewrite):
    assert not any("turned out" in s for s in texts_of(rewrite("you told me the report was finished and it was a lie")))
