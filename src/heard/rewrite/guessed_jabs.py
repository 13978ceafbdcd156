""""You must be new here", "you must be joking": a guess about the listener that is a jab, not a reflection.

"You must be exhausted" reflects a feeling and is read as validation; the same shape with no feeling in
it ("you must be new here", "you must be blind", "you've got to be kidding") guesses at the listener to
belittle them. Read as a reflection, it was kept as the acknowledgement ("You must be new here. What would
help?"). Marked here: such a clause loses its validating cues and is read as the jab it is, so no
strategy keeps it as an acknowledgement. `jab_fact_lines` (a reading of the whole message, strategies.py)
says the fact the jab was hung on plainly ("This has been debated a lot.").
"""

from __future__ import annotations

import re

from .clauses import VALIDATING_CUES
from .everyday_complaints import bare_text, own_words
from .message import Message

_JAB_GUESS = re.compile(
    r"^\W*(?:(?:oh|wow|lol|lmao|well|ok|okay|so),?\s+)*(?:you|u)\s+(?:must|have\s+got\s+to|'ve\s+got\s+to|gotta|"
    r"have\s+to)\s+be\s+(?:\w+\s+)?(?:new(?:\s+(?:here|to\s+this|around\s+here))?|joking|kidding|blind|deaf|"
    r"trolling|a\s+troll|a\s+bot|high|drunk|dreaming|living\s+under\s+a\s+rock|fun\s+at\s+parties|"
    r"(?:really\s+)?(?:slow|dense|thick|stupid|dumb))\b", re.I)


def mark_guessed_jabs(clauses) -> None:
    """Clauses that guess at the listener to belittle them: no longer read as validation. (The labels are
    left alone: read as blaming, the rest was put in "I feel hurt when…" frames it doesn't fit.)"""
    for clause in clauses:
        if _JAB_GUESS.match(clause.text) and clause.cues & VALIDATING_CUES:
            clause.cues = (clause.cues - VALIDATING_CUES) | {"contempt"}
            clause.role = "contempt"
            clause.scores = dict(clause.scores, validating=False, blaming=True)


_AFTER_JAB = re.compile(r"^(?:\s+(?:here|to\s+this|lol|lmao|haha|mate|buddy|pal))*\s*[,.!:;…-]+\s*(?P<fact>[^.!?]+?)"
                        r"\s*[.!]*$", re.I)
_SECOND_PERSON = re.compile(r"\b(?:you|u|your|ur|yourself)\b", re.I)
# the hyperbole that carries the jab's impatience: said plainly, the fact stays
_HYPERBOLE = ((re.compile(r"\s+(?:a|like\s+a)\s+(?:hundred|thousand|million|billion|zillion)\s+times\b", re.I), " before"),
              (re.compile(r"\s+to\s+death\b", re.I), " a lot"),
              (re.compile(r"\s+(?:already|literally|ffs|lol)\b", re.I), ""))


def jab_fact_lines(msg: Message) -> list[str] | None:
    """"You must be new here. This has been debated to death." → ["This has been debated a lot."]: the
    fact the jab was hung on, said plainly, when it blames nobody; or None."""
    text = bare_text(msg)
    match = _JAB_GUESS.match(text)
    rest = _AFTER_JAB.match(text[match.end():]) if match else None
    if not rest or _SECOND_PERSON.search(rest.group("fact")):
        return None
    fact = rest.group("fact")
    for pattern, plain in _HYPERBOLE:
        fact = pattern.sub(plain, fact)
    fact = own_words(fact, 14)
    return [fact[:1].upper() + fact[1:] + "."] if fact else None
