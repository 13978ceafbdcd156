"""Owns a verdict that closes a complaint ("The fence is fine") as the speaker's own view, with a question.

Kept as a fact, "The fence is fine" still tells the listener their complaint doesn't count, and any
feeling a rewrite pins on the speaker ("I've been feeling overwhelmed about the fence") is made up.
What the speaker can honestly say is what they think, and then ask what the other person sees:
"I think the fence is OK as it is — what's bothering you about it?"
"""

from __future__ import annotations

import re

# "<thing> is fine", "your car's totally fine", "the report looks OK", "nothing's wrong with the pipes"
_VERDICT = re.compile(r"^(?P<thing>(?:the|this|that|my|our|your|his|her|their|its)\b[\w' -]*?|it|they)"
                      r"(?:'s| is| are| was| were| looks?| seems?)\s+(?:totally |perfectly |absolutely |"
                      r"completely |honestly |literally |really |actually |just )*"
                      r"(?:fine|ok|okay|alright|all right|good|no problem|not a problem|not that bad)$", re.I)
_NOTHING_WRONG = re.compile(r"^(?:there's |there is )?nothing(?:'s| is)? wrong with (?P<thing>.+)$", re.I)


def dismissal(text: str) -> str | None:
    """The thing a verdict calls fine ("The fence is fine" → "the fence"), else None."""
    text = text.strip().rstrip(".!?")
    found = _VERDICT.match(text) or _NOTHING_WRONG.match(text)
    if not found:
        return None
    thing = found.group("thing").strip()
    return re.sub(r"^(?:your|his|her|their)\b", "the", thing, flags=re.I) if thing else None


def own_view(msg) -> list[str] | None:
    """The verdict said as the speaker's view, then a real question: two sentences, or None."""
    for clause in msg.clauses:
        thing = dismissal(clause.text)
        if not thing or thing.lower() in ("it", "they", "that", "this") or clause.head.lemma_ not in ("be", "look", "seem"):
            continue
        plural = bool(re.search(r"\b(?:are|were)\b", clause.text, re.I)) or thing.endswith("s") and not thing.endswith("ss")
        be, them = ("are", "them") if plural else ("is", "it")
        return [f"I think {thing[:1].lower()}{thing[1:]} {be} OK as {'they are' if plural else 'it is'}",
                msg.pick([f"What's bothering you about {them}?", f"Can you tell me what's bothering you about {them}?"],
                         "view")]
    return None
