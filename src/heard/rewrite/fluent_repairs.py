"""More shapes for the fluency net (fluency.py): ones seen in blaming rewrites built on a misread.

Each shape is one that a fluent writer does not produce, with the misread that makes it:
- "talk about the opposite": a relational noun kept without what it relates to ("the opposite
  of what you're telling everyone" cut at "of");
- "When you didn't tell me earlier … I wouldn't have had people over": the counterfactual
  consequence of an "if you'd…" kept inside the "when" clause that replaced the "if";
- "I feel interrupted four times": a count of the listener's acts moved onto the feeling;
- "Mate." / "Sis." as a sentence: a form of address split off from the clause it belonged to;
- "frustrated about the pinned FAQ solo": the speaker's "solo"/"alone" left on the topic noun;
- "when every holiday you spend half of it…": a fronted time phrase with its resumptive "it"
  kept inside a "when" clause;
- "when you borrow them and you lose my clothes": a pronoun placed before the noun it stands for;
- "your job is compared easy": "compared to" read as a passive verb;
- "you don't, admit" / "you don't admit.": a comma between an auxiliary and its verb, or a verb
  that needs an object left without one;
- "the whole stack." / "planning the reunion solo like.": a phrase cut before its "of …"/"always".
"""

from __future__ import annotations

import re

_COUNT = r"(?:once|twice|(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|many|a few|so many) times)"
_ADDRESS = r"(?:mate|dude|bro|bruh|man|babe|sis|mum|mom|dad|love|hun|honey|buddy|pal|guys|folks)"

_MISREAD = tuple(re.compile(p, re.I) for p in (
    r"\babout the (?:whole )?(?:opposite|reverse|same|rest|other|difference|stack|pile|bunch|heap)\s*[.?!,]",
    r"\bwhen you [^.?!,]*\b(?:I|we) (?:wouldn'?t|would not|would|couldn'?t|could not|could|'d) have (?!to\b)[a-z]+",
    r"\bI (?:feel|felt) (?:really |so |very )?[a-z]+ed " + _COUNT + r"(?=\s*[.?!,])",
    r"(?:^|[.?!]\s+|\bwhen )" + _ADDRESS + r"\s*[.?!]",  # "Mate." / "It worries me when mate."
    r"\babout (?:the|my|your|our|this|that) [^.?!,]*\b(?:solo|alone|single-handed|single-handedly|myself)\s*[.?!,]",
    r"\bwhen (?:every|each) (?!time\b|single time\b)\w+ (?:you|he|she|they|we|I)\b",
    r"\bwhen you [a-z]+ (?:them|it) and (?:you )?[a-z]+ (?:my|your|our|his|her|their|the) [a-z]+",
    r"\b(?:is|are|was|were|being) compared (?!to\b|with\b|against\b|by\b)[a-z]+",
    r"\b(?:don'?t|doesn'?t|didn'?t|won'?t|can'?t|never), [a-z]+\s*[.?!]",
    r"\b(?:don'?t|doesn'?t|didn'?t|won'?t|never) (?:admit|own|take|bring|give|make|put|tell)\s*[.?!]",  # its object lost
    r"\b(?:solo|alone|again|myself|together) like\s*[.?!,]",  # "solo like always" cut before "always"
))


def misread(text: str) -> bool:
    """Whether `text` has one of the shapes in the module docstring."""
    return any(pattern.search(text) for pattern in _MISREAD)


def consequence_inside(tok) -> set[int]:
    """Token indices, inside the subtree of an "if you'd…" verb `tok`, of the speaker's "I wouldn't
    have…" that the parse hung under it ("if you'd told me that X i wouldn't have had people over"):
    the consequence is the argument, not part of what the listener didn't do (conditions.py)."""
    cut: set[int] = set()
    for t in tok.subtree:
        if t.i <= tok.i or t.pos_ not in ("VERB", "AUX"):
            continue
        would = any(c.dep_ == "aux" and c.lower_ in ("would", "'d", "could", "wo", "ca") for c in t.children)
        subject = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if would and subject is not None and subject.lower_ not in ("you", "u"):
            cut |= {s.i for s in t.subtree}
    return cut


def fronted_every(tokens, words: list) -> list:
    """`words` (what cleaned() kept of `tokens`) with a fronted "every holiday" put back in the clause,
    so that "when" can open it: "every holiday you spend half of it on work emails" → "you spend half
    of every holiday on work emails" (its "it" stood for the holiday); "every morning you leave your
    mug out" → "you leave your mug out every morning". ("every time X, Y" is phrase_repairs.py's.)"""
    from .surface import Word  # (surface imports phrase_repairs, which calls this: imported when needed)
    kept = [w for w in words if w.tok is not None]
    if len(kept) < 4 or kept[0].tok.lower_ not in ("every", "each"):
        return words
    det, noun = kept[0].tok, kept[1].tok
    verb = next((t for t in tokens if t.dep_ in ("ROOT", "relcl") and t.pos_ in ("VERB", "AUX") and t.i > noun.i), None)
    if det.head.i != noun.i or noun.lower_ in ("time", "single") or verb is None or not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i > noun.i for c in verb.children):
        return words
    if words.index(kept[1]) != 1:  # anything between "every" and its noun ("every single time"): leave it
        return words
    rest = words[2:]
    pronoun = next((k for k, w in enumerate(rest) if w.tok is not None and w.tok.lower_ in ("it", "them")
                    and w.tok.dep_ in ("pobj", "dobj") and w.tok.i in {t.i for t in verb.subtree}), None)
    phrase = [Word(det.lower_, " ", None), Word(noun.text, rest[pronoun].ws if pronoun is not None else "", None)]
    if pronoun is not None:
        return rest[:pronoun] + phrase + rest[pronoun + 1:]
    closing = [rest.pop()] if rest and rest[-1].text in (".", "!", "?") else []
    if rest:
        rest[-1] = Word(rest[-1].text, " ", rest[-1].tok)
    return rest + phrase + closing


# "solo" is a noun only where it is performed or heard ("you ruined my guitar solo").
_PERFORMED = {"play", "perform", "sing", "record", "take", "hear", "nail", "miss", "finish", "improvise", "practise",
              "practice", "learn", "love", "ruin", "cut", "drown", "interrupt", "mess", "skip", "rush"}


def manner_word(tok, chunk) -> bool:
    """Whether `tok`, the last word of noun chunk `chunk`, is the speaker's "solo"/"alone" misparsed as
    the head noun ("rewriting the pinned FAQ solo" → the topic is "the pinned FAQ", not "…FAQ solo")."""
    if tok.i != chunk.end - 1 or tok.i == chunk.start or tok.lower_ not in ("solo", "alone", "single-handed"):
        return False
    if tok.lower_ != "solo":
        return True
    return not (tok.head.pos_ in ("VERB", "AUX") and tok.head.lemma_.lower() in _PERFORMED
                or tok.dep_ in ("pobj", "nsubj", "nsubjpass") or any(c.dep_ == "poss" for c in tok.children))


_HEAPS = {"stack", "pile", "heap", "load", "mountain", "bunch", "pile-up"}


def measured_whole(chunk) -> str | None:
    """"the whole stack of essays" → "the essays": a heap names nothing without its "of …" (the
    noun chunk stops before it, and "about the whole stack" was all a rewrite could say)."""
    root = chunk.root
    if root.lower_ not in _HEAPS:
        return None
    of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if whole is None or whole.pos_ != "NOUN":
        return None
    words = [t.text for t in whole.subtree if not t.is_punct]
    if not any(t.dep_ in ("det", "poss") for t in whole.children):
        words.insert(0, "the")
    return " ".join(words)
