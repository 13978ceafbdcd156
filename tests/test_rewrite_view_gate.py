"""Personal events are not views (view_gate.py).

A jab about noise at night, a date, a school meeting, a pan left soaking or plans cancelled gets an
"I" statement that keeps the event, never the "I don't agree with you here" line kept for views; a
"not my problem" defence keeps the speaker's account and offers help; an argument about an article
still gets the views register.
"""

from __future__ import annotations

import re

import pytest
from conftest import below_thresholds, read_as, texts_of

from heard.rewrite.view_gate import event_lines, personal_event

pytestmark = pytest.mark.model

_VIEWS_LINE = re.compile(r"\bI (?:don't agree with you|see this very differently)\b|how you got there", re.I)
_ABSOLUTE = re.compile(r"\b(?:every (?:single )?\w+|always|again)\b", re.I)


@pytest.mark.parametrize("text, kept", [
    ("Hoovering at 6am on a Sunday, so thoughtful of you upstairs", r"hoover at 6am on a Sunday"),
    ("SLAMMING THE FRONT DOOR AT MIDNIGHT EVERY SINGLE NIGHT, REALLY CONSIDERATE", r"slam the front door at midnight"),
    ("Revving your bike outside my window at 11pm on a weeknight, lovely, thanks", r"rev your bike .* at 11pm"),
    ("you're impossible. bailing on my birthday the day before, every time, who does that", r"bail on my birthday"),
    ("cancelling dinner twenty minutes before, again. what is wrong with you 🙄", r"cancel dinner twenty minutes before"),
    ("Who leaves wet towels on the bed every single day?? honestly", r"leave wet towels on the bed"),
    # a name before the question, and an idiom that argues no view ("rocket science" is no science)
    ("Sarah honestly, who forgets to lock the back door when we're away for a week? It's not rocket science.",
     r"forget to lock the back door"),
    ("Kev, who forgets to lock the back door?", r"forget to lock the back door"),
    ("You're the type of guy who checks his phone through an entire anniversary dinner.",
     r"check your phone through an entire anniversary dinner"),
])
def test_a_personal_event_is_kept_without_its_absolutes(rewrite, analyzer, text, kept):
    lines = event_lines(read_as(text))
    assert lines and re.search(kept, lines[0], re.I), lines
    assert not _ABSOLUTE.search(" ".join(lines)), lines
    for suggestion in texts_of(rewrite(text)):
        assert not _VIEWS_LINE.search(suggestion), suggestion


@pytest.mark.parametrize("text", [
    "If you ever read the family group chat you'd know the party moved to Saturday.",
    "maybe if you even bothered to come to parents evening you'd know how she's doing in maths",
    "Who puts an empty milk carton back in the fridge? seriously what is wrong with you",
])
def test_no_views_line_for_a_home_event(rewrite, text):
    assert personal_event(read_as(text))
    for suggestion in texts_of(rewrite(text)):
        assert not _VIEWS_LINE.search(suggestion), suggestion


def test_if_you_knew_keeps_the_ask_and_what_to_know():
    lines = event_lines(read_as("If you ever read the family group chat, you'd know the party moved to Saturday!"))
    assert lines[0] == "I'd really like you to read the family group chat", lines
    assert "the party moved to Saturday" in lines[1]


@pytest.mark.parametrize("text, own, what", [
    ("I sent the invoice on the 3rd. If the payment is late, that's the bank's problem, not mine",
     "I sent the invoice on the 3rd", "why the payment is late"),
    ("For the record, I booked the venue exactly as agreed. If the room is too small, that's a planning issue, not mine.",
     "I booked the venue exactly as agreed", "why the room is too small"),
])
def test_not_my_problem_keeps_the_account_and_offers_help(analyzer, text, own, what):
    lines = event_lines(read_as(text, ("defensive",)))
    assert lines and lines[0].startswith(own) and what in lines[0], lines
    assert "not mine" not in lines[0] and below_thresholds(analyzer, lines[0])


@pytest.mark.parametrize("text", [
    "You clearly don't understand how the Senate works, read a book.",
    "If you actually read the article you'd know it says the opposite.",
    "who taught you to drive, a blind man?",
    "who does that?",
])
def test_views_and_bare_taunts_get_no_event(text):
    assert event_lines(read_as(text)) == []


@pytest.mark.parametrize("text, ask, known", [
    ("If you'd bothered to read my message you'd know I said Saturday, not Friday.", "read my message",
     "I said Saturday, not Friday."),
    ("If you had bothered to check the calendar you'd have seen I was off on Monday.", "check the calendar",
     "I was off on Monday."),
    ("If you actually checked your messages you would have seen I said the server was down.", "check your messages",
     "I said the server was down."),
    ("Honestly, if you'd read my email you'd know the meeting moved to 3.", "read my email", "the meeting moved to 3."),
])
def test_what_the_listener_would_have_known_is_told_with_what_to_read(rewrite, analyzer, text, ask, known):
    found = texts_of(rewrite(text))
    assert found and ask in found[0] and f"Just so you know, {known}" in found[0], found
    assert not re.search(r"bothered|if you", found[0], re.I), found
    assert below_thresholds(analyzer, found[0]), found


def test_an_article_read_is_still_a_view_not_a_message(text="If you actually read the article you'd know it says the opposite."):
    assert not event_lines(read_as(text))
