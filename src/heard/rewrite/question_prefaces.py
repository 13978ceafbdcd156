"""Owns the preface that announces a question: "quick q —", "random question:", "honest question -".

"hey, quick q — why did you reassign my ticket without telling me?": the parser hangs the preface on
the question, so the situation a rewrite kept read "when quick q — you reassigned my ticket". The
preface says only that a question follows; the question itself carries the complaint. `blank_preface`
turns it into spaces (or a lone "Hey." at the very start) before parsing (the length kept, so every offset into the message still lines up
with the parse, as openers.py does for "great, …"); the readings then see the question alone.

Only a preface followed by a separator (dash, colon, comma, "…") or directly by a question word is
blanked: "quick question about the rota" names what the question is about, and stays.
"""

from __future__ import annotations

import re

# What may open the message before the preface: a greeting, an @mention or a name and a comma.
# Each word whole and followed by a separator: a word that could be split into shorter ones (or a name
# matched case-blind, i.e. any word) makes the match try every split, exponential in the message's length.
_LEAD = r"(?:(?:hey|hi|hiya|yo|ok|okay|so|um|erm|sorry|@\w+|(?-i:[A-Z][a-z]+))\b[\s,!]+)*"
_KIND = r"(?:quick|random|honest|genuine|serious|real|small|dumb|stupid|silly|simple|curious)"
_WORD = r"(?:q|qn|qq|question|one)"
_PREFACE = re.compile(rf"^(?P<lead>\s*{_LEAD})(?P<preface>{_KIND}\s+{_WORD}\b\s*(?:[—–:\-,]+|\.\.\.|…)\s*"
                      rf"|{_KIND}\s+{_WORD}\s+(?=(?:why|how|what|who|where|when|did|do|does|are|is|were|was|"
                      rf"can|could|would|will|have|has)\b))(?=\w)", re.I)


def blank_preface(text: str) -> str:
    """`text` with a question's preface turned to spaces, length kept; else `text`."""
    match = _PREFACE.match(text)
    if not match:
        return text
    start, end = match.span("preface")
    rest = text[end:]
    if len(rest.split()) < 3:  # "quick q - thoughts?": nothing of its own after it
        return text
    if not text[:start].strip():
        # at the very start, spaces would leave the question without its first word ("do you…" read as
        # a statement): a lone greeting the readings already drop holds the place instead
        return text[:start] + "Hey.".ljust(end - start) + rest
    return text[:start] + " " * (end - start) + rest


__all__ = ["blank_preface"]


# "…I literally wrote KATE on masking tape. how much clearer can I be", "she's 9. where were you": a last
# sentence that asks, typed without its "?". Read as a statement it was kept as one ("How much clearer can I
# be."); with the mark, the readings treat it as the rhetorical question it is.
_UNMARKED = re.compile(r"(?:^|(?<=[.!?]\s))(?:how|why|what|where|who)\b(?:\s+[\w']+){0,3}?\s+"
                       r"(?:am|are|is|was|were|can|could|do|does|did|have|has|will|would|should)\s+"
                       r"(?:i|you|u|we|they|he|she)\b[^.!?,;]*$", re.I)  # (a comma: a statement follows the question)


def mark_question(text: str) -> str:
    """`text` with a "?" after a last sentence that asks without one. Added at the very end, so every
    offset into the message still lines up with the parse."""
    body = text.rstrip()
    if not body or not body[-1].isalpha() or not _UNMARKED.search(body):
        return text
    return body + "?" + text[len(body):]
