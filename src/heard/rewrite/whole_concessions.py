"""Owns the speaker's concession in a rewrite: "i know you mean well", kept whole.

Longer messages grant the listener something before the complaint goes on: "I know you mean well
but it really hurt", "i know you get excited and want to jump in", "I get that you were worried".
The clause splitter cuts such a concession at a word it reads as a discourse marker ("well") or at
"and", so a rewrite can keep half of it: "I know you mean." (which now says something else), or a
verbless tail on its own: "Want to jump in." Where a line of the rewrite is a cut piece of one of
the message's concessions, the whole concession is said in its place, once.
"""

from __future__ import annotations

import re

from .own_requests import fix_persons, sentences_of

# "i know X", "I get that X", "i understand X": X runs to "but" or the end of its sentence.
_CONCESSION = re.compile(r"\b(?P<verb>i (?:know|get|understand|realise|realize|appreciate)(?: that)?) (?P<body>[^.!?]+?)"
                         r"(?=\s*,?\s+but\b|\s*,?\s*(?:and\s+)?i\s|\s*[.!?]|\s*$)", re.I)  # ", i do too", "and I get that": the speaker's own


def _norm(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9']+", text.lower()))


_KIN = {"mum", "mom", "dad", "mam", "mummy", "daddy", "babe", "baby", "love", "hun", "sis", "bro", "son", "mate"}


def concessions(msg) -> list[str]:
    """The message's concessions, each as a line a rewrite can say: "I know you mean well."."""
    found = []
    for match in _CONCESSION.finditer(msg.text):
        body = fix_persons(match.group("body")).rstrip(" ,")
        # "i know you mean well mum but…": the name is who it's said to, not part of the concession
        names = {getattr(msg, "address", None) or ""} | _KIN
        body = re.sub(r",?\s+(\w+)$", lambda m: "" if m.group(1).lower() in {n.lower() for n in names} else m.group(0), body)
        verb = "I" + match.group("verb")[1:].lower()
        if len(body.split()) >= 2:
            found.append(f"{verb} {body}.")
    return found


def whole_concessions(msg, text: str) -> str:
    """`text` with any cut piece of the message's concession replaced by the whole of it."""
    wholes = concessions(msg)
    if not wholes or not text:
        return text
    parts = sentences_of(text)
    out: list[str] = []
    said: set[str] = set()
    for part in parts:
        n = _norm(part)
        if any(re.search(r"\bwhen " + re.escape(_norm(w.split(" ", 2)[2])) + r"$", n) for w in wholes if w.count(" ") > 1):
            return ""  # "I get frustrated when you need to unwind": what the speaker granted read as the complaint
        # also the concession's body said bare ("You need to unwind."): granted, it read as a verdict
        piece = next((w for w in wholes if _cut_from(n, _norm(w)) or n == _norm(w.split(" ", 2)[2] if w.count(" ") > 1 else "")
                      and not w.startswith(("I get that", "I understand that"))), None)
        if piece is None:
            out.append(part)
            continue
        if piece not in said:  # the whole concession where its first piece stood; later pieces dropped
            said.add(piece)
            out.append(piece)
    return " ".join(out)


def _cut_from(line: str, whole: str) -> bool:
    """Whether `line` is a proper piece of `whole`: its start ("i know you mean") or its tail ("want to jump in")."""
    if not line or line == whole or len(line.split()) < 2:
        return False
    words = whole.split()
    if not whole.startswith(line + " ") and not whole.endswith(" " + line):
        return False
    if whole.endswith(" " + line):
        head = whole[: -len(line)].split()
        return bool(head) and head[-1] in {"and", "but", "or", "so", "well"}  # cut at a joining word
    rest = words[len(line.split()):]  # what the cut left out: restored only when it is a word or two that
    # finishes the thought ("well"), never a second clause the strategy may have dropped on purpose ("and don't care")
    return len(rest) <= 2 and not set(rest) & {"and", "but", "or", "so", "not", "don't", "never", "can't", "won't"}
