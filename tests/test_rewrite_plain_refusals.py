"""Short complaints and denials that name plain facts (plain_refusals.py).

What a user relies on: "wasn't me, ask X", a "Whoever X…" complaint to a group, sarcastic thanks for an
invite never sent, a customer kept waiting, "we didn't exclude you, Name, <reason>", "Must be nice to X"
and "X wasn't my turn, so check the rota" get a suggestion that keeps the facts (names, objects, times,
amounts) and drops the verdict, the sarcasm and the dare; a message with only an insult gets nothing here.
"""

from __future__ import annotations

import re

import pytest
from conftest import assert_kept_without, some_texts, texts_of

pytestmark = pytest.mark.model

# What a suggestion must never carry over: the verdicts, dares and sarcasm of these shapes.
_JAB = re.compile(r"\bno (?:shame|respect)\b|\bzero respect\b|\bmaid\b|\blearn to\b|\bbefore you start\b|\bhaving a go\b|"
                  r"\bmust be nice\b|\bthanks (?:so much )?for the invite\b|\bunbelievable\b|\bridiculous\b|\bjoke\b|"
                  r"\bwhile you\b|🙃|🙄|\bwasn'?t me\b|\bexclude\b", re.I)


@pytest.mark.parametrize("text, kept", [
    ("wasnt me, ask jamal", r"\bJamal\b"),
    ("NOT ME MATE, ASK DAVE", r"\bDave\b"),
    ("Not me, ask Sarah, she used it last.", r"\bSarah used it last\b"),
    ("Whoever keeps drinking my oat milk has zero respect for anyone in this house.", r"\bdrinking my oat milk\b"),
    ("Whoever parked across the garage at 6.30 this morning made me miss my train. Learn to park!!",
     r"\b6:30 this morning\b.*\bmiss my train\b"),
    ("Whoever borrowed my drill, I need it back by Friday.", r"\bmy drill\b.*\bback by Friday\b"),
    ("oh thanks for the invite to your housewarming, saw it all on instagram 🙃", r"\byour housewarming on Instagram\b"),
    ("thanks so much for inviting me to the leaving do, really appreciated 🙄", r"\bthe leaving do\b"),
    ("I've been standing at this counter for 20 minutes while you're on your phone, unbelievable.",
     r"\bat this counter for 20 minutes\b"),
    ("We didn't 'exclude' you, Priya, the booking was only for six.", r"\bPriya\b.*\bleft out\b.*\bonly for six\b"),
    ("Must be nice to go to the pub every Saturday, Mark.", r"\bgo to the pub every Saturday\b"),
    ("The hoovering wasn't my turn, so check the rota before you start having a go.", r"\bhoovering\b.*\brota\b"),
])
def test_the_facts_are_kept_without_the_jab(rewrite, analyzer, text, kept):
    found = some_texts(rewrite(text))
    assert_kept_without(found, kept, _JAB, analyzer)


@pytest.mark.parametrize("text", [
    "Whoever keeps nicking my pens from the drawer clearly thinks they're above asking.",
    "Whoever used my mug this morning has no manners?",
])
def test_a_group_complaint_asks_whoever_it_was_and_blames_no_listener(rewrite, text):
    for suggestion in some_texts(rewrite(text)):
        assert re.search(r"\bwhoever it (?:is|was)\b", suggestion, re.I), suggestion
        assert not re.search(r"\byou (?:always|never|keep)\b", suggestion, re.I), suggestion


@pytest.mark.parametrize("text", [
    "Must be nice.",
    "Whoever it is, you're a disgrace.",
    "thanks for nothing 🙃",
])
def test_nothing_but_an_insult_gets_no_reading_of_its_own(rewrite, text):
    for suggestion in texts_of(rewrite(text)):
        assert not re.search(r"\bsomeone\b|\bleft out\b|\bbeen waiting\b|\bbothering me that you\b", suggestion, re.I), suggestion
