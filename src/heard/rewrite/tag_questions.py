"""A speaker's rhetorical tag question ("…could I?", "…was I?") cut before parsing.

"look I was on a call with the Singapore team till 11, I couldn't exactly reply about the thermostat could I"
asks nothing: the tag turns the excuse into a dare. Parsed with it, the tag's "could" joined the object and the
apology came out as "I'm sorry I couldn't reply about the thermostat could." (held-out set 25). Without it, the
clause is the plain statement the apology and the account are made from.

Only a tag on the speaker ("I", "we") that repeats an auxiliary of its own sentence is cut: "…did you?" asked of
the listener is read by the blame readings, and "can I ask you something" opens a question, not a tag.
"""

from __future__ import annotations

import re

from .textspeak import spliced

_AUX = r"(?:could|can|would|will|should|did|do|does|was|were|am|have|had|is)"
# A sentence's last words: the tag, on the speaker, after a word (no comma needed in a text), then the end.
_TAG = re.compile(rf"(?P<cut>,?\s+(?P<aux>{_AUX})(?:n'?t)?\s+(?:I|i|we))\s*(?P<end>\?+|(?=[.!]|$))")
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n)")


def _sentence_before(text: str, end: int) -> str:
    """The words of `end`'s own sentence that come before it."""
    starts = [m.end() for m in _SENTENCE_START.finditer(text, 0, end)]
    return text[starts[-1] if starts else 0:end]


def _tags(text: str):
    """The tags in `text` whose own sentence, before them, uses the same auxiliary ("couldn't… could I")."""
    for found in _TAG.finditer(text):
        before = _sentence_before(text, found.start())
        aux = found.group("aux").lower()
        if len(before.split()) >= 3 and re.search(rf"\b{aux}(?:n'?t| not)?\b", before, re.I) \
                and re.search(r"\b(?:I|i|we)\b", before):
            yield found


# "I'm sorry the monstera died okay but you're the one who…": "okay" after an apology dares the listener to
# push further; kept, the rewrite said "I'm sorry the monstera died okay." (held-out set 28).
_OK_TAG = re.compile(r"(?<=\w)(?P<cut>,?\s+(?:ok|okay|alright|OK|OKAY))(?P<then>\?*(?=\s*(?:[.!]|$))|\?*,?(?=\s+(?:but|so)\b))")


# "it's ok", "that's okay", "I feel ok": the word's own sense, not a dare.
_OK_SAID = {"it's", "its", "it’s", "is", "be", "are", "was", "were", "that's", "thats", "am", "i'm", "im", "feel", "feels",
            "felt", "seem", "seems", "look", "looks", "sound", "sounds", "all", "totally", "perfectly", "fine", "not", "say", "said"}


def _ok_tags(text: str):
    for found in _OK_TAG.finditer(text):
        before = text[:found.start()].split()
        if before and before[-1].lower().strip(",") in _OK_SAID:
            continue
        if re.search(r"\bsorry\b", _sentence_before(text, found.start()), re.I):
            yield found


def replacements(text: str) -> list[tuple[int, int, str]]:
    """Each speaker's tag question, cut, with its question mark made a full stop; an "okay" daring the
    listener after an apology, cut too (a comma left before "but")."""
    found = [(m.start("cut"), m.end(), "." if m.group("end").startswith("?") else "") for m in _tags(text)]
    found += [(m.start("cut"), m.end(), "," if m.end() < len(text) and re.match(r",?\s+(?:but|so)\b", text[m.end():])
               else "") for m in _ok_tags(text)]
    return sorted(found)


def said_plainly(text: str) -> str:
    """`text` with each speaker's tag question cut and its question mark made a full stop."""
    return spliced(text, replacements(text))[0]


def said_plainly_edits(text: str) -> list[tuple[int, int]]:
    """What `said_plainly` did to `text`, as textspeak.moved takes it."""
    return spliced(text, replacements(text))[1]
