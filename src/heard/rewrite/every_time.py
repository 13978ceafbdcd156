"""Owns "every time I X, you Y": the moment and what the listener does in it, said as one situation.

With "every time" cut (an absolute), the two clauses ran together ("when I ask you to wipe the
counter you do it wrong"). Read together they are one situation, joined as a person would say it:
"when I ask you to wipe the counter and you do it wrong".
"""

from __future__ import annotations

from .clauses import YOU
from .literal import Literal
from .surface import render, words_of

_EVERY = {"every", "each"}
_CUT = {"always", "just", "literally", "even", "still", "again"}


def mark_every_time(clauses) -> None:
    for clause in clauses:
        if clause.literal is None:
            found = _every_time(clause)
            if found is not None:
                clause.literal, clause.role = found, "accusation"


def _every_time(clause) -> Literal | None:
    inside = {t.i for t in clause.tokens}
    for time in clause.tokens:
        if time.lower_ != "time" or time.dep_ != "npadvmod" or not any(
                c.dep_ == "det" and c.lower_ in _EVERY for c in time.children):
            continue
        moment = next((c for c in time.children if c.dep_ in ("relcl", "acl")), None)
        main = time.head
        subject = next((c for c in main.children if c.dep_ == "nsubj"), None)
        if moment is None or main.i not in inside or subject is None or subject.lower_ not in YOU:
            return None
        mine = next((c for c in moment.children if c.dep_ == "nsubj"), None)
        if mine is None or mine.lower_ not in ("i", "we"):
            return None  # "every time you…, you…": one act, read by the usual strategies
        during = {t.i for t in time.subtree}
        first = [t for t in moment.subtree if t.i in inside and not t.is_punct]
        rest = [t for t in clause.tokens if t.i not in during and not t.is_punct and t.lower_ not in _CUT]
        if not first or not rest:
            return None
        return Literal(situation=f"{render(words_of(first))} and {render(words_of(rest))}", past=False)
    return None
