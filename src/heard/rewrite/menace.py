"""Threats and death-wishes said without a word of harm in them: heard offers no rewrite for these.

harm.py catches "I hope you die" and "I'll kill you" by their harm words, and checks that a rewrite
drops those words. "The world would be better without you in it", "I'm sending my brothers round"
carry the threat in ordinary words, so a rewrite that keeps the message's
content ("I'm sending my brothers round. I'm happy to go through it together.") keeps the threat,
and no harm-word check can see it. The whole message is the threat: nothing in it is safe to keep.
The patterns are narrow set phrases aimed at the listener; "I'd be better off without a car" or
"the kitchen would be better without the island" do not match.
"""

from __future__ import annotations

import re

_YOU = r"(?:you|u|ya|ye)"
_YOUR = r"(?:your|ur|yer|you)"
_MENACE = re.compile(
    # wishing the listener gone: "the world would be better without you (in it)"
    r"\b(?:world|everyone|everybody|we|i|they|this (?:family|house|team|place)|things)\s+(?:would|'d|will|wud)\s+"
    r"be\s+(?:so\s+much\s+|a\s+lot\s+|way\s+)?better\s+(?:off\s+)?(?:if\s+" + _YOU + r"\s+(?:were|was)\s+(?:dead|gone)|"
    r"without\s+" + _YOU + r"\b(?!r))"
    # sending people after the listener: "I'm sending my brothers round"
    r"|\bsend(?:ing)?\s+(?:my|the|some)\s+(?:brothers?|boys|lads|mates|cousins|uncles|people|guys)\s+"
    r"(?:round|around|over|after\s+" + _YOU + r"|to\s+" + _YOUR + r"\s+(?:house|place|door))"
    # violence in set phrases harm.py's verb list misses
    r"|\b(?:slap|knock|smack|punch|beat)\s+the\s+(?:taste|teeth|smile|shit|hell|life)\s+(?:right\s+)?out\s+(?:of\s+)?" + _YOUR
    + r"|\b(?:i'?ll|i\s+will|i'?m\s+(?:going\s+to|gonna)|gonna)\s+end\s+" + _YOU + r"\b"
    r"|\bsleep\s+with\s+one\s+eye\s+open\b"
    # "you're dead when I get home": a threat said as a fact
    r"|\b(?:you'?re|you\s+are|ur|u\s+r)\s+(?:so\s+)?dead\s+(?:when|once|after)\s+I\s+(?:get\s+(?:home|back|hold\s+of)|see|find|"
    r"catch)\b"
    # damage to what is theirs: "I'll smash your phone"; an ultimatum's "you'll regret it"
    r"|\b(?:i'?ll|i\s+will|i'?m\s+(?:going\s+to|gonna)|gonna)\s+(?:smash|wreck|trash|burn|key|slash)\s+(?:up\s+)?"
    + _YOUR + r"\s+\w+"
    r"|\b(?:again|up|like\s+that)\s+(?:and|&)\s+" + _YOU + r"'?ll\s+regret\s+(?:it|this|that)\b"
    r"|\bmake\s+" + _YOUR + r"\s+life\s+(?:a\s+)?(?:living\s+)?hell\b", re.I)


def menaces(text: str) -> bool:
    """Whether `text` threatens or wishes away the listener in words that name no harm."""
    return bool(_MENACE.search(text.replace("’", "'")))
