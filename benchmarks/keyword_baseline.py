"""A keyword baseline: a label is flagged when the message contains one of its stock phrases.

It is what a simple tone checker does, and it is the bar heard's model must clear.
"""

from __future__ import annotations

import re

KEYWORDS = {
    "blaming": ["you always", "you never", "your fault", "because of you", "you made me",
                "what is wrong with you", "what's wrong with you", "you're so", "why do you always",
                "why can't you", "stupid", "idiot", "lazy", "selfish", "pathetic", "ridiculous"],
    "defensive": ["not my fault", "i didn't do anything", "i was busy", "i was only trying",
                  "you're overreacting", "not a big deal", "calm down", "it wasn't me",
                  "i didn't know", "what did you expect", "at least i", "well you"],
    "validating": ["i hear you", "that makes sense", "i understand", "sounds like you",
                   "must be hard", "that sounds", "i'm sorry you", "your feelings are valid",
                   "thank you for telling me", "anyone would", "no wonder", "not your fault"],
}


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower().replace("’", "'"))


def keyword_predict(texts, labels):
    """0/1 matrix (as a list of lists), one column per label in `labels`."""
    rows = []
    for text in texts:
        low = _normalise(text)
        rows.append([int(any(k in low for k in KEYWORDS.get(label, []))) for label in labels])
    return rows
