"""A predicate the speaker left out because the sentence before said it, put back before parsing.

"I wasn't late to rehearsal, the bus from Leith was." The second clause means "the bus from Leith was
late"; parsed as written, its verb has nothing after it and the rewrite kept "The bus from Leith was."
(held-out set 29). Only the shape "I/we wasn't/weren't X…, the Y was/were" is read, and X is one word
("late", "rude", "driving"): the predicate is copied after the bare auxiliary, nothing else changes.
"""

from __future__ import annotations

import re

_ELIDED = re.compile(r"\b(?:I|we)\s+(?:wasn't|weren't|wasnt|werent|was\s+not|were\s+not)\s+(?P<pred>(?!the\b|a\b|an\b|my\b)[a-z]+)"
                     r"\b[^,.;!?]*[,;]\s+(?:(?:the|my|our|your|his|her|their)\s+[^,.;!?]{1,30}?|(?-i:[A-Z][a-z]+))\s+(?P<aux>was|were)"
                     r"(?=\s*(?:[.!?]|$))", re.I)


def replacements(text: str) -> list[tuple[int, int, str]]:
    """The predicate put after each bare auxiliary that elides it."""
    return [(m.end("aux"), m.end("aux"), f" {m.group('pred')}") for m in _ELIDED.finditer(text)]
