"""An act of the listener's named as the subject of a verdict, said as what they did.

"Calling Priya "pathetic" for posting about her miscarriage is not [okay]", "Leaving the kids in
the car was completely out of order": the gerund is what happened, the verdict is the blame. Said
plainly: "you called Priya "pathetic" for posting about her miscarriage". Read only in a message
that speaks to the listener ("you owe her an apology"), so "Smoking is bad" names nobody.
"""

from __future__ import annotations

import re

from . import inflect
from .literal import Literal
from .surface import Word, render

_VERDICT = re.compile(r"\b(?:is|was|isn't|wasn't|'s)\s+(?:not\b|n't\b|(?:so |really |completely |totally |just )?(?:cruel|"
                      r"unacceptable|out of order|wrong|mean|low|disgusting|vile|nasty|unkind|not okay|not ok|"
                      r"not fine|not acceptable|not on|gross|shameful|appalling))", re.I)
_YOU = {"you", "u", "your", "ur"}


def verdict_literal(clause, clauses):
    """"you called Priya…" from "Calling Priya … is not", or None."""
    head = clause.head
    subject = next((c for c in head.children if c.dep_ == "csubj" and c.tag_ == "VBG"), None)
    if head.lemma_ != "be" or subject is None or not _VERDICT.search(clause.text):
        return None
    if not any(t.lower_ in _YOU for c in clauses for t in c.tokens):
        return None
    words = [Word("you", " "), Word(inflect.past(inflect.base_of(subject.lemma_.lower())), subject.whitespace_ or " ", subject)]
    words += [Word(t.text, t.whitespace_, t) for t in subject.subtree if t.i > subject.i]
    return Literal(render(words, lower_start=True).strip(), past=True)
