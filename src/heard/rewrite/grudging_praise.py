"""Praise for doing something ordinary, said to mock it: "Oh wow, you remembered to pay the electric.
Round of applause 👏", "look who finally emptied the dishwasher, alert the press".

The act praised is one the listener did, and the complaint is that it is rare. Read clause by clause
the praise turned into a grievance about the act itself ("I felt let down when you remembered to pay
the electric"), the opposite of what the speaker meant. Read whole here: the thanks said plainly,
and the wish that it were the usual thing asked for, with nothing added about how often it wasn't.
"""

from __future__ import annotations

import re

from .inflect import base_of, gerund

# "you (actually/finally) remembered to X", "you managed to X", "you finally Xed"
_DID = re.compile(r"(?:^|[.!?]\s*|,\s*)\W*(?:(?:oh|wow|well|look|gosh|ooh|omg|so)\W+)*"
                  r"(?:(?:you|u)\s+(?:actually\s+|finally\s+)*(?:remembered|managed|bothered|decided|got\s+round)\s+to\s+"
                  r"(?P<act>[a-z][^.!?,;]*)"
                  r"|(?:you|u|(?:look|guess)\s+who|some(?:one|body))\s+(?:actually\s+)?finally\s+(?P<done>[a-z]+ed)\b"
                  r"(?P<rest>[^.!?,;]*))", re.I)
# What makes it mockery rather than thanks: applause for the ordinary (not 🎉 or "proud of you": "so proud of
# you, you finally passed your test 🎉" means it).
_MOCKING = re.compile(r"\bround\s+of\s+applause\b|\balert\s+the\s+(?:press|media|news)\b|\bcall\s+the\s+(?:papers|press)\b"
                      r"|\bmiracles?\b|\bwonders\s+never\s+cease\b|\b(?:a|your)\s+medal\b|\bgold\s+star\b|\bslow\s+clap\b"
                      r"|\bmark\s+the\s+calendar\b|\bwhat\s+an\s+achievement\b|👏|🏅|🥇", re.I)


def _act(msg, found) -> str | None:
    """"pay the electric" / "emptied the dishwasher" → "paying the electric", "emptying the dishwasher"."""
    if found.group("act"):
        words = found.group("act").split()
        verb, rest = words[0].lower(), words[1:]
    else:
        verb, rest = found.group("done").lower(), found.group("rest").split()
        token = next((t for t in msg.doc if t.lower_ == verb), None) if msg.doc is not None else None
        verb = token.lemma_.lower() if token is not None and token.pos_ == "VERB" else base_of(verb)
    rest = [w for w in rest if not re.fullmatch(r"\W+", w)]
    if not 1 <= len(rest) <= 8 or rest[-1].lower() in ("and", "but", "so", "lol"):
        return None
    return " ".join([gerund(base_of(verb)), *rest])


def grudging_lines(msg) -> list[list[str]]:
    """Thanks for the act, and a wish for it to be the usual thing; [] when the message is not this shape."""
    found = _DID.search(msg.text)
    if not found or not _MOCKING.search(msg.text):
        return []
    act = _act(msg, found)
    if not act:
        return []
    return [[f"Thanks for {act}", "It really helps when you do", "Could we make it a regular thing?"],
            [f"Thank you for {act}", "I'd love it if we could keep that up"]]
