"""Reads "do you have any idea how X …" / "you have no idea how X …" as the plain statement it
carries: "…how worried I was" → "I was worried", "…how long I waited for you" → "I waited so long
for you", "…how many times I've asked you" → "I've asked you so many times".

The degree word is put back where English wants it: after a linking verb ("I was worried"), after
the verb and its object for an adverb or an amount ("you hurt me so much"), and an amount that is
itself the object right after the verb ("I spent so many hours on this").
"""

from __future__ import annotations

from .literal import Literal
from .rhetorical import felt_instead
from .surface import Word, render, words_of

_LINKING = {"be", "feel", "get", "seem", "look", "sound", "become", "go"}
_AMOUNTS = {"much": "so much", "long": "so long", "little": "so little", "often": "so often"}
_COUNTS = {"many": "so many", "few": "so few"}


def any_idea(tokens) -> Literal | None:
    """"do u have any idea how humiliating that was for me" → "that was humiliating for me"."""
    lowers = [t.lower_ for t in tokens]
    if "idea" not in lowers or "how" not in lowers[lowers.index("idea"):]:
        return None
    at = lowers.index("how", lowers.index("idea"))
    if at + 1 >= len(tokens):
        return None
    degree = tokens[at + 1]
    low = degree.lower_
    counted = None
    if low in _COUNTS and at + 2 < len(tokens) and tokens[at + 2].pos_ == "NOUN":
        counted = tokens[at + 2]  # "how many times"
        phrase = [Word(_COUNTS[low]), Word(counted.text)]
    elif low in _AMOUNTS:
        phrase = [Word(_AMOUNTS[low])]
    elif degree.pos_ in ("ADJ", "ADV"):
        phrase = [Word(degree.text)]
    else:
        return None
    start = (counted or degree).i
    rest = [t for t in tokens if t.i > start and not t.is_punct]
    verb = next((t for t in rest if t.pos_ in ("AUX", "VERB") and t.dep_ not in ("aux", "auxpass", "neg")), None)
    if verb is None:
        return None
    felt = felt_instead(degree, verb, rest)  # "how embarrassing you were": the speaker's feeling (rhetorical.py)
    if felt is not None:
        return felt
    words = words_of(rest)
    if counted is not None and counted.dep_ == "dobj" and counted.head.i == verb.i:
        after = verb.i  # "I spent [so many hours] on this"
    elif verb.lemma_.lower() in _LINKING and degree.pos_ == "ADJ" and counted is None and low not in _AMOUNTS:
        after = max([verb.i] + [t.i for t in rest if t.dep_ == "neg" and t.head.i == verb.i])  # "I was worried"
    elif degree.pos_ == "ADJ" and counted is None and low not in _AMOUNTS:
        after = rest[-1].i  # "how stupid you made me feel" → "you made me feel stupid"
    else:  # after the verb, its particle and its object: "you hurt me so much", "I work hard"
        close = [t for t in rest if t.head.i == verb.i and t.dep_ in ("dobj", "dative", "prt") and t.i > verb.i]
        after = max([verb.i] + [t.i for t in close for t in t.subtree])
    out = []
    for w in words:
        out.append(w)
        if w.tok is not None and w.tok.i == after:
            out[-1] = Word(w.text, " ", w.tok)
            out.extend(Word(p.text, " ") for p in phrase)
    out[-1] = Word(out[-1].text, "", out[-1].tok)
    text = render(out, lower_start=True)
    past = verb.tag_ == "VBD" or any(c.tag_ == "VBD" and c.dep_ == "aux" for c in verb.children)
    before = [t for t in rest if t.i <= verb.i]
    return Literal(text, past=past, statement=None if any(t.lower_ in ("you", "u") for t in before) else text)
