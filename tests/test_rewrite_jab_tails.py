"""Jab tails of a defence (jab_tails.py).

What a user relies on: the suggestion keeps the sender's own fact or apology (the late reply, the
friends round on Friday, the dent, the cancelled flight) and never repeats the jab beside it
("not everyone lives on their phone", "it's a shared flat not a library", "there's no point shouting
at me", "I believe her over a kid's story", "while you were afk", "you're acting like I…"), and the
jab is never read as the situation ("when you're acting like I crashed the car").
"""

from __future__ import annotations

import re

import pytest
from conftest import assert_kept_without, some_texts, texts_of

from heard.rewrite.jab_tails import jab_tail

pytestmark = pytest.mark.model

_JAB = re.compile(r"\bnot every(?:one|body)\b|\bnot an? (?:library|monastery|church|museum)\b|\bno (?:point|use)\b|"
                  r"\bover (?:a|some) \S*\s*(?:story|version)\b|\bwhile (?:you|u) were\b|\bacting like\b|"
                  r"\blike (?:you|he)'d been\b|\bglued\b", re.I)


@pytest.mark.parametrize("text, kept", [
    ("I was going to reply, I just got swamped at work, not everyone is glued to their screen all day.",
     r"\breplied\b"),
    ("I forgot to call you back on Sunday, not everybody lives on WhatsApp.", r"\bcall you back on Sunday\b"),
    ("I had two friends round on Friday, it's a family home not a monastery.", r"\bfriends round on Friday\b"),
    ("I PLAYED MY MUSIC FOR AN HOUR, it's a student house not a church!!", r"\bmusic\b"),
    ("Tom says he never touched the ball, and frankly I trust him over some kid's version.", r"\bTom\b.*\bball\b"),
    ("Mum it was one little dent in the door, you're acting like I crashed the car.", r"\bdent in the door\b"),
    ("I didn't cancel your flight, there's no point getting angry with me.", r"\bcancel your flight\b"),
])
def test_the_fact_is_kept_without_the_jab(rewrite, analyzer, text, kept):
    found = some_texts(rewrite(text))
    assert_kept_without(found, kept, _JAB, analyzer)


@pytest.mark.parametrize("text", [
    "not my fault we lost, i was doing all the work while u were afk",
    "it's not on me we lost the raid, i was tanking the whole fight while you were dead 😤",
    "Don't blame me for the score, I was carrying the team while you were on your phone.",
    "It was one late night, you're acting like I burned the house down.",
    "I forgot one bin day, you're acting like I committed a crime?",
])
def test_no_suggestion_keeps_the_counter_attack_or_reads_it_as_the_situation(rewrite, text):
    for suggestion in texts_of(rewrite(text)):
        assert not _JAB.search(suggestion), suggestion
        assert not re.search(r"\bwhen you\b", suggestion, re.I), suggestion


@pytest.mark.parametrize("text, jab", [
    ("not everyone lives on their phone", True),
    ("it's a shared flat not a library", True),
    ("there's no point shouting at me about it", True),
    ("I believe him over a seven-year-old's story", True),
    ("i was carrying the whole game while u were afk", True),
    ("you're acting like I wrote the car off", True),
    ("you went down like you'd been shot", True),
    # plain facts and feelings stay
    ("I was cooking dinner", False),
    ("it's a shared flat", False),
    ("I believe him", False),
    ("there's no milk left", False),
    ("you were out when I called", False),
])
def test_what_reads_as_a_jab_tail(text, jab):
    assert jab_tail(text) is jab


def test_a_complaint_about_the_listener_keeps_its_point(rewrite):
    # blaming, not defending: the listener's act is the message, the "acting like" line is not dropped
    # for a second clause that is itself about the listener
    found = texts_of(rewrite("You never help with the washing up, you're acting like I'm the maid."))
    assert all("washing up" in s.lower() or "maid" not in s.lower() for s in found), found
