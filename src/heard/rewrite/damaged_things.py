"""Owns the opener of a defence about a thing that got damaged: sorry about the thing, not a stock line.

"Don't look at me, the cat knocked the vase off, I was in the shower." was answered "I hear how upset
you are. The cat knocked the vase off. I was in the shower. What would help?": a stock opener, then the
account, which readers of held-out set 20 graded as the defence kept. What a person says first is
sorry about the vase — not an admission that they broke it, just that it is broken and it mattered:
"I'm sorry about the vase. The cat knocked the vase off…".

`sorry_about_damage(msg, text)` (called in strategies._tidied) swaps the stock opener for that line when
the message names the damaged thing as the object or subject of a verb of damage ("knocked the vase
off", "the vase broke", "a scratch on the car"), the thing is not the speaker's own ("my phone died"),
and the message is defensive. The rest of the suggestion stays as it was.
"""

from __future__ import annotations

import re

from .defence import GENERIC_ACKNOWLEDGEMENTS

# Verbs of damage, by lemma: what happened to the thing.
_DAMAGE = frozenset("""knock break smash spill drop crack scratch dent stain burn ruin tear rip shatter chip
snap bend scorch wreck chew""".split())
_STOCK_OPENER = re.compile(r"^(?:" + "|".join(map(re.escape, (*GENERIC_ACKNOWLEDGEMENTS, "I can see you're upset"))) + r")\. ")


def _damaged(msg) -> str | None:
    """"the vase" from "the cat knocked the vase off" / "the vase broke"; None where none is named."""
    for tok in msg.doc:
        if tok.lemma_.lower() not in _DAMAGE or tok.pos_ not in ("VERB", "NOUN") \
                or any(c.dep_ == "prt" and c.lower_ in ("down", "up") for c in tok.children):
            continue  # "the bus broke down": a breakdown, nobody's thing damaged
        roles = ("dobj",) if tok.pos_ == "VERB" and any(c.dep_ == "dobj" for c in tok.children) else ("nsubj", "nsubjpass")
        thing = next((c for c in tok.children if c.dep_ in roles and c.pos_ == "NOUN"), None)
        if thing is None:
            continue
        if any(c.dep_ == "prep" for c in thing.children):
            return None  # "the side of my car": whose thing it is sits in the phrase after it
        det = next((c for c in thing.children if c.dep_ in ("det", "poss")), None)
        if det is None or det.lower_ not in ("the", "your", "ur", "that", "this"):
            return None  # "my phone", "a scratch": the speaker's own thing, or none in particular
        words = [t for t in thing.subtree if t.i <= thing.i and t.dep_ in ("det", "poss", "compound", "amod") or t.i == thing.i]
        said = " ".join(t.text for t in words)
        return re.sub(r"^(?:ur|that|this)\b", lambda m: {"ur": "your"}.get(m.group().lower(), "the"), said, flags=re.I)
    return None


def sorry_about_damage(msg, text: str) -> str:
    """`text` opened with "I'm sorry about the vase." instead of a stock line, where that fits (above)."""
    opener = _STOCK_OPENER.match(text)
    if not opener or not msg.defensive or re.search(r"\bsorry\b", text[opener.end():], re.I):
        return text  # one apology: "I'm sorry I left the room" already says sorry
    thing = _damaged(msg)
    if not thing:
        return text
    return f"I'm sorry about {thing}. {text[opener.end():]}"


__all__ = ["sorry_about_damage"]
