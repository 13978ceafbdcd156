"""Reads an order to stop as what the listener does and a request: "stop commenting on my posts" →
"you comment on my posts", asked as "Could you stop commenting on my posts?".

"you can't keep borrowing money and never paying it back" is the same order said as a reproach: "you keep
borrowing money and don't pay it back", asked as "Could you pay it back?" (the part left undone), never
"would you be willing to borrow it?".

Without it the bare order ("Dad, stop sending me articles about my weight") has no subject and the
rewrite said "when stop sending me articles…". "stop it" / "stop that" name no act and are left alone.
"""

from __future__ import annotations

from . import inflect
from .insults import NAMES
from .lexicon import FELT_PARTICIPLES, PUT_DOWN, TRAITS
from .literal import Literal
from .rhetorical import acting_like
from .surface import is_emoji, render, words_of

_STOP = {"stop", "quit"}
_ASK = {"ask", "question", "wonder", "tell", "remind"}
_WH = {"when", "where", "why", "what", "how", "who", "if", "whether"}
_PERSONS = {"you", "u", "i", "we", "he", "she", "they", "it"}
_SKIP = {"always", "constantly", "just", "even", "literally", "please", "pls", "plz"}


def stop_order(tokens) -> Literal | None:
    impression = acting_like(tokens)  # "stop acting like you know…": an impression, not an act (rhetorical.py)
    if impression is not None:
        return impression
    inside = {t.i for t in tokens}
    for head in tokens:
        if head.lemma_.lower() not in _STOP or head.tag_ != "VB" or head.dep_ not in ("ROOT", "conj") and not (
                head.dep_ in ("advcl", "ccomp") and head.head.i not in inside and all(
                    t.is_punct or t.pos_ in ("PROPN", "NOUN") or t.lower_ == "please" for t in tokens if t.i < head.i)):
            continue  # advcl: "Stop telling me X, you didn't exactly…": the parser hung the order on the jab
        if any(c.dep_ in ("aux", "neg") or c.dep_ == "nsubj" and c.lower_ in _PERSONS for c in head.children):
            return None  # "can you stop…" is a question; "I'll stop…" the speaker's own
        act = next((c for c in head.children if c.dep_ == "xcomp" and c.tag_ == "VBG"), None)
        if act is None:
            return None
        # "stop asking [when I'm getting married]": the question asked is part of the act, whatever clause it fell in
        asked = {t.i for c in [*act.children, *head.children] if c.dep_ in ("ccomp", "advcl") and act.lemma_ in _ASK
                 and c.i > act.i and c.left_edge.lower_ in _WH for t in c.subtree}
        span = sorted({*act.subtree, *(head.doc[i] for i in asked)}, key=lambda t: t.i)
        words = [t for t in span if (t.i in inside or t.i in asked) and not t.is_punct and not is_emoji(t.text)
                 and t.lower_ not in _SKIP]
        after = words_of([t for t in words if t.i > act.i])
        if not after and act.lemma_.lower() in ("do", "be"):
            return None  # "stop doing", nothing named
        if act.lemma_.lower() in FELT_PARTICIPLES and any(w.lower in ("me", "us") for w in after):
            return None  # "stop attacking me": said as "I feel attacked" (venting.py, experience.py)
        if act.lemma_.lower() == "be" and any(w.lower in NAMES or w.lower in TRAITS for w in after):
            return None  # "stop being such a nag": a name hurled, no act to keep (insults.py)
        rest = render(after, lower_start=False)
        if PUT_DOWN.search(f"{act.lower_} {rest}"):
            return None  # "stop acting like a child": a put-down, no act to ask to stop (lexicon.PUT_DOWN)
        tail = (" " + rest) if rest else ""
        base = inflect.base_of(act.lemma_.lower())
        if act.lemma_.lower() == "be":  # "stop being so loud" → "you're so loud", not "you be so loud"
            return Literal(f"you're{tail}", past=False, request=f"Could you stop {act.lower_}{tail}?")
        return Literal(f"you {base}{tail}", past=False, request=f"Could you stop {act.lower_}{tail}?")
    return None


def cannot_keep(tokens) -> Literal | None:
    """"you can't keep leaving your bike in the hall" → "you keep leaving your bike in the hall"."""
    inside = {t.i for t in tokens}
    for head in tokens:
        if head.lemma_ != "keep" or not any(c.dep_ == "aux" and c.lower_ in ("ca", "can", "cannot") for c in head.children) \
                or not any(c.dep_ == "neg" for c in head.children) \
                or not any(c.dep_ == "nsubj" and c.lower_ in ("you", "u") for c in head.children):
            continue
        act = next((c for c in head.children if c.dep_ == "xcomp" and c.tag_ == "VBG"), None)
        if act is None:
            return None
        undone = next((c for c in act.children if c.dep_ == "conj" and c.tag_ == "VBG" and any(
            n.dep_ == "neg" for n in c.children)), None)
        skip = set() if undone is None else {t.i for t in undone.subtree} | {c.i for c in act.children if c.dep_ == "cc"}
        words = [t for t in act.subtree if t.i in inside and t.i not in skip and not t.is_punct and t.lower_ not in _SKIP]
        phrase = render(words_of(words), lower_start=False)
        if undone is None:
            return Literal(f"you keep {phrase}", past=False, request=f"Could you stop {phrase}?")
        left = render(words_of([t for t in undone.subtree if t.i > undone.i and t.i in inside and not t.is_punct]),
                      lower_start=False)
        todo = f"{inflect.base_of(undone.lemma_.lower())}{' ' + left if left else ''}"
        return Literal(f"you keep {phrase} and don't {todo}", past=False, request=f"Could you {todo}?")
    return None
