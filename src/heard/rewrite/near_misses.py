"""Owns a second chance for a rewrite that the re-check fails by a hair, on its closing question alone.

The classifier is sensitive to a rewrite's last line out of all proportion to what it says: "I don't
think we've read the same things about the vaccine trials. What have you read about them?" scores
defensive 0.52, and the same line closed with "Can we talk about it?" 0.14; "I get really embarrassed
when you twist my words in front of Mum." scores blaming 0.50 with "Can we talk about it?" and 0.38
with "Could we talk about it?". A retrained model moves those scores, and without a second chance
every such rewrite is lost with the model's noise, and the message falls back on a form letter.

So a complaint's rewrite (an "I" statement, a request, …) that fails by less than `NEAR` is tried again
with its closing question swapped for the plain wishes to talk (`TALK`, closings.py), in that order, and
the first wording the classifier passes replaces it. Only a closing question that asks nothing of the listener is swapped: "Could you
check your app?" is the request the rewrite exists to make, and a letter's sign-off is no question.
An answer to a complaint (acknowledge first, take responsibility) gets no second chance: its closing
is an offer ("What can I do to make it right?"), and a near miss there is most often the defence
the rewrite failed to leave out ("Sorry but the recipe said 30 mins… it's the oven that's dodgy").
"""

from __future__ import annotations

import re

from .candidate import ACKNOWLEDGE, RESPONSIBILITY
from .closings import TALK
from .own_requests import sentences_of

NEAR = 0.1  # how far over a threshold a candidate may score and still be tried with another closing
# The rewrite's request of the listener, not a closing to swap ("Could you check your app?", "Please…").
_REQUEST = re.compile(r"^(?:(?:next time|from now on|please),? )?(?:could|can|would|will) you\b|^please\b"
                      r"|^(?:could|can|would) (?:i|we) (?!talk\b)", re.I)
_WAYS = TALK + ["Can we find a way that works for both of us?"]


def near_miss(verdict: dict, thresholds: dict, labels) -> bool:
    """The re-check flags the candidate, but every flag by less than `NEAR`."""
    over = [verdict[label]["score"] - thresholds[label] for label in labels if label in verdict and verdict[label]["flagged"]]
    return bool(over) and max(over) < NEAR


def closing_variants(text: str) -> list[str]:
    """`text` with its closing question swapped for each plain wish to talk, or [] if it has none to swap."""
    parts = sentences_of(text)
    if len(parts) < 2 or not parts[-1].endswith("?") or _REQUEST.search(parts[-1]):
        return []
    head = text[:text.rstrip().rfind(parts[-1])].rstrip()
    return [f"{head} {way}" for way in _WAYS if way != parts[-1]]


def second_chances(analyzer, pools, verdicts: dict, labels) -> None:
    """Gives each near-miss candidate in `pools` the first closing the classifier passes, in place;
    the verdicts of the new wordings are added to `verdicts`."""
    tried = {}  # by candidate, not by text: an answer to a complaint may share a near miss's wording
    for pool in pools:
        for candidate in pool:
            verdict = verdicts[candidate.text]["labels"]
            if candidate.strategy not in (ACKNOWLEDGE, RESPONSIBILITY) and near_miss(verdict, analyzer.thresholds, labels):
                tried[id(candidate)] = closing_variants(candidate.text)
    wordings = sorted({w for ways in tried.values() for w in ways} - set(verdicts))
    if wordings:
        verdicts.update(zip(wordings, analyzer.check_many(wordings)))
    for pool in pools:
        for candidate in pool:
            for wording in tried.get(id(candidate), ()):
                if not any(verdicts[wording]["labels"][label]["flagged"] for label in labels
                           if label in verdicts[wording]["labels"]):
                    candidate.text = wording
                    break
