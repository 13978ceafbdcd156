"""A favour the speaker did, answered with a complaint: "I was doing you a favour by moving your bins,
but clearly you'd rather moan." ("I'm the one picking up everyone's slack and you're the one
complaining": the load the speaker carries, met the same way.)

What the speaker did is the situation ("I moved your bins to help"), the feeling is the one a favour
met with a complaint leaves ("unappreciated"), and the request asks what bothered the listener
instead of guessing at their motive ("you'd rather moan"). Read as a plain complaint, the message
lost the favour and got a made-up feeling ("I'd like to talk about your bins. I'm feeling overwhelmed").
"""

from __future__ import annotations

from . import inflect
from .surface import is_emoji, render, words_of

_FAVOUR = {"favour", "favor"}
# What the listener did back, as the speaker tells it: a complaint or no thanks.
_COMPLAINED = {"moan", "complain", "whinge", "whine", "grumble", "nag", "criticise", "criticize", "gripe",
               "bitch", "yell", "shout", "snap", "grief", "attitude"}
_VAGUE = {"anything", "everything", "nothing", "something", "stuff", "things"}
_UNTHANKED = {"thank", "thanks", "appreciate", "appreciation"}


def _helped(clause):
    """The speaker's favour in `clause`: ("by"-act verb or None, head) or None; (verb, None) for a
    load carried ("I'm the one who does all the cooking").

    "I was doing you a favour by moving your bins", "I did you a favour", "I was only trying to help
    (by tidying up)", "I went out of my way to fix your bike"."""
    head = clause.head
    subject = clause.subject
    if subject is None or subject.lower_ != "i" or clause.question:
        return None
    lemma = head.lemma_.lower()
    favour = lemma == "do" and any(c.dep_ == "dobj" and c.lower_ in _FAVOUR for c in head.children)
    trying = lemma == "try" and any(c.dep_ == "xcomp" and c.lemma_ == "help" for c in head.children)
    way = lemma == "go" and any(t.lower_ == "way" for t in head.subtree) and any(
        c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" for c in head.children)
    one = next((c for c in head.children if c.dep_ == "attr" and c.lower_ == "one"), None) if lemma == "be" else None
    carried = next((c for c in one.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"), None) \
        if one is not None else None
    if carried is not None and any(t.lower_ in _VAGUE for t in carried.subtree):
        return None  # "I'm the only one who does anything": no load named to say back
    if carried is not None:  # "I'm the one picking up everyone's slack": a load carried, told as a habit
        return carried, None
    if not (favour or trying or way):
        return None
    scope = head if not trying else next(c for c in head.children if c.dep_ == "xcomp" and c.lemma_ == "help")
    by = next((c for c in scope.subtree if c.lower_ == "by" and c.dep_ == "prep"), None)
    act = next((c for c in by.children if c.tag_ == "VBG"), None) if by is not None else None
    if way:
        act = next(c for c in head.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB")
    return act, head


def favour_lines(msg) -> list[str] | None:
    """The favour, the feeling and a question, or None when the message tells no favour met with a complaint."""
    for clause in msg.clauses:
        found = _helped(clause)
        if found is None:
            continue
        act, head = found
        rest = [c for c in msg.clauses if c is not clause]
        words = {t.lemma_.lower() for c in rest for t in c.tokens} | {t.lower_ for c in rest for t in c.tokens}
        complained, unthanked = bool(words & _COMPLAINED), bool(words & _UNTHANKED)
        if not complained and not unthanked:
            return None
        if act is not None:
            after = [t for t in act.subtree if t.i > act.i and not t.is_punct and not is_emoji(t.text)
                     and t.i <= clause.tokens[-1].i]
            done = render(words_of(after), lower_start=True)
            if head is None:  # "I've been doing all the cooking"
                said = f"I've been {inflect.gerund(inflect.base_of(act.lemma_.lower()))} {done}".strip()
            else:
                said = f"I {inflect.past(inflect.base_of(act.lemma_.lower()))} {done}".strip() + " to help"
        else:
            said = "I was trying to help"
        ask = ("Could you tell me what bothered you about it?" if head is not None else
               "Could you tell me what's bothering you?") if complained else "It would mean a lot to know it helped."
        return [f"{said[0].upper()}{said[1:]}, and I'm feeling unappreciated.", ask]
    return None
