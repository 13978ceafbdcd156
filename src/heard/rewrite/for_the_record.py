"""The speaker's account after an acknowledgement: "for the record", "in my defence", "to be fair",
"it's just that", "…, but I had the gate shut".

"I appreciate you telling me Leo was upset. For the record though, I did pack his inhaler" is heard
and then defended; acknowledge_first (defence.py) keeps the acknowledgement and drops the account
with its defence, so the listener never hears the one thing the speaker wanted to say. This module
owns the reading that keeps both: the acknowledgement first, then the account said plainly (no
marker, no emphatic "did", no "just", no "I swear"), then a question, as the guidance asks ("and",
not "but"). An account that blames, minimises or argues with the listener (it names "you", or says
"not a big deal") is left to the other strategies.

- `record_lines(msg)`: the lines, or None when the message is not an acknowledgement + account.
- `with_record(msg, chosen)`: strategies.py wiring; this reading offered before the others.
"""

from __future__ import annotations

import re

from .candidate import ACKNOWLEDGE, Candidate
from .inflect import past
from .surface import capitalise

# Markers that turn from the acknowledgement to the defence; they carry no content of their own.
_MARKER = re.compile(r"^(?:(?:but|and|so|though|still|however|that\s+said|having\s+said\s+that|for\s+the\s+record|"
                     r"in\s+my\s+(?:defen[cs]e)|to\s+be\s+fair|in\s+fairness|just\s+so\s+you\s+know|"
                     r"it'?s\s+just\s+that|it\s+is\s+just\s+that|honestly|though|tbh|i\s+mean)\b[\s,:-]*)+", re.I)
_TAG = re.compile(r"(?:,?\s+\b(?:though|tho|I\s+swear|honestly|tbh|for\s+the\s+record|in\s+my\s+defen[cs]e)\b)+(?=[\s.!?]*$)",
                  re.I)
_SOFTENERS = re.compile(r"\s+\b(?:just|literally|actually|really|even)\b(?=\s)", re.I)
# "I did pack it": "did" before a bare verb only; "I did it", "I did my best", "I did so" keep their "did".
_NOT_VERB = ("it|that|this|what|my|the|a|an|so|too|not|everything|nothing|all|anything|something|some|"
             "what|everything|his|her|their|our|your|well|fine|ok|okay|nothing|enough|more|less|as|for|in|on|at|to|and|but")
# (a capital after "did" is a name or a day, not a verb: "I did Monday, Wednesday AND Thursday" kept)
_EMPHATIC_DO = re.compile(rf"\bI\s+(?:DID|did)\s+(?!(?:{_NOT_VERB})\b)([a-z]+|[A-Z]{{2,}})\b(?!')")
# What is not an account to keep: the listener named (a counter or a mind read), a brush-off, a denial
# with "the one who" (supported_denials.py / defence.py read those), a guess at fault.
_NOT_ACCOUNT = re.compile(r"\byou(?:'re|'d|'ve|'ll|\s+(?:are|were|was|would|should|could|never|always|didn't|don't|do|did|"
                          r"have|had|want\w*|need\w*|said|say|told|knew|know|made|make))\b|\b(?:your\s+fault|big\s+deal|not\s+(?:that\s+)?serious|overreact\w*|fault|blame|"
                          r"the\s+one\s+who|wasn't\s+me|not\s+me|what\s+did|don't\s+think|do\s+not\s+think|"
                          # a justification by what anyone would do ("what any sensible mother would have done")
                          r"to\s+the\s+letter|by\s+the\s+book|exactly|perfectly|every\s+single|nothing\s+wrong|any(?:one|body)?\s+(?:\w+\s+)?(?:\w+\s+)?would|what\s+I\s+had\s+to|right\s+to)\b", re.I)
_ACK_OPEN = re.compile(r"^(?:(?:ok(?:ay)?|yeah|yes|look|of\s+course|obviously|totally)\b[\s,]*)+", re.I)


def _plain(text: str) -> str:
    """"For the record though, I did pack his inhaler" → "I packed his inhaler"."""
    text = _MARKER.sub("", text.strip()).strip()
    text = _TAG.sub("", text).strip(" ,.;")
    text = without_emphatic_did(text)
    text = _SOFTENERS.sub("", " " + text).strip()
    text = re.sub(r"^i\b", "I", text)
    return re.sub(r"\bi\b", "I", text)


def without_emphatic_did(text: str) -> str:
    """"I did ring the plumber" → "I rang the plumber": the insisting "did" is the defence, not the fact."""
    return _EMPHATIC_DO.sub(lambda m: f"I {past(m.group(1).lower())}", text)


def _acknowledgement(text: str) -> str | None:
    text = text.strip().rstrip(",;")
    bare = _ACK_OPEN.sub("", text).strip()
    if bare != text and re.match(r"^(?:of\s+course|obviously)\b", text, re.I) and re.match(r"^you(?:'re|\s+are)\s+", bare, re.I):  # "Of course you're upset" talks down: said as seen
        return f"I can see {bare[0].lower()}{bare[1:].rstrip('.!')}, and that makes sense."
    return capitalise(bare) if bare else None


def record_lines(msg) -> list[str] | None:
    clauses = [c for c in msg.clauses if c.role != "filler"]
    if len(clauses) < 2 or clauses[0].role != "validation":
        return None
    ack = _acknowledgement(clauses[0].text)
    rest = clauses[1:]
    # an echo of the feeling ("I would be too", "and I hate that") sits between: the account comes after it
    while rest and rest[0].role in ("validation",) or rest and re.match(r"^(?:and\s+)?I\s+(?:would|'d)\s+be\s+too\b|^and\s+I\s+hate\s+that\b",
                                                                       rest[0].text.strip(), re.I):
        rest = rest[1:]
    if not rest or not ack:
        return None
    account = _plain(rest[0].text)
    words = account.split()
    if len(words) < 3 or words[0] != "I" or _NOT_ACCOUNT.search(account) or "?" in rest[0].text:
        return None
    lines = [ack if ack.endswith((".", "!")) else ack + ".", capitalise(account) + "."]
    for clause in rest[1:]:  # "it must have fallen out": a plain fact after the account, kept as said
        more = _plain(clause.text)
        if clause.role in ("fact", "excuse") and len(more.split()) >= 3 and not _NOT_ACCOUNT.search(more) \
                and "?" not in clause.text:
            lines.append(capitalise(more) + ".")
        else:
            break
    return [*lines, "What would help?"]


# The speaker insists they did the very thing ("I DID pack it", "I swear", "it must have fallen out").
_DISPUTED = re.compile(rf"\bI\s+(?:DID|did)\s+(?!(?:{_NOT_VERB})\b)[a-zA-Z]+|\bI\s+swear\b|\bmust\s+have\b|"
                       r"\bI\s+(?:had|left|kept)\s+(?:the\s+|it\s+)?\w*\s*(?:shut|locked|closed|on|off)\b", re.I)


def record_candidates(msg) -> list:
    from .reading import compose  # reading.py reads messages: imported late, as accounts.py does

    lines = record_lines(msg)
    if not lines:
        return []
    # An account at odds with what happened ("I had the gate shut" and the dog got out): worked out together.
    found = [Candidate(compose(msg, lines), ACKNOWLEDGE)]
    if _DISPUTED.search(msg.text):  # only a disputed fact is "worked out together"
        found.append(Candidate(compose(msg, [*lines[:-1], "Can we work out together what happened?"]), ACKNOWLEDGE))
    return found


def with_record(msg, chosen: tuple) -> tuple:
    """This reading first when it applies; the other strategies stay behind it for the engine to weigh."""
    return (record_candidates, *chosen) if defensive_turn(msg) and record_lines(msg) else chosen


def defensive_turn(msg) -> bool:
    return "defensive" in msg.labels
