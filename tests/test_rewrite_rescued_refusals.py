"""Flagged messages every other reading refused although their event is plain (rescued_refusals.py):
the event, object, time and names kept, the verdict dropped, and nothing invented; a message with no
event to keep ("thanks for the "help" mate", "wow ok") gets no event made up: at most the floor's mild line
(floor.py), which names nothing."""

from __future__ import annotations

import re

import pytest
from conftest import below_thresholds, read_as, some_texts, texts_of

from heard.rewrite.rescued_refusals import rescued_lines

pytestmark = pytest.mark.model

_VERDICTS = re.compile(r"\b(?:collegial|manners|fair-weather|some of us|some people|medal|award|majesty|lol|again)\b|🙄|🏅", re.I)


@pytest.mark.parametrize("text, kept", [
    ("Thanks for cc'ing my manager on a question you could have just asked me. Very collegial of you.",
     r"\bcc'd my manager\b.*\bask me\b"),
    ("Thanks for forwarding my email to the whole department when you could have just replied to me. Really professional.",
     r"\bforwarded my email to the whole department\b.*\breply to me\b"),
    ("thank you SO much for the spoiler, really appreciated 🙄", r"\bthe spoiler\b"),
    ("gold medal for ignoring me yet again 🏅", r"\bwhen you ignored me\b"),
    ("award goes to you for parking across my drive again", r"\bparked across my drive\b"),
    ("Maybe if your son learned some manners at home, Ava wouldn't come back from school crying every Thursday.",
     r"^Ava has been coming back from school crying every Thursday\b.*\byour son\b"),
    ("maybe if your dog had some training, my cat wouldn't hide under the bed every evening",
     r"^My cat has been hiding under the bed every evening\b"),
    ("you and your motorbike revving at 6am. some of us work nights", r"^I work nights, so your motorbike revving at 6am\b"),
    ("YOUR DRUM PRACTICE AT MIDNIGHT... SOME PEOPLE HAVE TO GET UP AT 5", r"\bget up at 5\b"),
    ("you're honestly a fair-weather friend. great for parties, gone for funerals",
     r"\bthere for the parties but not for the funerals\b"),
    ("cool cool, so your mum gets a vote on our wedding venue now. good to know 👍",
     r"\bour wedding venue to be our decision\b.*\byour mum\b"),
    ("wow thanks for inviting me to the barbecue lol", r"\bleft out\b.*\binvited\b"),
])
def test_the_event_is_kept_without_the_verdict(rewrite, analyzer, text, kept):
    found = some_texts(rewrite(text))
    assert re.search(kept, found[0], re.I), found
    for suggestion in found:
        assert not _VERDICTS.search(suggestion), suggestion
        assert below_thresholds(analyzer, suggestion), suggestion


@pytest.mark.parametrize("text, kept", [
    ("wasnt me, lag", r"^Sorry about that, I had lag\.$"),
    ("wasn't me, my wifi", r"\bmy wifi was playing up\b"),
    ("it wasnt me, packet loss!!", r"\bI had packet loss\b"),
])
def test_a_technical_cause_is_owned_not_denied(rewrite, text, kept):
    found = some_texts(rewrite(text))
    assert re.search(kept, found[0]), found
    assert not any(re.search(r"\bwasn'?t me\b|\bnot me\b", s, re.I) for s in found), found


@pytest.mark.parametrize("text", [
    'thanks for the "help" mate',
    "you and your 'five more minutes'",
    "wow ok",
    "some of us have jobs",
    "thanks for carrying the team there, really",
])
def test_no_event_no_suggestion_from_this_reading(rewrite, text):
    outcome = rewrite(text)
    assert not outcome.suggestions or outcome.feeling_only, outcome.suggestions
    found = texts_of(outcome)
    assert not any(re.search(r"\b(?:help|minutes|jobs|team|carrying)\b", s) for s in found), found


@pytest.mark.parametrize("text", [
    "Thanks for picking up the kids today, it really helped.",
    "thanks for the lift",
    "Your cat has used our veg patch as a toilet again. Some people only think of themselves.",
    "your music was blasting till 2am last night, some of us have work",
    "nice of you to finally show up to standup at 9:40",
    "wasn't me, ask kyle",
    "if you cared, you wouldn't do this",
])
def test_look_alikes_are_not_read_as_these_shapes(text):
    # sincere thanks, a sentence (not a thing) before "some of us", lateness kept by its own reading
    assert rescued_lines(read_as(text)) == []


def test_no_suggestion_asks_the_listener_to_do_the_hurtful_act(rewrite):
    for suggestion in texts_of(rewrite("Thanks for cc'ing my manager on a question you could have just asked me. Very collegial of you.")):
        assert not re.search(r"\bcould you (?:cc|copy|forward)\b", suggestion, re.I), suggestion
