"""A refusal to apologise, with its reason: "I'm not going to apologise for protecting my family".

The refusal is the defence; the reason is what the speaker wants understood. The rewrite keeps the
reason as the speaker's own intention ("I was trying to protect my family"), or as what they feel
or want ("for wanting a life of my own" → "I want a life of my own"), and acknowledges the hurt
instead of refusing: "I can see it hurt you, and I'd like to talk about it". A refusal about a
thing ("for what I said") acknowledges that thing: "I can see what I said hurt you".
"""

from __future__ import annotations

from .surface import render, tidy, words_of

# Gerunds that say what the speaker feels or wants, not an act they tried: said as a present state.
_STATES = {"want", "love", "care", "need", "like", "feel", "have", "hope", "believe", "think", "mean"}
# Things too vague to name back ("for that", "for who I am").
_VAGUE = {"it", "that", "this", "anything", "nothing", "everything", "who", "myself", "me"}
ACK = "I can see it hurt you, and I'd like to talk about it"


def _refused_for(clause):
    """The object of "apologise for" / "sorry for" in the clause, or None."""
    for tok in clause.tokens:
        if tok.lemma_.lower() in ("apologise", "apologize", "sorry") or tok.lower_ == "sorry":
            prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"), None)
            if prep is None and tok.head.lemma_ == "say":  # "say sorry for…": the "for" hangs on "say"
                prep = next((c for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "for"), None)
            if prep is not None:
                return next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    return None


def no_sorry_lines(clause, drop=()) -> list[str]:
    """The reason kept as the speaker's intention, then the hurt acknowledged (`drop`: the tokens
    of a name the refusal was said to, "…, Mark")."""
    thing = _refused_for(clause) if clause is not None else None
    if thing is None:
        return ["I can see this hurt you, and I'd like to talk about it"]
    inside = {t.i for t in clause.tokens} - set(drop)
    rest = render(words_of([t for t in thing.subtree if t.i > thing.i and t.i in inside and not t.is_punct]),
                  lower_start=False)
    if thing.tag_ == "VBG":
        verb = thing.lemma_.lower()
        if verb == "be":
            return [tidy(f"I was trying to be {rest}"), ACK]
        if verb == "have":  # "for having a social life" → "Having a social life matters to me"
            return [tidy(f"{thing.text[:1].upper()}{thing.text[1:].lower()} {rest} matters to me"), ACK]
        if verb in _STATES:
            return [tidy(f"I {verb} {rest}"), ACK]
        return [tidy(f"I was trying to {verb} {rest}"), ACK]
    said = render(words_of([t for t in thing.subtree if t.i in inside and not t.is_punct]))
    if not said or thing.lower_ in _VAGUE or said.split()[0].lower() in _VAGUE:
        return ["I can see this hurt you, and I'd like to talk about it"]
    return [f"I can see {said} hurt you, and I'd like to talk about it"]
