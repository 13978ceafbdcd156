"""'Why is it always me who has to call the plumber?': the load one person carries, asked for as help.

The complaint under "why do I always have to…" is a chore that isn't shared. Blame ("always me")
and martyrdom ("I'm the one who…") both hide the request; the "I" statement says the feeling and
asks the other person to take the next turn at that very task.
"""

from __future__ import annotations

import re

from .inflect import gerund
from .surface import is_emoji, recase

_ALWAYS_ME = re.compile(
    r"\b(?:why\s+(?:is\s+it|am\s+i|'s\s+it)\s+always\s+(?:me|the\s+one)|why\s+do\s+i\s+always\s+have\s+to|"
    r"why\s+am\s+i\s+always\s+the\s+one|it'?s\s+always\s+me|i'?m\s+always\s+the\s+one|"
    r"why\s+(?:does|do)\s+it\s+always\s+(?:have\s+to\s+be|fall\s+to)\s+me)\s*(?:,\s*)?"
    r"(?:who\s+|that\s+|to\s+)?(?:has\s+to\s+|have\s+to\s+|gets\s+to\s+|ends\s+up\s+|is\s+)?"
    r"(?:be\s+the\s+one\s+(?:who|that|to)\s+)?(?:has\s+to\s+|have\s+to\s+)?(?P<task>[a-z][^.!?,;]*)", re.I)
# A task said with an absolute ("plans everything") can't be handed over as one next turn.
_UNBOUNDED = re.compile(r"\b(?:everything|anything|all\s+the\s+time|every\s+time|always)\b", re.I)
_FILLER = re.compile(r"\s+(?:lol|smh|honestly|tbh|again|every single time|all the time)$", re.I)


def share_the_load(msg) -> list[list[str]]:
    """Sentences for an "I" statement about a task that is always left to the speaker, or none."""
    found = _ALWAYS_ME.search(recase(msg.text).replace("’", "'"))  # "…REMEMBER THE BINS": not kept shouted
    if not found:
        return []
    task = _FILLER.sub("", "".join(c for c in found.group("task") if not is_emoji(c)).strip())
    words = task.split()
    if not words or len(words) > 10:
        return []
    # The parse's lemma gives the base form: "plans" → "plan", "empties" → "empty".
    start = found.start("task") + (len(found.group("task")) - len(found.group("task").lstrip()))
    head = next((t for t in msg.doc if t.idx == start), None)
    if head is not None and (head.lemma_ == "get" and words[1:2] and words[1].endswith("ed")
                             or head.lemma_ == "be" or any(c.dep_ == "auxpass" for c in head.head.children)):
        return []  # "always me who gets blamed / is yelled at": something done to the speaker, no chore to share
    words[0] = head.lemma_.lower() if head is not None and head.pos_ in ("VERB", "AUX") else words[0].lower()
    task = " ".join(words)
    opener = msg.pick(["I'm feeling stretched, and I'd love some help with this", "I'd love for us to share this"],
                      "share")
    if _UNBOUNDED.search(task):  # "plan everything" → "a turn at planning"; "… for the kids' birthdays" kept
        verb, rest = words[0], _UNBOUNDED.sub("", " ".join(words[1:]))
        rest = re.sub(r"^\s*(?:for|of)\s+", "", re.sub(r"\s+", " ", rest)).strip()
        return [[opener, f"Could you take a turn at {gerund(verb)}{' ' + rest if rest else ''}?"]]
    return [[opener, f"Could you {task} next time?"]]
