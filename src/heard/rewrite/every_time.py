"""Owns "every time I X, you Y" (or "…it gets hard, you…"): the moment and what the listener does in it,
said as one situation.

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
        made = main if main.dep_ == "ccomp" and subject is not None and subject.lower_ == "me" else None
        if made is not None:  # "you make me feel stupid every time…": the feeling is the speaker's to say
            main = main.head
            subject = next((c for c in main.children if c.dep_ == "nsubj"), None)
        if moment is None or main.i not in inside or subject is None or subject.lower_ not in YOU:
            return None
        mine = next((c for c in moment.children if c.dep_ == "nsubj"), None)
        if mine is None or mine.lower_ in YOU:
            return None  # "every time you…, you…": one act, read by the usual strategies
        # "you walk out every time it gets hard": the moment first, as with "I" ("when it gets hard and
        # you walk out"), never "when you walk out it gets hard" (the moment read as what you cause)
        during = {t.i for t in time.subtree}
        first = [t for t in moment.subtree if t.i in inside and not t.is_punct]
        rest = [t for t in clause.tokens if t.i not in during and not t.is_punct and t.lower_ not in _CUT]
        if not first or not rest:
            return None
        if made is not None and made.lemma_ == "feel" and main.lemma_ == "make":
            felt = render(words_of([t for t in made.subtree if t.i > made.i and t.i not in during and not t.is_punct]))
            if felt:  # "when I ask…, I end up feeling stupid": no "you make me feel"
                return Literal(situation=f"{render(words_of(first))} and end up feeling {felt}", past=False,
                               statement=f"when {render(words_of(first))}, I end up feeling {felt}")
        return Literal(situation=f"{render(words_of(first))} and {render(words_of(rest))}", past=False)
    return None
