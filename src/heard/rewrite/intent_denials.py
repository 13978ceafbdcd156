"""A denial of intent read as what it is: the act owned, the motive denied.

"I didn't leave Mark off the email on purpose" says that the speaker did leave Mark off; it only denies
meaning to. Read as a denial of the act (plain_accounts.holds_ground), it got no apology at all: the
readings may not apologise for what a speaker denies, so it was left with "I can see this really
matters to you… What would help?" and nothing of Mark or the email (held-out set 23). Said as "I didn't
mean to leave Mark off the email" before parsing, it is the lapse that owning.py already answers: "I'm
sorry I left Mark off the email."
"""

from __future__ import annotations

import re

from .inflect import base_of, looked_up_base
from .textspeak import spliced

# "I didn't scratch the car on purpose", "we never ignored you deliberately": up to nine words of the act
# between the denial and the motive word, within one clause (no comma or sentence end in between).
_INTENT_DENIED = re.compile(
    r"\b(I|we) (?:didn'?t|did not|never) ((?!mean\b)[a-z]+(?: [^\s,.;:!?]+){0,8}?) "
    r"(?:on purpose|deliberately|intentionally)\b", re.I)


def replacements(text: str) -> list[tuple[int, int, str]]:
    """What saying "I didn't <act> on purpose" as "I didn't mean to <act>" replaces in `text`: the opening, the
    verb ("never forgot" → "forget") and the motive words, each on its own, so the classifier's evidence still
    lands on the words it was found in."""
    found = []
    for m in _INTENT_DENIED.finditer(text):
        opening, verb = _said(m)
        found += [(m.start(), m.start(2), opening), (m.start(2), m.start(2) + len(_verb(m)), verb), (m.end(2), m.end(), "")]
    return found


def unmeant(text: str) -> str:
    """`text` with "I didn't <act> on purpose" said as "I didn't mean to <act>"."""
    return spliced(text, replacements(text))[0]


def unmeant_edits(text: str) -> list[tuple[int, int]]:
    """What `unmeant` did to `text`, as textspeak.moved takes it."""
    return spliced(text, replacements(text))[1]


def _verb(m) -> str:
    return m.group(2).split(" ")[0]


def _said(m) -> tuple[str, str]:
    """The denial's opening and its verb as "mean to" takes it: "never forgot" → "didn't mean to forget"."""
    verb = _verb(m)
    if not re.match(r"didn'?t|did not", m.group(0)[len(m.group(1)) + 1:], re.I):  # "never" + a past form
        base = base_of(verb)
        verb = base if base != verb.lower() else (looked_up_base(verb) or verb)
    return f"{m.group(1)} didn't mean to ", verb
