"""Owns the remarks a rewrite must not keep as facts: clauses that judge, order or threaten rather
than tell what happened, though nothing in their words is rude.

Readers of rewrites on messages nobody here wrote kept finding a jab carried over as if it were part
of the account (held-out sets 8 and 9, "jab kept"): "You cc'd the whole department… That was a
choice.", "I spent the whole day scrubbing that kitchen. That's a crime now.", "Every single Sunday
it's something.", "I'll stop trying.", "Enjoy explaining to the police why we're driving round
uninsured." The classifier scores none of them as blame on its own, so the clause reader calls them
facts. Each has a shape, though, that no plain fact has:

- a verdict: "that/this/it" + "be" + a noun or adjective, with nothing the listener could check (no
  number, name, date or time) — the speaker's judgement of what the clause before it told;
- a withdrawal: the speaker's "I'll just stop trying", "I won't bother": a threat of leaving the
  matter, not a fact about it;
- an order the tagger read as a statement: a clause that opens on a bare verb with no subject ("so
  enjoy explaining to the police…").
"""

from __future__ import annotations

from .lexicon import INTERJECTIONS, SARCASM, TIME_WORDS

# What the listener could check: "It's Tuesday", "that was 2019", "that's the third time".
_CONCRETE_ENTS = {"DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "PERSON", "ORG", "GPE",
                  "FAC", "LOC", "EVENT", "PRODUCT"}
_POINTING = {"that", "this", "it", "which"}
_INDEFINITE = {"something", "nothing", "everything", "anything"}
JUDGING = SARCASM | {"brilliant", "great", "lovely", "perfect", "fantastic", "amazing", "wonderful", "marvellous",
                      "fabulous", "superb", "hilarious", "rich", "priceless", "charming", "classy", "cute", "nice",
                      "disgraceful", "shameful", "insane", "crazy", "unreal", "absurd", "laughable",
                      # "That is not acceptable": a manager's verdict kept word for word was graded the blame kept
                      "acceptable", "unacceptable", "unprofessional", "inappropriate", "disrespectful"}
# Giving up on the matter: "I'll just stop trying", "I won't bother", "I'll give up", "I'll quit".
_WITHDRAW = {"stop", "bother", "quit", "give", "try"}
_FUTURE = {"will", "'ll", "wo", "shall", "'m", "am"}


def remark_only(clause) -> bool:
    """Whether `clause` judges, withdraws or orders rather than tells (see the module docstring)."""
    return _verdict(clause) or _withdrawal(clause) or _order(clause) or _reflects_on(clause)


def _reflects_on(clause) -> bool:
    """"it reflects badly on the whole team", "it looks bad on all of us": what the act says of others, a verdict."""
    head = clause.head
    return head.lemma_.lower() in ("reflect", "look") and any(
        c.lower_ in ("badly", "poorly", "bad") for c in head.children) and any(
        c.dep_ == "prep" and c.lower_ == "on" for c in head.children)


def _verdict(clause) -> bool:
    head, subject = clause.head, clause.subject
    if head.lemma_ != "be" or subject is None or subject.lower_ not in _POINTING:
        return False
    # "a choice", "a crime", "something": a kind of thing, not the thing ("that was the last bus" tells);
    # "brilliant", "typical": praise or scorn, not a state ("it's full", "it's freezing" tell)
    said = [t for t in head.children if t.dep_ == "attr" and (t.lower_ in _INDEFINITE or any(
        d.dep_ == "det" and d.lower_ in ("a", "an") for d in t.children))
        or t.dep_ == "acomp" and t.lower_ in JUDGING]
    if not said:
        return False
    if any(c.dep_ in ("prep", "relcl", "acl", "amod", "compound", "nummod", "poss") for t in said
           if t.lower_ not in _INDEFINITE for c in t.children) \
            or any(t.lower_ in TIME_WORDS or t.lower_ in ("hour", "hours", "minute", "minutes", "days") for t in said):
        return False  # "a scratch on the bumper", "a shared driveway", "my mistake", "a month": a thing described
    # Only what is said of it counts: "Every single Sunday it's something" names a day and still only
    # judges, and a name addressed ("That was a choice, Steph") is no detail.
    told = [t for s in said for t in s.subtree if not any(a.dep_ == "appos" for a in [t, *t.ancestors] if a.i > s.i)] \
        + [t for c in head.children if c.dep_ == "prep" for t in c.subtree]
    return not any(t.ent_type_ in _CONCRETE_ENTS or t.like_num or t.pos_ == "PROPN" for t in told)


def _withdrawal(clause) -> bool:
    head, subject = clause.head, clause.subject
    if subject is None or subject.lower_ not in ("i", "we") or head.lemma_.lower() not in _WITHDRAW:
        return False
    future = any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in head.children)
    objects = [c for c in head.children if c.dep_ in ("dobj", "xcomp", "prt")]
    if head.lemma_.lower() == "give":
        return future and any(c.lower_ == "up" for c in objects)
    if head.lemma_.lower() == "try":  # "I won't try any more"
        return future and any(c.dep_ == "neg" for c in head.children)
    # "I'll stop trying" / "stop asking", "I won't bother"; not "I'll stop by on Tuesday"
    return future and (head.lemma_.lower() in ("bother", "quit") or any(c.tag_ == "VBG" for c in objects))


def _order(clause) -> bool:
    head = clause.head
    if clause.subject is not None or clause.question or head.pos_ != "VERB" or head.tag_ not in ("VB", "VBP") \
            or clause.connector in ("and", "or", "but", "then"):
        return False  # "…you get excited and want to jump in": the subject is the clause before's
    words = [t for t in clause.tokens if not t.is_punct and t.dep_ not in ("cc", "mark", "advmod", "intj")]
    if not words or words[0].i != head.i or head.lower_ in INTERJECTIONS \
            or any(c.dep_ in ("aux", "nsubj", "expl") for c in head.children):
        return False
    # "Ref it was a clean tackle", "omg Priya you forgot…": a word the tagger took for a verb, with the
    # sentence's own subject right after it
    return not any(t.dep_ in ("nsubj", "nsubjpass") for t in words[1:3])
