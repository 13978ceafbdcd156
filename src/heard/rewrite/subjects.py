"""Facts whose subject the speaker dropped: "Typical Ryan. Promised you'd drive Grandma and then
vanished", "Forgot the milk again". Kept as they are, they open a rewrite's sentence on a bare verb
("Promised you'd drive Grandma…, and I've been feeling hurt"). In a message aimed at the listener the
dropped subject of a past act is "you", so it is put back; a fact that opens on a gerund or a hedge
("Strolling in at eleven while…", "Guess I'm rewriting…", "No please, keep talking…") can't lead a
sentence and is never used as the one the feeling is told after (blame.py).
"""

from __future__ import annotations

import re

from .aware import say_situation  # blame.py takes the situation and the facts from here
from .reading import DROPPED_YOU as _DROPPED_YOU, facts_of as _facts

__all__ = ["facts_of", "say_situation", "sincere", "stands_alone", "with_subject"]

# ("No 9 year old can finish that" is a fact: "no" only hedges as "no, …" or "no please …".)
_HEDGE_OPEN = re.compile(r"^(?:(?:no|yes|yeah|sure|ok|okay)(?:,|\s+(?:please|worries|problem|really)\b)|"
                         r"(?:guess|must|keep|imagine)\b)", re.I)
_ING_NOUNS = {"nothing", "everything", "something", "anything", "morning", "evening", "wedding", "building",
              "ceiling", "sibling", "darling", "pudding", "spring", "king", "ring", "thing", "things", "bring"}


def with_subject(fact: str) -> str:
    """`fact` with a dropped "you" put back before a past act ("Promised you'd…" → "you promised you'd…")."""
    return "you " + fact[0].lower() + fact[1:] if _DROPPED_YOU.match(fact) else fact


def facts_of(msg, **how) -> list[str]:
    """reading.facts_of, with each dropped "you" put back."""
    return [with_subject(f) for f in _facts(msg, **how)]


def sincere(fact: str) -> bool:
    """Whether `fact` can be kept as said: not a sneer opened on a hedge ("No please, keep talking…")."""
    return not _HEDGE_OPEN.match(fact.lstrip())


def stands_alone(fact: str) -> bool:
    """Whether `fact` has its own subject and can lead a sentence with the feeling told after it."""
    first = re.match(r"^\W*(\w+)", fact)
    if first is None:
        return False
    word = first.group(1).lower()
    if word.endswith("ing") and len(word) > 5 and word not in _ING_NOUNS:
        return False
    return not _HEDGE_OPEN.match(fact.lstrip()) and not _DROPPED_YOU.match(fact)
