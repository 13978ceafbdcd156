"""Questions that doubt the listener knows or cares: "do you even care that S?", "do you understand
how X works?". Their situation is the listener's not caring or not knowing, never S itself.

reading.say_situation keeps S alone for "do you even care that Dad's in hospital" (situations.py: S
is the point) and then says it as an impression, "it seems like Dad's in hospital", which turns the
reproach into doubt about the fact the speaker is upset about. And "do you understand how a rota
works, or should I draw you a picture?" came out as "it seems like you understand how a rota works",
the opposite of what was meant. Both are said here as what the question presumes: "it seems like
you don't care that Dad's in hospital", "it seems like you don't understand how a rota works".
A second, sneering question tied on with "or" ("…or is this just gossip for you?") is left out.
"""

from __future__ import annotations

import re

from .clauses import YOU, wh_led
from .reading import say_situation as _said

_AWARE = {"care", "know", "realise", "realize", "notice", "understand", "see"}
# "…, or is this just gossip to you", "…, or should I draw you a picture": a second, sneering question
_OR_TAUNT = re.compile(r",?\s+or\s+(?:is|are|was|were|do|does|did|should|shall|would|will|can|could|am|has|have)\b.*$", re.I)


def _doubted(clause) -> str | None:
    """The awareness verb a "do you (even) V …?" question doubts, or None."""
    head, subject = clause.head, clause.subject
    if not clause.question or subject is None or subject.lower_ not in YOU or head.lemma_.lower() not in _AWARE:
        return None
    if any(c.dep_ == "neg" for c in head.children) or head.i < subject.i:
        return None  # "don't you care…?" and "care, do you?" are read elsewhere
    aux = [c for c in head.children if c.dep_ == "aux" and c.i < subject.i]
    if not aux or aux[0].lemma_ != "do":
        return None
    return head.lemma_.lower()


def say_situation(msg, clause) -> str:
    """reading.say_situation, with a doubting "do you (even) know/care …?" said as what it presumes."""
    text = _said(msg, clause)
    verb = _doubted(clause) if clause.literal is None else None
    if not verb or not text.startswith("it seems like "):
        return text
    rest = _OR_TAUNT.sub("", text[len("it seems like "):]).strip()
    if not rest:
        return text
    if re.match(r"^you (?:do |even )?" + verb + r"\b", rest):  # "you understand how a rota works"
        return "it seems like you don't " + re.sub(r"^you (?:do |even )?", "", rest)
    if re.match(r"^you\b", rest):
        return text
    comp = next((c for c in clause.head.children if c.dep_ == "ccomp" and not wh_led(c)), None)
    if comp is None:
        return text
    return f"it seems like you don't {verb} that {rest}"  # "…you don't care that Dad's in hospital"
