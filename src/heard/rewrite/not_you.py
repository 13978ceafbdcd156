"""The chat idiom "not you posting…" said plainly before parsing: "you posted…".

"not you posting the pic of me mid-bite on your story before asking 💀" means "I can't believe you posted
it". Parsed as written it has no subject and a negation, and the rewrite came out as "I get really
frustrated when not you posting the pic…" (held-out set 22). Said as "you posted the pic…", it is the act
every reading already knows.
"""

from __future__ import annotations

import re

from .inflect import base_of_gerund, past

# Only at the start of the message (or of a line of it): "it's not you being late, it's the trains" is no idiom.
_NOT_YOU = re.compile(r"(?:^|(?<=\n))(?P<lead>\W*)not (?:you|u) (?P<act>[a-z]+ing)\b", re.I)


def _said(m) -> str:
    return f"{m.group('lead')}you {past(base_of_gerund(m.group('act')))}"


def said_plainly(text: str) -> str:
    """`text` with a leading "not you <doing>" said as "you <did>"."""
    return _NOT_YOU.sub(_said, text)


def said_plainly_edits(text: str) -> list[tuple[int, int]]:
    """What `said_plainly` did to `text`, as textspeak.moved takes it: one edit at the end of each idiom
    (offsets inside the few words it rewords land near, not exactly on, their words)."""
    return [(m.end(), len(_said(m)) - (m.end() - m.start())) for m in _NOT_YOU.finditer(text)]
