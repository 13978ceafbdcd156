"""Owns the group's lapse asked of the group (r4roles): "why does nobody in this chat ever confirm
numbers for the BBQ. I'm not a mind reader" is a complaint about everyone, not the sender's lapse, and
not one listener's act. Read that way, the rewrite asks everyone for the act the sender named:
"I'm finding it hard not hearing back. It would really help if everyone could confirm numbers for
the BBQ." ("I'm not a mind reader" is left out: said back, it reads as defensive.)
Nothing is said when the act can't be read (no verb after "ever", or a message that owns a lapse).
"""

from __future__ import annotations

import re

from .candidate import I_STATEMENT, Candidate

_GROUP_ASK = re.compile(r"\bwhy (?:does|do|doesn'?t|won'?t|can'?t) (?:nobody|no one|no-one|noone|none of (?:you|u))"
                        r"(?: (?:in|on) (?:this|the|our) [a-z]+(?: [a-z]+)?)? (?:ever |actually |just )*"
                        r"(?P<act>(?:confirm|reply|respond|answer|say|tell|let|rsvp|pay|clean|wash|tidy|empty|take|put|bring|"
                        r"buy|sign|fill|check|read|book|help|text|ring|call|update|label)\b[^.?!\n]{0,60}?)\s*(?:[.?!]|$|\bi'?m\b|\bI\b)", re.I)
_OWNS = re.compile(r"\b(?:I|i) (?:forgot|was late|messed up|missed|should have)\b|\bmy bad\b")


def group_asks(text: str) -> list[Candidate]:
    m = _GROUP_ASK.search(text)
    if not m or _OWNS.search(text):
        return []
    act = m.group("act").strip(" ,;")
    act = re.sub(r"\b(?:bbq)\b", "BBQ", act, flags=re.I)
    if len(act.split()) < 2:
        return []
    heard_back = re.match(r"(?:confirm|reply|respond|answer|say|tell|let|rsvp|text|ring|call|update)\b", act, re.I)
    lines = ["I'm finding it hard not hearing back." if heard_back else "It's getting frustrating for me.",
             f"It would really help if everyone could {act}."]
    return [Candidate(" ".join(lines), I_STATEMENT)]
