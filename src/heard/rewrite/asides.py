"""Clauses that lean on another one: "and everyone knows it" after an insult, "it's a baby shower,
not a frat party" after a jab.

"You're incompetent and everyone on this floor knows it": the second clause's "it" is the insult,
so it is no fact a rewrite can keep ("Everyone on this floor knows it, and I've been feeling
embarrassed" repeats the attack in other words). "It's a baby shower not a frat party" is flagged for
its contrast, yet its first half names the occasion the complaint is about, which a rewrite keeps.
"""

from __future__ import annotations

import re

from .clauses import YOU
from .surface import render, words_of

NAMES_OCCASION = re.compile(r"^(?:it's|it is|this is) (?:a|an|my|our) ", re.I)  # as named_occasion says it
EXTENDS = "extension"  # the role of a clause that only extends the attack before it
# Verbs that say only who knows, saw or agrees with what was said before.
_WITNESS = {"know", "see", "notice", "hear", "realise", "realize", "agree", "think", "say", "witness",
            "watch", "remember", "tell"}
# Who: everyone, the listener, "the whole office", "we all".
_CROWD = YOU | {"everyone", "everybody", "anyone", "anybody", "nobody", "people", "all", "we", "they", "world",
                "office", "team", "family", "room", "floor", "street", "school", "class"}
_BACK = {"it", "that", "this", "so"}  # what points back to the clause before
_ATTACKING = {"attack", "contempt", "accusation", "fault", "question"}


def extends_attack(clause, earlier) -> bool:
    """"and everyone knows it", "everyone saw it", "you know that?", "the whole office heard it":
    after an attack, a clause whose only object points back to it."""
    if not any(c.role in _ATTACKING for c in earlier):
        return False
    head, subject = clause.head, clause.subject
    if head.lemma_.lower() not in _WITNESS or subject is None:
        return False
    crowd = subject.lower_ in _CROWD or any(t.lower_ in ("all", "whole", "entire") for t in subject.subtree)
    if not crowd:
        return False
    objects = [c for c in head.children if c.dep_ in ("dobj", "ccomp", "attr", "xcomp", "acomp")]
    if any(o.lower_ not in _BACK for o in objects):
        return False  # "everyone knows you lied to her": a fact of its own
    if any(c.dep_ in ("prep", "advcl", "npadvmod", "dative") for c in head.children):
        return False  # "everyone saw it at the party": the party is worth keeping
    return True  # "it", "that", or nothing at all ("everyone noticed")


def mark_asides(clauses) -> None:
    """Gives each clause that only extends the attack before it the role EXTENDS."""
    for k, clause in enumerate(clauses):
        if clause.role in ("fact", "accusation", "question", "filler") and extends_attack(clause, clauses[:k]):
            clause.role = EXTENDS


def named_occasion(clause) -> str | None:
    """"it's a baby shower not a frat party" → "it's a baby shower": what the occasion is, without
    the contrast that mocks it (which a rewrite leaves out)."""
    head, subject = clause.head, clause.subject
    if head.lemma_ != "be" or subject is None or subject.lower_ not in ("it", "this", "that") or clause.question:
        return None
    attrs = [c for c in head.children if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN")]
    if not attrs or any(c.dep_ == "neg" and c.i < attrs[0].i for c in head.children):
        return None  # "it's not a X" is a denial
    first = attrs[0]
    contrast = next((t for t in clause.tokens if t.lower_ in ("not", "n't") and t.i > first.i), None)
    if contrast is None or not any(t.pos_ in ("NOUN", "PROPN") and t.i > contrast.i for t in clause.tokens) \
            or not any(c.dep_ == "det" for c in first.children):
        return None
    kept = [t for t in first.subtree if t.i <= first.i and not t.is_punct]
    return render(words_of([t for t in clause.tokens if subject.i <= t.i <= head.i] + kept))


def contrasted(tok) -> bool:
    """A word of the "not a Y" half of "it's a X, not a Y": what the occasion is not (no topic, no feeling)."""
    sent = tok.sent
    contrast = next((t for t in sent if t.lower_ in ("not", "n't") and t.i < tok.i and t.head.dep_ == "attr"
                     or t.lower_ == "not" and t.i < tok.i and t.dep_ == "neg" and t.head.pos_ == "NOUN"), None)
    if contrast is None:
        return False
    head = contrast.head if contrast.head.pos_ != "NOUN" else contrast.head.head
    return head.lemma_ == "be" and any(c.dep_ == "attr" and c.i < contrast.i for c in head.children)
