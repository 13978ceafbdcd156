""""I told you X and you still did Y" said as the act it complains of, before parsing.

"I told you three times I'm allergic to cashews and you still ordered the satay for the whole table" is one
complaint: the listener did Y although they had been told X. Parsed as it stands, "I told you three times" went as
exasperation and the two clauses ran together into "When I'm allergic to cashews and you still ordered the satay…, I
feel hurt" (held-out set 26). Said as "you ordered the satay for the whole table. I'd told you three times I'm
allergic to cashews", the act leads and what was told stays as a fact beside it.
"""

from __future__ import annotations

import re

from .textspeak import spliced

_TOLD_STILL = re.compile(
    r"\bI (?:(?:have|had|'ve|'d) )?(?:already |literally |specifically |even )?(?P<verb>told|reminded|warned|asked) (?:you|u)"
    r"(?P<times> (?:like )?(?:\w+|\d+) times| (?:so )?many times| before| already| again| last week| yesterday)?,?"
    r" (?:that )?(?P<what>[^.!?]+?),? and (?:you|u) (?:(?:still|went and|anyway|(?<=still )just) )+(?P<act>[^.!?]+?)"
    r"(?=\s*(?:[.!?]|$))", re.I)
# The act told in the past ("ordered", "went", "put"): what was told came before it ("I'd told you").
_PAST = re.compile(r"^(?:\w+ed|went|put|got|made|took|gave|brought|bought|sent|told|left|ate|did|had|let|set|said|"
                   r"booked|forgot|came|ran|wore|sold|lost|threw|drove|wrote|chose|broke)\b", re.I)


def _told(found) -> str:
    had = "I'd" if _PAST.match(found.group("act")) else "I've"
    return f"you {found.group('act')}. {had} {found.group('verb').lower()} you{found.group('times') or ''} " \
           f"{found.group('what')}"


def _found(text: str):
    found = _TOLD_STILL.search(text)
    if not found or len(found.group("act").split()) < 2 or len(found.group("what").split()) < 2 \
            or re.search(r"\b(?:it|them|that|this)\b", found.group("act"), re.I):
        return None  # "…and you still didn't": no act to lead with; "…and you still missed it": "it" is what was told
    return found


def replacements(text: str) -> list[tuple[int, int, str]]:
    """The "I told you X and you still Y" sentence, said as "you Y. I'd told you X" (reordered as one span)."""
    found = _found(text)
    return [(found.start(), found.end(), _told(found))] if found else []


def said_plainly(text: str) -> str:
    """`text` with "I told you X and you still Y" said as "you Y. I'd told you X"."""
    return spliced(text, replacements(text))[0]


def said_plainly_edits(text: str) -> list[tuple[int, int]]:
    """What `said_plainly` did to `text`, as textspeak.moved takes it."""
    return spliced(text, replacements(text))[1]
