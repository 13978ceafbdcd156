"""Guilt trips that pressure.py and victimhood.py do not read, and the need under each.

- a ledger held up against a small want: "I carried you for nine months and you can't even call me
  on my birthday", "I stayed up helping you and you couldn't even come to my thing";
- a debt in other words: "after all the money I've spent on you", "you're so ungrateful";
- the martyr who will do it alone: "don't mind me, I'll just do all the washing up myself",
  "fine, go, I'll manage on my own like always", "have fun, don't worry about me";
- not worth a visit: "I suppose I'm not important enough for you to visit";
- trying and never enough: "I try so hard and it's never good enough for you";
- the victim lines victimhood.py reads, said of a group: "nobody in this family ever thinks about
  how I feel".
- the victim and the burden: "I'm the one who suffers here", "I always end up the bad guy",
  "oh sure, it's all my fault", "you'd all be happier if I just disappeared", "you'd be nothing
  without this family".

What is said instead is the speaker's own need, asked for plainly, without the ledger: "It would
mean a lot to me if you called me on my birthday", "I could really use some help with the washing up".
manipulation.py marks the clauses and asks `guilt_lines` for the answer.
"""

from __future__ import annotations

import re

from .candidate import I_STATEMENT
from .said import in_past, said_phrase
from .victimhood import victim_kinds, victim_lines

# "in this family", "round here": said of a group the listener is in, which victimhood.py's
# "nobody cares…" patterns read once the group is left out.
_GROUP = re.compile(r"\s+(?:in|at|of)\s+(?:this|the|our|my)\s+(?:family|house|home|household|team|office|place|flat)\b"
                    r"|\s+(?:round|around)\s+here\b", re.I)
_VICTIM_HERE = re.compile(r"\b(?:nobody|no\s+one|no-one)(?:" + _GROUP.pattern + r")[^.!?]*", re.I)

# "I'll do it myself" is often a plain offer; with one of these it is the martyr's line.
_SIGH = (r"^(?=[^.!?]*\b(?:just|as\s+usual|like\s+always|again|always|(?:don't|never)\s+(?:you\s+)?(?:mind|worry\s+about)\s+me|"
         r"fine)\b)[^.!?]*?")

GUILT_KINDS = (
    ("ledger", re.compile(r"\bI\s+(?P<did>[^,.!?]{3,}?)\s*,?\s+(?:and|but)\s+(?:now\s+)?you\s+(?P<neg>can't|cannot|couldn't|"
                          r"could\s+not|won't|wouldn't|didn't|don't|cant|couldnt|wont|didnt)\s+(?:even\s+)+"
                          # "…and you didn't even say thank you": a favour unthanked, favours.py's
                          r"(?!say\s+thanks?\b|thank\b)(?P<want>[^,.!?]+)",
                          re.I)),
    ("debt", re.compile(r"\bafter\s+all\s+(?:the\s+\w+\s+|the\s+\w+\s+and\s+\w+\s+)?(?:that\s+)?I(?:'ve|\s+have)?\s+"
                        r"(?:spent|done|given|paid|put\s+in|sacrificed)\b(?:\s+(?:on|for)\s+you)?|"
                        r"\byou(?:'re|\s+are)\s+(?:so\s+|such\s+an?\s+|just\s+)?ungrateful\b", re.I)),
    ("martyr_do", re.compile(_SIGH + r"\bI'll\s+(?:just\s+)?(?P<verb>do|clean\s+up|clean|cook|sort\s+out|tidy|wash|make|fix|pay\s+for|"
                             r"handle|take\s+care\s+of)\s+(?P<what>[^,.!?]+?)\s+(?:myself|by\s+myself|on\s+my\s+own|alone)\b",
                             re.I)),
    ("martyr_alone", re.compile(_SIGH + r"(?:\bI'll\s+(?:just\s+)?(?:manage|cope|be\s+fine|sort\s+it\s+out|figure\s+it\s+out|do\s+it|"
                                r"get\s+by)\s+(?:on\s+my\s+own|by\s+myself|myself|alone)\b|"
                                r"\bdon't\s+(?:you\s+)?(?:worry|mind)\s+about\s+me\b|\b(?:don't|never)\s+mind\s+me\b)", re.I)),
    ("not_important", re.compile(r"\bI\s+(?:suppose|guess|see)\s+I'm\s+not\s+(?:important|good|interesting|worth\s+it)\s+"
                                 r"enough(?:\s+for\s+you)?(?:\s+to\s+(?P<want>[^,.!?]+))?", re.I)),
    ("never_enough", re.compile(r"\bI\s+(?:try|tried|work|worked)\s+(?:so\s+hard|my\s+best|and\s+try)\s*,?\s+and\s+(?:it's|it\s+is|"
                                r"it's\s+still|it\s+was)\s+never\s+(?:good\s+)?enough\b", re.I)),
    ("victim_here", _VICTIM_HERE),
    ("burden", re.compile(r"\b(?:you'd|you\s+would|everyone\s+would|you'd\s+all|you\s+all\s+would|you\s+lot\s+would)\s+"
                          r"(?:all\s+)?be\s+(?:happier|better\s+off)\s+(?:if\s+I\s+(?:just\s+)?(?:disappeared|wasn't\s+here|"
                          r"weren't\s+here|was\s+gone|were\s+gone|left|wasn't\s+around)|without\s+me)\b", re.I)),
    # "I'd never hurt you, you're the one who's always hurting me": the hurt turned round on the listener
    ("turned", re.compile(r"\byou(?:'re|\s+are)\s+the\s+one\s+who(?:'s|\s+is)\s+(?:always\s+|really\s+|actually\s+)?"
                          r"(?:hurting|attacking|blaming|bullying)\s+me\b", re.I)),
    ("worth", re.compile(r"\byou(?:'d|\s+would)\s+be\s+nothing\s+without\s+(?:me|us|this\s+family)\b", re.I)),
    ("victim", re.compile(r"\bI'm\s+the\s+one\s+(?:who\s+(?:suffers|gets\s+hurt)|who(?:'s|\s+is)\s+(?:suffering|hurting)|"
                          r"suffering|hurting)\b|\bI\s+(?:always\s+)?end\s+up\s+(?:being\s+|as\s+)?the\s+(?:bad\s+guy|villain)\b|"
                          r"^\W*(?:oh\s+)?(?:sure|yeah|great|fine)\W+(?:it's|it\s+is)\s+(?:all\s+)?my\s+fault\b|"
                          r"\b(?:nobody|no\s+one)\s+(?:here\s+|in\s+this\s+\w+\s+)?(?:even\s+|really\s+)?wants\s+me\s+"
                          r"(?:around|here|anymore)\b", re.I)),
)


# victimhood.py's kinds that voice the speaker's own hurt; a chore nobody helps with is sharing.py's.
_VICTIM_FEELINGS = {"asked", "unasked", "about_me", "unheard", "unnoticed", "alone", "against"}


def _victim_here(said: str):
    """(kind, match) of victimhood.py for "nobody in this family…" read without the group, or None."""
    text = _GROUP.sub("", said, count=1)
    for kind, pattern in victim_kinds():
        found = pattern.search(text)
        if found and kind in _VICTIM_FEELINGS:
            return kind, found
    return None


def holds(name: str, match) -> bool:
    """The match is the move: a group's "nobody…" only when it says the speaker's own hurt."""
    return name != "victim_here" or _victim_here(match.group(0)) is not None


def _said(phrase: str) -> str:
    return said_phrase(phrase, lead=r"just|even|at\s+least|all")


def _in_past(phrase: str, msg) -> str:
    return in_past(phrase, msg.doc, lead=r"just|even|at\s+least|all")


def _match(msg, name):
    from .manipulation import sentences  # manipulation.py reads this module's kinds: imported late

    pattern = dict(GUILT_KINDS)[name]
    return next((m for m in (pattern.search(s) for _, s in sentences(msg.text)) if m), None)


def guilt_lines(name: str, msg):
    """(lines, strategy) for one kind, or None."""
    m = _match(msg, name)
    if m is None:
        return None
    g = m.groupdict()
    if name == "ledger":
        want = _said(g["want"])
        if g["neg"].lower().startswith(("couldn", "could", "didn")):  # a past occasion, missed
            return [f"I was really hurt that you didn't {want}", "Can we talk about it?"], I_STATEMENT
        return [f"It would mean a lot to me if you {_in_past(want, msg)}", "Can we talk about it?"], I_STATEMENT
    if name == "debt":
        return ["I'm feeling hurt and unappreciated", "It would mean a lot to me to feel that what I do is noticed",
                "Can we talk about it?"], I_STATEMENT
    if name == "martyr_do":
        what = _said(g["what"])
        if re.fullmatch(r"(?:it|that|this|them|everything|all\s+of\s+it)", what, re.I):  # "I'll just do it myself"
            return ["I could really use some help with this", "Could we share it?"], I_STATEMENT
        what = what if re.match(r"(?:the|my|our|your|this|that|these|those)\b", what, re.I) else f"the {what}"
        return [f"I could really use some help with {what}", "Could we share it?"], I_STATEMENT
    if name == "martyr_alone":
        return ["I'm feeling a bit left out and on my own right now",
                "I'd really like us to spend some time together. Can we make a plan?"], I_STATEMENT
    if name == "not_important":
        if g.get("want"):
            return [f"I've been feeling a bit forgotten, and it would mean a lot to me if you {_in_past(g['want'], msg)}",
                    "Can we make a plan?"], I_STATEMENT
        return ["I've been feeling a bit forgotten", "I'd really like us to spend some time together. Can we make a plan?"], \
            I_STATEMENT
    if name == "never_enough":
        return ["I've been trying really hard, and it feels like it isn't enough",
                "Can we talk about what you need from me?"], I_STATEMENT
    if name == "burden":
        return ["I'm feeling really low right now, like I'm a burden", "I could really use some support. Can we talk?"], \
            I_STATEMENT
    if name == "turned":
        return ["I've been feeling really hurt too", "I'd like us to talk about what's been happening between us"], I_STATEMENT
    if name == "worth":
        return ["I'm feeling really unappreciated right now",
                "It would mean a lot to know that what we do for you matters", "Can we talk about it?"], I_STATEMENT
    if name == "victim":
        said = m.group(0).lower()
        if "fault" in said:
            return ["It feels like everything ends up being my fault, and that's really hard to hear",
                    "Can we look at what happened together?"], I_STATEMENT
        if "wants me" in said:
            return ["I'm feeling really unwanted right now, and it hurts", "Can we talk?"], I_STATEMENT
        if "bad guy" in said or "villain" in said:
            return ["It feels like I end up being the bad guy, and that's really hard",
                    "Can we look at what happened together?"], I_STATEMENT
        return ["I'm really struggling with this too", "Can we talk about how it's been for both of us?"], I_STATEMENT
    if name == "victim_here":
        hit = _victim_here(m.group(0))
        lines = victim_lines(*hit) if hit else None
        return (lines, I_STATEMENT) if lines else None
    return None
