"""Owns what the listener "should have" done and orders about what they "will" do.

"You should have called me" complains that a call didn't happen: read plainly it is "you didn't call
me", with "Next time, could you call me?" as its request — never "I felt upset when you should have
called me". An order ("You will do exactly as you're told", "You're not going anywhere tonight") is
no event at all: it gets the role "pressure", so no strategy names it as something the listener did.
"""

from __future__ import annotations

from .literal import Literal
from .pressure import PRESSURE
from .surface import render, words_of

_YOU = {"you", "u", "ya"}
# "You should have seen his face!": what the listener missed, not a lapse.
_MISSED = {"see", "hear", "watch"}
_SNEERING = {"just", "even", "actually", "literally", "seriously", "honestly", "obviously", "clearly", "at", "least"}


def mark_obligations(clauses) -> None:
    for clause in clauses:
        if clause.literal is not None or clause.question or not _listener_subject(clause):
            continue
        head = clause.head
        auxes = [c for c in head.children if c.dep_ == "aux"]
        lowers = [a.lower_ for a in auxes]
        has = {"have", "'ve", "of"} & set(lowers)  # "should have", "should've", "should of"
        if head.tag_ in ("VBN", "VBD") and has and {"should", "ought", "shoulda"} & set(lowers):
            if head.lemma_ in _MISSED or head.lemma_ == "know" and any(c.lower_ == "better" for c in head.children):
                clause.role = "filler"  # "you should have seen his face!", "…known better": no act to name
                continue
            clause.literal = _not_done(clause, head)
            clause.role = "accusation"
        elif _order(head, lowers):
            clause.role = PRESSURE


def _listener_subject(clause) -> bool:
    subject = clause.subject
    return subject is not None and subject.lower_ in _YOU


def _order(head, lowers) -> bool:
    """"you will do as you're told", "you're not going anywhere", "you'll stay here": told, not asked."""
    if "will" in lowers or "'ll" in lowers or "shall" in lowers:
        return not any(c.dep_ == "neg" for c in head.children) or head.lemma_ in ("go", "leave", "see")
    # "you're not going anywhere (tonight)": the present of a plan, said of the listener, as a ban
    return head.lemma_ in ("go", "leave") and head.tag_ == "VBG" and any(c.dep_ == "neg" for c in head.children) \
        and any(c.lower_ in ("anywhere", "nowhere") for c in head.subtree)


def _not_done(clause, head) -> Literal | None:
    inside = {t.i for t in clause.tokens}
    rest = [t for t in head.subtree if t.i > head.i and t.i in inside and not t.is_punct and t.lower_ not in _SNEERING]
    said = render(words_of(rest)).strip()
    verb = head.lemma_.lower()
    situation = f"you {'weren' if verb == 'be' else 'didn'}'t {'' if verb == 'be' else verb + ' '}{said}".strip()
    # A request only for a plain act ("call me", "tell me you were leaving"), not one tied to a past moment
    plain = not any(t.dep_ in ("advcl", "mark") or t.tag_ == "VBD" and t.i != head.i for t in rest)
    request = f"Next time, could you {verb}{' ' + said if said else ''}?" if plain and verb != "be" else None
    return Literal(situation=situation, past=True, request=request)
