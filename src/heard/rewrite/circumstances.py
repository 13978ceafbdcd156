"""A reason that is the speaker's own circumstance, kept beside the apology.

"Coach, I only missed practice because my shift ran over" used to become "I'm sorry I missed practice.
I can see why that upset you…": `reading.facts_of` leaves out the "because" after an admitted lapse, so
that "I missed the deadline because nobody sent me the figures" is not handed on. Readers of the
held-out sets graded the bare apology "detail dropped" each time the reason was a circumstance nobody
was blamed for: a shift swapped, the M62 at a standstill. Said after the apology ("I'm sorry I missed
practice. My shift ran over.") such a reason explains without defending, which the guidance allows
("explaining facts that nobody disputes"). Only that "because" after an admitted lapse is read here: a
denial's support ("I wasn't late, my payroll changed") is still left out by the readings that drop it.

`own_circumstance(clause)` is that reason: a "because/cos/since" clause about the speaker's own things
("my shift", "our boiler"), the speaker's state ("I was ill"), or a road or train held up ("the M62",
"the 7:40"), with nobody in it to hand the fault to: no "you", no person, no "nobody told me".
"""

from __future__ import annotations

import re

from .lexicon import TRANSPORT

BECAUSE = ("because", "cos", "cause", "coz", "bc", "since")
# Roads and transport that hold people up: "the M62", "the tube", "the 7:40".
_ROAD = re.compile(rf"^(?:(?:{TRANSPORT})(?:s|es)?|[MAIN]-?\d+|traffic|tram|metro|ring road|\d{{1,2}}[:.]\d{{2}})$", re.I)
# What the speaker was: ill, stuck, at work, on a shift.
_STATE = re.compile(r"^I (?:was|had been|'d been) (?:really |so |still |properly )?(?:ill|sick|poorly|unwell|stuck|"
                    r"at work|on (?:a |the )?(?:shift|nights|call|a double)|in hospital|at the hospital|at the doctor'?s|"
                    r"with (?:my|the) (?:kids|baby|mum|mom|dad|nan|gran))\b", re.I)
_OTHERS = {"you", "u", "your", "ur", "yours", "nobody", "noone", "someone", "somebody", "everyone", "everybody",
           "he", "she", "they", "them", "him", "her", "anyone", "anybody"}


def own_circumstance(clause, text: str) -> bool:
    """Whether `clause` (told as `text`, its connector gone) is a reason of the speaker's own circumstance."""
    if clause.connector not in BECAUSE or not text:
        return False
    if any(t.lower_ in _OTHERS or t.ent_type_ == "PERSON" for t in clause.tokens) or "no one" in clause.text.lower():
        return False  # "because Priya sent me the figures", "cos nobody told me": the fault handed on
    subject = clause.subject
    if subject is None:
        return False
    if subject.lower_ == "i":
        return bool(_STATE.match(text))
    owner = {c.lower_ for c in subject.children if c.dep_ == "poss"}
    if owner & {"my", "our"}:
        return True  # "my shift ran over", "our boiler packed in"
    named = " ".join(t.text for t in subject.subtree if t.dep_ not in ("det",)).strip()
    return bool(_ROAD.match(named) or _ROAD.match(subject.text))


__all__ = ["BECAUSE", "own_circumstance"]
