"""The thing a brush-off sized down, named in full: "it was one text to my ex" → "the text to my ex",
"it's literally a scratch on the bumper" → "the scratch on the bumper".

The acknowledgement that replaces a brush-off ("I can see how much the text to my ex matters to you")
is only as good as the thing it names; "the text" loses what made it matter, and a scratch named by a
plain "it's a scratch on the bumper" (no "just" or "one" to mark it as sized down) was not named at
all. `named_thing(msg, topic)` adds the place or person the thing belongs to, and finds the thing in
"it's (literally) a X" when nothing else named it. Used by defence.py's brush-off acknowledgement.
"""

from __future__ import annotations

_PREPS = {"to", "on", "in", "from", "with", "at"}  # "to my ex", "on the bumper", "from your mum"
_SUBJECTS = {"it", "that", "this"}


def _tail(noun) -> str:
    """The prepositional phrase that places the thing ("on the bumper"), short and plain, or ""."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in _PREPS):
        words = list(prep.subtree)
        cut = next((k for k, t in enumerate(words) if t.is_punct), len(words))
        words = words[:cut]  # "in chemistry, not a crime": the place, not the brush-off hung on it
        if 2 <= len(words) <= 5 and all(t.is_alpha for t in words) and any(t.dep_ == "pobj" for t in words):
            return " ".join(t.lower_ if t.pos_ != "PROPN" else t.text for t in words)
    return ""


def _said_to_be(msg):
    """The noun in "it's (literally) a scratch": what the speaker says the matter amounts to."""
    for t in msg.doc:
        if t.dep_ == "attr" and t.pos_ == "NOUN" and t.head.lemma_ == "be" \
                and any(c.dep_ == "nsubj" and c.lower_ in _SUBJECTS for c in t.head.children):
            return t
    return None


def named_thing(msg, topic: str | None) -> str | None:
    if topic:
        head = topic.split()[-1].lower()
        noun = next((t for t in msg.doc if t.lower_ == head and t.pos_ == "NOUN"), None)
        tail = _tail(noun) if noun is not None else ""
        return f"{topic} {tail}" if tail and tail not in topic.lower() else topic
    noun = _said_to_be(msg)
    if noun is None:
        return None
    tail = _tail(noun)
    if not tail:
        return None  # "it's a joke": too bare to be the thing the listener minded
    parts = [t.lower_ for t in noun.children if t.dep_ == "compound" and t.i < noun.i]
    return " ".join(["the", *parts, noun.lower_, tail])
