"""A defensive message's topic and legitimate point survive the rewrite (defence_points.py).

The thing defended (the text, the scratch, the money, the toast, the report, the call) is kept in the
ownership; a counter-complaint or "you're one to talk" is left out; a boundary stays the sender's
need; "I didn't mean anything by it" becomes not meaning to hurt; a denial with a reason becomes an
apology for the outcome with the reason, never "I didn't X" as the opener.
"""

from __future__ import annotations

import re

import pytest
from conftest import below_thresholds, read_as, some_texts

from heard.rewrite.defence_points import point_lines

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, kept, dropped", [
    ("Well you ignored my texts all weekend so I don't know why you're upset about one missed call",
     r"\bthe missed call\b", r"weekend|ignored"),
    ("You skipped my work party in March, so I'm not sure why you're so mad about one late dinner",
     r"\bthe late dinner\b", r"party|March|skipped"),
    ("it's not a big deal, it's a crack in the phone screen", r"\bthe crack in the phone screen\b", r"big deal"),
    ("relax, it's only five dollars", r"\bfive dollars\b", r"\bonly\b|relax"),
    ("IT'S NOT A BIG DEAL, IT'S JUST A STAIN ON THE RUG 🙄", r"\bthe stain on the rug\b", r"big deal|🙄"),
    ("I said I was sorry about the birthday speech! You're still holding it against me a year later.",
     r"\bsorry about the birthday speech\b", r"holding|year"),
    ("I apologised for the camping trip already, why are you still bringing it up?", r"\bthe camping trip\b", r"bringing"),
])
def test_the_topic_is_owned_and_the_counter_left_out(rewrite, analyzer, text, kept, dropped):
    found = some_texts(rewrite(text))
    assert re.search(kept, found[0], re.I), found
    for suggestion in found:
        assert not re.search(dropped, suggestion, re.I), suggestion
        assert below_thresholds(analyzer, suggestion), suggestion


@pytest.mark.parametrize("text, name, topic", [
    ("You're one to talk about spending, Priya.", "Priya", "spending"),
    ("you're one to talk about leaving dishes in the sink", None, "leaving dishes in the sink"),
])
def test_tu_quoque_keeps_the_topic_and_the_name(rewrite, text, name, topic):
    first = some_texts(rewrite(text))[0]
    assert topic in first and "one to talk" not in first.lower(), first
    assert name is None or first.startswith(name), first


@pytest.mark.parametrize("text", [
    "Honestly I was joking, I didn't mean anything by it",
    "I was just stressed, I didn't mean anything by it, you're taking it way too personally",
    "I didn't mean anything by it?",
])
def test_meaning_nothing_becomes_not_meaning_to_hurt(rewrite, text):
    for suggestion in some_texts(rewrite(text)):
        assert re.search(r"\bI (?:never|didn't) mean(?:t)? to hurt you\b", suggestion), suggestion
        assert not re.search(r"personally|reading", suggestion), suggestion


@pytest.mark.parametrize("text, subject", [
    ("I didn't say your cooking was bad, I said the soup was salty. Big difference.", "the soup"),
    ("I didn't call you lazy, I said the garage was a mess.", "the garage"),
])
def test_the_comment_is_owned_not_the_insult_repeated(rewrite, text, subject):
    first = some_texts(rewrite(text))[0]
    assert f"my comment about {subject}" in first, first
    assert not re.search(r"lazy|bad|big difference", first, re.I), first


@pytest.mark.parametrize("text, need", [
    ("excuse me for having a life, Mum. I can't come over every weekend.", "I can't come over every weekend"),
    ("sorry for having a job, I can't pick the kids up every day.", "I can't pick the kids up every day because of work"),
])
def test_a_boundary_stays_the_senders_need(rewrite, text, need):
    first = some_texts(rewrite(text))[0]
    assert need in first and not re.search(r"excuse me|having a", first, re.I), first


@pytest.mark.parametrize("text, opener, reason", [
    ("I didn't ignore your message, I was driving. And you're the one who left me on read yesterday.",
     "Sorry I missed your message", "I was driving"),
    ("i didnt ignore ur call, i was in a meeting!!", "Sorry I missed", "meeting"),
    ("Sorry the invoice is late but honestly nobody sent me the hours until Friday. You can't blame me for this.",
     "I'm sorry the invoice is late", "I only got the hours on Friday"),
])
def test_a_denial_with_a_reason_opens_with_the_outcome(rewrite, analyzer, text, opener, reason):
    found = some_texts(rewrite(text))
    assert found[0].startswith(opener) and reason in found[0], found
    for suggestion in found:
        assert not re.search(r"\bI didn't (?:ignore|break)\b|left me on read|blame|stupid", suggestion), suggestion
        assert below_thresholds(analyzer, suggestion), suggestion


@pytest.mark.parametrize("text", [
    "I didn't break the vase, it was Tom.",  # a thing denied with support: supported_denials.py's account
    "Look, I didn't break the printer. It was already jamming when I used it.",
    "I didn't lose your keys, I was at work all day.",  # an alibi, not an outcome to be sorry about
    "it's not a big deal, it was one time",  # nothing named to own
    "Sorry the report's late but you never sent me the figures. You can't pin this on me.",  # the reason is a jab
    "I was tired yesterday, can we talk later?",  # no defence at all
])
def test_no_reading_without_a_safe_topic(text):
    assert point_lines(read_as(text, ("defensive",)))[0] == []
