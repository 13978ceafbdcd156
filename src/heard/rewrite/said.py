"""A phrase of the message as a rewrite says it back: tidied, unshouted, and put in the past.

Shared by the readings of manipulative moves (manipulation.py) and of guilt trips (guilt.py), which
both turn "if you really loved me you'd come to my dinner" into "…if you came to my dinner".
"""

from __future__ import annotations

import re

from .inflect import base_of, past


def said_phrase(phrase: str, lead: str = r"just|even|at\s+least") -> str:
    """The phrase tidied: one space, no end punctuation, not shouted, without a leading `lead` word."""
    phrase = re.sub(r"\s+", " ", phrase).strip().rstrip(".!?,; ")
    if not re.search(r"[a-z]", phrase):  # shouted: "PAY ME BACK" → "pay me back"
        phrase = re.sub(r"\bi\b", "I", phrase.lower())
    return re.sub(rf"^(?:{lead})\s+", "", phrase, flags=re.I)


def verb_base(word: str, doc) -> str:
    """A verb's base form: the irregular table, else the parser's lemma for the word in `doc`."""
    base = base_of(word.lower())
    if base != word.lower():
        return base
    tok = next((t for t in doc if t.lower_ == word.lower() and t.pos_ in ("VERB", "AUX")), None)
    return tok.lemma_.lower() if tok is not None else word.lower()


def in_past(phrase: str, doc, lead: str = r"just|even|at\s+least") -> str:
    """"come to my dinner" → "came to my dinner": the listener's act, for "…if you came"."""
    verb, _, rest = said_phrase(phrase, lead).partition(" ")
    return f"{past(verb_base(verb, doc))} {rest}".strip()
