"""The listener's upset about a named thing brushed off: "you're honestly overreacting about one wet
towel", "you're being so dramatic over a couple of dishes", "stop making a big deal out of one
missed call", "you're freaking out about a scratch".

judgment_words.py swaps "overreacting" for "getting upset", and the clause strategies then answered
"I feel upset when you're getting upset about one wet towel": the jab kept, now as the speaker's
feeling, and "one" still sizing the complaint down. The guidance asks for the opposite: acknowledge
the listener's feeling and listen. This module owns that whole-message reading (`brushed_lines`,
offered alone by `with_brushed_off_upsets` in strategies.py): the thing kept, its minimising
quantifier ("one", "a couple of", "just a") turned into "the", and the upset heard. A brush-off
about nothing named ("you're overreacting", "…about nothing") is left to the other readings.
"""

from __future__ import annotations

import re

from .candidate import ACKNOWLEDGE, RESPONSIBILITY, Candidate

_BRUSH = (r"(?:you(?:'re|\s+are|re)\s+(?:honestly\s+|seriously\s+|literally\s+|really\s+|totally\s+|so\s+|being\s+|just\s+)*"
          r"|(?:stop|quit)\s+(?:being\s+|so\s+)*)"
          r"(?:over\s*react\w*|(?:so\s+)?dramatic|freak\w*\s+out|(?:making|make)\s+(?:such\s+)?(?:a\s+)?(?:big\s+|huge\s+)?"
          r"(?:deal|fuss|thing|drama|song\s+and\s+dance)|going\s+on)")
_FILLER = r"(?:honestly|seriously|literally|lol|omg|tbh|ffs|like|babe|mate|hun)"
_SHAPE = re.compile(r"^\s*(?:" + _FILLER + r"[,\s]+)*" + _BRUSH + r"\s+(?:about|over|out\s+of|because\s+of)\s+"
                    r"(?P<thing>[\w'£$ -]+?)\s*(?:lol|tbh|honestly|seriously|😂|🙄|[.!?,])*\s*$", re.I)
# "one", "a couple of", "just a", "like two": the sizing that makes the thing small
_SIZING = re.compile(r"^(?:(?:just|only|literally|like)\s+)*(?:one|a\s+single|a\s+couple\s+of|a\s+few|two|three|a|an|some|"
                     r"one\s+little|a\s+little|a\s+tiny|one\s+tiny|one\s+stupid|a\s+stupid)\s+", re.I)
_NOTHING = re.compile(r"^(?:nothing|anything|everything|this|that|it|stuff|things)$", re.I)
# "It was ONE drink with a coworker. Not a big deal.", "it was one pound coin from the jar, calm down": the
# thing the listener minded, sized down and brushed off; a brush-off word is needed ("it was one of those days").
_BRUSH_TAIL = (r"(?:calm\s+down|chill(?:\s+out)?|relax|get\s+over\s+it|(?:it's\s+|its\s+|that's\s+)?(?:not\s+a|no)\s+"
               r"(?:big|huge)\s+deal|(?:it's\s+|its\s+)?not\s+the\s+end\s+of\s+the\s+world|jeez|god|lol|honestly|seriously|ffs)")
_ONE = re.compile(r"^\W*(?:it\s+was|it's|its|that\s+was|that's|thats)\s+(?:just\s+|only\s+|literally\s+)*(?P<thing>(?:one|a\s+single|"
                  r"a\s+couple\s+of)\s+[\w'£$ -]+?)(?P<tail>(?:[\s.,!?]+" + _BRUSH_TAIL + r")+)?[\s.,!?🙄😂]*$", re.I)


def _thing(msg) -> str:
    found = _SHAPE.match(msg.text)
    if not found:
        found = _ONE.match(msg.text)
        if not found or not (found.group("tail") or re.search(r"\b(?:ONE|SINGLE)\b", msg.text)):
            return ""
        if re.search(r"\s(?:time|times|thing|things|day|night|once)$", found.group("thing"), re.I):
            return ""  # "it was ONE time, relax": no thing named to hear ("the time")
    thing = re.sub(r"\s+(?:as\s+usual|as\s+always|like\s+always|again|lol|tbh|honestly)$", "", found.group("thing").strip(), flags=re.I)
    if _NOTHING.match(thing.split()[0]):
        return ""  # "…out of nothing as usual": nothing named to hear
    sized = _SIZING.match(thing)
    if sized:
        thing = "the " + thing[sized.end():]
    elif not re.match(r"^(?:the|my|your|his|her|their|our|this|that|these|those)\b", thing, re.I):
        thing = "the " + thing
    if _NOTHING.match(thing.split(" ", 1)[-1]) or len(thing.split()) > 7:
        return ""  # "…about nothing", or a whole account rather than a thing
    return re.sub(r"\b(?:little|tiny|stupid)\s+", "", thing)


def brushed_lines(msg) -> list[list[str]]:
    """Hearing the upset about the thing, then owning the brush-off: two wordings."""
    thing = _thing(msg)
    if not thing:
        return []
    return [[f"I can tell {thing} really bothered you, and I don't want to brush that off.",
             "Can you tell me what upset you about it?"],
            [f"I was quick to wave off how you feel about {thing}, and I'm sorry.",
             "I'd like to hear why it matters to you."]]


def brushed_candidates(msg) -> list:
    from .reading import compose

    kinds = (ACKNOWLEDGE, RESPONSIBILITY)
    return [Candidate(compose(msg, lines), kind) for lines, kind in zip(brushed_lines(msg), kinds)]


def with_brushed_off_upsets(msg, chosen: tuple) -> tuple:
    """Only this module's answers when the whole message is the brush-off (strategies.py)."""
    return (brushed_candidates,) if brushed_lines(msg) else chosen
