"""The fact or ask that carries the point (service_asks.py): a repair chased, money unaccounted for, a
share asked for on an occasion, noise with the speaker's reason, work taken for granted over one slip,
work handed over late, a day spoiled while the listener was away. The first suggestion keeps the thing,
the amounts, the names and the occasion, asks for something concrete, and drops the jab."""

from __future__ import annotations

import re

import pytest
from conftest import below_thresholds, some_texts, texts_of

pytestmark = pytest.mark.model


def _last(text: str) -> str:
    return re.split(r"(?<=[.!?])\s+", text.strip())[-1]


@pytest.mark.parametrize("text, kept, ask", [
    ("The boiler has been broken for 11 days and I've sent four emails and left two voicemails. You're more than "
     "happy to take £950 on the 1st of every month, but apparently picking up a phone is beyond you?",
     ["11 days", "four emails", "two voicemails"], r"Could you get the boiler fixed"),
    ("The shower has been leaking for three weeks and I've rung the office five times. You cash the rent every month "
     "without fail, but a plumber is apparently too much to ask?", ["three weeks", "five times"], r"the shower fixed"),
    ("the boiler has been broken for 11 days and ive sent 4 emails. ur happy enough to take the rent tho 🙄",
     ["11 days", "I've sent 4 emails"], r"the boiler fixed"),
    ("The heating has been off for nine days and I've left three voicemails. Do you actually read your messages?",
     ["nine days", "three voicemails"], r"the heating back on"),
])
def test_a_chased_repair_keeps_the_chasing_and_asks_for_the_fix(rewrite, analyzer, text, kept, ask):
    found = some_texts(rewrite(text))
    for part in kept:
        assert part in found[0], found
    assert re.search(ask, _last(found[0])), found
    assert not re.search(r"\brent\b|£950|phone is beyond|🙄", found[0]), found
    assert below_thresholds(analyzer, found[0]), found


@pytest.mark.parametrize("text, name, amount", [
    ("Graham, you haven't answered a single email since June. Where exactly has the £1,200 from the summer "
     "tournament gone?", "Graham", "£1,200 from the summer tournament"),
    ("Dan, you've ignored every text since Easter. What happened to the £80 I lent you for the gig tickets?", "Dan",
     "£80 I lent you for the gig tickets"),
    ("Priya, you haven't replied to one message since Christmas. What exactly happened to the £150 for the minibus??",
     "Priya", "£150 for the minibus"),
])
def test_money_unaccounted_for_is_asked_about_by_amount(rewrite, text, name, amount):
    found = some_texts(rewrite(text))
    assert found[0].startswith(name) and amount in _last(found[0]) and _last(found[0]).endswith("?"), found
    assert "exactly" not in found[0] and "??" not in found[0], found


@pytest.mark.parametrize("text, name, occasion, share", [
    ("Typical Priya. Dad's 70th and you can't even be bothered to chip in £40 for the present.", "Priya",
     "Dad's 70th", "chip in £40 for the present"),
    ("Typical Alex. It's Sarah's leaving do and you can't even be bothered to put £10 in the collection.", "Alex",
     "Sarah's leaving do", "put £10 in the collection"),
])
def test_a_share_keeps_the_name_and_the_occasion(rewrite, text, name, occasion, share):
    found = some_texts(rewrite(text))
    assert all(part in found[0] for part in (name, occasion, share)), found
    assert not re.search(r"\btypical\b|bothered", found[0], re.I), found


@pytest.mark.parametrize("text, reason, when", [
    ("Your dog has barked from 6am to 9am every day this week. Some of us work nights, not that you'd care.",
     "I work nights", "in the mornings"),
    ("Your music has been blasting until 2am every night this week. Some of us have to be up at six, not that "
     "you'd notice.", "I have to be up at six", "at night"),
])
def test_noise_keeps_the_speakers_reason_as_their_own(rewrite, text, reason, when):
    found = some_texts(rewrite(text))
    assert reason in found[0] and when in _last(found[0]), found
    assert not re.search(r"some of us|not that", found[0], re.I), found


@pytest.mark.parametrize("text, slip", [
    ("I've washed the kit for FREE for two whole seasons and this is the thanks I get for one missing shirt?",
     "one missing shirt"),
    ("I've run the club newsletter for FREE for five years and this is the thanks I get for one typo?", "one typo"),
])
def test_taken_for_granted_keeps_the_slip_and_lowers_the_shouting(rewrite, text, slip):
    found = some_texts(rewrite(text))
    assert slip in found[0] and "for free" in found[0] and "FREE" not in found[0], found
    assert "this is the thanks" not in found[0], found


@pytest.mark.parametrize("text, thing", [
    ("As usual the client deck landed in my inbox at 11:58pm the night before the pitch. I can't keep covering for "
     "your lack of planning.", "the client deck"),
    ("Once again the figures came through at 7am on the day of the audit. I can't keep covering for you.",
     "the figures"),
])
def test_late_work_is_asked_for_earlier(rewrite, analyzer, text, thing):
    found = some_texts(rewrite(text))
    assert "stressed" in found[0] and f"Could you get {thing} to me earlier next time?" in found[0], found
    assert not re.search(r"as usual|once again|covering|planning", found[0], re.I), found
    assert below_thresholds(analyzer, found[0]), found


@pytest.mark.parametrize("text, kept", [
    ("Because of you, mum spent Christmas Day in tears. Hope the ski trip was worth it.",
     ["Christmas Day in tears", "on the ski trip"]),
    ("Because of you, the kids spent New Year's Eve crying. Hope the work party was worth it.",
     ["New Year's Eve crying", "at the work party"]),
])
def test_a_spoiled_day_keeps_where_the_listener_was(rewrite, text, kept):
    found = some_texts(rewrite(text))
    assert all(part in found[0] for part in kept), found
    assert not re.search(r"because of you|worth it", found[0], re.I), found


@pytest.mark.parametrize("text", [
    "Because of you, we missed the flight. Hope the extra pint was worth it.",
    "The boiler has been broken for 11 days and I've sent four emails. Thanks for sorting the engineer, you're a star.",
    "Where has the £200 gone? I can't find it in the account.",
])
def test_look_alikes_get_no_invented_place_or_chase(rewrite, text):
    for suggestion in texts_of(rewrite(text)):
        assert not re.search(r"while you were (?:at|on) the extra pint|get the boiler fixed|let me know where", suggestion), suggestion


def test_plain_facts_are_not_read_as_a_chase(rewrite):
    """A fault with nobody chased is not a request for a repair: nothing asks for a fix it never named."""
    for suggestion in texts_of(rewrite("The boiler has been broken since Monday.")):
        assert "as soon as possible" not in suggestion, suggestion
