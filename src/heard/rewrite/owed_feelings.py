"""Owns the feeling for money the listener owes the speaker, an unfair split, and the speaker's things
lent or borrowed without asking.

The cue words ("owe", "bill", "money" → worried; "ask" → left out) fit other messages: worry belongs to
danger, health, or the speaker's own finances at risk ("we'll be overdrawn"), and "left out" to plans
made without the speaker. Money owed to the speaker ("you still owe me £340", "pay me back", a Venmo
request, a split or petrol nobody chips in for, a share of the Airbnb unpaid) and a belonging lent
without asking are felt as frustration or being taken for granted, so the tally for worried /
overwhelmed / left out / unheard moves to "frustrated" here (message.py calls `adjust_owed`).
"""

from __future__ import annotations

import re

# money the listener owes or keeps back from the speaker, or a split that was unfair to them
_OWED = re.compile(
    r"\b(?:owes?|owed|owing)\s+(?:me|us)\b|\bpa(?:y|id|ying)\s+(?:me|us)\s+back\b|\bpay(?:ing)?\s+back\b"
    r"|\bvenmo|\b(?:split|splitting|halve[ds]?)\s+(?:the|it)\b|\bsplit\b.*\bevenly\b"
    r"|\b(?:chip|chipped|chipping)\s+in\b|\b(?:offer|offered|offering)\s+to\s+pay\b"
    r"|\bpa(?:y|id|ying)\s+(?:for\s+)?(?:petrol|gas|fuel|(?:your|their|his|her)\s+share)\b|\b(?:your|their)\s+share\s+of\b"
    r"|\b(?:still\s+)?(?:hasn'?t|haven'?t|never)\s+paid\b|\bcharg(?:e|ed|ing)\s+me\b", re.I)
# a belonging of the speaker's lent, borrowed or taken without asking
_TAKEN = re.compile(r"\b(?:lent|lend|lending|loaned|borrowed?|borrowing|took|taken|taking|used|using|gave|given)\s+"
                    r"(?:away\s+)?(?:my|our)\s+\w+(?:\s+\w+)?\b.*\bwithout\s+asking\b", re.I)
# a worry of the speaker's own that the money puts at risk: this stays worry
_AT_RISK = re.compile(r"\b(?:overdrawn|overdraft|evict\w*|bailiffs?|debt collectors?|can'?t afford|rent is due|"
                      r"behind on|late fees?|penalty|credit score)\b", re.I)


def adjust_owed(tally, text: str) -> None:
    """Move worried / overwhelmed / left out / unheard to frustrated for money owed to the speaker or a
    belonging taken without asking."""
    owed = _OWED.search(text) and not _AT_RISK.search(text)
    taken = _TAKEN.search(text)
    if not (owed or taken):
        return
    moved = ("worried", "overwhelmed", "unheard", "left out") if owed else ("left out",)
    for feeling in moved:
        tally["frustrated"] += max(tally.pop(feeling, 0), 0)
    tally["frustrated"] += 1  # the grievance itself points to frustration, not only the words moved
