"""A rhetorical "who does X? Only you." said as what it tells, "you did X.", before parsing.

"Seriously Kev, who reverses into a bollard in the Tesco car park?? Only you." and "who eats the last slice of
someone's birthday cake with their NAME piped on it?? you, apparently 🙄" ask nothing: they tell what the listener
did and answer their own question with "you". Parsed as questions, no reading found an act in them (a "who"
question is a sigh to event_fallbacks.py) and both got only the stock "I'm really frustrated right now…"
(held-out set 25). Said as "you reversed into a bollard in the Tesco car park.", the act is there for the
I statement and the fitted ask to keep.

Only the shape whose answer is the listener ("only you", "you, apparently", "you do") is said plainly: "who took
my charger?" asks a real question, and question readings answer it.
"""

from __future__ import annotations

import re

from .inflect import base_of_third_person, past
from .textspeak import spliced

_WHO = re.compile(r"\b(?P<who>[Ww]ho) (?:(?:the hell|on earth|tf|even) )?(?P<verb>[a-z]+s) (?P<rest>[^?.!]{3,}?)\s*\?+"
                  r"\s*(?i:(?:only|oh wait|that'?d be|that would be|um+|erm+)[,.]?\s+)?(?i:you|u)(?i: do| did)?"
                  r"(?i:,? (?:apparently|obviously|clearly|that's who|of course|evidently))?(?:\s*[.!]+)?(?=\s|$)")


def _found(text: str):
    found = _WHO.search(text)
    if not found or found.group("verb") in ("is", "has", "was", "does", "says") \
            or base_of_third_person(found.group("verb")) is None:
        return None  # "who is…", "who has…": no act; "who does that?": the act is the question's
    return found


def _told(found) -> str:
    you = "You" if found.group("who") == "Who" else "you"
    return f"{you} {past(base_of_third_person(found.group('verb')))}"


def replacements(text: str) -> list[tuple[int, int, str]]:
    """What saying a rhetorical "who does X? (only) you" as "you did X." replaces: the "who…" and the answer."""
    found = _found(text)
    if not found:
        return []
    return [(found.start(), found.end("verb"), _told(found)), (found.end("rest"), found.end(), ".")]


def said_plainly(text: str) -> str:
    """`text` with a rhetorical "who does X? (only) you" said as "you did X."."""
    return spliced(text, replacements(text))[0]


def said_plainly_edits(text: str) -> list[tuple[int, int]]:
    """What `said_plainly` did to `text`, as textspeak.moved takes it."""
    return spliced(text, replacements(text))[1]
