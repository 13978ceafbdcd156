"""Owns the jab tail of a defence: the sentence or clause that answers a complaint by scoring a point
instead of saying a fact, left beside the sender's own fact or apology.

- generalising: "not everyone lives on their phone", "it's a shared flat not a library"
- pushing the listener off: "there's no point shouting at me about it"
- dismissing the other side: "I believe him over a seven-year-old's story"
- counter-attack about the listener: "I was carrying the whole game while u were afk"
- mocking exaggeration: "you're acting like I wrote the car off", "you went down like you'd been shot"

Kept verbatim in a rewrite (or read as the situation) each one carries the jab along, so in a defensive
message that has another clause left to carry it, the tail is read as contempt and dropped; the
sender's own fact ("one scratch on the bumper", "a fair challenge") stays.
"""
from __future__ import annotations

import re

_YOU = r"(?:you|u|ya|he|she|they)"
_TAIL = re.compile(
    # generalising: "not everyone lives on their phone", "not all of us are glued to a screen"
    r"^\W*(?:(?:and|but|so|well|look|honestly|frankly)\W+)*not (?:every(?:one|body)|all of us|all of you|everyone else)\b"
    # "it's a shared flat not a library": a place's use set against a mocked one
    r"|^\W*(?:(?:and|but|so|well|look|honestly)\W+)*(?:it'?s|it is|this is|its|that'?s)\s+(?:a|an|our|my|the|your)\s+"
    r"(?:[a-z-]+\s+){0,2}(?:flat|house|home|office|kitchen|room|place|dorm|team|pub|bar|shop|game|party|"
    r"apartment|car)\W*,?\s+not\s+(?:a|an|some)\s+\w+"
    # pushing the listener off: "there's no point shouting at me", "no use getting angry with me"
    r"|\b(?:there'?s|there is|it'?s)\s+no\s+(?:point|use|need)\s+(?:in\s+)?(?:\w+\s+)?(?:shouting|yelling|"
    r"screaming|getting\s+(?:angry|mad|cross|shirty|arsy)|having\s+a\s+go|kicking\s+off|taking\s+it\s+out)\b"
    # dismissing the other side: "I believe him over a seven-year-old's story"
    r"|\bi\s+(?:believe|trust)\s+(?:him|her|them|my\s+\w+)\s+over\s+"
    # counter-attack: "I was carrying the whole game while u were afk"
    r"|\bi\s+was\s+[^,.;!?]*\bwhile\s+" + _YOU + r"\s+(?:were|was)\b"
    # mocking exaggeration: "you're acting like I wrote the car off", "you'd think I'd crashed it"
    r"|\b" + _YOU + r"(?:'re|\s+are|re|\s+r)\s+(?:acting|carrying\s+on|making\s+out|going\s+on|reacting)\s+(?:like|as\s+if)\s+i\b"
    r"|\byou'?d\s+think\s+i\b"
    # mocking simile: "you went down like you'd been shot"
    r"|\blike\s+" + _YOU + r"(?:'d|\s+had)\s+been\s+\w+",
    re.I)


# The listener as the one who acted ("you never help", "your mess"), not "I forgot to call you back".
_LISTENER = re.compile(r"^\W*(?:\w+,?\s+)?(?:you|u|your|ur)\b|\b(?:you|u)(?:'re|'ve|\s+(?:are|were|never|always|"
                       r"did|didn'?t|don'?t|have|keep|just|left|took|made|said)\b)", re.I)


def jab_tail(text: str) -> bool:
    """Whether `text` (one clause) is a jab tail of a defence (see above)."""
    return bool(_TAIL.search(text))


# A role disclaimer: "I don't set the prices", "I don't make the rules". The speaker's job, not a lapse
# ("I should have made the rules") nor an act the other saw ("sorry it felt like I set the prices").
_ROLE = re.compile(r"^\W*(?:(?:look|listen|sorry|honestly)\W+)*i\s+(?:don'?t|do\s+not|dont)\s+(?:set|make|decide|"
                   r"write|choose|control|run|fix)\s+(?:the|any\s+of\s+the)\s+(?:prices?|rules?|polic(?:y|ies)|"
                   r"rota|schedule|timetable|menu|fees?|charges?|decisions?|deadlines?)\b", re.I)


def role_disclaimer(text: str) -> bool:
    """Whether `text` (one clause) disclaims the speaker's part in a rule or price (see _ROLE)."""
    return bool(_ROLE.search(text))


def mark_jab_tails(clauses, labels) -> None:
    """In a defensive message, jab tails read as contempt when another clause is left to carry it."""
    tails = [c for c in clauses if c.role != "filler" and jab_tail(c.text)]
    rest = [c for c in clauses if c.role != "filler" and c not in tails]
    if not tails or not rest:
        return
    if "defensive" not in labels and any(_LISTENER.search(c.text) for c in rest):
        return  # a complaint about the listener ("you never help, you're acting like I…"): that is its point
    for clause in rest:
        if clause.role in ("fact", "denial", "excuse") and role_disclaimer(clause.text):
            clause.role = "pressure"  # not a lapse to own nor an act they saw (see _ROLE): left unanswered
    for clause in tails:
        clause.role = "contempt"
        clause.literal = None
        clause.cues = set(clause.cues) | {"contempt"}
