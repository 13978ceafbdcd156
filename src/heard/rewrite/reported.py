"""A complaint passed on: "my son says you shouted at him in front of the whole class".

The speaker wasn't there, so the rewrite says what they were told, as told, how it left them, and
asks for the listener's side, instead of treating the report as proven.
"""

from __future__ import annotations

from .surface import render, sentence, words_of

_SAY = {"say", "tell", "claim"}
_ABSOLUTE = {"again", "always", "constantly", "even", "literally", "deliberately", "clearly"}


_HEARD = {"hear", "find"}


def _heard_from(verb):
    """Lisa of "I heard from Lisa that…" / "I found out from my sister that…", when the speaker heard it."""
    if not any(c.dep_ == "nsubj" and c.lower_ == "i" for c in verb.children):
        return None
    if verb.lemma_.lower() == "find" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return None
    source = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"), None)
    return next((c for c in source.children if c.dep_ == "pobj"), None) if source is not None else None


def passed_on(msg) -> list[str] | None:
    """Lines for the first clause where someone else ("my son", "Leo") says the listener did something."""
    for clause in msg.clauses:
        verb = clause.head
        if verb.lemma_.lower() in _HEARD and not any(c.dep_ == "neg" for c in verb.children):
            subject = _heard_from(verb)  # "I heard from Lisa that you've been…": Lisa is who says it
        elif verb.lemma_.lower() not in _SAY or any(c.dep_ == "neg" for c in verb.children):
            continue
        else:
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        report = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if subject is None or report is None or not (subject.pos_ == "PROPN" or any(
                c.dep_ == "poss" and c.lower_ in ("my", "our") for c in subject.children)):
            continue
        if not any(c.dep_ == "nsubj" and c.lower_ in ("you", "u") for c in report.children):
            continue
        who = render(words_of([t for t in subject.subtree if not t.is_punct]), lower_start=False)
        words = [t for t in report.subtree if not t.is_punct and t.dep_ != "mark"]
        if any(t.lower_ in ("never", "nothing", "nobody") for t in words):
            return None  # "never" would need turning round first; leave it to the other strategies
        said = render(words_of([t for t in words if t.lower_ not in _ABSOLUTE]), lower_start=True)
        if len(said.split()) < 3:
            return None
        who = who[:1].upper() + who[1:]
        return [sentence(f"{who} told me {said}"),
                "I'm worried about it, and I'd like to hear your side",
                "Could we talk about what happened?"]
    return None
