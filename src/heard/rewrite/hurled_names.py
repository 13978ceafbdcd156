"""A name hurled at the listener inside a request, cut before parsing.

"Would it kill you to rinse the porridge pot ya lazy sod, it's been soaking since Sunday" (held-out set 31):
parsed with the name in it, "ya lazy sod" joined the request's own clause, the whole clause read as contempt,
and the rewrite fell back to "I'm really frustrated right now…", dropping the pot, Sunday and the ask. With the
name cut ("Would it kill you to rinse the porridge pot, it's been soaking since Sunday") the request is read as
one ("Could you rinse the porridge pot? It's been soaking since Sunday."). Only "you/ya/u" + up to two words
of abuse + a name from the list below is cut, and only after words of its own sentence, where a clause or the
sentence ends: "you lazy sod" said alone is left to the other readings.
"""

from __future__ import annotations

import re

_NAMES = (r"sod|git|idiot|muppet|numpty|prat|moron|clown|pig|slob|cow|div|plonker|wally|donkey|eejit|melt|wasteman|"
          r"tosser|knob|dope|dummy|goon|doughnut|lemon|weapon|walnut|dingbat|dipstick|pillock|berk|numbskull")
_ABUSE = r"lazy|stupid|useless|absolute|bloody|complete|utter|selfish|fat|thick|daft|little|big|great|silly|dozy|lazy-arse"
_HURLED = re.compile(rf"(?<=[A-Za-z0-9'’])(?P<cut>,?\s+(?:ya|you|u)\s+(?:(?:{_ABUSE})\s+){{0,2}}(?:{_NAMES}))\b"
                     r"(?=\s*(?:[,.!?;]|$))", re.I)


def replacements(text: str) -> list[tuple[int, int, str]]:
    """Each hurled name that follows words of its own sentence, cut."""
    found = []
    for m in _HURLED.finditer(text):
        before = re.split(r"[.!?]\s+", text[:m.start("cut")])[-1]
        if len(re.findall(r"[A-Za-z']+", before)) >= 3:
            found.append((m.start("cut"), m.end("cut"), ""))
    return found
