"""Owns a "when …"/"about …"/"that …" slot filled with words that are no clause or noun phrase.

The strategies put a piece of the message in a slot: "I feel hurt when …", "I've been feeling upset
about …". When the piece is cut from the wrong place, what lands there is broken English, and the
sender's point goes with it. The marks of such a fill, all of which only a misread produces:
- a bracket opened and never closed: "Someone keeps eating my yoghurts (and we both know it's you,";
- a preposition left with no object: "…replied at 1am with." (the quoted "haha" cut away);
- a word of praise or apology as the clause's subject: "When job on the dishes…" (from the sarcastic
  "great job on the dishes"), "I feel hurt when sorry you feel I left you…";
- the verdict's own noun as the topic: "I've been feeling upset about zero respect."
`broken_fill(text)` is the fluency net's check for these (fluency.py calls it): a candidate that has
one is dropped, so a better one leads, or none.

`mended_fill(original, text)` mends the one shape that can be mended from the message itself (called
last in strategies._tidied): a bracket that named the culprit ("(and we both know it's you, Marcus)")
loses the jab, and the name it held becomes the address ("Marcus, someone keeps eating my yoghurts…").
"""

from __future__ import annotations

import re

_I = re.I
# Praise, thanks and apology words: they open a sarcastic or defensive line, never an event.
_PRAISE = r"(?:sorry|thanks|thank you|cheers|congrats|congratulations|bravo|kudos|well done|nice one|good one|(?:job|work|effort) (?:on|with)\b)"
_SLOT = r"(?:when|that|about|because|while)"
_BROKEN_FILL = tuple(re.compile(p, _I) for p in (
    # "replied at 1am with." : the object cut away (not "easy to be with", "where it comes from?")
    r"\b(?:replied|answered|responded|reacted|texted|messaged|wrote|said|sent|came back|(?:at|by|around) \w+) with\s*[.?!,;]",
    # "…upset about." (not "a reasonable thing to be upset about.", "nothing to talk about.")
    r"(?<!\bbe )(?<!\bto )\b(?:upset|worried|hurt|frustrated|angry|sad|talk|talked|feeling \w+) about\s*[.,;]",
    r"\b" + _SLOT + r" (?:(?:great|good|nice|fantastic|amazing|brilliant|excellent|lovely|well) )?" + _PRAISE + r"\b",
    r"(?:^|[,.;:!?]\s+)(?:job|effort|done) (?:on|with)\b",  # "From what I can tell, job on the dishes": its "great" cut
    # "about zero respect", "about no consideration": the verdict's noun, not an event
    r"\babout (?:zero|no|little|absolutely no|not (?:a|an|one) (?:bit|ounce|shred) of) (?:respect|consideration|regard|"
    r"manners|decency|empathy|care|thought|shame|sense|effort|interest|clue|idea|class|loyalty|integrity|self-awareness)\b",
))
# "(and we both know it's you, Marcus)", "(yes, you, Marcus)", "(looking at you, Marcus)": the culprit named in brackets.
_NAMED_IN_BRACKETS = re.compile(r"\((?:and |yes,? |I mean )?(?:we (?:all |both )?know (?:it's|it is|it was) (?:you|u)|"
                                r"looking at (?:you|u)|(?:yes,? )?(?:you|u))\s*,?\s*([A-Z][a-z]+)\s*\)", re.I)
# What the cut left of that bracket in a candidate: from "(" to its close, or to where the cut ended it.
_BRACKET_LEFT = re.compile(r"\s*\((?:and |yes,? |I mean )?(?:we (?:all |both )?know|looking at|yes|you|u)\b[^()]*?(?:\)|(?=,)|(?=[.?!]))",
                           _I)


def broken_fill(text: str) -> bool:
    """Whether a slot in `text` holds words that are no clause or noun phrase (see the docstring)."""
    if text.count("(") != text.count(")"):
        return True
    return any(pattern.search(text) for pattern in _BROKEN_FILL)


def mended_fill(original: str, text: str) -> str:
    """`text` with a quote's marks put back and a culprit-naming bracket turned into the address (see
    the docstring)."""
    return _named_bracket(original, _insisted(original, _requoted(original, text))) if text else text


# "…because you HAD to finish your stupid game", "because you just had to have a second shower": the
# sarcastic "had to" (he chose to). Kept as "you had to finish your game", it says he was obliged, and
# cut off in a sentence of its own it no longer says it is why the speaker was late.
_INSISTED = re.compile(r"\b(?:because|cos|cause|since) (?:you|u) (?:HAD to|(?i:just|simply|really) (?i:had) to"
                       r"|(?i:had) to (?=\w+ (?:\w+ )?(?i:your|ur) (?i:stupid|precious|bloody|damn|silly|fucking) ))")
_HAD_TO = r"(?:you|You) (?:just )?had to (\w+)([^.?!]*)"


def _insisted(original: str, text: str) -> str:
    """"when you had to finish your game. I was late for X." → "when I was late for X because you were
    finishing your game.": the event first, the cause joined to it, said as what he was doing."""
    if not _INSISTED.search(original) or "had to" not in text:
        return text
    from .inflect import gerund
    # "you made us miss the train" is the fault pinned on him; with the cause said, the outcome is plain
    text = re.sub(r"\byou made (us|me) miss\b", lambda m: ("we" if m.group(1) == "us" else "I") + " missed", text)
    doing = lambda m: f"because you were {gerund(m.group(1).lower())}{m.group(2)}"  # noqa: E731
    # the listener's act in the when-slot, the speaker's outcome after it: swapped round
    text = re.sub(r"\bwhen " + _HAD_TO + r"\. (I (?:was|were|got|missed|had)\b[^.?!]*)\.",
                  lambda m: f"when {m.group(3)} {doing(m)}.", text)
    # "When I was late for work, I felt frustrated. You had to X.": the cause goes beside the outcome
    text = re.sub(r"\b([Ww]hen [^,.?!]*\b(?:late|missed|miss)\b[^,.?!]*), (I [^.?!]*)\. " + _HAD_TO + r"\.",
                  lambda m: f"{m.group(1)} because you were {gerund(m.group(3).lower())}{m.group(4)}, {m.group(2)}.", text)
    # the act in a sentence of its own after the outcome: joined to it as its cause
    text = re.sub(r"(\b(?:late|missed|miss|waiting)\b[^.?!]*)\. " + _HAD_TO + r"\.",
                  lambda m: f"{m.group(1)} because you were {gerund(m.group(2).lower())}{m.group(3)}.", text)
    return "" if re.search(r"\byou (?:just )?had to\b", text, re.I) else text  # still read as an obligation: dropped


# A short quote in the message: "replied with "haha"", "just said 'fine'". Without its marks in the
# rewrite, "replied at 1am with haha" no longer says that "haha" was the whole reply.
_SHORT_QUOTE = re.compile(r"[\"“]([^\"“”]{1,30})[\"”]|(?<!\w)'([^'.?!]{1,30})'(?!\w)")


def _requoted(original: str, text: str) -> str:
    for found in _SHORT_QUOTE.finditer(original):
        said = (found.group(1) or found.group(2)).strip()
        if not said or len(said.split()) > 4 or re.search(rf"[\"“'‘]\s*{re.escape(said)}", text, re.I):
            continue
        if re.search(r"\bwith\s*$", original[:found.start()]):  # "with 'lol'" cut to "with.": the reply put back
            text = re.sub(r"\b(with)(?=\s*[.,;])", lambda m: f'{m.group(1)} "{said}"', text, count=1)
        text = re.sub(rf"\b((?:with|said|wrote|texted|replied|answered) )({re.escape(said)})(?![\w'])",
                      lambda m: f'{m.group(1)}"{m.group(2)}"', text, count=1, flags=re.I)
    return text


def _named_bracket(original: str, text: str) -> str:
    if "(" not in text:
        return text
    named = _NAMED_IN_BRACKETS.search(original)
    if not named:
        return text
    name = named.group(1)
    name = name[0].upper() + name[1:].lower()
    mended = _BRACKET_LEFT.sub("", text, count=1)
    if mended == text or "(" in mended or ")" in mended:
        return text
    # "Whoever it is, could you…" after naming him asks a stranger: the ask goes to the one named
    mended = re.sub(r"\b[Ww]hoever it (?:is|was), ([a-z])", lambda m: m.group(1).upper(), mended)
    if not re.match(rf"{name}\b", mended):
        lead = mended if re.match(r"I\b", mended) else mended[0].lower() + mended[1:]
        mended = f"{name}, {lead}"
    return mended


__all__ = ["broken_fill", "mended_fill"]
