"""Flagged messages every other reading refused although they name an event (unrefused.py): sarcastic
thanks whose act carries its timing, a counter that names the listener's act first, "sorry you feel that
way about X, but it's what you ordered", "why is it that whenever…, never you?" and "why didn't anyone
tell me…". The event, object, time and place are kept, the verdict dropped; nothing safe to keep, no
suggestion from here."""

from __future__ import annotations

import re

import pytest
from conftest import below_thresholds, read_as, some_texts

from heard.rewrite.unrefused import unrefused_candidates

pytestmark = pytest.mark.model

_VERDICTS = re.compile(r"\b(?:value me|says a lot|shows|you care|never you|don't report|lol)\b|🙄|👏|\"", re.I)


@pytest.mark.parametrize("text, kept", [
    ("wow thanks for replying 3 days later, really shows how much you value me", r"\b3 days to hear back\b"),
    ("oh great thanks for answering my message two days later 🙄", r"\btwo days to hear back\b"),
    ('Thanks for "helping" with the move by showing up after everything was already in the truck 👏',
     r"\bshowed up after everything was already in the truck\b.*\bthe move\b"),
    ('thanks for "helping" with the garden by turning up once we had finished', r"\bturned up once we had finished\b.*\bthe garden\b"),
    ("ok but you swore at me first in voice chat so don't report me", r"\bboth sides in voice chat\b.*\bwithout a report\?$"),
    ("Sorry you feel that way about the cake, but it's what you ordered.", r"\bthe cake\b.*\bthe order together\b"),
    ("I'm sorry you feel that way about the design, but that's what you approved.", r"\bthe design\b.*\bwhat you approved\b"),
    ("Why is it that whenever you lose a match it's suddenly the ref's fault or the pitch or the weather, never you?",
     r"^When you lose a match\b.*\bthe ref, the pitch or the weather\b"),
    ("how come every time we miss a deadline it's always the client's fault or IT, never you?",
     r"^When we miss a deadline, I'd like us to look at our own part\b.*\bthe client or IT\b"),
    ("ok but why didnt anyone tell me the plans changed??", r"^I wish someone had told me the plans changed\."),
    ("why didn't you guys tell me the match got cancelled??", r"\bthe match got cancelled\b"),
    ("well you never ask what I want for dinner so I just ordered", r"^I went ahead and ordered\..*\bask what I want for dinner\?$"),
    ("u guys never invite me to anything :(", r"\bleft out\b.*\binvite me\b"),
])
def test_the_event_is_kept_without_the_verdict(rewrite, analyzer, text, kept):
    found = some_texts(rewrite(text))
    assert re.search(kept, found[0]), found
    for suggestion in found:
        assert not _VERDICTS.search(suggestion), suggestion
        assert below_thresholds(analyzer, suggestion), suggestion


@pytest.mark.parametrize("text", [
    "thanks for replying",                                     # may be meant
    "thanks for replying, really shows how much you value me",  # no timing: nothing but the verdict
    'thanks for the "help" 3 days later',                      # no act to name
    "thanks for nothing",
    "you started it so don't report me",                       # no act, no place
    "you lied first so don't tell mum",                        # not a heated exchange on both sides
    "Sorry you feel that way.",
    "sorry you feel that way about the cake, but I'm not refunding it",  # no "what you ordered" to go over
    "whenever something goes wrong it's someone else's fault, never you",
    "why is it that whenever you lose it's my fault",
    "WHY DIDN'T ANYONE TELL ME?!",
    "you never tell me anything so I sold it",                 # nothing specific to ask for
])
def test_nothing_to_keep_gets_nothing_from_here(text):
    assert unrefused_candidates(read_as(text)) == []
