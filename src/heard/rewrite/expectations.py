"""Owns what the speaker expected the listener would do, given as a reason: "I didn't tell you
because I knew you'd freak out". The listener never did it, so it is no event to complain about
("I felt hurt when you freaked out" would invent one); it is the speaker's excuse, and the
strategies that own an excuse read it so.
"""

from __future__ import annotations

# Verbs of the speaker's own expectation, whose complement is a guess, not a fact.
_EXPECTING = {"know", "think", "figure", "expect", "guess", "assume", "worry", "fear", "suppose", "bet", "reckon"}
_HYPOTHETICAL = {"would", "'d", "will", "'ll", "might", "could"}


def mark_expected(clauses) -> None:
    for clause in clauses:
        if clause.role == "accusation" and _expected(clause.head):
            clause.role = "excuse"


def _expected(verb) -> bool:
    """A verb with "would/'d" (or will, might) that the speaker's "I knew / I thought" frames."""
    if not any(c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL for c in verb.children):
        return False
    frame = verb.head
    return verb.dep_ == "ccomp" and frame.lemma_.lower() in _EXPECTING \
        and any(c.dep_ == "nsubj" and c.lower_ == "i" for c in frame.children)
