"""One apology per suggestion: the message's own "Sorry X" said once, first, and its "Sorry but" shield not kept.

A rewrite that owns the lapse ("I should have checked whether the client meeting moved to Thursday, and I'm sorry.")
and keeps the message's own apology ("Sorry the quarterly report was late.") apologised twice in a row (held-out set
26): "I'm sorry the quarterly report was late. I should have checked whether…" says it once, and says first what the
listener is upset about. A "Sorry but I'm a volunteer" kept after the rewrite's own apology is the shield the
message held up ("sorry, but"): its facts stay, the "Sorry but" goes. "…was still on, sorry, and I'm sorry." says
"sorry" twice in one sentence.
"""

from __future__ import annotations

import re

_OWN_APOLOGY = re.compile(r"\b(?:I'm|I am) (?:so |really |very )?sorry\b|\bI apologi[sz]e\b", re.I)
# A sentence of the message's own apology ("Sorry the report was late."), not "Sorry but…" or "Sorry, babe".
_SORRY_LINE = re.compile(r"(?:^|(?<=[.!?] ))Sorry (?!but\b|ma'am\b|sir\b|babe\b|love\b|about\b)(?P<what>[a-z][^.!?]*[.!?])")
_SORRY_BUT = re.compile(r"(?:^|(?<=[.!?] ))Sorry(?: (?:ma'am|sir|mate|babe|love|guys))?,? but,? (?P<rest>\w)", re.I)
_AND_SORRY = re.compile(r",? and I'm sorry(?=\.)")
_SORRY_TWICE = re.compile(r", sorry(?=, and I'm sorry\b)", re.I)
_GREETING = re.compile(r"^(?:(?:Hi|Hey|Dear|Morning|Hello)\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?,\s+")


def one_apology(text: str) -> str:
    """`text` with a second apology folded into the first (see the module docstring)."""
    text = _SORRY_TWICE.sub("", text)
    if not _OWN_APOLOGY.search(text):
        return text
    text = _SORRY_BUT.sub(lambda m: m.group("rest").upper(), text)
    line = _SORRY_LINE.search(text)
    if line and _AND_SORRY.search(text[:line.start()]):
        before = _AND_SORRY.sub("", text[:line.start()], count=1)
        greeting = _GREETING.match(before)  # "Hi Priya, …": the name stays first
        lead = greeting.group(0) if greeting else ""
        rest = before[len(lead):]
        rest = rest[:1].upper() + rest[1:]
        text = f"{lead}I'm sorry {line.group('what')} {rest.strip()} {text[line.end():].strip()}".strip()
    return re.sub(r"\s{2,}", " ", text)
