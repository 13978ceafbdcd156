"""What the listener left undone, so the request asks for that and not for the act complained of.

"you keep borrowing my charger and never giving it back", "you always use my mug and never wash it
up": the complaint is the second, negated verb. The request built from the clause's main verb asked
for the first ("Could you borrow it from now on?"), which is the very act the speaker complains
about. This reads the negated conjunct ("giving it back") and gives its phrase in the base form
("give it back"), so the request asks for what was left undone.

"You said you'd clean the bathroom this weekend and you didn't even touch it": "didn't even touch
it" stresses that the promise was not kept; the request is the promised act ("Could you still clean
the bathroom?"), never "Could you touch it?".
"""

from __future__ import annotations

from . import inflect
from .promises import promised

_NEGATIONS = {"not", "n't", "never", "no"}
# Words of the neglect that a request leaves out: "never", "even", "ever", "and".
_DROPPED = {"never", "not", "n't", "ever", "even", "once", "and", "but", "just", "always"}


def _negated(verb) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in _NEGATIONS for c in verb.children)


def undone_conjunct(clause):
    """The negated verb joined to an un-negated main verb ("…and never giving it back"), or None."""
    head = clause.head
    main = head
    xcomp = next((c for c in head.children if c.dep_ == "xcomp" and c.tag_ == "VBG"), None)
    if head.lemma_ == "keep" and xcomp is not None:
        main = xcomp  # "you keep borrowing X and never giving it back": the conjunct hangs off "borrowing"
    if _negated(head) or _negated(main):
        return None  # "you never call and never text": the main verb is the neglect itself
    inside = {t.i for t in clause.tokens}
    for conj in (c for c in main.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i in inside):
        if _negated(conj) and not any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
            return conj  # a conjunct with its own subject is its own clause ("…and you never…")
    return None


def undone_phrase(clause) -> str:
    """"give it back" for "…and never giving it back"; "" when the clause has no such conjunct."""
    verb = undone_conjunct(clause)
    if verb is None:
        return ""
    words = []
    for tok in sorted(verb.subtree, key=lambda t: t.i):
        if tok.i == verb.i:
            words.append(inflect.base_of(tok.lemma_.lower() or tok.lower_) + tok.whitespace_)
        elif tok.lower_ in _DROPPED and tok.head.i == verb.i or tok.dep_ in ("aux", "neg", "cc", "punct"):
            continue
        else:
            words.append(tok.text_with_ws)
    return "".join(words).strip()


def promise_not_even_begun(msg, clause):
    """The promised verb when `clause` is "you didn't even touch it" right after "you said you'd X"."""
    if clause not in msg.clauses or not any(c.lower_ == "even" for c in clause.head.children) \
            or not _negated(clause.head):
        return None
    k = msg.clauses.index(clause)
    return promised(msg.clauses[k - 1]) if k > 0 else None


__all__ = ["promise_not_even_begun", "undone_conjunct", "undone_phrase"]
