"""Owns "you had no right to X": an act of the listener's, told as a verdict on their right to it.

Read clause by clause, "you had no right to read my messages" kept no act ("had no right" is the verdict),
so the sender got a line that names nothing ("I'm feeling upset about this, and I'd like us to talk it
through calmly") or no suggestion at all. The act is the situation: it is kept, past, as what hurt
("I felt hurt when you read my messages"), and when it touched the sender's own things or people ("my
messages", "my mum") the ask is to be asked first. The verdict on the right goes.
"""

from __future__ import annotations

import re

from .candidate import I_STATEMENT
from .inflect import base_of, base_of_gerund, past
from .surface import recase

_NO_RIGHT = re.compile(r"^\W*(?:(?:and|but|well|look|honestly|oh|seriously)\W+)*(?:you|u) had no "
                       r"(?:right|business) (?:to )?(?P<act>[a-z][^,.!?;]{3,60}?)\s*[.!]*\s*$", re.I)
_MINE = re.compile(r"\b(?:my|mine)\b", re.I)  # not "me": "shouted at me" is no thing to be asked about first


def no_right_lines(msg) -> list[tuple[list[str], str]]:
    """[(sentences, strategy)] for a message that is "you had no right to X"; [] for anything else."""
    text = msg.doc.text if msg.doc is not None else msg.text
    if msg.address:  # "Ryan, you had no right…": the address is put back by compose
        text = re.sub(rf"^\W*{re.escape(msg.address)}\W+|\W+{re.escape(msg.address)}\W*$", "", text)
    found = _NO_RIGHT.match(text)
    if not found:
        return []
    verb, _, rest = recase(found.group("act")).strip().partition(" ")
    base = base_of_gerund(verb) if verb.lower().endswith("ing") else base_of(verb.lower())  # "no business going through…"
    act = f"{past(base)} {rest}".strip()
    if _MINE.search(rest):  # "read my messages", "tell my mum": the sender's own things and people, asked first next time
        return [([f"I felt hurt when you {act}", "Could you check with me first next time?"], I_STATEMENT)]
    return [([f"I was upset when you {act}", "Can we talk about it?"], I_STATEMENT)]
