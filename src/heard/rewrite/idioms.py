"""Says plainly what a negated idiom means, so a rewrite keeps the complaint, not the picture:
"you never lift a finger to help me" → "you don't help me", "you never pull your weight around
here" → "you don't do your share around here", "you don't give a damn about anyone" → "you don't
care about anyone", "you didn't even bat an eye when I cried" → "you didn't react when I cried",
"you don't give me the time of day" → "you don't make time for me", "you have no clue what I go
through" → "you don't know what I go through". "Nobody in this house lifts a finger" is said from the
speaker's side: "I don't get much help in this house".

"you didn't have to tell everyone" says the act was done, and needlessly: "you told everyone".

Only negated idioms are read ("never", "n't", "no clue", "nobody"): said positively they are rare
and mean something else.
"""

from __future__ import annotations

from . import inflect
from .literal import Literal
from .surface import render, words_of

_SWEARS = {"damn", "shit", "toss", "fuck", "crap", "hoot", "rat's"}
# (verb lemma, object) → what the idiom says, as a verb phrase
_PLAIN = {("lift", "finger"): "help", ("raise", "finger"): "help", ("pull", "weight"): "do your share",
          ("bat", "eye"): "react", ("bat", "eyelid"): "react", ("give", "time"): "make time for me",
          ("have", "clue"): "know", **{("give", s): "care" for s in _SWEARS}}
_REQUESTS = {"help": "Could you give me a hand?", "do your share": "Could you do your share{rest}?",
             "make time for me": "Could you make some time for me?"}
_NOBODY = {"nobody", "noone", "no-one"}
_SKIP = {"ever", "even", "just", "actually", "literally", "really", "seriously", "once", "single"}
_THIRD = {"he", "she", "it"}


def plain_idiom(tokens) -> Literal | None:
    inside = {t.i for t in tokens}
    needless = _needless(tokens, inside)
    if needless is not None:
        return needless
    for verb in tokens:
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        plain = _PLAIN.get((verb.lemma_.lower(), obj.lower_ if obj is not None else ""))
        if plain is None:
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return None
        nobody = subject.lower_ in _NOBODY or subject.lower_ == "one" and any(c.lower_ == "no" for c in subject.children)
        negated = nobody or any(c.dep_ == "neg" for c in verb.children) or any(
            c.dep_ == "det" and c.lower_ == "no" for c in obj.children)
        if not negated:
            return None
        past = verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.tag_ == "VBD" for c in verb.children)
        rest, tail = _rest(verb, obj, subject, inside, plain)
        if plain == "help" and tail is not None:
            plain, rest = tail, []  # "lift a finger to help me": the act itself
        if plain == "care":  # "a damn about anyone": what the care is about
            rest = [t for c in obj.children if c.dep_ == "prep" for t in c.subtree if t.i in inside] + rest
        after = render(words_of(rest), lower_start=False)
        after = (" " + after) if after else ""
        if nobody and plain in ("help", "do your share"):
            where = render(words_of([t for c in subject.children if c.dep_ == "prep" for t in c.subtree]),
                           lower_start=False)
            return Literal(f"I {'didn' if past else 'don'}'t get much help{' ' + where if where else ''}{after}",
                           past=past, request="Could we share things out more fairly?")
        who = "you" if subject.lower_ in ("you", "u") else render(words_of(list(subject.subtree)), lower_start=True)
        if nobody and plain == "care" and any(t.lower_ in ("me", "us") for t in rest):  # "nobody gives a damn about me"
            kept = [t for t in rest if t.head.lower_ != "about" and t.lower_ != "about"]
            where = " ".join([render(words_of([t for c in subject.children if c.dep_ == "prep" for t in c.subtree])),
                              render(words_of(kept))]).strip()
            said = f"I don't feel cared about{' ' + where if where else ''}"
            return Literal(said, past=past, statement=said)
        if nobody:
            return Literal(f"{who} {_third(plain) if not past else _past(plain)}{after}", past=past)
        aux = "didn't" if past else "doesn't" if subject.lower_ in _THIRD or subject.pos_ == "PROPN" else "don't"
        ask = _REQUESTS.get(plain.split()[0] if plain.startswith("help") else plain) if who == "you" else None
        return Literal(f"{who} {aux} {plain}{after}", past=past, request=ask.format(rest=after) if ask else None)
    return None


def _rest(verb, obj, subject, inside, plain):
    """The verb's other words in order, and "to X …" after "lift a finger" as a phrase."""
    rest, tail = [], None
    for child in verb.children:
        # not the person addressed ("Karen you never…"), nor a second act ("…and then take the best tomatoes")
        if child.i not in inside or child in (obj, subject) or child.dep_ in ("neg", "aux", "punct", "dative", "cc",
                                                                              "conj", "npadvmod") \
                or child.lower_ in _SKIP or any(m.lower_ == "if" for m in child.children):
            continue
        if plain == "help" and child.dep_ in ("advcl", "xcomp") and any(a.lower_ == "to" for a in child.children):
            words = [t for t in child.subtree if t.lower_ != "to" and t.i in inside and not t.is_punct]
            tail = render(words_of(words), lower_start=False)
            continue
        if plain == "know" and child.dep_ == "ccomp" or child.dep_ != "ccomp":
            rest.extend(t for t in child.subtree if t.i in inside and not t.is_punct)
    return sorted(rest, key=lambda t: t.i), tail


def _third(phrase: str) -> str:
    first, _, more = phrase.partition(" ")
    return inflect.third_person(first) + (" " + more if more else "")


def _past(phrase: str) -> str:
    first, _, more = phrase.partition(" ")
    return inflect.past(first) + (" " + more if more else "")


def _needless(tokens, inside) -> Literal | None:
    """"you didn't have to tell everyone at dinner" → "you told everyone at dinner"."""
    for head in tokens:
        if head.lemma_ not in ("have", "need") or head.tag_ != "VB" or not any(
                c.dep_ == "neg" for c in head.children) or not any(
                c.dep_ == "aux" and c.lower_ == "did" for c in head.children) or not any(
                c.dep_ == "nsubj" and c.lower_ in ("you", "u") for c in head.children):
            continue
        act = next((c for c in head.children if c.dep_ == "xcomp" and c.tag_ == "VB"
                    and any(a.lower_ == "to" for a in c.children)), None)
        if act is None:
            return None
        rest = [t for t in act.subtree if t.i > act.i and t.i in inside and not t.is_punct and t.lower_ not in _SKIP
                and not (t.lower_ in ("so", "that") and t.dep_ == "advmod")]  # "be so rude" → "were rude"
        after = render(words_of(rest), lower_start=False)
        verb = "were" if act.lemma_ == "be" else inflect.past(inflect.base_of(act.lemma_.lower()))
        return Literal(f"you {verb}{' ' + after if after else ''}", past=True) if after else None
    return None
