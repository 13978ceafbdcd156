"""The chat idiom "not you posting…" said plainly before parsing: "you posted…".

"not you posting the pic of me mid-bite on your story before asking 💀" means "I can't believe you posted
it". Parsed as written it has no subject and a negation, and the rewrite came out as "I get really
frustrated when not you posting the pic…" (held-out set 22). Said as "you posted the pic…", it is the act
every reading already knows.
"""

from __future__ import annotations

import re

from .inflect import base_of_gerund, past
from .textspeak import spliced

# Only at the start of the message (or of a line of it): "it's not you being late, it's the trains" is no idiom.
_NOT_YOU = re.compile(r"(?:^|(?<=\n))(?P<lead>\W*)not (?:you|u) (?P<act>[a-z]+ing)\b", re.I)


def _said(m) -> str:
    return f"{m.group('lead')}you {past(base_of_gerund(m.group('act')))}"


def replacements(text: str) -> list[tuple[int, int, str]]:
    """Each leading "not you <doing>" and the "you <did>" it is said as (offsets inside the few words it rewords
    land near, not exactly on, their words)."""
    return [(m.start(), m.end(), _said(m)) for m in _NOT_YOU.finditer(text)]


def said_plainly(text: str) -> str:
    """`text` with a leading "not you <doing>" said as "you <did>"."""
    return spliced(text, replacements(text))[0]


def said_plainly_edits(text: str) -> list[tuple[int, int]]:
    """What `said_plainly` did to `text`, as textspeak.moved takes it."""
    return spliced(text, replacements(text))[1]
