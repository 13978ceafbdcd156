"""Sarcastic, "typical X" and "not my job" messages with a plain event (clear_scenes.py).

The sarcasm's object is kept as the situation, the "typical" verdict and the counter-attack are
dropped, and the need becomes the request; a message with no event still gets no such reading.
"""

from __future__ import annotations

import re

import pytest
from conftest import below_thresholds, read_as, some_texts

from heard.rewrite.clear_scenes import clear_scene_lines

pytestmark = pytest.mark.model

_SARCASM = re.compile(r"\b(?:thanks|cheers|appreciated|so glad|love that|typical|classic|again)\b|🙄|🙃", re.I)


@pytest.mark.parametrize("text, kept", [
    ("wow thanks for the heads up that you weren't coming to the gig, really appreciated", r"weren't coming to the gig"),
    ("oh great, thanks for letting me know you'd already sold the sofa 🙃", r"you'd already sold the sofa"),
    ("THANKS FOR TELLING ME THE MEETING MOVED", r"the meeting moved"),
    ("great, so glad you signed us up for the quiz without asking", r"signed us up for the quiz without asking"),
    ("love that you told your mum before me. really thoughtful.", r"told your mum before me"),
])
def test_sarcastic_thanks_keep_their_object(rewrite, analyzer, text, kept):
    found = some_texts(rewrite(text))
    assert re.search(kept, found[0], re.I), found
    assert not _SARCASM.search(found[0]), found
    assert below_thresholds(analyzer, found[0])


@pytest.mark.parametrize("text, name, kept", [
    ("Typical Leo, forgot to book the table again 🙄", "Leo", r"forgot to book the table"),
    ("classic Ana, cancelling on us ten minutes before the film", "Ana", r"cancelled on us ten minutes before the film"),
    ("Typical you, late to your own leaving drinks!!", None, r"you were late to your own leaving drinks"),
])
def test_typical_x_keeps_the_name_and_event_without_the_verdict(rewrite, analyzer, text, name, kept):
    found = some_texts(rewrite(text))
    assert re.search(kept, found[0], re.I), found
    if name:
        assert name in found[0]
    assert not _SARCASM.search(found[0]), found
    assert below_thresholds(analyzer, found[0])


@pytest.mark.parametrize("text, chore", [
    ("You're the one who wanted a rabbit, so don't act like cleaning the hutch is my job now.", "cleaning the hutch"),
    ("you were the one who wanted the hot tub so don't pretend draining it is on me", "draining the hot tub"),
    ("don't act like the bins are my job", "the bins"),
    ("Don't act like the ironing is my job?!", "the ironing"),
])
def test_not_my_job_drops_the_counter_and_asks_to_share(rewrite, analyzer, text, chore):
    found = some_texts(rewrite(text))
    assert chore in found[0], found
    assert not re.search(r"\bthe one who\b|\bmy job\b|\bon me\b", found[0], re.I), found
    assert below_thresholds(analyzer, found[0])


@pytest.mark.parametrize("text", ["wow. just wow.", "typical", "typical you", "thanks a lot", "thanks for nothing",
                                  "you're unbelievable", "typical Priya, always late",
                                  "love how you always leave your socks out", "don't act like it's my job"])
def test_no_event_no_scene_reading(text):
    assert clear_scene_lines(read_as(text)) is None


@pytest.mark.parametrize("text", ["glad u decided to show up, only 25 mins late", "so glad you finally made it",
                                  "Thanks for telling me it bothered you. For the record, I did lock the shed.",
                                  "love you missed our anniversary dinner. i sat there on my own for an hour",
                                  "Thanks for letting me know you'd be late... oh wait, you didn't."])
def test_praise_of_a_wanted_act_endearments_and_longer_messages_are_left_to_other_readings(text):
    assert clear_scene_lines(read_as(text, ("blaming", "defensive"))) is None
