"""A predicate the speaker left out because the sentence before said it, put back before parsing.

"I wasn't late to rehearsal, the bus from Leith was." The second clause means "the bus from Leith was
late"; parsed as written, its verb has nothing after it and the rewrite kept "The bus from Leith was."
(held-out set 29). Only the shape "I/we wasn't/weren't X…, the Y was/were" is read, and X is one word
("late", "rude", "driving"): the predicate is copied after the bare auxiliary, nothing else changes.

The speaker left out too, when a complaint opens on the wait: "Waited 25 minutes for two flat whites while your
staff stood chatting." is "I waited…"; parsed as written, the "when" of the rewrite had no subject ("When waited
25 minutes…"). Only "waited" and "queued" opening a first sentence that tells, not asks: other dropped "I"s are
put back where the facts are said (reading.speakers_dropped_i), and "Spent £4k on a bike and can't…?" asks
about the listener.
"""

from __future__ import annotations

import re

_ELIDED = re.compile(r"\b(?:I|we)\s+(?:wasn't|weren't|wasnt|werent|was\s+not|were\s+not)\s+(?P<pred>(?!the\b|a\b|an\b|my\b)[a-z]+)"
                     r"\b[^,.;!?]*[,;]\s+(?:(?:the|my|our|your|his|her|their)\s+[^,.;!?]{1,30}?|(?-i:[A-Z][a-z]+))\s+(?P<aux>was|were)"
                     r"(?=\s*(?:[.!?]|$))", re.I)


_OWN_WAIT = re.compile(r"^\s*(?P<verb>waited|queued)\s+(?=\S)[^.!?]*(?P<end>[.!?]|$)", re.I)


def replacements(text: str) -> list[tuple[int, int, str]]:
    """The predicate put after each bare auxiliary that elides it; "I " before a complaint's opening wait."""
    found = [(m.end("aux"), m.end("aux"), f" {m.group('pred')}") for m in _ELIDED.finditer(text)]
    wait = _OWN_WAIT.match(text)
    if wait and wait.group("end") != "?":
        found.insert(0, (wait.start("verb"), wait.end("verb"), f"I {wait.group('verb').lower()}"))
    return found
