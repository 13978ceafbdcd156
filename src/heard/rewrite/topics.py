"""Nouns a rewrite must not name as the message's topic ("I'm sorry about the track").

- A bare noun in a set phrase with a light verb: "keep track of", "take care of", "pay attention".
- The room or home a complaint is set in: "I'm always the bad guy in this house" is not about the house.
- What someone is called: "I'm not your maid", "I never said you were a bad mum" — a role or a
  label, said of a person, is a jab or its denial, never a thing to be sorry about or help with.
"""

from __future__ import annotations

_LIGHT_VERBS = {"keep", "take", "make", "pay", "lose", "give", "have", "get"}
_SETTINGS = {"in", "around", "at", "under", "inside"}
_PLACES = {"house", "home", "family", "flat", "place", "household", "relationship", "marriage"}
_PERSONS = {"i", "you", "u", "he", "she", "we", "they", "it"}


def not_a_topic(root) -> bool:
    dets = [c for c in root.children if c.dep_ in ("det", "poss", "nummod")]
    if not dets and not any(c.dep_ == "amod" for c in root.children) and root.tag_ == "NN" \
            and root.dep_ == "dobj" and root.head.lemma_.lower() in _LIGHT_VERBS \
            and any(c.dep_ == "prep" for c in root.children):
        return True  # "keep track of your appointments"
    if root.dep_ == "pobj" and root.head.lower_ in _SETTINGS and any(d.lower_ in ("this", "that") for d in dets) \
            and root.lower_ in _PLACES:
        return True  # "the bad guy in this house"
    if root.dep_ == "attr" and root.head.lemma_ == "be":
        subject = next((c for c in root.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return subject is not None and (subject.lower_ in _PERSONS and subject.lower_ != "it"
                                        or subject.pos_ == "PROPN")
    return False
