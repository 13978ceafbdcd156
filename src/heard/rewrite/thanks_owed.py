"""Thanks owed to someone else: "bro you're so ungrateful, Mum drove 4 hours to help you move".

The verdict ("ungrateful") is about how the listener treated a third person, and the message says what
that person did for them. The effort readers took the hurt as the speaker's own ("I'm feeling hurt and
unappreciated"), which is the wrong person. Read here: what the other person did is kept, the verdict is
left out, and the ask is for the thanks the speaker is after: "Mum drove 4 hours to help you move. It
would mean a lot if you let her know you appreciated it."
"""

from __future__ import annotations

import re

from .message import Message

_UNGRATEFUL = re.compile(r"\b(?:ungrateful|ingrate|unappreciative|thankless)\b", re.I)
_HER = {"mum", "mom", "mam", "mummy", "mommy", "mother", "nan", "nana", "gran", "granny", "grandma", "grandmother",
        "aunt", "auntie", "aunty", "sister", "sis", "wife", "girlfriend", "daughter", "stepmum", "stepmom"}
_HIM = {"dad", "daddy", "father", "grandad", "granddad", "grandpa", "grandfather", "uncle", "brother",
        "husband", "boyfriend", "son", "stepdad"}
_PEOPLE = {"parents", "grandparents", "family", "everyone", "friends", "neighbours", "neighbors", "folks", "kids"}
_YOU = {"you", "your", "u", "ur", "yourself"}


def _giver(clause):
    """(what they did, the pronoun for them) when a third person did something for the listener."""
    root = clause.head
    if root is None or root.tag_ != "VBD" or clause.question:
        return None
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in _YOU | {"i", "we", "it", "that", "this", "he", "she", "they"}:
        return None
    name = subject.lower_
    if subject.pos_ != "PROPN" and name not in _HER | _HIM | _PEOPLE:
        return None
    if not any(t.lower_ in _YOU for t in clause.tokens):
        return None  # done for the listener, or it says nothing of the thanks owed
    pron = "her" if name in _HER else "him" if name in _HIM else "them"
    words = [t for t in clause.tokens if not (t.dep_ == "cc" and t.i == clause.tokens[0].i)]
    text = re.sub(r"[\s.,!?;:]+$", "", clause.tokens[0].doc[words[0].i:words[-1].i + 1].text)
    return text[:1].upper() + text[1:] + ".", pron


def thanks_lines(msg: Message) -> list[str] | None:
    """The lines for "you're so ungrateful, <someone> did X for you", or None."""
    if not msg.blaming:
        return None
    content = [c for c in msg.clauses if any(t.is_alpha for t in c.tokens) and c.role != "filler"]
    verdicts = [c for c in content if _UNGRATEFUL.search(c.text)]
    givers = [(c, _giver(c)) for c in content if c not in verdicts]
    givers = [(c, g) for c, g in givers if g]
    if len(verdicts) != 1 or len(givers) != 1 or len(content) != 2:
        return None  # anything else said beside them may be a complaint of its own
    told, pron = givers[0][1]
    return [told, f"It would mean a lot if you let {pron} know you appreciated it."]
