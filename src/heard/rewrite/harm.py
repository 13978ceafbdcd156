"""Messages that wish or threaten harm: no rewrite should carry them, so heard says so instead.

Softening "I hope you die" into "I can see this really upset you. I hope you die." would be worse
than no suggestion, and the feeling behind a threat is not something a tone checker should
paraphrase. The patterns are deliberately narrow: hyperbole about objects ("this printer is killing
me") and talk of harm that already happened ("he hit my car") do not match.
"""

from __future__ import annotations

import re

_PEOPLE = r"(?:you|u|ya|yourself|urself|him|her|them|he|she|they)"
_WISH = re.compile(
    r"\b(?:hope|wish|pray)\s+(?:that\s+)?" + _PEOPLE + r"\b[^.!?]{0,40}?\b(?:die|dies|dead|rot|suffer|burn|"
    r"choke|get\s+hit|gets\s+hit|get\s+cancer|gets\s+cancer|crash|crashes|drown|drowns)\b", re.I)
_SELF_HARM = re.compile(
    r"\b(?:kys|kill\s+(?:yo)?urself|kill\s+yourself|go\s+die|drop\s+dead(?!\s+(?:gorgeous|serious|funny|simple))|neck\s+yourself|"
    r"end\s+yourself|unalive\s+yourself|off\s+yourself)\b", re.I)
_THREAT = re.compile(
    r"\b(?:i'?ll|i\s+will|i'?m\s+(?:going\s+to|gonna)|im\s+gonna|gonna)\s+(?:(?!never\b|not\b|no\b|ever\b)\w+\s+){0,2}?"
    r"(?:kill|hurt|hit|punch|beat|slap|stab|shoot|strangle|murder|smack|kick)\s+(?:the\s+\w+\s+out\s+of\s+)?"
    + _PEOPLE + r"\b(?!\s+(?:up|at|to|in\s+(?:a|the)\s+(?:game|race|match)))", re.I)

# Any word of harm, for checking that a rewrite of a harmful message left all of it out.
_HARM_WORDS = re.compile(r"\b(?:kill\w*|die[sd]?|dying|dead|death|hurt\w*|hit|hitting|punch\w*|beat\w*|"
                         r"slap\w*|stab\w*|shoot\w*|shot|strangl\w*|murder\w*|smack\w*|kick\w*|rot|"
                         r"suffer\w*|burn\w*|chok\w*|crash\w*|drown\w*|cancer|kys)\b", re.I)

REASON = ("the message wishes or threatens harm, and no rewrite should carry that; "
          "step away before replying, and say what upset you once you're calmer")


def wishes_harm(text: str) -> bool:
    """Whether `text` wishes death or injury on someone, urges self-harm or threatens violence."""
    text = text.replace("’", "'")
    return bool(_WISH.search(text) or _SELF_HARM.search(text) or _THREAT.search(text))


def keeps_harm(candidate: str, message_harms: bool) -> bool:
    """Whether a rewrite still carries harm: it wishes harm itself, or the message it rewrites does
    (`message_harms`, wishes_harm of it) and the rewrite repeats any word of harm ("I'm sorry I
    haven't killed you yet")."""
    return wishes_harm(candidate) or (message_harms and bool(_HARM_WORDS.search(candidate)))
