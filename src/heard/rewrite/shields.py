"""An apology held up as a shield: "I said I was sorry", "I already apologised", "how many times do I
have to say sorry". It closes the complaint instead of owning it, so a rewrite neither keeps it nor
counts it as an apology; it answers that the apology didn't land, and asks what would help."""

from __future__ import annotations

_SAYING = {"say", "tell", "apologise", "apologize", "text", "write", "message"}
_AGAIN = {"already", "again", "times", "before", "yesterday", "twice"}


def _sorry_words(tokens) -> bool:
    return any(t.lower_ in ("sorry", "apology", "apologies") or t.lemma_.lower().startswith("apologi")
               for t in tokens)


def apology_shield(clause) -> bool:
    """The speaker reports an apology already made, or asks how often they must make one."""
    tokens = clause.tokens
    if not _sorry_words(tokens):
        return False
    inside = {t.i for t in tokens}
    lowers = {t.lower_ for t in tokens}
    for subject in (t for t in tokens if t.lower_ == "i" and t.dep_ in ("nsubj", "nsubjpass") and t.head.i in inside):
        verb = subject.head
        if subject.dep_ == "nsubjpass" and verb.lemma_.lower() in ("tell", "say", "write", "message", "text"):
            continue  # "Sorry but I was told the slot was 2 to 4": what the speaker was told, no apology reported
        if any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children):
            continue  # "I never said sorry" admits it
        if verb.lemma_.lower() in _SAYING and (verb.tag_ in ("VBD", "VBN") or lowers & _AGAIN):
            return True
        said = next((c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in _SAYING), None)
        if verb.lemma_ in ("have", "need", "keep") and said is not None and lowers & ({"how", "many"} | _AGAIN):
            return True  # "how many times do I have to say sorry"
    return False


def shielded(msg) -> bool:
    return any(apology_shield(c) for c in msg.clauses)


# What the rewrite says instead: the apology didn't land, owned, and a question about what would.
NOT_ENOUGH = "I can see my apology didn't feel like enough"
