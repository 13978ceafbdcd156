"""The event a complaint names is kept before any stock feeling-only line (event_fallbacks.py).

A complaint told as a plain fact, a question with no "why", or one the model reads as defensive used
to fall through to "we keep ending up here" / "I can tell this matters to you": the event (the bite,
the lateness, the phone) was lost, or the line spoke as if the listener were the upset one.
"""

from __future__ import annotations

import re

import pytest
from conftest import below_thresholds, read_as, some_texts

from heard.rewrite.event_fallbacks import event_fallback, without_repeated_name

pytestmark = pytest.mark.model

STOCK = re.compile(r"keep ending up here|matters to you|what upset you|don't agree with you|walk me through how|"
                   r"rather tell you that than", re.I)


@pytest.mark.parametrize("text, kept", [
    ("Your dog jumped on my mum at the barbecue and you just laughed. Classic.", r"\bbarbecue\b|\blaughed\b"),
    ("Your kid bit mine at the party and you just stood there scrolling. Typical.", r"\bparty\b"),
    ("You clearly don't care about my family. Mum's birthday dinner and you're 30 minutes late again?",
     r"\b30 minutes late\b"),
    ("You clearly don't respect my time. Second date and you're 45 minutes late with no text?", r"\b45 minutes late\b"),
    ("YOU'RE ALWAYS ON YOUR PHONE WHEN I'M TALKING. why do i even bother 🙄", r"\bphone\b"),
])
def test_the_event_is_kept_not_a_stock_feeling_line(rewrite, analyzer, text, kept):
    found = some_texts(rewrite(text))
    assert re.search(kept, found[0], re.I), found
    assert not STOCK.search(found[0]), found
    assert not re.search(r"\btypical\b|\bclassic\b|\bclearly\b|\bbother\b", found[0], re.I), found
    assert below_thresholds(analyzer, found[0]), found


def test_a_habit_is_said_once_with_no_second_when(rewrite):
    found = some_texts(rewrite("You're constantly on your phone when we're at dinner. What's the point."))
    assert found[0].lower().count(" when ") <= 1, found


@pytest.mark.parametrize("text", [
    "Why were you late?",  # a question: no event told
    "I was on my phone when you were talking, sorry. I'll put it away.",  # the speaker's own act
    "You don't care about me.",  # an attitude, not an event
    "If you're late again I'll go without you.",  # a condition
])
def test_no_event_line_where_there_is_no_event_done_to_the_speaker(text):
    assert event_fallback(read_as(text)) == []


def test_a_name_already_opening_the_rewrite_is_not_said_again():
    msg = read_as("Nice of you to finally show up to training, Ryan. Only missed four weeks.")
    assert msg.address == "Ryan"
    fixed = without_repeated_name(msg, "Ryan, I felt let down when you took so long to show up to training, Ryan. "
                                       "Can we talk about it?")
    assert fixed.count("Ryan") == 1 and "training." in fixed, fixed


def test_the_trainee_keeps_training_and_one_name(rewrite):
    found = some_texts(rewrite("Good of you to finally turn up to the meeting, Dan. Only an hour late."))
    assert found[0].count("Dan") == 1 and "meeting" in found[0], found
