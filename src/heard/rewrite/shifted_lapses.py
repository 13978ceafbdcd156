"""The speaker's own lapse blamed on what the listener didn't do: "if you'd reminded me I wouldn't
have missed it", "I wouldn't have been late if you'd told me the time had changed", "if you had
texted me I'd never have forgotten the bread".

The clause strategies read the "if you'd…" half as a complaint and answered "When you didn't remind
me, I felt let down": the blame shift kept, as a feeling. The guidance asks the speaker to take
responsibility instead: the lapse ("I missed it") is owned plainly and the listener's part is
left out. This module owns that whole-message reading (`shifted_lines`, offered alone by
`with_shifted_lapses` in strategies.py). It reads only the negative counterfactual ("wouldn't have
X-ed"), whose X is the lapse itself; "if you'd asked I would have helped" names no lapse to own.
"""

from __future__ import annotations

import re

from .candidate import ACKNOWLEDGE, RESPONSIBILITY, Candidate
from .inflect import past

_IF_YOU = r"if\s+you(?:'d|\s+had|\s+would\s+have)\s+(?:just\s+|only\s+|actually\s+)?[\w' ]+?"
_WOULDNT = (r"I(?:\s+wouldn't|\s+wouldnt|\s+would\s+not|'d\s+never|\s+would\s+never|'d\s+not)\s+(?:have\s+|of\s+|'ve\s+)?"
            r"(?:even\s+)?(?P<part>[a-z]+)(?P<rest>(?:\s+[\w'£$]+)*?)")
_END = r"(?:\s*[^\w\s'£$])*\s*$"  # "…missed it!!", "…missed it 🙄"
# "if you'd reminded me(,) I wouldn't have missed it" and "I wouldn't have missed it if you'd reminded me"
_SHAPES = (re.compile(r"^\s*(?:well|honestly|tbh|look)?[,\s]*" + _IF_YOU + r"[,\s]+(?:then\s+)?" + _WOULDNT + _END, re.I),
           re.compile(r"^\s*(?:well|honestly|tbh|look)?[,\s]*" + _WOULDNT + r"[,\s]+" + _IF_YOU + _END, re.I))

def _lapse(msg) -> str:
    """"I missed it", "I was late", "I forgot the bread": the lapse the counterfactual denies, in the past."""
    for shape in _SHAPES:
        found = shape.match(msg.text)
        if found:
            break
    else:
        return ""
    part, rest = found.group("part").lower(), found.group("rest") or ""
    lemma = next((t.lemma_.lower() for t in msg.doc if t.lower_ == part and t.tag_ in ("VBN", "VBD", "VB")), "")
    words = rest.split()
    if not lemma and part in ("double", "over", "under", "mis") and words:  # "wouldn't have double booked us"
        lemma = next((t.lemma_.lower() for t in msg.doc if t.lower_ == words[0].lower() and t.tag_ in ("VBN", "VBD")), "")
        if not lemma:
            return ""
        return f"I {part}-{past(lemma)} {' '.join(words[1:])}".strip()
    if not lemma or lemma == "be" and not rest.strip():
        return ""
    if lemma in ("have", "need") and re.match(r"\s+to\b", rest):
        return ""  # "I wouldn't have had to guess": what the listener's lapse cost the speaker, not a lapse of theirs
    if lemma == "be":
        verb = "was"
    elif lemma in ("have", "do", "get", "know", "need") and not rest.strip():
        return ""  # "I wouldn't have known": nothing named to own
    else:
        verb = past(lemma)
    return f"I {verb}{rest}".strip()


def shifted_lines(msg) -> list[list[str]]:
    """Owning the lapse, then hearing the listener: two wordings, no word of what they didn't do."""
    lapse = _lapse(msg)
    if not lapse:
        return []
    return [[f"I'm sorry {lapse}.", "I own that, and I'll do better next time."],
            [f"{lapse}, and that's on me.", "I'm sorry, and I'll plan better next time."]]


def shifted_candidates(msg) -> list:
    from .reading import compose

    kinds = (RESPONSIBILITY, ACKNOWLEDGE)
    return [Candidate(compose(msg, lines), kind) for lines, kind in zip(shifted_lines(msg), kinds)]


def with_shifted_lapses(msg, chosen: tuple) -> tuple:
    """Only this module's answers when the message is the blame shift (strategies.py)."""
    return (shifted_candidates,) if shifted_lines(msg) else chosen
