"""A promise the listener did not keep: "you said you'd call the plumber on tuesday and you didn't".

The clause that names the act reports the promise; what hurt is that it didn't happen, which the
next clause says with nothing but "you didn't". Read apart, the rewrite complains about the promise
("It upset me when you said you'd call the plumber") and asks for nothing ("Could you do?"). Read
together, the situation is the promise and its not happening, and the request is the promised act.

When the next clause says what happened instead ("you promised you'd be home by 7 and you rolled
in at 10"), that is the act to name first: the promise is context.
"""

from __future__ import annotations

from .surface import render, words_of

_PROMISE_VERBS = {"say", "promise", "swear", "tell"}
_FUTURE = {"would", "'d", "will", "'ll", "wo"}
_YOU = {"you", "u", "ya"}
_ELLIPSIS = {"did", "do", "does", "have", "has", "had", "were", "was", "are", "is", "n't", "not", "never", "didn't",
             "haven't", "hasn't", "weren't", "wasn't", "did n't", "even", "still", "obviously", "course", "of"}


def promised(clause):
    """The promised verb ("call" in "you said you'd call X"), or None if the clause reports no promise."""
    if clause is None or clause.literal is not None or not clause.you_subject \
            or clause.head.lemma_.lower() not in _PROMISE_VERBS:
        return None
    for comp in clause.head.children:
        if comp.dep_ == "ccomp" and any(c.dep_ == "nsubj" and c.lower_ in _YOU for c in comp.children) \
                and any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in comp.children):
            return comp
        if comp.dep_ == "xcomp" and any(c.lower_ == "to" and c.dep_ == "aux" for c in comp.children):
            return comp
    return None


def bare_promise(clause) -> bool:
    """"you promised." / "u swore": a promise named with nothing promised, as a reproach."""
    if clause is None or not clause.you_subject or clause.head.lemma_.lower() not in ("promise", "swear"):
        return False
    return not any(c.dep_ in ("ccomp", "xcomp", "dobj", "dative", "prep") for c in clause.head.children)


def elliptical_denial(clause) -> bool:
    """"and you didn't", "but you never did": a negation with no act of its own."""
    words = [t.lower_ for t in clause.tokens if not t.is_punct and t.dep_ != "cc"]
    return bool(words) and words[0] in _YOU and len(words) <= 4 and all(w in _ELLIPSIS for w in words[1:]) \
        and any(w in ("n't", "not", "never", "didn't", "haven't", "hasn't") for w in words[1:])


def unkept(msg, clause):
    """The promised verb when the clause after `clause` says only that it didn't happen."""
    verb = promised(clause)
    if verb is None or clause not in msg.clauses:
        return None
    k = msg.clauses.index(clause)
    after = msg.clauses[k + 1] if k + 1 < len(msg.clauses) else None
    return verb if after is not None and elliptical_denial(after) else None


def follows_promise(msg, clause) -> bool:
    """`clause` is the "and you didn't" after a promise: said with it, not alone."""
    if clause not in msg.clauses or not elliptical_denial(clause):
        return False
    k = msg.clauses.index(clause)
    return k > 0 and promised(msg.clauses[k - 1]) is not None


def unkept_tail(msg, clause) -> str:
    """" and then didn't" / " and then weren't": the denial's own verb, in the past."""
    after = msg.clauses[msg.clauses.index(clause) + 1]
    be = any(t.lemma_ == "be" for t in after.tokens)
    return " and then weren't" if be else " and then didn't"


def attending(verb) -> bool:
    """"you'd come to my graduation", "…show up": the occasion has passed, so it can't still be attended."""
    lemma = verb.lemma_.lower()
    if lemma in ("show", "turn") and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return True
    return lemma in ("come", "go", "attend", "make") and any(
        c.dep_ == "prep" and c.lower_ in ("to", "at") and any(p.pos_ in ("NOUN", "PROPN") for p in c.children)
        or c.dep_ == "dobj" and lemma == "attend" or c.dep_ == "dobj" and c.lower_ == "it" and lemma == "make"
        for c in verb.children)


def promised_request(verb) -> str | None:
    """"Could you still call the plumber?": the promised act, without the time that has passed.
    None for a state ("you'd be home by 7"): that time is gone, so there is nothing left to ask."""
    if verb.lemma_ == "be" or attending(verb):
        return None
    timed = {t.i for p in verb.subtree if p.dep_ == "prep" and any(c.ent_type_ in ("DATE", "TIME") for c in p.children)
             for t in p.subtree}
    words = [t for t in verb.subtree if t.i >= verb.i and t.ent_type_ not in ("DATE", "TIME") and t.i not in timed]
    if not words:
        return None
    phrase = render(words_of(words)).rstrip(".!?,; ")
    first = verb.lemma_.lower() if verb.lemma_ else verb.lower_
    phrase = first + phrase[len(verb.text):] if phrase.lower().startswith(verb.lower_) else phrase
    return f"Could you still {phrase}?" if phrase and len(phrase.split()) >= 2 else None
