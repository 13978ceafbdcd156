"""Owns "you didn't tell me you'd X" said as a statement: the speaker already knows X.

Asked ("why didn't you tell me you were working late?"), the speaker may not know, and fragments.py
gives "I need to know whether you were working late." Stated in a longer message ("you didn't tell
me you'd invited your brother to stay. i found out when he turned up"), the speaker has found out:
"I need to know whether you'd invited your brother…" then asks about what they have just told, and
the complaint (being kept out of it) is lost. That line says the complaint instead, as the other
readings of the same shape do: "I felt left out when you didn't tell me you'd invited your brother…".
"""

from __future__ import annotations

import re

# Stated, not asked: the sentence holding it ends without a question mark.
_STATED = re.compile(r"(?:^|[.!]\s+|\b(?:and|but|so)\s+)(?:[A-Z][a-z]+,?\s+)?you (?:didn'?t|did not|never) (?:tell|told) (?:me|us)\b"
                     r"[^.!?]*(?:[.!]|$)", re.I)
_NEED = re.compile(r"\bI need to know whether (?P<what>[^.!?]+)\.")


def not_told(msg, text: str) -> str:
    """`text` with "I need to know whether X." said as the complaint, where the message states it."""
    if not text or "I need to know whether" not in text or not _STATED.search(msg.text):
        return text
    # "didn't tell" for "never told" too: the absolute dropped, as drop_absolutes does
    return _NEED.sub(lambda m: f"I felt left out when you didn't tell me {m.group('what')}.", text, count=1)
