"""A complaint asked as "why is it that every time…?" said as the statement it is, before parsing.

"Why is it that every time we visit your parents in Leeds, I end up doing all the washing up while you watch
the cricket?" asks nothing: it tells what happens every time. Parsed as a question, the readings found no
act in it and fell back on the topic ("Can we talk about your parents? It's been on my mind.") or kept the
frame ("…when we visit your parents and why is it that you disappear…", held-out set 22). Said as "Every time
we visit…, I end up doing all the washing up while you watch the cricket.", it is the habit every_time.py and
the absolutes readings already answer.
"""

from __future__ import annotations

import re

from .textspeak import spliced

# At the start of the message (after an address or an "abeg"), and only before "every time"/"whenever".
_WHY_IS_IT = re.compile(r"^(?P<lead>\W*(?:[\w']+,?\s+)?)why is it (?:that )?(?P<when>every (?:single )?time|whenever)\b"
                        r"(?P<said>[^?]*)\?", re.I)


def replacements(text: str) -> list[tuple[int, int, str]]:
    """What saying an opening "why is it that every time X, Y?" as "Every time X, Y." replaces: the words cut
    before "every time", its capital, and the question mark."""
    found = _WHY_IS_IT.match(text)
    if not found or found.group("lead").strip().lower().rstrip(",") in ("and", "so", "but") \
            or re.search(r"\bfault\b|\bnever (?:you|me)\b", found.group("said"), re.I):
        return []  # "why is it that whenever you lose it's the ref's fault, never you?": the blame-shifting reading's
    when = found.group("when") if found.group("lead").strip() else found.group("when")[:1].upper() + found.group("when")[1:]
    return [(found.end("lead"), found.start("when"), ""), (found.start("when"), found.end("when"), when),
            (found.end() - 1, found.end(), ".")]


def said_plainly(text: str) -> str:
    """`text` with an opening "why is it that every time X, Y?" said as "Every time X, Y."."""
    return spliced(text, replacements(text))[0]


def said_plainly_edits(text: str) -> list[tuple[int, int]]:
    """What `said_plainly` did to `text`, as textspeak.moved takes it."""
    return spliced(text, replacements(text))[1]
