"""A defence under a bolted-on acknowledgement: the minimising, status, mocking and fault-shifting lines
go, the sender's plain facts stay, and the acknowledgement names the thing (settled_defences.py)."""

import re

import pytest

from conftest import below_thresholds, read_as, some_texts, texts_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, kept, gone", [
    ("Mia says she never took the crayons, and toddlers grab things at that age anyway. I don't know why I'm getting these emails.",
     r"Mia says she never took the crayons", r"anyway|getting these emails"),
    ("The damp is from you not opening the windows, not the flat. I've had no complaints from any other tenant in 20 years.",
     r"\bthe damp\b", r"complaints|from you|20 years"),
    ("I didn't yell at the waiter, I was being assertive. Forty minutes waiting for a starter would drive anyone mad.",
     r"Forty minutes waiting for a starter", r"anyone|assertive"),
    ("With respect, I've been treasurer for eight years. I think I can manage the budget without being lectured by someone who joined last month.",
     r"\bthe budget\b", r"lectured|joined|respect|eight years"),
    ("You're making a massive fuss over a comment, Tom. Nobody else minded.", r"\bcomment\b", r"fuss|nobody else"),
    ("I didn't forget your birthday, I just had a crazy week. What did you expect, fireworks?",
     r"\bbirthday\b.*\bcrazy week\b", r"fireworks|expect"),
    ("The music stopped at midnight, that's hardly the middle of the night. Maybe invest in thicker curtains?",
     r"\bmusic stopped at midnight\b", r"hardly|curtains"),
    ("I didn't break the lamp, it was already wobbly when I moved it. Don't look at me 🤷",
     r"already wobbly when I moved it", r"look at me|🤷"),
])
def test_the_move_goes_and_the_point_stays(rewrite, text, kept, gone):
    first = some_texts(rewrite(text))[0]
    assert re.search(kept, first, re.I), first
    assert not re.search(gone, first, re.I), first


@pytest.mark.parametrize("text", [
    "I'm sorry if the email came across as harsh, but I was only stating the facts.",
    "I'm sorry if my comment sounded rude, but I was just being honest.",
])
def test_a_non_apology_becomes_a_plain_one(rewrite, text):
    first = some_texts(rewrite(text))[0]
    assert first.startswith("I'm sorry") and " if " not in first and "only" not in first and "just being" not in first, first


@pytest.mark.parametrize("text", [
    "You're making such a big deal out of a meme. Everyone else thought it was funny.",
    "The barbecue ended at 11, that's hardly late. Maybe try some earplugs?",
])
def test_the_suggestion_is_below_the_thresholds(rewrite, analyzer, text):
    assert all(below_thresholds(analyzer, t) for t in texts_of(rewrite(text)))


@pytest.mark.parametrize("text", [
    "The party finished at 1. Sorry it kept you awake, I'll keep it down next time.",  # a sincere apology
    "I didn't break the kettle, it was already dodgy when I used it.",  # nothing to drop: the account's reading
    "Everyone else laughed, but I can see it wasn't funny for you, Ellie. I'm sorry.",
    "Jack says he didn't push anyone. I'll talk to him again tonight and get back to you.",
    "How was I meant to know the meeting moved to 3pm? Nobody told me!",
    "Ok so I'm supposed to read your mind now? You said you were fine.",
])
def test_look_alikes_are_left_to_the_other_readings(text):
    from heard.rewrite.settled_defences import settled_lines

    assert settled_lines(read_as(text, ("defensive",))) == []


def test_a_bare_denial_with_only_a_jab_gets_no_reading():
    from heard.rewrite.settled_defences import settled_lines

    assert settled_lines(read_as("I DIDN'T break the vase. Don't look at me.", ("defensive",))) == []
