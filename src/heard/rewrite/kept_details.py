"""Owns three details of a complaint that its rewrite must not drop (r4roles), each put back in the
speaker's words when the candidate lacks it:

- the heart of it: "I'm not nagging, I just miss you" → the rewrite says "I miss you" (a complaint
  about a phone at dinner is, to the receiver, about being missed);
- a concession the speaker made about the listener: "I get that you're busy but…" → the rewrite opens
  "I get that you're busy." (acknowledging first is what the guidance asks; dropping it turns the
  message harder than it was);
- the cost the speaker names: "Now I'm out £180" → "I'm out £180 now." after the first sentence.

Each is read from the message only; nothing is invented, and a candidate that already says it is
left alone.
"""

from __future__ import annotations

import re

_MISS = re.compile(r"\bI (?:just |really |honestly )?miss (you|talking to you|spending time with you|hanging out with you|us)\b"
                   r"(?! (?:being|when|how|the days)\b)", re.I)
_CONCEDED = re.compile(r"(?:^|[.?!]\s+|,\s*)(?:ok(?:ay)?,? |look,? |and )?I (?:get|know|understand) (?:that )?"
                       r"(you(?:'re| are| have been|'ve been) [^,.?!]{2,40}?),? but\b", re.I)
_COST = re.compile(r"\b(?:now )?I'?m (out|down|short)(?: of pocket)? ([£$€]\s?\d[\d,.]*)", re.I)


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.?!])\s+", text.strip()) if s]


def with_details(msg_text: str, text: str) -> str:
    """`text` with the speaker's longing, concession and cost back in, where it dropped them."""
    parts = _sentences(text)
    if not parts:
        return text
    low = text.lower()
    cost = _COST.search(msg_text)
    if cost and cost.group(2).replace(" ", "") not in text.replace(" ", ""):
        at = len(parts) - 1 if len(parts) > 1 and parts[-1].endswith("?") else len(parts)
        parts.insert(at, f"I'm {cost.group(1).lower()} {cost.group(2)} now.")
    miss = _MISS.search(msg_text)
    if miss and "miss" not in low:
        at = len(parts) - 1 if len(parts) > 1 and parts[-1].endswith("?") else len(parts)
        parts.insert(at, f"I miss {miss.group(1).lower()}.")
    conceded = _CONCEDED.search(msg_text)
    if conceded:
        said = conceded.group(1)
        if re.search(r"\b(?:[A-Z]{2,}|so|such|sooo+)\b", said.split(" ", 1)[-1]):  # "I understand you're SO busy": sarcasm, not granted
            return " ".join(parts)
        words = {w for w in re.findall(r"[a-z]{4,}", said.lower())}
        if words and not words & set(re.findall(r"[a-z]{4,}", low)) and not parts[0].lower().startswith(("i get", "i know", "i understand")):
            said = re.sub(r"\b[A-Z]{2,}\b", lambda w: w.group(0).lower(), said)
            parts.insert(0, f"I get that {said}.")
    return " ".join(parts)
