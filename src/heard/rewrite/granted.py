"""What the speaker grants the listener before the complaint: "I know you're grieving, but…",
"I get that you're stressed, but…". That clause is acknowledgement, never the act that hurt:
"I feel hurt when you're grieving" turns the speaker's sympathy into a reproach. blame.py leaves
such clauses out of the acts an I-statement is about.
"""

from __future__ import annotations

_GRANTING = {"know", "understand", "get", "hear", "see", "realise", "realize", "appreciate", "accept", "recognise",
             "recognize"}


def granted(clause) -> bool:
    """Whether `clause` is what "I know / I get / I understand …" grants the listener."""
    head = clause.head
    for verb in (head.head,) if head.dep_ == "ccomp" else ():
        if verb.lemma_.lower() in _GRANTING and any(c.dep_ == "nsubj" and c.lower_ == "i" for c in verb.children) \
                and not any(c.dep_ == "neg" for c in verb.children):  # "I don't get why you…" is the complaint
            return _conceded(clause)
    return False


def _conceded(clause) -> bool:
    """A "but", "still" or "though" comes after: granted, then the complaint. Without one, "I know you
    lied to me" is the complaint itself."""
    after = clause.tokens[-1].doc[clause.tokens[-1].i + 1:]
    return any(t.lower_ in _YET for t in after)


_YET = {"but", "still", "though", "although", "however", "yet", "doesn't", "nevertheless"}
