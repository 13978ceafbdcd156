"""Reads counterfactual "if" clauses: "if you ever sent the specs" (you didn't), "I'd have hit it" (I didn't)."""

from __future__ import annotations

from . import inflect
from .fluent_repairs import consequence_inside
from .literal import Literal
from .surface import Word, render, tidy, words_of

_FILLERS = ("actually", "just", "even", "only", "ever", "maybe")
# Loaded verbs said as the act underneath ("nag" is a verdict; "remind" is what happened).
_NEUTRAL_VERBS = {"nag": "remind", "pester": "remind", "badger": "remind", "hound": "remind",
                  "harass": "remind", "lecture": "correct", "moan": "complain", "whine": "complain"}
# What not doing something is called, where "don't X" reads oddly ("I'd remember" → "I forget").
_OPPOSITES = {"remember": "forget"}
_MISSED = {"hit", "make", "meet", "catch"}  # "I'd have hit the deadline" → "I missed the deadline"
# What a listener's lapse made the speaker do, which is no lapse of theirs: "I wouldn't have had to pay £60
# for a taxi" (but "I wouldn't have had to rush the slides" admits rushing them).
COSTS = {"pay", "wait", "walk", "ring", "call", "phone", "get", "take", "drive", "spend", "sit", "stand", "borrow",
         "buy", "chase", "find", "ask", "beg", "sleep", "cover", "explain", "apologise", "apologize", "queue", "cycle"}


def _would(verb) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in ("would", "'d", "could") for c in verb.children)


def if_you_had(tokens) -> Literal | None:
    """"if you'd set clearer instructions…" / "I'd have hit it if you ever sent the specs" → you
    didn't: ask for it. "if you didn't nag me, I'd…" → what you do, said with a plain verb."""
    for tok in tokens:
        marks = [c for c in tok.children if c.lower_ == "if" and c.dep_ == "mark"]
        if not marks or not any(c.lower_ in ("you", "u") and c.dep_ == "nsubj" for c in tok.children):
            continue
        had = any(c.lower_ in ("'d", "had", "would") for c in tok.children if c.dep_ == "aux")
        if not had and not (tok.dep_ == "advcl" and _would(tok.head) or tok.dep_ == "ccomp" and _would(tok.head)
                            and any(c.lower_ == "ever" for c in tok.children)):  # "you'd know if you ever did X"
            continue
        cut = consequence_inside(tok)  # "…i wouldn't have had people over" hung under "told" (fluent_repairs.py)
        after = [t for t in tok.subtree if t.i > tok.i and not t.is_punct and t.lower_ not in _FILLERS and t.i not in cut]
        lemma = inflect.base_of(tok.lemma_.lower())
        if any(c.dep_ == "neg" for c in tok.children):
            plain = _NEUTRAL_VERBS.get(lemma, lemma)
            phrase = render([Word(plain)] + words_of(after), lower_start=False)
            return Literal(f"you {phrase}", past=False)
        phrase = render([Word(lemma)] + words_of(after), lower_start=False)
        return Literal(f"you didn't {phrase}", past=True, request=f"Could you {phrase}?")
    return None


def counterfactual_admission(clause) -> str | None:
    """"I'd have hit the deadline (if…)" → "I didn't hit the deadline"; "I'd remember to do things
    (if…)" → "I forget to do things": what the speaker's own "would" admits, owned."""
    for tok in clause.tokens:
        if tok.pos_ != "VERB" or not _would(tok) or any(c.dep_ == "neg" for c in tok.children):
            continue
        if not any(c.lower_ == "i" and c.dep_ == "nsubj" for c in tok.children):
            continue
        if not any(c.dep_ == "advcl" and any(m.lower_ == "if" for m in c.children) for c in tok.children):
            continue
        inside = {t.i for t in clause.tokens}
        after = [t for t in tok.subtree if t.i > tok.i and t.i in inside and not t.is_punct
                 and t.lower_ not in _FILLERS and t.dep_ != "advcl"]
        lemma = inflect.base_of(tok.lemma_.lower())
        perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children)
        rest = render(words_of(after), lower_start=False)
        if perfect:
            return tidy(f"I missed {rest}" if lemma in _MISSED else f"I didn't {lemma} {rest}")
        if lemma in _OPPOSITES:
            return tidy(f"I {_OPPOSITES[lemma]} {rest}")
        return tidy(f"I don't {lemma} {rest}")
    return None


def consequence_of_if(clause) -> bool:
    """"my daughter wouldn't have done the wrong assignment (if…)": an argument, not a fact to keep."""
    return any(_would(tok) and any(c.dep_ == "advcl" and any(m.lower_ == "if" for m in c.children)
                                   for c in tok.children) for tok in clause.tokens if tok.pos_ in ("VERB", "AUX"))


def happened_instead(clause) -> str | None:
    """"(if you'd read the email chain,) you wouldn't have double-booked the boardroom" → "you double-booked
    the boardroom"; "we wouldn't have missed the flight" → "we missed the flight": what the lapse led to, told
    as the fact it is."""
    for tok in clause.tokens:
        if tok.tag_ != "VBN" or tok.pos_ != "VERB" or not _would(tok) or not any(c.dep_ == "neg" for c in tok.children) \
                or not any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children):
            continue
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ not in ("you", "we", "u"):
            return None
        inside = {t.i for t in clause.tokens}
        cut = {t.i for c in tok.children if c.dep_ == "advcl" for t in c.subtree}  # the "if" clause itself
        words = [t for t in tok.subtree if t.i > tok.i and t.i in inside and t.i not in cut and not t.is_punct]
        if len(words) < 2:
            return None
        return tidy(f"{'you' if subject.lower_ == 'u' else subject.lower_} {inflect.past(inflect.lemma_of(tok))} "
                    + render(words_of(words), lower_start=True))
    return None


def forced_cost(clause) -> str | None:
    """"(if you'd answered,) I wouldn't have had to pay £60 for a taxi" → "I had to pay £60 for a taxi":
    what the listener's lapse cost the speaker, told as the fact it is."""
    for tok in clause.tokens:
        if tok.lemma_ != "have" or not _would(tok) or not any(c.dep_ == "neg" for c in tok.children) \
                or not any(c.lower_ == "i" and c.dep_ == "nsubj" for c in tok.children):
            continue
        main = next((c for c in tok.children if c.dep_ == "xcomp" and c.lemma_.lower() in COSTS), None)
        if main is None:
            return None
        inside = {t.i for t in clause.tokens}
        words = [t for t in main.subtree if t.i in inside and not t.is_punct and t.lower_ not in _FILLERS]
        return tidy("I had " + render(words_of(words), lower_start=True))
    return None
