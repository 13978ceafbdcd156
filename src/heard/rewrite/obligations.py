"""Owns what the listener "should have" done and orders about what they "will" do.

"You should have called me" complains that a call didn't happen: read plainly it is "you didn't call
me", with "Next time, could you call me?" as its request — never "I felt upset when you should have
called me". An order ("You will do exactly as you're told", "You're not going anywhere tonight") is
no event at all: it gets the role "pressure", so no strategy names it as something the listener did.
"""

from __future__ import annotations

from . import inflect
from .literal import Literal
from .pressure import PRESSURE
from .surface import past_joined, render, words_of

_YOU = {"you", "u", "ya"}
# "You should have seen his face!": what the listener missed, not a lapse.
_MISSED = {"see", "hear", "watch"}
_SNEERING = {"just", "even", "actually", "literally", "seriously", "honestly", "obviously", "clearly", "at", "least"}


def mark_obligations(clauses) -> None:
    for clause in clauses:
        if clause.literal is not None or clause.question or not listener_subject(clause):
            continue
        head = clause.head
        auxes = [c for c in head.children if c.dep_ == "aux"]
        lowers = [a.lower_ for a in auxes]
        has = {"have", "'ve", "of"} & set(lowers)  # "should have", "should've", "should of"
        if head.tag_ in ("VBN", "VBD") and has and {"should", "ought", "shoulda"} & set(lowers):
            if head.lemma_ in _MISSED or head.lemma_ == "know" and any(c.lower_ == "better" for c in head.children):
                clause.role = "filler"  # "you should have seen his face!", "…known better": no act to name
                continue
            clause.literal = not_done(clause, head)
            clause.role = "accusation"
        elif _order(head, lowers):
            clause.role = PRESSURE
        elif _norm(clause, head):  # "you don't just walk into someone's room": a rule the listener broke
            clause.literal = _norm(clause, head)
            clause.role = "accusation"
            for later in clauses[clauses.index(clause) + 1:]:
                if later.connector == "and" and later.subject is None and later.head.tag_ == "VB":
                    clause.literal.situation += " and " + _past_phrase(later, later.head)
                    later.role, later.literal = "filler", None  # "…and go through their drawers": the same act
                break
        elif head.lemma_ == "owe" and _owed(head):  # "you owe her an apology": what the speaker thinks is due
            clause.literal = _owed(head)
            clause.role = "accusation"


def listener_subject(clause) -> bool:
    subject = clause.subject
    return subject is not None and subject.lower_ in _YOU


def _order(head, lowers) -> bool:
    """"you will do as you're told", "you're not going anywhere", "you'll stay here": told, not asked."""
    if "will" in lowers or "'ll" in lowers or "shall" in lowers:
        return not any(c.dep_ == "neg" for c in head.children) or head.lemma_ in ("go", "leave", "see")
    # "you're not going anywhere (tonight)": the present of a plan, said of the listener, as a ban
    return head.lemma_ in ("go", "leave") and head.tag_ == "VBG" and any(c.dep_ == "neg" for c in head.children) \
        and any(c.lower_ in ("anywhere", "nowhere") for c in head.subtree)


def not_done(clause, head) -> Literal | None:
    inside = {t.i for t in clause.tokens}
    rest = [t for t in head.subtree if t.i > head.i and t.i in inside and not t.is_punct and t.lower_ not in _SNEERING]
    said = render(words_of(rest)).strip()
    verb = head.lemma_.lower()
    situation = f"you {'weren' if verb == 'be' else 'didn'}'t {'' if verb == 'be' else verb + ' '}{said}".strip()
    # A request only for a plain act ("call me", "tell me you were leaving"), not one tied to a past moment
    plain = not any(t.dep_ in ("advcl", "mark") or t.tag_ == "VBD" and t.i != head.i for t in rest)
    request = f"Next time, could you {verb}{' ' + said if said else ''}?" if plain and verb != "be" else None
    return Literal(situation=situation, past=True, request=request)


_SUBJECT_FORM = {"her": "she", "him": "he", "them": "they", "us": "we"}
_DUE = {"apology", "explanation", "thanks", "answer", "apologies"}


def _owed(head) -> Literal | None:
    """"you owe her an apology" → "I think she deserves an apology"; "you owe me an explanation" →
    "I'd like an explanation": the speaker's view of what's due, not "when you owe her an apology"
    (no event) nor a debt."""
    whom = next((c for c in head.children if c.dep_ in ("dative", "iobj")), None)
    thing = next((c for c in head.children if c.dep_ == "dobj" and c.lemma_.lower() in _DUE), None)
    if thing is None:
        return None
    what = render(words_of([t for t in thing.subtree if not t.is_punct]))
    if whom is None or whom.lower_ == "me":
        return Literal(situation=f"you owe me {what}", past=False, statement=f"I'd like {what}")
    name = _SUBJECT_FORM.get(whom.lower_, whom.text)
    verb = "deserve" if name in ("they", "we") else "deserves"
    view = f"I think {name} {verb} {what}"
    return Literal(situation=f"you owe {whom.text} {what}", past=False, statement=view, request=view + ".")


_MINE = {"someone's": "my", "somebody's": "my", "their": "my", "people's": "my", "other": "other"}


def _norm(clause, head) -> Literal | None:
    """"you don't just walk into someone's room" (generic "you", "just", the plain present): what
    the listener did, in the past, with the "someone" the speaker is."""
    neg = next((c for c in head.children if c.dep_ == "neg"), None)
    inside = {t.i for t in clause.tokens}
    if head.tag_ != "VB" or neg is None or not any(  # "don't just walk in": "just" between the "n't" and the verb
            c.dep_ == "advmod" and c.lower_ == "just" and c.i in inside and neg.i < c.i < head.i for c in head.children) \
            or not any(c.dep_ == "aux" and c.lemma_ == "do" and c.tag_ == "VBP" for c in head.children):
        return None
    return Literal(situation="you " + _past_phrase(clause, head), past=True)


def _past_phrase(clause, head) -> str:
    inside = {t.i for t in clause.tokens}
    rest = [t for t in head.subtree if t.i > head.i and t.i in inside and not t.is_punct and t.lower_ not in _SNEERING]
    said = render(past_joined(rest, head, ("VB",))).strip()  # "…and go through their drawers": in the past too
    said = " ".join(_MINE.get(w.lower(), w) if w.lower() in ("someone's", "somebody's", "their", "people's") else w
                    for w in said.replace(" 's", "'s").split())
    return f"{inflect.past(inflect.base_of(head.lemma_.lower()))} {said}".strip()
