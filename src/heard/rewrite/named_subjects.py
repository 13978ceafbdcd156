"""A name said to the listener before the sentence's real subject is no subject.

"Daniel, the figures in your report were wrong" and "Honestly Priya, the client deck had three wrong figures":
the small parser makes the name the subject and "the figures" its apposition. A rewrite then said the
listener's name as "you", the subject it read, beside the real one: "Priya, you the client deck had three
wrong figures on slide 7". After the parse, such an apposition is made the subject and the name hangs on the
verb as the address it is. Only a name that opens its sentence (after at most an "honestly", "look" or "oh")
and is followed by a comma, and only an apposition with a determiner or possessive of its own ("the
figures", "your report") that comes after the comma and is not closed by one ("Sarah, my sister, was there").
"""

from __future__ import annotations

from spacy.language import Language

NAME = "heard_named_subjects"
_OPENERS = {"honestly", "look", "listen", "oh", "ok", "okay", "so", "right", "well", "seriously", "hey", "hi", "um"}


@Language.component(NAME)
def named_subjects(doc):
    for name in doc:
        # (the tag, not pos_: the attribute ruler that sets pos_ runs after this)
        if name.dep_ != "nsubj" or name.tag_ not in ("NNP", "NNPS") or name.i + 1 >= len(doc) \
                or doc[name.i + 1].text != ",":
            continue
        before = doc[name.sent.start:name.i]
        if any(t.lower_ not in _OPENERS and not t.is_punct for t in before):
            continue
        appos = [c for c in name.children if c.dep_ == "appos" and c.i > name.i + 1
                 and any(d.dep_ in ("det", "poss") for d in c.children)]
        if len(appos) != 1 or any(c.i > name.i for c in name.children if c.i != appos[0].i and not c.is_punct):
            continue
        end = max(t.i for t in appos[0].subtree) + 1
        if end < len(doc) and doc[end].text == ",":
            continue  # "Sarah, my sister, was there too": an apposition closed by its comma is the name's
        verb = name.head
        appos[0].head, appos[0].dep_ = verb, "nsubj"
        name.dep_ = "npadvmod"
    return doc
